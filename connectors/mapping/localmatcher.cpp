#include "mapping/localmatcher.h"

#include "mapping/matcherevidence.h"
#include "mapping/matchernames.h"
#include "mapping/transforms.h"
#include "runtime/phonenumbers.h"
#include "unified/unifiedinvoice.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Orion {

namespace MatcherDetail {

struct Candidate
{
    QString path;
    Transformation transformation = Transformation::None;
    double score = 0;
    QString reasoning;
    bool exclusive = true; // the path serves only this target
};

QString sampleHint(const SourceField &f)
{
    if (f.samples.isEmpty())
        return {};
    QString s = f.samples.first();
    if (s.size() > 32)
        s = s.left(31) + u'…';
    return u" (e.g. \"%1\")"_s.arg(s);
}

int depth(const QString &path)
{
    int d = 0;
    for (const QChar c : path)
        d += (c == u'.' || c == u'[');
    return d;
}

} // namespace MatcherDetail

QStringList LocalMatcher::tokens(const QString &path)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            out << current.toLower();
        current.clear();
    };
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!current.isEmpty()) {
            const QChar prev = current.back();
            const bool lowerToUpper = prev.isLower() && c.isUpper();
            const bool acronymEnd = prev.isUpper() && c.isUpper() && i + 1 < path.size() && path.at(i + 1).isLower();
            const bool digitBoundary = prev.isDigit() != c.isDigit();
            if (lowerToUpper || acronymEnd || digitBoundary)
                flush();
        }
        current += c;
    }
    flush();
    return out;
}

namespace MatcherDetail {

// What the matcher needs of each field, computed once per run (15 targets look at every field).
class FieldCache
{
public:
    struct Info
    {
        QStringList tokens;
        QSet<QString> tokenSet;
        QList<std::pair<QString, double>> names;
        QHash<int, double> evidence;
    };
    Info &info(const SourceField &f)
    {
        auto it = m_info.find(f.path);
        if (it == m_info.end()) {
            Info i;
            i.tokens = LocalMatcher::tokens(f.path);
            for (const QString &tok : std::as_const(i.tokens))
                i.tokenSet.insert(singular(tok));
            i.names = names(f.path);
            it = m_info.insert(f.path, i);
        }
        return *it;
    }
    double evidenceOf(ValueKind kind, const SourceField &f)
    {
        Info &i = info(f);
        const auto it = i.evidence.constFind(int(kind));
        if (it != i.evidence.cend())
            return *it;
        const double e = evidence(kind, f);
        i.evidence.insert(int(kind), e);
        return e;
    }

private:
    QHash<QString, Info> m_info;
};

} // namespace MatcherDetail

MappingSuggestions LocalMatcher::suggest(const SourceFields &fields, MappingTarget target, const Options &options)
{
    using namespace MatcherDetail;
    FieldCache cache;
    const auto &rules = target == MappingTarget::Customer ? customerRules() : invoiceRules();
    // Amounts: decimals anywhere among the numeric fields mean the source writes major units.
    bool majorUnits = false;
    for (const SourceField &f : fields) {
        if (f.type == "number"_L1)
            majorUnits = true;
        for (const QString &s : f.samples) {
            static const QRegularExpression decimalText(u"^\\$?-?\\d+\\.\\d{1,2}$"_s);
            if (f.type == "string"_L1 && decimalText.match(s).hasMatch())
                majorUnits = true;
        }
    }

    QHash<QString, QList<Candidate>> candidates;
    for (const TargetField &t : targetFields(target)) {
        const NameRules &r = rules[t.name];
        QList<Candidate> &list = candidates[t.name];
        for (const SourceField &f : fields) {
            if (f.type == "object"_L1 || f.type == "boolean"_L1)
                continue;
            const FieldCache::Info &fi = cache.info(f);
            const QStringList &pathTokens = fi.tokens;
            const QSet<QString> &tokenSet = fi.tokenSet;
            bool forbidden = false;
            for (const QString &no : r.forbidden)
                forbidden = forbidden || tokenSet.contains(no);
            // Name score: the best of exact / strong / weak over the path's joined names; else key tokens.
            double name = 0;
            QString nameWhy;
            for (const auto &[n, factor] : fi.names) {
                const auto consider = [&](const QStringList &list2, double w, const QString &what) {
                    if (list2.contains(n) && w * factor > name) {
                        name = w * factor;
                        nameWhy = what.arg(n);
                    }
                };
                consider(r.exact, 1.0, u"the name \"%1\" is the usual name for it"_s);
                consider(r.strong, 0.9, u"\"%1\" is a common synonym"_s);
                consider(r.weak, 0.6, u"\"%1\" hints at it"_s);
            }
            if (name < 0.75) {
                for (const QStringList &key : r.keys) {
                    bool all = !key.isEmpty();
                    for (const QString &k : key)
                        all = all && tokenSet.contains(k);
                    if (all) {
                        name = 0.75;
                        nameWhy = u"the path contains \"%1\""_s.arg(key.join(u' '));
                        break;
                    }
                }
            }
            if (forbidden && name > 0) {
                name *= 0.3;
                nameWhy += u", but other words in the path point elsewhere"_s;
            }
            // Context: identifiers belong at the top level; addresses prefer billing/mailing over shipping.
            if (t.kind == ValueKind::Identifier && t.name == "external_id"_L1 && depth(f.path) > 0)
                name *= 0.3;
            if (t.name.startsWith("address."_L1)) {
                if (tokenSet.contains(u"shipping"_s) || tokenSet.contains(u"ship"_s) || tokenSet.contains(u"delivery"_s)
                    || tokenSet.contains(u"other"_s))
                    name -= 0.1;
                else if (tokenSet.contains(u"billing"_s) || tokenSet.contains(u"bill"_s) || tokenSet.contains(u"mailing"_s)
                         || tokenSet.contains(u"address"_s) || tokenSet.contains(u"addr"_s) || tokenSet.contains(u"primary"_s))
                    name += 0.05;
            }
            // Another entity's field (the owner's e-mail, the creator's name) is not this record's.
            static const QSet<QString> foreign{u"owner"_s,  u"creator"_s,  u"assignee"_s, u"agent"_s,       u"author"_s,   u"manager"_s,
                                               u"parent"_s, u"referrer"_s, u"rep"_s,      u"salesperson"_s, u"modifier"_s, u"by"_s};
            for (const QString &tok : pathTokens.mid(0, std::max<qsizetype>(0, pathTokens.size() - 1))) {
                if (foreign.contains(tok)) {
                    name *= 0.5;
                    nameWhy += u", but it belongs to the record's %1"_s.arg(tok);
                    break;
                }
            }
            // A field inside an address is about the address, not the customer's own name or phone.
            if (!t.name.startsWith("address."_L1) && depth(f.path) > 0) {
                const QStringList parents = tokens(f.path.left(std::max<qsizetype>(0, f.path.lastIndexOf(u'.'))));
                const bool inAddress = parents.contains(u"address"_s) || parents.contains(u"addresses"_s) || parents.contains(u"addr"_s)
                    || parents.contains(u"shipping"_s);
                bool namesTarget = false; // "PrimaryEmailAddr" is about the e-mail, not an address
                for (const QStringList &key : r.keys)
                    for (const QString &k : key)
                        namesTarget = namesTarget || parents.contains(k);
                if (inAddress && !namesTarget)
                    name *= 0.8;
            }
            // Among equals the shallower path is the record's own field.
            name -= 0.02 * depth(f.path);
            // Amounts: "tax_amount" beats "tax" (often a rate).
            if (t.kind == ValueKind::Money && tokenSet.contains(u"amount"_s))
                name += 0.03;
            // Company names in a "name" field: the field is the company.
            if (t.kind == ValueKind::Company && !f.samples.isEmpty() && depth(f.path) == 0 && name < 0.9) {
                const QString leafName = fi.names.isEmpty() ? QString() : fi.names.first().first;
                int companies = 0;
                for (const QString &v : f.samples)
                    companies += looksCompany(v);
                if ((leafName == "name"_L1 || leafName == "displayname"_L1) && companies * 2 >= f.samples.size()) {
                    name = 0.9;
                    nameWhy = u"\"%1\" holds company names (legal suffixes such as Ltd, Inc, GmbH)"_s.arg(leafName);
                }
            }
            // A phone number split into parts (area code beside it) cannot be used on its own.
            if (t.kind == ValueKind::Phone && name > 0) {
                const qsizetype dot = f.path.lastIndexOf(u'.');
                const QString parent = dot > 0 ? f.path.left(dot + 1) : QString();
                for (const SourceField &sibling : fields) {
                    if (sibling.path.startsWith(parent) && sibling.path != f.path && sibling.path.indexOf(u'.', parent.size()) < 0) {
                        const QStringList st = tokens(sibling.path.mid(parent.size()));
                        if (st.contains(u"area"_s) && st.contains(u"code"_s)) {
                            name *= 0.6;
                            nameWhy += u", but the area code is a separate field (%1)"_s.arg(sibling.path);
                            break;
                        }
                    }
                }
            }
            if (name <= 0 && !evidenceDecides(t.kind))
                continue;
            const double ev = cache.evidenceOf(t.kind, f);
            double score = 0;
            QString why = nameWhy;
            const QString evWhy = ev >= 0 ? u"%1 of %2 sample values look like %3%4"_s.arg(qRound(ev * f.samples.size()))
                                                .arg(f.samples.size())
                                                .arg(kindWord(t.kind), sampleHint(f))
                                          : QString();
            if (!typeFits(t.kind, f.type)) {
                score = name * 0.3;
                why += u"; but its type is %1"_s.arg(f.type);
            } else if (ev < 0) {
                score = name * 0.85; // a schema without samples: names only
                why += u"; no sample values to confirm"_s;
            } else if (name > 0) {
                score = 0.7 * name + 0.3 * ev;
                if (evidenceDecides(t.kind) && ev < 0.5)
                    score *= 0.4;
                why += u"; "_s + evWhy;
            } else if (ev >= 0.8 && (t.kind == ValueKind::Email || t.kind == ValueKind::Phone || t.kind == ValueKind::Currency)) {
                score = 0.45 * ev; // values alone: a hint, never a certainty
                why = evWhy + u", though the name says nothing"_s;
            } else {
                continue;
            }
            // Many empty values: a weaker claim.
            if (f.records > 0 && f.nullRate() > 0.5)
                score *= 0.85;
            // Identifiers must be unique.
            if (t.kind == ValueKind::Identifier && t.name == "external_id"_L1 && f.records > 1 && f.distinctRate < 0.999)
                score *= 0.5;
            // Name parts: a person's full name with no split is the wrong field for first/last.
            Candidate c{f.path, Transformation::None, score, why, true};
            switch (t.kind) {
            case ValueKind::Phone: c.transformation = Transformation::FormatPhone; break;
            case ValueKind::DateTime: c.transformation = Transformation::ParseDatetime; break;
            case ValueKind::Money:
                if (majorUnits || f.type == "string"_L1) {
                    c.transformation = Transformation::ToMinorUnits;
                    c.reasoning += u"; amounts with decimals: converted to minor units"_s;
                } else {
                    c.reasoning += u"; whole numbers throughout: taken as minor units already"_s;
                    c.score *= 0.97;
                }
                break;
            case ValueKind::Status: {
                bool allUnified = !f.samples.isEmpty();
                UnifiedInvoice::Status dummy;
                for (const QString &s : f.samples)
                    allUnified = allUnified && UnifiedInvoice::statusFromName(s, &dummy);
                if (!allUnified)
                    c.transformation = Transformation::MapEnum;
                break;
            }
            case ValueKind::PersonName:
                // The same values as a company field: a display name for the organisation.
                for (const SourceField &other : fields) {
                    if (other.path == f.path || other.samples != f.samples || f.samples.isEmpty())
                        continue;
                    const QStringList ot = tokens(other.path);
                    if (ot.contains(u"company"_s) || ot.contains(u"organization"_s) || ot.contains(u"organisation"_s)) {
                        c.score *= 0.4;
                        c.reasoning += u"; but it repeats %1"_s.arg(other.path);
                        break;
                    }
                }
                if (!f.samples.isEmpty()) {
                    int companies = 0;
                    for (const QString &s : f.samples)
                        companies += looksCompany(s);
                    if (companies * 2 >= f.samples.size()) {
                        c.score *= 0.3;
                        c.reasoning += u"; but the values look like company names"_s;
                    }
                }
                break;
            case ValueKind::Company:
                if (!f.samples.isEmpty() && name > 0) {
                    int companies = 0;
                    for (const QString &s : f.samples)
                        companies += looksCompany(s);
                    if (companies * 2 >= f.samples.size())
                        c.score = std::min(1.0, c.score + 0.05);
                }
                break;
            default: break;
            }
            if (t.kind == ValueKind::AddressLine || t.kind == ValueKind::City || t.kind == ValueKind::Region || t.kind == ValueKind::PostalCode
                || t.kind == ValueKind::Country) {
                int oneLine = 0;
                for (const QString &v : f.samples)
                    oneLine += v.count(u',') >= 2 || v.contains(u'\n');
                if (!f.samples.isEmpty() && oneLine * 2 >= f.samples.size()) {
                    c.score *= 0.5;
                    c.reasoning += u"; but the values are whole one-line addresses"_s;
                }
            }
            list.append(c);
        }
        // Derived candidates: first/last from a full name; company from the e-mail domain; address
        // parts from a one-line address.
        if (t.kind == ValueKind::FirstName || t.kind == ValueKind::LastName) {
            for (const SourceField &f : fields) {
                const auto &n = cache.info(f).names;
                if (n.isEmpty())
                    continue;
                const QString leaf = n.first().first;
                if (QStringList{u"name"_s, u"fullname"_s, u"displayname"_s, u"contactname"_s, u"customername"_s, u"personname"_s}.contains(leaf)
                    && depth(f.path) <= 1) {
                    double ev = cache.evidenceOf(ValueKind::PersonName, f);
                    if (ev < 0)
                        ev = 0.5;
                    list.append({f.path, Transformation::SplitName, 0.6 * ev,
                                 u"no %1 field; split from the full name in %2%3"_s.arg(t.name, f.path, sampleHint(f)), false});
                }
            }
        }
        if (t.kind == ValueKind::Company) {
            for (const SourceField &f : fields) {
                if (cache.evidenceOf(ValueKind::Email, f) >= 0.8 && depth(f.path) <= 1)
                    list.append({f.path, Transformation::ExtractEmailDomain, 0.25,
                                 u"no company field; the e-mail domain of %1 is a hint%2"_s.arg(f.path, sampleHint(f)), false});
            }
        }
        if (t.name.startsWith("address."_L1)) {
            for (const SourceField &f : fields) {
                const QStringList &tk = cache.info(f).tokens;
                if (f.type != "string"_L1 || !(tk.contains(u"address"_s) || tk.contains(u"addr"_s) || tk.contains(u"location"_s)))
                    continue;
                int oneLine = 0;
                for (const QString &s : f.samples)
                    oneLine += s.count(u',') >= 2 || s.contains(u'\n');
                if (f.samples.isEmpty() || oneLine * 2 < f.samples.size())
                    continue;
                const QString part = t.name.mid(8);
                int found = 0;
                for (const QString &s : f.samples)
                    found += Transforms::parseAddress(s).contains(part);
                if (found == 0)
                    continue;
                list.append({f.path, Transformation::ParseAddress, 0.75 * double(found) / double(f.samples.size()),
                             u"a one-line address in %1; %2 parsed from it in %3 of %4 samples%5"_s.arg(f.path, part)
                                 .arg(found)
                                 .arg(f.samples.size())
                                 .arg(sampleHint(f)),
                             false});
            }
        }
        std::stable_sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    }

    // Assign: strongest claims first; a path serves one target unless the candidate derives a part.
    struct Pick
    {
        QString target;
        double best;
    };
    QList<Pick> order;
    for (const TargetField &t : targetFields(target))
        order.append({t.name, candidates[t.name].isEmpty() ? 0.0 : candidates[t.name].first().score});
    std::stable_sort(order.begin(), order.end(), [](const Pick &a, const Pick &b) { return a.best > b.best; });
    QSet<QString> used;
    QHash<QString, MappingSuggestion> chosen;
    for (const Pick &p : order) {
        const QList<Candidate> &list = candidates[p.target];
        MappingSuggestion s;
        s.targetField = p.target;
        s.provider = u"local"_s;
        qsizetype pickedIndex = -1;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).score < options.minimumScore)
                break;
            if (list.at(i).exclusive && used.contains(list.at(i).path))
                continue;
            pickedIndex = i;
            break;
        }
        QSet<QString> altPaths;
        if (pickedIndex >= 0) {
            const Candidate &c = list.at(pickedIndex);
            s.sourcePath = c.path;
            s.transformation = c.transformation;
            s.reasoning = c.reasoning;
            // Confidence: the score, less when a rival is close (the choice between them is a guess).
            double rival = 0;
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (i != pickedIndex && list.at(i).path != c.path) {
                    rival = list.at(i).score;
                    break;
                }
            }
            const double margin = c.score - rival;
            double confidence = std::clamp(c.score, 0.0, 1.0);
            if (margin < 0.1) {
                confidence -= (0.1 - std::max(0.0, margin)) * 1.5;
                s.reasoning += u"; a close rival makes this less certain"_s;
            }
            s.confidence = std::clamp(std::round(confidence * 100.0) / 100.0, 0.0, 1.0);
            if (s.confidence < options.minimumScore) {
                // Too uncertain to propose: listed as the first alternative instead.
                s.sourcePath.clear();
                s.transformation = Transformation::None;
                s.confidence = 0;
                pickedIndex = -1;
            } else {
                if (c.exclusive)
                    used.insert(c.path);
                altPaths.insert(c.path);
            }
        }
        if (pickedIndex < 0) {
            const TargetField *tf = findTargetField(target, p.target);
            s.reasoning = tf && tf->required ? u"Required, but no source field matches; map it by hand or the records cannot be stored"_s
                                             : u"No source field matches"_s;
            if (!list.isEmpty())
                s.reasoning += u" (best candidate %1 scored %2)"_s.arg(list.first().path).arg(list.first().score, 0, 'f', 2);
        }
        for (const Candidate &c : list) {
            if (s.alternatives.size() >= 3)
                break;
            if (altPaths.contains(c.path) || c.score < 0.1)
                continue;
            altPaths.insert(c.path);
            s.alternatives.append({c.path, c.transformation, std::clamp(std::round(c.score * 90.0) / 100.0, 0.0, 1.0)});
        }
        chosen.insert(p.target, s);
    }
    MappingSuggestions out;
    for (const TargetField &t : targetFields(target))
        out.append(chosen.value(t.name));
    return out;
}

} // namespace Orion

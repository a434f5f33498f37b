#include "mapping/mappingset.h"

#include "mapping/sourceprofile.h"
#include "mapping/transforms.h"
#include "runtime/phonenumbers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Orion {

MappingSet::MappingSet(MappingTarget target, MappingSuggestions rules)
    : m_target(target)
    , m_rules(std::move(rules))
{
    // Currency first: amounts need its exponent.
    std::stable_sort(m_rules.begin(), m_rules.end(), [](const MappingSuggestion &a, const MappingSuggestion &b) {
        return (a.targetField == "currency"_L1) > (b.targetField == "currency"_L1);
    });
    compile();
}

void MappingSet::compile()
{
    m_compiled.clear();
    for (const MappingSuggestion &rule : std::as_const(m_rules)) {
        const TargetField *field = findTargetField(m_target, rule.targetField);
        m_compiled.append({SourceProfile::compile(rule.sourcePath), field ? field->kind : ValueKind::Text, field != nullptr});
    }
}

MappingSet::Result MappingSet::apply(const QJsonObject &record) const
{
    Result result;
    QJsonObject address;
    QString currency;
    for (qsizetype ruleIndex = 0; ruleIndex < m_rules.size(); ++ruleIndex) {
        const MappingSuggestion &rule = m_rules.at(ruleIndex);
        const Compiled &compiled = m_compiled.at(ruleIndex);
        if (rule.isUnmapped())
            continue;
        const QJsonValue in = SourceProfile::valueAt(record, compiled.path);
        if (in.isUndefined() || in.isNull() || (in.isString() && in.toString().trimmed().isEmpty()))
            continue; // no value in this record: the field stays empty, which is not an error
        Transforms::Context context{rule.targetField, currency, m_defaultRegion, rule.parameters};
        QJsonValue out;
        QString error;
        if (!Transforms::apply(rule.transformation, in, context, &out, &error)) {
            result.errors.append({rule.targetField, rule.sourcePath, error});
            continue;
        }
        if (out.isString() && out.toString().trimmed().isEmpty())
            continue; // e.g. an address part the line does not have
        if (rule.targetField == "currency"_L1) {
            currency = out.toString().trimmed().toUpper();
            if (!Transforms::isCurrencyCode(currency)) {
                result.errors.append({rule.targetField, rule.sourcePath, u"\"%1\" is not an ISO 4217 currency code"_s.arg(currency.left(16))});
                currency.clear();
                continue;
            }
            out = currency;
        } else if (rule.targetField == "address.country"_L1) {
            const QString code = normalizeCountry(out.toString());
            if (code.isEmpty()) {
                result.errors.append({rule.targetField, rule.sourcePath, u"\"%1\" is not a country"_s.arg(out.toString().left(64))});
                continue;
            }
            out = code;
        } else if (compiled.known && compiled.kind == ValueKind::Money && !out.isDouble()) {
            // Amounts without a transformation must already be integer minor units.
            qint64 minor = 0;
            QString moneyError;
            if (!Transforms::toMinorUnits(out, 0, &minor, &moneyError) || out.toString().contains(u'.')) {
                result.errors.append({rule.targetField, rule.sourcePath,
                                      u"\"%1\" is not an integer amount in minor units (use to_minor_units)"_s.arg(out.toString().left(32))});
                continue;
            }
            out = minor;
        } else if (rule.targetField == "status"_L1 && m_target == MappingTarget::Invoice) {
            UnifiedInvoice::Status status;
            if (!UnifiedInvoice::statusFromName(out.toString(), &status)) {
                result.errors.append(
                    {rule.targetField, rule.sourcePath, u"\"%1\" is not a unified status (use map_enum)"_s.arg(out.toString().left(32))});
                continue;
            }
        } else if ((rule.targetField.endsWith("_at"_L1)) && rule.transformation == Transformation::None) {
            const QDateTime dt = Transforms::parseDateTime(out, false);
            if (!dt.isValid()) {
                result.errors.append(
                    {rule.targetField, rule.sourcePath, u"\"%1\" is not a date and time (use parse_datetime)"_s.arg(out.toString().left(32))});
                continue;
            }
            out = dt.toString(Qt::ISODateWithMs);
        }
        if (rule.targetField.startsWith("address."_L1))
            address.insert(rule.targetField.mid(8), out);
        else
            result.unified.insert(rule.targetField, out);
    }
    if (m_target == MappingTarget::Customer) {
        result.unified.insert(u"address"_s, address);
        // A full name alone is still a name; first and last alone make the full name.
        const QString first = result.unified.value("first_name"_L1).toString(), last = result.unified.value("last_name"_L1).toString();
        if (!result.unified.contains("full_name"_L1) && (!first.isEmpty() || !last.isEmpty()))
            result.unified.insert(u"full_name"_s, QStringList{first, last}.join(u' ').trimmed());
    }
    return result;
}

bool MappingSet::toCustomer(const QJsonObject &record, UnifiedCustomer *customer, QList<FieldError> *fieldErrors, QString *error) const
{
    Result r = apply(record);
    fieldErrors->append(r.errors);
    if (!UnifiedCustomer::fromJson(r.unified, customer, error))
        return false;
    customer->raw = record;
    return true;
}

bool MappingSet::toInvoice(const QJsonObject &record, UnifiedInvoice *invoice, QList<FieldError> *fieldErrors, QString *error) const
{
    Result r = apply(record);
    fieldErrors->append(r.errors);
    if (!r.unified.contains("status"_L1))
        r.unified.insert(u"status"_s, u"draft"_s);
    if (!r.unified.contains("line_items"_L1))
        r.unified.insert(u"line_items"_s, QJsonArray());
    if (!UnifiedInvoice::fromJson(r.unified, invoice, error))
        return false;
    invoice->raw = record;
    return true;
}

MappingSet::Validation MappingSet::validate(const QList<QJsonObject> &samples, double maxErrorRate) const
{
    Validation v;
    QSet<QString> covered;
    for (const MappingSuggestion &rule : m_rules) {
        const TargetField *field = findTargetField(m_target, rule.targetField);
        if (!field) {
            v.unknownTargets << rule.targetField;
            v.problems << u"%1 is not a field of the unified %2"_s.arg(rule.targetField, mappingTargetName(m_target));
            continue;
        }
        if (!rule.isUnmapped())
            covered.insert(rule.targetField);
    }
    for (const TargetField &f : targetFields(m_target)) {
        if (f.required && !covered.contains(f.name)) {
            v.missingRequired << f.name;
            v.problems << u"the required field %1 has no approved source"_s.arg(f.name);
        }
    }
    // Per rule: how often its source has a value, and how often the transformation fails on it.
    for (const MappingSuggestion &rule : m_rules) {
        if (rule.isUnmapped() || !findTargetField(m_target, rule.targetField))
            continue;
        RuleCheck check{rule.targetField, rule.sourcePath, 0, 0, {}};
        // Amounts need the record's currency: include the currency rule when checking one.
        MappingSuggestions rules{rule};
        for (const MappingSuggestion &other : m_rules) {
            if (other.targetField == "currency"_L1 && rule.targetField != "currency"_L1)
                rules.prepend(other);
        }
        MappingSet single(m_target, rules);
        single.m_defaultRegion = m_defaultRegion;
        for (const QJsonObject &record : samples) {
            const QJsonValue in = SourceProfile::valueAt(record, rule.sourcePath);
            if (in.isUndefined() || in.isNull())
                continue;
            ++check.applied;
            const Result r = single.apply(record);
            for (const FieldError &e : r.errors) {
                if (e.targetField == rule.targetField) {
                    ++check.failed;
                    if (check.firstError.isEmpty())
                        check.firstError = e.message;
                    break;
                }
            }
        }
        if (check.applied > 0 && check.errorRate() > maxErrorRate)
            v.problems << u"%1 ← %2: %3 of %4 sample values fail (%5)"_s.arg(rule.targetField, rule.sourcePath)
                              .arg(check.failed)
                              .arg(check.applied)
                              .arg(check.firstError);
        if (!samples.isEmpty() && check.applied == 0)
            v.problems << u"%1 ← %2: no sample record has this path"_s.arg(rule.targetField, rule.sourcePath);
        v.rules.append(check);
    }
    return v;
}

} // namespace Orion

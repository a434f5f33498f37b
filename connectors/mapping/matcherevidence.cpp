#include "mapping/matcherevidence.h"

#include "mapping/transforms.h"
#include "runtime/phonenumbers.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Orion::MatcherDetail {

// ---- value evidence ----

bool looksEmail(const QString &v)
{
    static const QRegularExpression re(uR"(^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$)"_s);
    return re.match(v).hasMatch();
}
bool looksPhone(const QString &v)
{
    static const QRegularExpression re(uR"(^\+?[\d\s().\-/]{7,}(\s*(x|ext\.?)\s*\d+)?$)"_s);
    if (!re.match(v).hasMatch())
        return false;
    int digits = 0;
    for (const QChar c : v)
        digits += c.isDigit();
    return digits >= 7 && digits <= 15 && !Transforms::parseDateTime(QJsonValue(v), false).isValid();
}
bool looksDate(const QString &v, const QString &type)
{
    if (type == "integer"_L1 || type == "number"_L1) {
        const double d = v.toDouble();
        return (d > 9.46e8 && d < 4.1e9) || (d > 9.46e11 && d < 4.1e12); // 2000–2100, seconds or milliseconds
    }
    static const QRegularExpression hasSeparators(u"[-/:.,\\s]"_s);
    return hasSeparators.match(v).hasMatch() && Transforms::parseDateTime(QJsonValue(v), false).isValid();
}
bool looksMoney(const QString &v, const QString &type)
{
    if (type == "integer"_L1 || type == "number"_L1)
        return true;
    static const QRegularExpression re(uR"(^[^\d\-+]{0,3}\s?[+-]?\d{1,3}(,?\d{3})*(\.\d{1,4})?\s?[A-Z]{0,3}$)"_s);
    return re.match(v).hasMatch();
}
bool looksCurrency(const QString &v)
{
    return v.size() == 3 && Transforms::isCurrencyCode(v);
}
bool looksCountry(const QString &v)
{
    return !normalizeCountry(v).isEmpty();
}
bool looksPostalCode(const QString &v)
{
    static const QRegularExpression re(
        uR"(^(\d{5}(-\d{4})?|\d{4}|\d{6}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|\d{3}-\d{4}|\d{2}-\d{3})$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(v).hasMatch();
}
bool looksIdentifier(const QString &v)
{
    static const QRegularExpression re(uR"(^[A-Za-z0-9_\-:.]{1,64}$)"_s);
    return re.match(v).hasMatch();
}
bool looksCompany(const QString &v)
{
    static const QRegularExpression re(
        uR"(\b(inc|llc|ltd|limited|gmbh|ag|corp|corporation|co|plc|sa|sas|srl|bv|nv|oy|ab|pty|kg|group|holdings|company|partners|industries|solutions|systems|labs|studio|technologies|services)\.?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(v.trimmed()).hasMatch();
}
bool looksStatus(const QString &v)
{
    return !Transforms::invoiceStatus(v, {}).isEmpty();
}
bool looksText(const QString &v)
{
    return !v.isEmpty() && !looksEmail(v) && !looksDate(v, u"string"_s) && v.size() < 200 && v.front().isLetter();
}
bool looksPersonName(const QString &v)
{
    static const QRegularExpression re(uR"(^[\p{L}][\p{L}'’.\-]*(,?\s+[\p{L}][\p{L}'’.\-]*){0,4}$)"_s);
    return re.match(v.trimmed()).hasMatch() && !looksCompany(v);
}
bool looksSingleName(const QString &v)
{
    static const QRegularExpression re(uR"(^[\p{L}][\p{L}'’.\-]*( [\p{L}][\p{L}'’.\-]*)?$)"_s);
    return re.match(v.trimmed()).hasMatch() && !looksCompany(v);
}
bool looksStatusWord(const QString &v)
{
    static const QSet<QString> words{u"active"_s,  u"inactive"_s, u"enabled"_s, u"disabled"_s, u"invited"_s,    u"pending"_s, u"archived"_s,
                                     u"deleted"_s, u"open"_s,     u"closed"_s,  u"draft"_s,    u"true"_s,       u"false"_s,   u"yes"_s,
                                     u"no"_s,      u"declined"_s, u"blocked"_s, u"verified"_s, u"unverified"_s, u"new"_s};
    return words.contains(v.trimmed().toLower());
}
bool looksAddressLine(const QString &v)
{
    static const QRegularExpression re(uR"(\d)"_s);
    return re.match(v).hasMatch() && v.size() > 4;
}

// Fraction of samples that look like the kind; -1 when there are no samples.
double evidence(ValueKind kind, const SourceField &f)
{
    if (f.samples.isEmpty())
        return -1;
    int hits = 0;
    for (const QString &v : f.samples) {
        bool ok = false;
        switch (kind) {
        case ValueKind::Identifier: ok = looksIdentifier(v); break;
        case ValueKind::Email: ok = looksEmail(v); break;
        case ValueKind::Phone: ok = looksPhone(v); break;
        case ValueKind::DateTime: ok = looksDate(v, f.type); break;
        case ValueKind::Money: ok = looksMoney(v, f.type) && !looksDate(v, u"string"_s); break;
        case ValueKind::Currency: ok = looksCurrency(v); break;
        case ValueKind::Country: ok = looksCountry(v); break;
        case ValueKind::PostalCode: ok = looksPostalCode(v); break;
        case ValueKind::Status: ok = looksStatus(v); break;
        case ValueKind::Company: ok = looksText(v); break;
        case ValueKind::PersonName: ok = looksPersonName(v); break;
        case ValueKind::FirstName:
        case ValueKind::LastName: ok = looksSingleName(v); break;
        case ValueKind::AddressLine: ok = looksText(v) || looksAddressLine(v); break;
        case ValueKind::City:
        case ValueKind::Region: ok = !v.isEmpty() && !looksEmail(v) && !looksDate(v, f.type) && !looksStatusWord(v) && f.type == "string"_L1; break;
        case ValueKind::Text: ok = !v.isEmpty() && !looksEmail(v) && !looksDate(v, f.type); break;
        }
        hits += ok;
    }
    return double(hits) / double(f.samples.size());
}

bool typeFits(ValueKind kind, const QString &type)
{
    if (type == "object"_L1 || type == "array"_L1)
        return false;
    switch (kind) {
    case ValueKind::Money: return type == "integer"_L1 || type == "number"_L1 || type == "string"_L1 || type == "null"_L1;
    case ValueKind::Identifier:
    case ValueKind::DateTime:
    case ValueKind::Phone:
    case ValueKind::PostalCode:
    case ValueKind::Text: return type != "boolean"_L1;
    default: return type == "string"_L1 || type == "null"_L1;
    }
}

// Kinds where values decide: evidence against them is a strong "no".
bool evidenceDecides(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Email:
    case ValueKind::Phone:
    case ValueKind::DateTime:
    case ValueKind::Money:
    case ValueKind::Currency:
    case ValueKind::Country:
    case ValueKind::PostalCode:
    case ValueKind::Status:
    case ValueKind::Identifier:
    case ValueKind::City:
    case ValueKind::Region: return true;
    default: return false;
    }
}

QString kindWord(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Identifier: return u"identifiers"_s;
    case ValueKind::Email: return u"e-mail addresses"_s;
    case ValueKind::Phone: return u"phone numbers"_s;
    case ValueKind::DateTime: return u"dates"_s;
    case ValueKind::Money: return u"amounts"_s;
    case ValueKind::Currency: return u"ISO 4217 currency codes"_s;
    case ValueKind::Country: return u"countries"_s;
    case ValueKind::PostalCode: return u"postal codes"_s;
    case ValueKind::Status: return u"invoice status words"_s;
    case ValueKind::PersonName:
    case ValueKind::FirstName:
    case ValueKind::LastName: return u"personal names"_s;
    default: break;
    }
    return u"text"_s;
}

} // namespace Orion::MatcherDetail

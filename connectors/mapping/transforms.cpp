#include "mapping/transforms.h"

#include "runtime/phonenumbers.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Orion::Transforms {

namespace TransformDetail {

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) && std::abs(d) < 9e15 ? QString::number(qint64(d)) : QString::number(d, 'f', 10);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(uR"(^[^@\s]+@([^@\s]+\.[^@\s]+)$)"_s);
    return re;
}

} // namespace TransformDetail

std::pair<QString, QString> splitName(const QString &name)
{
    const QString simplified = name.simplified();
    const qsizetype comma = simplified.indexOf(u',');
    if (comma > 0) // "Rosen, Jenny" (but not "Jenny Rosen, Jr." handled as last, first: rare in data)
        return {simplified.mid(comma + 1).trimmed(), simplified.left(comma).trimmed()};
    return splitFullName(simplified);
}

bool isCurrencyCode(const QString &code)
{
    return currencyExponent(code) >= 0;
}

int currencyExponent(const QString &code)
{
    // ISO 4217 active codes with their minor unit; the few exceptions to 2 are listed explicitly.
    static const QHash<QString, int> exponents = [] {
        QHash<QString, int> e;
        const char *two[]
            = {"AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD", "BND", "BOB", "BRL", "BSD",
               "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP", "CRC", "CUP", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR",
               "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES",
               "KGS", "KHR", "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
               "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD",
               "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT",
               "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "USD", "UYU", "UZS", "VES", "WST", "XCD", "YER", "ZAR", "ZMW", "ZWL"};
        for (const char *c : two)
            e.insert(QString::fromLatin1(c), 2);
        for (const char *c : {"BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"})
            e.insert(QString::fromLatin1(c), 0);
        for (const char *c : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
            e.insert(QString::fromLatin1(c), 3);
        e.insert(u"CLF"_s, 4);
        e.insert(u"UYW"_s, 4);
        return e;
    }();
    return exponents.value(code.trimmed().toUpper(), -1);
}

bool toMinorUnits(const QJsonValue &in, int exponent, qint64 *out, QString *error)
{
    QString t;
    if (in.isDouble()) {
        const double d = in.toDouble();
        if (!std::isfinite(d)) {
            *error = u"not a finite number"_s;
            return false;
        }
        // Most amounts have no more decimals than the currency: scaling is then exact up to binary noise.
        static constexpr double kPow10[] = {1, 10, 100, 1000, 10000};
        if (exponent >= 0 && exponent <= 4 && std::abs(d) < 1e13) {
            const double scaled = d * kPow10[exponent];
            const double rounded = std::round(scaled);
            if (std::abs(scaled - rounded) < 1e-6) {
                *out = qint64(rounded);
                return true;
            }
        }
        t = QString::number(d, 'f', 8); // exact enough for money with ≤ 4 decimals; trailing digits are rounding noise
    } else if (in.isString()) {
        t = in.toString().trimmed();
        // Currency symbols and thousands separators vendors put in amounts: "$1,234.50", "1 234.50".
        bool plain = !t.isEmpty();
        for (const QChar c : std::as_const(t))
            plain = plain && (c.isDigit() || c == u'.' || c == u'-' || c == u'+');
        if (!plain) {
            static const QRegularExpression edges(u"^[^\\d+\\-.]+|[^\\d.]+$"_s);
            t.remove(edges);
            t.remove(u',');
            t.remove(u' ');
            t.remove(QChar(0x00A0));
        }
    } else {
        *error = u"not a number"_s;
        return false;
    }
    // [+-]digits[.digits], read by hand (this runs for every amount of every record).
    qsizetype pos = 0;
    bool negative = false;
    if (pos < t.size() && (t.at(pos) == u'+' || t.at(pos) == u'-'))
        negative = t.at(pos++) == u'-';
    const qsizetype wholeStart = pos;
    while (pos < t.size() && t.at(pos).isDigit() && t.at(pos).unicode() < 128)
        ++pos;
    const QString whole = t.mid(wholeStart, pos - wholeStart);
    QString frac;
    if (pos < t.size() && t.at(pos) == u'.') {
        const qsizetype fracStart = ++pos;
        while (pos < t.size() && t.at(pos).isDigit() && t.at(pos).unicode() < 128)
            ++pos;
        frac = t.mid(fracStart, pos - fracStart);
    }
    if (whole.isEmpty() || pos != t.size()) {
        *error = u"\"%1\" is not an amount"_s.arg(TransformDetail::text(in));
        return false;
    }
    // Round half away from zero on the first dropped digit.
    bool roundUp = frac.size() > exponent && frac.at(exponent) >= u'5';
    frac = frac.left(exponent).leftJustified(exponent, u'0');
    if (whole.size() + frac.size() > 17) {
        *error = u"the amount is too large"_s;
        return false;
    }
    qint64 v = QString(whole + frac).toLongLong() + (roundUp ? 1 : 0);
    *out = negative ? -v : v;
    return true;
}

QDateTime parseDateTime(const QJsonValue &in, bool dayFirst)
{
    const auto fromEpoch = [](double n) -> QDateTime {
        if (n > 1e11 && n < 1e14) // milliseconds
            return QDateTime::fromMSecsSinceEpoch(qint64(n), QTimeZone::UTC);
        if (n > 1e8 && n < 1e11) // seconds
            return QDateTime::fromSecsSinceEpoch(qint64(n), QTimeZone::UTC);
        return {};
    };
    if (in.isDouble())
        return fromEpoch(in.toDouble());
    if (!in.isString())
        return {};
    const QString t = in.toString().trimmed();
    if (t.isEmpty())
        return {};
    // Fast paths for the common shapes (no regular expression, no local-time conversion):
    // "2024-05-15", "2024-05-15T10:00:00Z", "2024-05-15T10:00:00.123Z", and all-digit epochs.
    const auto digitAt = [&](qsizetype i) { return i < t.size() && t.at(i).isDigit(); };
    const auto number = [&](qsizetype from, qsizetype n) {
        int v = 0;
        for (qsizetype i = from; i < from + n; ++i)
            v = v * 10 + (t.at(i).unicode() - u'0');
        return v;
    };
    if (t.size() >= 10 && digitAt(0) && digitAt(1) && digitAt(2) && digitAt(3) && t.at(4) == u'-' && digitAt(5) && digitAt(6) && t.at(7) == u'-'
        && digitAt(8) && digitAt(9)) {
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        if (t.size() == 10)
            return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::UTC) : QDateTime();
        if ((t.size() == 20 || t.size() == 24) && t.at(10) == u'T' && t.back() == u'Z' && digitAt(11) && digitAt(12) && t.at(13) == u':'
            && digitAt(14) && digitAt(15) && t.at(16) == u':' && digitAt(17) && digitAt(18)
            && (t.size() == 20 || (t.at(19) == u'.' && digitAt(20) && digitAt(21) && digitAt(22)))) {
            const QTime time(number(11, 2), number(14, 2), number(17, 2), t.size() == 24 ? number(20, 3) : 0);
            return date.isValid() && time.isValid() ? QDateTime(date, time, QTimeZone::UTC) : QDateTime();
        }
    }
    bool allDigits = t.size() >= 9 && t.size() <= 14;
    for (qsizetype i = 0; allDigits && i < t.size(); ++i)
        allDigits = t.at(i).isDigit();
    if (allDigits)
        return fromEpoch(t.toDouble());
    static const QRegularExpression msDate(uR"(^/Date\((-?\d+)([+-]\d{4})?\)/$)"_s);
    if (const auto m = msDate.match(t); m.hasMatch())
        return QDateTime::fromMSecsSinceEpoch(m.captured(1).toLongLong(), QTimeZone::UTC);
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        QString iso = t;
        iso.replace(u' ', u'T');
        // Offsets written "+0000" (no colon) and fractional seconds longer than milliseconds.
        static const QRegularExpression offset(u"([+-]\\d{2})(\\d{2})$"_s);
        if (iso.contains(u'T'))
            iso.replace(offset, u"\\1:\\2"_s);
        static const QRegularExpression longFraction(u"(\\.\\d{3})\\d+"_s);
        iso.replace(longFraction, u"\\1"_s);
        dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    }
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime) // no offset given: vendors mean UTC
            dt = QDateTime(dt.date(), dt.time(), QTimeZone::UTC);
        return dt.toUTC();
    }
    QString rfc = t;
    static const QRegularExpression zoneName(u"\\s(GMT|UTC|UT|Z)$"_s);
    rfc.replace(zoneName, u" +0000"_s);
    dt = QDateTime::fromString(rfc, Qt::RFC2822Date);
    if (dt.isValid())
        return dt.toUTC();
    static const QRegularExpression slashed(u"^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$"_s);
    if (const auto m = slashed.match(t); m.hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt(), y = m.captured(3).toInt();
        const QDate d = dayFirst || t.contains(u'.') ? QDate(y, b, a) : QDate(y, a, b);
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), QTimeZone::UTC);
    }
    for (const QString &format : {u"d MMM yyyy"_s, u"MMM d, yyyy"_s, u"d MMMM yyyy"_s, u"MMMM d, yyyy"_s}) {
        const QDate d = QLocale::c().toDate(t, format);
        if (d.isValid())
            return QDateTime(d, QTime(0, 0), QTimeZone::UTC);
    }
    return {};
}

QJsonObject parseAddress(const QString &text)
{
    QStringList parts;
    for (const QString &p : text.split(QRegularExpression(u"[,\\n]"_s)))
        if (!p.trimmed().isEmpty())
            parts << p.simplified();
    QJsonObject a;
    if (parts.isEmpty())
        return a;
    // Country last, when it names one.
    if (parts.size() > 1 && !normalizeCountry(parts.last()).isEmpty())
        a.insert(u"country"_s, normalizeCountry(parts.takeLast()));
    a.insert(u"line1"_s, parts.takeFirst());
    // "IL 62701" / "CA 94107-1234" (region and US ZIP), "SW1A 1AA" (UK), "10115 Berlin" (postal code first).
    static const QRegularExpression regionZip(u"^([A-Za-z]{2,3})\\s+(\\d{5}(?:-\\d{4})?)$"_s);
    static const QRegularExpression cityRegionZip(u"^(.+?)\\s+([A-Z]{2})\\s+(\\d{5}(?:-\\d{4})?)$"_s);
    static const QRegularExpression zipCity(u"^(\\d{4,5})\\s+(.+)$"_s);
    static const QRegularExpression ukPostcode(u"^([A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2})$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cityZip(u"^(.+?)\\s+(\\d{4,6})$"_s);
    QStringList rest;
    for (const QString &p : std::as_const(parts)) {
        if (const auto m = regionZip.match(p); m.hasMatch()) {
            a.insert(u"region"_s, m.captured(1).toUpper());
            a.insert(u"postal_code"_s, m.captured(2));
        } else if (const auto m2 = cityRegionZip.match(p); m2.hasMatch()) {
            a.insert(u"city"_s, m2.captured(1));
            a.insert(u"region"_s, m2.captured(2));
            a.insert(u"postal_code"_s, m2.captured(3));
        } else if (const auto m3 = zipCity.match(p); m3.hasMatch()) {
            a.insert(u"postal_code"_s, m3.captured(1));
            a.insert(u"city"_s, m3.captured(2));
        } else if (const auto m4 = ukPostcode.match(p); m4.hasMatch()) {
            a.insert(u"postal_code"_s, m4.captured(1).toUpper());
        } else if (const auto m5 = cityZip.match(p); m5.hasMatch() && !a.contains("city"_L1)) {
            a.insert(u"city"_s, m5.captured(1));
            a.insert(u"postal_code"_s, m5.captured(2));
        } else {
            rest << p;
        }
    }
    // What is left: line 2 (if it looks like a unit), city, region.
    static const QRegularExpression unit(u"^(apt|apartment|suite|ste|unit|floor|fl|room|#|flat|building|bldg)\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    if (!rest.isEmpty() && unit.match(rest.first()).hasMatch())
        a.insert(u"line2"_s, rest.takeFirst());
    if (!rest.isEmpty() && !a.contains("city"_L1))
        a.insert(u"city"_s, rest.takeFirst());
    if (!rest.isEmpty() && !a.contains("region"_L1))
        a.insert(u"region"_s, rest.takeFirst());
    return a;
}

QString invoiceStatus(const QString &word, const QJsonObject &extra)
{
    QString key = word.trimmed().toLower();
    if (key.contains(u' ') || key.contains(u'-'))
        key.replace(u' ', u'_').replace(u'-', u'_');
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (QString::compare(it.key(), key, Qt::CaseInsensitive) == 0 || QString::compare(it.key(), word.trimmed(), Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    static const QHash<QString, QString> table{
        {u"draft"_s, u"draft"_s},
        {u"pending"_s, u"open"_s},
        {u"submitted"_s, u"draft"_s},
        {u"scheduled"_s, u"open"_s},
        {u"refunded"_s, u"void"_s},
        {u"partially_refunded"_s, u"paid"_s},
        {u"failed"_s, u"uncollectible"_s},
        {u"open"_s, u"open"_s},
        {u"sent"_s, u"open"_s},
        {u"authorised"_s, u"open"_s},
        {u"authorized"_s, u"open"_s},
        {u"unpaid"_s, u"open"_s},
        {u"outstanding"_s, u"open"_s},
        {u"overdue"_s, u"open"_s},
        {u"past_due"_s, u"open"_s},
        {u"partially_paid"_s, u"open"_s},
        {u"partial"_s, u"open"_s},
        {u"due"_s, u"open"_s},
        {u"viewed"_s, u"open"_s},
        {u"payment_due"_s, u"open"_s},
        {u"posted"_s, u"open"_s},
        {u"issued"_s, u"open"_s},
        {u"paid"_s, u"paid"_s},
        {u"closed"_s, u"paid"_s},
        {u"settled"_s, u"paid"_s},
        {u"complete"_s, u"paid"_s},
        {u"completed"_s, u"paid"_s},
        {u"void"_s, u"void"_s},
        {u"voided"_s, u"void"_s},
        {u"deleted"_s, u"void"_s},
        {u"cancelled"_s, u"void"_s},
        {u"canceled"_s, u"void"_s},
        {u"uncollectible"_s, u"uncollectible"_s},
        {u"bad_debt"_s, u"uncollectible"_s},
        {u"written_off"_s, u"uncollectible"_s},
        {u"not_paid"_s, u"uncollectible"_s},
    };
    return table.value(key);
}

bool apply(Transformation t, const QJsonValue &in, const Context &context, QJsonValue *out, QString *error)
{
    // The value as text, for the transformations that read text (amounts and dates read the value).
    const QString text = t == Transformation::ToMinorUnits || t == Transformation::ParseDatetime || (t == Transformation::None && in.isString())
        ? QString()
        : TransformDetail::text(in);
    switch (t) {
    case Transformation::None:
        if (in.isObject() || in.isArray()) {
            *error = u"a structured value cannot fill %1 without a transformation"_s.arg(context.targetField);
            return false;
        }
        *out = in.isDouble() || in.isBool() ? QJsonValue(text) : in;
        return true;
    case Transformation::SplitName: {
        const auto [first, last] = splitName(text);
        *out = context.targetField == "last_name"_L1 ? last : first;
        return true;
    }
    case Transformation::FormatPhone:
        *out = normalizePhone(text, context.parameters.value("default_region"_L1).toString(context.defaultRegion));
        return true;
    case Transformation::ExtractEmailDomain: {
        const auto m = TransformDetail::emailPattern().match(text);
        if (!m.hasMatch()) {
            *error = u"\"%1\" is not an e-mail address"_s.arg(text.left(64));
            return false;
        }
        *out = m.captured(1).toLower();
        return true;
    }
    case Transformation::ParseAddress: {
        const QJsonObject address = in.isObject() ? in.toObject() : parseAddress(text);
        const QString part = context.targetField.startsWith("address."_L1) ? context.targetField.mid(8) : context.targetField;
        *out = address.value(part).toString();
        return true;
    }
    case Transformation::ToMinorUnits: {
        const int exponent = context.currency.isEmpty() ? 2 : currencyExponent(context.currency);
        if (exponent < 0) {
            *error = u"unknown currency \"%1\""_s.arg(context.currency);
            return false;
        }
        qint64 minor = 0;
        if (!toMinorUnits(in, exponent, &minor, error))
            return false;
        *out = minor;
        return true;
    }
    case Transformation::ParseDatetime: {
        const QDateTime dt = parseDateTime(in, context.parameters.value("day_first"_L1).toBool());
        if (!dt.isValid()) {
            *error = u"\"%1\" is not a date or time this app can read"_s.arg(TransformDetail::text(in).left(64));
            return false;
        }
        *out = dt.toString(Qt::ISODateWithMs);
        return true;
    }
    case Transformation::MapEnum: {
        const QString mapped = invoiceStatus(text, context.parameters.value("values"_L1).toObject());
        if (mapped.isEmpty()) {
            *error = u"\"%1\" has no mapping to a unified value"_s.arg(text.left(64));
            return false;
        }
        *out = mapped;
        return true;
    }
    }
    *error = u"unknown transformation"_s;
    return false;
}

} // namespace Orion::Transforms

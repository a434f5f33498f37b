#pragma once

#include "mapping/mapping.h"

#include <QJsonValue>

namespace Orion {

// The mapping transformations. Each takes the source value and returns the target's value, or
// false with a specific error (the value is then left out of the record; nothing is guessed).
namespace Transforms {

struct Context
{
    QString targetField;   // e.g. "first_name", "address.city", "total"
    QString currency;      // ISO 4217 of the record, for to_minor_units (default exponent 2)
    QString defaultRegion; // ISO 3166 alpha-2 for national phone numbers
    QJsonObject parameters;
};

bool apply(Transformation t, const QJsonValue &in, const Context &context, QJsonValue *out, QString *error);

// "Rosen, Jenny" / "Jenny Rosen" / "Jean Paul Sartre" / "Cher" → (first, last).
std::pair<QString, QString> splitName(const QString &name);
// The digits of the currency's minor unit (JPY 0, BHD 3, default 2); -1 for a code that is not ISO 4217.
int currencyExponent(const QString &code);
bool isCurrencyCode(const QString &code);
// Decimal text or number → integer minor units, exactly (no binary rounding): "1,234.5" → 123450.
bool toMinorUnits(const QJsonValue &in, int exponent, qint64 *out, QString *error);
// ISO 8601 (with or without offset, UTC assumed), dates, epoch seconds or milliseconds, RFC 2822,
// "/Date(ms)/", "yyyy-MM-dd HH:mm:ss", "MM/dd/yyyy" (or day first with {"day_first": true}).
QDateTime parseDateTime(const QJsonValue &in, bool dayFirst);
// One address line to structured fields; keys line1, line2, city, region, postal_code, country.
QJsonObject parseAddress(const QString &text);
// Invoice status words of common vendors → draft/open/paid/void/uncollectible; empty when unknown.
QString invoiceStatus(const QString &word, const QJsonObject &extra);

} // namespace Transforms

} // namespace Orion

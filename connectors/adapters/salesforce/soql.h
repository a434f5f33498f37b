#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Orion::Soql {

// A SOQL literal for `value`: strings quoted with \ ' " and control characters escaped; numbers,
// booleans and null as words; dates as YYYY-MM-DD and date-times as YYYY-MM-DDThh:mm:ssZ (UTC).
QString literal(const QVariant &value);
QString dateTime(const QDateTime &value);

// Replaces each `?` outside string literals with the literal of the next value. A template whose
// placeholders and values do not match, or that fails validate(), gives *error and an empty string.
QString bind(const QString &query, const QVariantList &values, QString *error);

// One read-only statement: starts with SELECT, balanced quotes, no statement separators or comments
// outside literals. Rejects what an injection would need to smuggle in a second clause or statement.
bool validate(const QString &query, QString *error);

} // namespace Orion::Soql

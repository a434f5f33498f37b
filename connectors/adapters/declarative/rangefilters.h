#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Orion::RangeFilters {

// What an importer knows of one query parameter: its name and how its values are written
// ("iso8601", "unix_seconds", "unix_ms", or empty when the description does not say).
using Parameters = QHash<QString, QString>;

// The format of a parameter from its OpenAPI schema (format date-time/date, type integer/number,
// a name that says milliseconds) or, without one, from a sample value ("2024-01-31T…", 1700000000).
QString formatOf(const QString &name, const QJsonObject &schema, const QString &sample = {});

// A partition_by_time for a list endpoint whose query parameters include a range filter pair —
// created[gte]/created[lt], updated_gte/updated_lt, start_time/end_time, since/until, from/to … —
// or an empty object. A proposal names the pair, a window of 30 days from an estimated start, four
// readers, and says in *notes what the analyst should check (the start; bounds that are not
// [inclusive, exclusive)).
QJsonObject propose(const QString &stream, const Parameters &parameters, QStringList *notes);

} // namespace Orion::RangeFilters

#pragma once

#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Orion {

// A field an approved mapping reads that a sync no longer finds as it was: gone from every record
// read, or holding values of another JSON type. Stored with the run (sync_metrics.drift) and, per
// stream, with the connection's health (connector_health.drift) until a run finds the field again.
struct DriftFinding
{
    enum class Problem { Vanished, Retyped };
    QString stream;
    QString targetField; // the unified field the mapping fills, e.g. "email"
    QString sourcePath;  // where it reads it, e.g. "contact.email"
    Problem problem = Problem::Vanished;
    QString expectedType;  // JSON type the field had: string, number, boolean, object, array
    QString seenType;      // Retyped: the type most values have now
    qint64 records = 0;    // records the run read
    qint64 present = 0;    // … in which the path exists
    qint64 mismatched = 0; // Retyped: … whose value has another type

    // "email ← contact.email: missing from all 230 records read" (translated).
    QString describe() const;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, DriftFinding *finding);
    friend bool operator==(const DriftFinding &, const DriftFinding &) = default;
};
using DriftFindings = QList<DriftFinding>;

QJsonArray driftToJson(const DriftFindings &findings);
DriftFindings driftFromJson(const QJsonArray &array);   // entries that do not parse are left out
DriftFindings driftFromText(const QString &json);       // a stored column; empty or invalid: none
QString driftText(const DriftFindings &findings);       // compact JSON array, "[]" when none
QStringList driftFields(const DriftFindings &findings); // the target fields named, in order, once each

} // namespace Orion

Q_DECLARE_METATYPE(Orion::DriftFinding)

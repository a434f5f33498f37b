#pragma once

#include "mapping/mappingdrift.h"
#include "mapping/sourceprofile.h"

#include <QHash>

namespace Orion {

// What the syncs have seen of one approved rule's source field so far (table mapping_baselines):
// how many records were read, in how many the path existed, and the JSON type its values had. Kept
// under a key naming the rule as approved, so that an edit or a new approval starts it again.
struct FieldBaseline
{
    QString ruleKey; // "mapping:ID:REVISION:APPROVED_AT" (the review's rules) or "spec:VERSION:TARGET:PATH" (a custom connector's own)
    QString targetField;
    QString sourcePath;
    qint64 records = 0;
    qint64 present = 0;
    QString type; // empty until a value was seen
    double presence() const { return records ? double(present) / double(records) : 0.0; }
    friend bool operator==(const FieldBaseline &, const FieldBaseline &) = default;
};
using FieldBaselines = QList<FieldBaseline>;

// Drift of one stream's approved source fields during one sync. Every record read is observed; at
// the end a field is reported
//   * vanished when no record had it, and the baseline says that is too unlikely to be chance:
//     (1 − presence)^records < 1 % (a field in every record so far: one record without it is enough;
//     one in half the records: 7 without it);
//   * retyped when most of its non-null values have another JSON type than before (integer and
//     number are one type; null is no evidence).
// Fields that drifted keep their old baseline, so the alarm stays until the rule is edited or
// approved again; the others' baselines take the run in.
class DriftCheck
{
public:
    DriftCheck() = default;
    DriftCheck(const QString &stream, const FieldBaselines &baselines);

    bool isEmpty() const { return m_fields.isEmpty(); }
    FieldBaselines fields() const; // every field watched, with the baseline it started from
    void observe(const QJsonObject &record);
    qint64 records() const { return m_records; }

    DriftFindings findings() const;
    // The baselines with this run taken in (drifted fields unchanged); only those that changed.
    FieldBaselines updatedBaselines() const;

    static QString jsonType(const QJsonValue &value); // "" for null and undefined

private:
    struct Field
    {
        FieldBaseline baseline;
        SourceProfile::CompiledPath path;
        qint64 present = 0;
        QHash<QString, qint64> types; // non-null values by JSON type
    };
    static std::optional<DriftFinding> judge(const QString &stream, const Field &field, qint64 records);
    QString m_stream;
    QList<Field> m_fields;
    qint64 m_records = 0;
};

} // namespace Orion

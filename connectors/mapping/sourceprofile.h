#pragma once

#include "mapping/mapping.h"

#include <QByteArray>
#include <QJsonValue>

namespace Orion {

// Reading source records for mapping: paths, values at paths, and a profile of each field.
namespace SourceProfile {

// The value at "a.b[0].c" (undefined when any step is missing). Keys with dots or brackets in their
// own name are addressed with a backslash: "a\.b".
QJsonValue valueAt(const QJsonObject &record, const QString &path);

// A path parsed once, for reading it from many records.
struct CompiledPath
{
    struct Step
    {
        QString key;
        int index = -1; // an array index when >= 0
    };
    QList<Step> steps;
    bool isValid() const { return !steps.isEmpty(); }
};
CompiledPath compile(const QString &path);
QJsonValue valueAt(const QJsonObject &record, const CompiledPath &path);

// Every leaf path of the records (objects are walked, arrays contribute their first element as
// [0]; arrays of scalars are also a field of their own), with type, up to maxSamples distinct
// sample values, and null and distinct rates. Order: first appearance.
SourceFields profile(const QList<QJsonObject> &records, int maxSamples = 8);

// A sample file: an array of records; an object wrapping one ("data", "records", "results",
// "items", "QueryResponse.*", …); a single record; or a schema {"fields": [{"path", "type"}]}.
// At most maxRecords records are kept. On failure *error names the problem and nothing is set.
bool load(const QByteArray &json, int maxRecords, QList<QJsonObject> *records, SourceFields *schema, QString *error);

} // namespace SourceProfile

} // namespace Orion

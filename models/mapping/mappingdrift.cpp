#include "mapping/mappingdrift.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Orion {

QString DriftFinding::describe() const
{
    const QString field = sourcePath == targetField ? targetField : u"%1 ← %2"_s.arg(targetField, sourcePath);
    if (problem == Problem::Vanished) {
        const int n = int(std::min<qint64>(records, INT_MAX));
        return QCoreApplication::translate("Orion::DriftFinding", "%1: missing from all %n record(s) read", nullptr, n).arg(field);
    }
    const int n = int(std::min<qint64>(present, INT_MAX));
    return QCoreApplication::translate("Orion::DriftFinding", "%1: was %2, now %3 in %4 of %n record(s) that have it", nullptr, n)
        .arg(field, expectedType, seenType)
        .arg(mismatched);
}

QJsonObject DriftFinding::toJson() const
{
    QJsonObject o{{u"stream"_s, stream},          {u"target_field"_s, targetField},
                  {u"source_path"_s, sourcePath}, {u"problem"_s, problem == Problem::Vanished ? u"vanished"_s : u"retyped"_s},
                  {u"expected"_s, expectedType},  {u"records"_s, records},
                  {u"present"_s, present}};
    if (problem == Problem::Retyped) {
        o.insert(u"seen"_s, seenType);
        o.insert(u"mismatched"_s, mismatched);
    }
    return o;
}

bool DriftFinding::fromJson(const QJsonObject &json, DriftFinding *finding)
{
    DriftFinding f;
    const QString problem = json.value("problem"_L1).toString();
    if (problem == "vanished"_L1)
        f.problem = Problem::Vanished;
    else if (problem == "retyped"_L1)
        f.problem = Problem::Retyped;
    else
        return false;
    f.stream = json.value("stream"_L1).toString();
    f.targetField = json.value("target_field"_L1).toString();
    f.sourcePath = json.value("source_path"_L1).toString();
    f.expectedType = json.value("expected"_L1).toString();
    f.seenType = json.value("seen"_L1).toString();
    f.records = json.value("records"_L1).toInteger();
    f.present = json.value("present"_L1).toInteger();
    f.mismatched = json.value("mismatched"_L1).toInteger();
    if (f.targetField.isEmpty() || f.sourcePath.isEmpty() || f.records < 0 || f.present < 0 || f.mismatched < 0)
        return false;
    *finding = f;
    return true;
}

QJsonArray driftToJson(const DriftFindings &findings)
{
    QJsonArray array;
    for (const DriftFinding &f : findings)
        array.append(f.toJson());
    return array;
}

DriftFindings driftFromJson(const QJsonArray &array)
{
    DriftFindings findings;
    for (const QJsonValue &v : array) {
        DriftFinding f;
        if (DriftFinding::fromJson(v.toObject(), &f))
            findings.append(f);
    }
    return findings;
}

DriftFindings driftFromText(const QString &json)
{
    if (json.isEmpty())
        return {};
    return driftFromJson(QJsonDocument::fromJson(json.toUtf8()).array());
}

QString driftText(const DriftFindings &findings)
{
    return QString::fromUtf8(QJsonDocument(driftToJson(findings)).toJson(QJsonDocument::Compact));
}

QStringList driftFields(const DriftFindings &findings)
{
    QStringList fields;
    for (const DriftFinding &f : findings) {
        if (!fields.contains(f.targetField))
            fields.append(f.targetField);
    }
    return fields;
}

} // namespace Orion

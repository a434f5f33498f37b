#include "mapping/driftcheck.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

constexpr double kChance = 0.01; // below this, a field missing from every record is not chance

QString mostCommon(const QHash<QString, qint64> &types, const QString &except, qint64 *count)
{
    QString best;
    *count = 0;
    for (auto it = types.begin(); it != types.end(); ++it) {
        if (it.key() != except && (it.value() > *count || (it.value() == *count && it.key() < best))) {
            best = it.key();
            *count = it.value();
        }
    }
    return best;
}

} // namespace

DriftCheck::DriftCheck(const QString &stream, const FieldBaselines &baselines)
    : m_stream(stream)
{
    for (const FieldBaseline &b : baselines) {
        Field f;
        f.baseline = b;
        f.path = SourceProfile::compile(b.sourcePath);
        if (f.path.isValid())
            m_fields.append(f);
    }
}

QString DriftCheck::jsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Double: return u"number"_s;
    case QJsonValue::Bool: return u"boolean"_s;
    case QJsonValue::Object: return u"object"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

void DriftCheck::observe(const QJsonObject &record)
{
    ++m_records;
    for (Field &f : m_fields) {
        const QJsonValue v = SourceProfile::valueAt(record, f.path);
        if (v.isUndefined())
            continue;
        ++f.present;
        const QString type = jsonType(v);
        if (!type.isEmpty())
            ++f.types[type];
    }
}

std::optional<DriftFinding> DriftCheck::judge(const QString &stream, const Field &field, qint64 records)
{
    const FieldBaseline &b = field.baseline;
    DriftFinding finding;
    finding.stream = stream;
    finding.targetField = b.targetField;
    finding.sourcePath = b.sourcePath;
    finding.expectedType = b.type;
    finding.records = records;
    finding.present = field.present;
    if (records > 0 && field.present == 0 && b.present > 0) {
        const double chance = std::pow(1.0 - b.presence(), double(records));
        if (chance < kChance) {
            finding.problem = DriftFinding::Problem::Vanished;
            return finding;
        }
        return std::nullopt;
    }
    if (b.type.isEmpty())
        return std::nullopt;
    qint64 nonNull = 0;
    for (const qint64 n : field.types)
        nonNull += n;
    qint64 other = 0;
    const QString seen = mostCommon(field.types, b.type, &other);
    const qint64 mismatched = nonNull - field.types.value(b.type);
    if (nonNull > 0 && mismatched * 2 > nonNull) {
        finding.problem = DriftFinding::Problem::Retyped;
        finding.seenType = seen;
        finding.mismatched = mismatched;
        return finding;
    }
    return std::nullopt;
}

FieldBaselines DriftCheck::fields() const
{
    FieldBaselines result;
    for (const Field &f : m_fields)
        result.append(f.baseline);
    return result;
}

DriftFindings DriftCheck::findings() const
{
    DriftFindings result;
    for (const Field &f : m_fields) {
        if (auto finding = judge(m_stream, f, m_records))
            result.append(*finding);
    }
    return result;
}

FieldBaselines DriftCheck::updatedBaselines() const
{
    FieldBaselines result;
    if (m_records == 0)
        return result;
    for (const Field &f : m_fields) {
        if (judge(m_stream, f, m_records))
            continue;
        FieldBaseline b = f.baseline;
        b.records += m_records;
        b.present += f.present;
        if (b.type.isEmpty()) {
            qint64 count = 0;
            b.type = mostCommon(f.types, QString(), &count);
        }
        result.append(b);
    }
    return result;
}

} // namespace Orion

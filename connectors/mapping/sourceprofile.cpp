#include "mapping/sourceprofile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Orion::SourceProfile {

namespace ProfileDetail {

using Step = CompiledPath::Step;

// "a.b[0].c" → steps {"a", "b", 0, "c"} (an int step is an array index).
QList<Step> parse(const QString &path)
{
    QList<Step> steps;
    QString key;
    bool escaped = false;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (escaped) {
            key += c;
            escaped = false;
        } else if (c == u'\\') {
            escaped = true;
        } else if (c == u'.') {
            if (!key.isEmpty())
                steps.append({key});
            key.clear();
        } else if (c == u'[') {
            if (!key.isEmpty())
                steps.append({key});
            key.clear();
            const qsizetype close = path.indexOf(u']', i);
            if (close < 0)
                return {};
            bool ok = false;
            const int index = path.mid(i + 1, close - i - 1).toInt(&ok);
            if (!ok || index < 0)
                return {};
            steps.append({QString(), index});
            i = close;
        } else {
            key += c;
        }
    }
    if (!key.isEmpty())
        steps.append({key});
    return steps;
}

QString escapeKey(const QString &key)
{
    QString out = key;
    out.replace(u'\\', u"\\\\"_s).replace(u'.', u"\\."_s).replace(u'[', u"\\["_s);
    return out;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return u"boolean"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) && std::abs(d) < 9e15 ? u"integer"_s : u"number"_s;
    }
    case QJsonValue::String: return u"string"_s;
    case QJsonValue::Array: return u"array"_s;
    case QJsonValue::Object: return u"object"_s;
    default: break;
    }
    return u"null"_s;
}

QString asText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) && std::abs(d) < 9e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::String: return v.toString();
    default: break;
    }
    return {};
}

struct Acc
{
    SourceField field;
    QSet<QString> distinct;
    QHash<QString, int> types;
};

void walk(const QJsonValue &v, const QString &path, QHash<QString, Acc> &acc, QStringList &order, QSet<QString> &seenHere, int maxSamples, int depth)
{
    if (depth > 12)
        return;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            walk(it.value(), path.isEmpty() ? escapeKey(it.key()) : path + u'.' + escapeKey(it.key()), acc, order, seenHere, maxSamples, depth + 1);
        return;
    }
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (!a.isEmpty())
            walk(a.first(), path + u"[0]"_s, acc, order, seenHere, maxSamples, depth + 1);
        if (!a.isEmpty() && (a.first().isObject() || a.first().isArray()))
            return;
        // An array of scalars is also a field itself (tags, emails): its first value stands for it.
    }
    if (path.isEmpty() || seenHere.contains(path))
        return;
    seenHere.insert(path);
    auto it = acc.find(path);
    if (it == acc.end()) {
        it = acc.insert(path, Acc{});
        it->field.path = path;
        order.append(path);
    }
    ++it->field.present;
    const QJsonValue value = v.isArray() ? v.toArray().first() : v;
    const QString text = asText(value);
    if (!value.isNull() && !value.isUndefined() && !text.isEmpty()) {
        ++it->field.nonEmpty;
        ++it->types[typeName(v)];
        if (!it->distinct.contains(text)) {
            it->distinct.insert(text);
            if (it->field.samples.size() < maxSamples)
                it->field.samples.append(text);
        }
    } else {
        ++it->types[u"null"_s];
    }
}

QJsonArray unwrap(const QJsonObject &o)
{
    for (const char *key : {"data", "records", "results", "items", "value", "elements", "entries", "rows", "list"}) {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (v.isArray() && !v.toArray().isEmpty() && v.toArray().first().isObject())
            return v.toArray();
    }
    // {"QueryResponse": {"Customer": [...]}} and similar one-key envelopes.
    if (o.size() <= 3) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isObject()) {
                const QJsonObject inner = it.value().toObject();
                for (auto jt = inner.begin(); jt != inner.end(); ++jt) {
                    if (jt.value().isArray() && !jt.value().toArray().isEmpty() && jt.value().toArray().first().isObject())
                        return jt.value().toArray();
                }
            }
        }
    }
    return {};
}

} // namespace ProfileDetail

QJsonValue valueAt(const QJsonObject &record, const QString &path)
{
    return valueAt(record, compile(path));
}

CompiledPath compile(const QString &path)
{
    return CompiledPath{ProfileDetail::parse(path)};
}

QJsonValue valueAt(const QJsonObject &record, const CompiledPath &path)
{
    const QList<CompiledPath::Step> &steps = path.steps;
    if (steps.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    if (steps.size() == 1 && steps.first().index < 0) { // the common case: a top-level key
        const auto it = record.constFind(steps.first().key);
        return it == record.constEnd() ? QJsonValue(QJsonValue::Undefined) : it.value();
    }
    QJsonValue v = record;
    for (const CompiledPath::Step &s : steps) {
        if (s.index >= 0) {
            if (!v.isArray() || s.index >= v.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toArray().at(s.index);
        } else {
            if (!v.isObject() || !v.toObject().contains(s.key))
                return QJsonValue(QJsonValue::Undefined);
            v = v.toObject().value(s.key);
        }
    }
    return v;
}

SourceFields profile(const QList<QJsonObject> &records, int maxSamples)
{
    QHash<QString, ProfileDetail::Acc> acc;
    QStringList order;
    for (const QJsonObject &r : records) {
        QSet<QString> seen;
        ProfileDetail::walk(r, QString(), acc, order, seen, maxSamples, 0);
    }
    SourceFields fields;
    for (const QString &path : std::as_const(order)) {
        ProfileDetail::Acc &a = acc[path];
        a.field.records = int(records.size());
        a.field.distinctRate = a.field.nonEmpty ? double(a.distinct.size()) / double(a.field.nonEmpty) : 0.0;
        // The dominant non-null type; integer and number together are "number".
        QString best = u"null"_s;
        int bestCount = 0;
        for (auto it = a.types.begin(); it != a.types.end(); ++it) {
            if (it.key() != "null"_L1 && it.value() > bestCount) {
                best = it.key();
                bestCount = it.value();
            }
        }
        if (best == "integer"_L1 && a.types.value(u"number"_s) > 0)
            best = u"number"_s;
        a.field.type = best;
        fields.append(a.field);
    }
    return fields;
}

bool load(const QByteArray &json, int maxRecords, QList<QJsonObject> *records, SourceFields *schema, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    QJsonArray array;
    if (doc.isArray()) {
        array = doc.array();
    } else {
        const QJsonObject o = doc.object();
        if (o.value("fields"_L1).isArray()) {
            SourceFields fields;
            const QJsonArray list = o.value("fields"_L1).toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject f = list.at(i).toObject();
                if (!f.value("path"_L1).isString() || f.value("path"_L1).toString().isEmpty()) {
                    *error = u"fields[%1].path: required"_s.arg(i);
                    return false;
                }
                SourceField field;
                field.path = f.value("path"_L1).toString();
                field.type = f.value("type"_L1).toString(u"string"_s);
                for (const QJsonValue &s : f.value("samples"_L1).toArray())
                    field.samples << ProfileDetail::asText(s);
                field.records = field.present = field.nonEmpty = int(field.samples.size());
                field.distinctRate = 1.0;
                fields.append(field);
            }
            records->clear();
            *schema = fields;
            return true;
        }
        array = ProfileDetail::unwrap(o);
        if (array.isEmpty())
            array.append(o);
    }
    QList<QJsonObject> list;
    for (qsizetype i = 0; i < array.size() && list.size() < maxRecords; ++i) {
        if (!array.at(i).isObject()) {
            *error = u"record %1 is not a JSON object"_s.arg(i);
            return false;
        }
        list.append(array.at(i).toObject());
    }
    if (list.isEmpty()) {
        *error = u"no records in the sample"_s;
        return false;
    }
    *records = list;
    *schema = profile(list);
    return true;
}

} // namespace Orion::SourceProfile

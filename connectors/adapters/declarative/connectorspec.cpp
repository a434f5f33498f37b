#include "adapters/declarative/connectorspec.h"

#include <QDateTime>

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

#include <jsoncons/json.hpp>
#include <jsoncons_ext/jsonschema/jsonschema.hpp>

using namespace Qt::StringLiterals;

namespace Orion {

namespace SpecDetail {

// "/streams/1/paginator" → "streams[1].paginator"
QString readablePath(const std::string &pointer)
{
    QString out;
    const QStringList parts = QString::fromStdString(pointer).split(u'/', Qt::SkipEmptyParts);
    for (QString part : parts) {
        part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        bool isIndex = false;
        part.toInt(&isIndex);
        if (isIndex)
            out += u'[' + part + u']';
        else
            out += (out.isEmpty() ? QString() : u"."_s) + part;
    }
    return out.isEmpty() ? u"(spec)"_s : out;
}

// jsoncons messages, turned into "path: what is wrong".
QString describe(const jsoncons::jsonschema::validation_message &m)
{
    const QString path = readablePath(m.instance_location().to_string());
    const QString keyword = QString::fromStdString(m.keyword());
    QString message = QString::fromStdString(m.message());
    static const QRegularExpression requiredProp(u"[Rr]equired propert(?:y|ies) '?\"?([^'\"\\s]+)"_s);
    static const QRegularExpression additional(u"[Aa]dditional propert(?:y|ies) '?\"?([^'\"\\s]+)"_s);
    if (keyword == "required"_L1) {
        const auto r = requiredProp.match(message);
        if (r.hasMatch())
            return (path == "(spec)"_L1 ? QString() : path + u'.') + r.captured(1) + u": required"_s;
    }
    if (keyword == "additionalProperties"_L1) {
        const auto a = additional.match(message);
        if (a.hasMatch())
            return (path == "(spec)"_L1 ? QString() : path + u'.') + a.captured(1) + u": unknown key"_s;
    }
    if (keyword == "type"_L1)
        return path + u": "_s + message.replace(u"Expected "_s, u"expected "_s);
    if (keyword == "enum"_L1 || keyword == "const"_L1)
        return path + u": not one of the allowed values"_s;
    if (keyword == "pattern"_L1)
        return path + u": does not have the allowed form"_s;
    return path + u": "_s + message;
}

const jsoncons::jsonschema::json_schema<jsoncons::json> &schema()
{
    static const auto compiled = [] {
        QFile f(u":/schemas/connector-spec.schema.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("the connector spec schema is missing from the resources");
        const QByteArray bytes = f.readAll();
        return jsoncons::jsonschema::make_json_schema(jsoncons::json::parse(std::string(bytes.constData(), size_t(bytes.size()))));
    }();
    return compiled;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host == "localhost"_L1)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Template variables: config.<key>, partition.<name>, cursor, page_token. Anything else — secrets,
// expressions, nested braces — is refused: values are inserted as text, never evaluated.
void checkTemplates(const QString &where, const QString &text, const QSet<QString> &settings, const QString &partition, QStringList *errors)
{
    static const QRegularExpression variable(u"\\{\\{\\s*([^}]*?)\\s*\\}\\}"_s);
    static const QRegularExpression simple(u"^(config\\.[a-z][a-z0-9_]*|partition\\.[a-z][a-z0-9_]*|cursor|page_token)$"_s);
    auto it = variable.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!simple.match(name).hasMatch()) {
            errors->append(u"%1: \"{{ %2 }}\" is not a template variable (config.KEY, partition.NAME, cursor, page_token)"_s.arg(where, name));
            continue;
        }
        if (name.startsWith("config."_L1) && !settings.contains(name.mid(7)))
            errors->append(u"%1: {{ %2 }} names no setting of the spec"_s.arg(where, name));
        if (name.startsWith("partition."_L1) && name.mid(10) != partition)
            errors->append(u"%1: {{ %2 }} needs a partition called \"%3\""_s.arg(where, name, name.mid(10)));
    }
    if (text.count(u"{{"_s) != text.count(u"}}"_s))
        errors->append(u"%1: unbalanced {{ }}"_s.arg(where));
}

// Numbers a spec can hold: counts, sizes, seconds and versions, all far below 2^53. Checked before
// the schema, whose integer test converts a double to int64 (undefined for 1e27; found by fuzz_spec).
void checkNumbers(const QJsonValue &value, const QString &where, QStringList *errors)
{
    constexpr double kLimit = 9007199254740991.0; // 2^53 - 1, the largest integer a double holds exactly
    if (value.isDouble()) {
        if (const double d = value.toDouble(); !(std::abs(d) <= kLimit))
            errors->append(
                u"%1: %2 is out of range (at most %3 in magnitude)"_s.arg(where.isEmpty() ? u"(root)"_s : where).arg(d).arg(qint64(kLimit)));
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            checkNumbers(array.at(i), u"%1[%2]"_s.arg(where).arg(i), errors);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            checkNumbers(it.value(), where.isEmpty() ? it.key() : where + u'.' + it.key(), errors);
    }
}

} // namespace SpecDetail

bool ConnectorSpec::parse(const QByteArray &json, ConnectorSpec *spec, QStringList *errors)
{
    if (json.size() > kMaxBytes) {
        errors->append(u"the spec is %1 KB; the limit is %2 KB"_s.arg(json.size() / 1024).arg(kMaxBytes / 1024));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        errors->append(u"the spec must be a JSON object"_s);
        return false;
    }
    return fromJson(doc.object(), spec, errors);
}

bool ConnectorSpec::fromJson(const QJsonObject &object, ConnectorSpec *spec, QStringList *errors)
{
    using namespace SpecDetail;
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (bytes.size() > kMaxBytes) {
        errors->append(u"the spec is %1 KB; the limit is %2 KB"_s.arg(bytes.size() / 1024).arg(kMaxBytes / 1024));
        return false;
    }
    const qsizetype before = errors->size();
    checkNumbers(object, QString(), errors);
    if (errors->size() > before)
        return false;
    try {
        const jsoncons::json instance = jsoncons::json::parse(std::string(bytes.constData(), size_t(bytes.size())));
        // if/then and allOf wrap the errors of their branch: report the innermost ones.
        std::function<void(const jsoncons::jsonschema::validation_message &)> collect = [&](const jsoncons::jsonschema::validation_message &m) {
            if (!m.details().empty()) {
                for (const auto &d : m.details())
                    collect(d);
                return;
            }
            if (m.keyword() == "if" || m.keyword() == "then" || m.keyword() == "allOf")
                return;
            const QString text = describe(m);
            if (!errors->contains(text) && errors->size() - before < 50)
                errors->append(text);
        };
        schema().validate(instance, [&](const jsoncons::jsonschema::validation_message &m) {
            collect(m);
            return jsoncons::jsonschema::walk_result::advance;
        });
    } catch (const std::exception &e) {
        errors->append(u"the spec cannot be checked: %1"_s.arg(QString::fromUtf8(e.what())));
        return false;
    }
    if (errors->size() > before)
        return false;

    // What the schema cannot say.
    if (const QString problem = checkBaseUrl(object.value("base_url"_L1).toString()); !problem.isEmpty())
        errors->append(u"base_url: "_s + problem);
    const QJsonObject auth = object.value("authenticator"_L1).toObject();
    for (const char *key : {"token_url", "authorize_url"}) {
        const QUrl u(auth.value(QLatin1StringView(key)).toString());
        if (!auth.value(QLatin1StringView(key)).toString().isEmpty() && u.scheme() != "https"_L1 && !isLoopback(u))
            errors->append(u"authenticator.%1: must use https"_s.arg(QLatin1StringView(key)));
    }
    QSet<QString> settings;
    for (const QJsonValue &s : object.value("settings"_L1).toArray())
        settings.insert(s.toObject().value("key"_L1).toString());
    QSet<QString> names;
    QHash<QString, QJsonObject> byName;
    const QJsonArray streams = object.value("streams"_L1).toArray();
    for (qsizetype i = 0; i < streams.size(); ++i) {
        const QJsonObject st = streams.at(i).toObject();
        const QString where = u"streams[%1]"_s.arg(i);
        const QString name = st.value("name"_L1).toString();
        if (names.contains(name))
            errors->append(where + u".name: \"%1\" is used by another stream"_s.arg(name));
        names.insert(name);
        byName.insert(name, st);
        const QJsonObject paginator = st.value("paginator"_L1).toObject();
        if (paginator.value("type"_L1).toString() == "cursor"_L1
            && int(paginator.contains("cursor_path"_L1)) + int(paginator.contains("cursor_header"_L1))
                    + int(paginator.contains("cursor_from_last_record"_L1))
                != 1)
            errors->append(where + u".paginator: give exactly one of cursor_path, cursor_header, cursor_from_last_record"_s);
        const QString partition = st.value("partition"_L1).toObject().value("name"_L1).toString();
        const QString path = st.value("path"_L1).toString();
        if (path.split(u'/').contains(u".."_s) || path.contains(u"://"_s) || path.contains(u'\\'))
            errors->append(where + u".path: must stay below base_url (no \"..\", no scheme)"_s);
        checkTemplates(where + u".path"_s, path, settings, partition, errors);
        const QJsonObject request = st.value("request"_L1).toObject();
        for (const char *part : {"params", "headers"}) {
            const QJsonObject templates = request.value(QLatin1StringView(part)).toObject();
            for (auto it = templates.begin(); it != templates.end(); ++it) {
                checkTemplates(where + u".request.%1.%2"_s.arg(QLatin1StringView(part), it.key()), it.value().toString(), settings, partition,
                               errors);
                if (QLatin1StringView(part) == "headers"_L1
                    && (it.key().compare(u"authorization"_s, Qt::CaseInsensitive) == 0 || it.key().contains(u'\n')))
                    errors->append(where + u".request.headers.%1: credentials go in the authenticator, not in headers"_s.arg(it.key()));
            }
        }
        const QString body = QString::fromUtf8(QJsonDocument(request.value("body"_L1).toObject()).toJson(QJsonDocument::Compact));
        checkTemplates(where + u".request.body"_s, body, settings, partition, errors);
        // Mappings: fields of the stream's unified object.
        MappingTarget target;
        mappingTargetFromName(st.value("kind"_L1).toString(), &target);
        const QJsonArray mappings = st.value("mappings"_L1).toArray();
        for (qsizetype m = 0; m < mappings.size(); ++m) {
            const QString field = mappings.at(m).toObject().value("target_field"_L1).toString();
            if (!findTargetField(target, field))
                errors->append(where
                               + u".mappings[%1].target_field: %2 is not a field of the unified %3"_s.arg(m).arg(field, mappingTargetName(target)));
        }
    }
    // Partitions: one level, naming an earlier-declared or any other stream that is not itself partitioned.
    for (qsizetype i = 0; i < streams.size(); ++i) {
        const QJsonObject partition = streams.at(i).toObject().value("partition"_L1).toObject();
        if (partition.isEmpty())
            continue;
        const QString parent = partition.value("parent_stream"_L1).toString();
        const QString where = u"streams[%1].partition.parent_stream"_s.arg(i);
        if (!byName.contains(parent))
            errors->append(where + u": there is no stream \"%1\""_s.arg(parent));
        else if (parent == streams.at(i).toObject().value("name"_L1).toString())
            errors->append(where + u": a stream cannot be its own parent"_s);
        else if (byName.value(parent).contains("partition"_L1))
            errors->append(where + u": \"%1\" is itself partitioned (one level only)"_s.arg(parent));
    }
    // Time windows: a start that is a time, two different parameters, not both kinds of partition,
    // and not more windows than a run can sensibly plan.
    for (qsizetype i = 0; i < streams.size(); ++i) {
        const QJsonObject byTime = streams.at(i).toObject().value("partition_by_time"_L1).toObject();
        if (byTime.isEmpty())
            continue;
        const QString where = u"streams[%1].partition_by_time"_s.arg(i);
        const QDateTime start = QDateTime::fromString(byTime.value("start"_L1).toString(), Qt::ISODate);
        if (!start.isValid())
            errors->append(where + u".start: an ISO 8601 time is required, e.g. 2020-01-01T00:00:00Z"_s);
        if (byTime.value("start_param"_L1) == byTime.value("end_param"_L1))
            errors->append(where + u".end_param: must differ from start_param"_s);
        if (streams.at(i).toObject().contains("partition"_L1))
            errors->append(where + u": a stream partitioned by a parent stream cannot also be partitioned by time"_s);
        const qint64 window = byTime.value("window_seconds"_L1).toInteger(kDefaultWindowSeconds);
        if (start.isValid() && start.secsTo(QDateTime::currentDateTimeUtc()) / window > kMaxTimeWindows)
            errors->append(where
                           + u".window_seconds: %1 s windows since %2 are more than %3; choose larger windows"_s.arg(window)
                                 .arg(byTime.value("start"_L1).toString())
                                 .arg(kMaxTimeWindows));
    }
    if (!errors->isEmpty() && errors->size() > before)
        return false;
    spec->m_json = object;
    return true;
}

FieldBaselines ConnectorSpec::mappedFields(const QString &stream) const
{
    FieldBaselines fields;
    for (const QJsonObject &s : streams()) {
        if (s.value("name"_L1).toString() != stream)
            continue;
        for (const QJsonValue &m : s.value("mappings"_L1).toArray()) {
            FieldBaseline b;
            b.targetField = m.toObject().value("target_field"_L1).toString();
            b.sourcePath = m.toObject().value("source_path"_L1).toString();
            b.ruleKey = u"spec:%1:%2:%3"_s.arg(version()).arg(b.targetField, b.sourcePath);
            if (!b.targetField.isEmpty() && !b.sourcePath.isEmpty())
                fields.append(b);
        }
    }
    return fields;
}

QString ConnectorSpec::displayName() const
{
    const QString display = m_json.value("display_name"_L1).toString();
    return display.isEmpty() ? name() : display;
}

QList<QJsonObject> ConnectorSpec::streams() const
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : m_json.value("streams"_L1).toArray())
        out << v.toObject();
    return out;
}

std::optional<QJsonObject> ConnectorSpec::stream(const QString &name) const
{
    for (const QJsonObject &s : streams())
        if (s.value("name"_L1).toString() == name)
            return s;
    return std::nullopt;
}

QString ConnectorSpec::checkBaseUrl(const QString &url)
{
    const QUrl base(url, QUrl::StrictMode);
    if (!base.isValid() || base.host().isEmpty() || (base.scheme() != "https"_L1 && base.scheme() != "http"_L1))
        return u"not a URL with a host"_s;
    if (base.scheme() != "https"_L1 && !SpecDetail::isLoopback(base))
        return u"must use https (plain http only for localhost and loopback addresses)"_s;
    if (!base.userInfo().isEmpty())
        return u"must not contain a user name or password (use the authenticator and secrets)"_s;
    return {};
}

QStringList ConnectorSpec::secretNames() const
{
    const QJsonObject auth = authenticator();
    const QString type = auth.value("type"_L1).toString();
    if (type == "api_key"_L1 || type == "bearer"_L1)
        return {auth.value("secret"_L1).toString()};
    if (type == "basic"_L1)
        return {auth.value("username_secret"_L1).toString(), auth.value("password_secret"_L1).toString()};
    if (type == "oauth2"_L1)
        return {u"client_secret"_s, u"refresh_token"_s};
    return {};
}

QString ConnectorSpec::nameFromTitle(const QString &title)
{
    QString out;
    bool dash = false;
    for (const QChar c : title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out.left(63);
}

} // namespace Orion

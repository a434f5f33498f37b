// SpecImporter::fromOpenApi: OpenAPI 3.0/3.1 and Swagger 2.0 descriptions as vendors write them.
#include "adapters/declarative/connectorspec.h"
#include "adapters/declarative/importdetail.h"
#include "adapters/declarative/openapireader.h"
#include "adapters/declarative/rangefilters.h"
#include "adapters/declarative/specimporter.h"

#include "mapping/sourceprofile.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Orion {

namespace OpenApiImport {

using OpenApi::Document;

// "tenantId", "Account-Sid" → "tenant_id", "account_sid" (a setting or partition name).
QString keyFor(const QString &name)
{
    QString spaced = name;
    spaced.replace(QRegularExpression(u"([a-z0-9])([A-Z])"_s), u"\\1_\\2"_s);
    QString key;
    for (const QChar c : spaced.toLower())
        key += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
    while (key.contains(u"__"_s))
        key.replace(u"__"_s, u"_"_s);
    key = key.mid(key.startsWith(u'_') ? 1 : 0);
    if (key.isEmpty() || !key.front().isLetter())
        key.prepend(u"p_"_s);
    return key.left(60);
}

// The base URL: servers[0] (3.x) with its variables' defaults, or schemes + host + basePath (2.0).
// Variables become settings of the connector (region, subdomain) for the analyst to see.
bool baseUrlOf(const Document &doc, QString *base, QJsonArray *settings, QStringList *notes, QString *error)
{
    if (doc.isSwagger2()) {
        const QJsonObject &root = doc.root();
        const QString host = root.value("host"_L1).toString();
        if (host.isEmpty()) {
            *error = u"host: required to know where the API is (Swagger 2.0 without a host)"_s;
            return false;
        }
        const QJsonArray schemes = root.value("schemes"_L1).toArray();
        const QString scheme = schemes.isEmpty() || schemes.contains(u"https"_s) ? u"https"_s : schemes.first().toString();
        *base = scheme + u"://"_s + host + root.value("basePath"_L1).toString();
    } else {
        const QJsonArray servers = doc.root().value("servers"_L1).toArray();
        QJsonObject server;
        // The first absolute https server (a sandbox or a relative one may come first).
        for (const QJsonValue &v : servers) {
            const QString url = v.toObject().value("url"_L1).toString();
            if (url.startsWith("https://"_L1) || url.startsWith("{"_L1)) {
                server = v.toObject();
                break;
            }
        }
        if (server.isEmpty() && !servers.isEmpty())
            server = servers.first().toObject();
        QString url = server.value("url"_L1).toString();
        const QJsonObject variables = server.value("variables"_L1).toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it) {
            const QJsonObject v = it.value().toObject();
            QString value = v.value("default"_L1).toVariant().toString();
            if (value.isEmpty() && !v.value("enum"_L1).toArray().isEmpty())
                value = v.value("enum"_L1).toArray().first().toVariant().toString();
            url.replace(u'{' + it.key() + u'}', value);
            QJsonObject setting{{u"key"_s, keyFor(it.key())}, {u"label"_s, it.key().left(120)}, {u"default"_s, value.left(2000)}};
            settings->append(setting);
            notes->append(u"servers[0].url: {%1} is \"%2\"; it is a connector setting, and for another value change the connection's Base URL"_s.arg(
                it.key(), value));
        }
        if (url.isEmpty() || url.startsWith(u'/')) {
            *error = servers.isEmpty() ? u"servers: none is given, so the API's address is unknown; add a servers entry with its https URL"_s
                                       : u"servers[0].url \"%1\" is relative; give the API's absolute https address"_s.arg(url);
            return false;
        }
        *base = url;
    }
    while (base->endsWith(u'/'))
        base->chop(1);
    const QUrl parsed(*base);
    if (!parsed.isValid() || parsed.host().isEmpty() || parsed.host().contains(u'{')) {
        *error = u"servers[0].url: \"%1\" is not an absolute http(s) URL"_s.arg(*base);
        return false;
    }
    return true;
}

// The authenticator: among the schemes the description declares, the one a server-side connector
// uses (an API key or bearer token before OAuth, OAuth's client credentials or code flow, basic
// last), preferring what the operations require.
QJsonObject authenticatorOf(const Document &doc, const QSet<QString> &credentialParams, QStringList *notes)
{
    const QJsonObject &root = doc.root();
    const QJsonObject schemes = doc.isSwagger2() ? root.value("securityDefinitions"_L1).toObject()
                                                 : root.value("components"_L1).toObject().value("securitySchemes"_L1).toObject();
    QSet<QString> required;
    for (const QJsonValue &req : root.value("security"_L1).toArray()) {
        const QJsonObject requirement = req.toObject();
        for (auto it = requirement.begin(); it != requirement.end(); ++it)
            required.insert(it.key());
    }
    QJsonObject best{{u"type"_s, u"none"_s}};
    int bestRank = 0;
    QString bestName;
    for (auto it = schemes.begin(); it != schemes.end(); ++it) {
        const QJsonObject s = doc.deref(it.value());
        const QString type = s.value("type"_L1).toString();
        const QString scheme = s.value("scheme"_L1).toString().toLower();
        QJsonObject auth;
        int rank = 0;
        if (type == "http"_L1 && scheme == "bearer"_L1) {
            auth = {{u"type"_s, u"bearer"_s}, {u"secret"_s, u"token"_s}};
            rank = 5;
        } else if (type == "apiKey"_L1 && (s.value("in"_L1).toString() == "header"_L1 || s.value("in"_L1).toString() == "query"_L1)) {
            const QString name = s.value("name"_L1).toString();
            if (name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0)
                auth = {{u"type"_s, u"bearer"_s}, {u"secret"_s, u"token"_s}};
            else if (QRegularExpression(u"^[A-Za-z0-9_.-]{1,64}$"_s).match(name).hasMatch())
                auth = {{u"type"_s, u"api_key"_s}, {u"inject_into"_s, s.value("in"_L1).toString()}, {u"name"_s, name}, {u"secret"_s, u"token"_s}};
            rank = auth.isEmpty() ? 0 : 5;
        } else if (type == "oauth2"_L1) {
            QString tokenUrl, authorizeUrl;
            if (doc.isSwagger2()) {
                tokenUrl = s.value("tokenUrl"_L1).toString();
                authorizeUrl = s.value("authorizationUrl"_L1).toString();
            } else {
                const QJsonObject flows = s.value("flows"_L1).toObject();
                const QJsonObject flow = flows.value("authorizationCode"_L1).toObject().isEmpty() ? flows.value("clientCredentials"_L1).toObject()
                                                                                                  : flows.value("authorizationCode"_L1).toObject();
                tokenUrl = flow.value("tokenUrl"_L1).toString();
                authorizeUrl = flow.value("authorizationUrl"_L1).toString();
            }
            if (tokenUrl.startsWith("/"_L1))
                tokenUrl.clear(); // relative to the server: the analyst gives it
            if (!tokenUrl.isEmpty()) {
                auth = {{u"type"_s, u"oauth2"_s}, {u"token_url"_s, tokenUrl}, {u"client_id"_s, QString()}};
                if (authorizeUrl.startsWith("https://"_L1))
                    auth.insert(u"authorize_url"_s, authorizeUrl);
                rank = 4;
            }
        } else if ((type == "http"_L1 && scheme == "basic"_L1) || type == "basic"_L1) {
            auth = {{u"type"_s, u"basic"_s}, {u"username_secret"_s, u"username"_s}, {u"password_secret"_s, u"password"_s}};
            rank = 3;
        }
        if (auth.isEmpty())
            continue;
        if (required.contains(it.key()))
            rank += 1;
        if (rank > bestRank) {
            best = auth;
            bestRank = rank;
            bestName = it.key();
        }
    }
    // OAuth only, while every call takes the token as a parameter: a server-side connector holds a
    // long-lived token (a bot or app token) and sends it as a bearer token.
    if (best.value("type"_L1).toString() == "oauth2"_L1 && (credentialParams.contains(u"token"_s) || credentialParams.contains(u"access_token"_s))) {
        notes->append(u"authentication: the operations take a token parameter; the connector sends the app's token as a bearer token "
                      "(the secret \"token\"); use OAuth sign-in instead by changing the authenticator"_s);
        return {{u"type"_s, u"bearer"_s}, {u"secret"_s, u"token"_s}};
    }
    if (!bestName.isEmpty()) {
        const QString type = best.value("type"_L1).toString();
        notes->append(type == "oauth2"_L1 ? u"authentication: %1 (OAuth 2.0): set the client id, then sign in for the refresh token"_s.arg(bestName)
                          : type == "basic"_L1 ? u"authentication: %1 (basic): store the secrets \"username\" and \"password\""_s.arg(bestName)
                                               : u"authentication: %1: store the credential as the secret \"token\""_s.arg(bestName));
        if (schemes.size() > 1)
            notes->append(u"authentication: %1 other scheme(s) in the description were not used"_s.arg(schemes.size() - 1));
    }
    return best;
}

// A cursor parameter whose answer field one operation's schema leaves out reads like the same
// parameter of the description's other lists (Slack documents response_metadata.next_cursor on some).
void adoptCursorConventions(const Document &doc, const QJsonObject &paths, QList<OpenApi::ListEndpoint> *endpoints)
{
    QHash<QString, QHash<QString, int>> seen; // cursor parameter → cursor path → lists
    QHash<QString, QJsonObject> donor;        // cursor parameter → a paginator using the commonest path
    for (const OpenApi::ListEndpoint &e : std::as_const(*endpoints)) {
        const QJsonObject p = e.paginator.value.toObject();
        if (p.value("type"_L1).toString() == "cursor"_L1 && p.contains("cursor_path"_L1))
            ++seen[p.value("cursor_param"_L1).toString()][p.value("cursor_path"_L1).toString()];
    }
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        QString best;
        for (auto c = it.value().begin(); c != it.value().end(); ++c)
            if (best.isEmpty() || c.value() > it.value().value(best))
                best = c.key();
        for (const OpenApi::ListEndpoint &e : std::as_const(*endpoints))
            if (e.paginator.value.toObject().value("cursor_path"_L1).toString() == best
                && e.paginator.value.toObject().value("cursor_param"_L1).toString() == it.key()) {
                donor.insert(it.key(), e.paginator.value.toObject());
                break;
            }
    }
    for (OpenApi::ListEndpoint &e : *endpoints) {
        if (e.cursorParam.isEmpty() || !donor.contains(e.cursorParam))
            continue;
        const QJsonObject from = donor.value(e.cursorParam);
        QJsonObject p{{u"type"_s, u"cursor"_s}, {u"cursor_param"_s, e.cursorParam}, {u"cursor_path"_s, from.value("cursor_path"_L1)}};
        const QJsonObject pathItem = doc.deref(paths.value(e.path));
        const auto params = OpenApi::queryParameters(doc, pathItem, doc.deref(pathItem.value("get"_L1)));
        QString reason = u"parameter `%1` + response field `%2`, as the description's other lists with `%1` answer"_s.arg(
            e.cursorParam, from.value("cursor_path"_L1).toString());
        if (const QString size = from.value("size_param"_L1).toString(); !size.isEmpty() && params.contains(size)) {
            p.insert(u"size_param"_s, size);
            p.insert(u"page_size"_s, from.value("page_size"_L1));
            reason += u" + size parameter `%1`"_s.arg(size);
        }
        e.paginator = {p, 0.7, reason};
        e.cursorParam.clear();
    }
}

QString pathWithoutExtension(const QString &path)
{
    static const QRegularExpression extension(u"\\.(json|xml)$"_s);
    return QString(path).remove(extension);
}

} // namespace OpenApiImport

bool SpecImporter::fromOpenApi(const QByteArray &document, Result *result, QString *error)
{
    using namespace ImportDetail;
    using namespace OpenApiImport;
    QJsonObject root;
    if (!parseDocument(document, &root, error))
        return false;
    const QString version = root.value("openapi"_L1).toString();
    const bool swagger = root.value("swagger"_L1).toString().startsWith("2"_L1);
    if (!version.startsWith("3."_L1) && !swagger) {
        *error = u"not an OpenAPI 3.x or Swagger 2.0 document (no \"openapi\": \"3.x\" or \"swagger\": \"2.0\")"_s;
        return false;
    }
    const Document doc(root);
    const QString title = root.value("info"_L1).toObject().value("title"_L1).toString().trimmed();
    if (title.isEmpty()) {
        *error = u"info.title: required (it names the connector)"_s;
        return false;
    }
    QString base;
    QJsonArray settings;
    if (!baseUrlOf(doc, &base, &settings, &result->notes, error))
        return false;

    // Every GET answering a list; lists below a path parameter read each record of their parent list
    // (a partition) or, without one, take the parameter as a connector setting.
    QList<OpenApi::ListEndpoint> endpoints;
    const QJsonObject paths = root.value("paths"_L1).toObject();
    for (const bool deprecatedToo : {false, true}) {
        if (deprecatedToo && !endpoints.isEmpty())
            break;
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            OpenApi::ListEndpoint e;
            if (it.key().startsWith(u'/') && !it.key().contains(u'#') && !it.key().contains(u'?')
                && OpenApi::readListEndpoint(doc, it.key(), doc.deref(it.value()), &e, deprecatedToo))
                endpoints << e;
        }
    }
    if (endpoints.isEmpty()) {
        *error = u"no GET operation answering a JSON list was found in paths"_s;
        return false;
    }
    QSet<QString> credentialParams;
    for (const OpenApi::ListEndpoint &e : std::as_const(endpoints))
        for (const QString &p : e.credentialParams)
            credentialParams.insert(p.toLower());
    const QJsonObject auth = authenticatorOf(doc, credentialParams, &result->notes);
    adoptCursorConventions(doc, paths, &endpoints);
    // Lists without path parameters first: they are the parents, and streams are limited.
    std::stable_sort(endpoints.begin(), endpoints.end(),
                     [](const OpenApi::ListEndpoint &a, const OpenApi::ListEndpoint &b) { return a.pathParams.size() < b.pathParams.size(); });
    QHash<QString, std::pair<QString, QString>> streamOfPath; // path without extension → stream name, primary key
    QSet<QString> names;
    QSet<QString> settingKeys;
    for (const QJsonValue &s : std::as_const(settings))
        settingKeys.insert(s.toObject().value("key"_L1).toString());
    QJsonArray streams;
    QJsonObject evidence;
    int skipped = 0;
    for (const OpenApi::ListEndpoint &e : std::as_const(endpoints)) {
        if (streams.size() >= 100 || e.pathParams.size() > 3) {
            ++skipped;
            continue;
        }
        QString name = streamName(e.path);
        for (int n = 2; names.contains(name); ++n)
            name = streamName(e.path).left(56) + u'_' + QString::number(n);
        QString path = e.path;
        QJsonObject partition;
        QJsonArray newSettings;
        for (const QString &param : e.pathParams) {
            const QString placeholder = u'{' + param + u'}';
            const QString parentPath = pathWithoutExtension(e.path.left(e.path.indexOf(placeholder) - 1));
            const QString key = keyFor(param);
            if (partition.isEmpty() && streamOfPath.contains(parentPath) && e.path.indexOf(placeholder) == e.path.lastIndexOf(u'{')) {
                // The parent's records carry the key under their primary key.
                const auto &[parentStream, parentKey] = streamOfPath.value(parentPath);
                partition = QJsonObject{{u"parent_stream"_s, parentStream}, {u"parent_key"_s, parentKey}, {u"name"_s, key}};
                path.replace(placeholder, u"{{ partition.%1 }}"_s.arg(key));
            } else {
                if (!settingKeys.contains(key) && settingKeys.size() + newSettings.size() < 50)
                    newSettings.append(QJsonObject{{u"key"_s, key}, {u"label"_s, param.left(120)}, {u"required"_s, true}});
                path.replace(placeholder, u"{{ config.%1 }}"_s.arg(key));
            }
        }
        if (settingKeys.size() + newSettings.size() > 50) {
            ++skipped;
            continue;
        }
        for (const QJsonValue &s : std::as_const(newSettings)) {
            settings.append(s);
            settingKeys.insert(s.toObject().value("key"_L1).toString());
        }
        names.insert(name);
        if (e.pathParams.isEmpty())
            streamOfPath.insert(pathWithoutExtension(e.path), {name, e.primaryKey});
        // Mappings from the record schema's field names (types stand in for values).
        SourceFields fields;
        const QJsonObject props = e.itemSchema.value("properties"_L1).toObject();
        for (auto p = props.begin(); p != props.end(); ++p) {
            SourceField f;
            f.path = p.key();
            const QString t = doc.schema(p.value()).value("type"_L1).toString();
            f.type = t == "number"_L1 || t == "integer"_L1 || t == "object"_L1 || t == "array"_L1 || t == "boolean"_L1 ? t : u"string"_s;
            fields << f;
        }
        const QString kind = kindFor(name);
        QJsonObject stream{{u"name"_s, name},
                           {u"kind"_s, kind},
                           {u"path"_s, path.left(500)},
                           {u"record_selector"_s, QJsonObject{{u"path"_s, e.selector.value.toString()}}},
                           {u"primary_key"_s, e.primaryKey},
                           {u"paginator"_s, e.paginator.value.toObject()}};
        if (!e.summary.isEmpty())
            stream.insert(u"description"_s, e.summary.left(2000));
        if (!partition.isEmpty())
            stream.insert(u"partition"_s, partition);
        if (e.incremental.value.isObject())
            stream.insert(u"incremental"_s, e.incremental.value.toObject());
        if (partition.isEmpty()) {
            RangeFilters::Parameters ranges;
            const QJsonObject pathItem = doc.deref(paths.value(e.path));
            const auto params = OpenApi::queryParameters(doc, pathItem, doc.deref(pathItem.value("get"_L1)));
            for (auto p = params.begin(); p != params.end(); ++p) {
                if (p.value().value("in"_L1).toString() != "query"_L1)
                    continue;
                ranges.insert(p.key(), RangeFilters::formatOf(p.key(), p.value()));
                // A deepObject range (Stripe's created: {gt, gte, lt, lte}) is sent as created[gte].
                if (p.value().value("style"_L1).toString() == "deepObject"_L1) {
                    const QJsonObject inner = p.value().value("properties"_L1).toObject();
                    for (auto q = inner.begin(); q != inner.end(); ++q)
                        ranges.insert(p.key() + u'[' + q.key() + u']', RangeFilters::formatOf(p.key(), doc.schema(q.value())));
                }
            }
            if (const QJsonObject byTime = RangeFilters::propose(name, ranges, &result->notes); !byTime.isEmpty())
                stream.insert(u"partition_by_time"_s, byTime);
        }
        const QJsonArray mappings = mappingsForFields(fields, kind, 0.8);
        if (!mappings.isEmpty())
            stream.insert(u"mappings"_s, mappings);
        streams.append(stream);
        evidence.insert(name,
                        QJsonObject{{u"path"_s, e.path},
                                    {u"record_selector"_s, e.selector.json()},
                                    {u"paginator"_s, e.paginator.json()},
                                    {u"incremental"_s, e.incremental.json()}});
        for (const auto *choice : {&e.selector, &e.paginator})
            if (choice->confidence < 0.6)
                result->notes.append(
                    u"%1: check %2 — %3"_s.arg(name, choice == &e.selector ? u"the records"_s : u"the pagination"_s, choice->reason));
    }
    if (skipped > 0)
        result->notes.append(u"%1 list endpoint(s) were left out (more than 100 streams, 50 settings or 3 path parameters)"_s.arg(skipped));
    if (doc.externalRefs() > 0)
        result->notes.append(u"%1 reference(s) to other files could not be followed; their schemas read as empty"_s.arg(doc.externalRefs()));
    result->evidence = evidence;
    const QString name = ConnectorSpec::nameFromTitle(title);
    return finishSpec(name.isEmpty() ? u"custom-connector"_s : name, title, base, auth, streams,
                      root.value("info"_L1).toObject().value("description"_L1).toString(), result, error, settings);
}

} // namespace Orion

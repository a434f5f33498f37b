#include "adapters/declarative/specimporter.h"
#include "adapters/declarative/importdetail.h"
#include "adapters/declarative/openapireader.h"

#include "adapters/declarative/rangefilters.h"
#include "adapters/declarative/yamldocument.h"

#include "runtime/redactor.h"

#include "adapters/declarative/connectorspec.h"
#include "mapping/localmatcher.h"
#include "mapping/sourceprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

namespace ImportDetail {

bool parseDocument(const QByteArray &bytes, QJsonObject *out, QString *error)
{
    if (bytes.size() > kMaxInput) {
        *error = u"the file is larger than %1 MB"_s.arg(kMaxInput / 1024 / 1024);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (!doc.isObject()) {
            *error = u"the document is not a JSON object"_s;
            return false;
        }
        *out = doc.object();
        return true;
    }
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        *error = u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    QJsonValue v;
    QString yamlError;
    if (!Yaml::read(bytes, &v, &yamlError)) {
        *error = u"not valid YAML: %1"_s.arg(yamlError.left(200));
        return false;
    }
    if (!v.isObject()) {
        *error = u"the document is neither a JSON nor a YAML object"_s;
        return false;
    }
    *out = v.toObject();
    return true;
}

QString streamName(const QString &path)
{
    QString last;
    for (const QString &segment : path.split(u'/', Qt::SkipEmptyParts))
        if (!segment.startsWith(u'{') && !segment.startsWith(u':'))
            last = segment;
    QString name;
    for (const QChar c : last.toLower())
        name += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
    while (name.contains(u"__"_s))
        name.replace(u"__"_s, u"_"_s);
    if (name.isEmpty() || !name.front().isLetter())
        name.prepend(u"s_"_s);
    return name.left(60);
}

QString kindFor(const QString &name)
{
    static const QRegularExpression invoiceLike(u"invoice|bill|order|payment|charge|transaction|opportunit"_s);
    return invoiceLike.match(name).hasMatch() ? u"invoice"_s : u"customer"_s;
}

// A paginator from the names of a request's query parameters (and the answer's fields when known).
QJsonObject paginatorFor(const QSet<QString> &params, const QSet<QString> &answerPaths, QStringList *notes, const QString &stream)
{
    const auto has = [&](std::initializer_list<const char *> names, QString *found) {
        for (const char *n : names)
            if (params.contains(QString::fromLatin1(n))) {
                *found = QString::fromLatin1(n);
                return true;
            }
        return false;
    };
    QString a, b;
    if (has({"offset", "skip", "start"}, &a) && has({"limit", "count", "size", "page_size", "per_page"}, &b))
        return {{u"type"_s, u"offset"_s}, {u"page_size"_s, 100}, {u"offset_param"_s, a}, {u"limit_param"_s, b}};
    if (has({"page", "page_number", "pageNumber"}, &a)) {
        QJsonObject p{{u"type"_s, u"page_number"_s}, {u"page_size"_s, 100}, {u"page_param"_s, a}, {u"start_page"_s, 1}};
        if (has({"per_page", "page_size", "pageSize", "limit", "size"}, &b))
            p.insert(u"size_param"_s, b);
        return p;
    }
    if (has({"cursor", "page_token", "pageToken", "next", "after", "continuation", "starting_after"}, &a)) {
        QJsonObject p{{u"type"_s, u"cursor"_s}, {u"cursor_param"_s, a}};
        if (a == "starting_after"_L1) {
            p.insert(u"cursor_from_last_record"_s, u"id"_s);
            if (answerPaths.contains(u"has_more"_s))
                p.insert(u"stop_path"_s, u"has_more"_s);
        } else {
            QString path = u"next_cursor"_s;
            for (const QString &candidate : {u"meta.next_cursor"_s, u"next_cursor"_s, u"nextPageToken"_s, u"next_page_token"_s,
                                             u"paging.next.after"_s, u"cursor.next"_s, u"pagination.next_cursor"_s})
                if (answerPaths.contains(candidate)) {
                    path = candidate;
                    break;
                }
            p.insert(u"cursor_path"_s, path);
            notes->append(u"%1: cursor pagination guessed (%2 → %3); check it in a test read"_s.arg(stream, path, a));
        }
        if (has({"limit", "page_size", "per_page", "pageSize"}, &b)) {
            p.insert(u"page_size"_s, 100);
            p.insert(u"size_param"_s, b);
        }
        return p;
    }
    return {{u"type"_s, u"none"_s}};
}

// Where the records are in an answer: the first array of objects ("data", "results", …) or the root.
QString selectorFor(const QJsonValue &answer)
{
    if (answer.isArray())
        return QString();
    const QJsonObject o = answer.toObject();
    for (const char *key : {"data", "results", "items", "records", "value", "entries", "list", "elements"})
        if (o.value(QLatin1StringView(key)).isArray())
            return QString::fromLatin1(key);
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isArray())
            return it.key();
    return QString();
}

QJsonArray mappingsForFields(const QList<SourceField> &fields, const QString &kind, double threshold)
{
    QJsonArray out;
    MappingTarget target;
    mappingTargetFromName(kind, &target);
    for (const MappingSuggestion &s : LocalMatcher::suggest(fields, target)) {
        if (s.isUnmapped() || s.confidence < threshold || s.targetField == "external_id"_L1)
            continue;
        QJsonObject m{{u"target_field"_s, s.targetField}, {u"source_path"_s, s.sourcePath}};
        if (s.transformation != Transformation::None)
            m.insert(u"transformation"_s, transformationName(s.transformation));
        out.append(m);
    }
    return out;
}

// Field mappings proposed by the local matcher on sample records (only confident ones).
QJsonArray mappingsFor(const QList<QJsonObject> &records, const QString &kind)
{
    if (records.isEmpty())
        return {};
    return mappingsForFields(SourceProfile::profile(records), kind, 0.9);
}

// The authenticator from a header or query item carrying a credential; the value is never kept.
bool credentialHeader(const QString &name, const QString &value, QJsonObject *auth, QStringList *notes)
{
    const QString lower = name.toLower();
    if (lower == "authorization"_L1) {
        if (value.startsWith("Basic "_L1, Qt::CaseInsensitive)) {
            *auth = {{u"type"_s, u"basic"_s}, {u"username_secret"_s, u"username"_s}, {u"password_secret"_s, u"password"_s}};
            notes->append(u"the Authorization header (Basic) was not copied: store the secrets \"username\" and \"password\""_s);
        } else {
            *auth = {{u"type"_s, u"bearer"_s}, {u"secret"_s, u"token"_s}};
            notes->append(u"the Authorization header was not copied: store its token as the secret \"token\""_s);
        }
        return true;
    }
    static const QRegularExpression keyHeader(u"^(x-)?(api[-_]?key|apikey|access[-_]?token|auth[-_]?token|token)$"_s);
    if (lower == "cookie"_L1 || lower == "proxy-authorization"_L1) {
        notes->append(u"the %1 header was not copied: it carries a credential"_s.arg(name));
        return true;
    }
    if (keyHeader.match(lower).hasMatch() || Redactor::isCredentialName(lower) || Redactor::looksLikeSecretValue(value)) {
        if (auth->value("type"_L1).toString() != "none"_L1) {
            notes->append(u"the %1 header was not copied: it carries a credential, and the spec already sends one"_s.arg(name));
            return true;
        }
        *auth = {{u"type"_s, u"api_key"_s}, {u"inject_into"_s, u"header"_s}, {u"name"_s, name}, {u"secret"_s, u"token"_s}};
        notes->append(u"the %1 header was not copied: store its value as the secret \"token\""_s.arg(name));
        return true;
    }
    return false;
}

// A query parameter that carries a credential, by its name or by the shape of its value: never copied.
// The first becomes the authenticator (the spec sends one credential); the others are named.
bool credentialQuery(const QString &name, const QString &value, QJsonObject *auth, QStringList *notes)
{
    static const QRegularExpression keyParam(u"^(api[-_]?key|apikey|access[-_]?token|token|key|auth)$"_s, QRegularExpression::CaseInsensitiveOption);
    const bool byName = keyParam.match(name).hasMatch() || Redactor::isCredentialName(name);
    if (!byName && !Redactor::looksLikeSecretValue(value))
        return false;
    const QString why = byName ? u"its name says it carries a credential"_s : u"its value looks like a credential"_s;
    if (auth->value("type"_L1).toString() == "none"_L1) {
        *auth = {{u"type"_s, u"api_key"_s}, {u"inject_into"_s, u"query"_s}, {u"name"_s, name}, {u"secret"_s, u"token"_s}};
        notes->append(u"the query parameter %1 was not copied (%2): store its value as the secret \"token\""_s.arg(name, why));
    } else {
        notes->append(u"the query parameter %1 was not copied (%2); the spec sends one credential (%3), so add it by hand if the "
                      "service needs it too"_s.arg(name, why, auth->value("name"_L1).toString(auth->value("type"_L1).toString())));
    }
    return true;
}

// The spec every importer ends with, kept only when it passes the same validation as a saved spec.
bool finishSpec(const QString &name, const QString &title, const QString &base, const QJsonObject &auth, const QJsonArray &streams,
                const QString &description, SpecImporter::Result *result, QString *error, const QJsonArray &settings)
{
    QJsonObject spec{{u"spec_version"_s, 1}, {u"name"_s, name},          {u"version"_s, 1},      {u"display_name"_s, title.left(120)},
                     {u"base_url"_s, base},  {u"authenticator"_s, auth}, {u"streams"_s, streams}};
    if (!settings.isEmpty())
        spec.insert(u"settings"_s, settings);
    if (!description.isEmpty())
        spec.insert(u"description"_s, description.left(4000));
    ConnectorSpec check;
    QStringList errors;
    if (!ConnectorSpec::fromJson(spec, &check, &errors)) {
        *error = u"the imported spec is not valid: %1"_s.arg(errors.join(u"; "_s));
        return false;
    }
    result->spec = spec;
    return true;
}

} // namespace ImportDetail

namespace ImportDetail {

struct Request
{
    QString method = u"GET"_s;
    QUrl url;
    QList<std::pair<QString, QString>> headers;
    QJsonValue answer;         // a sample response body, when known
    QJsonObject answerHeaders; // its headers, lower-case name → value
};

// Streams (and the base URL and authenticator) from a list of captured requests.
bool specFromRequests(const QString &title, const QList<Request> &requests, SpecImporter::Result *result, QString *error)
{
    QJsonObject auth{{u"type"_s, u"none"_s}};
    QString base;
    QJsonArray streams;
    QSet<QString> names;
    for (const Request &r : requests) {
        if (!r.url.isValid() || r.url.host().isEmpty() || !(r.url.scheme() == "https"_L1 || r.url.scheme() == "http"_L1))
            continue;
        const QString origin = r.url.scheme() + u"://"_s + r.url.authority();
        if (base.isEmpty())
            base = origin;
        if (origin != base) {
            result->notes.append(u"%1 is on another host than %2: left out"_s.arg(r.url.toString(QUrl::RemoveQuery), base));
            continue;
        }
        for (const auto &[name, value] : r.headers)
            credentialHeader(name, value, &auth, &result->notes);
        QJsonObject params;
        QSet<QString> paramNames;
        for (const auto &[k, v] : QUrlQuery(r.url).queryItems(QUrl::FullyDecoded)) {
            if (credentialQuery(k, v, &auth, &result->notes))
                continue;
            paramNames.insert(k);
            static const QSet<QString> paging{u"offset"_s, u"limit"_s,          u"page"_s,       u"per_page"_s, u"page_size"_s,
                                              u"cursor"_s, u"starting_after"_s, u"page_token"_s, u"after"_s,    u"skip"_s};
            if (!paging.contains(k))
                params.insert(k, v);
        }
        if (r.method != "GET"_L1 && r.method != "POST"_L1)
            continue;
        QString name = streamName(r.url.path());
        if (names.contains(name))
            continue;
        names.insert(name);
        QSet<QString> answerPaths;
        QList<QJsonObject> samples;
        const QString selector = selectorFor(r.answer);
        if (!r.answer.isUndefined() && !r.answer.isNull()) {
            for (const SourceField &f : SourceProfile::profile({r.answer.isObject() ? r.answer.toObject() : QJsonObject()}))
                answerPaths.insert(f.path);
            const QJsonArray list = selector.isEmpty() ? r.answer.toArray() : r.answer.toObject().value(selector).toArray();
            for (const QJsonValue &v : list)
                if (v.isObject() && samples.size() < 20)
                    samples << v.toObject();
        }
        const QString kind = kindFor(name);
        QJsonObject stream{{u"name"_s, name},
                           {u"kind"_s, kind},
                           {u"path"_s, r.url.path().isEmpty() ? u"/"_s : r.url.path()},
                           {u"record_selector"_s, QJsonObject{{u"path"_s, selector}}},
                           {u"primary_key"_s, u"id"_s},
                           {u"paginator"_s, paginatorFor(paramNames, answerPaths, &result->notes, name)}};
        // With a sample answer, the records and pagination are read as the OpenAPI importer reads a
        // schema: the array named for the resource, the cursor field paired with its parameter…
        OpenApi::ListEndpoint sampled;
        if ((r.answer.isObject() || r.answer.isArray())
            && OpenApi::readSampleEndpoint(r.url.path(), QStringList(paramNames.cbegin(), paramNames.cend()), r.answerHeaders, r.answer, &sampled)) {
            stream.insert(u"record_selector"_s, QJsonObject{{u"path"_s, sampled.selector.value.toString()}});
            stream.insert(u"primary_key"_s, sampled.primaryKey);
            if (sampled.paginator.value.toObject().value("type"_L1).toString() != "none"_L1 || paramNames.isEmpty())
                stream.insert(u"paginator"_s, sampled.paginator.value.toObject());
            result->evidence.insert(name,
                                    QJsonObject{{u"path"_s, r.url.path()},
                                                {u"record_selector"_s, sampled.selector.json()},
                                                {u"paginator"_s, sampled.paginator.json()},
                                                {u"incremental"_s, sampled.incremental.json()}});
            samples.clear();
            const QString records = sampled.selector.value.toString();
            const QJsonArray list = records.isEmpty() ? r.answer.toArray() : SourceProfile::valueAt(r.answer.toObject(), records).toArray();
            for (const QJsonValue &v : list)
                if (v.isObject() && samples.size() < 20)
                    samples << v.toObject();
        }
        if (r.method == "POST"_L1)
            stream.insert(u"method"_s, u"POST"_s);
        if (!params.isEmpty())
            stream.insert(u"request"_s, QJsonObject{{u"params"_s, params}});
        RangeFilters::Parameters ranges;
        for (auto it = params.begin(); it != params.end(); ++it)
            ranges.insert(it.key(), RangeFilters::formatOf(it.key(), {}, it.value().toString()));
        if (const QJsonObject byTime = RangeFilters::propose(name, ranges, &result->notes); !byTime.isEmpty()) {
            // The recorded request's own range values would fix every window to them.
            QJsonObject request = stream.value("request"_L1).toObject();
            QJsonObject fixed = request.value("params"_L1).toObject();
            fixed.remove(byTime.value("start_param"_L1).toString());
            fixed.remove(byTime.value("end_param"_L1).toString());
            request.insert(u"params"_s, fixed);
            stream.insert(u"request"_s, request);
            stream.insert(u"partition_by_time"_s, byTime);
        }
        const QJsonArray mappings = mappingsFor(samples, kind);
        if (!mappings.isEmpty())
            stream.insert(u"mappings"_s, mappings);
        streams.append(stream);
    }
    if (streams.isEmpty()) {
        *error = u"no GET or POST request on an http(s) URL to build a stream from"_s;
        return false;
    }
    const QString name = ConnectorSpec::nameFromTitle(title);
    return finishSpec(name.isEmpty() ? u"custom-connector"_s : name, title, base, auth, streams, QString(), result, error);
}

} // namespace ImportDetail

bool SpecImporter::fromPostman(const QByteArray &collection, Result *result, QString *error)
{
    using namespace ImportDetail;
    QJsonObject doc;
    if (!parseDocument(collection, &doc, error))
        return false;
    const QJsonObject info = doc.value("info"_L1).toObject();
    if (!info.value("schema"_L1).toString().contains("v2.1"_L1)) {
        *error = u"not a Postman collection v2.1 (info.schema)"_s;
        return false;
    }
    QHash<QString, QString> vars;
    for (const QJsonValue &v : doc.value("variable"_L1).toArray())
        vars.insert(v.toObject().value("key"_L1).toString(), v.toObject().value("value"_L1).toString());
    const auto expand = [&](QString s) {
        static const QRegularExpression var(u"\\{\\{([^}]+)\\}\\}"_s);
        for (int guard = 0; guard < 5 && s.contains(u"{{"_s); ++guard) {
            QString out;
            qsizetype last = 0;
            auto it = var.globalMatch(s);
            while (it.hasNext()) {
                const auto m = it.next();
                out += s.mid(last, m.capturedStart() - last) + vars.value(m.captured(1).trimmed());
                last = m.capturedEnd();
            }
            s = out + s.mid(last);
        }
        return s;
    };
    QList<Request> requests;
    std::function<void(const QJsonArray &, int)> walk = [&](const QJsonArray &items, int depth) {
        if (depth > 16)
            return;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            if (item.value("item"_L1).isArray()) {
                walk(item.value("item"_L1).toArray(), depth + 1);
                continue;
            }
            const QJsonValue req = item.value("request"_L1);
            Request r;
            if (req.isString()) {
                r.url = QUrl(expand(req.toString()));
            } else {
                const QJsonObject ro = req.toObject();
                r.method = ro.value("method"_L1).toString(u"GET"_s).toUpper();
                const QJsonValue url = ro.value("url"_L1);
                r.url = QUrl(expand(url.isString() ? url.toString() : url.toObject().value("raw"_L1).toString()));
                for (const QJsonValue &h : ro.value("header"_L1).toArray())
                    r.headers.append({h.toObject().value("key"_L1).toString(), expand(h.toObject().value("value"_L1).toString())});
                const QJsonObject auth = ro.value("auth"_L1).toObject();
                if (auth.value("type"_L1).toString() == "bearer"_L1)
                    r.headers.append({u"Authorization"_s, u"Bearer (from the collection)"_s});
                else if (auth.value("type"_L1).toString() == "basic"_L1)
                    r.headers.append({u"Authorization"_s, u"Basic (from the collection)"_s});
            }
            for (const QJsonValue &resp : item.value("response"_L1).toArray()) {
                const QJsonDocument body = QJsonDocument::fromJson(resp.toObject().value("body"_L1).toString().toUtf8());
                if (!body.isNull()) {
                    r.answer = body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object());
                    for (const QJsonValue &h : resp.toObject().value("header"_L1).toArray())
                        r.answerHeaders.insert(h.toObject().value("key"_L1).toString().toLower(), h.toObject().value("value"_L1));
                    break;
                }
            }
            requests << r;
        }
    };
    walk(doc.value("item"_L1).toArray(), 0);
    const QJsonObject collectionAuth = doc.value("auth"_L1).toObject();
    if (collectionAuth.value("type"_L1).toString() == "bearer"_L1 && !requests.isEmpty())
        requests.first().headers.append({u"Authorization"_s, u"Bearer (from the collection)"_s});
    return specFromRequests(info.value("name"_L1).toString(u"Postman import"_s), requests, result, error);
}

bool SpecImporter::fromHar(const QByteArray &har, Result *result, QString *error)
{
    using namespace ImportDetail;
    QJsonObject doc;
    if (!parseDocument(har, &doc, error))
        return false;
    const QJsonObject log = doc.value("log"_L1).toObject();
    if (!log.value("entries"_L1).isArray()) {
        *error = u"not a HAR file (log.entries is missing)"_s;
        return false;
    }
    QList<Request> requests;
    QString title;
    for (const QJsonValue &e : log.value("entries"_L1).toArray()) {
        const QJsonObject entry = e.toObject();
        const QJsonObject req = entry.value("request"_L1).toObject();
        const QJsonObject content = entry.value("response"_L1).toObject().value("content"_L1).toObject();
        if (!content.value("mimeType"_L1).toString().contains("json"_L1))
            continue; // pages, scripts and images are not API calls
        Request r;
        r.method = req.value("method"_L1).toString(u"GET"_s).toUpper();
        r.url = QUrl(req.value("url"_L1).toString());
        for (const QJsonValue &h : req.value("headers"_L1).toArray())
            r.headers.append({h.toObject().value("name"_L1).toString(), h.toObject().value("value"_L1).toString()});
        QByteArray text = content.value("text"_L1).toString().toUtf8();
        if (content.value("encoding"_L1).toString() == "base64"_L1)
            text = QByteArray::fromBase64(text);
        const QJsonDocument body = QJsonDocument::fromJson(text);
        if (!body.isNull())
            r.answer = body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object());
        for (const QJsonValue &h : entry.value("response"_L1).toObject().value("headers"_L1).toArray())
            r.answerHeaders.insert(h.toObject().value("name"_L1).toString().toLower(), h.toObject().value("value"_L1));
        if (title.isEmpty())
            title = r.url.host();
        requests << r;
    }
    return specFromRequests(title, requests, result, error);
}

QStringList SpecImporter::splitCommand(const QString &command, QString *error)
{
    QStringList out;
    QString current;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && quote == u'"' && i + 1 < command.size()) {
                current += command.at(++i);
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < command.size()) {
            const QChar n = command.at(++i);
            if (n != u'\n') {
                current += n;
                inWord = true;
            }
        } else if (c.isSpace()) {
            if (inWord)
                out << current;
            current.clear();
            inWord = false;
        } else {
            current += c;
            inWord = true;
        }
    }
    if (!quote.isNull()) {
        *error = u"unbalanced %1 quote in the command"_s.arg(quote);
        return {};
    }
    if (inWord)
        out << current;
    return out;
}

bool SpecImporter::fromCurl(const QString &command, Result *result, QString *error)
{
    using namespace ImportDetail;
    if (command.size() > 100000) {
        *error = u"the command is too long"_s;
        return false;
    }
    const QStringList words = splitCommand(command, error);
    if (words.isEmpty()) {
        if (error->isEmpty())
            *error = u"the command is empty"_s;
        return false;
    }
    if (words.first() != "curl"_L1) {
        *error = u"not a cURL command (it does not start with curl)"_s;
        return false;
    }
    Request r;
    bool getWithData = false;                // -G: data go into the query
    QList<std::pair<QString, QString>> data; // -d/--data-urlencode items, name → value
    bool hasBody = false;
    // Options that take a value (so the value is never taken for the URL), in their long and short forms.
    static const QSet<QString> valued{u"-X"_s,
                                      u"--request"_s,
                                      u"-H"_s,
                                      u"--header"_s,
                                      u"-u"_s,
                                      u"--user"_s,
                                      u"-d"_s,
                                      u"--data"_s,
                                      u"--data-raw"_s,
                                      u"--data-binary"_s,
                                      u"--data-ascii"_s,
                                      u"--data-urlencode"_s,
                                      u"--url"_s,
                                      u"-o"_s,
                                      u"--output"_s,
                                      u"-A"_s,
                                      u"--user-agent"_s,
                                      u"-b"_s,
                                      u"--cookie"_s,
                                      u"-c"_s,
                                      u"--cookie-jar"_s,
                                      u"-e"_s,
                                      u"--referer"_s,
                                      u"-m"_s,
                                      u"--max-time"_s,
                                      u"--connect-timeout"_s,
                                      u"--retry"_s,
                                      u"-w"_s,
                                      u"--write-out"_s,
                                      u"-x"_s,
                                      u"--proxy"_s,
                                      u"-F"_s,
                                      u"--form"_s,
                                      u"-E"_s,
                                      u"--cert"_s,
                                      u"--key"_s,
                                      u"--cacert"_s,
                                      u"-K"_s,
                                      u"--config"_s,
                                      u"--resolve"_s,
                                      u"--oauth2-bearer"_s,
                                      u"-T"_s,
                                      u"--upload-file"_s,
                                      u"--json"_s};
    for (qsizetype i = 1; i < words.size(); ++i) {
        QString w = words.at(i);
        QString inlineValue;
        bool hasInline = false;
        // --header=X, and short options with the value attached (-HAccept:…, -uuser:pass, -XPOST).
        if (w.startsWith("--"_L1) && w.contains(u'=')) {
            inlineValue = w.mid(w.indexOf(u'=') + 1);
            w = w.left(w.indexOf(u'='));
            hasInline = valued.contains(w);
        } else if (w.size() > 2 && w.startsWith(u'-') && !w.startsWith("--"_L1) && valued.contains(w.left(2))) {
            inlineValue = w.mid(2);
            w = w.left(2);
            hasInline = true;
        }
        const auto value = [&]() -> QString { return hasInline ? inlineValue : i + 1 < words.size() ? words.at(++i) : QString(); };
        if (w == "-X"_L1 || w == "--request"_L1) {
            r.method = value().toUpper();
        } else if (w == "-H"_L1 || w == "--header"_L1) {
            const QString h = value();
            if (h.startsWith(u'@')) {
                // A headers file is never read: a pasted command must not copy a local file into a spec.
                result->notes.append(u"the headers in %1 were not read (a file of the machine, not of the command): add them on the "
                                     "Endpoints page, and any credential on the Authentication page"_s.arg(h));
                continue;
            }
            const qsizetype colon = h.indexOf(u':');
            if (colon > 0)
                r.headers.append({h.left(colon).trimmed(), h.mid(colon + 1).trimmed()});
        } else if (w == "-u"_L1 || w == "--user"_L1) {
            value(); // user:password (or an API key as the user name): never copied
            r.headers.append({u"Authorization"_s, u"Basic (from -u)"_s});
        } else if (w == "--oauth2-bearer"_L1) {
            value(); // the token: never copied
            r.headers.append({u"Authorization"_s, u"Bearer (from --oauth2-bearer)"_s});
        } else if (w == "-G"_L1 || w == "--get"_L1) {
            getWithData = true;
        } else if (w == "--data-urlencode"_L1) {
            // name=value (value URL-encoded by cURL), =value, or name@file (a file, not read).
            const QString item = value();
            const qsizetype eq = item.indexOf(u'=');
            const qsizetype at = item.indexOf(u'@');
            if (at > 0 && (eq < 0 || at < eq))
                result->notes.append(u"--data-urlencode %1 names a file, which is not read; add its value by hand"_s.arg(item.left(at + 1)));
            else if (eq > 0)
                data.append({item.left(eq), item.mid(eq + 1)});
            hasBody = true;
        } else if (w == "-d"_L1 || w == "--data"_L1 || w == "--data-raw"_L1 || w == "--data-binary"_L1 || w == "--data-ascii"_L1
                   || w == "--json"_L1) {
            for (const QString &item : value().split(u'&', Qt::SkipEmptyParts)) {
                const qsizetype eq = item.indexOf(u'=');
                if (eq > 0)
                    data.append({QUrl::fromPercentEncoding(item.left(eq).toUtf8()), QUrl::fromPercentEncoding(item.mid(eq + 1).toUtf8())});
            }
            hasBody = true;
        } else if (w == "--url"_L1) {
            r.url = QUrl(value());
        } else if (valued.contains(w)) {
            value();
        } else if (!w.startsWith(u'-') && r.url.isEmpty()) {
            const QUrl candidate(w);
            // An http(s) URL, or a host and path without a scheme (cURL assumes http; we ask for https).
            if (candidate.scheme() == "https"_L1 || candidate.scheme() == "http"_L1)
                r.url = candidate;
            else if (candidate.scheme().isEmpty() && w.section(u'/', 0, 0).contains(u'.') && !w.contains(u' '))
                r.url = QUrl(u"https://"_s + w);
        }
    }
    // -G puts the data into the query (cURL URL-encodes --data-urlencode values); without it they are a body.
    if (getWithData && !data.isEmpty()) {
        QUrlQuery query(r.url);
        for (const auto &[k, v] : std::as_const(data))
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(k)), QString::fromLatin1(QUrl::toPercentEncoding(v)));
        r.url.setQuery(query);
    } else if (hasBody && r.method == "GET"_L1) {
        r.method = u"POST"_s;
    }
    if (!r.url.isValid() || r.url.host().isEmpty()) {
        *error = u"the command has no http(s) URL"_s;
        return false;
    }
    return specFromRequests(r.url.host(), {r}, result, error);
}

} // namespace Orion

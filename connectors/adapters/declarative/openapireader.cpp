#include "adapters/declarative/openapireader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Orion::OpenApi {

namespace {

constexpr int kMaxDepth = 24;

bool isStringType(const QJsonObject &s)
{
    return s.value("type"_L1).toString() == "string"_L1;
}

// "customerGroups", "customer_groups", "Customer-Groups" → "customergroups"
QString squash(const QString &name)
{
    QString out;
    for (const QChar c : name)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

QString singular(const QString &word)
{
    if (word.endsWith("ies"_L1) && word.size() > 4)
        return word.chopped(3) + u'y';
    if (word.endsWith("ses"_L1) || word.endsWith("xes"_L1) || word.endsWith("ches"_L1) || word.endsWith("shes"_L1))
        return word.chopped(2);
    if (word.endsWith(u's') && !word.endsWith("ss"_L1) && word.size() > 2)
        return word.chopped(1);
    return word;
}

// The words a path names its resource by: "/v2/customers/groups" → groups (then customers);
// "/users.list" → users; "/2010-04-01/Accounts/{Sid}/Calls.json" → calls.
QStringList resourceWords(const QString &path)
{
    QStringList words;
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    std::reverse(segments.begin(), segments.end());
    static const QRegularExpression version(u"^v?\\d+(\\.\\d+)*$|^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QSet<QString> verbs{u"list"_s, u"search"_s, u"all"_s, u"get"_s, u"query"_s, u"json"_s, u"history"_s, u"info"_s};
    for (const QString &segment : std::as_const(segments)) {
        if (segment.startsWith(u'{') || segment.startsWith(u':') || version.match(segment).hasMatch())
            continue;
        for (const QString &part : segment.split(QRegularExpression(u"[._-]"_s), Qt::SkipEmptyParts)) {
            const QString w = squash(part);
            if (!w.isEmpty() && !verbs.contains(w))
                words << w;
        }
        if (words.size() >= 3)
            break;
    }
    return words;
}

bool wordMatches(const QString &name, const QString &word)
{
    const QString n = squash(name);
    if (n.isEmpty() || word.isEmpty())
        return false;
    return n == word || singular(n) == singular(word) || (n.size() > 3 && (n.endsWith(singular(word)) || singular(word).endsWith(singular(n))));
}

const QSet<QString> &recordArrayNames()
{
    static const QSet<QString> names{u"data"_s,    u"results"_s, u"items"_s,     u"records"_s, u"value"_s, u"entries"_s, u"elements"_s,
                                     u"list"_s,    u"objects"_s, u"resources"_s, u"rows"_s,    u"hits"_s,  u"content"_s, u"collection"_s,
                                     u"members"_s, u"nodes"_s,   u"edges"_s,     u"values"_s,  u"result"_s};
    return names;
}

// Arrays that describe the answer, not its records.
const QSet<QString> &envelopeArrayNames()
{
    static const QSet<QString> names{u"errors"_s,     u"error"_s,  u"warnings"_s,     u"messages"_s, u"links"_s,      u"_links"_s,   u"meta"_s,
                                     u"metadata"_s,   u"facets"_s, u"aggregations"_s, u"scopes"_s,   u"sort"_s,       u"sorts"_s,    u"filters"_s,
                                     u"notices"_s,    u"debug"_s,  u"included"_s,     u"fields"_s,   u"parameters"_s, u"problems"_s, u"details"_s,
                                     u"pagination"_s, u"paging"_s, u"cursors"_s,      u"actions"_s};
    return names;
}

struct Candidate
{
    QString path;
    QJsonObject items;
    double score = 0;
    QStringList why;
    bool named = false; // its name (or its items' schema) names the resource, or is a usual name for records
    int depth = 0;
};

// A scalar (or small object) field of the answer outside the records: "response_metadata.next_cursor".
struct EnvelopeField
{
    QString path;
    QJsonObject schema;
    QString leaf() const { return path.section(u'.', -1); }
};

void walk(const Document &doc, const QJsonObject &schema, const QString &prefix, int depth, const QStringList &words, QList<Candidate> *arrays,
          QList<EnvelopeField> *fields)
{
    const QJsonObject props = schema.value("properties"_L1).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        const QJsonObject s = doc.schema(it.value());
        const QString type = s.value("type"_L1).toString();
        const QString lower = it.key().toLower();
        if (type == "array"_L1) {
            Candidate c;
            c.path = path;
            c.items = doc.schema(s.value("items"_L1));
            const QString itemRef = Document::refName(s.value("items"_L1));
            const bool objects = c.items.value("type"_L1).toString() == "object"_L1 || c.items.contains("properties"_L1);
            c.score = objects ? 2 : -3;
            if (!objects)
                c.why << u"its items are not objects"_s;
            if (objects && c.items.value("properties"_L1).toObject().contains("id"_L1))
                c.score += 1;
            const bool resource = std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return wordMatches(it.key(), w); });
            if ((envelopeArrayNames().contains(lower) || lower.startsWith(u'_')) && !resource) { // Twilio's Messages.json lists `messages`
                c.score -= 8;
                c.why << u"\"%1\" describes the answer, not its records"_s.arg(it.key());
            }
            if (recordArrayNames().contains(lower)) {
                c.score += 2;
                c.named = objects;
                c.why << u"\"%1\" is a usual name for the records"_s.arg(it.key());
            }
            for (qsizetype w = 0; w < words.size(); ++w) {
                if (wordMatches(it.key(), words.at(w))) {
                    c.score += w == 0 ? 5 : 3;
                    c.named = objects;
                    c.why << u"\"%1\" names the path's resource"_s.arg(it.key());
                    break;
                }
                if (!itemRef.isEmpty() && wordMatches(itemRef, words.at(w))) {
                    c.score += w == 0 ? 3 : 2;
                    c.named = objects;
                    c.why << u"its items are %1"_s.arg(itemRef);
                    break;
                }
            }
            c.depth = depth;
            c.score -= 0.5 * depth;
            arrays->append(c);
        } else if ((type == "object"_L1 || s.contains("properties"_L1)) && depth < 3) {
            // HAL's _embedded holds the records; other objects may hold paging fields.
            walk(doc, s, path, depth + 1, words, arrays, fields);
            fields->append({path, s});
        } else {
            fields->append({path, s});
        }
    }
}

bool anyOf(const QString &name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0; });
}

// The documented maximum, else at least 100 (a smaller default costs requests; APIs cap larger asks).
int pageSizeFor(const QJsonObject &param)
{
    const int maximum = param.value("maximum"_L1).toVariant().toInt();
    if (maximum > 0)
        return std::min(maximum, 1000);
    const int def = param.value("default"_L1).toVariant().toInt();
    return std::clamp(def, 100, 1000);
}

// Fields of an example answer (outside the records), for descriptions whose schema leaves them out.
void exampleFields(const QJsonValue &example, const QString &prefix, const QString &records, int depth, QList<EnvelopeField> *fields)
{
    const QJsonObject o = example.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (path == records)
            continue;
        const QJsonValue v = it.value();
        const QString type = v.isString() ? u"string"_s
            : v.isBool()                  ? u"boolean"_s
            : v.isDouble()                ? u"integer"_s
            : v.isObject()                ? u"object"_s
                                          : QString();
        if (std::none_of(fields->cbegin(), fields->cend(), [&](const EnvelopeField &f) { return f.path == path; }))
            fields->append({path, type.isEmpty() ? QJsonObject() : QJsonObject{{u"type"_s, type}}});
        if (v.isObject() && depth < 3)
            exampleFields(v, path, records, depth + 1, fields);
    }
}

} // namespace

QJsonObject Choice::json() const
{
    return QJsonObject{{u"value"_s, value}, {u"confidence"_s, confidence}, {u"reason"_s, reason}};
}

Document::Document(QJsonObject root)
    : m_root(std::move(root))
    , m_swagger2(m_root.value("swagger"_L1).toString().startsWith("2"_L1))
{
}

QString Document::refName(const QJsonValue &value)
{
    const QString ref = value.toObject().value("$ref"_L1).toString();
    return ref.isEmpty() ? QString() : ref.section(u'/', -1);
}

QJsonValue Document::pointer(const QString &ref) const
{
    if (!ref.startsWith("#/"_L1)) {
        ++m_externalRefs;
        return {};
    }
    QJsonValue at = m_root;
    for (QString part : ref.mid(2).split(u'/')) {
        part = QUrl::fromPercentEncoding(part.toUtf8()).replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
        if (at.isObject())
            at = at.toObject().value(part);
        else if (at.isArray())
            at = at.toArray().at(part.toInt());
        else
            return {};
    }
    return at;
}

QJsonObject Document::deref(const QJsonValue &value) const
{
    QJsonObject o = value.toObject();
    for (int guard = 0; guard < kMaxDepth && o.contains("$ref"_L1); ++guard) {
        const QJsonValue target = pointer(o.value("$ref"_L1).toString());
        if (!target.isObject())
            return {};
        o = target.toObject();
    }
    return o.contains("$ref"_L1) ? QJsonObject() : o;
}

QJsonObject Document::schema(const QJsonValue &value) const
{
    return merged(value, 0);
}

QJsonObject Document::merged(const QJsonValue &value, int depth) const
{
    if (depth > 8)
        return {};
    QJsonObject s = deref(value);
    // 3.1: "type": ["array", "null"]; 3.0: nullable.
    if (s.value("type"_L1).isArray()) {
        QString first;
        for (const QJsonValue &t : s.value("type"_L1).toArray())
            if (t.toString() != "null"_L1 && first.isEmpty())
                first = t.toString();
        s.insert(u"type"_s, first);
    }
    QJsonArray variants;
    // Draft 4 tuples ("items": [a, b]): on an array, its items are any of them; without a type (a
    // quirk of some generated descriptions) the schema itself is any of them.
    if (s.value("items"_L1).isArray()) {
        const QJsonArray tuple = s.value("items"_L1).toArray();
        if (s.value("type"_L1).toString() == "array"_L1) {
            s.insert(u"items"_s, QJsonObject{{u"anyOf"_s, tuple}});
        } else {
            s.remove(u"items"_s);
            for (const QJsonValue &v : tuple)
                variants.append(v);
        }
    }
    for (const char *key : {"allOf", "oneOf", "anyOf"}) {
        for (const QJsonValue &v : s.value(QLatin1StringView(key)).toArray())
            variants.append(v);
        s.remove(QLatin1StringView(key));
    }
    if (!variants.isEmpty()) {
        QJsonObject props = s.value("properties"_L1).toObject();
        for (const QJsonValue &v : std::as_const(variants)) {
            const QJsonObject m = merged(v, depth + 1);
            if (m.value("type"_L1).toString() == "null"_L1)
                continue;
            const QJsonObject more = m.value("properties"_L1).toObject();
            for (auto it = more.begin(); it != more.end(); ++it)
                if (!props.contains(it.key()))
                    props.insert(it.key(), it.value());
            for (const char *key : {"type", "items", "format", "description"})
                if (!s.contains(QLatin1StringView(key)) && m.contains(QLatin1StringView(key)))
                    s.insert(QLatin1StringView(key), m.value(QLatin1StringView(key)));
        }
        if (!props.isEmpty())
            s.insert(u"properties"_s, props);
    }
    if (!s.contains("type"_L1) || s.value("type"_L1).toString().isEmpty()) {
        if (s.contains("properties"_L1))
            s.insert(u"type"_s, u"object"_s);
        else if (s.contains("items"_L1))
            s.insert(u"type"_s, u"array"_s);
    }
    return s;
}

QJsonObject successSchema(const Document &doc, const QJsonObject &operation, QJsonObject *headers, QJsonValue *example)
{
    const QJsonObject responses = doc.deref(operation.value("responses"_L1));
    QStringList codes;
    for (const char *c : {"200", "2XX", "2xx", "203", "206", "201"})
        if (responses.contains(QLatin1StringView(c)))
            codes << QString::fromLatin1(c);
    for (auto it = responses.begin(); it != responses.end(); ++it)
        if (it.key().startsWith(u'2') && !codes.contains(it.key()))
            codes << it.key();
    if (codes.isEmpty() && responses.contains("default"_L1))
        codes << u"default"_s;
    for (const QString &code : std::as_const(codes)) {
        const QJsonObject response = doc.deref(responses.value(code));
        if (headers) {
            *headers = QJsonObject();
            const QJsonObject h = response.value("headers"_L1).toObject();
            for (auto it = h.begin(); it != h.end(); ++it)
                headers->insert(it.key().toLower(), doc.deref(it.value()));
        }
        if (doc.isSwagger2()) {
            if (response.contains("schema"_L1)) {
                if (example)
                    *example = response.value("examples"_L1).toObject().value("application/json"_L1);
                return doc.schema(response.value("schema"_L1));
            }
            continue;
        }
        const QJsonObject content = response.value("content"_L1).toObject();
        QString media;
        if (content.contains("application/json"_L1))
            media = u"application/json"_s;
        for (auto it = content.begin(); media.isEmpty() && it != content.end(); ++it) {
            const QString m = it.key().toLower();
            if (m.contains("json"_L1) && !m.contains("problem"_L1))
                media = it.key();
        }
        if (media.isEmpty() && content.contains("*/*"_L1))
            media = u"*/*"_s;
        if (!media.isEmpty()) {
            const QJsonObject body = content.value(media).toObject();
            if (example) {
                *example = body.value("example"_L1);
                if (example->isUndefined() && !body.value("examples"_L1).toObject().isEmpty())
                    *example = doc.deref(*body.value("examples"_L1).toObject().begin()).value("value"_L1);
            }
            return doc.schema(body.value("schema"_L1));
        }
    }
    return {};
}

QHash<QString, QJsonObject> queryParameters(const Document &doc, const QJsonObject &pathItem, const QJsonObject &operation)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonArray &list : {pathItem.value("parameters"_L1).toArray(), operation.value("parameters"_L1).toArray()}) {
        for (const QJsonValue &v : list) {
            const QJsonObject p = doc.deref(v);
            if (p.value("in"_L1).toString() != "query"_L1 && p.value("in"_L1).toString() != "header"_L1)
                continue;
            // 3.x keeps the type in "schema"; 2.0 on the parameter itself.
            QJsonObject s = p.contains("schema"_L1) ? doc.schema(p.value("schema"_L1)) : p;
            s.insert(u"in"_s, p.value("in"_L1));
            if (p.contains("description"_L1))
                s.insert(u"description"_s, p.value("description"_L1));
            if (p.contains("style"_L1))
                s.insert(u"style"_s, p.value("style"_L1));
            out.insert(p.value("name"_L1).toString(), s);
        }
    }
    return out;
}

namespace {

// The paginator from the parameters and the answer's envelope, with the evidence.
Choice paginatorFor(const QHash<QString, QJsonObject> &params, const QList<EnvelopeField> &fields, const QJsonObject &headers,
                    const QJsonObject &items, const QString &container, QString *unmatchedCursor)
{
    // Fields beside a nested list ("albums.next" for "albums.items") belong to it.
    const auto near = [&](const EnvelopeField &f) { return !container.isEmpty() && f.path.startsWith(container + u'.'); };
    const auto param = [&](std::initializer_list<const char *> names) -> QString {
        for (const char *n : names)
            for (auto it = params.begin(); it != params.end(); ++it)
                if (it.value().value("in"_L1).toString() == "query"_L1 && it.key().compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0)
                    return it.key();
        return {};
    };
    const QString size = param({"limit", "per_page", "perPage", "page_size", "pageSize", "PageSize", "size", "count", "max_results", "maxResults",
                                "results_per_page", "pagesize", "top", "$top", "max", "rows", "first", "take"});
    const auto withSize = [&](QJsonObject p, const char *key, QString *reason) {
        if (!size.isEmpty()) {
            p.insert(QLatin1StringView(key), size);
            p.insert(u"page_size"_s, pageSizeFor(params.value(size)));
            *reason += u" + size parameter `%1`"_s.arg(size);
        }
        return p;
    };
    // A body field that holds the next page's URL.
    const auto nextUrlField = [&]() -> const EnvelopeField * {
        const EnvelopeField *best = nullptr;
        for (const EnvelopeField &f : fields) {
            const QString leaf = f.leaf().toLower();
            const QString path = f.path.toLower();
            const bool urlish = f.schema.value("format"_L1).toString().contains("ur"_L1) || leaf.contains("url"_L1) || leaf.contains("uri"_L1)
                || leaf.contains("link"_L1) || leaf.contains("href"_L1);
            if (!isStringType(f.schema) && !f.schema.value("type"_L1).toString().isEmpty())
                continue;
            const bool named = leaf == "next"_L1 || leaf.startsWith("next"_L1) || leaf.endsWith("nextlink"_L1)
                || ((path.contains("next"_L1)) && (leaf == "href"_L1 || leaf == "link"_L1 || leaf == "url"_L1));
            if (named && (urlish || leaf == "next"_L1) && !leaf.contains("token"_L1) && !leaf.contains("cursor"_L1)) {
                if (!best || (near(f) && !near(*best)) || (near(f) == near(*best) && f.path.size() < best->path.size()))
                    best = &f;
            }
        }
        return best;
    };
    // 1. A documented Link header.
    if (headers.contains("link"_L1)) {
        QString reason = u"the answer documents a Link header"_s;
        QJsonObject p = withSize({{u"type"_s, u"link_header"_s}}, "size_param", &reason);
        return {p, 0.9, reason};
    }
    // 2. A cursor parameter with the answer's field that carries it.
    QString cursor = param({"cursor",        "starting_after", "after",        "page_token",        "pageToken",          "next_token",
                            "nextToken",     "PageToken",      "continuation", "continuationToken", "continuation_token", "marker",
                            "start_cursor",  "next_cursor",    "page_cursor",  "pagination_token",  "paginationToken",    "offset_token",
                            "since_id",      "next",           "skiptoken",    "$skiptoken",        "startAfter",         "start_after",
                            "nextPageToken", "iterator",       "scroll_id",    "stream_position"});
    if (cursor.isEmpty()) {
        // Names the list does not have: "starting_token", "page_marker", "bookmark", "resume_after"…
        static const QRegularExpression cursorLike(u"cursor|token|marker|continuation|bookmark|scroll|^(resume|start(ing)?)_?after$"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression credential(u"access|auth|api|id_token|csrf|captcha|verification|invite|reset"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
        for (auto it = params.begin(); it != params.end(); ++it)
            if (it.value().value("in"_L1).toString() == "query"_L1 && cursorLike.match(it.key()).hasMatch() && !credential.match(it.key()).hasMatch()
                && (cursor.isEmpty() || it.key() < cursor))
                cursor = it.key();
    }
    if (!cursor.isEmpty()) {
        const QString c = squash(cursor);
        if (c == "startingafter"_L1 || c == "startafter"_L1 || c == "sinceid"_L1) {
            QJsonObject p{{u"type"_s, u"cursor"_s}, {u"cursor_param"_s, cursor}, {u"cursor_from_last_record"_s, u"id"_s}};
            QString reason = u"parameter `%1` takes the last record's id"_s.arg(cursor);
            for (const EnvelopeField &f : fields)
                if (f.schema.value("type"_L1).toString() == "boolean"_L1 && anyOf(f.leaf(), {"has_more", "hasMore", "more", "has_next", "hasNext"})) {
                    p.insert(u"stop_path"_s, f.path);
                    reason += u" + flag `%1`"_s.arg(f.path);
                }
            if (!items.value("properties"_L1).toObject().contains("id"_L1))
                return {withSize(p, "size_param", &reason), 0.5, reason + u"; the records have no `id`: check the field"_s};
            return {withSize(p, "size_param", &reason), 0.9, reason};
        }
        *unmatchedCursor = cursor; // cleared below when the answer shows its field
        // The answer's field: the parameter's own name, next_<name>, or a cursor/token-like name.
        const EnvelopeField *best = nullptr;
        int bestRank = 0;
        for (const EnvelopeField &f : fields) {
            const QString leaf = squash(f.leaf());
            const QString path = squash(f.path);
            const bool textual
                = isStringType(f.schema) || f.schema.value("type"_L1).toString().isEmpty() || f.schema.value("type"_L1) == "integer"_L1;
            if (!textual)
                continue;
            int rank = 0;
            if (leaf == c && path != c)
                rank = path.contains("next"_L1) ? 6 : 4; // paging.next.after, cursors.after
            if (leaf == c)
                rank = std::max(rank, 5);
            if (leaf == u"next"_s + c || leaf == c + u"next"_s)
                rank = 6;
            // The same kind of value on both sides: starting_token → next_token, page_marker → next_marker.
            for (const char *kind : {"cursor", "token", "marker", "bookmark", "continuation"})
                if (rank < 5 && c.contains(QLatin1StringView(kind)) && leaf.contains(QLatin1StringView(kind)) && leaf.contains("next"_L1))
                    rank = 5;
            if (rank == 0 && (leaf.contains("cursor"_L1) || leaf.contains("token"_L1) || leaf.contains("marker"_L1) || leaf == "next"_L1)
                && !leaf.contains("prev"_L1) && !leaf.contains("previous"_L1) && !leaf.contains("before"_L1))
                rank = leaf.contains("next"_L1) || path.contains("next"_L1) ? 3 : 2;
            if (rank > 0 && near(f))
                ++rank;
            if (rank > bestRank) {
                best = &f;
                bestRank = rank;
            }
        }
        if (best) {
            unmatchedCursor->clear();
            QJsonObject p{{u"type"_s, u"cursor"_s}, {u"cursor_param"_s, cursor}, {u"cursor_path"_s, best->path}};
            QString reason = u"parameter `%1` + response field `%2`"_s.arg(cursor, best->path);
            for (const EnvelopeField &f : fields)
                if (f.schema.value("type"_L1).toString() == "boolean"_L1 && anyOf(f.leaf(), {"has_more", "hasMore", "more", "has_next", "hasNext"})) {
                    p.insert(u"stop_path"_s, f.path);
                    reason += u" + flag `%1`"_s.arg(f.path);
                }
            return {withSize(p, "size_param", &reason), bestRank >= 4 ? 0.9 : 0.7, reason};
        }
    }
    // 3. A next URL in the body.
    if (const EnvelopeField *next = nextUrlField()) {
        QString reason = u"response field `%1` holds the next page's URL"_s.arg(next->path);
        return {QJsonObject{{u"type"_s, u"next_url"_s}, {u"next_url_path"_s, next->path}}, 0.85, reason};
    }
    // 4. Offset and limit.
    const QString offset = param({"offset", "skip", "start", "startIndex", "start_index", "$skip", "from", "startAt", "start_at"});
    if (!offset.isEmpty()) {
        QString reason = u"parameter `%1`"_s.arg(offset);
        QJsonObject p = withSize({{u"type"_s, u"offset"_s}, {u"offset_param"_s, offset}}, "limit_param", &reason);
        if (size.isEmpty())
            p.insert(u"page_size"_s, 100);
        return {p, size.isEmpty() ? 0.5 : 0.85, size.isEmpty() ? reason + u"; no size parameter: check the API's own page size"_s : reason};
    }
    // 5. Page numbers.
    const QString page = param({"page", "page_number", "pageNumber", "Page", "p", "pageNo", "page_no", "pageIndex", "page_index"});
    if (!page.isEmpty()) {
        QString reason = u"parameter `%1`"_s.arg(page);
        const QJsonObject ps = params.value(page);
        const int first = ps.contains("minimum"_L1) ? ps.value("minimum"_L1).toInt()
            : ps.contains("default"_L1)             ? ps.value("default"_L1).toVariant().toInt()
                                                    : 1;
        QJsonObject p
            = withSize({{u"type"_s, u"page_number"_s}, {u"page_param"_s, page}, {u"start_page"_s, first == 0 ? 0 : 1}}, "size_param", &reason);
        if (size.isEmpty())
            p.insert(u"page_size"_s, 100);
        return {p, size.isEmpty() ? 0.5 : 0.8, size.isEmpty() ? reason + u"; no size parameter: check the API's own page size"_s : reason};
    }
    if (!cursor.isEmpty()) {
        return {QJsonObject{{u"type"_s, u"none"_s}}, 0.3,
                u"parameter `%1` looks like a cursor, but the answer has no field that carries it"_s.arg(cursor)};
    }
    return {QJsonObject{{u"type"_s, u"none"_s}}, 0.7, u"no paging parameter or field is documented"_s};
}

// A range filter on the last change (or creation) and the records' timestamp it compares.
Choice incrementalFor(const QHash<QString, QJsonObject> &params, const QJsonObject &items)
{
    static const QRegularExpression since(
        u"^(updated|modified|changed|last_?modified|last_?updated|edited)[_.]?(since|after|from|gte|gt|min|start)$|^(since|updated_?since|modified_?"
        u"since|changed_?since|"
        "if-modified-since|updatedsince|modifiedsince|updated_at_min|updated_at\\[gte\\]|updated\\[gte\\]|updated\\[gt\\]|date_updated_after|"
        "DateUpdated>|start_time|min_updated_at)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression created(u"^(created|created_at|date_created)(\\[gte?\\]|_gte?|_after|_since|_min|>)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QJsonObject props = items.value("properties"_L1).toObject();
    const auto fieldFor = [&](std::initializer_list<const char *> names) -> QString {
        for (const char *n : names)
            for (auto it = props.begin(); it != props.end(); ++it)
                if (it.key().compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0)
                    return it.key();
        return {};
    };
    QString byUpdate, byCreation;
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.value().value("in"_L1).toString() != "query"_L1 && it.key().compare(u"If-Modified-Since"_s, Qt::CaseInsensitive) != 0)
            continue;
        if (since.match(it.key()).hasMatch() && (byUpdate.isEmpty() || it.key() < byUpdate))
            byUpdate = it.key();
        else if (created.match(it.key()).hasMatch() && (byCreation.isEmpty() || it.key() < byCreation))
            byCreation = it.key();
    }
    if (!byUpdate.isEmpty()) {
        const QString field = fieldFor({"updated_at", "updatedAt", "modified_at", "modifiedAt", "last_modified", "lastModified", "date_updated",
                                        "DateUpdated", "UpdatedDateUTC", "updated", "modified", "updated_time", "last_updated", "lastUpdated",
                                        "modified_time", "changed_at", "last_modified_at", "lastModifiedDate", "time_updated"});
        if (!field.isEmpty() && byUpdate.compare(u"If-Modified-Since"_s, Qt::CaseInsensitive) != 0)
            return {QJsonObject{{u"cursor_field"_s, field}, {u"request_param"_s, byUpdate}}, 0.85,
                    u"range filter `%1` + record field `%2`"_s.arg(byUpdate, field)};
        if (!field.isEmpty())
            return {QJsonValue(), 0.4, u"the If-Modified-Since header filters by `%1`; set it by hand"_s.arg(field)};
        return {QJsonValue(), 0.3, u"range filter `%1`, but the records have no update timestamp"_s.arg(byUpdate)};
    }
    if (!byCreation.isEmpty()) {
        const QString field = fieldFor({"created", "created_at", "createdAt", "date_created", "DateCreated", "creation_time", "created_time"});
        if (!field.isEmpty())
            return {QJsonObject{{u"cursor_field"_s, field}, {u"request_param"_s, byCreation}}, 0.6,
                    u"range filter `%1` + record field `%2` (new records only: changes are not seen)"_s.arg(byCreation, field)};
    }
    return {QJsonValue(), 0.7, u"no range filter on the last change is documented"_s};
}

} // namespace

bool readListEndpoint(const Document &doc, const QString &path, const QJsonObject &pathItem, ListEndpoint *out, bool deprecatedToo)
{
    const QJsonObject get = doc.deref(pathItem.value("get"_L1));
    if (get.isEmpty() || (get.value("deprecated"_L1).toBool() && !deprecatedToo))
        return false;
    QJsonObject headers;
    QJsonValue example;
    const QJsonObject schema = successSchema(doc, get, &headers, &example);
    if (schema.isEmpty())
        return false;
    // One record by its key ("/customers/{id}"), or an "info"/"get" method: not a list.
    const QString last = path.section(u'/', -1);
    static const QRegularExpression singleVerb(u"[._](info|get|read|show|lookup\\w*|retrieve)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (schema.value("type"_L1).toString() != "array"_L1 && (last.startsWith(u'{') || singleVerb.match(last).hasMatch()))
        return false;
    QStringList words = resourceWords(path);
    for (const QString &w : resourceWords(get.value("operationId"_L1).toString().replace(QRegularExpression(u"([a-z])([A-Z])"_s), u"\\1_\\2"_s)))
        if (!words.contains(w) && words.size() < 5)
            words << w;
    ListEndpoint e;
    e.path = path;
    e.summary = get.value("summary"_L1).toString();
    QList<EnvelopeField> fields;
    if (schema.value("type"_L1).toString() == "array"_L1) {
        e.itemSchema = doc.schema(schema.value("items"_L1));
        if (e.itemSchema.value("type"_L1).toString() != "object"_L1 && !e.itemSchema.contains("properties"_L1))
            return false;
        e.selector = {QString(), 0.9, u"the answer is an array of records"_s};
    } else {
        QList<Candidate> arrays;
        walk(doc, schema, {}, 0, words, &arrays, &fields);
        if (arrays.isEmpty())
            return false;
        std::stable_sort(arrays.begin(), arrays.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
        const Candidate &best = arrays.first();
        if (best.score <= 0)
            return false; // only error lists, links or lists of names
        // An unnamed array is the records only at the top of an answer to what reads as a list
        // (a plural resource, or an operation that says it lists); nested ones describe one object.
        const QString said = (get.value("operationId"_L1).toString() + u' ' + get.value("summary"_L1).toString()).toLower();
        const bool listy = said.contains("list"_L1) || said.contains("search"_L1) || said.contains(" all"_L1)
            || (!words.isEmpty() && words.first().endsWith(u's') && !words.first().endsWith("ss"_L1));
        if (!best.named && (best.depth > 0 || !listy))
            return false;
        // A nested list is the records only inside a wrapper ({"data": {"items": …}}, {"artists":
        // {"items": …}}), not inside one object among its other fields (a file's path_collection).
        static const QSet<QString> wrappers{u"data"_s,     u"result"_s,  u"results"_s, u"response"_s, u"page"_s, u"_embedded"_s,
                                            u"embedded"_s, u"payload"_s, u"body"_s,    u"list"_s,     u"value"_s};
        const QString outer = best.path.section(u'.', 0, 0);
        if (best.depth > 0 && schema.value("properties"_L1).toObject().size() > 3 && !wrappers.contains(outer.toLower()))
            return false;
        const double margin = arrays.size() > 1 ? best.score - arrays.at(1).score : best.score;
        e.itemSchema = best.items;
        QString reason = u"the array `%1`"_s.arg(best.path);
        if (!best.why.isEmpty())
            reason += u": "_s + best.why.join(u", "_s);
        if (arrays.size() > 1)
            reason += u" (not `%1`)"_s.arg(arrays.at(1).path);
        e.selector = {best.path, best.score >= 5 && margin >= 2 ? 0.95 : best.score >= 3 ? 0.8 : 0.5, reason};
        // Fields inside the chosen array are the records', not the envelope's.
        fields.erase(std::remove_if(fields.begin(), fields.end(), [&](const EnvelopeField &f) { return f.path.startsWith(best.path + u'.'); }),
                     fields.end());
    }
    exampleFields(example, {}, e.selector.value.toString(), 0, &fields);
    const QHash<QString, QJsonObject> params = queryParameters(doc, pathItem, get);
    static const QRegularExpression credential(u"^(token|access_token|api_?key|apikey|key|auth|authorization|x-api-key)$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    for (auto it = params.begin(); it != params.end(); ++it)
        if (credential.match(it.key()).hasMatch())
            e.credentialParams << it.key();
    const QString selected = e.selector.value.toString();
    e.paginator
        = paginatorFor(params, fields, headers, e.itemSchema, selected.contains(u'.') ? selected.section(u'.', 0, -2) : QString(), &e.cursorParam);
    e.incremental = incrementalFor(params, e.itemSchema);
    static const QRegularExpression templ(u"\\{([^}]+)\\}"_s);
    for (auto it = templ.globalMatch(path); it.hasNext();)
        e.pathParams << it.next().captured(1);
    const QJsonObject props = e.itemSchema.value("properties"_L1).toObject();
    // The record's identity: id, then sid/uuid/guid, then a natural key (key, code, slug), then the
    // resource's own <name>_id, then any *_id field.
    e.primaryKey = u"id"_s;
    int keyRank = props.contains("id"_L1) || props.isEmpty() ? 100 : 0;
    const QString resource = words.isEmpty() ? QString() : singular(words.first());
    for (auto it = props.begin(); keyRank < 100 && it != props.end(); ++it) {
        const QString k = it.key();
        const QString lower = squash(k);
        const int rank = lower == "id"_L1                                                          ? 100
            : (lower == "sid"_L1 || lower == "uuid"_L1 || lower == "guid"_L1 || lower == "uid"_L1) ? 90
            : (lower == "key"_L1 || lower == "code"_L1 || lower == "slug"_L1)                      ? 70
            : (!resource.isEmpty() && lower == resource + u"id"_s)                                 ? 60
            : (k.endsWith("_id"_L1) || k.endsWith("Id"_L1) || k.endsWith("ID"_L1))                 ? 40
                                                                                                   : 0;
        if (rank > keyRank) {
            keyRank = rank;
            e.primaryKey = k;
        }
    }
    *out = e;
    return true;
}

namespace {

// A schema that describes a sample value (arrays by their first elements, merged).
QJsonObject schemaOfSample(const QJsonValue &v, int depth)
{
    if (depth > 16)
        return {};
    if (v.isObject()) {
        QJsonObject props;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            props.insert(it.key(), schemaOfSample(it.value(), depth + 1));
        return {{u"type"_s, u"object"_s}, {u"properties"_s, props}};
    }
    if (v.isArray()) {
        QJsonObject items;
        QJsonObject props;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < std::min<qsizetype>(a.size(), 5); ++i) {
            const QJsonObject s = schemaOfSample(a.at(i), depth + 1);
            if (items.isEmpty())
                items = s;
            const QJsonObject more = s.value("properties"_L1).toObject();
            for (auto it = more.begin(); it != more.end(); ++it)
                if (!props.contains(it.key()))
                    props.insert(it.key(), it.value());
        }
        if (!props.isEmpty())
            items.insert(u"properties"_s, props);
        return {{u"type"_s, u"array"_s}, {u"items"_s, items}};
    }
    if (v.isString())
        return {{u"type"_s, u"string"_s}};
    if (v.isBool())
        return {{u"type"_s, u"boolean"_s}};
    if (v.isDouble())
        return {{u"type"_s, u"number"_s}};
    return {};
}

} // namespace

bool readSampleEndpoint(const QString &path, const QStringList &queryParams, const QJsonObject &headers, const QJsonValue &body, ListEndpoint *out)
{
    // A first page's capture shows the cursor field but not the parameter that sends it back: the
    // usual name for that field is assumed (and said to be a guess).
    QStringList params = queryParams;
    QString assumed;
    static const QList<std::pair<const char *, const char *>> usual{
        {"next_cursor", "cursor"},      {"nextCursor", "cursor"},  {"cursor", "cursor"}, {"next_page_token", "page_token"},
        {"nextPageToken", "pageToken"}, {"next_marker", "marker"}, {"after", "after"}};
    const std::function<void(const QJsonObject &, int)> look = [&](const QJsonObject &o, int depth) {
        for (auto it = o.begin(); assumed.isEmpty() && it != o.end(); ++it) {
            for (const auto &[field, param] : usual)
                if (it.key() == QLatin1StringView(field) && it.value().isString() && !it.value().toString().isEmpty())
                    assumed = QString::fromLatin1(param);
            if (it.value().isObject() && depth < 3)
                look(it.value().toObject(), depth + 1);
        }
    };
    static const QRegularExpression cursorish(u"cursor|token|marker|after"_s, QRegularExpression::CaseInsensitiveOption);
    if (body.isObject() && std::none_of(params.cbegin(), params.cend(), [](const QString &p) { return cursorish.match(p).hasMatch(); })) {
        look(body.toObject(), 0);
        if (!assumed.isEmpty())
            params << assumed;
    }
    // The sample as a one-operation description, read by the same rules.
    QJsonArray parameters;
    for (const QString &p : std::as_const(params))
        parameters.append(QJsonObject{{u"name"_s, p}, {u"in"_s, u"query"_s}, {u"schema"_s, QJsonObject{{u"type"_s, u"string"_s}}}});
    QJsonObject responseHeaders;
    for (auto it = headers.begin(); it != headers.end(); ++it)
        responseHeaders.insert(it.key(), QJsonObject{{u"schema"_s, QJsonObject{{u"type"_s, u"string"_s}}}});
    const QJsonObject response{
        {u"description"_s, u"sample"_s},
        {u"headers"_s, responseHeaders},
        {u"content"_s, QJsonObject{{u"application/json"_s, QJsonObject{{u"schema"_s, schemaOfSample(body, 0)}, {u"example"_s, body}}}}}};
    const QJsonObject get{{u"operationId"_s, u"list"_s}, {u"parameters"_s, parameters}, {u"responses"_s, QJsonObject{{u"200"_s, response}}}};
    const Document doc(QJsonObject{{u"openapi"_s, u"3.0.0"_s}});
    if (!readListEndpoint(doc, path, QJsonObject{{u"get"_s, get}}, out))
        return false;
    if (!assumed.isEmpty() && out->paginator.value.toObject().value("cursor_param"_L1).toString() == assumed) {
        out->paginator.confidence = std::min(out->paginator.confidence, 0.5);
        out->paginator.reason += u"; the capture does not show the parameter that sends it back: `%1` is assumed, check it"_s.arg(assumed);
    }
    return true;
}

} // namespace Orion::OpenApi

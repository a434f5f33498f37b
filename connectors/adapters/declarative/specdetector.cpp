#include "adapters/declarative/specdetector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

bool isRecordList(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return v.isArray() && !a.isEmpty() && a.first().isObject();
}

// The list of records: a well-known key first, else the largest list of objects, two levels deep.
QString findRecords(const QJsonObject &body, int *count)
{
    static const QStringList preferred{u"data"_s, u"results"_s, u"items"_s, u"records"_s, u"entries"_s, u"values"_s, u"elements"_s, u"list"_s};
    for (const QString &key : preferred)
        if (isRecordList(body.value(key))) {
            *count = int(body.value(key).toArray().size());
            return key;
        }
    QString best;
    qsizetype bestSize = -1;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (isRecordList(it.value()) && it.value().toArray().size() > bestSize) {
            best = it.key();
            bestSize = it.value().toArray().size();
        } else if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            for (auto jt = inner.begin(); jt != inner.end(); ++jt)
                if (isRecordList(jt.value()) && jt.value().toArray().size() > bestSize) {
                    best = it.key() + u'.' + jt.key();
                    bestSize = jt.value().toArray().size();
                }
        }
    }
    *count = int(std::max<qsizetype>(0, bestSize));
    return best;
}

// Paths of scalar values in the envelope (not inside the records), e.g. "meta.next_cursor".
void envelopePaths(const QJsonObject &o, const QString &prefix, const QString &skip, int depth, QList<std::pair<QString, QJsonValue>> *out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (path == skip)
            continue;
        if (it.value().isObject() && depth < 3)
            envelopePaths(it.value().toObject(), path, skip, depth + 1, out);
        else if (!it.value().isArray())
            out->append({path, it.value()});
    }
}

QString lastSegment(const QString &path)
{
    return path.section(u'.', -1).toLower();
}

} // namespace

namespace {

// A page size is only ever proposed with the parameter that carries it: the request's own size
// parameter when it has one, else the size the API chose for this answer (offset and page-number
// paging step by it; other paginations then send no size at all).
void carryPageSize(const std::pair<QString, int> &requestSize, SpecDetector::Result *r)
{
    const QString type = r->paginator.value("type"_L1).toString();
    if (type == "none"_L1 || type == "next_url"_L1)
        return;
    const QString key = type == "offset"_L1 ? u"limit_param"_s : u"size_param"_s;
    const auto &[size, pageSize] = requestSize;
    if (!size.isEmpty()) {
        r->paginator.insert(key, size);
        r->paginator.insert(u"page_size"_s, pageSize > 0 ? pageSize : 100);
        return;
    }
    r->paginator.remove(key);
    if (type == "offset"_L1 || type == "page_number"_L1) {
        r->paginator.insert(u"page_size"_s, std::max(1, r->recordsOnPage));
        r->notes << SpecDetector::tr("Page size: the request has no parameter that sets it, so the %n record(s) this answer held are taken as "
                                     "the API's page size. Enter the API's size parameter to read more per request.",
                                     nullptr, r->recordsOnPage);
    } else {
        r->paginator.remove(u"page_size"_s);
        r->notes << SpecDetector::tr("Page size: the request has no parameter that sets it, so the API's own page size applies. Enter the "
                                     "API's size parameter to choose one.");
    }
}

} // namespace

bool SpecDetector::detect(const QJsonObject &interaction, Result *result, QString *error)
{
    const QJsonObject response = interaction.value("response"_L1).toObject();
    const int status = response.value("status"_L1).toInt();
    if (status < 200 || status >= 300) {
        *error = tr("The test answer has status %1; detection needs a successful answer.").arg(status);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.value("body"_L1).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The answer is not a JSON object, so nothing can be detected from it.");
        return false;
    }
    const QJsonObject body = doc.object();
    Result r;
    r.recordPath = findRecords(body, &r.recordsOnPage);
    if (r.recordPath.isEmpty()) {
        *error = tr("The answer holds no list of records (objects).");
        return false;
    }
    r.notes << tr("Records: the list at \"%1\" (%n on this page).", nullptr, r.recordsOnPage).arg(r.recordPath);

    // The records' fields.
    const QJsonObject first = [&] {
        QJsonValue v = body;
        for (const QString &k : r.recordPath.split(u'.'))
            v = v.toObject().value(k);
        return v.toArray().first().toObject();
    }();
    for (const QString &candidate : {u"id"_s, u"uuid"_s, u"key"_s, u"guid"_s})
        if (first.contains(candidate)) {
            r.primaryKey = candidate;
            break;
        }
    if (r.primaryKey.isEmpty())
        for (auto it = first.begin(); it != first.end(); ++it)
            if (it.key().endsWith("_id"_L1) || it.key().endsWith("Id"_L1)) {
                r.primaryKey = it.key();
                break;
            }
    if (!r.primaryKey.isEmpty())
        r.notes << tr("Primary key: \"%1\".").arg(r.primaryKey);
    static const QRegularExpression updated(
        u"^(updated|modified|last_?modified|updated_?at|modified_?at|last_?updated|date_?modified|updatedat|modifiedat|systemmodstamp)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = first.begin(); it != first.end(); ++it)
        if (updated.match(it.key()).hasMatch()) {
            r.incrementalField = it.key();
            r.notes << tr("Incremental cursor: \"%1\" looks like the time of the last change.").arg(it.key());
            break;
        }

    // Pagination, from the most to the least explicit sign.
    const QJsonObject headers = response.value("headers"_L1).toObject();
    const QUrl url(interaction.value("request"_L1).toObject().value("url"_L1).toString());
    const QUrlQuery query(url);
    auto header = [&](const QString &name) {
        for (auto it = headers.begin(); it != headers.end(); ++it)
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value().toString();
        return QString();
    };
    auto sizeParam = [&]() -> std::pair<QString, int> {
        for (const QString &p : {u"limit"_s, u"per_page"_s, u"page_size"_s, u"pageSize"_s, u"size"_s, u"count"_s, u"max_results"_s})
            if (query.hasQueryItem(p))
                return {p, query.queryItemValue(p).toInt()};
        return {};
    };
    QList<std::pair<QString, QJsonValue>> envelope;
    envelopePaths(body, {}, r.recordPath, 0, &envelope);

    if (header(u"Link"_s).contains(u"rel=\"next\""_s)) {
        r.paginator = QJsonObject{{u"type"_s, u"link_header"_s}};
        r.notes << tr("Pagination: the Link header has a rel=\"next\" URL.");
    }
    if (r.paginator.isEmpty())
        for (const auto &[path, value] : std::as_const(envelope)) {
            const QString s = value.toString();
            if (lastSegment(path).contains(u"next"_s) && (s.startsWith("http://"_L1) || s.startsWith("https://"_L1) || s.startsWith(u'/'))) {
                r.paginator = QJsonObject{{u"type"_s, u"next_url"_s}, {u"next_url_path"_s, path}};
                r.notes << tr("Pagination: \"%1\" holds the next page's URL.").arg(path);
                break;
            }
        }
    if (r.paginator.isEmpty())
        for (auto it = headers.begin(); it != headers.end(); ++it)
            if (it.key().contains("cursor"_L1, Qt::CaseInsensitive)) {
                r.paginator = QJsonObject{{u"type"_s, u"cursor"_s}, {u"cursor_header"_s, it.key()}, {u"cursor_param"_s, u"cursor"_s}};
                r.notes << tr("Pagination: the %1 header carries the next cursor (sent back as \"cursor\"; check the parameter name).").arg(it.key());
                break;
            }
    if (r.paginator.isEmpty())
        for (const auto &[path, value] : std::as_const(envelope)) {
            const QString leaf = lastSegment(path);
            if ((leaf.contains(u"cursor"_s) || leaf == "after"_L1 || leaf == "next_page_token"_L1 || leaf == "nextpagetoken"_L1)
                && (value.isString() || value.isNull())) {
                const QString param = leaf == "after"_L1 ? u"after"_s : leaf.contains(u"token"_s) ? u"page_token"_s : u"cursor"_s;
                r.paginator = QJsonObject{{u"type"_s, u"cursor"_s}, {u"cursor_path"_s, path}, {u"cursor_param"_s, param}};
                r.notes << tr("Pagination: \"%1\" holds the next cursor (sent back as \"%2\"; check the parameter name).").arg(path, param);
                break;
            }
        }
    if (r.paginator.isEmpty() && !r.primaryKey.isEmpty())
        for (const auto &[path, value] : std::as_const(envelope))
            if (value.isBool() && (lastSegment(path) == "has_more"_L1 || lastSegment(path) == "hasmore"_L1)) {
                r.paginator = QJsonObject{{u"type"_s, u"cursor"_s},
                                          {u"cursor_from_last_record"_s, r.primaryKey},
                                          {u"cursor_param"_s, u"starting_after"_s},
                                          {u"stop_path"_s, path}};
                r.notes
                    << tr("Pagination: \"%1\" and the last record's %2 (sent as starting_after; check the parameter name).").arg(path, r.primaryKey);
                break;
            }
    if (r.paginator.isEmpty()) {
        const auto [size, pageSize] = sizeParam();
        for (const QString &p : {u"offset"_s, u"skip"_s, u"start"_s})
            if (query.hasQueryItem(p)) {
                r.paginator = QJsonObject{{u"type"_s, u"offset"_s}, {u"offset_param"_s, p}, {u"page_size"_s, pageSize > 0 ? pageSize : 100}};
                if (!size.isEmpty())
                    r.paginator.insert(u"limit_param"_s, size);
                break;
            }
        if (r.paginator.isEmpty())
            for (const QString &p : {u"page"_s, u"page_number"_s, u"pageNumber"_s})
                if (query.hasQueryItem(p)) {
                    r.paginator = QJsonObject{{u"type"_s, u"page_number"_s},
                                              {u"page_param"_s, p},
                                              {u"page_size"_s, pageSize > 0 ? pageSize : 100},
                                              {u"start_page"_s, query.queryItemValue(p).toInt() == 0 ? 0 : 1}};
                    if (!size.isEmpty())
                        r.paginator.insert(u"size_param"_s, size);
                    break;
                }
        if (r.paginator.isEmpty() && !size.isEmpty()) {
            r.paginator = QJsonObject{{u"type"_s, u"offset"_s},
                                      {u"offset_param"_s, u"offset"_s},
                                      {u"limit_param"_s, size},
                                      {u"page_size"_s, pageSize > 0 ? pageSize : 100}};
            r.notes << tr("Pagination: the request sets %1 but no offset; offset paging is a guess.").arg(size);
        } else if (!r.paginator.isEmpty()) {
            r.notes << tr("Pagination: the request URL already pages with \"%1\".")
                           .arg(r.paginator.value(r.paginator.contains("offset_param"_L1) ? "offset_param"_L1 : "page_param"_L1).toString());
        }
    }
    if (r.paginator.isEmpty()) {
        r.paginator = QJsonObject{{u"type"_s, u"none"_s}};
        r.notes << tr("Pagination: no sign of a next page in this answer; set it by hand if the API pages.");
    }
    carryPageSize(sizeParam(), &r);
    *result = r;
    return true;
}

} // namespace Orion

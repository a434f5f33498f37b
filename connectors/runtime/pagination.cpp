#include "runtime/pagination.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

QJsonObject PageCursor::toJson() const
{
    QJsonObject json;
    if (!token.isEmpty())
        json.insert(u"token"_s, token);
    if (!nextUrl.isEmpty())
        json.insert(u"next_url"_s, nextUrl.toString());
    if (position != 1)
        json.insert(u"position"_s, position);
    if (done)
        json.insert(u"done"_s, true);
    return json;
}

PageCursor PageCursor::fromJson(const QJsonObject &json)
{
    PageCursor c;
    c.token = json.value("token"_L1).toString();
    c.nextUrl = QUrl(json.value("next_url"_L1).toString());
    c.position = json.value("position"_L1).toInteger(1);
    c.done = json.value("done"_L1).toBool();
    return c;
}

namespace Paginator {

namespace {

QJsonValue valueAt(const QJsonObject &body, const QString &path)
{
    QJsonValue value = body;
    for (const QString &part : path.split(u'.', Qt::SkipEmptyParts)) {
        if (!value.isObject())
            return {};
        value = value.toObject().value(part);
    }
    return value;
}

} // namespace

QJsonArray items(const PaginationSpec &spec, const QJsonObject &body)
{
    return valueAt(body, spec.itemsPath).toArray();
}

PageCursor nextHasMore(const PageCursor &current, bool hasMore, const QString &lastId)
{
    PageCursor n = current;
    n.done = !hasMore || lastId.isEmpty();
    if (!lastId.isEmpty())
        n.token = lastId;
    return n;
}

PageCursor next(const PaginationSpec &spec, const PageCursor &current, const QJsonObject &body, const QUrl &requestUrl)
{
    const QJsonArray records = items(spec, body);
    PageCursor n = current;
    switch (spec.style) {
    case PaginationSpec::Style::HasMore:
        return nextHasMore(current, body.value("has_more"_L1).toBool(),
                           records.isEmpty() ? QString() : records.last().toObject().value(spec.idField).toVariant().toString());
    case PaginationSpec::Style::AfterToken:
        n.token = valueAt(body, u"paging.next.after"_s).toString();
        n.done = n.token.isEmpty();
        break;
    case PaginationSpec::Style::NextUrl: {
        const QString next = body.value("nextRecordsUrl"_L1).toString();
        n.done = body.value("done"_L1).toBool(next.isEmpty()) || next.isEmpty();
        n.nextUrl = n.done ? QUrl() : requestUrl.resolved(QUrl(next));
        break;
    }
    case PaginationSpec::Style::StartPosition:
        n.position = current.position + records.size();
        n.done = records.size() < spec.pageSize;
        break;
    case PaginationSpec::Style::CursorString:
        n.token = valueAt(body, u"response_metadata.next_cursor"_s).toString();
        n.done = n.token.isEmpty();
        break;
    }
    return n;
}

QUrl apply(const PaginationSpec &spec, const PageCursor &cursor, const QUrl &firstPage)
{
    if (spec.style == PaginationSpec::Style::NextUrl)
        return cursor.nextUrl.isEmpty() ? firstPage : cursor.nextUrl;
    QUrl url = firstPage;
    QUrlQuery query(url);
    if (!spec.limitParameter.isEmpty()) {
        query.removeAllQueryItems(spec.limitParameter);
        query.addQueryItem(spec.limitParameter, QString::number(spec.pageSize));
    }
    if (spec.style != PaginationSpec::Style::StartPosition && !cursor.token.isEmpty()) {
        query.removeAllQueryItems(spec.cursorParameter);
        query.addQueryItem(spec.cursorParameter, QString::fromLatin1(QUrl::toPercentEncoding(cursor.token)));
    }
    url.setQuery(query);
    return url;
}

} // namespace Paginator

} // namespace Orion

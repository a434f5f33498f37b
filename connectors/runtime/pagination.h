#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Orion {

// The pagination styles of the built-in APIs, as pure functions of the page just received, so every
// adapter pages the same tested way and the cursor can be saved in a checkpoint.
//   HasMore        Stripe: `has_more` + `starting_after=<last id>`
//   AfterToken     HubSpot: `paging.next.after` (absent on the last page)
//   NextUrl        Salesforce: `nextRecordsUrl` until `done: true` (pages may be shorter than asked)
//   StartPosition  QuickBooks: 1-based STARTPOSITION, a short page ends it; an empty answer has no entity key
//   CursorString   Slack: `response_metadata.next_cursor`; only an empty cursor ends it (short pages do not)
struct PaginationSpec
{
    enum class Style { HasMore, AfterToken, NextUrl, StartPosition, CursorString };
    Style style = Style::HasMore;
    int pageSize = 100;
    QString itemsPath;       // dot path of the record array: "data", "results", "records", "QueryResponse.Customer", "members"
    QString cursorParameter; // query parameter carrying the cursor: "starting_after", "after", "cursor"
    QString limitParameter;  // query parameter carrying the page size: "limit"; empty = none
    QString idField = QStringLiteral("id");
};

struct PageCursor
{
    QString token;       // HasMore, AfterToken, CursorString
    QUrl nextUrl;        // NextUrl (resolved against the request)
    qint64 position = 1; // StartPosition
    bool done = false;

    bool isFirst() const { return token.isEmpty() && nextUrl.isEmpty() && position == 1; }
    QJsonObject toJson() const;
    static PageCursor fromJson(const QJsonObject &json);
    friend bool operator==(const PageCursor &, const PageCursor &) = default;
};

namespace Paginator {

// The records of a page; a missing or null array is an empty page (QuickBooks omits the key).
QJsonArray items(const PaginationSpec &spec, const QJsonObject &body);

// The cursor for the page after `body`, which was fetched from `requestUrl` with `current`.
PageCursor next(const PaginationSpec &spec, const PageCursor &current, const QJsonObject &body, const QUrl &requestUrl);
// HasMore's step from what a page said: its `has_more` and its last record's id (empty when it had
// none), for readers that parse the page themselves.
PageCursor nextHasMore(const PageCursor &current, bool hasMore, const QString &lastId);

// The URL of the page `cursor` points at: query items added to `firstPage`, or the next URL itself.
// StartPosition leaves the URL alone (the position goes into the query text; see PageCursor::position).
QUrl apply(const PaginationSpec &spec, const PageCursor &cursor, const QUrl &firstPage);

} // namespace Paginator

} // namespace Orion

#pragma once

#include "adapters/connector.h"

#include <QUrl>

namespace Orion {

struct HttpRequest;

// What the QuickBooks connector's readers share (quickbooksconnector.cpp, quickbookscdc.cpp).
namespace QuickBooksDetail {

QUrl endpoint(const ConnectorContext &ctx, const QString &path, const QList<std::pair<QString, QString>> &query = {});
HttpRequest request(const QByteArray &method, const QUrl &url, const QJsonObject &body = {});
QDateTime parseTime(const QJsonValue &value);
// Maps one Customer or Invoice object into the page (or counts and logs it as skipped).
void addRecord(const ConnectorContext &ctx, RecordKind kind, const QString &entity, const QJsonObject &object, Page *page);
// A walk of the query API from a checkpoint (`since`: LastUpdatedTime ≥), or the whole entity.
std::unique_ptr<StreamReader> openQueryReader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint, bool fullRefresh);

// Change Data Capture (/cdc) as the incremental path: the objects changed since a time, deletions
// included (invoices `status: Deleted`, customers made inactive). A walk of the query API notes the
// server's time of its first answer (`changed_since`) in its checkpoints; the next run asks for
// what changed since then. QuickBooks looks back 30 days at most and answers 1,000 objects at most.
constexpr int kCdcLimit = 1000;
bool hasCdcCursor(const QJsonObject &checkpoint); // a complete walk: the changes come next
bool cdcReaches(const QJsonObject &checkpoint, const QDateTime &now);
// The changes since the checkpoint's time; the query walk from `since` when QuickBooks no longer
// looks back that far, or after the first 1,000 changes.
std::unique_ptr<StreamReader> openChangeReader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint);
// The server's time in an answer, less a margin for changes committed as it answered.
QString changedSinceOf(const QJsonObject &body);

} // namespace QuickBooksDetail
} // namespace Orion

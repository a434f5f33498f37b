#pragma once

#include "adapters/connector.h"

#include <QJsonArray>

namespace Orion {

struct HttpRequest;
struct HttpResponse;

// What the Stripe connector's readers share (stripeconnector.cpp, stripeevents.cpp).
namespace StripeDetail {

QString service();
HttpRequest listRequest(const ConnectorContext &ctx, RecordKind kind, qint64 gte, qint64 lt, int limit);
bool parseList(const HttpResponse &response, RecordKind kind, QJsonArray *data, bool *hasMore, Failure *failure);
qint64 createdOf(const QJsonValue &record);
// Invoices embed the first page of their lines; the rest when has_more.
bool fetchRemainingLines(const ConnectorContext &ctx, const QJsonObject &object, UnifiedInvoice *invoice, Failure *failure);
// A read of the whole stream (or from a `created_gte` checkpoint) through its list endpoint.
std::unique_ptr<StreamReader> openListReader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint, bool fullRefresh);

// The Events API (/v1/events) as the incremental path: every change of the stream's objects,
// deletions included, in the order Stripe made them. A read of the list endpoint first notes the
// newest event (`events_after`, `events_at`) in its checkpoints; the next run applies the events
// after it, page by page, each page's last event the checkpoint.
constexpr qint64 kEventHistorySeconds = 30 * 24 * 3600; // Stripe keeps events for 30 days
// The checkpoint keys naming the newest event when a read of the list starts; false with *failure.
bool noteNewestEvent(const ConnectorContext &ctx, RecordKind kind, QJsonObject *keys, Failure *failure);
// Whether the checkpoint ends a complete read, so that the events come next.
bool hasEventCursor(const QJsonObject &checkpoint);
// Whether Stripe still keeps the events after the checkpoint's (30 days, less a margin).
bool eventHistoryReaches(const QJsonObject &checkpoint, const QDateTime &now);
// A reader of the events after the checkpoint's; a read of the whole list when Stripe no longer
// keeps them (the checkpoint is older than its history).
std::unique_ptr<StreamReader> openEventReader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint);

} // namespace StripeDetail
} // namespace Orion

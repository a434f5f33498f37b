// The Stripe Events API as the incremental path of a stream: every change, deletions included.
#include "adapters/stripe/stripeconnector.h"
#include "adapters/stripe/stripedetail.h"

#include "runtime/httpclient.h"

#include <QHash>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Orion::StripeDetail {

namespace {

// Where a stream's events are: the customer events by name, every invoice event by wildcard.
void addTypes(RecordKind kind, QUrlQuery *query)
{
    if (kind == RecordKind::Customer) {
        for (const QString &type : {u"customer.created"_s, u"customer.updated"_s, u"customer.deleted"_s})
            query->addQueryItem(u"types[]"_s, type);
    } else {
        query->addQueryItem(u"type"_s, u"invoice.*"_s);
    }
}

HttpRequest eventsRequest(const ConnectorContext &ctx, RecordKind kind, int limit, const QList<std::pair<QString, QString>> &cursor)
{
    QUrl url(ctx.setting(u"api_base"_s) + u"/v1/events"_s);
    QUrlQuery query{{u"limit"_s, QString::number(limit)}};
    addTypes(kind, &query);
    for (const auto &[key, value] : cursor)
        query.addQueryItem(key, value);
    url.setQuery(query);
    HttpRequest request;
    request.url = url;
    request.headers = StripeConnector::commonHeaders(ctx);
    return request;
}

// Seconds a clock may be behind Stripe's; events this close to a time already applied are read again.
constexpr qint64 kClockMargin = 300;

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

class EventReader : public StreamReader
{
public:
    EventReader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint)
        : m_ctx(ctx)
        , m_kind(kind)
        , m_after(checkpoint.value("events_after"_L1).toString())
        , m_checkedAt(checkpoint.value("events_checked_at"_L1).toInteger(-1))
    {
        m_seek = m_after.isEmpty();
        if (!eventHistoryReaches(checkpoint, QDateTime::currentDateTimeUtc())) {
            ctx.log(u"the events after the last sync are older than Stripe keeps (30 days): reading the list in full"_s);
            m_list = openListReader(ctx, kind, {}, true);
        } else if (m_seek) {
            ctx.log(u"incremental: events since %1"_s.arg(m_checkedAt - kClockMargin));
        } else {
            ctx.log(u"incremental: events after %1"_s.arg(m_after));
        }
    }

    bool next(Page *page, Failure *failure) override
    {
        if (m_list)
            return m_list->next(page, failure);
        QJsonArray events; // newest first, as Stripe lists them
        bool more = false;
        if (!m_seek) {
            HttpResponse answer = m_ctx.http->send(eventsRequest(m_ctx, m_kind, 100, {{u"ending_before"_s, m_after}}));
            if (answer.status == 400 && answer.body.contains("resource_missing")) {
                // The last event applied is no longer kept, though the ones after it are: find them by time.
                m_ctx.log(u"event %1 is no longer kept; reading the events since %2"_s.arg(m_after).arg(m_checkedAt - kClockMargin));
                m_seek = true;
            } else if (!parseEvents(answer, &events, &more, failure)) {
                return false;
            }
        }
        if (m_seek && !seekOldest(&events, &more, failure))
            return false;
        applyEvents(events, page, failure);
        if (failure->isFailure())
            return false;
        if (!events.isEmpty())
            m_after = events.first().toObject().value("id"_L1).toString();
        page->done = !more;
        if (page->done)
            m_checkedAt = nowSeconds(); // every event up to now applied
        page->checkpoint = QJsonObject{{u"events_after"_s, m_after}, {u"events_checked_at"_s, m_checkedAt}};
        return true;
    }

private:
    bool parseEvents(const HttpResponse &answer, QJsonArray *events, bool *more, Failure *failure) const
    {
        if (!answer.isSuccess()) {
            *failure = StripeConnector::errorFor(answer, u"events"_s);
            return false;
        }
        QJsonObject body;
        if (!HttpClient::parseJsonObject(answer, service(), &body, failure))
            return false;
        if (body.value("object"_L1).toString() != "list"_L1 || !body.value("data"_L1).isArray()) {
            *failure = Failure::system(StripeConnector::tr("Stripe sent a list response without \"data\"."));
            return false;
        }
        *events = body.value("data"_L1).toArray();
        *more = body.value("has_more"_L1).toBool();
        return true;
    }

    // The oldest page of the events since the last check (Stripe lists newest first): walks back
    // to it; the pages after it are read forwards from there.
    bool seekOldest(QJsonArray *events, bool *more, Failure *failure)
    {
        const QString since = QString::number(std::max<qint64>(0, m_checkedAt - kClockMargin));
        QJsonArray oldest;
        int pages = 0;
        for (;;) {
            QList<std::pair<QString, QString>> cursor{{u"created[gte]"_s, since}};
            if (!oldest.isEmpty())
                cursor.append({u"starting_after"_s, oldest.last().toObject().value("id"_L1).toString()});
            QJsonArray page;
            bool older = false;
            if (!parseEvents(m_ctx.http->send(eventsRequest(m_ctx, m_kind, 100, cursor)), &page, &older, failure))
                return false;
            if (!page.isEmpty()) {
                oldest = page;
                ++pages;
            }
            if (!older || page.isEmpty())
                break;
        }
        *events = oldest;
        *more = pages > 1; // newer pages than the oldest: read forwards from it
        m_seek = false;
        return true;
    }

    // A page's events in the order Stripe made them; each object's last change wins.
    void applyEvents(const QJsonArray &events, Page *page, Failure *failure) const
    {
        struct Change
        {
            QJsonObject object;
            QDateTime deletedAt; // valid: deleted
        };
        QList<Change> changes;
        QHash<QString, qsizetype> at; // object id → its change
        const QString deletedType = m_kind == RecordKind::Customer ? u"customer.deleted"_s : u"invoice.deleted"_s;
        for (qsizetype i = events.size() - 1; i >= 0; --i) {
            const QJsonObject event = events.at(i).toObject();
            const QJsonObject object = event.value("data"_L1).toObject().value("object"_L1).toObject();
            const QString id = object.value("id"_L1).toString();
            ++page->sourceRecords;
            if (id.isEmpty()) {
                ++page->failedRecords;
                m_ctx.log(u"skipped event %1: no object id"_s.arg(event.value("id"_L1).toString()));
                continue;
            }
            Change change{object, {}};
            if (event.value("type"_L1).toString() == deletedType)
                change.deletedAt = QDateTime::fromSecsSinceEpoch(event.value("created"_L1).toInteger(), QTimeZone::UTC);
            const auto found = at.constFind(id);
            if (found != at.constEnd()) {
                changes[*found] = change;
            } else {
                at.insert(id, changes.size());
                changes.append(change);
            }
        }
        const QString region = m_ctx.setting(u"default_region"_s);
        for (const Change &change : std::as_const(changes)) {
            const QString id = change.object.value("id"_L1).toString();
            if (change.deletedAt.isValid()) {
                page->deletions.append({m_kind, id, change.deletedAt});
                continue;
            }
            QString error;
            if (m_kind == RecordKind::Customer) {
                UnifiedCustomer customer;
                if (StripeConnector::mapCustomer(change.object, region, &customer, &error)) {
                    customer.connectionId = m_ctx.connectionId;
                    page->customers.append(std::move(customer));
                    continue;
                }
            } else {
                UnifiedInvoice invoice;
                if (StripeConnector::mapInvoice(change.object, &invoice, &error) && fetchRemainingLines(m_ctx, change.object, &invoice, failure)) {
                    invoice.connectionId = m_ctx.connectionId;
                    page->invoices.append(std::move(invoice));
                    continue;
                }
                if (failure->isFailure())
                    return;
            }
            ++page->failedRecords;
            m_ctx.log(u"skipped %1: %2"_s.arg(id, error));
        }
    }

    const ConnectorContext &m_ctx;
    RecordKind m_kind;
    QString m_after;                      // the last event applied ("" = none yet)
    qint64 m_checkedAt = -1;              // when every event up to then was applied
    bool m_seek = false;                  // find the events by time (no event to start after)
    std::unique_ptr<StreamReader> m_list; // the history is gone: the list in full
};

} // namespace

bool noteNewestEvent(const ConnectorContext &ctx, RecordKind kind, QJsonObject *keys, Failure *failure)
{
    const qint64 checkedAt = nowSeconds();
    const HttpResponse answer = ctx.http->send(eventsRequest(ctx, kind, 1, {}));
    if (!answer.isSuccess()) {
        *failure = StripeConnector::errorFor(answer, u"events"_s);
        return false;
    }
    QJsonObject body;
    if (!HttpClient::parseJsonObject(answer, service(), &body, failure))
        return false;
    const QJsonArray data = body.value("data"_L1).toArray();
    *keys = QJsonObject{{u"events_after"_s, data.isEmpty() ? QString() : data.first().toObject().value("id"_L1).toString()},
                        {u"events_checked_at"_s, checkedAt}};
    return true;
}

bool hasEventCursor(const QJsonObject &checkpoint)
{
    // A read of the list interrupted mid-way (starting_after) resumes the list first.
    return checkpoint.value("events_after"_L1).isString() && checkpoint.value("events_checked_at"_L1).isDouble()
        && !checkpoint.contains("starting_after"_L1);
}

bool eventHistoryReaches(const QJsonObject &checkpoint, const QDateTime &now)
{
    const qint64 checkedAt = checkpoint.value("events_checked_at"_L1).toInteger(-1);
    return checkedAt >= 0 && now.toSecsSinceEpoch() - checkedAt < kEventHistorySeconds - 3600;
}

std::unique_ptr<StreamReader> openEventReader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint)
{
    return std::make_unique<EventReader>(ctx, kind, checkpoint);
}

} // namespace Orion::StripeDetail

#include "adapters/stripe/stripeconnector.h"

#include "adapters/stripe/stripecustomer.h"
#include "adapters/stripe/stripedetail.h"

#include "runtime/authenticator.h"
#include "runtime/httpclient.h"
#include "runtime/jsonslices.h"
#include "runtime/pagination.h"
#include "runtime/phonenumbers.h"
#include "runtime/ratebudget.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Orion {

namespace StripeDetail {

QDateTime fromUnix(const QJsonValue &value)
{
    if (!value.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toInteger(), QTimeZone::UTC);
}

QString service()
{
    return u"Stripe"_s;
}

class Reader : public StreamReader
{
public:
    Reader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint, bool fullRefresh)
        : m_ctx(ctx)
        , m_kind(kind)
    {
        init();
        if (!fullRefresh) {
            // A run that was interrupted resumes after its last committed page with the same filter.
            m_createdGte = checkpoint.value("created_gte"_L1).toInteger(-1);
            m_startingAfter = checkpoint.value("starting_after"_L1).toString();
            m_maxCreated = checkpoint.value("max_created"_L1).toInteger(-1);
            if (!m_startingAfter.isEmpty())
                m_eventKeys = eventKeysOf(checkpoint);
            if (!m_startingAfter.isEmpty())
                ctx.log(u"resuming after %1 (created ≥ %2)"_s.arg(m_startingAfter).arg(m_createdGte));
            else if (m_createdGte >= 0)
                ctx.log(u"incremental: created ≥ %1"_s.arg(m_createdGte));
        }
    }
    // One window of a partitioned read: created in [gte, lt) (no upper bound without "lt"), resuming
    // after the window's own checkpoint.
    Reader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &window, const QJsonObject &checkpoint)
        : m_ctx(ctx)
        , m_kind(kind)
        , m_window(true)
    {
        init();
        m_createdGte = window.value("gte"_L1).toInteger(-1);
        m_createdLt = window.value("lt"_L1).toInteger(-1);
        m_startingAfter = checkpoint.value("starting_after"_L1).toString();
        m_maxCreated = checkpoint.value("max_created"_L1).toInteger(-1);
        m_eventKeys = eventKeysOf(window);
    }

    bool next(Page *page, Failure *failure) override
    {
        // A new read of the list notes the newest event first: the next run applies what changed after.
        if (!m_window && m_eventKeys.isEmpty() && !noteNewestEvent(m_ctx, m_kind, &m_eventKeys, failure))
            return false;
        QUrl first(m_ctx.setting(u"api_base"_s) + m_path);
        QUrlQuery range;
        if (m_createdGte >= 0)
            range.addQueryItem(u"created[gte]"_s, QString::number(m_createdGte));
        if (m_createdLt >= 0)
            range.addQueryItem(u"created[lt]"_s, QString::number(m_createdLt));
        first.setQuery(range);
        const PaginationSpec spec{PaginationSpec::Style::HasMore, int(m_pageSize), u"data"_s, u"starting_after"_s, u"limit"_s, u"id"_s};
        PageCursor cursor;
        cursor.token = m_startingAfter;
        HttpRequest request;
        request.url = Paginator::apply(spec, cursor, first);
        request.headers = StripeConnector::commonHeaders(m_ctx);
        const QString what = m_kind == RecordKind::Customer ? u"customers"_s : u"invoices"_s;
        const QString region = m_ctx.setting(u"default_region"_s);
        // Customer pages go through simdjson (parse, map and compact in one pass); what it cannot
        // read, and invoices, through Qt's parser.
        CustomerList list;
        ListRead fast = ListRead::Unparsed;
        QJsonObject body;
        QByteArray text;
        const auto read = [&](const HttpResponse &response, Failure *parseFailure) {
            fast = m_kind == RecordKind::Customer ? readCustomerList(response.body, region, &list) : ListRead::Unparsed;
            if (fast != ListRead::Unparsed)
                return true;
            if (!HttpClient::parseJsonObject(response, service(), &body, parseFailure))
                return false;
            text = response.body;
            return true;
        };
        if (!m_ctx.http->fetchAnswer(request, [&](const HttpResponse &r) { return StripeConnector::errorFor(r, what); }, read, failure))
            return false;
        PageCursor next;
        if (fast == ListRead::Read) {
            page->sourceRecords += list.records;
            page->failedRecords += list.skipped.size();
            m_maxCreated = std::max(m_maxCreated, list.maxCreated);
            for (UnifiedCustomer &customer : list.customers) {
                customer.connectionId = m_ctx.connectionId;
                page->customers.append(std::move(customer));
            }
            for (const QString &skipped : std::as_const(list.skipped))
                m_ctx.log(u"skipped %1"_s.arg(skipped));
            next = Paginator::nextHasMore(cursor, list.hasMore, list.lastId);
        } else if (fast == ListRead::NotAList || !readParsedPage(body, text, region, page, failure)) {
            if (!failure->isFailure())
                *failure = Failure::system(StripeConnector::tr("Stripe sent a list response without \"data\"."));
            return false;
        } else {
            next = Paginator::next(spec, cursor, body, request.url);
        }
        if (m_window) { // the window's own checkpoint: its bounds are the plan's
            if (!next.done)
                m_startingAfter = next.token;
            page->done = next.done;
            page->checkpoint = next.done ? QJsonObject{{u"max_created"_s, m_maxCreated}}
                                         : QJsonObject{{u"starting_after"_s, m_startingAfter}, {u"max_created"_s, m_maxCreated}};
        } else if (!next.done) {
            m_startingAfter = next.token;
            page->checkpoint
                = QJsonObject{{u"created_gte"_s, m_createdGte}, {u"starting_after"_s, m_startingAfter}, {u"max_created"_s, m_maxCreated}};
        } else {
            // Complete: the next incremental run starts at the newest record seen (inclusive, so a
            // record created in the same second is not missed; the upsert absorbs the repeat).
            page->done = true;
            page->checkpoint = QJsonObject{{u"created_gte"_s, std::max(m_maxCreated, m_createdGte)}};
        }
        for (auto it = m_eventKeys.constBegin(); it != m_eventKeys.constEnd(); ++it)
            page->checkpoint.insert(it.key(), it.value());
        return true;
    }

private:
    // A page parsed by Qt's parser: false with *failure to stop the read, or without one for a
    // list answer without "data".
    bool readParsedPage(const QJsonObject &body, const QByteArray &text, const QString &region, Page *page, Failure *failure)
    {
        if (body.value("object"_L1).toString() != "list"_L1 || !body.value("data"_L1).isArray())
            return false;
        const QJsonArray data = body.value("data"_L1).toArray();
        // Each record's raw copy from the answer's own bytes (compacted), when they line up.
        QList<QByteArray> rawTexts = compactArrayElements(text, "data");
        if (rawTexts.size() != data.size())
            rawTexts.clear();
        qsizetype at = -1;
        for (const QJsonValue &value : data) {
            const QJsonObject object = value.toObject();
            ++at;
            ++page->sourceRecords;
            m_maxCreated = std::max(m_maxCreated, object.value("created"_L1).toInteger(-1));
            QString error;
            if (m_kind == RecordKind::Customer) {
                UnifiedCustomer customer;
                if (StripeConnector::mapCustomer(object, region, &customer, &error)) {
                    customer.connectionId = m_ctx.connectionId;
                    if (!rawTexts.isEmpty() && !rawTexts.at(at).contains("\\u0000")) // U+0000: the store drops it
                        customer.rawText = rawTexts.at(at);
                    page->customers.append(std::move(customer));
                    continue;
                }
            } else {
                UnifiedInvoice invoice;
                if (StripeConnector::mapInvoice(object, &invoice, &error) && fetchRemainingLines(m_ctx, object, &invoice, failure)) {
                    invoice.connectionId = m_ctx.connectionId;
                    page->invoices.append(std::move(invoice));
                    continue;
                }
                if (failure->isFailure())
                    return false;
            }
            ++page->failedRecords;
            m_ctx.log(u"skipped %1: %2"_s.arg(object.value("id"_L1).toString(), error));
        }
        return true;
    }

    static QJsonObject eventKeysOf(const QJsonObject &object)
    {
        QJsonObject keys;
        for (const char *key : {"events_after", "events_checked_at"}) {
            const QJsonValue v = object.value(QLatin1StringView(key));
            if (!v.isUndefined())
                keys.insert(QLatin1StringView(key), v);
        }
        return keys;
    }

    void init()
    {
        m_path = m_kind == RecordKind::Customer ? u"/v1/customers"_s : u"/v1/invoices"_s;
        m_pageSize = std::clamp<qint64>(m_ctx.settings.value("page_size"_L1).toInteger(100), 1, 100);
    }

    const ConnectorContext &m_ctx;
    RecordKind m_kind;
    bool m_window = false;
    QString m_path;
    qint64 m_pageSize = 100;
    qint64 m_createdGte = -1;
    qint64 m_createdLt = -1;
    qint64 m_maxCreated = -1;
    QString m_startingAfter;
    QJsonObject m_eventKeys; // events_after / events_checked_at: where the next run's events start
};

bool fetchRemainingLines(const ConnectorContext &ctx, const QJsonObject &object, UnifiedInvoice *invoice, Failure *failure)
{
    QJsonObject lines = object.value("lines"_L1).toObject();
    while (lines.value("has_more"_L1).toBool()) {
        const QJsonArray data = lines.value("data"_L1).toArray();
        if (data.isEmpty())
            break;
        QUrl url(ctx.setting(u"api_base"_s) + lines.value("url"_L1).toString());
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"100"_s);
        query.addQueryItem(u"starting_after"_s, data.last().toObject().value("id"_L1).toString());
        url.setQuery(query);
        HttpRequest request;
        request.url = url;
        request.headers = StripeConnector::commonHeaders(ctx);
        if (!ctx.http->fetchJsonObject(
                request, service(), [](const HttpResponse &r) { return StripeConnector::errorFor(r, u"invoice lines"_s); }, &lines, failure))
            return false;
        QJsonObject more = object;
        more.insert(u"lines"_s, lines);
        UnifiedInvoice extra;
        QString error;
        if (!StripeConnector::mapInvoice(more, &extra, &error)) {
            *failure = Failure::system(error);
            return false;
        }
        invoice->lineItems.append(extra.lineItems);
    }
    return true;
}

std::unique_ptr<StreamReader> openListReader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint, bool fullRefresh)
{
    return std::make_unique<Reader>(ctx, kind, checkpoint, fullRefresh);
}

HttpRequest listRequest(const ConnectorContext &ctx, RecordKind kind, qint64 gte, qint64 lt, int limit)
{
    QUrl url(ctx.setting(u"api_base"_s) + (kind == RecordKind::Customer ? u"/v1/customers"_s : u"/v1/invoices"_s));
    QUrlQuery query{{u"limit"_s, QString::number(limit)}};
    if (gte >= 0)
        query.addQueryItem(u"created[gte]"_s, QString::number(gte));
    if (lt >= 0)
        query.addQueryItem(u"created[lt]"_s, QString::number(lt));
    url.setQuery(query);
    HttpRequest request;
    request.url = url;
    request.headers = StripeConnector::commonHeaders(ctx);
    return request;
}

bool parseList(const HttpResponse &response, RecordKind kind, QJsonArray *data, bool *hasMore, Failure *failure)
{
    QJsonObject body;
    if (!response.isSuccess()) {
        *failure = StripeConnector::errorFor(response, kind == RecordKind::Customer ? u"customers"_s : u"invoices"_s);
        return false;
    }
    if (!HttpClient::parseJsonObject(response, service(), &body, failure))
        return false;
    *data = body.value("data"_L1).toArray();
    *hasMore = body.value("has_more"_L1).toBool();
    return true;
}

qint64 createdOf(const QJsonValue &record)
{
    return record.toObject().value("created"_L1).toInteger(-1);
}

} // namespace StripeDetail

HttpHeaders StripeConnector::commonHeaders(const ConnectorContext &ctx)
{
    HttpHeaders headers{{"Accept", "application/json"}};
    const QString version = ctx.setting(u"api_version"_s);
    if (!version.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Stripe-Version", version.toLatin1()));
    return headers;
}

QString StripeConnector::description() const
{
    return tr("Customers and invoices from Stripe; creates customers.");
}

QList<SettingSpec> StripeConnector::ownSettings() const
{
    using T = SettingSpec::Type;
    return {
        {u"api_base"_s,
         tr("API base URL"),
         T::Url,
         u"https://api.stripe.com"_s,
         true,
         {},
         tr("Requests go to {api_base}/v1/…; change it for a proxy or a test server."),
         {}},
        {u"api_version"_s, tr("API version"), T::Text, {}, false, {}, tr("Sent as Stripe-Version; empty uses the account's default."), {}},
        {u"default_region"_s,
         tr("Default phone region"),
         T::Text,
         u"US"_s,
         false,
         {},
         tr("Country used to read phone numbers written without a country code."),
         {}},
        {u"page_size"_s, tr("Page size"), T::Integer, u"100"_s, false, {}, tr("Records per request (1–100)."), {}},
        {u"requests_per_second"_s,
         tr("Requests per second"),
         T::Integer,
         QString(),
         false,
         {},
         tr("Rate budget shared by every sync of this connection. Empty: from the key, as Stripe allows "
            "(test keys 25/s, live keys 100/s)."),
         {}},
        concurrencySetting(),
        {u"api_key"_s, tr("Secret key"), T::Secret, {}, true, {}, tr("sk_live_… or sk_test_… (a restricted key works)."), {}},
        {u"webhook_secret"_s,
         tr("Webhook signing secret"),
         T::Secret,
         {},
         false,
         {},
         tr("whsec_… of the webhook endpoint, for orion webhook serve."),
         {}},
    };
}

QList<StreamSpec> StripeConnector::streams() const
{
    return {
        {u"customers"_s, RecordKind::Customer, u"created"_s, tr("Customers (/v1/customers)")},
        {u"invoices"_s, RecordKind::Invoice, u"created"_s, tr("Invoices with their line items (/v1/invoices)")},
    };
}

double StripeConnector::defaultRequestsPerSecond(const QString &apiKey)
{
    // Stripe's documented limits: 25 requests/s in test mode, 100 in live mode.
    return apiKey.startsWith("sk_test_"_L1) || apiKey.startsWith("rk_test_"_L1) ? 25 : 100;
}

std::unique_ptr<Authenticator> StripeConnector::createAuthenticator(const ConnectorContext &ctx, Failure *failure) const
{
    const auto key = ctx.secret(u"api_key"_s, failure);
    if (!key)
        return nullptr;
    const QJsonValue configured = ctx.settings.value("requests_per_second"_L1);
    const double perSecond = configured.isUndefined() ? defaultRequestsPerSecond(*key) : double(configured.toInteger());
    ctx.http->setRateBudget(RateBudget::forKey(u"stripe/"_s + ctx.secretOwner.scope, perSecond, 5));
    return std::make_unique<BearerAuthenticator>(*key);
}

std::unique_ptr<StreamReader> StripeConnector::openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                                          bool fullRefresh) const
{
    const auto spec = this->stream(stream);
    if (!spec)
        return nullptr;
    if (!fullRefresh && StripeDetail::hasEventCursor(checkpoint))
        return StripeDetail::openEventReader(ctx, spec->kind, checkpoint);
    return std::make_unique<StripeDetail::Reader>(ctx, spec->kind, checkpoint, fullRefresh);
}

QList<QJsonObject> StripeConnector::planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, int readers,
                                                   Failure *failure) const
{
    using StripeDetail::createdOf;
    const auto spec = this->stream(stream);
    if (!spec || readers < 2)
        return {};
    // After a read of the list, the events carry every change: read as one, unless Stripe no longer
    // keeps them, then the list again in full.
    const bool events = StripeDetail::hasEventCursor(checkpoint);
    if (events && StripeDetail::eventHistoryReaches(checkpoint, QDateTime::currentDateTimeUtc()))
        return {};
    if (events)
        ctx.log(u"the events after the last sync are older than Stripe keeps: reading the list in full"_s);
    const qint64 lower = events ? -1 : checkpoint.value("created_gte"_L1).toInteger(-1);
    QJsonArray first;
    bool more = false;
    if (!StripeDetail::parseList(ctx.http->send(StripeDetail::listRequest(ctx, spec->kind, lower, -1, 100)), spec->kind, &first, &more, failure))
        return {};
    if (!more || first.isEmpty())
        return {}; // one page: read as one
    // The newest event before any window is read (the first page is read again by its window); an
    // interrupted read of the list keeps the one it noted.
    QJsonObject eventKeys;
    if (!events && checkpoint.value("events_after"_L1).isString()) {
        eventKeys = {{u"events_after"_s, checkpoint.value("events_after"_L1)}, {u"events_checked_at"_s, checkpoint.value("events_checked_at"_L1)}};
    } else if (!StripeDetail::noteNewestEvent(ctx, spec->kind, &eventKeys, failure)) {
        return {};
    }
    const qint64 newest = createdOf(first.first());
    qint64 hi = createdOf(first.last()); // a record exists at hi
    qint64 lo = lower;                   // none is older than lo
    // Whether a record is older than each point, and the newest such record's `created` (-1: none):
    // one round trip for all the points.
    auto older = [&](const QList<qint64> &points, QList<qint64> *found) {
        QList<HttpRequest> requests;
        for (const qint64 at : points)
            requests.append(StripeDetail::listRequest(ctx, spec->kind, -1, at, 1));
        const QList<HttpResponse> answers = sendConcurrently(ctx, requests);
        found->clear();
        for (const HttpResponse &answer : answers) {
            QJsonArray data;
            bool ignored = false;
            if (!StripeDetail::parseList(answer, spec->kind, &data, &ignored, failure))
                return false;
            found->append(data.isEmpty() ? -1 : createdOf(data.first()));
        }
        return true;
    };
    if (lo < 0) {
        // Stripe lists newest first and has no "oldest": gallop back from the first page's oldest
        // record (five points a round trip, each eight times further), then narrow the gap between
        // the last point with older records and the first without.
        qint64 step = std::max<qint64>(1, newest - hi);
        while (lo < 0) {
            QList<qint64> points;
            for (qint64 k = 0, at = hi - step; k < 5 && at > 0; ++k, step *= 8, at = hi - step)
                points.append(at);
            if (points.isEmpty()) {
                lo = 0;
                break;
            }
            QList<qint64> found;
            if (!older(points, &found))
                return {};
            for (qsizetype k = 0; k < points.size() && lo < 0; ++k) {
                if (found.at(k) < 0)
                    lo = points.at(k);
                else
                    hi = std::min(hi, found.at(k));
            }
        }
        // The lowest window is open below, so the estimate need not be exact: narrow it until it is
        // within a quarter of the known span (two round trips at most).
        for (int round = 0; round < 2 && hi - lo > std::max<qint64>(1, (newest - hi) / 4); ++round) {
            const QList<qint64> points{lo + (hi - lo) / 4, lo + (hi - lo) / 2, lo + (hi - lo) * 3 / 4};
            QList<qint64> found;
            if (!older(points, &found))
                return {};
            qint64 newLo = lo;
            for (qsizetype k = 0; k < points.size(); ++k) {
                if (found.at(k) < 0) {
                    newLo = points.at(k);
                } else {
                    hi = std::min(hi, found.at(k));
                    break;
                }
            }
            lo = newLo;
        }
    }
    // Equal spans of `created`, more windows than readers so that a dense window does not leave the
    // others idle; the last one is open-ended and also reads what is created during the run.
    const qint64 span = newest + 1 - lo;
    const qint64 count = std::clamp<qint64>(qint64(readers) * kWindowsPerReader, 2, std::max<qint64>(2, span));
    QList<QJsonObject> windows;
    for (qint64 i = 0; i < count; ++i) {
        QJsonObject window;
        if (i > 0 || lower >= 0) // the oldest window is open below when the oldest record was estimated
            window.insert(u"gte"_s, i > 0 ? lo + span * i / count : lower);
        if (i + 1 < count)
            window.insert(u"lt"_s, lo + span * (i + 1) / count);
        for (auto it = eventKeys.constBegin(); it != eventKeys.constEnd(); ++it)
            window.insert(it.key(), it.value());
        windows.append(window);
    }
    ctx.log(u"%1 partitions of created from %2 to %3"_s.arg(count).arg(lo).arg(newest));
    return windows;
}

std::unique_ptr<StreamReader> StripeConnector::openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                             const QJsonObject &checkpoint) const
{
    const auto spec = this->stream(stream);
    if (!spec)
        return nullptr;
    return std::make_unique<StripeDetail::Reader>(ctx, spec->kind, window, checkpoint);
}

QJsonObject StripeConnector::joinPartitions(const QString &, const QList<QJsonObject> &finished) const
{
    // The next incremental read starts at the newest record seen in any window (inclusive, as after
    // a sequential read).
    qint64 newest = -1;
    QJsonObject joined;
    for (const QJsonObject &checkpoint : finished) {
        newest = std::max(newest, checkpoint.value("max_created"_L1).toInteger(-1));
        if (StripeDetail::hasEventCursor(checkpoint)) { // the same in every window: noted before the plan
            joined.insert(u"events_after"_s, checkpoint.value("events_after"_L1));
            joined.insert(u"events_checked_at"_s, checkpoint.value("events_checked_at"_L1));
        }
    }
    if (newest >= 0)
        joined.insert(u"created_gte"_s, newest);
    return joined;
}

int StripeConnector::defaultConcurrency(const ConnectorContext &ctx) const
{
    // Enough requests in flight to spend the budget at ~100 ms a round trip, with headroom.
    const auto budget = ctx.http ? ctx.http->rateBudget() : nullptr;
    if (!budget)
        return 4;
    return int(std::clamp<double>(std::ceil(budget->perSecond() / 8.0), 2, 16));
}

Failure StripeConnector::testConnection(const ConnectorContext &ctx) const
{
    HttpRequest request;
    request.url = QUrl(ctx.setting(u"api_base"_s) + u"/v1/customers?limit=1"_s);
    request.headers = commonHeaders(ctx);
    const HttpResponse response = ctx.http->send(request);
    if (!response.isSuccess())
        return errorFor(response, u"customers"_s);
    return {};
}

Failure StripeConnector::errorFor(const HttpResponse &response, const QString &what)
{
    if (response.failure)
        return response.failure;
    const QJsonObject error = QJsonDocument::fromJson(response.body).object().value("error"_L1).toObject();
    const QString message = error.value("message"_L1).toString();
    const QString text = message.isEmpty() ? tr("Stripe answered HTTP %1 when reading %2.").arg(response.status).arg(what)
                                           : tr("Stripe answered HTTP %1 when reading %2: %3").arg(response.status).arg(what, message);
    switch (response.status) {
    case 400:
    case 401:
    case 402:
    case 403:
    case 404: return Failure::config(text);
    default: return Failure::system(text);
    }
}

namespace StripeDetail {
namespace {

// mapCustomerFields' view of a parsed object.
struct QtFields
{
    QJsonObject object;
    QString string(QLatin1StringView key) const { return object.value(key).toString(); }
    QtFields child(QLatin1StringView key) const { return {object.value(key).toObject()}; }
    QDateTime unixTime(QLatin1StringView key) const { return fromUnix(object.value(key)); }
};

} // namespace
} // namespace StripeDetail

bool StripeConnector::mapCustomer(const QJsonObject &object, const QString &defaultRegion, UnifiedCustomer *customer, QString *error)
{
    if (!StripeDetail::mapCustomerFields(StripeDetail::QtFields{object}, defaultRegion, customer, error))
        return false;
    customer->raw = object;
    return true;
}

bool StripeConnector::mapInvoice(const QJsonObject &object, UnifiedInvoice *invoice, QString *error)
{
    UnifiedInvoice inv;
    inv.source = u"stripe"_s;
    inv.externalId = object.value("id"_L1).toString();
    if (inv.externalId.isEmpty() || object.value("object"_L1).toString() != "invoice"_L1) {
        *error = tr("not a Stripe invoice object");
        return false;
    }
    inv.number = object.value("number"_L1).toString();
    const QJsonValue customer = object.value("customer"_L1);
    inv.customerExternalId = customer.isObject() ? customer.toObject().value("id"_L1).toString() : customer.toString();
    inv.currency = object.value("currency"_L1).toString().toUpper();
    if (inv.currency.size() != 3) {
        *error = tr("invoice %1 has no valid currency").arg(inv.externalId);
        return false;
    }
    auto integer = [&](QLatin1StringView key, qint64 *out) {
        const QJsonValue value = object.value(key);
        if (value.isNull() || value.isUndefined()) {
            *out = 0;
            return true;
        }
        if (!value.isDouble() || value.toDouble() != double(value.toInteger())) {
            *error = tr("invoice %1: %2 is not an integer amount").arg(inv.externalId, key);
            return false;
        }
        *out = value.toInteger();
        return true;
    };
    if (!integer("subtotal"_L1, &inv.subtotal) || !integer("total"_L1, &inv.total) || !integer("amount_due"_L1, &inv.amountDue)
        || !integer("tax"_L1, &inv.tax))
        return false;
    if (object.value("tax"_L1).isNull() || object.value("tax"_L1).isUndefined()) {
        // Newer API versions report taxes as a list.
        for (const QJsonValue &t : object.value("total_taxes"_L1).toArray())
            inv.tax += t.toObject().value("amount"_L1).toInteger();
    }
    if (!UnifiedInvoice::statusFromName(object.value("status"_L1).toString(), &inv.status)) {
        *error = tr("invoice %1 has an unknown status \"%2\"").arg(inv.externalId, object.value("status"_L1).toString());
        return false;
    }
    inv.issuedAt = StripeDetail::fromUnix(object.value("created"_L1));
    inv.dueAt = StripeDetail::fromUnix(object.value("due_date"_L1));
    for (const QJsonValue &value : object.value("lines"_L1).toObject().value("data"_L1).toArray()) {
        const QJsonObject line = value.toObject();
        UnifiedLineItem item;
        item.description = line.value("description"_L1).toString();
        item.quantity = line.value("quantity"_L1).toInteger(1);
        item.amount = line.value("amount"_L1).toInteger();
        const QJsonValue unit = line.value("price"_L1).toObject().value("unit_amount"_L1);
        item.unitAmount = unit.isDouble() ? unit.toInteger() : (item.quantity ? item.amount / item.quantity : item.amount);
        inv.lineItems.append(item);
    }
    inv.raw = object;
    *invoice = std::move(inv);
    return true;
}

QByteArray StripeConnector::customerForm(const UnifiedCustomer &customer)
{
    QUrlQuery form;
    auto add = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"name"_s, customer.fullName.isEmpty() ? QString(customer.firstName + u' ' + customer.lastName).trimmed() : customer.fullName);
    add(u"email"_s, customer.email);
    add(u"phone"_s, customer.phone);
    add(u"address[line1]"_s, customer.address.line1);
    add(u"address[line2]"_s, customer.address.line2);
    add(u"address[city]"_s, customer.address.city);
    add(u"address[state]"_s, customer.address.region);
    add(u"address[postal_code]"_s, customer.address.postalCode);
    add(u"address[country]"_s, customer.address.country);
    add(u"metadata[orion_external_id]"_s, customer.externalId);
    add(u"metadata[company]"_s, customer.company);
    return form.toString(QUrl::FullyEncoded).toLatin1();
}

QByteArray StripeConnector::idempotencyKey(const QString &connection, const QByteArray &formBody)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(connection.toUtf8());
    hash.addData("\n");
    hash.addData(formBody);
    return "orion-" + hash.result().toHex().left(48);
}

WriteOutcome StripeConnector::writeCustomers(const ConnectorContext &ctx, const UnifiedCustomers &customers, const WriteOptions &options) const
{
    WriteOutcome outcome;
    for (const UnifiedCustomer &customer : customers) {
        if (ctx.http->isCancelled()) {
            outcome.failure = Failure::cancelled(tr("Cancelled."));
            return outcome;
        }
        // A customer a dry run matched is updated in place (POST /v1/customers/{id}); others are created.
        const QString target = options.targets.value(customer.externalId);
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(ctx.setting(u"api_base"_s) + u"/v1/customers"_s
                           + (target.isEmpty() ? QString() : u'/' + QString::fromLatin1(QUrl::toPercentEncoding(target))));
        request.body = customerForm(customer);
        request.headers = commonHeaders(ctx);
        request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/x-www-form-urlencoded"));
        request.headers.append(std::pair<QByteArray, QByteArray>("Idempotency-Key", idempotencyKey(ctx.connectionName, request.body)));
        const HttpResponse response = ctx.http->send(request);
        if (response.failure && response.failure.errorClass != ErrorClass::Transient) {
            outcome.failure = response.failure;
            return outcome;
        }
        if (response.isSuccess()) {
            ++(target.isEmpty() ? outcome.created : outcome.updated);
            continue;
        }
        outcome.fail(customer.externalId, ctx.http->redactor().redact(errorFor(response, u"customers"_s).message));
        if (response.status == 401 || response.status == 403) {
            outcome.failure = errorFor(response, u"customers"_s);
            return outcome;
        }
    }
    return outcome;
}

std::optional<WebhookSignature::Scheme> StripeConnector::webhookScheme() const
{
    return WebhookSignature::Scheme::Stripe;
}

QStringList StripeConnector::webhookSecretKeys() const
{
    return {u"webhook_secret"_s};
}

bool StripeConnector::readWebhook(const QByteArray &body, const QJsonObject &, WebhookEvents *events, QString *error) const
{
    // One event per delivery, identified by its id; the object it carries names the stream.
    QJsonParseError parse{};
    const QJsonObject event = QJsonDocument::fromJson(body, &parse).object();
    if (parse.error != QJsonParseError::NoError || event.value("object"_L1).toString() != "event"_L1 || !event.value("id"_L1).isString()
        || !event.value("type"_L1).isString()) {
        *error = tr("The body is not a Stripe event.");
        return false;
    }
    events->deliveryKey = event.value("id"_L1).toString();
    events->events = 1;
    const QString object = event.value("data"_L1).toObject().value("object"_L1).toObject().value("object"_L1).toString();
    if (object == "customer"_L1)
        events->streams = {u"customers"_s};
    else if (object == "invoice"_L1)
        events->streams = {u"invoices"_s};
    return true;
}

} // namespace Orion

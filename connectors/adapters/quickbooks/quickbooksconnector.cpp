#include "adapters/quickbooks/quickbooksconnector.h"

#include "adapters/quickbooks/quickbooksdetail.h"

#include "runtime/authenticator.h"
#include "runtime/pagination.h"
#include "runtime/phonenumbers.h"
#include "runtime/ratebudget.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Orion {

namespace QuickBooksDetail {

QString companyPath(const ConnectorContext &ctx)
{
    return ctx.setting(u"api_base"_s) + u"/v3/company/"_s + QString::fromLatin1(QUrl::toPercentEncoding(ctx.setting(u"realm_id"_s)));
}

QUrl endpoint(const ConnectorContext &ctx, const QString &path, const QList<std::pair<QString, QString>> &query)
{
    QUrl url(companyPath(ctx) + path);
    QUrlQuery q;
    for (const auto &[k, v] : query)
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    q.addQueryItem(u"minorversion"_s, ctx.setting(u"minorversion"_s));
    url.setQuery(q);
    return url;
}

HttpRequest request(const QByteArray &method, const QUrl &url, const QJsonObject &body)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.headers = {{"Accept", "application/json"}};
    if (method == "POST") {
        r.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return r;
}

QDateTime parseTime(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone::UTC);
    return t.toUTC();
}

void addRecord(const ConnectorContext &ctx, RecordKind kind, const QString &entity, const QJsonObject &object, Page *page)
{
    QString error;
    if (kind == RecordKind::Customer) {
        UnifiedCustomer c;
        if (QuickBooksConnector::mapCustomer(object, ctx.setting(u"default_region"_s), &c, &error)) {
            c.connectionId = ctx.connectionId;
            page->customers.append(std::move(c));
            return;
        }
    } else {
        UnifiedInvoice inv;
        if (QuickBooksConnector::mapInvoice(object, ctx.setting(u"default_currency"_s), &inv, &error)) {
            inv.connectionId = ctx.connectionId;
            page->invoices.append(std::move(inv));
            return;
        }
    }
    ++page->failedRecords;
    ctx.log(u"skipped %1 %2: %3"_s.arg(entity, object.value("Id"_L1).toString(), error));
}

bool runQuery(const ConnectorContext &ctx, const QString &statement, QJsonObject *body, Failure *failure)
{
    return ctx.http->fetchJsonObject(
        request("GET", endpoint(ctx, u"/query"_s, {{u"query"_s, statement}})), u"QuickBooks"_s,
        [](const HttpResponse &r) { return QuickBooksConnector::errorFor(r, u"the query"_s); }, body, failure);
}

// Pages that cannot skip a record: every query starts at the newest LastUpdatedTime read so far
// (`>=`, STARTPOSITION 1) instead of an offset into a set that edits reorder. A record edited during
// the walk moves to a later time and is read there; the records at the boundary time that were
// already read come again and are skipped by Id. Only a boundary group larger than half a page is
// walked by offset, with an overlap that absorbs records leaving it meanwhile.
class Reader : public StreamReader
{
public:
    static constexpr int kOverlap = 10;
    static constexpr int kMaxBoundaryIds = 10'000;

    Reader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint, bool fullRefresh)
        : m_ctx(ctx)
        , m_kind(kind)
        , m_entity(kind == RecordKind::Customer ? u"Customer"_s : u"Invoice"_s)
    {
        m_pageSize = int(std::clamp<qint64>(ctx.settings.value("page_size"_L1).toInteger(1000), 1, 1000));
        if (!fullRefresh) {
            m_since = checkpoint.value("since"_L1).toString();
            m_maxSeen = checkpoint.value("max_seen"_L1).toString(m_since);
            m_boundary = checkpoint.value("boundary"_L1).toString();
            for (const QJsonValue &id : checkpoint.value("boundary_ids"_L1).toArray())
                m_boundaryIds.insert(id.toString());
            // A walk in progress (or one the change feed handed over) keeps the time it noted.
            m_changedSince = checkpoint.value("changed_since"_L1).toString();
            if (!m_boundary.isEmpty())
                ctx.log(u"resuming at MetaData.LastUpdatedTime ≥ %1"_s.arg(m_boundary));
            else if (!m_since.isEmpty())
                ctx.log(u"incremental: MetaData.LastUpdatedTime ≥ %1"_s.arg(m_since));
        }
    }

    // One window of a partitioned read: LastUpdatedTime in [gte, lt) (open where a bound is
    // missing), resuming after the window's own checkpoint.
    Reader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &window, const QJsonObject &checkpoint)
        : Reader(ctx, kind, checkpoint.isEmpty() ? QJsonObject{{u"since"_s, window.value("gte"_L1)}} : checkpoint, false)
    {
        m_until = window.value("lt"_L1).toString();
        m_changedSince = window.value("changed_since"_L1).toString(); // noted by the plan
    }

    bool next(Page *page, Failure *failure) override
    {
        const QString from = m_boundary.isEmpty() ? m_since : m_boundary;
        QString statement = u"SELECT * FROM "_s + m_entity;
        QStringList conditions;
        if (!from.isEmpty())
            conditions << u"MetaData.LastUpdatedTime >= "_s + QuickBooksConnector::queryLiteral(from);
        if (!m_until.isEmpty())
            conditions << u"MetaData.LastUpdatedTime < "_s + QuickBooksConnector::queryLiteral(m_until);
        if (!conditions.isEmpty())
            statement += u" WHERE "_s + conditions.join(u" AND "_s);
        const qint64 position = m_boundaryIds.size() * 2 > m_pageSize ? std::max<qint64>(1, m_boundaryIds.size() - kOverlap + 1) : 1;
        statement += u" ORDERBY MetaData.LastUpdatedTime STARTPOSITION %1 MAXRESULTS %2"_s.arg(position).arg(m_pageSize);
        QJsonObject body;
        if (!runQuery(m_ctx, statement, &body, failure))
            return false;
        if (m_changedSince.isEmpty()) // the next run's changes: since this walk began
            m_changedSince = changedSinceOf(body);
        const PaginationSpec spec{PaginationSpec::Style::StartPosition, m_pageSize, u"QueryResponse."_s + m_entity, {}, {}, u"Id"_s};
        const QJsonArray items = Paginator::items(spec, body);
        qint64 fresh = 0;
        for (const QJsonValue &value : items) {
            const QJsonObject object = value.toObject();
            const QString id = object.value("Id"_L1).toString();
            const QString updated = object.value("MetaData"_L1).toObject().value("LastUpdatedTime"_L1).toString();
            const QDateTime at = parseTime(updated);
            if (!m_boundary.isEmpty() && at == parseTime(m_boundary) && m_boundaryIds.contains(id))
                continue; // read on an earlier page
            ++fresh;
            if (m_boundary.isEmpty() || at > parseTime(m_boundary)) {
                m_boundary = updated;
                m_boundaryIds.clear();
            }
            if (at == parseTime(m_boundary) && m_boundaryIds.size() < kMaxBoundaryIds)
                m_boundaryIds.insert(id);
            if (m_maxSeen.isEmpty() || at > parseTime(m_maxSeen))
                m_maxSeen = updated;
            ++page->sourceRecords;
            addRecord(m_ctx, m_kind, m_entity, object, page);
        }
        // A short page is the last one (QuickBooks answers an empty QueryResponse past the end); a
        // full page of records read before cannot happen unless the boundary group is larger than
        // the overlap lets through, and then stopping is safer than looping.
        if (items.size() < m_pageSize || fresh == 0) {
            page->done = true;
            page->checkpoint = QJsonObject{{u"since"_s, m_maxSeen}};
        } else {
            QJsonArray ids;
            for (const QString &id : std::as_const(m_boundaryIds))
                ids.append(id);
            page->checkpoint = QJsonObject{{u"since"_s, m_since}, {u"max_seen"_s, m_maxSeen}, {u"boundary"_s, m_boundary}, {u"boundary_ids"_s, ids}};
        }
        if (!m_changedSince.isEmpty())
            page->checkpoint.insert(u"changed_since"_s, m_changedSince);
        return true;
    }

private:
    const ConnectorContext &m_ctx;
    RecordKind m_kind;
    QString m_entity;
    int m_pageSize = 1000;
    QString m_since;
    QString m_maxSeen;
    QString m_until;             // a window's upper bound (exclusive)
    QString m_boundary;          // the newest LastUpdatedTime read in this walk
    QSet<QString> m_boundaryIds; // the records read at that time
    QString m_changedSince;      // the server's time when this walk began: where the next changes start
};

std::unique_ptr<StreamReader> openQueryReader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint, bool fullRefresh)
{
    return std::make_unique<Reader>(ctx, kind, checkpoint, fullRefresh);
}

} // namespace QuickBooksDetail

using QuickBooksDetail::request;

QString QuickBooksConnector::description() const
{
    return tr("Customers and invoices from QuickBooks Online; creates customers or updates them sparsely.");
}

QList<SettingSpec> QuickBooksConnector::ownSettings() const
{
    using T = SettingSpec::Type;
    return {
        {u"api_base"_s,
         tr("API base URL"),
         T::Url,
         u"https://quickbooks.api.intuit.com"_s,
         true,
         {},
         tr("Requests go to {api_base}/v3/company/{realm_id}/…; https://sandbox-quickbooks.api.intuit.com for sandboxes."),
         {}},
        {u"token_url"_s,
         tr("Token URL"),
         T::Url,
         u"https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"_s,
         true,
         {},
         tr("OAuth token endpoint."),
         {}},
        {u"authorize_url"_s,
         tr("Authorization URL"),
         T::Url,
         u"https://appcenter.intuit.com/connect/oauth2"_s,
         true,
         {},
         tr("Where the browser signs in."),
         {}},
        {u"realm_id"_s, tr("Company ID (realm)"), T::Text, {}, true, {}, tr("The QuickBooks company to read and write."), {}},
        {u"client_id"_s, tr("Client ID"), T::Text, {}, true, {}, tr("The Intuit app's client id."), {}},
        {u"scopes"_s, tr("Scopes"), T::Text, u"com.intuit.quickbooks.accounting"_s, false, {}, tr("Space-separated OAuth scopes to request."), {}},
        {u"minorversion"_s, tr("Minor version"), T::Integer, u"75"_s, true, {}, tr("API minor version (versions below 75 are retired)."), {}},
        {u"default_currency"_s,
         tr("Currency"),
         T::Text,
         u"USD"_s,
         false,
         {},
         tr("The company's home currency, for invoices without CurrencyRef."),
         {}},
        {u"default_region"_s,
         tr("Default phone region"),
         T::Text,
         u"US"_s,
         false,
         {},
         tr("Country used to read phone numbers written without a country code."),
         {}},
        {u"page_size"_s, tr("Page size"), T::Integer, u"1000"_s, false, {}, tr("MAXRESULTS per query (1–1000)."), {}},
        {u"requests_per_second"_s,
         tr("Requests per second"),
         T::Integer,
         u"8"_s,
         false,
         {},
         tr("Rate budget per company (QuickBooks allows 10 per second and 500 per minute)."),
         {}},
        concurrencySetting(),
        {u"throttle_wait_seconds"_s,
         tr("Wait after 429 (s)"),
         T::Integer,
         u"60"_s,
         false,
         {},
         tr("How long to wait after QuickBooks throttles a request."),
         {}},
        {u"refresh_token"_s, tr("Refresh token"), T::Secret, {}, true, {}, tr("Filled in by Sign In."), {}},
        {u"client_secret"_s, tr("Client secret"), T::Secret, {}, true, {}, {}, {}},
        {u"webhook_verifier_token"_s,
         tr("Webhook verifier token"),
         T::Secret,
         {},
         false,
         {},
         tr("The app's verifier token, for orion webhook serve."),
         {}},
    };
}

QList<StreamSpec> QuickBooksConnector::streams() const
{
    return {{u"customers"_s, RecordKind::Customer, u"MetaData.LastUpdatedTime"_s, tr("Customers")},
            {u"invoices"_s, RecordKind::Invoice, u"MetaData.LastUpdatedTime"_s, tr("Invoices with their lines")}};
}

std::unique_ptr<Authenticator> QuickBooksConnector::createAuthenticator(const ConnectorContext &ctx, Failure *) const
{
    const QString realm = ctx.setting(u"realm_id"_s);
    ctx.http->setRateBudget(RateBudget::forKey(u"quickbooks/"_s + realm, double(ctx.settings.value("requests_per_second"_L1).toInteger(8)), 8));
    ctx.http->options().retry.rateLimitWaitMs = int(ctx.settings.value("throttle_wait_seconds"_L1).toInteger(60) * 1000);
    OAuth2RefreshAuthenticator::Config config;
    config.owner = ctx.secretOwner;
    config.serviceName = u"QuickBooks"_s;
    config.tokenUrl = QUrl(ctx.setting(u"token_url"_s));
    config.clientId = ctx.setting(u"client_id"_s);
    config.clientBasicAuth = true;
    config.lockKey = u"quickbooks/"_s + realm;
    return std::make_unique<OAuth2RefreshAuthenticator>(config, ctx.credentials);
}

std::optional<OAuthEndpoints> QuickBooksConnector::oauthEndpoints(const QJsonObject &settings) const
{
    QString error;
    const auto s = validateSettings(settings, &error);
    if (!s)
        return std::nullopt;
    return OAuthEndpoints{QUrl(s->value("authorize_url"_L1).toString()), QUrl(s->value("token_url"_L1).toString()),
                          s->value("client_id"_L1).toString(), s->value("scopes"_L1).toString()};
}

std::unique_ptr<StreamReader> QuickBooksConnector::openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                                              bool fullRefresh) const
{
    const auto spec = this->stream(stream);
    if (!spec)
        return nullptr;
    if (!fullRefresh && QuickBooksDetail::hasCdcCursor(checkpoint))
        return QuickBooksDetail::openChangeReader(ctx, spec->kind, checkpoint);
    return std::make_unique<QuickBooksDetail::Reader>(ctx, spec->kind, checkpoint, fullRefresh);
}

Failure QuickBooksConnector::testConnection(const ConnectorContext &ctx) const
{
    QJsonObject body;
    Failure failure;
    QuickBooksDetail::runQuery(ctx, u"SELECT COUNT(*) FROM Customer"_s, &body, &failure);
    return failure;
}

bool QuickBooksConnector::fault(const QByteArray &body, QString *code, QString *message)
{
    const QJsonObject doc = QJsonDocument::fromJson(body).object();
    const QJsonObject f = doc.contains("Fault"_L1) ? doc.value("Fault"_L1).toObject() : doc.value("fault"_L1).toObject();
    const QJsonArray errors = f.contains("Error"_L1) ? f.value("Error"_L1).toArray() : f.value("error"_L1).toArray();
    if (errors.isEmpty())
        return false;
    const QJsonObject e = errors.first().toObject();
    *code = e.value("code"_L1).toString();
    const QString msg = e.contains("Message"_L1) ? e.value("Message"_L1).toString() : e.value("message"_L1).toString();
    const QString detail = e.contains("Detail"_L1) ? e.value("Detail"_L1).toString() : e.value("detail"_L1).toString();
    *message = detail.isEmpty() ? msg : detail;
    return true;
}

Failure QuickBooksConnector::errorFor(const HttpResponse &response, const QString &what)
{
    if (response.failure)
        return response.failure;
    QString code, message;
    const QString text = fault(response.body, &code, &message)
        ? tr("QuickBooks answered HTTP %1 for %2: %3 (%4)").arg(response.status).arg(what, message, code)
        : tr("QuickBooks answered HTTP %1 for %2.").arg(response.status).arg(what);
    if (response.status == 400 || response.status == 401 || response.status == 403 || response.status == 404)
        return Failure::config(text);
    return Failure::system(text);
}

qint64 QuickBooksConnector::minorUnits(const QJsonValue &decimal)
{
    return decimal.isDouble() ? qint64(std::llround(decimal.toDouble() * 100.0)) : 0;
}

QList<QJsonObject> QuickBooksConnector::planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, int readers,
                                                       Failure *failure) const
{
    using QuickBooksDetail::parseTime;
    const auto spec = this->stream(stream);
    if (!spec || readers < 2 || checkpoint.contains("boundary"_L1)) // a walk in progress resumes where it stopped
        return {};
    // After a complete walk the changes come from Change Data Capture, read as one.
    if (QuickBooksDetail::hasCdcCursor(checkpoint) && QuickBooksDetail::cdcReaches(checkpoint, QDateTime::currentDateTimeUtc()))
        return {};
    const QString entity = spec->kind == RecordKind::Customer ? u"Customer"_s : u"Invoice"_s;
    const QString since = checkpoint.value("since"_L1).toString();
    const QString where = since.isEmpty() ? QString() : QString(u" WHERE MetaData.LastUpdatedTime >= "_s + queryLiteral(since));
    const qint64 pageSize = std::clamp<qint64>(ctx.settings.value("page_size"_L1).toInteger(1000), 1, 1000);
    // How many, the oldest and the newest: three small queries.
    QJsonObject counted, oldest, newest;
    if (!QuickBooksDetail::runQuery(ctx, u"SELECT COUNT(*) FROM "_s + entity + where, &counted, failure))
        return {};
    const qint64 total = counted.value("QueryResponse"_L1).toObject().value("totalCount"_L1).toInteger();
    if (total <= pageSize)
        return {}; // one page: read as one
    const auto edge = [&](const char *order, QJsonObject *body) {
        return QuickBooksDetail::runQuery(ctx,
                                          u"SELECT * FROM "_s + entity + where + u" ORDERBY MetaData.LastUpdatedTime "_s + QLatin1StringView(order)
                                              + u" STARTPOSITION 1 MAXRESULTS 1"_s,
                                          body, failure);
    };
    if (!edge("ASC", &oldest) || !edge("DESC", &newest))
        return {};
    const auto timeOf = [&](const QJsonObject &body) {
        return parseTime(body.value("QueryResponse"_L1)
                             .toObject()
                             .value(entity)
                             .toArray()
                             .first()
                             .toObject()
                             .value("MetaData"_L1)
                             .toObject()
                             .value("LastUpdatedTime"_L1));
    };
    const QDateTime first = timeOf(oldest), last = timeOf(newest);
    if (!first.isValid() || !last.isValid())
        return {};
    const qint64 lo = first.toSecsSinceEpoch(), span = last.toSecsSinceEpoch() + 1 - lo;
    // Equal spans of LastUpdatedTime, more windows than readers (a dense span does not leave the
    // others idle) but not smaller than a page on average; the oldest is open below when the read
    // is full, the newest open above (it also reads what changes during the run).
    const qint64 count = std::clamp<qint64>(std::min<qint64>(qint64(readers) * 4, (total + pageSize - 1) / pageSize), 2, std::max<qint64>(2, span));
    const auto literal
        = [](qint64 secs) { return QString(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+00:00"_s); };
    QList<QJsonObject> windows;
    for (qint64 i = 0; i < count; ++i) {
        QJsonObject window;
        if (i > 0)
            window.insert(u"gte"_s, literal(lo + span * i / count));
        else if (!since.isEmpty())
            window.insert(u"gte"_s, since);
        if (i + 1 < count)
            window.insert(u"lt"_s, literal(lo + span * (i + 1) / count));
        window.insert(u"changed_since"_s, QuickBooksDetail::changedSinceOf(counted)); // before any window is read
        windows.append(window);
    }
    ctx.log(u"%1 partitions of MetaData.LastUpdatedTime for %2 %3 record(s)"_s.arg(count).arg(total).arg(entity));
    return windows;
}

std::unique_ptr<StreamReader> QuickBooksConnector::openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                                 const QJsonObject &checkpoint) const
{
    const auto spec = this->stream(stream);
    if (!spec)
        return nullptr;
    return std::make_unique<QuickBooksDetail::Reader>(ctx, spec->kind, window, checkpoint);
}

QJsonObject QuickBooksConnector::joinPartitions(const QString &, const QList<QJsonObject> &finished) const
{
    // The next incremental read starts at the newest change read in any window.
    QString newest;
    QString changedSince; // the same in every window: noted by the plan
    for (const QJsonObject &checkpoint : finished) {
        const QString since = checkpoint.value("since"_L1).toString();
        if (!since.isEmpty() && (newest.isEmpty() || QuickBooksDetail::parseTime(since) > QuickBooksDetail::parseTime(newest)))
            newest = since;
        if (changedSince.isEmpty())
            changedSince = checkpoint.value("changed_since"_L1).toString();
    }
    QJsonObject joined;
    if (!newest.isEmpty())
        joined.insert(u"since"_s, newest);
    if (!changedSince.isEmpty())
        joined.insert(u"changed_since"_s, changedSince);
    return joined;
}

int QuickBooksConnector::defaultConcurrency(const ConnectorContext &) const
{
    return 4; // QuickBooks allows 10 concurrent requests per company; the budget (8/s) is shared
}

QString QuickBooksConnector::queryLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

bool QuickBooksConnector::mapCustomer(const QJsonObject &o, const QString &defaultRegion, UnifiedCustomer *customer, QString *error)
{
    UnifiedCustomer c;
    c.source = u"quickbooks"_s;
    c.externalId = o.value("Id"_L1).toString();
    if (c.externalId.isEmpty()) {
        *error = tr("a customer without Id");
        return false;
    }
    c.firstName = o.value("GivenName"_L1).toString();
    c.lastName = o.value("FamilyName"_L1).toString();
    c.fullName = o.value("DisplayName"_L1).toString();
    c.company = o.value("CompanyName"_L1).toString();
    c.email = o.value("PrimaryEmailAddr"_L1).toObject().value("Address"_L1).toString();
    const QJsonObject a = o.value("BillAddr"_L1).toObject();
    c.address = {a.value("Line1"_L1).toString(),      a.value("Line2"_L1).toString(),
                 a.value("City"_L1).toString(),       a.value("CountrySubDivisionCode"_L1).toString(),
                 a.value("PostalCode"_L1).toString(), normalizeCountry(a.value("Country"_L1).toString())};
    c.phone = normalizePhone(o.value("PrimaryPhone"_L1).toObject().value("FreeFormNumber"_L1).toString(),
                             c.address.country.isEmpty() ? defaultRegion : c.address.country);
    const QJsonObject meta = o.value("MetaData"_L1).toObject();
    c.createdAt = QuickBooksDetail::parseTime(meta.value("CreateTime"_L1));
    c.updatedAt = QuickBooksDetail::parseTime(meta.value("LastUpdatedTime"_L1));
    c.raw = o;
    *customer = std::move(c);
    return true;
}

bool QuickBooksConnector::mapInvoice(const QJsonObject &o, const QString &defaultCurrency, UnifiedInvoice *invoice, QString *error)
{
    UnifiedInvoice inv;
    inv.source = u"quickbooks"_s;
    inv.externalId = o.value("Id"_L1).toString();
    if (inv.externalId.isEmpty()) {
        *error = tr("an invoice without Id");
        return false;
    }
    inv.number = o.value("DocNumber"_L1).toString();
    inv.customerExternalId = o.value("CustomerRef"_L1).toObject().value("value"_L1).toString();
    inv.currency = o.value("CurrencyRef"_L1).toObject().value("value"_L1).toString(defaultCurrency).toUpper();
    if (inv.currency.size() != 3) {
        *error = tr("invoice %1 has no valid currency").arg(inv.externalId);
        return false;
    }
    inv.total = minorUnits(o.value("TotalAmt"_L1));
    inv.tax = minorUnits(o.value("TxnTaxDetail"_L1).toObject().value("TotalTax"_L1));
    inv.subtotal = inv.total - inv.tax;
    inv.amountDue = minorUnits(o.value("Balance"_L1));
    inv.status = inv.total == 0 && inv.amountDue == 0 ? UnifiedInvoice::Status::Void
        : inv.amountDue == 0                          ? UnifiedInvoice::Status::Paid
                                                      : UnifiedInvoice::Status::Open;
    inv.issuedAt = QuickBooksDetail::parseTime(o.value("TxnDate"_L1));
    inv.dueAt = QuickBooksDetail::parseTime(o.value("DueDate"_L1));
    for (const QJsonValue &value : o.value("Line"_L1).toArray()) {
        const QJsonObject line = value.toObject();
        if (line.value("DetailType"_L1).toString() != "SalesItemLineDetail"_L1)
            continue; // the server's subtotal line and discounts are not items
        const QJsonObject detail = line.value("SalesItemLineDetail"_L1).toObject();
        UnifiedLineItem item;
        item.description = line.value("Description"_L1).toString(detail.value("ItemRef"_L1).toObject().value("name"_L1).toString());
        item.quantity = qint64(std::llround(detail.value("Qty"_L1).toDouble(1)));
        item.unitAmount = minorUnits(detail.value("UnitPrice"_L1));
        item.amount = minorUnits(line.value("Amount"_L1));
        inv.lineItems.append(item);
    }
    inv.raw = o;
    *invoice = std::move(inv);
    return true;
}

QJsonObject QuickBooksConnector::customerFields(const UnifiedCustomer &c)
{
    QJsonObject f;
    QString display = c.fullName.isEmpty() ? QString(c.firstName + u' ' + c.lastName).trimmed() : c.fullName;
    if (display.isEmpty())
        display = c.company;
    f.insert(u"DisplayName"_s, display);
    auto set = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            f.insert(key, value);
    };
    QString first = c.firstName, last = c.lastName;
    if (first.isEmpty() && last.isEmpty())
        std::tie(first, last) = splitFullName(c.fullName);
    set(u"GivenName"_s, first);
    set(u"FamilyName"_s, last);
    set(u"CompanyName"_s, c.company);
    if (!c.email.isEmpty())
        f.insert(u"PrimaryEmailAddr"_s, QJsonObject{{u"Address"_s, c.email}});
    if (!c.phone.isEmpty())
        f.insert(u"PrimaryPhone"_s, QJsonObject{{u"FreeFormNumber"_s, c.phone}});
    if (!c.address.isEmpty()) {
        QJsonObject a;
        auto addr = [&](const QString &key, const QString &value) {
            if (!value.isEmpty())
                a.insert(key, value);
        };
        addr(u"Line1"_s, c.address.line1);
        addr(u"Line2"_s, c.address.line2);
        addr(u"City"_s, c.address.city);
        addr(u"CountrySubDivisionCode"_s, c.address.region);
        addr(u"PostalCode"_s, c.address.postalCode);
        addr(u"Country"_s, c.address.country);
        f.insert(u"BillAddr"_s, a);
    }
    return f;
}

WriteOutcome QuickBooksConnector::writeCustomers(const ConnectorContext &ctx, const UnifiedCustomers &customers, const WriteOptions &) const
{
    WriteOutcome outcome;
    auto errorOf = [](const HttpResponse &r) { return errorFor(r, u"the customer"_s); };
    for (const UnifiedCustomer &c : customers) {
        if (ctx.http->isCancelled()) {
            outcome.failure = Failure::cancelled(tr("Cancelled."));
            return outcome;
        }
        const QJsonObject fields = customerFields(c);
        const QString display = fields.value("DisplayName"_L1).toString();
        if (display.isEmpty()) {
            outcome.fail(c.externalId, tr("QuickBooks needs a display name (full name or company)"));
            continue;
        }
        // DisplayName is unique per company: an existing customer is updated, not duplicated.
        QJsonObject body;
        Failure failure;
        if (!QuickBooksDetail::runQuery(ctx, u"SELECT * FROM Customer WHERE DisplayName = "_s + queryLiteral(display), &body, &failure)) {
            if (failure.errorClass != ErrorClass::Config || failure.message.contains(u"HTTP 401"_s)) {
                outcome.failure = failure;
                return outcome;
            }
            outcome.fail(c.externalId, failure.message);
            continue;
        }
        const QJsonArray existing = body.value("QueryResponse"_L1).toObject().value("Customer"_L1).toArray();
        if (existing.isEmpty()) {
            // requestid makes a retried create return the first answer instead of a second customer.
            const QByteArray requestId
                = QCryptographicHash::hash((ctx.connectionName + u'\n' + c.externalId).toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
            if (ctx.http->fetchJsonObject(
                    request("POST", QuickBooksDetail::endpoint(ctx, u"/customer"_s, {{u"requestid"_s, QString::fromLatin1(requestId)}}), fields),
                    u"QuickBooks"_s, errorOf, &body, &failure))
                ++outcome.created;
            else
                outcome.fail(c.externalId, failure.message);
            continue;
        }
        // Sparse update guarded by SyncToken; on a stale token (5010) re-read and re-apply once.
        QJsonObject current = existing.first().toObject();
        bool done = false;
        for (int attempt = 0; attempt < 2 && !done; ++attempt) {
            QJsonObject update = fields;
            update.insert(u"Id"_s, current.value("Id"_L1));
            update.insert(u"SyncToken"_s, current.value("SyncToken"_L1));
            update.insert(u"sparse"_s, true);
            const HttpResponse response = ctx.http->send(request("POST", QuickBooksDetail::endpoint(ctx, u"/customer"_s), update));
            if (response.isSuccess()) {
                ++outcome.updated;
                done = true;
                break;
            }
            QString code, message;
            if (attempt == 0 && response.status == 400 && fault(response.body, &code, &message) && code == "5010"_L1) {
                ctx.log(u"customer %1: stale SyncToken; reading it again"_s.arg(current.value("Id"_L1).toString()));
                QJsonObject fresh;
                if (!ctx.http->fetchJsonObject(request("GET", QuickBooksDetail::endpoint(ctx, u"/customer/"_s + current.value("Id"_L1).toString())),
                                               u"QuickBooks"_s, errorOf, &fresh, &failure)) {
                    outcome.fail(c.externalId, failure.message);
                    done = true;
                    break;
                }
                current = fresh.value("Customer"_L1).toObject();
                continue;
            }
            outcome.fail(c.externalId, errorOf(response).message);
            done = true;
        }
    }
    return outcome;
}

std::optional<WebhookSignature::Scheme> QuickBooksConnector::webhookScheme() const
{
    return WebhookSignature::Scheme::QuickBooks;
}

QStringList QuickBooksConnector::webhookSecretKeys() const
{
    return {u"webhook_verifier_token"_s};
}

bool QuickBooksConnector::readWebhook(const QByteArray &body, const QJsonObject &settings, WebhookEvents *events, QString *error) const
{
    // Two shapes: {"eventNotifications":[{"realmId", "dataChangeEvent":{"entities":[{"name","id","operation"}]}}]}
    // and the CloudEvents array [{"specversion":"1.0","type":"qbo.customer.updated.v1","intuitaccountid",…}].
    // Only this company's entities count; the delivery carries no id of its own.
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    const QString realm = settings.value("realm_id"_L1).toString();
    QSet<QString> streams;
    const auto entity = [&](const QString &name, const QString &entityRealm) {
        ++events->events;
        if (entityRealm != realm)
            return;
        if (name.compare("Customer"_L1, Qt::CaseInsensitive) == 0)
            streams.insert(u"customers"_s);
        else if (name.compare("Invoice"_L1, Qt::CaseInsensitive) == 0)
            streams.insert(u"invoices"_s);
    };
    if (parse.error == QJsonParseError::NoError && document.isObject() && document.object().value("eventNotifications"_L1).isArray()) {
        for (const QJsonValue &n : document.object().value("eventNotifications"_L1).toArray()) {
            const QString entityRealm = n.toObject().value("realmId"_L1).toString();
            for (const QJsonValue &e : n.toObject().value("dataChangeEvent"_L1).toObject().value("entities"_L1).toArray())
                entity(e.toObject().value("name"_L1).toString(), entityRealm);
        }
    } else if (parse.error == QJsonParseError::NoError && document.isArray()) {
        for (const QJsonValue &e : document.array()) {
            const QStringList type = e.toObject().value("type"_L1).toString().split(u'.');
            if (type.size() < 3 || type.first() != "qbo"_L1) {
                *error = tr("The body is not a QuickBooks webhook: an event of type \"%1\".").arg(e.toObject().value("type"_L1).toString());
                return false;
            }
            entity(type.at(1), e.toObject().value("intuitaccountid"_L1).toString());
        }
    } else {
        *error = tr("The body is not a QuickBooks webhook.");
        return false;
    }
    events->streams = QStringList(streams.begin(), streams.end());
    events->streams.sort();
    return true;
}

} // namespace Orion

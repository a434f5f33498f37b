#include "adapters/hubspot/hubspotconnector.h"

#include "runtime/authenticator.h"
#include "runtime/pagination.h"
#include "runtime/phonenumbers.h"
#include "runtime/ratebudget.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

namespace HubSpotDetail {

// HubSpot dates are ISO strings or millisecond epochs, always as strings.
QDateTime parseHubSpotDate(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    bool isNumber = false;
    const qint64 ms = text.toLongLong(&isNumber);
    if (isNumber)
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

HttpRequest jsonRequest(const ConnectorContext &ctx, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    HttpRequest request;
    request.method = method;
    request.url = QUrl(ctx.setting(u"api_base"_s) + path);
    request.headers = {{"Accept", "application/json"}};
    if (method != "GET") {
        request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return request;
}

class ContactsReader : public StreamReader
{
public:
    ContactsReader(const ConnectorContext &ctx, const QJsonObject &checkpoint, bool fullRefresh)
        : m_ctx(ctx)
    {
        m_pageSize = std::clamp<qint64>(ctx.settings.value("page_size"_L1).toInteger(100), 1, 100);
        m_lookback = ctx.settings.value("search_lookback_seconds"_L1).toInteger(300) * 1000;
        if (fullRefresh) {
            m_mode = u"list"_s;
            return;
        }
        m_maxModified = checkpoint.value("max_modified"_L1).toInteger(-1);
        m_archivedSince = checkpoint.value("archived_since"_L1).toInteger(-1);
        if (checkpoint.contains("mode"_L1)) { // an interrupted run: resume where it stopped
            m_mode = checkpoint.value("mode"_L1).toString();
            m_after = checkpoint.value("after"_L1).toString();
            m_since = checkpoint.value("since"_L1).toInteger(-1);
            m_archivedNext = checkpoint.value("archived_next"_L1).toInteger(-1);
            if (!m_after.isEmpty())
                ctx.log(u"resuming the %1 read at after=%2"_s.arg(m_mode, m_after));
        } else if (checkpoint.contains("lastmodified"_L1)) {
            m_mode = u"search"_s;
            // Search lags writes by "a few moments": overlap the window; upserts absorb repeats.
            m_since = std::max<qint64>(0, checkpoint.value("lastmodified"_L1).toInteger() - m_lookback);
            m_maxModified = checkpoint.value("lastmodified"_L1).toInteger();
            ctx.log(u"incremental: lastmodifieddate ≥ %1"_s.arg(QDateTime::fromMSecsSinceEpoch(m_since, QTimeZone::UTC).toString(Qt::ISODateWithMs)));
        } else {
            m_mode = u"list"_s;
        }
    }

    // One window of a partitioned search: lastmodifieddate in [gte, lt) (open above without "lt"),
    // resuming after the window's own checkpoint.
    ContactsReader(const ConnectorContext &ctx, const QJsonObject &window, const QJsonObject &checkpoint)
        : ContactsReader(ctx,
                         checkpoint.isEmpty() ? QJsonObject{{u"mode"_s, u"search"_s},
                                                            {u"since"_s, window.value("gte"_L1)},
                                                            {u"max_modified"_s, -1},
                                                            {u"archived_since"_s, window.value("archived_since"_L1)}}
                                              : checkpoint,
                         false)
    {
        m_until = window.value("lt"_L1).toInteger(-1);
    }

    bool next(Page *page, Failure *failure) override
    {
        if (m_mode == "archived"_L1)
            return nextArchived(page, failure);
        HttpRequest request;
        if (m_mode == "search"_L1) {
            // Search has its own limit (five requests a second per account), below the connection's.
            QJsonArray filters{
                QJsonObject{{u"propertyName"_s, u"lastmodifieddate"_s}, {u"operator"_s, u"GTE"_s}, {u"value"_s, QString::number(m_since)}}};
            if (m_until >= 0)
                filters.append(
                    QJsonObject{{u"propertyName"_s, u"lastmodifieddate"_s}, {u"operator"_s, u"LT"_s}, {u"value"_s, QString::number(m_until)}});
            QJsonObject body{
                {u"filterGroups"_s, QJsonArray{QJsonObject{{u"filters"_s, filters}}}},
                {u"sorts"_s, QJsonArray{QJsonObject{{u"propertyName"_s, u"lastmodifieddate"_s}, {u"direction"_s, u"ASCENDING"_s}}}},
                {u"properties"_s, QJsonArray::fromStringList(HubSpotConnector::readProperties())},
                {u"limit"_s, m_pageSize},
            };
            if (!m_after.isEmpty())
                body.insert(u"after"_s, m_after);
            request = jsonRequest(m_ctx, "POST", u"/crm/v3/objects/contacts/search"_s, body);
            request.budget = HubSpotConnector::searchBudget(m_ctx);
        } else {
            request = listRequest(false);
        }
        QJsonObject body;
        if (!fetchPage(request, false, &body, failure))
            return false;
        const QJsonArray results = body.value("results"_L1).toArray();
        if (m_mode == "search"_L1 && body.contains("total"_L1)) {
            // Remaining results of this window, counted from this page on.
            page->totalEstimate = std::max<qint64>(0, body.value("total"_L1).toInteger() - m_after.toLongLong());
        }
        QHash<QString, QList<qsizetype>> companyOf; // company id -> indexes in page->customers
        const QString region = m_ctx.setting(u"default_region"_s);
        qint64 lastModified = -1;
        for (const QJsonValue &value : results) {
            const QJsonObject object = value.toObject();
            ++page->sourceRecords;
            UnifiedCustomer customer;
            QString error;
            if (!HubSpotConnector::mapContact(object, region, &customer, &error)) {
                ++page->failedRecords;
                m_ctx.log(u"skipped contact %1: %2"_s.arg(object.value("id"_L1).toString(), error));
                continue;
            }
            customer.connectionId = m_ctx.connectionId;
            if (customer.updatedAt.isValid()) {
                lastModified = customer.updatedAt.toMSecsSinceEpoch();
                m_maxModified = std::max(m_maxModified, lastModified);
            }
            const QJsonArray companies = object.value("associations"_L1).toObject().value("companies"_L1).toObject().value("results"_L1).toArray();
            if (customer.company.isEmpty() && !companies.isEmpty())
                companyOf[companies.first().toObject().value("id"_L1).toString()].append(page->customers.size());
            page->customers.append(std::move(customer));
        }
        if (!companyOf.isEmpty() && !resolveCompanies(companyOf, page, failure))
            return false;

        PageCursor current;
        current.token = m_after;
        const PageCursor next = Paginator::next(listSpec(), current, body, request.url); // search pages the same way
        const QString after = next.token;
        if (!next.done && !results.isEmpty()) {
            m_after = after;
            bool numeric = false;
            const qint64 offset = after.toLongLong(&numeric);
            if (m_mode == "search"_L1 && numeric && offset + m_pageSize > HubSpotConnector::kSearchResultCap && lastModified >= 0) {
                // The search API refuses to page past 10,000 results: open a new window that starts
                // at the last modification time seen.
                m_ctx.log(u"search window reached %1 results; continuing from lastmodifieddate %2"_s.arg(offset).arg(lastModified));
                m_since = lastModified;
                m_after.clear();
            }
            page->checkpoint = progress();
        } else if (m_until < 0) {
            startArchived(page);
        } else {
            page->done = true;
            page->checkpoint = QJsonObject{{u"lastmodified"_s, m_maxModified}};
        }
        return true;
    }

private:
    QJsonObject progress() const
    {
        QJsonObject checkpoint{{u"mode"_s, m_mode}, {u"after"_s, m_after}, {u"since"_s, m_since}, {u"max_modified"_s, m_maxModified}};
        checkpoint.insert(u"archived_since"_s, m_archivedSince);
        if (m_mode == "archived"_L1)
            checkpoint.insert(u"archived_next"_s, m_archivedNext);
        return checkpoint;
    }

    // Contacts deleted in HubSpot stay archived (restorable) for 90 days and leave the list and the
    // search; only a read with archived=true shows them, in no useful order and without a filter.
    // So the read that reaches the newest contacts ends by listing the archived ones, reporting those
    // archived since the previous such listing began (less the search overlap, for clock skew).
    void startArchived(Page *page)
    {
        m_mode = u"archived"_s;
        m_after.clear();
        m_archivedNext = QDateTime::currentMSecsSinceEpoch() - m_lookback;
        page->checkpoint = progress();
    }

    // GET /crm/v3/objects/contacts, live (with the properties and company associations) or
    // archived ones only, after this reader's cursor.
    HttpRequest listRequest(bool archived) const
    {
        HttpRequest request = jsonRequest(m_ctx, "GET", u"/crm/v3/objects/contacts"_s);
        QUrlQuery query;
        query.addQueryItem(u"properties"_s, archived ? u"lastmodifieddate"_s : HubSpotConnector::readProperties().join(u','));
        if (!archived)
            query.addQueryItem(u"associations"_s, u"companies"_s);
        query.addQueryItem(u"archived"_s, archived ? u"true"_s : u"false"_s);
        request.url.setQuery(query);
        PageCursor cursor;
        cursor.token = m_after;
        request.url = Paginator::apply(listSpec(), cursor, request.url);
        return request;
    }

    bool fetchPage(const HttpRequest &request, bool archived, QJsonObject *body, Failure *failure) const
    {
        const QString what = archived ? u"archived contacts"_s : u"contacts"_s;
        if (!m_ctx.http->fetchJsonObject(
                request, u"HubSpot"_s, [what](const HttpResponse &r) { return HubSpotConnector::errorFor(r, what); }, body, failure))
            return false;
        if (!body->value("results"_L1).isArray()) {
            *failure = Failure::system(archived ? HubSpotConnector::tr("HubSpot sent an archived contacts page without \"results\".")
                                                : HubSpotConnector::tr("HubSpot sent a contacts page without \"results\"."));
            return false;
        }
        return true;
    }

    bool nextArchived(Page *page, Failure *failure)
    {
        const HttpRequest request = listRequest(true);
        QJsonObject body;
        if (!fetchPage(request, true, &body, failure))
            return false;
        const QJsonArray results = body.value("results"_L1).toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject object = value.toObject();
            const QString id = object.value("id"_L1).toString();
            const QDateTime at = parseHubSpotDate(object.value("archivedAt"_L1));
            if (id.isEmpty() || !object.value("archived"_L1).toBool())
                continue;
            if (m_archivedSince >= 0 && at.isValid() && at.toMSecsSinceEpoch() < m_archivedSince)
                continue; // reported by an earlier run
            page->deletions.append(Deletion{RecordKind::Customer, id, at});
        }
        PageCursor current;
        current.token = m_after;
        const PageCursor next = Paginator::next(listSpec(), current, body, request.url);
        if (!next.done && !results.isEmpty()) {
            m_after = next.token;
            page->checkpoint = progress();
        } else {
            page->done = true;
            page->checkpoint = QJsonObject{{u"lastmodified"_s, m_maxModified}, {u"archived_since"_s, m_archivedNext}};
        }
        return true;
    }

    PaginationSpec listSpec() const { return {PaginationSpec::Style::AfterToken, int(m_pageSize), u"results"_s, u"after"_s, u"limit"_s, u"id"_s}; }

    bool resolveCompanies(const QHash<QString, QList<qsizetype>> &companyOf, Page *page, Failure *failure)
    {
        QJsonArray inputs;
        for (auto it = companyOf.begin(); it != companyOf.end(); ++it)
            inputs.append(QJsonObject{{u"id"_s, it.key()}});
        const HttpRequest request = jsonRequest(m_ctx, "POST", u"/crm/v3/objects/companies/batch/read"_s,
                                                QJsonObject{{u"properties"_s, QJsonArray{u"name"_s}}, {u"inputs"_s, inputs}});
        QJsonObject body;
        if (!m_ctx.http->fetchJsonObject(
                request, u"HubSpot"_s, [](const HttpResponse &r) { return HubSpotConnector::errorFor(r, u"companies"_s); }, &body, failure))
            return false;
        for (const QJsonValue &value : body.value("results"_L1).toArray()) {
            const QJsonObject company = value.toObject();
            const QString name = company.value("properties"_L1).toObject().value("name"_L1).toString();
            for (qsizetype index : companyOf.value(company.value("id"_L1).toString()))
                page->customers[index].company = name;
        }
        return true;
    }

    const ConnectorContext &m_ctx;
    QString m_mode;
    QString m_after;
    qint64 m_since = -1;
    qint64 m_until = -1; // a window's upper bound (exclusive), -1: none
    qint64 m_maxModified = -1;
    qint64 m_pageSize = 100;
    qint64 m_lookback = 300'000;
    qint64 m_archivedSince = -1; // archives before this (ms) were reported by an earlier run; -1: report all
    qint64 m_archivedNext = -1;  // the next run's archived_since: when this run's listing began, less the overlap
};

} // namespace HubSpotDetail

QString HubSpotConnector::description() const
{
    return tr("Contacts (with their company) from HubSpot CRM; batch upsert by email.");
}

QStringList HubSpotConnector::readProperties()
{
    return {u"firstname"_s, u"lastname"_s, u"email"_s, u"phone"_s,   u"mobilephone"_s, u"company"_s,         u"address"_s,
            u"city"_s,      u"state"_s,    u"zip"_s,   u"country"_s, u"createdate"_s,  u"lastmodifieddate"_s};
}

QList<SettingSpec> HubSpotConnector::ownSettings() const
{
    using T = SettingSpec::Type;
    return {
        {u"api_base"_s, tr("API base URL"), T::Url, u"https://api.hubapi.com"_s, true, {}, tr("Requests go to {api_base}/crm/v3/…"), {}},
        {u"auth"_s,
         tr("Authentication"),
         T::Choice,
         u"private_app"_s,
         true,
         {u"private_app"_s, u"oauth"_s},
         tr("A private app's access token, or OAuth 2.0 with a refresh token."),
         {}},
        {u"token_url"_s, tr("Token URL"), T::Url, u"https://api.hubapi.com/oauth/v1/token"_s, true, {}, tr("OAuth token endpoint."), u"auth=oauth"_s},
        {u"authorize_url"_s,
         tr("Authorization URL"),
         T::Url,
         u"https://app.hubspot.com/oauth/authorize"_s,
         true,
         {},
         tr("Where the browser signs in."),
         u"auth=oauth"_s},
        {u"client_id"_s, tr("Client ID"), T::Text, {}, true, {}, tr("The OAuth app's client id."), u"auth=oauth"_s},
        {u"scopes"_s,
         tr("Scopes"),
         T::Text,
         u"crm.objects.contacts.read crm.objects.contacts.write crm.objects.companies.read"_s,
         false,
         {},
         tr("Space-separated OAuth scopes to request."),
         u"auth=oauth"_s},
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
         u"10"_s,
         false,
         {},
         tr("Rate budget of this connection (HubSpot allows 100–190 requests per 10 s)."),
         {}},
        {u"search_requests_per_second"_s,
         tr("Search requests per second"),
         T::Integer,
         u"5"_s,
         false,
         {},
         tr("Budget of the search API, which incremental syncs use (HubSpot allows 5 per second per account); 0 = no limit."),
         {}},
        concurrencySetting(),
        {u"search_lookback_seconds"_s,
         tr("Search overlap (s)"),
         T::Integer,
         u"300"_s,
         false,
         {},
         tr("Incremental syncs re-read this much history, because search results lag writes."),
         {}},
        {u"access_token"_s, tr("Private app access token"), T::Secret, {}, true, {}, {}, u"auth=private_app"_s},
        {u"refresh_token"_s, tr("Refresh token"), T::Secret, {}, true, {}, {}, u"auth=oauth"_s},
        {u"client_secret"_s, tr("Client secret"), T::Secret, {}, true, {}, {}, u"auth=oauth"_s},
        {u"webhook_secret"_s,
         tr("Webhook client secret"),
         T::Secret,
         {},
         false,
         {},
         tr("The client secret HubSpot signs webhooks with (when it is not the one above), for orion webhook serve."),
         {}},
    };
}

QList<StreamSpec> HubSpotConnector::streams() const
{
    return {{u"customers"_s, RecordKind::Customer, u"lastmodifieddate"_s, tr("Contacts (/crm/v3/objects/contacts)")}};
}

std::unique_ptr<Authenticator> HubSpotConnector::createAuthenticator(const ConnectorContext &ctx, Failure *failure) const
{
    ctx.http->setRateBudget(
        RateBudget::forKey(u"hubspot/"_s + ctx.secretOwner.scope, double(ctx.settings.value("requests_per_second"_L1).toInteger(10)), 10));
    if (ctx.setting(u"auth"_s) == "oauth"_L1) {
        OAuth2RefreshAuthenticator::Config config;
        config.owner = ctx.secretOwner;
        config.serviceName = u"HubSpot"_s;
        config.tokenUrl = QUrl(ctx.setting(u"token_url"_s));
        config.clientId = ctx.setting(u"client_id"_s);
        return std::make_unique<OAuth2RefreshAuthenticator>(config, ctx.credentials);
    }
    const auto token = ctx.secret(u"access_token"_s, failure);
    if (!token)
        return nullptr;
    return std::make_unique<BearerAuthenticator>(*token);
}

std::unique_ptr<StreamReader> HubSpotConnector::openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                                           bool fullRefresh) const
{
    if (stream != "customers"_L1)
        return nullptr;
    return std::make_unique<HubSpotDetail::ContactsReader>(ctx, checkpoint, fullRefresh);
}

std::shared_ptr<RateBudget> HubSpotConnector::searchBudget(const ConnectorContext &ctx)
{
    const qint64 perSecond = ctx.settings.value("search_requests_per_second"_L1).toInteger(5);
    if (perSecond <= 0)
        return nullptr;
    // A tenth below the limit: requests reserved 1/rate apart can still arrive closer together.
    // Held for the process, not just while a reader lives: the planner's searches, the readers'
    // and the next run's all draw from one bucket.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<RateBudget>> held;
    const QString key = u"hubspot-search/"_s + ctx.secretOwner.scope;
    auto budget = RateBudget::forKey(key, double(perSecond) * 0.9, 1);
    QMutexLocker locker(&mutex);
    held.insert(key, budget);
    return budget;
}

QList<QJsonObject> HubSpotConnector::planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, int readers,
                                                    Failure *failure) const
{
    // Only incremental reads search; a full read lists contacts, which the connection's whole
    // budget (10–19 requests/s) serves faster than search's five a second could.
    if (stream != "customers"_L1 || readers < 2 || checkpoint.contains("mode"_L1) || !checkpoint.contains("lastmodified"_L1))
        return {};
    const qint64 lookback = ctx.settings.value("search_lookback_seconds"_L1).toInteger(300) * 1000;
    const qint64 since = std::max<qint64>(0, checkpoint.value("lastmodified"_L1).toInteger() - lookback);
    const qint64 pageSize = std::clamp<qint64>(ctx.settings.value("page_size"_L1).toInteger(100), 1, 100);
    // The oldest and newest change since then, and how many: two searches of one result.
    const auto edge = [&](const char *direction, qint64 *total) -> qint64 {
        const QJsonObject body{
            {u"filterGroups"_s,
             QJsonArray{
                 QJsonObject{{u"filters"_s,
                              QJsonArray{QJsonObject{
                                  {u"propertyName"_s, u"lastmodifieddate"_s}, {u"operator"_s, u"GTE"_s}, {u"value"_s, QString::number(since)}}}}}}},
            {u"sorts"_s, QJsonArray{QJsonObject{{u"propertyName"_s, u"lastmodifieddate"_s}, {u"direction"_s, QLatin1StringView(direction)}}}},
            {u"properties"_s, QJsonArray{u"lastmodifieddate"_s}},
            {u"limit"_s, 1},
        };
        HttpRequest request = HubSpotDetail::jsonRequest(ctx, "POST", u"/crm/v3/objects/contacts/search"_s, body);
        request.budget = searchBudget(ctx);
        QJsonObject answer;
        if (!ctx.http->fetchJsonObject(request, u"HubSpot"_s, [](const HttpResponse &r) { return errorFor(r, u"contacts"_s); }, &answer, failure))
            return -1;
        *total = answer.value("total"_L1).toInteger();
        const QDateTime at = HubSpotDetail::parseHubSpotDate(
            answer.value("results"_L1).toArray().first().toObject().value("properties"_L1).toObject().value("lastmodifieddate"_L1));
        return at.isValid() ? at.toMSecsSinceEpoch() : -1;
    };
    qint64 total = 0;
    const qint64 oldest = edge("ASCENDING", &total);
    if (*failure || total <= pageSize || oldest < 0)
        return {};
    const qint64 newest = edge("DESCENDING", &total);
    if (*failure || newest < oldest)
        return {};
    // Equal spans of lastmodifieddate; each window well under search's 10,000-result cap when the
    // changes are spread evenly (a denser one still opens a new window inside itself).
    const qint64 span = newest + 1 - since;
    const qint64 byCap = (total + kSearchResultCap / 2 - 1) / (kSearchResultCap / 2);
    const qint64 count
        = std::clamp<qint64>(std::max(byCap, std::min<qint64>(qint64(readers) * 4, (total + pageSize - 1) / pageSize)), 2, std::max<qint64>(2, span));
    QList<QJsonObject> windows;
    for (qint64 i = 0; i < count; ++i) {
        QJsonObject window{{u"gte"_s, since + span * i / count}};
        if (i + 1 < count)
            window.insert(u"lt"_s, since + span * (i + 1) / count);
        else // the open-ended window ends with the archived contacts
            window.insert(u"archived_since"_s, checkpoint.value("archived_since"_L1).toInteger(-1));
        windows.append(window);
    }
    ctx.log(u"%1 partitions of lastmodifieddate for %2 changed contact(s)"_s.arg(count).arg(total));
    return windows;
}

std::unique_ptr<StreamReader> HubSpotConnector::openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                              const QJsonObject &checkpoint) const
{
    if (stream != "customers"_L1)
        return nullptr;
    return std::make_unique<HubSpotDetail::ContactsReader>(ctx, window, checkpoint);
}

QJsonObject HubSpotConnector::joinPartitions(const QString &, const QList<QJsonObject> &finished) const
{
    qint64 newest = -1, archivedSince = -1;
    for (const QJsonObject &checkpoint : finished) {
        newest = std::max(newest, checkpoint.value("lastmodified"_L1).toInteger(-1));
        archivedSince = std::max(archivedSince, checkpoint.value("archived_since"_L1).toInteger(-1));
    }
    return QJsonObject{{u"lastmodified"_s, newest}, {u"archived_since"_s, archivedSince}};
}

int HubSpotConnector::defaultConcurrency(const ConnectorContext &) const
{
    return 3; // enough requests in flight to keep search's five a second busy at real latencies
}

QString HubSpotConnector::choiceLabel(const QString &setting, const QString &value) const
{
    if (setting == "auth"_L1 && value == "private_app"_L1)
        return tr("Private app access token");
    if (setting == "auth"_L1 && value == "oauth"_L1)
        return tr("OAuth 2.0 (sign in with HubSpot)");
    return Connector::choiceLabel(setting, value);
}

std::optional<OAuthEndpoints> HubSpotConnector::oauthEndpoints(const QJsonObject &settings) const
{
    QString error;
    const auto effective = validateSettings(settings, &error);
    if (!effective || effective->value("auth"_L1).toString() != "oauth"_L1)
        return std::nullopt;
    return OAuthEndpoints{QUrl(effective->value("authorize_url"_L1).toString()), QUrl(effective->value("token_url"_L1).toString()),
                          effective->value("client_id"_L1).toString(), effective->value("scopes"_L1).toString()};
}

Failure HubSpotConnector::testConnection(const ConnectorContext &ctx) const
{
    HttpRequest request = HubSpotDetail::jsonRequest(ctx, "GET", u"/crm/v3/objects/contacts?limit=1"_s);
    const HttpResponse response = ctx.http->send(request);
    return response.isSuccess() ? Failure{} : errorFor(response, u"contacts"_s);
}

Failure HubSpotConnector::errorFor(const HttpResponse &response, const QString &what)
{
    if (response.failure)
        return response.failure;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QString message = body.value("message"_L1).toString();
    const QString category = body.value("category"_L1).toString();
    if (category == "MISSING_SCOPES"_L1) {
        const QJsonArray scopes = body.value("context"_L1).toObject().value("missingScopes"_L1).toArray();
        QStringList names;
        for (const QJsonValue &s : scopes)
            names << s.toString();
        message = tr("the token lacks the scopes %1").arg(names.join(u", "_s));
    }
    const QString text = message.isEmpty() ? tr("HubSpot answered HTTP %1 for %2.").arg(response.status).arg(what)
                                           : tr("HubSpot answered HTTP %1 for %2: %3").arg(response.status).arg(what, message);
    if (response.status == 401 || response.status == 403 || response.status == 400 || response.status == 404)
        return Failure::config(text);
    return Failure::system(text);
}

bool HubSpotConnector::mapContact(const QJsonObject &object, const QString &defaultRegion, UnifiedCustomer *customer, QString *error)
{
    UnifiedCustomer c;
    c.source = u"hubspot"_s;
    c.externalId = object.value("id"_L1).toString();
    const QJsonObject p = object.value("properties"_L1).toObject();
    if (c.externalId.isEmpty() || !object.value("properties"_L1).isObject()) {
        *error = tr("not a HubSpot contact object");
        return false;
    }
    c.firstName = p.value("firstname"_L1).toString().trimmed();
    c.lastName = p.value("lastname"_L1).toString().trimmed();
    c.fullName = QString(c.firstName + u' ' + c.lastName).trimmed();
    c.email = p.value("email"_L1).toString().trimmed();
    c.company = p.value("company"_L1).toString().trimmed();
    c.address.line1 = p.value("address"_L1).toString();
    c.address.city = p.value("city"_L1).toString();
    c.address.region = p.value("state"_L1).toString();
    c.address.postalCode = p.value("zip"_L1).toString();
    c.address.country = normalizeCountry(p.value("country"_L1).toString());
    QString phone = p.value("phone"_L1).toString();
    if (phone.isEmpty())
        phone = p.value("mobilephone"_L1).toString();
    c.phone = normalizePhone(phone, c.address.country.isEmpty() ? defaultRegion : c.address.country);
    c.createdAt = HubSpotDetail::parseHubSpotDate(object.value("createdAt"_L1));
    if (!c.createdAt.isValid())
        c.createdAt = HubSpotDetail::parseHubSpotDate(p.value("createdate"_L1));
    c.updatedAt = HubSpotDetail::parseHubSpotDate(object.value("updatedAt"_L1));
    if (!c.updatedAt.isValid())
        c.updatedAt = HubSpotDetail::parseHubSpotDate(p.value("lastmodifieddate"_L1));
    c.raw = object;
    *customer = std::move(c);
    return true;
}

QJsonObject HubSpotConnector::contactProperties(const UnifiedCustomer &customer)
{
    QJsonObject p;
    auto set = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            p.insert(key, value);
    };
    set(u"email"_s, customer.email);
    QString first = customer.firstName, last = customer.lastName;
    if (first.isEmpty() && last.isEmpty())
        std::tie(first, last) = splitFullName(customer.fullName);
    set(u"firstname"_s, first);
    set(u"lastname"_s, last);
    set(u"phone"_s, customer.phone);
    set(u"company"_s, customer.company);
    set(u"address"_s, customer.address.line1);
    set(u"city"_s, customer.address.city);
    set(u"state"_s, customer.address.region);
    set(u"zip"_s, customer.address.postalCode);
    set(u"country"_s, customer.address.country);
    return p;
}

WriteOutcome HubSpotConnector::writeCustomers(const ConnectorContext &ctx, const UnifiedCustomers &customers, const WriteOptions &) const
{
    WriteOutcome outcome;
    QList<const UnifiedCustomer *> pending;
    for (const UnifiedCustomer &customer : customers) {
        if (customer.email.isEmpty()) {
            outcome.fail(customer.externalId, tr("HubSpot upserts contacts by email, and this record has none"));
            continue;
        }
        pending.append(&customer);
    }
    for (qsizetype start = 0; start < pending.size(); start += kBatchSize) {
        if (ctx.http->isCancelled()) {
            outcome.failure = Failure::cancelled(tr("Cancelled."));
            return outcome;
        }
        const auto batch = pending.mid(start, kBatchSize);
        QJsonArray inputs;
        for (const UnifiedCustomer *c : batch) {
            inputs.append(QJsonObject{{u"idProperty"_s, u"email"_s},
                                      {u"id"_s, c->email},
                                      {u"objectWriteTraceId"_s, c->externalId},
                                      {u"properties"_s, contactProperties(*c)}});
        }
        const HttpRequest request
            = HubSpotDetail::jsonRequest(ctx, "POST", u"/crm/v3/objects/contacts/batch/upsert"_s, QJsonObject{{u"inputs"_s, inputs}});
        const HttpResponse response = ctx.http->send(request);
        if (response.failure) {
            outcome.failure = response.failure;
            return outcome;
        }
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        if (response.status != 200 && response.status != 201 && response.status != 207) {
            const Failure failure = errorFor(response, u"the contact batch"_s);
            if (response.status == 401 || response.status == 403) {
                outcome.failure = failure;
                return outcome;
            }
            for (const UnifiedCustomer *c : batch)
                outcome.fail(c->externalId, failure.message);
            continue;
        }
        for (const QJsonValue &value : body.value("results"_L1).toArray()) {
            if (value.toObject().value("new"_L1).toBool())
                ++outcome.created;
            else
                ++outcome.updated;
        }
        // Partial failure: each error names its inputs through objectWriteTraceId (or, failing that, the email).
        for (const QJsonValue &value : body.value("errors"_L1).toArray()) {
            const QJsonObject error = value.toObject();
            const QJsonObject context = error.value("context"_L1).toObject();
            QStringList ids;
            for (const QJsonValue &id : context.value("objectWriteTraceId"_L1).toArray())
                ids << id.toString();
            if (ids.isEmpty()) {
                for (const QJsonValue &id : context.value("id"_L1).toArray())
                    ids << id.toString();
            }
            if (ids.isEmpty())
                ids << QString();
            for (const QString &id : ids)
                outcome.fail(id, error.value("message"_L1).toString());
        }
    }
    return outcome;
}

std::optional<WebhookSignature::Scheme> HubSpotConnector::webhookScheme() const
{
    return WebhookSignature::Scheme::HubSpotV3;
}

QStringList HubSpotConnector::webhookSecretKeys() const
{
    return {u"webhook_secret"_s, u"client_secret"_s}; // HubSpot signs with the app's client secret
}

bool HubSpotConnector::readWebhook(const QByteArray &body, const QJsonObject &, WebhookEvents *events, QString *error) const
{
    // A batch of up to 100 events [{"eventId","subscriptionType":"contact.creation"|…,"objectId",…}];
    // retried as the same batch, so the delivery is the set of its event ids.
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isArray() || document.array().isEmpty()) {
        *error = tr("The body is not a HubSpot webhook batch.");
        return false;
    }
    QStringList ids;
    bool contacts = false;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject event = value.toObject();
        const QJsonValue id = event.value("eventId"_L1);
        if (!id.isDouble() && !id.isString()) {
            *error = tr("The body is not a HubSpot webhook batch: an event has no eventId.");
            return false;
        }
        ids.append(id.isDouble() ? QString::number(id.toInteger()) : id.toString());
        const QString type = event.value("subscriptionType"_L1).toString();
        contacts = contacts || type.startsWith("contact."_L1) || event.value("objectTypeId"_L1).toString() == "0-1"_L1;
    }
    ids.sort();
    events->deliveryKey = u"events:"_s + QString::fromLatin1(QCryptographicHash::hash(ids.join(u',').toUtf8(), QCryptographicHash::Sha256).toHex());
    events->events = int(ids.size());
    if (contacts)
        events->streams = {u"customers"_s};
    return true;
}

} // namespace Orion

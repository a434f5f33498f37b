#include "adapters/salesforce/salesforceconnector.h"

#include "adapters/salesforce/salesforcedetail.h"
#include "adapters/salesforce/soql.h"
#include "runtime/authenticator.h"
#include "runtime/csv.h"
#include "runtime/pagination.h"
#include "runtime/phonenumbers.h"
#include "runtime/ratebudget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Orion {

namespace SalesforceDetail {

QDateTime parseDate(const QJsonValue &value)
{
    QString text = value.toString();
    if (text.isEmpty())
        return {};
    // Salesforce writes offsets without a colon ("+0000"); Qt wants "+00:00".
    if (text.size() > 5 && (text.at(text.size() - 5) == u'+' || text.at(text.size() - 5) == u'-'))
        text.insert(text.size() - 2, u':');
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone::UTC);
    return parsed.toUTC();
}

// "Street line 1\nline 2" → (line1, line2)
std::pair<QString, QString> splitStreet(const QString &street)
{
    const qsizetype nl = street.indexOf(u'\n');
    if (nl < 0)
        return {street.trimmed(), QString()};
    return {street.left(nl).trimmed(), street.mid(nl + 1).simplified()};
}

HttpRequest jsonRequest(const QByteArray &method, const QUrl &url, const QJsonObject &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers = {{"Accept", "application/json"}};
    if (method != "GET") {
        request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return request;
}

void logUsage(const ConnectorContext &ctx, const HttpResponse &response)
{
    const QString usage = SalesforceConnector::apiUsage(response);
    if (!usage.isEmpty())
        ctx.log(u"Salesforce API usage: %1 (Sforce-Limit-Info)"_s.arg(usage));
}

// Run as queryAll (REST and Bulk), so records deleted since (in the recycle bin: IsDeleted, with
// the SystemModstamp of their deletion) come back too and are marked, not left live.
QString selectSoql(const QString &object, const QString &since, bool ordered)
{
    QString q = u"SELECT "_s + SalesforceConnector::fieldsFor(object).join(u", "_s) + u", IsDeleted FROM "_s + object;
    if (!since.isEmpty())
        q += u" WHERE SystemModstamp >= "_s + Soql::dateTime(parseDate(since));
    return ordered ? q + u" ORDER BY SystemModstamp ASC, Id ASC"_s : q;
}

Failure waitForBulkJob(const ConnectorContext &ctx, const QUrl &jobUrl, qint64 timeoutMs, QJsonObject *job)
{
    QElapsedTimer waited;
    waited.start();
    qint64 delay = 200;
    QString state = job->value("state"_L1).toString();
    while (state != "JobComplete"_L1 && state != "Failed"_L1 && state != "Aborted"_L1) {
        if (waited.elapsed() > timeoutMs)
            return Failure::transient(SalesforceConnector::tr("it is still %1 after %2 s").arg(state).arg(waited.elapsed() / 1000));
        if (!ctx.http->sleep(std::chrono::milliseconds(delay)))
            return Failure::cancelled(SalesforceConnector::tr("Cancelled."));
        delay = std::min<qint64>(delay * 3 / 2, 5000);
        Failure failure;
        if (!ctx.http->fetchJsonObject(
                jsonRequest("GET", jobUrl), u"Salesforce"_s,
                [](const HttpResponse &r) { return SalesforceConnector::errorFor(r, u"the Bulk job"_s); }, job, &failure))
            return failure;
        state = job->value("state"_L1).toString();
    }
    return {};
}

void addRecord(const ConnectorContext &ctx, const QString &object, const QJsonObject &record, Page *page, QString *maxSeen)
{
    ++page->sourceRecords;
    const QString modstamp = record.value("SystemModstamp"_L1).toString();
    if (maxSeen->isEmpty() || parseDate(modstamp) > parseDate(*maxSeen))
        *maxSeen = modstamp;
    if (record.value("IsDeleted"_L1).toBool()) {
        const QString id = record.value("Id"_L1).toString();
        if (!id.isEmpty())
            page->deletions.append(Deletion{object == "Opportunity"_L1 ? RecordKind::Invoice : RecordKind::Customer, id, parseDate(modstamp)});
        return;
    }
    QString error;
    if (object == "Opportunity"_L1) {
        UnifiedInvoice invoice;
        if (SalesforceConnector::mapOpportunity(record, ctx.setting(u"default_currency"_s), &invoice, &error)) {
            invoice.connectionId = ctx.connectionId;
            page->invoices.append(std::move(invoice));
            return;
        }
    } else {
        UnifiedCustomer customer;
        if (SalesforceConnector::mapCustomer(object, record, ctx.setting(u"default_region"_s), &customer, &error)) {
            customer.connectionId = ctx.connectionId;
            page->customers.append(std::move(customer));
            return;
        }
    }
    ++page->failedRecords;
    ctx.log(u"skipped %1 %2: %3"_s.arg(object, record.value("Id"_L1).toString(), error));
}

class Reader : public StreamReader
{
public:
    Reader(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, bool fullRefresh)
        : m_ctx(ctx)
        , m_object(SalesforceConnector::sObjectOf(stream))
    {
        if (!fullRefresh) {
            m_since = checkpoint.value("since"_L1).toString();
            m_maxSeen = checkpoint.value("max_seen"_L1).toString(m_since);
            m_next = QUrl(checkpoint.value("next_url"_L1).toString());
            if (!m_next.isEmpty())
                ctx.log(u"resuming at %1"_s.arg(m_next.path()));
            else if (!m_since.isEmpty())
                ctx.log(u"incremental: SystemModstamp ≥ %1"_s.arg(m_since));
        }
    }

    bool next(Page *page, Failure *failure) override
    {
        QString instance;
        if (!SalesforceConnector::instanceUrl(m_ctx, &instance, failure))
            return false;
        QUrl url = m_next;
        if (url.isEmpty()) {
            url = QUrl(instance + SalesforceConnector::apiPath(m_ctx) + u"/queryAll"_s);
            url.setQuery(QUrlQuery{{u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(selectSoql(m_object, m_since, true)))}});
        }
        HttpRequest request = jsonRequest("GET", url);
        const qint64 batch = std::clamp<qint64>(m_ctx.settings.value("page_size"_L1).toInteger(2000), 200, 2000);
        request.headers.append(std::pair<QByteArray, QByteArray>("Sforce-Query-Options", "batchSize=" + QByteArray::number(batch)));
        const HttpResponse response = m_ctx.http->send(request);
        if (!response.isSuccess()) {
            const Failure error = SalesforceConnector::errorFor(response, m_object);
            if (!m_next.isEmpty() && response.body.contains("INVALID_QUERY_LOCATOR")) {
                // The saved cursor expired: query again from the newest change already stored.
                m_ctx.log(u"query locator expired; querying again from SystemModstamp %1"_s.arg(m_maxSeen));
                m_since = m_maxSeen;
                m_next.clear();
                return next(page, failure);
            }
            *failure = error;
            return false;
        }
        QJsonObject body;
        if (!HttpClient::parseJsonObject(response, u"Salesforce"_s, &body, failure))
            return false;
        SalesforceDetail::logUsage(m_ctx, response);
        const PaginationSpec spec{PaginationSpec::Style::NextUrl, int(batch), u"records"_s, {}, {}, u"Id"_s};
        const QJsonArray records = Paginator::items(spec, body);
        page->totalEstimate = body.value("totalSize"_L1).toInteger(-1);
        for (const QJsonValue &value : records)
            addRecord(m_ctx, m_object, value.toObject(), page, &m_maxSeen);
        const PageCursor cursor = Paginator::next(spec, {}, body, url);
        if (!cursor.done) {
            m_next = cursor.nextUrl;
            page->checkpoint = QJsonObject{{u"since"_s, m_since}, {u"max_seen"_s, m_maxSeen}, {u"next_url"_s, m_next.toString()}};
        } else {
            page->done = true;
            page->checkpoint = QJsonObject{{u"since"_s, m_maxSeen}};
        }
        return true;
    }

private:
    const ConnectorContext &m_ctx;
    QString m_object;
    QString m_since;   // SystemModstamp lower bound of this run's query
    QString m_maxSeen; // newest SystemModstamp committed so far
    QUrl m_next;
};

} // namespace SalesforceDetail

using SalesforceDetail::jsonRequest;

QString SalesforceConnector::description() const
{
    return tr("Accounts, contacts, leads and opportunities from Salesforce; upserts by external id, in bulk for "
              "large sets.");
}

QList<SettingSpec> SalesforceConnector::ownSettings() const
{
    using T = SettingSpec::Type;
    return {
        {u"login_url"_s,
         tr("Login URL"),
         T::Url,
         u"https://login.salesforce.com"_s,
         true,
         {},
         tr("https://login.salesforce.com for production, https://test.salesforce.com for sandboxes, or your My Domain "
            "URL. The token answer names the instance all other calls go to."),
         {}},
        {u"api_version"_s, tr("API version"), T::Text, u"60.0"_s, true, {}, tr("REST API version, e.g. 60.0."), {}},
        {u"client_id"_s, tr("Client ID"), T::Text, {}, true, {}, tr("The connected app's consumer key."), {}},
        {u"scopes"_s, tr("Scopes"), T::Text, u"api refresh_token"_s, false, {}, tr("Space-separated OAuth scopes to request."), {}},
        {u"external_id_field"_s,
         tr("External ID field"),
         T::Text,
         u"External_Id__c"_s,
         true,
         {},
         tr("The unique external-id field pushes upsert by; a unified record's external_id becomes its value."),
         {}},
        {u"push_object"_s,
         tr("Push to"),
         T::Choice,
         u"Contact"_s,
         true,
         {u"Contact"_s, u"Lead"_s, u"Account"_s},
         tr("The sObject that pushed customers become."),
         {}},
        {u"bulk_threshold"_s,
         tr("Bulk from"),
         T::Integer,
         u"2000"_s,
         false,
         {},
         tr("Pushes of this many records or more use Bulk API 2.0; smaller ones use REST."),
         {}},
        {u"bulk_query_threshold"_s,
         tr("Bulk reads from"),
         T::Integer,
         u"10000"_s,
         false,
         {},
         tr("Reads of this many records or more run as a Bulk API 2.0 query job whose result sets are downloaded "
            "concurrently (API 58.0 or later); smaller ones use the REST query. 0 always uses REST."),
         {}},
        concurrencySetting(),
        {u"bulk_max_upload_mb"_s,
         tr("Bulk upload limit (MB)"),
         T::Integer,
         u"100"_s,
         false,
         {},
         tr("Largest CSV per Bulk job (Salesforce accepts 150 MB base64-encoded, about 100 MB raw)."),
         {}},
        {u"bulk_timeout_seconds"_s,
         tr("Bulk wait limit (s)"),
         T::Integer,
         u"1800"_s,
         false,
         {},
         tr("How long to wait for a Bulk job to finish before reporting it as still running."),
         {}},
        {u"default_currency"_s,
         tr("Currency"),
         T::Text,
         u"USD"_s,
         false,
         {},
         tr("ISO 4217 currency of opportunity amounts (orgs without multi-currency)."),
         {}},
        {u"default_region"_s,
         tr("Default phone region"),
         T::Text,
         u"US"_s,
         false,
         {},
         tr("Country used to read phone numbers written without a country code."),
         {}},
        {u"page_size"_s,
         tr("Page size"),
         T::Integer,
         u"2000"_s,
         false,
         {},
         tr("Sforce-Query-Options batchSize (200–2000; Salesforce may return fewer)."),
         {}},
        {u"requests_per_second"_s, tr("Requests per second"), T::Integer, u"10"_s, false, {}, tr("Rate budget of this connection."), {}},
        {u"refresh_token"_s, tr("Refresh token"), T::Secret, {}, true, {}, tr("Filled in by Sign In."), {}},
        {u"client_secret"_s,
         tr("Client secret"),
         T::Secret,
         {},
         false,
         {},
         tr("The connected app's consumer secret (not needed when the app does not require it)."),
         {}},
    };
}

QList<StreamSpec> SalesforceConnector::streams() const
{
    return {
        {u"accounts"_s, RecordKind::Customer, u"SystemModstamp"_s, tr("Accounts")},
        {u"contacts"_s, RecordKind::Customer, u"SystemModstamp"_s, tr("Contacts")},
        {u"leads"_s, RecordKind::Customer, u"SystemModstamp"_s, tr("Leads")},
        {u"opportunities"_s, RecordKind::Invoice, u"SystemModstamp"_s, tr("Opportunities, as invoices")},
    };
}

QString SalesforceConnector::sObjectOf(const QString &stream)
{
    if (stream == "accounts"_L1)
        return u"Account"_s;
    if (stream == "contacts"_L1)
        return u"Contact"_s;
    if (stream == "leads"_L1)
        return u"Lead"_s;
    return u"Opportunity"_s;
}

QStringList SalesforceConnector::fieldsFor(const QString &sObject)
{
    if (sObject == "Account"_L1)
        return {u"Id"_s,
                u"Name"_s,
                u"Phone"_s,
                u"BillingStreet"_s,
                u"BillingCity"_s,
                u"BillingState"_s,
                u"BillingPostalCode"_s,
                u"BillingCountry"_s,
                u"CreatedDate"_s,
                u"SystemModstamp"_s};
    if (sObject == "Contact"_L1)
        return {u"Id"_s,           u"FirstName"_s,         u"LastName"_s,       u"Name"_s,          u"Email"_s,
                u"Phone"_s,        u"MobilePhone"_s,       u"Account.Name"_s,   u"MailingStreet"_s, u"MailingCity"_s,
                u"MailingState"_s, u"MailingPostalCode"_s, u"MailingCountry"_s, u"CreatedDate"_s,   u"SystemModstamp"_s};
    if (sObject == "Lead"_L1)
        return {u"Id"_s,     u"FirstName"_s, u"LastName"_s, u"Name"_s,       u"Email"_s,   u"Phone"_s,       u"Company"_s,
                u"Street"_s, u"City"_s,      u"State"_s,    u"PostalCode"_s, u"Country"_s, u"CreatedDate"_s, u"SystemModstamp"_s};
    return {u"Id"_s,       u"Name"_s,  u"AccountId"_s, u"Amount"_s,      u"StageName"_s,
            u"IsClosed"_s, u"IsWon"_s, u"CloseDate"_s, u"CreatedDate"_s, u"SystemModstamp"_s};
}

bool SalesforceConnector::mapCustomer(const QString &sObject, const QJsonObject &r, const QString &defaultRegion, UnifiedCustomer *customer,
                                      QString *error)
{
    UnifiedCustomer c;
    c.source = u"salesforce"_s;
    c.externalId = r.value("Id"_L1).toString();
    if (c.externalId.isEmpty()) {
        *error = tr("a record without Id");
        return false;
    }
    auto text = [&](const char *field) { return r.value(QLatin1StringView(field)).toString(); };
    QString street;
    if (sObject == "Account"_L1) {
        c.fullName = text("Name");
        c.company = c.fullName;
        street = text("BillingStreet");
        c.address.city = text("BillingCity");
        c.address.region = text("BillingState");
        c.address.postalCode = text("BillingPostalCode");
        c.address.country = normalizeCountry(text("BillingCountry"));
    } else {
        c.firstName = text("FirstName");
        c.lastName = text("LastName");
        c.fullName = text("Name").isEmpty() ? QString(c.firstName + u' ' + c.lastName).trimmed() : text("Name");
        c.email = text("Email");
        const bool lead = sObject == "Lead"_L1;
        c.company = lead ? text("Company") : r.value("Account"_L1).toObject().value("Name"_L1).toString();
        street = text(lead ? "Street" : "MailingStreet");
        c.address.city = text(lead ? "City" : "MailingCity");
        c.address.region = text(lead ? "State" : "MailingState");
        c.address.postalCode = text(lead ? "PostalCode" : "MailingPostalCode");
        c.address.country = normalizeCountry(text(lead ? "Country" : "MailingCountry"));
    }
    std::tie(c.address.line1, c.address.line2) = SalesforceDetail::splitStreet(street);
    QString phone = text("Phone");
    if (phone.isEmpty())
        phone = text("MobilePhone");
    c.phone = normalizePhone(phone, c.address.country.isEmpty() ? defaultRegion : c.address.country);
    c.createdAt = SalesforceDetail::parseDate(r.value("CreatedDate"_L1));
    c.updatedAt = SalesforceDetail::parseDate(r.value("SystemModstamp"_L1));
    c.raw = r;
    c.raw.remove(u"attributes"_s);
    *customer = std::move(c);
    return true;
}

bool SalesforceConnector::mapOpportunity(const QJsonObject &r, const QString &defaultCurrency, UnifiedInvoice *invoice, QString *error)
{
    UnifiedInvoice inv;
    inv.source = u"salesforce"_s;
    inv.externalId = r.value("Id"_L1).toString();
    if (inv.externalId.isEmpty()) {
        *error = tr("a record without Id");
        return false;
    }
    inv.number = r.value("Name"_L1).toString();
    inv.customerExternalId = r.value("AccountId"_L1).toString();
    inv.currency = r.value("CurrencyIsoCode"_L1).toString(defaultCurrency).toUpper();
    if (inv.currency.size() != 3) {
        *error = tr("opportunity %1 has no valid currency").arg(inv.externalId);
        return false;
    }
    // Amount is a decimal currency field; cents are rounded half away from zero.
    const QJsonValue amount = r.value("Amount"_L1);
    inv.total = amount.isDouble() ? qint64(std::llround(amount.toDouble() * 100.0)) : 0;
    inv.subtotal = inv.total;
    const bool closed = r.value("IsClosed"_L1).toBool();
    const bool won = r.value("IsWon"_L1).toBool();
    inv.status = won ? UnifiedInvoice::Status::Paid : closed ? UnifiedInvoice::Status::Void : UnifiedInvoice::Status::Open;
    inv.amountDue = won || closed ? 0 : inv.total;
    inv.issuedAt = SalesforceDetail::parseDate(r.value("CreatedDate"_L1));
    inv.dueAt = SalesforceDetail::parseDate(r.value("CloseDate"_L1));
    inv.raw = r;
    inv.raw.remove(u"attributes"_s);
    *invoice = std::move(inv);
    return true;
}

QJsonObject SalesforceConnector::pushFields(const QString &sObject, const UnifiedCustomer &c)
{
    QJsonObject f;
    auto set = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            f.insert(key, value);
    };
    QString first = c.firstName, last = c.lastName;
    if (first.isEmpty() && last.isEmpty())
        std::tie(first, last) = splitFullName(c.fullName);
    const QString street = c.address.line2.isEmpty() ? c.address.line1 : QString(c.address.line1 + u'\n' + c.address.line2);
    if (sObject == "Account"_L1) {
        set(u"Name"_s, c.company.isEmpty() ? c.fullName : c.company);
        set(u"Phone"_s, c.phone);
        set(u"BillingStreet"_s, street);
        set(u"BillingCity"_s, c.address.city);
        set(u"BillingState"_s, c.address.region);
        set(u"BillingPostalCode"_s, c.address.postalCode);
        set(u"BillingCountry"_s, c.address.country);
        return f;
    }
    const bool lead = sObject == "Lead"_L1;
    set(u"FirstName"_s, first);
    set(u"LastName"_s, last);
    set(u"Email"_s, c.email);
    set(u"Phone"_s, c.phone);
    if (lead)
        set(u"Company"_s, c.company);
    set(lead ? u"Street"_s : u"MailingStreet"_s, street);
    set(lead ? u"City"_s : u"MailingCity"_s, c.address.city);
    set(lead ? u"State"_s : u"MailingState"_s, c.address.region);
    set(lead ? u"PostalCode"_s : u"MailingPostalCode"_s, c.address.postalCode);
    set(lead ? u"Country"_s : u"MailingCountry"_s, c.address.country);
    return f;
}

std::unique_ptr<Authenticator> SalesforceConnector::createAuthenticator(const ConnectorContext &ctx, Failure *) const
{
    ctx.http->setRateBudget(
        RateBudget::forKey(u"salesforce/"_s + ctx.secretOwner.scope, double(ctx.settings.value("requests_per_second"_L1).toInteger(10)), 10));
    OAuth2RefreshAuthenticator::Config config;
    config.owner = ctx.secretOwner;
    config.serviceName = u"Salesforce"_s;
    config.tokenUrl = QUrl(ctx.setting(u"login_url"_s) + u"/services/oauth2/token"_s);
    config.clientId = ctx.setting(u"client_id"_s);
    config.defaultExpiresIn = 3600; // the answer carries no expiry; sessions last about 2 h, 401 refreshes early
    return std::make_unique<OAuth2RefreshAuthenticator>(config, ctx.credentials);
}

std::optional<OAuthEndpoints> SalesforceConnector::oauthEndpoints(const QJsonObject &settings) const
{
    QString error;
    const auto s = validateSettings(settings, &error);
    if (!s)
        return std::nullopt;
    const QString login = s->value("login_url"_L1).toString();
    return OAuthEndpoints{QUrl(login + u"/services/oauth2/authorize"_s), QUrl(login + u"/services/oauth2/token"_s),
                          s->value("client_id"_L1).toString(), s->value("scopes"_L1).toString()};
}

QString SalesforceConnector::apiPath(const ConnectorContext &ctx)
{
    return u"/services/data/v"_s + ctx.setting(u"api_version"_s);
}

bool SalesforceConnector::instanceUrl(const ConnectorContext &ctx, QString *url, Failure *failure)
{
    auto *auth = dynamic_cast<OAuth2RefreshAuthenticator *>(ctx.http->authenticator());
    if (!auth) {
        *failure = Failure::system(tr("Salesforce needs its OAuth authenticator."));
        return false;
    }
    if (Failure f = auth->ensureToken(*ctx.http)) {
        *failure = f;
        return false;
    }
    *url = OAuth2RefreshAuthenticator::tokenField(ctx.secretOwner.scope, u"instance_url"_s);
    if (url->isEmpty()) {
        *failure = Failure::system(tr("The Salesforce token answer named no instance URL."));
        return false;
    }
    if (url->endsWith(u'/'))
        url->chop(1);
    return true;
}

QString SalesforceConnector::apiUsage(const HttpResponse &response)
{
    const QByteArray info = response.header("Sforce-Limit-Info");
    const qsizetype at = info.indexOf("api-usage=");
    if (at < 0)
        return {};
    QByteArray value = info.mid(at + 10);
    const qsizetype end = value.indexOf(',');
    return QString::fromLatin1((end < 0 ? value : value.left(end)).trimmed());
}

Failure SalesforceConnector::errorFor(const HttpResponse &response, const QString &what)
{
    if (response.failure)
        return response.failure;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    QString code, message;
    const QJsonObject first = doc.isArray() ? doc.array().first().toObject() : doc.object();
    code = first.value("errorCode"_L1).toString();
    message = first.value("message"_L1).toString();
    const QString text = code.isEmpty() ? tr("Salesforce answered HTTP %1 for %2.").arg(response.status).arg(what)
                                        : tr("Salesforce answered HTTP %1 for %2: %3: %4").arg(response.status).arg(what, code, message);
    if (code == "REQUEST_LIMIT_EXCEEDED"_L1 || code == "UNABLE_TO_LOCK_ROW"_L1)
        return Failure::transient(text);
    if (response.status == 400 || response.status == 401 || response.status == 403 || response.status == 404)
        return Failure::config(text);
    return Failure::system(text);
}

std::unique_ptr<StreamReader> SalesforceConnector::openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                                              bool fullRefresh) const
{
    if (!this->stream(stream))
        return nullptr;
    return std::make_unique<SalesforceDetail::Reader>(ctx, stream, checkpoint, fullRefresh);
}

Failure SalesforceConnector::testConnection(const ConnectorContext &ctx) const
{
    QString instance;
    Failure failure;
    if (!instanceUrl(ctx, &instance, &failure))
        return failure;
    const HttpResponse response = ctx.http->send(jsonRequest("GET", QUrl(instance + apiPath(ctx) + u"/limits"_s)));
    if (!response.isSuccess())
        return errorFor(response, u"limits"_s);
    SalesforceDetail::logUsage(ctx, response);
    return {};
}

Failure SalesforceConnector::query(const ConnectorContext &ctx, const QString &soql, const std::function<void(const QJsonArray &)> &onPage,
                                   qint64 *totalSize)
{
    QString error;
    if (!Soql::validate(soql, &error))
        return Failure::config(tr("The query was refused: %1.").arg(error));
    QString instance;
    Failure failure;
    if (!instanceUrl(ctx, &instance, &failure))
        return failure;
    QUrl url(instance + apiPath(ctx) + u"/query"_s);
    url.setQuery(QUrlQuery{{u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(soql))}});
    const PaginationSpec spec{PaginationSpec::Style::NextUrl, 2000, u"records"_s, {}, {}, u"Id"_s};
    PageCursor cursor;
    do {
        const QUrl pageUrl = Paginator::apply(spec, cursor, url);
        QJsonObject body;
        if (!ctx.http->fetchJsonObject(
                jsonRequest("GET", pageUrl), u"Salesforce"_s, [](const HttpResponse &r) { return errorFor(r, u"the query"_s); }, &body, &failure))
            return failure;
        *totalSize = body.value("totalSize"_L1).toInteger();
        QJsonArray records = Paginator::items(spec, body);
        for (auto it = records.begin(); it != records.end(); ++it) {
            QJsonObject record = it->toObject();
            record.remove(u"attributes"_s);
            *it = record;
        }
        onPage(records);
        cursor = Paginator::next(spec, cursor, body, pageUrl);
    } while (!cursor.done && !ctx.http->isCancelled());
    return {};
}

Failure SalesforceConnector::describe(const ConnectorContext &ctx, const QString &sObject, QList<std::pair<QString, QString>> *fields)
{
    QString instance;
    Failure failure;
    if (!instanceUrl(ctx, &instance, &failure))
        return failure;
    QJsonObject body;
    const QUrl url(instance + apiPath(ctx) + u"/sobjects/"_s + QString::fromLatin1(QUrl::toPercentEncoding(sObject)) + u"/describe"_s);
    if (!ctx.http->fetchJsonObject(
            jsonRequest("GET", url), u"Salesforce"_s, [&](const HttpResponse &r) { return errorFor(r, sObject); }, &body, &failure))
        return failure;
    for (const QJsonValue &f : body.value("fields"_L1).toArray())
        fields->append({f.toObject().value("name"_L1).toString(), f.toObject().value("type"_L1).toString()});
    return {};
}

Failure SalesforceConnector::bulkJobs(const ConnectorContext &ctx, QJsonArray *jobs)
{
    QString instance;
    Failure failure;
    if (!instanceUrl(ctx, &instance, &failure))
        return failure;
    QUrl url(instance + apiPath(ctx) + u"/jobs/ingest"_s);
    while (url.isValid() && !url.isEmpty()) {
        QJsonObject body;
        if (!ctx.http->fetchJsonObject(
                jsonRequest("GET", url), u"Salesforce"_s, [](const HttpResponse &r) { return errorFor(r, u"the Bulk jobs"_s); }, &body, &failure))
            return failure;
        for (const QJsonValue &job : body.value("records"_L1).toArray())
            jobs->append(job);
        const QString next = body.value("nextRecordsUrl"_L1).toString();
        url = body.value("done"_L1).toBool(true) || next.isEmpty() ? QUrl() : QUrl(instance + next);
    }
    QList<QJsonValue> sorted(jobs->begin(), jobs->end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a.toObject().value("createdDate"_L1).toString() > b.toObject().value("createdDate"_L1).toString();
    });
    *jobs = QJsonArray();
    for (const QJsonValue &job : sorted)
        jobs->append(job);
    return {};
}

Failure SalesforceConnector::bulkJobResults(const ConnectorContext &ctx, const QString &jobId, const QString &kind, QList<QStringList> *rows)
{
    QString instance;
    Failure failure;
    if (!instanceUrl(ctx, &instance, &failure))
        return failure;
    HttpRequest request;
    request.url = QUrl(instance + apiPath(ctx) + u"/jobs/ingest/"_s + QString::fromLatin1(QUrl::toPercentEncoding(jobId)) + u'/' + kind + u'/');
    request.headers = {{"Accept", "text/csv"}};
    const HttpResponse response = ctx.http->send(request);
    if (!response.isSuccess())
        return errorFor(response, kind);
    QString error;
    if (!Csv::parse(response.body, rows, &error))
        return Failure::system(tr("Salesforce sent unreadable %1: %2").arg(kind, error));
    return {};
}

WriteOutcome SalesforceConnector::writeCustomers(const ConnectorContext &ctx, const UnifiedCustomers &customers, const WriteOptions &options) const
{
    const qint64 threshold = ctx.settings.value("bulk_threshold"_L1).toInteger(2000);
    if (options.bulk || customers.size() >= threshold)
        return upsertBulk(ctx, customers);
    return upsertRest(ctx, customers);
}

WriteOutcome SalesforceConnector::upsertRest(const ConnectorContext &ctx, const UnifiedCustomers &customers) const
{
    WriteOutcome outcome;
    QString instance;
    if (!instanceUrl(ctx, &instance, &outcome.failure))
        return outcome;
    const QString object = ctx.setting(u"push_object"_s);
    const QString extField = ctx.setting(u"external_id_field"_s);
    HttpResponse last;
    for (const UnifiedCustomer &c : customers) {
        if (ctx.http->isCancelled()) {
            outcome.failure = Failure::cancelled(tr("Cancelled."));
            return outcome;
        }
        if (c.externalId.isEmpty()) {
            outcome.fail(c.externalId, tr("a record without external_id cannot be upserted"));
            continue;
        }
        const QUrl url(instance + apiPath(ctx) + u"/sobjects/"_s + object + u'/' + extField + u'/'
                       + QString::fromLatin1(QUrl::toPercentEncoding(c.externalId)));
        last = ctx.http->send(jsonRequest("PATCH", url, pushFields(object, c)));
        if (last.failure) {
            outcome.failure = last.failure;
            return outcome;
        }
        if (last.status == 201) {
            ++outcome.created;
        } else if (last.status == 200 || last.status == 204) {
            ++outcome.updated;
        } else if (last.status == 300) {
            // Several records carry this external id: a data error, never retried.
            outcome.fail(c.externalId, tr("%1 %2 = %3 matches several records; nothing was written").arg(object, extField, c.externalId));
        } else {
            const Failure f = errorFor(last, object);
            // 401 after the refresh, or 404 (no such object or external-id field): no record can succeed.
            if (last.status == 401 || last.status == 404) {
                outcome.failure = f;
                return outcome;
            }
            outcome.fail(c.externalId, f.message);
        }
    }
    SalesforceDetail::logUsage(ctx, last);
    return outcome;
}

} // namespace Orion

#include "adapters/stripe/stripeconnector.h"

#include "runtime/authenticator.h"
#include "runtime/httpclient.h"
#include "runtime/pagination.h"
#include "runtime/phonenumbers.h"
#include "runtime/ratebudget.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

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
        m_path = kind == RecordKind::Customer ? u"/v1/customers"_s : u"/v1/invoices"_s;
        m_pageSize = std::clamp<qint64>(ctx.settings.value("page_size"_L1).toInteger(100), 1, 100);
        if (!fullRefresh) {
            // A run that was interrupted resumes after its last committed page with the same filter.
            m_createdGte = checkpoint.value("created_gte"_L1).toInteger(-1);
            m_startingAfter = checkpoint.value("starting_after"_L1).toString();
            m_maxCreated = checkpoint.value("max_created"_L1).toInteger(-1);
            if (!m_startingAfter.isEmpty())
                ctx.log(u"resuming after %1 (created ≥ %2)"_s.arg(m_startingAfter).arg(m_createdGte));
            else if (m_createdGte >= 0)
                ctx.log(u"incremental: created ≥ %1"_s.arg(m_createdGte));
        }
    }

    bool next(Page *page, Failure *failure) override
    {
        QUrl first(m_ctx.setting(u"api_base"_s) + m_path);
        if (m_createdGte >= 0)
            first.setQuery(QUrlQuery{{u"created[gte]"_s, QString::number(m_createdGte)}});
        const PaginationSpec spec{PaginationSpec::Style::HasMore, int(m_pageSize), u"data"_s, u"starting_after"_s, u"limit"_s, u"id"_s};
        PageCursor cursor;
        cursor.token = m_startingAfter;
        HttpRequest request;
        request.url = Paginator::apply(spec, cursor, first);
        request.headers = StripeConnector::commonHeaders(m_ctx);
        const QString what = m_kind == RecordKind::Customer ? u"customers"_s : u"invoices"_s;
        QJsonObject body;
        if (!m_ctx.http->fetchJsonObject(
                request, service(), [&](const HttpResponse &r) { return StripeConnector::errorFor(r, what); }, &body, failure))
            return false;
        if (body.value("object"_L1).toString() != "list"_L1 || !body.value("data"_L1).isArray()) {
            *failure = Failure::system(StripeConnector::tr("Stripe sent a list response without \"data\"."));
            return false;
        }
        const QJsonArray data = body.value("data"_L1).toArray();
        const QString region = m_ctx.setting(u"default_region"_s);
        for (const QJsonValue &value : data) {
            const QJsonObject object = value.toObject();
            ++page->sourceRecords;
            m_maxCreated = std::max(m_maxCreated, object.value("created"_L1).toInteger(-1));
            QString error;
            if (m_kind == RecordKind::Customer) {
                UnifiedCustomer customer;
                if (StripeConnector::mapCustomer(object, region, &customer, &error)) {
                    customer.connectionId = m_ctx.connectionId;
                    page->customers.append(std::move(customer));
                    continue;
                }
            } else {
                UnifiedInvoice invoice;
                if (StripeConnector::mapInvoice(object, &invoice, &error) && fetchRemainingLines(object, &invoice, failure)) {
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
        const PageCursor next = Paginator::next(spec, cursor, body, request.url);
        if (!next.done) {
            m_startingAfter = next.token;
            page->checkpoint
                = QJsonObject{{u"created_gte"_s, m_createdGte}, {u"starting_after"_s, m_startingAfter}, {u"max_created"_s, m_maxCreated}};
        } else {
            // Complete: the next incremental run starts at the newest record seen (inclusive, so a
            // record created in the same second is not missed; the upsert absorbs the repeat).
            page->done = true;
            page->checkpoint = QJsonObject{{u"created_gte"_s, std::max(m_maxCreated, m_createdGte)}};
        }
        return true;
    }

private:
    // Invoices embed the first page of their lines; fetch the rest when has_more.
    bool fetchRemainingLines(const QJsonObject &object, UnifiedInvoice *invoice, Failure *failure)
    {
        QJsonObject lines = object.value("lines"_L1).toObject();
        while (lines.value("has_more"_L1).toBool()) {
            const QJsonArray data = lines.value("data"_L1).toArray();
            if (data.isEmpty())
                break;
            QUrl url(m_ctx.setting(u"api_base"_s) + lines.value("url"_L1).toString());
            QUrlQuery query;
            query.addQueryItem(u"limit"_s, u"100"_s);
            query.addQueryItem(u"starting_after"_s, data.last().toObject().value("id"_L1).toString());
            url.setQuery(query);
            HttpRequest request;
            request.url = url;
            request.headers = StripeConnector::commonHeaders(m_ctx);
            if (!m_ctx.http->fetchJsonObject(
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

    const ConnectorContext &m_ctx;
    RecordKind m_kind;
    QString m_path;
    qint64 m_pageSize = 100;
    qint64 m_createdGte = -1;
    qint64 m_maxCreated = -1;
    QString m_startingAfter;
};

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
        {u"api_key"_s, tr("Secret key"), T::Secret, {}, true, {}, tr("sk_live_… or sk_test_… (a restricted key works)."), {}},
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
    return std::make_unique<StripeDetail::Reader>(ctx, spec->kind, checkpoint, fullRefresh);
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

bool StripeConnector::mapCustomer(const QJsonObject &object, const QString &defaultRegion, UnifiedCustomer *customer, QString *error)
{
    UnifiedCustomer c;
    c.source = u"stripe"_s;
    c.externalId = object.value("id"_L1).toString();
    if (c.externalId.isEmpty() || object.value("object"_L1).toString() != "customer"_L1) {
        *error = tr("not a Stripe customer object");
        return false;
    }
    c.fullName = object.value("name"_L1).toString().simplified();
    std::tie(c.firstName, c.lastName) = splitFullName(c.fullName);
    c.email = object.value("email"_L1).toString().trimmed();
    const QJsonObject address = object.value("address"_L1).toObject();
    c.address.line1 = address.value("line1"_L1).toString();
    c.address.line2 = address.value("line2"_L1).toString();
    c.address.city = address.value("city"_L1).toString();
    c.address.region = address.value("state"_L1).toString();
    c.address.postalCode = address.value("postal_code"_L1).toString();
    c.address.country = normalizeCountry(address.value("country"_L1).toString());
    c.phone = normalizePhone(object.value("phone"_L1).toString(), c.address.country.isEmpty() ? defaultRegion : c.address.country);
    c.company = object.value("metadata"_L1).toObject().value("company"_L1).toString();
    c.createdAt = StripeDetail::fromUnix(object.value("created"_L1));
    c.updatedAt = c.createdAt; // Stripe customers carry no modification time
    c.raw = object;
    *customer = std::move(c);
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

WriteOutcome StripeConnector::writeCustomers(const ConnectorContext &ctx, const UnifiedCustomers &customers, const WriteOptions &) const
{
    WriteOutcome outcome;
    for (const UnifiedCustomer &customer : customers) {
        if (ctx.http->isCancelled()) {
            outcome.failure = Failure::cancelled(tr("Cancelled."));
            return outcome;
        }
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(ctx.setting(u"api_base"_s) + u"/v1/customers"_s);
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
            ++outcome.created;
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

} // namespace Orion

#include "fakequickbooks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace Orion::Fakes {

FakeQuickBooks::FakeQuickBooks(const QString &realm)
    : m_realm(realm)
{
}

void FakeQuickBooks::setCounts(qint64 customers, qint64 invoices)
{
    QMutexLocker locker(&m_mutex);
    m_customers = customers;
    m_invoices = invoices;
    m_touched.clear();
    m_changed.clear();
    m_touchAfterQuery.clear();
    m_queries = 0;
    m_created.clear();
    m_deletedInvoices.clear();
    m_webhookEntities = QJsonArray();
}

void FakeQuickBooks::touchCustomer(qint64 index)
{
    QMutexLocker locker(&m_mutex);
    m_touched.insert(index, kEpoch + m_customers + 100 + m_touched.size());
}

void FakeQuickBooks::changeCustomerLocked(qint64 index, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject c = customerLocked(index);
    change(c);
    c.insert(u"SyncToken"_s, QString::number(c.value("SyncToken"_L1).toString().toInt() + 1));
    QJsonObject meta = c.value("MetaData"_L1).toObject();
    meta.insert(u"LastUpdatedTime"_s, timeOf(now().toSecsSinceEpoch()));
    c.insert(u"MetaData"_s, meta);
    m_changed.insert(c.value("Id"_L1).toString(), c);
    webhookEntityLocked(u"Customer"_s, c.value("Id"_L1).toString(), u"Update"_s);
}

void FakeQuickBooks::webhookEntityLocked(const QString &name, const QString &id, const QString &operation)
{
    m_webhookEntities.append(
        QJsonObject{{u"name"_s, name}, {u"id"_s, id}, {u"operation"_s, operation}, {u"lastUpdated"_s, timeOf(now().toSecsSinceEpoch())}});
}

SignedDelivery FakeQuickBooks::takeWebhooks(const QByteArray &verifierToken)
{
    QMutexLocker locker(&m_mutex);
    if (m_webhookEntities.isEmpty())
        return {};
    const QJsonObject notification{
        {u"eventNotifications"_s,
         QJsonArray{QJsonObject{{u"realmId"_s, m_realm}, {u"dataChangeEvent"_s, QJsonObject{{u"entities"_s, m_webhookEntities}}}}}}};
    m_webhookEntities = QJsonArray();
    return signWebhook(QJsonDocument(notification).toJson(QJsonDocument::Compact), verifierToken);
}

SignedDelivery FakeQuickBooks::signWebhook(const QByteArray &body, const QByteArray &verifierToken)
{
    return SignedDelivery{{{"Content-Type", "application/json"},
                           {"intuit-signature", QMessageAuthenticationCode::hash(body, verifierToken, QCryptographicHash::Sha256).toBase64()}},
                          body};
}

void FakeQuickBooks::renameCustomer(qint64 index, const QString &displayName)
{
    QMutexLocker locker(&m_mutex);
    changeCustomerLocked(index, [&](QJsonObject &c) { c.insert(u"DisplayName"_s, displayName); });
}

void FakeQuickBooks::deactivateCustomer(qint64 index)
{
    QMutexLocker locker(&m_mutex);
    changeCustomerLocked(index, [](QJsonObject &c) { c.insert(u"Active"_s, false); });
}

void FakeQuickBooks::addCustomer(const QString &displayName)
{
    QMutexLocker locker(&m_mutex);
    const QString at = timeOf(now().toSecsSinceEpoch());
    webhookEntityLocked(u"Customer"_s, QString::number(900000 + m_created.size()), u"Create"_s);
    m_created.append(QJsonObject{{u"Id"_s, QString::number(900000 + m_created.size())},
                                 {u"SyncToken"_s, u"0"_s},
                                 {u"DisplayName"_s, displayName},
                                 {u"Active"_s, true},
                                 {u"MetaData"_s, QJsonObject{{u"CreateTime"_s, at}, {u"LastUpdatedTime"_s, at}}}});
}

void FakeQuickBooks::deleteInvoice(qint64 index)
{
    QMutexLocker locker(&m_mutex);
    m_deletedInvoices.insert(index, now().toSecsSinceEpoch());
    webhookEntityLocked(u"Invoice"_s, QString::number(1000 + index), u"Delete"_s);
}

void FakeQuickBooks::touchCustomerAfterQuery(int query, qint64 index)
{
    QMutexLocker locker(&m_mutex);
    m_touchAfterQuery.insert(query, index);
}

void FakeQuickBooks::enableOAuth(const QString &clientId, const QString &clientSecret, const QString &refreshToken)
{
    QMutexLocker locker(&m_mutex);
    m_oauth = true;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_refreshToken = refreshToken;
}

QString FakeQuickBooks::currentRefreshToken() const
{
    QMutexLocker locker(&m_mutex);
    return m_refreshToken;
}

int FakeQuickBooks::tokenRequests() const
{
    QMutexLocker locker(&m_mutex);
    return m_tokenRequests;
}

void FakeQuickBooks::setTokenDelay(int ms)
{
    QMutexLocker locker(&m_mutex);
    m_tokenDelay = ms;
}

void FakeQuickBooks::expireAccessTokens()
{
    QMutexLocker locker(&m_mutex);
    m_tokens.clear();
}

void FakeQuickBooks::throttleNext(int requests)
{
    QMutexLocker locker(&m_mutex);
    m_throttle = requests;
}

void FakeQuickBooks::makeStale(const QString &customerId)
{
    QMutexLocker locker(&m_mutex);
    m_stale.insert(customerId);
}

QJsonObject FakeQuickBooks::customer(const QString &id) const
{
    QMutexLocker locker(&m_mutex);
    if (m_changed.contains(id))
        return m_changed.value(id);
    for (const QJsonObject &c : m_created) {
        if (c.value("Id"_L1).toString() == id)
            return c;
    }
    const qint64 index = id.toLongLong() - 1;
    return index >= 0 && index < m_customers ? customerLocked(index) : QJsonObject();
}

int FakeQuickBooks::customersCreated() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_created.size());
}

QString FakeQuickBooks::timeOf(qint64 secs) const
{
    // Intuit answers in the company's zone, e.g. -08:00.
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::fromSecondsAheadOfUtc(-8 * 3600)).toString(Qt::ISODate);
}

QJsonObject FakeQuickBooks::customerLocked(qint64 index) const
{
    const QString id = QString::number(index + 1);
    if (m_changed.contains(id))
        return m_changed.value(id);
    const qint64 updated = m_touched.value(index, kEpoch + index);
    return QJsonObject{
        {u"Id"_s, id},
        {u"SyncToken"_s, u"0"_s},
        {u"DisplayName"_s, u"Customer %1"_s.arg(index)},
        {u"GivenName"_s, u"Given%1"_s.arg(index)},
        {u"FamilyName"_s, u"Family%1"_s.arg(index)},
        {u"CompanyName"_s, u"Company %1 & Sons"_s.arg(index % 40)},
        {u"PrimaryEmailAddr"_s, QJsonObject{{u"Address"_s, u"customer%1@example.com"_s.arg(index)}}},
        {u"PrimaryPhone"_s, QJsonObject{{u"FreeFormNumber"_s, u"(650) 555-%1"_s.arg(1000 + index % 9000)}}},
        {u"BillAddr"_s,
         QJsonObject{{u"Line1"_s, u"%1 Castro St"_s.arg(index + 1)},
                     {u"City"_s, u"Mountain View"_s},
                     {u"CountrySubDivisionCode"_s, u"CA"_s},
                     {u"PostalCode"_s, u"94041"_s},
                     {u"Country"_s, u"USA"_s}}},
        {u"Active"_s, true},
        {u"MetaData"_s, QJsonObject{{u"CreateTime"_s, timeOf(kEpoch - 86400 + index)}, {u"LastUpdatedTime"_s, timeOf(updated)}}},
    };
}

QJsonObject FakeQuickBooks::invoiceLocked(qint64 index) const
{
    const double unit = 100.0 + double(index % 17) + 0.25;
    const int qty = 1 + int(index % 3);
    const double lineAmount = unit * qty;
    const double tax = index % 2 ? 0.0 : 8.5;
    const double total = lineAmount + 50.0 + tax;
    QJsonObject invoice{
        {u"Id"_s, QString::number(1000 + index)},
        {u"SyncToken"_s, u"0"_s},
        {u"DocNumber"_s, u"%1"_s.arg(5000 + index)},
        {u"TxnDate"_s, QDate(2026, 3, 1).addDays(index).toString(Qt::ISODate)},
        {u"DueDate"_s, QDate(2026, 3, 31).addDays(index).toString(Qt::ISODate)},
        {u"CustomerRef"_s,
         QJsonObject{{u"value"_s, QString::number(1 + index % std::max<qint64>(1, m_customers))}, {u"name"_s, u"Customer %1"_s.arg(index)}}},
        {u"TotalAmt"_s, total},
        {u"Balance"_s, index % 3 == 0 ? 0.0 : total},
        {u"TxnTaxDetail"_s, QJsonObject{{u"TotalTax"_s, tax}}},
        {u"Line"_s,
         QJsonArray{
             QJsonObject{{u"Id"_s, u"1"_s},
                         {u"Amount"_s, lineAmount},
                         {u"Description"_s, u"Consulting"_s},
                         {u"DetailType"_s, u"SalesItemLineDetail"_s},
                         {u"SalesItemLineDetail"_s,
                          QJsonObject{{u"ItemRef"_s, QJsonObject{{u"value"_s, u"1"_s}, {u"name"_s, u"Services"_s}}},
                                      {u"Qty"_s, qty},
                                      {u"UnitPrice"_s, unit}}}},
             QJsonObject{{u"Id"_s, u"2"_s},
                         {u"Amount"_s, 50.0},
                         {u"DetailType"_s, u"SalesItemLineDetail"_s},
                         {u"SalesItemLineDetail"_s,
                          QJsonObject{{u"ItemRef"_s, QJsonObject{{u"value"_s, u"2"_s}, {u"name"_s, u"Setup fee"_s}}},
                                      {u"Qty"_s, 1},
                                      {u"UnitPrice"_s, 50.0}}}},
             QJsonObject{{u"Amount"_s, lineAmount + 50.0}, {u"DetailType"_s, u"SubTotalLineDetail"_s}, {u"SubTotalLineDetail"_s, QJsonObject()}}}},
        {u"MetaData"_s, QJsonObject{{u"CreateTime"_s, timeOf(kEpoch + index)}, {u"LastUpdatedTime"_s, timeOf(kEpoch + index)}}},
        {u"domain"_s, u"QBO"_s},
        {u"sparse"_s, false},
    };
    if (index % 4 == 1)
        invoice.insert(u"CurrencyRef"_s, QJsonObject{{u"value"_s, u"CAD"_s}, {u"name"_s, u"Canadian Dollar"_s}});
    return invoice;
}

FakeResponse FakeQuickBooks::fault(int status, const QString &type, const QString &code, const QString &message)
{
    return FakeResponse::json(
        status,
        QJsonObject{
            {u"Fault"_s,
             QJsonObject{
                 {u"Error"_s,
                  QJsonArray{QJsonObject{
                      {u"Message"_s, message}, {u"Detail"_s, QString(message + u" (fake)"_s)}, {u"code"_s, code}, {u"element"_s, QString()}}}},
                 {u"type"_s, type}}},
            {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
}

FakeResponse FakeQuickBooks::handle(const RecordedRequest &request)
{
    if (request.path == "/oauth2/v1/tokens/bearer"_L1)
        return token(request);
    if (m_throttle > 0) {
        --m_throttle;
        return FakeResponse{429, "<html><body>Too Many Requests</body></html>", "text/html", {}};
    }
    const QByteArray auth = request.header("authorization");
    const QString accessToken = QString::fromLatin1(auth.mid(7));
    if (!auth.startsWith("Bearer ") || !m_tokens.contains(accessToken) || m_tokens.value(accessToken) <= now()) {
        const QJsonObject body{
            {u"fault"_s,
             QJsonObject{{u"error"_s,
                          QJsonArray{QJsonObject{{u"message"_s, u"message=AuthenticationFailed; errorCode=003200; statusCode=401"_s},
                                                 {u"detail"_s, u"Token expired: access token"_s},
                                                 {u"code"_s, u"3200"_s}}}},
                         {u"type"_s, u"AUTHENTICATION"_s}}}};
        return FakeResponse::json(401, body);
    }
    const QString prefix = u"/v3/company/"_s + m_realm;
    if (!request.path.startsWith(prefix))
        return fault(403, u"AuthorizationFault"_s, u"120"_s, u"Authorization Failure"_s);
    if (request.query.queryItemValue(u"minorversion"_s).toInt() < 75)
        return fault(400, u"ValidationFault"_s, u"2170"_s, u"minorversion below 75 is no longer supported"_s);
    const QString rest = request.path.mid(prefix.size());
    if (rest == "/query"_L1 && request.method == "GET")
        return query(request.query.queryItemValue(u"query"_s, QUrl::FullyDecoded));
    if (rest == "/customer"_L1 && request.method == "POST")
        return writeCustomer(request);
    if (rest == "/cdc"_L1 && request.method == "GET")
        return changeDataCapture(request);
    if (rest.startsWith("/customer/"_L1) && request.method == "GET") {
        const QString id = rest.mid(10);
        const qint64 index = id.toLongLong() - 1;
        QJsonObject c = m_changed.value(id);
        if (c.isEmpty() && index >= 0 && index < m_customers)
            c = customerLocked(index);
        if (c.isEmpty())
            return fault(400, u"ValidationFault"_s, u"610"_s, u"Object Not Found"_s);
        return FakeResponse::json(200, QJsonObject{{u"Customer"_s, c}});
    }
    return fault(400, u"ValidationFault"_s, u"500"_s, u"Unsupported Operation"_s);
}

FakeResponse FakeQuickBooks::token(const RecordedRequest &request)
{
    ++m_tokenRequests;
    if (m_tokenDelay > 0)
        QThread::msleep(m_tokenDelay); // a slow token endpoint: concurrent callers pile up behind the refresh
    const QByteArray expected = "Basic " + (m_clientId + u':' + m_clientSecret).toUtf8().toBase64();
    if (!m_oauth || request.header("authorization") != expected)
        return FakeResponse::json(401, QJsonObject{{u"error"_s, u"invalid_client"_s}});
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(u"grant_type"_s) != "refresh_token"_L1)
        return FakeResponse::json(400, QJsonObject{{u"error"_s, u"unsupported_grant_type"_s}});
    if (form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded) != m_refreshToken)
        return FakeResponse::json(400, QJsonObject{{u"error"_s, u"invalid_grant"_s}});
    ++m_serial;
    m_refreshToken = u"AB11-rotated-%1"_s.arg(m_serial); // may change on any refresh: here, on every one
    const QString access = u"eyJqbG-fake-%1"_s.arg(m_serial);
    m_tokens.insert(access, now().addSecs(3600));
    noteIssuedSecret(access);
    noteIssuedSecret(m_refreshToken);
    return FakeResponse::json(200,
                              QJsonObject{{u"token_type"_s, u"bearer"_s},
                                          {u"access_token"_s, access},
                                          {u"refresh_token"_s, m_refreshToken},
                                          {u"expires_in"_s, 3600},
                                          {u"x_refresh_token_expires_in"_s, 8726400}});
}

FakeResponse FakeQuickBooks::query(const QString &statement)
{
    const FakeResponse answer = answerQuery(statement);
    ++m_queries;
    for (const qint64 index : m_touchAfterQuery.values(m_queries))
        m_touched.insert(index, kEpoch + m_customers + 100 + m_touched.size());
    return answer;
}

FakeResponse FakeQuickBooks::answerQuery(const QString &statement)
{
    static const QRegularExpression shape(
        uR"(^SELECT (\*|COUNT\(\*\)) FROM (\w+)(?: WHERE (.+?))?(?: ORDERBY ([\w.]+)(?: (ASC|DESC))?)?(?: STARTPOSITION (\d+))?(?: MAXRESULTS (\d+))?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = shape.match(statement.simplified());
    if (!m.hasMatch())
        return fault(400, u"ValidationFault"_s, u"4000"_s, u"Error parsing query"_s);
    const QString entity = m.captured(2);
    if (entity.compare("Customer"_L1, Qt::CaseInsensitive) && entity.compare("Invoice"_L1, Qt::CaseInsensitive))
        return fault(400, u"ValidationFault"_s, u"4001"_s, u"Invalid query: unknown entity"_s);
    const bool customers = entity.compare("Customer"_L1, Qt::CaseInsensitive) == 0;
    const bool descending = m.captured(5).compare("DESC"_L1, Qt::CaseInsensitive) == 0;
    const qint64 start = m.captured(6).isEmpty() ? 1 : m.captured(6).toLongLong();
    const qint64 max = m.captured(7).isEmpty() ? 100 : m.captured(7).toLongLong();
    if (start < 1 || max < 1 || max > 1000)
        return fault(400, u"ValidationFault"_s, u"4000"_s, u"MAXRESULTS must be between 1 and 1000"_s);
    // WHERE: one `field = 'text'`, or MetaData.LastUpdatedTime compared (=, <, <=, >, >=) with
    // times, joined by AND.
    QString field, value;
    qint64 fromMs = std::numeric_limits<qint64>::min(), untilMs = std::numeric_limits<qint64>::max(); // [from, until]
    if (!m.captured(3).isEmpty()) {
        static const QRegularExpression cond(uR"(^([\w.]+) (=|>=|<=|>|<) '((?:[^'\\]|\\.)*)'$)"_s);
        static const QRegularExpression conjunction(u" AND "_s, QRegularExpression::CaseInsensitiveOption);
        for (const QString &part : m.captured(3).split(conjunction)) {
            const auto c = cond.match(part);
            if (!c.hasMatch())
                return fault(400, u"ValidationFault"_s, u"4000"_s, u"Error parsing query"_s);
            QString text = c.captured(3);
            text.replace(u"\\'"_s, u"'"_s);
            text.replace(u"\\\\"_s, u"\\"_s);
            const QString op = c.captured(2);
            if (c.captured(1) == "MetaData.LastUpdatedTime"_L1) {
                const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
                if (!at.isValid())
                    return fault(400, u"ValidationFault"_s, u"4000"_s, u"Error parsing query: invalid date"_s);
                const qint64 ms = at.toMSecsSinceEpoch();
                if (op == ">="_L1 || op == "="_L1 || op == ">"_L1)
                    fromMs = std::max(fromMs, op == ">"_L1 ? ms + 1 : ms);
                if (op == "<="_L1 || op == "="_L1 || op == "<"_L1)
                    untilMs = std::min(untilMs, op == "<"_L1 ? ms - 1 : ms);
                field = c.captured(1);
            } else if (op == "="_L1 && field.isEmpty()) {
                field = c.captured(1);
                value = text;
            } else {
                return fault(400, u"ValidationFault"_s, u"4000"_s, u"Error parsing query: the fake compares one field by = only"_s);
            }
        }
    }
    const auto updatedMs = [](const QJsonObject &o) {
        return QDateTime::fromString(o.value("MetaData"_L1).toObject().value("LastUpdatedTime"_L1).toString(), Qt::ISODate).toMSecsSinceEpoch();
    };
    const QString time = timeOf(now().toSecsSinceEpoch());
    QList<QJsonObject> matching;
    if (customers && (field.isEmpty() || field == "MetaData.LastUpdatedTime"_L1)) {
        // Customers by LastUpdatedTime: filtered and ordered on their times, and only the page's
        // records built (a query costs what the page does, as it should for 100,000 customers).
        QList<std::pair<qint64, qint64>> keys; // (LastUpdatedTime ms, index; m_created after the generated ones)
        for (qint64 i = 0; i < m_customers; ++i) {
            const auto changed = m_changed.constFind(QString::number(i + 1));
            if (changed != m_changed.cend() && !changed->value("Active"_L1).toBool(true))
                continue; // inactive: not in a query's answer
            const qint64 ms = changed != m_changed.cend() ? updatedMs(*changed) : m_touched.value(i, kEpoch + i) * 1000;
            if (ms >= fromMs && ms <= untilMs)
                keys.append({ms, i});
        }
        for (qsizetype j = 0; j < m_created.size(); ++j) {
            if (const qint64 ms = updatedMs(m_created.at(j)); ms >= fromMs && ms <= untilMs)
                keys.append({ms, m_customers + j});
        }
        if (!m.captured(4).isEmpty())
            std::stable_sort(keys.begin(), keys.end(),
                             [&](const auto &a, const auto &b) { return descending ? a.first > b.first : a.first < b.first; });
        if (m.captured(1) != "*"_L1)
            return FakeResponse::json(200, QJsonObject{{u"QueryResponse"_s, QJsonObject{{u"totalCount"_s, qint64(keys.size())}}}, {u"time"_s, time}});
        for (qint64 k = start - 1; k < keys.size() && matching.size() < max; ++k) {
            const qint64 index = keys.at(k).second;
            matching.append(index < m_customers ? customerLocked(index) : m_created.at(index - m_customers));
        }
    } else {
        QList<QJsonObject> all;
        if (customers) {
            for (qint64 i = 0; i < m_customers; ++i) {
                if (const QJsonObject c = customerLocked(i); c.value("Active"_L1).toBool(true))
                    all.append(c);
            }
            all.append(m_created);
        } else {
            for (qint64 i = 0; i < m_invoices; ++i) {
                if (!m_deletedInvoices.contains(i))
                    all.append(invoiceLocked(i));
            }
        }
        for (const QJsonObject &o : all) {
            if (field.isEmpty()) {
                matching.append(o);
            } else if (field == "MetaData.LastUpdatedTime"_L1) {
                if (const qint64 ms = updatedMs(o); ms >= fromMs && ms <= untilMs)
                    matching.append(o);
            } else if (o.value(field).toString().compare(value, Qt::CaseInsensitive) == 0) {
                matching.append(o);
            }
        }
        if (!m.captured(4).isEmpty())
            std::stable_sort(matching.begin(), matching.end(),
                             [&](const QJsonObject &a, const QJsonObject &b) { return updatedMs(a) < updatedMs(b); });
        if (m.captured(1) != "*"_L1)
            return FakeResponse::json(200,
                                      QJsonObject{{u"QueryResponse"_s, QJsonObject{{u"totalCount"_s, qint64(matching.size())}}}, {u"time"_s, time}});
        matching = matching.mid(start - 1, max);
    }
    QJsonArray page;
    for (const QJsonObject &o : std::as_const(matching))
        page.append(o);
    if (page.isEmpty()) // the documented empty answer: no entity key at all
        return FakeResponse::json(200, QJsonObject{{u"QueryResponse"_s, QJsonObject()}, {u"time"_s, time}});
    return FakeResponse::json(
        200,
        QJsonObject{
            {u"QueryResponse"_s,
             QJsonObject{{customers ? u"Customer"_s : u"Invoice"_s, page}, {u"startPosition"_s, start}, {u"maxResults"_s, qint64(page.size())}}},
            {u"time"_s, time}});
}

FakeResponse FakeQuickBooks::writeCustomer(const RecordedRequest &request)
{
    const QString requestId = request.query.queryItemValue(u"requestid"_s);
    if (!requestId.isEmpty() && m_requestIds.contains(requestId))
        return {200, m_requestIds.value(requestId), "application/json", {}};
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString id = body.value("Id"_L1).toString();
    const QString time = timeOf(QDateTime::currentSecsSinceEpoch());
    if (id.isEmpty()) {
        const QString display = body.value("DisplayName"_L1).toString();
        if (display.isEmpty())
            return fault(400, u"ValidationFault"_s, u"2020"_s, u"Required param missing, need to supply the required value for the API"_s);
        for (qint64 i = 0; i < m_customers; ++i) {
            if (customerLocked(i).value("DisplayName"_L1).toString().compare(display, Qt::CaseInsensitive) == 0)
                return fault(400, u"ValidationFault"_s, u"6240"_s, u"Duplicate Name Exists Error"_s);
        }
        for (const QJsonObject &c : std::as_const(m_created)) {
            if (c.value("DisplayName"_L1).toString().compare(display, Qt::CaseInsensitive) == 0)
                return fault(400, u"ValidationFault"_s, u"6240"_s, u"Duplicate Name Exists Error"_s);
        }
        QJsonObject created = body;
        created.insert(u"Id"_s, QString::number(100000 + m_created.size()));
        created.insert(u"SyncToken"_s, u"0"_s);
        created.insert(u"MetaData"_s, QJsonObject{{u"CreateTime"_s, time}, {u"LastUpdatedTime"_s, time}});
        m_created.append(created);
        const QByteArray answer = QJsonDocument(QJsonObject{{u"Customer"_s, created}, {u"time"_s, time}}).toJson(QJsonDocument::Compact);
        if (!requestId.isEmpty())
            m_requestIds.insert(requestId, answer);
        return {200, answer, "application/json", {}};
    }
    const qint64 index = id.toLongLong() - 1;
    QJsonObject current = m_changed.contains(id) ? m_changed.value(id) : (index >= 0 && index < m_customers ? customerLocked(index) : QJsonObject());
    for (const QJsonObject &c : std::as_const(m_created)) {
        if (current.isEmpty() && c.value("Id"_L1).toString() == id)
            current = c;
    }
    if (current.isEmpty())
        return fault(400, u"ValidationFault"_s, u"610"_s, u"Object Not Found"_s);
    if (m_stale.remove(id)) { // another user saved it a moment ago
        current.insert(u"SyncToken"_s, QString::number(current.value("SyncToken"_L1).toString().toInt() + 1));
        m_changed.insert(id, current);
    }
    if (body.value("SyncToken"_L1).toString() != current.value("SyncToken"_L1).toString())
        return fault(400, u"ValidationFault"_s, u"5010"_s, u"Stale Object Error"_s);
    QJsonObject updated = body.value("sparse"_L1).toBool() ? current : QJsonObject{{u"Id"_s, id}};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != "sparse"_L1)
            updated.insert(it.key(), it.value());
    }
    updated.insert(u"SyncToken"_s, QString::number(current.value("SyncToken"_L1).toString().toInt() + 1));
    QJsonObject meta = current.value("MetaData"_L1).toObject();
    meta.insert(u"LastUpdatedTime"_s, time);
    updated.insert(u"MetaData"_s, meta);
    m_changed.insert(id, updated);
    for (QJsonObject &c : m_created) {
        if (c.value("Id"_L1).toString() == id)
            c = updated;
    }
    return FakeResponse::json(200, QJsonObject{{u"Customer"_s, updated}, {u"time"_s, time}});
}

FakeResponse FakeQuickBooks::changeDataCapture(const RecordedRequest &request)
{
    const QStringList entities = request.query.queryItemValue(u"entities"_s, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    const QDateTime since = QDateTime::fromString(request.query.queryItemValue(u"changedSince"_s, QUrl::FullyDecoded), Qt::ISODate);
    if (entities.isEmpty() || !since.isValid())
        return fault(400, u"ValidationFault"_s, u"2020"_s,
                     u"Required param missing, need to supply the required value for the API: entities, changedSince"_s);
    if (since < now().addDays(-30))
        return fault(400, u"ValidationFault"_s, u"2030"_s, u"changedSince must be within the last 30 days"_s);
    const auto updated = [](const QJsonObject &o) {
        return QDateTime::fromString(o.value("MetaData"_L1).toObject().value("LastUpdatedTime"_L1).toString(), Qt::ISODate);
    };
    QJsonArray responses;
    for (const QString &entity : entities) {
        QList<QJsonObject> changed;
        if (entity == "Customer"_L1) {
            for (const QJsonObject &c : std::as_const(m_changed))
                changed.append(c);
            changed.append(m_created);
        } else if (entity == "Invoice"_L1) {
            for (auto it = m_deletedInvoices.cbegin(); it != m_deletedInvoices.cend(); ++it)
                changed.append(QJsonObject{{u"domain"_s, u"QBO"_s},
                                           {u"status"_s, u"Deleted"_s},
                                           {u"Id"_s, QString::number(1000 + it.key())},
                                           {u"MetaData"_s, QJsonObject{{u"LastUpdatedTime"_s, timeOf(it.value())}}}});
        } else {
            return fault(400, u"ValidationFault"_s, u"2010"_s, u"Unsupported entity for Change Data Capture: %1"_s.arg(entity));
        }
        changed.removeIf([&](const QJsonObject &o) { return updated(o) < since; });
        std::stable_sort(changed.begin(), changed.end(), [&](const QJsonObject &a, const QJsonObject &b) { return updated(a) < updated(b); });
        QJsonArray objects;
        for (qsizetype i = 0; i < changed.size() && i < 1000; ++i)
            objects.append(changed.at(i));
        QJsonObject response{{u"startPosition"_s, 1}, {u"maxResults"_s, qint64(objects.size())}};
        if (!objects.isEmpty())
            response.insert(entity, objects);
        responses.append(response);
    }
    return FakeResponse::json(
        200,
        QJsonObject{{u"CDCResponse"_s, QJsonArray{QJsonObject{{u"QueryResponse"_s, responses}}}}, {u"time"_s, timeOf(now().toSecsSinceEpoch())}});
}

} // namespace Orion::Fakes

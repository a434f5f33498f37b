#include "fakehubspot.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Orion::Fakes {

namespace {

const char *const kHubFirst[] = {"Maria", "Kenji", "Amélie", "Oluwaseun", "Priya", "Lars", "Chloé", "Diego", "Hana", "Tom"};
const char *const kHubCountry[] = {"United States", "Germany", "FR", "", "Japan", "United Kingdom"};

} // namespace

FakeHubSpot::FakeHubSpot(const QString &privateAppToken)
    : m_privateToken(privateAppToken)
{
}

void FakeHubSpot::setContactCount(qint64 count)
{
    QMutexLocker locker(&m_mutex);
    m_contacts = count;
    m_touched.clear();
    m_archived.clear();
    m_webhookEvents = QJsonArray();
}

qint64 FakeHubSpot::contactCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_contacts;
}

void FakeHubSpot::touchContact(qint64 index, const QString &newFirstName)
{
    QMutexLocker locker(&m_mutex);
    qint64 newest = kEpochMs + m_contacts * 1000;
    for (const auto &t : std::as_const(m_touched))
        newest = std::max(newest, t.second);
    m_touched.insert(index, {newFirstName, std::max(newest + 1000, now().toMSecsSinceEpoch())});
    webhookEventLocked(u"contact.propertyChange"_s, index, u"firstname"_s, newFirstName);
}

void FakeHubSpot::webhookEventLocked(const QString &type, qint64 index, const QString &property, const QString &value)
{
    QJsonObject event{{u"eventId"_s, ++m_eventId},
                      {u"subscriptionId"_s, 2104},
                      {u"portalId"_s, 62515},
                      {u"appId"_s, 1160452},
                      {u"occurredAt"_s, now().toMSecsSinceEpoch()},
                      {u"subscriptionType"_s, type},
                      {u"attemptNumber"_s, 0},
                      {u"objectId"_s, contactId(index).toLongLong()},
                      {u"changeSource"_s, u"CRM"_s}};
    if (!property.isEmpty()) {
        event.insert(u"propertyName"_s, property);
        event.insert(u"propertyValue"_s, value);
    }
    if (type == "contact.deletion"_L1)
        event.insert(u"changeFlag"_s, u"DELETED"_s);
    m_webhookEvents.append(event);
}

SignedDelivery FakeHubSpot::takeWebhooks(const QByteArray &clientSecret, const QString &url)
{
    QMutexLocker locker(&m_mutex);
    if (m_webhookEvents.isEmpty())
        return {};
    const QByteArray body = QJsonDocument(m_webhookEvents).toJson(QJsonDocument::Compact);
    m_webhookEvents = QJsonArray();
    return signWebhook(body, clientSecret, url, now().toMSecsSinceEpoch());
}

SignedDelivery FakeHubSpot::signWebhook(const QByteArray &body, const QByteArray &clientSecret, const QString &url, qint64 timestampMs)
{
    const QByteArray timestamp = QByteArray::number(timestampMs);
    const QByteArray message = "POST" + url.toUtf8() + body + timestamp;
    return SignedDelivery{{{"Content-Type", "application/json"},
                           {"X-HubSpot-Signature-v3", QMessageAuthenticationCode::hash(message, clientSecret, QCryptographicHash::Sha256).toBase64()},
                           {"X-HubSpot-Request-Timestamp", timestamp}},
                          body};
}

void FakeHubSpot::archiveContact(qint64 index)
{
    QMutexLocker locker(&m_mutex);
    m_archived.insert(index, now().toMSecsSinceEpoch());
    webhookEventLocked(u"contact.deletion"_s, index);
}

QString FakeHubSpot::contactId(qint64 index)
{
    return QString::number(1000 + index);
}

QJsonObject FakeHubSpot::contact(qint64 index) const
{
    QMutexLocker locker(&m_mutex);
    return contactLocked(index, false);
}

qint64 FakeHubSpot::lastModifiedMs(qint64 index) const
{
    QMutexLocker locker(&m_mutex);
    return modifiedLocked(index);
}

qint64 FakeHubSpot::modifiedLocked(qint64 index) const
{
    const auto it = m_touched.constFind(index);
    return it != m_touched.constEnd() ? it->second : kEpochMs + index * 1000;
}

void FakeHubSpot::enableOAuth(const QString &clientId, const QString &clientSecret, const QString &refreshToken, int accessTokenSeconds, bool rotate)
{
    QMutexLocker locker(&m_mutex);
    m_oauth = true;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_refreshToken = refreshToken;
    m_accessSeconds = accessTokenSeconds;
    m_rotate = rotate;
}

QString FakeHubSpot::currentRefreshToken() const
{
    QMutexLocker locker(&m_mutex);
    return m_refreshToken;
}

int FakeHubSpot::tokenRequests() const
{
    QMutexLocker locker(&m_mutex);
    return m_tokenRequests;
}

QHash<QString, QJsonObject> FakeHubSpot::upserted() const
{
    QMutexLocker locker(&m_mutex);
    return m_upserted;
}

void FakeHubSpot::clearUpserted()
{
    QMutexLocker locker(&m_mutex);
    m_upserted.clear();
}

QJsonObject FakeHubSpot::contactLocked(qint64 index, bool withAssociations) const
{
    const auto touched = m_touched.constFind(index);
    const QString first = touched != m_touched.constEnd() ? touched->first : QString::fromUtf8(kHubFirst[index % 10]);
    const QString last = u"Contact%1"_s.arg(index);
    const qint64 modified = modifiedLocked(index);
    const bool associated = index % 3 == 0;
    QJsonObject properties{
        {u"hs_object_id"_s, contactId(index)},
        {u"firstname"_s, first},
        {u"lastname"_s, last},
        {u"email"_s, u"%1.%2@example.org"_s.arg(QString::fromUtf8(kHubFirst[index % 10]).toLower(), last.toLower())},
        {u"phone"_s, index % 2 ? u"+44 20 7946 %1"_s.arg(index % 10000, 4, 10, QChar(u'0')) : u"(212) 555-0147"_s},
        {u"company"_s, associated ? QJsonValue() : QJsonValue(u"Acme %1"_s.arg(index % 13))},
        {u"city"_s, u"Springfield"_s},
        {u"country"_s, QString::fromUtf8(kHubCountry[index % 6])},
        {u"createdate"_s, QDateTime::fromMSecsSinceEpoch(kEpochMs + index * 1000, QTimeZone::UTC).toString(Qt::ISODateWithMs)},
        {u"lastmodifieddate"_s, QString::number(modified)}, // HubSpot sends dates as strings, sometimes as ms epochs
    };
    QJsonObject object{
        {u"id"_s, contactId(index)},
        {u"properties"_s, properties},
        {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(kEpochMs + index * 1000, QTimeZone::UTC).toString(Qt::ISODateWithMs)},
        {u"updatedAt"_s, QDateTime::fromMSecsSinceEpoch(modified, QTimeZone::UTC).toString(Qt::ISODateWithMs)},
        {u"archived"_s, m_archived.contains(index)},
    };
    if (const auto archived = m_archived.constFind(index); archived != m_archived.constEnd())
        object.insert(u"archivedAt"_s, QDateTime::fromMSecsSinceEpoch(*archived, QTimeZone::UTC).toString(Qt::ISODateWithMs));
    if (withAssociations && associated) {
        object.insert(
            u"associations"_s,
            QJsonObject{{u"companies"_s,
                         QJsonObject{{u"results"_s,
                                      QJsonArray{QJsonObject{{u"id"_s, QString::number(500 + index % 7)}, {u"type"_s, u"contact_to_company"_s}}}}}}});
    }
    return object;
}

FakeResponse FakeHubSpot::error(int status, const QString &category, const QString &message)
{
    return FakeResponse::json(status,
                              QJsonObject{{u"status"_s, u"error"_s},
                                          {u"message"_s, message},
                                          {u"correlationId"_s, u"a43683b0-5717-4ceb-80b4-104d02915d8c"_s},
                                          {u"category"_s, category}});
}

FakeResponse FakeHubSpot::handle(const RecordedRequest &request)
{
    if (request.path == "/oauth/v1/token"_L1)
        return token(request);
    if (request.path == "/oauth/authorize"_L1)
        return authorize(request);
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer "))
        return error(401, u"INVALID_AUTHENTICATION"_s, u"Authentication credentials not found."_s);
    const QString token = QString::fromUtf8(auth.mid(7));
    if (token != m_privateToken) {
        const auto it = m_accessTokens.constFind(token);
        if (it == m_accessTokens.constEnd())
            return error(401, u"INVALID_AUTHENTICATION"_s, u"The OAuth token used to make this call is not valid."_s);
        if (*it <= now())
            return error(401, u"EXPIRED_AUTHENTICATION"_s, u"The OAuth token used to make this call expired."_s);
    }
    if (request.method == "GET" && request.path == "/crm/v3/objects/contacts"_L1)
        return listContacts(request);
    if (request.method == "POST" && request.path == "/crm/v3/objects/contacts/search"_L1)
        return search(request);
    if (request.method == "POST" && request.path == "/crm/v3/objects/companies/batch/read"_L1)
        return readCompanies(request);
    if (request.method == "POST" && request.path == "/crm/v3/objects/contacts/batch/upsert"_L1)
        return batchUpsert(request);
    return error(404, u"OBJECT_NOT_FOUND"_s, u"Unknown path %1"_s.arg(request.path));
}

FakeResponse FakeHubSpot::listContacts(const RecordedRequest &request)
{
    const qint64 limit = request.query.hasQueryItem(u"limit"_s) ? request.query.queryItemValue(u"limit"_s).toLongLong() : 10;
    if (limit < 1 || limit > 100)
        return error(400, u"VALIDATION_ERROR"_s, u"limit must be between 1 and 100"_s);
    qint64 start = 0;
    const QString after = request.query.queryItemValue(u"after"_s, QUrl::FullyDecoded);
    if (!after.isEmpty()) {
        bool ok = false;
        start = QByteArray::fromBase64(after.toLatin1()).toLongLong(&ok);
        if (!ok)
            return error(400, u"VALIDATION_ERROR"_s, u"Invalid after cursor"_s);
    }
    const bool associations = request.query.queryItemValue(u"associations"_s).contains("companies"_L1);
    const QString archivedParam = request.query.queryItemValue(u"archived"_s);
    if (!archivedParam.isEmpty() && archivedParam != "true"_L1 && archivedParam != "false"_L1)
        return error(400, u"VALIDATION_ERROR"_s, u"archived must be true or false"_s);
    const bool archived = archivedParam == "true"_L1; // one or the other, never both
    QJsonArray results;
    qint64 i = start;
    for (; i < m_contacts && results.size() < limit; ++i) {
        if (m_archived.contains(i) == archived)
            results.append(contactLocked(i, associations));
    }
    while (i < m_contacts && m_archived.contains(i) != archived)
        ++i;
    QJsonObject body{{u"results"_s, results}};
    if (i < m_contacts) {
        const QString next = QString::fromLatin1(QByteArray::number(i).toBase64());
        body.insert(u"paging"_s, QJsonObject{{u"next"_s, QJsonObject{{u"after"_s, next}, {u"link"_s, QString(u"?after="_s + next)}}}});
    }
    return FakeResponse::json(200, body);
}

void FakeHubSpot::setSearchRateLimit(int perSecond)
{
    QMutexLocker locker(&m_mutex);
    m_searchLimit = perSecond;
    m_searches.clear();
}

int FakeHubSpot::searchThrottled() const
{
    QMutexLocker locker(&m_mutex);
    return m_searchThrottled;
}

FakeResponse FakeHubSpot::search(const RecordedRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const qint64 limit = body.value("limit"_L1).toInteger(10);
    if (limit < 1 || limit > 200)
        return error(400, u"VALIDATION_ERROR"_s, u"limit must be between 1 and 200"_s);
    const qint64 after = body.value("after"_L1).toString().toLongLong();
    if (after + limit > 10'000)
        return error(400, u"VALIDATION_ERROR"_s, u"The search API cannot page past 10,000 results."_s);
    // The search API's own limit: five requests a second per account, answered 429 without Retry-After.
    if (m_searchLimit > 0) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        while (!m_searches.isEmpty() && m_searches.first() <= now - 1000)
            m_searches.removeFirst();
        if (m_searches.size() >= m_searchLimit) {
            ++m_searchThrottled;
            return FakeResponse::json(429,
                                      QJsonObject{{u"status"_s, u"error"_s},
                                                  {u"message"_s, u"You have reached your secondly limit."_s},
                                                  {u"errorType"_s, u"RATE_LIMIT"_s},
                                                  {u"policyName"_s, u"SECONDLY"_s}});
        }
        m_searches.append(now);
    }
    qint64 since = std::numeric_limits<qint64>::min(), until = std::numeric_limits<qint64>::max(); // [since, until)
    for (const QJsonValue &group : body.value("filterGroups"_L1).toArray()) {
        for (const QJsonValue &f : group.toObject().value("filters"_L1).toArray()) {
            const QJsonObject filter = f.toObject();
            const QString op = filter.value("operator"_L1).toString();
            if (filter.value("propertyName"_L1).toString() != "lastmodifieddate"_L1 || (op != "GTE"_L1 && op != "LT"_L1))
                return error(400, u"VALIDATION_ERROR"_s, u"This fake supports lastmodifieddate GTE and LT filters only."_s);
            const qint64 value = filter.value("value"_L1).toString().toLongLong();
            if (op == "GTE"_L1)
                since = std::max(since, value);
            else
                until = std::min(until, value);
        }
    }
    const bool descending = body.value("sorts"_L1).toArray().first().toObject().value("direction"_L1).toString() == "DESCENDING"_L1;
    QList<qint64> matches;
    for (qint64 i = 0; i < m_contacts; ++i) {
        if (const qint64 at = modifiedLocked(i); at >= since && at < until && !m_archived.contains(i))
            matches.append(i);
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [&](qint64 a, qint64 b) { return descending ? modifiedLocked(a) > modifiedLocked(b) : modifiedLocked(a) < modifiedLocked(b); });
    QJsonArray results;
    for (qint64 k = after; k < matches.size() && results.size() < limit; ++k)
        results.append(contactLocked(matches.at(k), false));
    QJsonObject answer{{u"total"_s, qint64(matches.size())}, {u"results"_s, results}};
    if (after + limit < matches.size())
        answer.insert(u"paging"_s, QJsonObject{{u"next"_s, QJsonObject{{u"after"_s, QString::number(after + limit)}}}});
    return FakeResponse::json(200, answer);
}

FakeResponse FakeHubSpot::readCompanies(const RecordedRequest &request)
{
    const QJsonArray inputs = QJsonDocument::fromJson(request.body).object().value("inputs"_L1).toArray();
    if (inputs.size() > 100)
        return error(400, u"VALIDATION_ERROR"_s, u"Batch read accepts at most 100 inputs."_s);
    QJsonArray results;
    for (const QJsonValue &input : inputs) {
        const QString id = input.toObject().value("id"_L1).toString();
        results.append(QJsonObject{{u"id"_s, id}, {u"properties"_s, QJsonObject{{u"name"_s, u"Globex %1"_s.arg(id)}}}});
    }
    return FakeResponse::json(200, QJsonObject{{u"status"_s, u"COMPLETE"_s}, {u"results"_s, results}});
}

FakeResponse FakeHubSpot::batchUpsert(const RecordedRequest &request)
{
    const QJsonArray inputs = QJsonDocument::fromJson(request.body).object().value("inputs"_L1).toArray();
    if (inputs.isEmpty() || inputs.size() > 100)
        return error(400, u"VALIDATION_ERROR"_s, u"Batch upsert accepts 1 to 100 inputs, not %1."_s.arg(inputs.size()));
    QJsonArray results, errors;
    for (const QJsonValue &value : inputs) {
        const QJsonObject input = value.toObject();
        const QString email = input.value("id"_L1).toString();
        if (input.value("idProperty"_L1).toString() != "email"_L1 || !email.contains(u'@')) {
            errors.append(QJsonObject{{u"status"_s, u"error"_s},
                                      {u"category"_s, u"VALIDATION_ERROR"_s},
                                      {u"message"_s, u"Property values were not valid: invalid email \"%1\""_s.arg(email)},
                                      {u"context"_s, QJsonObject{{u"objectWriteTraceId"_s, QJsonArray{input.value("objectWriteTraceId"_L1)}}}}});
            continue;
        }
        // An upsert of an existing contact's e-mail updates it (as HubSpot answers: "new": false).
        // Generated contacts' addresses end in "contact<index>@example.org".
        static const QRegularExpression generated(u"contact(\\d+)@example\\.org$"_s);
        const auto match = generated.match(email);
        const qint64 index = match.hasMatch() ? match.captured(1).toLongLong() : -1;
        const bool existing = m_upserted.contains(email)
            || (index >= 0 && index < m_contacts && !m_archived.contains(index)
                && contactLocked(index, false).value("properties"_L1).toObject().value("email"_L1).toString() == email);
        const bool isNew = !existing;
        m_upserted.insert(email, input.value("properties"_L1).toObject());
        results.append(QJsonObject{{u"id"_s, QString::number(90000 + m_upserted.size())},
                                   {u"new"_s, isNew},
                                   {u"properties"_s, input.value("properties"_L1)},
                                   {u"objectWriteTraceId"_s, input.value("objectWriteTraceId"_L1)}});
    }
    QJsonObject body{{u"status"_s, u"COMPLETE"_s}, {u"results"_s, results}};
    if (!errors.isEmpty()) {
        body.insert(u"errors"_s, errors);
        body.insert(u"numErrors"_s, qint64(errors.size()));
    }
    return FakeResponse::json(errors.isEmpty() ? 200 : 207, body);
}

FakeResponse FakeHubSpot::authorize(const RecordedRequest &request)
{
    const QUrlQuery &q = request.query;
    const QString redirect = q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    if (!m_oauth || q.queryItemValue(u"client_id"_s) != m_clientId || redirect.isEmpty())
        return FakeResponse{400, "unknown client_id or missing redirect_uri", "text/plain", {}};
    if (q.queryItemValue(u"response_type"_s) != "code"_L1 || q.queryItemValue(u"code_challenge_method"_s) != "S256"_L1
        || q.queryItemValue(u"code_challenge"_s).size() < 43)
        return FakeResponse{400, "PKCE with S256 is required", "text/plain", {}};
    const QString code = u"code-%1"_s.arg(m_codes.size() + 1);
    m_codes.insert(code, {q.queryItemValue(u"code_challenge"_s, QUrl::FullyDecoded), redirect});
    QUrl target(redirect);
    QUrlQuery answer;
    answer.addQueryItem(u"code"_s, code);
    answer.addQueryItem(u"state"_s, q.queryItemValue(u"state"_s));
    target.setQuery(answer);
    return FakeResponse{302, {}, "text/plain", {{"Location", target.toEncoded()}}};
}

FakeResponse FakeHubSpot::token(const RecordedRequest &request)
{
    ++m_tokenRequests;
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (!m_oauth || form.queryItemValue(u"client_id"_s) != m_clientId
        || form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded) != m_clientSecret)
        return FakeResponse::json(
            400,
            QJsonObject{{u"status"_s, u"BAD_CLIENT_ID"_s}, {u"error"_s, u"invalid_client"_s}, {u"message"_s, u"missing or unknown client id"_s}});
    const QString grant = form.queryItemValue(u"grant_type"_s);
    if (grant == "authorization_code"_L1) {
        const QString code = form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const auto pending = m_codes.constFind(code);
        const QByteArray verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded).toLatin1();
        const QString challenge = QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (pending == m_codes.constEnd() || pending->challenge != challenge
            || pending->redirectUri != form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded))
            return FakeResponse::json(
                400, QJsonObject{{u"error"_s, u"invalid_grant"_s}, {u"message"_s, u"unknown code, wrong code_verifier or redirect_uri"_s}});
        m_codes.remove(code); // a code works once
        m_refreshToken = u"rt-granted"_s;
        return issueTokens();
    }
    if (grant != "refresh_token"_L1)
        return FakeResponse::json(400, QJsonObject{{u"error"_s, u"unsupported_grant_type"_s}});
    if (form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded) != m_refreshToken)
        return FakeResponse::json(400,
                                  QJsonObject{{u"status"_s, u"BAD_REFRESH_TOKEN"_s},
                                              {u"error"_s, u"invalid_grant"_s},
                                              {u"message"_s, u"missing or unknown refresh token"_s}});
    return issueTokens();
}

FakeResponse FakeHubSpot::issueTokens()
{
    ++m_tokenSerial;
    const QString access = u"CJT-access-%1-%2"_s.arg(m_tokenSerial).arg(QDateTime::currentMSecsSinceEpoch());
    m_accessTokens.insert(access, now().addSecs(m_accessSeconds));
    if (m_rotate)
        m_refreshToken = u"rt-rotated-%1-9c1f"_s.arg(m_tokenSerial);
    noteIssuedSecret(access);
    noteIssuedSecret(m_refreshToken);
    return FakeResponse::json(
        200,
        QJsonObject{
            {u"token_type"_s, u"bearer"_s}, {u"access_token"_s, access}, {u"refresh_token"_s, m_refreshToken}, {u"expires_in"_s, m_accessSeconds}});
}

} // namespace Orion::Fakes

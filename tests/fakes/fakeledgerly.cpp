#include "fakeledgerly.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Orion::Fakes {

FakeLedgerly::FakeLedgerly()
    : m_base(QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC))
{
}

void FakeLedgerly::setAuth(Auth auth)
{
    QMutexLocker locker(&m_mutex);
    m_auth = auth;
}

void FakeLedgerly::setCustomerCount(int count)
{
    QMutexLocker locker(&m_mutex);
    m_count = count;
}

void FakeLedgerly::setUpdatedBase(const QDateTime &t)
{
    QMutexLocker locker(&m_mutex);
    m_base = t;
}

int FakeLedgerly::tokenRequests() const
{
    QMutexLocker locker(&m_mutex);
    return m_tokenRequests;
}

QString FakeLedgerly::refreshToken() const
{
    QMutexLocker locker(&m_mutex);
    return m_refreshToken;
}

void FakeLedgerly::expireAccessTokens()
{
    QMutexLocker locker(&m_mutex);
    m_accessTokens.clear();
}

FakeResponse FakeLedgerly::token(const RecordedRequest &request)
{
    ++m_tokenRequests;
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (request.method != "POST" || form.queryItemValue(u"client_id"_s) != QLatin1StringView(kClientId)
        || form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded) != QLatin1StringView(kClientSecret))
        return FakeResponse::json(401, QJsonObject{{u"error"_s, u"invalid_client"_s}});
    if (form.queryItemValue(u"grant_type"_s) != "refresh_token"_L1)
        return FakeResponse::json(400, QJsonObject{{u"error"_s, u"unsupported_grant_type"_s}});
    if (form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded) != m_refreshToken)
        return FakeResponse::json(400, QJsonObject{{u"error"_s, u"invalid_grant"_s}, {u"error_description"_s, u"unknown or used refresh token"_s}});
    const QString access = u"ldg_at_%1"_s.arg(m_tokenRequests);
    m_accessTokens.insert(access);
    m_refreshToken = u"ldg_rt_%1"_s.arg(m_tokenRequests); // rotation: the old one is spent
    // An OpenID Connect provider adds an id_token (a JWT) beside the OAuth tokens.
    m_lastIdToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJsZWRnZXJseSJ9." + QByteArray::number(m_accessTokens.size()) + "c2lnbmF0dXJlX29mX3RoZV9pZA";
    return FakeResponse::json(200,
                              QJsonObject{{u"token_type"_s, u"bearer"_s},
                                          {u"access_token"_s, access},
                                          {u"refresh_token"_s, m_refreshToken},
                                          {u"expires_in"_s, 3600},
                                          {u"id_token"_s, QString::fromLatin1(m_lastIdToken)}});
}

void FakeLedgerly::setCustomerReshape(std::function<void(QJsonObject &)> reshape)
{
    QMutexLocker locker(&m_mutex);
    m_reshape = std::move(reshape);
}

QJsonObject FakeLedgerly::customer(int i) const
{
    QJsonObject c{
        {u"id"_s, u"c_%1"_s.arg(i, 6, 10, QChar(u'0'))},
        {u"email"_s, u"person%1@ledgerly.example"_s.arg(i)},
        {u"name"_s, u"Person %1"_s.arg(i)},
        {u"company"_s, QJsonObject{{u"name"_s, u"Firm %1"_s.arg(i % 7)}}},
        // Phones as people type them: national numbers (read in the connection's region) and international ones.
        {u"phone"_s, i % 3 == 0 ? u"312-555-%1"_s.arg(i % 10000, 4, 10, QChar(u'0')) : u"+44 20 7946 %1"_s.arg(i % 10000, 4, 10, QChar(u'0'))},
        {u"archived"_s, i % 10 == 9},
        {u"updated_at"_s, m_base.addSecs(60 * i).toString(Qt::ISODate)}};
    if (m_reshape)
        m_reshape(c);
    return c;
}

QJsonArray FakeLedgerly::customersSince(const QString &since, const QString &gte, const QString &lt) const
{
    const QDateTime after = since.isEmpty() ? QDateTime() : QDateTime::fromString(since, Qt::ISODate);
    const QDateTime from = gte.isEmpty() ? QDateTime() : QDateTime::fromString(gte, Qt::ISODate);
    const QDateTime until = lt.isEmpty() ? QDateTime() : QDateTime::fromString(lt, Qt::ISODate);
    QJsonArray out;
    for (int i = 0; i < m_count; ++i) {
        const QJsonObject c = customer(i);
        const QDateTime updated = QDateTime::fromString(c.value("updated_at"_L1).toString(), Qt::ISODate);
        if ((after.isValid() && updated <= after) || (from.isValid() && updated < from) || (until.isValid() && updated >= until))
            continue;
        out.append(c);
    }
    return out;
}

FakeResponse FakeLedgerly::handle(const RecordedRequest &request)
{
    // Authentication as configured.
    if (request.path == "/oauth/token"_L1)
        return token(request);
    const QByteArray authz = request.header("authorization");
    bool ok = true;
    switch (m_auth) {
    case Auth::None: break;
    case Auth::HeaderKey: ok = request.header("x-api-key") == kKey; break;
    case Auth::QueryKey: ok = request.query.queryItemValue(u"api_key"_s) == QLatin1StringView(kKey); break;
    case Auth::Bearer: ok = authz == QByteArray("Bearer ") + kKey; break;
    case Auth::Basic: ok = authz == "Basic " + QByteArray("analyst:").append(kKey).toBase64(); break;
    case Auth::OAuth2: ok = authz.startsWith("Bearer ") && m_accessTokens.contains(QString::fromLatin1(authz.mid(7))); break;
    }
    if (!ok)
        return FakeResponse::json(401, QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"Invalid credentials"_s}}}});

    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() == 3 && parts.at(0) == "customers"_L1 && parts.at(2) == "invoices"_L1) {
        const QString &id = parts.at(1);
        if (!id.startsWith("c_"_L1))
            return FakeResponse::json(404, QJsonObject{{u"error"_s, u"no such customer"_s}});
        const int n = id.mid(2).toInt();
        QJsonArray invoices;
        for (int k = 0; k < n % 3; ++k)
            invoices.append(QJsonObject{{u"id"_s, u"inv_%1_%2"_s.arg(n).arg(k)},
                                        {u"customer"_s, id},
                                        {u"currency"_s, u"EUR"_s},
                                        {u"total"_s, QString(QString::number(10 + k) + u".50"_s)},
                                        {u"state"_s, k ? u"paid"_s : u"sent"_s}});
        return FakeResponse::json(200, QJsonObject{{u"data"_s, invoices}});
    }
    if (parts.size() != 2 || parts.at(1) != "customers"_L1)
        return FakeResponse::json(404, QJsonObject{{u"error"_s, u"not found"_s}});
    const QString &style = parts.at(0);
    // Range filters: updated_since (exclusive), updated_gte and updated_lt (a window [gte, lt)).
    for (const QString &name : {u"updated_since"_s, u"updated_gte"_s, u"updated_lt"_s}) {
        const QString value = request.query.queryItemValue(name, QUrl::FullyDecoded);
        if (!value.isEmpty() && !QDateTime::fromString(value, Qt::ISODate).isValid())
            return FakeResponse::json(400, QJsonObject{{u"error"_s, u"%1 must be an ISO 8601 time"_s.arg(name)}});
    }
    const QJsonArray all = customersSince(request.query.queryItemValue(u"updated_since"_s, QUrl::FullyDecoded),
                                          request.query.queryItemValue(u"updated_gte"_s, QUrl::FullyDecoded),
                                          request.query.queryItemValue(u"updated_lt"_s, QUrl::FullyDecoded));
    qsizetype from = 0, size = 100;
    FakeResponse r;
    QJsonObject body;
    // Without a size parameter the API chooses the page size, as real ones do (GitHub 30, many 20 or 25).
    if (style == "offset"_L1) {
        from = request.query.queryItemValue(u"offset"_s).toInt();
        size = request.query.hasQueryItem(u"limit"_s) ? request.query.queryItemValue(u"limit"_s).toInt() : kDefaultPageSize;
    } else if (style == "pages"_L1) {
        size = request.query.hasQueryItem(u"per_page"_s) ? request.query.queryItemValue(u"per_page"_s).toInt() : kDefaultPageSize;
        from = (std::max(1, request.query.queryItemValue(u"page"_s).toInt()) - 1) * size;
    } else if (style == "cursor"_L1 || style == "next"_L1 || style == "link"_L1) {
        const QString cursor = request.query.queryItemValue(u"cursor"_s);
        from = cursor.isEmpty() ? 0 : QByteArray::fromBase64(cursor.toLatin1()).toInt();
        size = request.query.hasQueryItem(u"limit"_s) ? request.query.queryItemValue(u"limit"_s).toInt() : 50;
    } else {
        return FakeResponse::json(404, QJsonObject{{u"error"_s, u"not found"_s}});
    }
    if (size <= 0 || from < 0)
        return FakeResponse::json(400, QJsonObject{{u"error"_s, u"bad paging"_s}});
    QJsonArray page;
    for (qsizetype i = from; i < std::min(all.size(), from + size); ++i)
        page.append(all.at(i));
    body.insert(u"data"_s, page);
    const bool more = from + size < all.size();
    const QString nextCursor = more ? QString::fromLatin1(QByteArray::number(from + size).toBase64()) : QString();
    const QString base = u"http://127.0.0.1:%1/%2/customers"_s.arg(baseUrl().port()).arg(style);
    if (style == "cursor"_L1) {
        body.insert(u"meta"_s, QJsonObject{{u"next_cursor"_s, more ? QJsonValue(nextCursor) : QJsonValue()}});
        if (more)
            r.headers.append({QByteArray("X-Next-Cursor"), nextCursor.toLatin1()});
    } else if (style == "next"_L1) {
        body.insert(
            u"links"_s,
            QJsonObject{{u"next"_s, more ? QJsonValue(base + u"?cursor="_s + nextCursor + u"&limit="_s + QString::number(size)) : QJsonValue()}});
    } else if (style == "link"_L1 && more) {
        r.headers.append({QByteArray("Link"),
                          QString(u"<"_s + base + u"?cursor="_s + nextCursor + u"&limit="_s + QString::number(size) + u">; rel=\"next\", <"_s + base
                                  + u">; rel=\"first\""_s)
                              .toUtf8()});
    }
    r.status = 200;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

QStringList FakeLedgerly::issuedAccessTokens() const
{
    QMutexLocker locker(&m_mutex);
    return QStringList(m_accessTokens.cbegin(), m_accessTokens.cend());
}

QByteArray FakeLedgerly::lastIdToken() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastIdToken;
}

} // namespace Orion::Fakes

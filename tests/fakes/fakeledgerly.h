#pragma once

#include "fakeservice.h"

#include <QSet>

#include <functional>

namespace Orion::Fakes {

// "Ledgerly", a made-up REST API in the shapes custom connectors meet, to test the declarative engine:
// the same customers served under every pagination style —
//   /offset/customers?offset&limit, /pages/customers?page&per_page (1-based),
//   /cursor/customers?cursor (next cursor in meta.next_cursor and in the X-Next-Cursor header),
//   /next/customers (links.next holds the whole next URL), /link/customers (RFC 8288 Link header) —
// each answering {"data": [...]}, filtered by updated_since (exclusive) or a window updated_gte /
// updated_lt; /customers/{id}/invoices for partitions.
// Authentication is one of none, an X-API-Key header, an api_key query item, a bearer token, basic,
// or OAuth 2.0: POST /oauth/token (grant_type=refresh_token, client id and secret in the form)
// answers a new access token and a rotated refresh token; the old refresh token is then refused
// with invalid_grant, and resources want "Bearer <a current access token>".
class FakeLedgerly : public FakeService
{
public:
    enum class Auth { None, HeaderKey, QueryKey, Bearer, Basic, OAuth2 };
    static constexpr const char *kKey = "ldg_live_4f9a8b7c6d5e";
    static constexpr const char *kClientId = "ledgerly-client";
    static constexpr const char *kClientSecret = "ldg_cs_71b2e0";
    static constexpr const char *kFirstRefreshToken = "ldg_rt_first";
    static constexpr int kDefaultPageSize = 20; // records per page when a request sets no size

    FakeLedgerly();
    void setAuth(Auth auth);
    void setCustomerCount(int count);
    void setUpdatedBase(const QDateTime &t); // customer i was updated at base + i minutes
    QJsonObject customer(int index) const;
    // A change of the API's shape from now on: every customer answered passes through it (empty: none).
    void setCustomerReshape(std::function<void(QJsonObject &)> reshape);
    int tokenRequests() const;
    QString refreshToken() const;           // the one refresh token the token endpoint accepts now
    void expireAccessTokens();              // every issued access token is refused from now on (401)
    QStringList issuedAccessTokens() const; // the access tokens accepted now
    QByteArray lastIdToken() const;         // the id_token of the last token answer

protected:
    FakeResponse handle(const RecordedRequest &request) override;

private:
    QJsonArray customersSince(const QString &since, const QString &gte = {}, const QString &lt = {}) const;
    FakeResponse token(const RecordedRequest &request);
    Auth m_auth = Auth::HeaderKey;
    int m_count = 0;
    QDateTime m_base;
    QString m_refreshToken = QString::fromLatin1(kFirstRefreshToken);
    QSet<QString> m_accessTokens;
    QByteArray m_lastIdToken;
    int m_tokenRequests = 0;
    std::function<void(QJsonObject &)> m_reshape;
};

} // namespace Orion::Fakes

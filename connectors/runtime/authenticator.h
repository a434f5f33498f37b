#pragma once

#include "runtime/failure.h"
#include "runtime/secretowner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkRequest;
QT_END_NAMESPACE

namespace Orion {

class CredentialStore;
class HttpClient;

// Adds credentials to outgoing requests. Implementations register their secret values with the
// client's redactor so they never reach a log line or an error message.
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    virtual Failure authorize(HttpClient &client, QNetworkRequest &request) = 0;
    // After a 401: obtain new credentials and return true to retry the request once. Returns false
    // (optionally with *failure) when there is nothing to refresh.
    virtual bool refreshAfterUnauthorized(HttpClient &client, Failure *failure);
};

class ApiKeyAuthenticator : public Authenticator
{
public:
    enum class Placement { Header, Query };
    // Header: `name: prefix+key` (e.g. "Authorization", "Bearer "). Query: `?name=key`.
    ApiKeyAuthenticator(Placement placement, const QByteArray &name, const QString &key, const QByteArray &prefix = {});
    Failure authorize(HttpClient &client, QNetworkRequest &request) override;

private:
    Placement m_placement;
    QByteArray m_name;
    QString m_key;
    QByteArray m_prefix;
};

class BearerAuthenticator : public ApiKeyAuthenticator
{
public:
    explicit BearerAuthenticator(const QString &token)
        : ApiKeyAuthenticator(Placement::Header, "Authorization", token, "Bearer ")
    {
    }
};

class BasicAuthenticator : public Authenticator
{
public:
    BasicAuthenticator(const QString &user, const QString &password);
    Failure authorize(HttpClient &client, QNetworkRequest &request) override;

private:
    QString m_user;
    QString m_password;
};

// OAuth 2.0 access tokens obtained with a stored refresh token (the authorization-code grant that
// produced it ran in the desktop app through Qt NetworkAuth; see OAuthAuthorizer).
//  - Access tokens are refreshed shortly before they expire, and once after a 401.
//  - Refreshes of one connection are serialised across threads; a thread that waited uses the
//    token the other thread obtained instead of refreshing again.
//  - A rotated refresh token is saved to the credential store before the new access token is used;
//    if it cannot be saved the request fails rather than losing the only valid token.
//  - invalid_grant is the "re-authorise" state: a config failure with reauthorize = true, never retried.
class OAuth2RefreshAuthenticator : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Orion::OAuth2RefreshAuthenticator)
public:
    struct Config
    {
        SecretOwner owner;   // whose secrets; its scope keys the token cache and the serialisation
        QString serviceName; // for messages, e.g. "HubSpot"
        QUrl tokenUrl;
        QString clientId;
        int refreshLeadSeconds = 120;
        QString lockKey;              // refreshes are serialised per key: the owner's scope by default, or e.g. a
                                      // QuickBooks company (realm) shared by several connections
        int defaultExpiresIn = 3600;  // when the token answer has no expires_in (Salesforce)
        bool clientBasicAuth = false; // send client id and secret as HTTP Basic (Intuit) instead of in the form
    };

    OAuth2RefreshAuthenticator(const Config &config, std::shared_ptr<CredentialStore> credentials);
    Failure authorize(HttpClient &client, QNetworkRequest &request) override;
    bool refreshAfterUnauthorized(HttpClient &client, Failure *failure) override;

    // Obtains an access token now if there is no fresh one (e.g. to learn the instance URL first).
    Failure ensureToken(HttpClient &client);
    // A string field of the last token answer for the owner with this scope (SecretOwner::scope),
    // e.g. Salesforce's "instance_url".
    static QString tokenField(const QString &scope, const QString &field);
    static QDateTime tokenExpiry(const QString &scope);
    static QDateTime tokenRefreshedAt(const QString &scope);

    // Forget cached access tokens (tests; a re-authorised connection).
    static void clearTokenCache(const QString &scope = {});
    static int refreshCount(const QString &scope); // successful refreshes in this process

private:
    Failure refreshLocked(HttpClient &client);
    Failure currentToken(HttpClient &client, bool forceRefresh, QString *token);

    Config m_config;
    std::shared_ptr<CredentialStore> m_credentials;
    QString m_lastToken;
};

} // namespace Orion

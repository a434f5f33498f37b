#include "runtime/authenticator.h"

#include "runtime/credentialstore.h"
#include "runtime/httpclient.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

bool Authenticator::refreshAfterUnauthorized(HttpClient &, Failure *)
{
    return false;
}

ApiKeyAuthenticator::ApiKeyAuthenticator(Placement placement, const QByteArray &name, const QString &key, const QByteArray &prefix)
    : m_placement(placement)
    , m_name(name)
    , m_key(key)
    , m_prefix(prefix)
{
}

Failure ApiKeyAuthenticator::authorize(HttpClient &client, QNetworkRequest &request)
{
    client.redactor().addSecret(m_key);
    if (m_placement == Placement::Header) {
        request.setRawHeader(m_name, m_prefix + m_key.toUtf8());
    } else {
        QUrl url = request.url();
        QUrlQuery query(url);
        query.removeAllQueryItems(QString::fromLatin1(m_name));
        query.addQueryItem(QString::fromLatin1(m_name), QString::fromLatin1(QUrl::toPercentEncoding(m_key)));
        url.setQuery(query);
        request.setUrl(url);
    }
    return {};
}

BasicAuthenticator::BasicAuthenticator(const QString &user, const QString &password)
    : m_user(user)
    , m_password(password)
{
}

Failure BasicAuthenticator::authorize(HttpClient &client, QNetworkRequest &request)
{
    client.redactor().addSecret(m_password);
    request.setRawHeader("Authorization", "Basic " + (m_user + u':' + m_password).toUtf8().toBase64());
    return {};
}

namespace OAuthDetail {

struct CachedToken
{
    QString accessToken;
    QDateTime expiresAt;
    QJsonObject answer; // the token answer without its secrets
    QDateTime refreshedAt;
};

struct TokenCache
{
    QMutex mapMutex;
    QHash<QString, std::shared_ptr<QMutex>> locks;
    QHash<QString, CachedToken> tokens; // guarded by the connection's lock
    QHash<QString, int> refreshes;

    std::shared_ptr<QMutex> lockFor(const QString &connection)
    {
        QMutexLocker locker(&mapMutex);
        auto &lock = locks[connection];
        if (!lock)
            lock = std::make_shared<QMutex>();
        return lock;
    }
};

TokenCache &cache()
{
    static TokenCache instance;
    return instance;
}

} // namespace OAuthDetail

OAuth2RefreshAuthenticator::OAuth2RefreshAuthenticator(const Config &config, std::shared_ptr<CredentialStore> credentials)
    : m_config(config)
    , m_credentials(std::move(credentials))
{
}

void OAuth2RefreshAuthenticator::clearTokenCache(const QString &connection)
{
    auto &cache = OAuthDetail::cache();
    QMutexLocker locker(&cache.mapMutex);
    if (connection.isEmpty()) {
        cache.tokens.clear();
        cache.refreshes.clear();
    } else {
        cache.tokens.remove(connection);
        cache.refreshes.remove(connection);
    }
}

int OAuth2RefreshAuthenticator::refreshCount(const QString &connection)
{
    auto &cache = OAuthDetail::cache();
    QMutexLocker locker(&cache.mapMutex);
    return cache.refreshes.value(connection);
}

Failure OAuth2RefreshAuthenticator::currentToken(HttpClient &client, bool forceRefresh, QString *token)
{
    auto &cache = OAuthDetail::cache();
    const auto lock = cache.lockFor(m_config.lockKey.isEmpty() ? m_config.owner.scope : m_config.lockKey);
    QMutexLocker locker(lock.get());
    OAuthDetail::CachedToken cached;
    {
        QMutexLocker mapLocker(&cache.mapMutex);
        cached = cache.tokens.value(m_config.owner.scope);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool fresh = !cached.accessToken.isEmpty() && now.secsTo(cached.expiresAt) > m_config.refreshLeadSeconds;
    // After a 401, refresh only if no other thread replaced the rejected token meanwhile.
    const bool needRefresh = !fresh || (forceRefresh && cached.accessToken == m_lastToken);
    if (needRefresh) {
        if (Failure failure = refreshLocked(client))
            return failure;
        QMutexLocker mapLocker(&cache.mapMutex);
        cached = cache.tokens.value(m_config.owner.scope);
    }
    *token = cached.accessToken;
    return {};
}

Failure OAuth2RefreshAuthenticator::refreshLocked(HttpClient &client)
{
    QString error;
    // Other processes (the desktop, the CLI, workers) present the same rotating refresh token: one
    // at a time, and each reads the token only once it holds the lock, so a loser uses the token the
    // winner saved instead of the one the winner spent.
    const std::unique_ptr<ScopeLock> processes
        = m_credentials->backend().lock(m_config.lockKey.isEmpty() ? m_config.owner.scope : m_config.lockKey, &error);
    if (!processes)
        return Failure::transient(error);
    const auto refreshToken = m_credentials->secret(m_config.owner, u"refresh_token"_s, &error);
    if (!error.isEmpty())
        return Failure::config(error);
    if (!refreshToken || refreshToken->isEmpty()) {
        Failure failure = Failure::config(
            tr("Connection \"%1\" has no %2 authorisation yet; authorise it first (or set %3).")
                .arg(m_config.owner.label, m_config.serviceName, CredentialStore::environmentVariable(m_config.owner.label, u"refresh_token"_s)));
        failure.reauthorize = true;
        return failure;
    }
    const auto clientSecret = m_credentials->secret(m_config.owner, u"client_secret"_s, &error);
    client.redactor().addSecret(*refreshToken);
    if (clientSecret)
        client.redactor().addSecret(*clientSecret);

    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, QString::fromLatin1(QUrl::toPercentEncoding(*refreshToken)));
    if (!m_config.clientBasicAuth) {
        if (!m_config.clientId.isEmpty())
            form.addQueryItem(u"client_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_config.clientId)));
        if (clientSecret && !clientSecret->isEmpty())
            form.addQueryItem(u"client_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(*clientSecret)));
    }

    HttpRequest request;
    request.method = "POST";
    request.url = m_config.tokenUrl;
    request.authenticate = false;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept", "application/json"}};
    request.body = form.toString(QUrl::FullyEncoded).toLatin1();
    if (m_config.clientBasicAuth) {
        request.headers.append(std::pair<QByteArray, QByteArray>(
            "Authorization", "Basic " + (m_config.clientId + u':' + clientSecret.value_or(QString())).toUtf8().toBase64()));
    }
    const HttpResponse response = client.send(request);
    if (response.failure)
        return response.failure;

    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (response.status == 400 || response.status == 401) {
        const QString code = body.value("error"_L1).toString();
        Failure failure
            = Failure::config(code == "invalid_grant"_L1
                                  ? tr("The %1 authorisation of connection \"%2\" has expired or was revoked; re-authorise the connection.")
                                        .arg(m_config.serviceName, m_config.owner.label)
                                  : tr("%1 refused the token refresh for connection \"%2\" (%3); check the client id and secret.")
                                        .arg(m_config.serviceName, m_config.owner.label, code.isEmpty() ? QString::number(response.status) : code));
        failure.reauthorize = code == "invalid_grant"_L1;
        return failure;
    }
    if (!response.isSuccess())
        return Failure::transient(tr("%1 token endpoint answered HTTP %2.").arg(m_config.serviceName).arg(response.status));
    const QString accessToken = body.value("access_token"_L1).toString();
    if (accessToken.isEmpty())
        return Failure::system(tr("%1 token endpoint returned no access token.").arg(m_config.serviceName));
    client.redactor().addSecret(accessToken);
    const QString rotated = body.value("refresh_token"_L1).toString();
    if (!rotated.isEmpty() && rotated != *refreshToken) {
        client.redactor().addSecret(rotated);
        // Saved before the new access token is used: the old refresh token is already invalid.
        if (!m_credentials->setSecret(m_config.owner, u"refresh_token"_s, rotated, &error))
            return Failure::system(tr("The rotated refresh token could not be saved: %1").arg(error));
        client.log(u"refresh token rotated and saved to the %1"_s.arg(m_credentials->backend().name()));
    }
    const qint64 expiresIn = body.value("expires_in"_L1).toInteger(m_config.defaultExpiresIn);
    QJsonObject answer = body;
    for (const char *secret : {"access_token", "refresh_token", "id_token", "signature"})
        answer.remove(QLatin1StringView(secret));
    auto &cache = OAuthDetail::cache();
    {
        QMutexLocker mapLocker(&cache.mapMutex);
        cache.tokens.insert(
            m_config.owner.scope,
            {accessToken, QDateTime::currentDateTimeUtc().addSecs(std::max<qint64>(expiresIn, 1)), answer, QDateTime::currentDateTimeUtc()});
        ++cache.refreshes[m_config.owner.scope];
    }
    client.log(u"access token refreshed (expires in %1 s)"_s.arg(expiresIn));
    return {};
}

Failure OAuth2RefreshAuthenticator::authorize(HttpClient &client, QNetworkRequest &request)
{
    QString token;
    if (Failure failure = currentToken(client, false, &token))
        return failure;
    m_lastToken = token;
    client.redactor().addSecret(token);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return {};
}

Failure OAuth2RefreshAuthenticator::ensureToken(HttpClient &client)
{
    QString token;
    return currentToken(client, false, &token);
}

QString OAuth2RefreshAuthenticator::tokenField(const QString &connection, const QString &field)
{
    auto &cache = OAuthDetail::cache();
    QMutexLocker locker(&cache.mapMutex);
    return cache.tokens.value(connection).answer.value(field).toString();
}

QDateTime OAuth2RefreshAuthenticator::tokenExpiry(const QString &connection)
{
    auto &cache = OAuthDetail::cache();
    QMutexLocker locker(&cache.mapMutex);
    return cache.tokens.value(connection).expiresAt;
}

QDateTime OAuth2RefreshAuthenticator::tokenRefreshedAt(const QString &connection)
{
    auto &cache = OAuthDetail::cache();
    QMutexLocker locker(&cache.mapMutex);
    return cache.tokens.value(connection).refreshedAt;
}

bool OAuth2RefreshAuthenticator::refreshAfterUnauthorized(HttpClient &client, Failure *failure)
{
    QString token;
    if (Failure f = currentToken(client, true, &token)) {
        *failure = f;
        return false;
    }
    return true;
}

} // namespace Orion

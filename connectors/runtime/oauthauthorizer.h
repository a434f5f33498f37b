#pragma once

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
QT_END_NAMESPACE

namespace Orion {

// Where a connector's OAuth 2.0 authorization-code flow runs (from its settings).
struct OAuthEndpoints
{
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString clientId;
    QString scope;
};

// The desktop sign-in: OAuth 2.0 authorization code with PKCE (S256) through Qt NetworkAuth. A
// loopback reply handler on 127.0.0.1 (random port, RFC 8252) receives the redirect; the browser is
// opened by whoever handles browserRequested (the GUI uses QDesktopServices). Runs on the thread
// that owns it, without blocking.
class OAuthAuthorizer : public QObject
{
    Q_OBJECT
public:
    OAuthAuthorizer(const OAuthEndpoints &endpoints, const QString &clientSecret, QObject *parent = nullptr);
    ~OAuthAuthorizer() override;

    void start();
    void cancel();
    QUrl redirectUri() const; // valid after start()

Q_SIGNALS:
    void browserRequested(const QUrl &url);
    void granted(const QString &accessToken, const QString &refreshToken, const QDateTime &expiresAt);
    void failed(const QString &error);

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    bool m_finished = false;
};

} // namespace Orion

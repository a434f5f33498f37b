#include "runtime/oauthauthorizer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>

#include "runtime/httpclient.h"
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>

namespace Orion {

OAuthAuthorizer::OAuthAuthorizer(const OAuthEndpoints &endpoints, const QString &clientSecret, QObject *parent)
    : QObject(parent)
    , m_nam(HttpClient::createNetworkManager())
{
    m_flow = new QOAuth2AuthorizationCodeFlow(m_nam.get(), this);
    m_flow->setAuthorizationUrl(endpoints.authorizationUrl);
    m_flow->setAccessTokenUrl(endpoints.tokenUrl);
    m_flow->setClientIdentifier(endpoints.clientId);
    if (!clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(clientSecret);
    m_flow->setScope(endpoints.scope);
    m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthAuthorizer::browserRequested);
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        if (m_finished)
            return;
        m_finished = true;
        if (m_flow->refreshToken().isEmpty()) {
            Q_EMIT failed(QCoreApplication::translate("Orion::OAuthAuthorizer",
                                                      "The service granted access but sent no refresh token; "
                                                      "allow offline access for the app."));
            return;
        }
        Q_EMIT granted(m_flow->token(), m_flow->refreshToken(), m_flow->expirationAt());
    });
    connect(m_flow, &QAbstractOAuth::requestFailed, this, [this](QAbstractOAuth::Error error) {
        if (m_finished)
            return;
        m_finished = true;
        QString text;
        switch (error) {
        case QAbstractOAuth::Error::NetworkError:
            text = QCoreApplication::translate("Orion::OAuthAuthorizer", "The token endpoint could not be reached.");
            break;
        case QAbstractOAuth::Error::ServerError:
            text = QCoreApplication::translate("Orion::OAuthAuthorizer", "The service refused the authorisation.");
            break;
        case QAbstractOAuth::Error::OAuthTokenNotFoundError:
        case QAbstractOAuth::Error::OAuthTokenSecretNotFoundError:
            text = QCoreApplication::translate("Orion::OAuthAuthorizer", "The service answered without a token.");
            break;
        case QAbstractOAuth::Error::OAuthCallbackNotVerified:
            text = QCoreApplication::translate("Orion::OAuthAuthorizer", "The sign-in answer did not match this request (state mismatch).");
            break;
        default: text = QCoreApplication::translate("Orion::OAuthAuthorizer", "The authorisation failed.");
        }
        Q_EMIT failed(text);
    });
}

OAuthAuthorizer::~OAuthAuthorizer() = default;

void OAuthAuthorizer::start()
{
    auto *handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!handler->isListening()) {
        m_finished = true;
        Q_EMIT failed(QCoreApplication::translate("Orion::OAuthAuthorizer", "Cannot listen on 127.0.0.1 for the sign-in answer."));
        return;
    }
    handler->setCallbackText(
        QCoreApplication::translate("Orion::OAuthAuthorizer", "Orion Connector Studio received the authorisation. You can close this page."));
    m_flow->setReplyHandler(handler);
    m_finished = false;
    m_flow->grant();
}

void OAuthAuthorizer::cancel()
{
    m_finished = true;
    if (auto *handler = qobject_cast<QOAuthHttpServerReplyHandler *>(m_flow->replyHandler()))
        handler->close();
}

QUrl OAuthAuthorizer::redirectUri() const
{
    auto *handler = m_flow->replyHandler();
    return handler ? QUrl(handler->callback()) : QUrl();
}

} // namespace Orion

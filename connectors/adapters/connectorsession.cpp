#include "adapters/connectorsession.h"

#include "runtime/authenticator.h"

namespace Orion {

ConnectorSession::ConnectorSession(const Connector &connector, qint64 connectionId, const SecretOwner &owner, const QJsonObject &settings,
                                   std::shared_ptr<CredentialStore> credentials, const HttpClient::Options &options)
    : m_http(options)
    , m_ctx(ConnectorContext::create(connectionId, owner, settings, std::move(credentials), &m_http))
{
    if (settings.value(QLatin1StringView(Connector::kCrossOriginRedirects)).toString() == QLatin1StringView("strip_credentials"))
        m_http.options().crossOriginRedirects = HttpClient::Options::CrossOriginRedirects::StripCredentials;
    m_authenticator = connector.createAuthenticator(m_ctx, &m_failure);
    if (m_authenticator)
        m_http.setAuthenticator(m_authenticator.get());
    else if (!m_failure)
        m_failure = Failure::system(QStringLiteral("%1 gave no authenticator.").arg(connector.displayName()));
}

ConnectorSession::~ConnectorSession() = default;

} // namespace Orion

#pragma once

#include "adapters/connector.h"
#include "runtime/httpclient.h"

#include <memory>

namespace Orion {

// An authenticated connector context on the calling thread: its own HttpClient, the connector's
// authenticator installed, secrets redacted from everything it logs. For one-off calls outside a
// sync (tests of a connection, pushes, SOQL, Slack messages, Bulk job lookups).
class ConnectorSession
{
public:
    ConnectorSession(const Connector &connector, qint64 connectionId, const SecretOwner &owner, const QJsonObject &settings,
                     std::shared_ptr<CredentialStore> credentials, const HttpClient::Options &options = {});
    ~ConnectorSession();
    ConnectorSession(const ConnectorSession &) = delete;
    ConnectorSession &operator=(const ConnectorSession &) = delete;

    bool isReady() const { return !m_failure; } // false: the authenticator could not be set up
    const Failure &failure() const { return m_failure; }
    const ConnectorContext &context() const { return m_ctx; }
    HttpClient &http() { return m_http; }
    QString redact(const QString &text) const { return m_http.sharedRedactor()->redact(text); }

private:
    HttpClient m_http;
    ConnectorContext m_ctx;
    std::unique_ptr<Authenticator> m_authenticator;
    Failure m_failure;
};

} // namespace Orion

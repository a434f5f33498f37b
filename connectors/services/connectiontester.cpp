#include "services/connectiontester.h"

#include "adapters/connector.h"
#include "adapters/registry/connectorregistry.h"
#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "runtime/httpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {

QString ConnectionTester::Outcome::message(const QString &serviceName) const
{
    if (!failure.message.isEmpty())
        return failure.message;
    if (!saveError.isEmpty())
        return saveError;
    return QCoreApplication::translate("Orion::ConnectionDialog", "Connected: %1 answered in %2 ms.").arg(serviceName).arg(elapsedMs);
}

ConnectionTester::ConnectionTester(std::shared_ptr<CredentialStore> stored, QObject *parent)
    : QObject(parent)
    , m_stored(std::move(stored))
{
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::cancel()
{
    if (m_cancel)
        m_cancel->store(true); // the test stops at its next step and reports "Cancelled."
}

void ConnectionTester::start(const Request &request)
{
    cancel();
    const int generation = ++m_generation; // a replaced test's result is dropped
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(watcher->result());
    });
    const Connector *connector = ConnectorRegistry::instance().find(request.connectorId);
    watcher->setFuture(QtConcurrent::run([connector, request, stored = request.useStoredSecrets ? m_stored : nullptr, cancelFlag = m_cancel] {
        return run(connector, request, stored, cancelFlag.get());
    }));
}

ConnectionTester::Outcome ConnectionTester::run(const Connector *connector, const Request &request, const std::shared_ptr<CredentialStore> &stored,
                                                const std::atomic<bool> *cancel)
{
    Outcome outcome;
    if (!connector) {
        outcome.failure = Failure::config(QCoreApplication::translate("Orion::ConnectionDialog", "Choose a connector."));
        return outcome;
    }
    // The test's own store: entered secrets first, then the stored ones; what the service changes
    // during the test lands in its memory and is sorted out below.
    auto credentials = CredentialStore::overlay(request.connection, request.entered, stored);
    QHash<QString, QString> initial;
    QString error;
    for (const SettingSpec &spec : connector->secretSettings())
        if (const std::optional<QString> value = credentials->secret(request.connection, spec.key, &error))
            initial.insert(spec.key, *value);
    HttpClient::Options options;
    options.retry.maxRetries = 1;
    options.transferTimeout = std::chrono::seconds(20);
    HttpClient http(options);
    http.setCancelFlag(cancel);
    const ConnectorContext ctx = ConnectorContext::create(0, request.connection, request.settings, credentials, &http);
    QElapsedTimer timer;
    timer.start();
    auto authenticator = connector->createAuthenticator(ctx, &outcome.failure);
    if (!outcome.failure) {
        http.setAuthenticator(authenticator.get());
        outcome.failure = connector->testConnection(ctx);
    }
    outcome.elapsedMs = timer.elapsed();
    outcome.failure.message = http.redactor().redact(outcome.failure.message);
    for (auto it = initial.cbegin(); it != initial.cend(); ++it) {
        const QString now = credentials->secret(request.connection, it.key(), &error).value_or(QString());
        if (now == it.value())
            continue;
        if (request.entered.contains(it.key()))
            outcome.rotated.insert(it.key(), now);
        else if (stored && !stored->setSecret(request.connection, it.key(), now, &error))
            // The service has already replaced the old value: without the new one the next sync
            // would fail, so this must be said.
            outcome.saveError = QCoreApplication::translate("Orion::ConnectionDialog", "The service issued a new %1, but it could not be saved: %2")
                                    .arg(it.key(), error);
    }
    return outcome;
}

} // namespace Orion

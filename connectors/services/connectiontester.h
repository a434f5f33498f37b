#pragma once

#include "runtime/failure.h"
#include "runtime/secretowner.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Orion {

class Connector;
class CredentialStore;

// Tests a connection's settings and secrets against its service, off the GUI thread, by the rules
// every caller must share:
//  - secrets typed into the form override the stored ones (and are never written by the test);
//  - a secret the service rotates during the test (a refresh token) is written back to the store
//    at once when it came from the store — the old one is dead from then on — and returned to the
//    form when it came from the form;
//  - a write-back that fails is reported: the test did not succeed, whatever the service said.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString connectorId;
        SecretOwner connection;          // the stored connection (its secrets), or SecretOwner::unsaved for a new one
        QJsonObject settings;            // validated, defaults applied
        QHash<QString, QString> entered; // secrets typed into the form
        bool useStoredSecrets = false;   // editing a saved connection
    };
    struct Outcome
    {
        Failure failure;
        qint64 elapsedMs = 0;
        QHash<QString, QString> rotated; // entered secrets the service replaced: for the form
        QString saveError;               // a rotated stored secret that could not be written back
        bool ok() const { return !failure && saveError.isEmpty(); }
        QString message(const QString &serviceName) const;
    };

    explicit ConnectionTester(std::shared_ptr<CredentialStore> stored, QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test on the global thread pool; a running one is cancelled and its result dropped.
    void start(const Request &request);
    // Stops the running test; finished() reports it cancelled. (Destroying the tester drops it.)
    void cancel();
    bool isRunning() const { return m_running; }

    // The test itself, on the calling thread (start() runs it on a pool thread).
    static Outcome run(const Connector *connector, const Request &request, const std::shared_ptr<CredentialStore> &stored,
                       const std::atomic<bool> *cancel);

Q_SIGNALS:
    void finished(const Orion::ConnectionTester::Outcome &outcome);

private:
    std::shared_ptr<CredentialStore> m_stored;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace Orion

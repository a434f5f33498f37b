#pragma once

#include "runtime/httpclient.h"
#include "services/alerts.h"
#include "workspace/databaseconfig.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Orion {

class CredentialStore;
class SyncService;

// The Slack alert rules of one workspace for pages and dialogs: each call returns at once, runs on
// the global thread pool with its own workspace connection (the database, its password and the
// credentials come from the SyncService, never from the caller), and answers with a signal that
// carries values.
class AlertService : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Load, Add, Remove };
    struct Result
    {
        Operation operation = Operation::Load;
        qint64 connectionId = 0;
        QList<AlertRule> rules; // the connection's rules after the operation
        QString error;          // empty on success
    };

    // What the work needs, taken from the SyncService on the caller's thread when a call starts.
    struct Access
    {
        DatabaseConfig database;
        QString databasePassword;
        std::shared_ptr<CredentialStore> credentials;
        HttpClient::Options httpOptions;
    };

    explicit AlertService(SyncService *sync, QObject *parent = nullptr);

    void loadRules(qint64 connectionId);
    void addRule(qint64 connectionId, const QString &slackConnection, const QString &channel, AlertRule::Trigger trigger);
    void removeRule(qint64 connectionId, qint64 ruleId);
    // Posts a test message through a Slack connection to a channel.
    void sendTestMessage(const QString &slackConnection, const QString &channel, const QString &watchedConnection);

    // Empty when `channel` can receive alerts, else what to tell the user (also checked by the calls).
    static QString checkChannel(const QString &channel);

    // The work itself, on the calling thread.
    static Result run(const Access &access, Operation operation, qint64 connectionId, const AlertRule &rule);
    static QString postTestMessage(const Access &access, const QString &slackConnection, const QString &channel, const QString &watchedConnection);

Q_SIGNALS:
    void finished(const Orion::AlertService::Result &result);
    void testMessageFinished(bool ok, const QString &message);

private:
    void start(Operation operation, qint64 connectionId, const AlertRule &rule);
    Access access() const;

    SyncService *m_sync;
};

} // namespace Orion

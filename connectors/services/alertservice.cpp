#include "services/alertservice.h"

#include "adapters/connectorsession.h"
#include "adapters/slack/slackconnector.h"
#include "services/syncjob.h"
#include "services/syncservice.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

std::unique_ptr<Workspace> openWorkspace(const AlertService::Access &access, QString *error)
{
    Workspace::Options options;
    options.createIfMissing = false;
    options.applicationName = u"orion-alerts"_s;
    return Workspace::open(access.database, access.databasePassword, error, options);
}

} // namespace

AlertService::AlertService(SyncService *sync, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
{
}

AlertService::Access AlertService::access() const
{
    return {m_sync->database(), m_sync->databasePassword(), m_sync->credentials(), m_sync->httpOptions()};
}

QString AlertService::checkChannel(const QString &channel)
{
    return channel.trimmed().isEmpty() ? QCoreApplication::translate("Orion::AlertsDialog", "Enter the channel ID.") : QString();
}

void AlertService::loadRules(qint64 connectionId)
{
    start(Operation::Load, connectionId, {});
}

void AlertService::addRule(qint64 connectionId, const QString &slackConnection, const QString &channel, AlertRule::Trigger trigger)
{
    AlertRule rule;
    rule.connectionId = connectionId;
    rule.slackConnectionName = slackConnection;
    rule.channel = channel.trimmed();
    rule.trigger = trigger;
    start(Operation::Add, connectionId, rule);
}

void AlertService::removeRule(qint64 connectionId, qint64 ruleId)
{
    AlertRule rule;
    rule.id = ruleId;
    start(Operation::Remove, connectionId, rule);
}

void AlertService::start(Operation operation, qint64 connectionId, const AlertRule &rule)
{
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Q_EMIT finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([access = access(), operation, connectionId, rule] { return run(access, operation, connectionId, rule); }));
}

AlertService::Result AlertService::run(const Access &access, Operation operation, qint64 connectionId, const AlertRule &rule)
{
    Result result;
    result.operation = operation;
    result.connectionId = connectionId;
    auto workspace = openWorkspace(access, &result.error);
    if (!workspace)
        return result;
    Alerts alerts(*workspace);
    if (operation == Operation::Add) {
        if (const QString problem = checkChannel(rule.channel); !problem.isEmpty()) {
            result.error = problem;
            return result;
        }
        ConnectionStore store(*workspace);
        const auto slack = store.connectionByName(rule.slackConnectionName, &result.error);
        if (!slack && result.error.isEmpty())
            result.error = QCoreApplication::translate("Orion::AlertsDialog", "There is no connection named \"%1\".").arg(rule.slackConnectionName);
        if (slack) {
            AlertRule added = rule;
            added.slackConnectionId = slack->id;
            alerts.addRule(added, &result.error);
        }
    } else if (operation == Operation::Remove) {
        alerts.removeRule(rule.id, &result.error);
    }
    QString listError;
    result.rules = alerts.rules(connectionId, &listError);
    if (result.error.isEmpty())
        result.error = listError;
    return result;
}

void AlertService::sendTestMessage(const QString &slackConnection, const QString &channel, const QString &watchedConnection)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, channel] {
        watcher->deleteLater();
        const QString error = watcher->result();
        Q_EMIT testMessageFinished(
            error.isEmpty(), error.isEmpty() ? QCoreApplication::translate("Orion::AlertsDialog", "Test message posted to %1.").arg(channel) : error);
    });
    watcher->setFuture(QtConcurrent::run([access = access(), slackConnection, channel, watchedConnection] {
        return postTestMessage(access, slackConnection, channel, watchedConnection);
    }));
}

QString AlertService::postTestMessage(const Access &access, const QString &slackConnection, const QString &channel, const QString &watchedConnection)
{
    if (const QString problem = checkChannel(channel); !problem.isEmpty())
        return problem;
    QString error;
    auto workspace = openWorkspace(access, &error);
    if (!workspace)
        return error;
    ResolvedConnection slack;
    if (SyncJob::resolve(*workspace, slackConnection, access.credentials, &slack, &error) != SyncResult::Outcome::Ran)
        return error;
    ConnectorSession session(*slack.connector, slack.connection.id, slack.secretOwner(), slack.settings, access.credentials, access.httpOptions);
    if (!session.isReady())
        return session.failure().message;
    QString ts;
    Failure failure;
    SlackConnector::postMessage(
        session.context(), channel.trimmed(),
        QCoreApplication::translate("Orion::AlertsDialog", "Test message from Orion Connector Studio: alerts for %1 will arrive here.")
            .arg(watchedConnection),
        {}, &ts, &failure);
    return session.redact(failure.message);
}

} // namespace Orion

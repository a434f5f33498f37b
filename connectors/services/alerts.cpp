#include "services/alerts.h"
#include "common/enumnames.h"

#include "adapters/connectorsession.h"
#include "adapters/slack/slackconnector.h"
#include "services/syncjob.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

// The Slack message of an alert (plain text for notifications, Block Kit for the channel). The
// texts keep the translation context they had in SlackConnector.
QString runText(const SyncResult &r, qint64 runId, bool recovered)
{
    const QString status = r.toJson().value("status"_L1).toString();
    if (!r.drift.isEmpty() && r.outcome == SyncResult::Outcome::Ran && r.status != SyncRun::Status::Failed)
        return QCoreApplication::translate("Orion::Alerts", "%1 / %2 degraded: mapped fields changed at the source — %3 (run %4)")
            .arg(r.connection, r.stream, driftFields(r.drift).join(u", "_s))
            .arg(runId);
    if (recovered)
        return QCoreApplication::translate("Orion::SlackConnector", "%1 / %2 recovered: %3 records in %4 ms (run %5)")
            .arg(r.connection, r.stream)
            .arg(r.recordsRead)
            .arg(r.durationMs)
            .arg(runId);
    if (!r.succeeded())
        return QCoreApplication::translate("Orion::SlackConnector", "%1 / %2 %3: %4 error — %5 (run %6)")
            .arg(r.connection, r.stream, status, errorClassName(r.errorClass), r.error)
            .arg(runId);
    return QCoreApplication::translate("Orion::SlackConnector", "%1 / %2 succeeded: %3 records in %4 ms (run %5)")
        .arg(r.connection, r.stream)
        .arg(r.recordsRead)
        .arg(r.durationMs)
        .arg(runId);
}

QJsonArray runBlocks(const SyncResult &r, qint64 runId, bool recovered)
{
    const bool ok = r.succeeded();
    const bool drifted = !r.drift.isEmpty() && r.status != SyncRun::Status::Failed;
    const QString title = drifted ? QCoreApplication::translate("Orion::Alerts", "⚠️ %1 degraded: schema drift").arg(r.connection)
        : recovered               ? QCoreApplication::translate("Orion::SlackConnector", "✅ %1 recovered").arg(r.connection)
        : ok                      ? QCoreApplication::translate("Orion::SlackConnector", "✅ %1 synced").arg(r.connection)
             : QCoreApplication::translate("Orion::SlackConnector", "🚨 %1 sync %2").arg(r.connection, r.toJson().value("status"_L1).toString());
    QJsonArray fields{
        QJsonObject{{u"type"_s, u"mrkdwn"_s}, {u"text"_s, QCoreApplication::translate("Orion::SlackConnector", "*Stream*\n%1").arg(r.stream)}},
        QJsonObject{{u"type"_s, u"mrkdwn"_s},
                    {u"text"_s,
                     QCoreApplication::translate("Orion::SlackConnector", "*Records*\n%1 read, %2 written, %3 failed")
                         .arg(r.recordsRead)
                         .arg(r.recordsWritten)
                         .arg(r.recordsFailed)}},
        QJsonObject{{u"type"_s, u"mrkdwn"_s},
                    {u"text"_s, QCoreApplication::translate("Orion::SlackConnector", "*Duration*\n%1 ms").arg(r.durationMs)}},
        QJsonObject{{u"type"_s, u"mrkdwn"_s}, {u"text"_s, QCoreApplication::translate("Orion::SlackConnector", "*Run*\n%1").arg(runId)}},
    };
    QJsonArray blocks{QJsonObject{{u"type"_s, u"header"_s}, {u"text"_s, QJsonObject{{u"type"_s, u"plain_text"_s}, {u"text"_s, title.left(150)}}}},
                      QJsonObject{{u"type"_s, u"section"_s}, {u"fields"_s, fields}}};
    if (!r.drift.isEmpty()) {
        QStringList lines;
        for (const DriftFinding &f : r.drift)
            lines << u"• "_s + f.describe();
        blocks.append(QJsonObject{{u"type"_s, u"section"_s},
                                  {u"text"_s,
                                   QJsonObject{{u"type"_s, u"mrkdwn"_s},
                                               {u"text"_s,
                                                QCoreApplication::translate("Orion::Alerts", "*Schema drift* (the connection is degraded)\n%1")
                                                    .arg(lines.join(u'\n').left(2500))}}}});
    }
    if (!ok) {
        blocks.append(QJsonObject{{u"type"_s, u"section"_s},
                                  {u"text"_s,
                                   QJsonObject{{u"type"_s, u"mrkdwn"_s},
                                               {u"text"_s,
                                                QCoreApplication::translate("Orion::SlackConnector", "*Error class:* `%1`\n%2")
                                                    .arg(errorClassName(r.errorClass), r.error.left(2500))}}}});
    }
    return blocks;
}

} // namespace

QString AlertRule::triggerName(Trigger trigger)
{
    return enumName(trigger);
}

bool AlertRule::triggerFromName(const QString &name, Trigger *trigger)
{
    const auto value = enumFromName<Trigger>(name);
    if (value)
        *trigger = *value;
    return value.has_value();
}

Alerts::Alerts(Workspace &workspace)
    : m_workspace(workspace)
{
}

qint64 Alerts::addRule(const AlertRule &rule, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO alert_rules (connection_id, slack_connection_id, channel, trigger, enabled) VALUES (?, ?, ?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(rule.connectionId);
    q.addBindValue(rule.slackConnectionId);
    q.addBindValue(rule.channel.trimmed());
    q.addBindValue(AlertRule::triggerName(rule.trigger));
    q.addBindValue(rule.enabled);
    if (!q.exec() || !q.next()) {
        const bool duplicate = q.lastError().text().contains("unique"_L1, Qt::CaseInsensitive);
        *error = duplicate ? tr("The same alert rule exists already.") : tr("Cannot save the alert rule: %1").arg(q.lastError().text());
        return 0;
    }
    return q.value(0).toLongLong();
}

bool Alerts::removeRule(qint64 id, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM alert_rules WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = tr("Cannot remove the alert rule: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("There is no alert rule %1.").arg(id);
        return false;
    }
    return true;
}

QList<AlertRule> Alerts::rules(qint64 connectionId, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(uR"(SELECT r.id, r.connection_id, c.name, r.slack_connection_id, s.name, r.channel, r.trigger, r.enabled
                    FROM alert_rules r JOIN connections c ON c.id = r.connection_id JOIN connections s ON s.id = r.slack_connection_id
                   WHERE (? = 0 OR r.connection_id = ?) ORDER BY c.name, r.id)"_s);
    q.addBindValue(connectionId);
    q.addBindValue(connectionId);
    QList<AlertRule> result;
    if (!q.exec()) {
        *error = tr("Cannot read the alert rules: %1").arg(q.lastError().text());
        return result;
    }
    while (q.next()) {
        AlertRule r;
        r.id = q.value(0).toLongLong();
        r.connectionId = q.value(1).toLongLong();
        r.connectionName = q.value(2).toString();
        r.slackConnectionId = q.value(3).toLongLong();
        r.slackConnectionName = q.value(4).toString();
        r.channel = q.value(5).toString();
        AlertRule::triggerFromName(q.value(6).toString(), &r.trigger);
        r.enabled = q.value(7).toBool();
        result.append(r);
    }
    return result;
}

bool Alerts::fires(AlertRule::Trigger trigger, const SyncResult &result, bool wasFailing)
{
    switch (trigger) {
    case AlertRule::Trigger::EveryRun: return true;
    case AlertRule::Trigger::Failure: return result.status == SyncRun::Status::Failed;
    case AlertRule::Trigger::Recovery: return wasFailing && result.succeeded();
    case AlertRule::Trigger::Drift: return result.driftIsNew && !result.drift.isEmpty();
    }
    return false;
}

QStringList Alerts::notify(const std::shared_ptr<CredentialStore> &credentials, const HttpClient::Options &options, qint64 connectionId,
                           const SyncResult &result, qint64 runId, bool wasFailing)
{
    QStringList lines;
    QString error;
    const QList<AlertRule> all = rules(connectionId, &error);
    if (!error.isEmpty())
        return {error};
    for (const AlertRule &rule : all) {
        if (!rule.enabled || !fires(rule.trigger, result, wasFailing))
            continue;
        ResolvedConnection slack;
        if (SyncJob::resolve(m_workspace, rule.slackConnectionName, credentials, &slack, &error) != SyncResult::Outcome::Ran
            || slack.connector->id() != "slack"_L1) {
            lines << tr("alert to %1 not sent: %2").arg(rule.slackConnectionName, error.isEmpty() ? tr("not a Slack connection") : error);
            continue;
        }
        ConnectorSession session(*slack.connector, slack.connection.id, slack.secretOwner(), slack.settings, credentials, options);
        Failure failure = session.failure();
        QString ts;
        const bool recovered = rule.trigger == AlertRule::Trigger::Recovery || (wasFailing && result.succeeded());
        if (session.isReady())
            SlackConnector::postMessage(session.context(), rule.channel, runText(result, runId, recovered), runBlocks(result, runId, recovered), &ts,
                                        &failure);
        lines << (failure ? tr("%1 alert to %2 not sent: %3").arg(AlertRule::triggerName(rule.trigger), rule.channel, failure.message)
                          : tr("%1 alert posted to %2 (ts %3)").arg(AlertRule::triggerName(rule.trigger), rule.channel, ts));
    }
    return lines;
}

} // namespace Orion

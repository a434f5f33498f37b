#pragma once

#include <QObject>

#include "runtime/httpclient.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Orion {

class CredentialStore;
class Workspace;
struct SyncResult;

struct AlertRule
{
    Q_GADGET
public:
    enum class Trigger { Failure, Recovery, EveryRun, Drift };
    Q_ENUM(Trigger)
    qint64 id = 0;
    qint64 connectionId = 0;
    QString connectionName;
    qint64 slackConnectionId = 0;
    QString slackConnectionName;
    QString channel;
    Trigger trigger = Trigger::Failure;
    bool enabled = true;

    static QString triggerName(Trigger trigger); // failure, recovery, every_run, drift
    static bool triggerFromName(const QString &name, Trigger *trigger);
};

// Alert rules (table alert_rules) and their delivery: after a run is recorded, every enabled rule of
// the connection whose trigger matches posts a Block Kit notification through its Slack connection.
// "failure": the run failed; "recovery": it succeeded after one or more failures; "every_run";
// "drift": the run found an approved mapping's source field vanished or retyped that the connection
// did not already have standing (one alert per change, not one per run).
class Alerts
{
    Q_DECLARE_TR_FUNCTIONS(Orion::Alerts)
public:
    explicit Alerts(Workspace &workspace);

    qint64 addRule(const AlertRule &rule, QString *error);
    bool removeRule(qint64 id, QString *error);
    QList<AlertRule> rules(qint64 connectionId, QString *error) const; // 0 = all

    static bool fires(AlertRule::Trigger trigger, const SyncResult &result, bool wasFailing);

    // Posts the notifications of one finished run; returns one log line per rule that fired.
    QStringList notify(const std::shared_ptr<CredentialStore> &credentials, const HttpClient::Options &options, qint64 connectionId,
                       const SyncResult &result, qint64 runId, bool wasFailing);

private:
    Workspace &m_workspace;
};

} // namespace Orion

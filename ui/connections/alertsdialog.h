#pragma once

#include "services/alertservice.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Orion {

class SyncService;

// Slack alerts of one connection: the rules (Slack connection, channel, trigger), adding and
// removing them, and "Send Test Message" to check a channel. Database and Slack calls run on worker
// threads.
class AlertsDialog : public QDialog
{
    Q_OBJECT
public:
    AlertsDialog(SyncService *service, qint64 connectionId, const QString &connectionName, const QStringList &slackConnections,
                 QWidget *parent = nullptr);

    void reload();
    void addRule(const QString &slackConnection, const QString &channel, AlertRule::Trigger trigger);
    void removeSelectedRule();
    void sendTestMessage();
    int ruleCount() const;
    QString statusText() const;

Q_SIGNALS:
    void rulesChanged();
    void testMessageFinished(bool ok, const QString &message);

private:
    void setStatus(const QString &text, bool error);
    void showRules(const QList<AlertRule> &rules);

    AlertService *m_alerts;
    qint64 m_connectionId;
    QString m_connectionName;
    QTableWidget *m_table;
    QComboBox *m_slack;
    QLineEdit *m_channel;
    QComboBox *m_trigger;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_test;
    QLabel *m_status;
    QList<AlertRule> m_rules;
};

} // namespace Orion

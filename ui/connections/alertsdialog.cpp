#include "alertsdialog.h"

#include "adapters/slack/slackconnector.h"
#include "adapters/connectorsession.h"
#include "store/workspace.h"
#include "services/syncjob.h"
#include "services/syncservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {

namespace AlertsDialogDetail {

struct Result
{
    QString error;
    QList<AlertRule> rules;
};

template<typename Work>
Result withWorkspace(const DatabaseConfig &config, const QString &password, qint64 connectionId, Work work)
{
    Result result;
    Workspace::Options options;
    options.createIfMissing = false;
    options.applicationName = u"orion-alerts"_s;
    auto workspace = Workspace::open(config, password, &result.error, options);
    if (!workspace)
        return result;
    Alerts alerts(*workspace);
    work(*workspace, alerts, &result.error);
    if (result.error.isEmpty())
        result.rules = alerts.rules(connectionId, &result.error);
    return result;
}

} // namespace AlertsDialogDetail

AlertsDialog::AlertsDialog(SyncService *service, qint64 connectionId, const QString &connectionName,
                           const QStringList &slackConnections, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_connectionId(connectionId)
    , m_connectionName(connectionName)
    , m_table(new QTableWidget(0, 3, this))
    , m_slack(new QComboBox(this))
    , m_channel(new QLineEdit(this))
    , m_trigger(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add Rule"), this))
    , m_remove(new QPushButton(tr("&Remove Rule"), this))
    , m_test(new QPushButton(tr("Send &Test Message"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Slack Alerts — %1").arg(connectionName));
    m_table->setHorizontalHeaderLabels({tr("Slack connection"), tr("Channel"), tr("When")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Alert rules"));
    m_slack->addItems(slackConnections);
    m_slack->setAccessibleName(tr("Slack connection"));
    m_channel->setPlaceholderText(tr("Channel ID, e.g. C0123ABCD"));
    m_channel->setAccessibleName(tr("Channel"));
    m_trigger->addItem(tr("On failure"), int(AlertRule::Trigger::Failure));
    m_trigger->addItem(tr("On recovery"), int(AlertRule::Trigger::Recovery));
    m_trigger->addItem(tr("On every run"), int(AlertRule::Trigger::EveryRun));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Post &through:"), m_slack);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&When:"), m_trigger);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_test);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("After each run of <b>%1</b>, matching rules post a message to Slack. Failure alerts name "
                                "the error class and the run id.")
                                 .arg(connectionName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);

    const bool haveSlack = !slackConnections.isEmpty();
    m_add->setEnabled(haveSlack);
    m_test->setEnabled(haveSlack);
    if (!haveSlack)
        setStatus(tr("Add a Slack connection first: alerts are posted through it."), false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRule(m_slack->currentText(), m_channel->text(), AlertRule::Trigger(m_trigger->currentData().toInt()));
    });
    connect(m_remove, &QPushButton::clicked, this, &AlertsDialog::removeSelectedRule);
    connect(m_test, &QPushButton::clicked, this, &AlertsDialog::sendTestMessage);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 440);
    reload();
}

void AlertsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x39, 0x2b) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

int AlertsDialog::ruleCount() const
{
    return int(m_rules.size());
}

QString AlertsDialog::statusText() const
{
    return m_status->text();
}

void AlertsDialog::showRules(const QList<AlertRule> &rules)
{
    m_rules = rules;
    m_table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const AlertRule &r = rules.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(r.slackConnectionName));
        m_table->setItem(row, 1, new QTableWidgetItem(r.channel));
        m_table->setItem(row, 2, new QTableWidgetItem(m_trigger->itemText(m_trigger->findData(int(r.trigger)))));
    }
    m_remove->setEnabled(!rules.isEmpty());
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
}

void AlertsDialog::reload()
{
    auto *watcher = new QFutureWatcher<AlertsDialogDetail::Result>(this);
    connect(watcher, &QFutureWatcher<AlertsDialogDetail::Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto result = watcher->result();
        if (!result.error.isEmpty())
            setStatus(result.error, true);
        showRules(result.rules);
        Q_EMIT rulesChanged();
    });
    watcher->setFuture(QtConcurrent::run([config = m_service->database(), password = m_service->databasePassword(), id = m_connectionId] {
        return AlertsDialogDetail::withWorkspace(config, password, id, [](Workspace &, Alerts &, QString *) {});
    }));
}

void AlertsDialog::addRule(const QString &slackConnection, const QString &channel, AlertRule::Trigger trigger)
{
    if (channel.trimmed().isEmpty()) {
        setStatus(tr("Enter the channel ID."), true);
        return;
    }
    auto *watcher = new QFutureWatcher<AlertsDialogDetail::Result>(this);
    connect(watcher, &QFutureWatcher<AlertsDialogDetail::Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto result = watcher->result();
        setStatus(result.error.isEmpty() ? tr("Rule added.") : result.error, !result.error.isEmpty());
        showRules(result.rules);
        Q_EMIT rulesChanged();
    });
    watcher->setFuture(QtConcurrent::run([config = m_service->database(), password = m_service->databasePassword(),
                                          id = m_connectionId, slackConnection, channel, trigger] {
        return AlertsDialogDetail::withWorkspace(config, password, id, [&](Workspace &w, Alerts &alerts, QString *error) {
            ConnectionStore store(w);
            const auto slack = store.connectionByName(slackConnection, error);
            if (!slack) {
                if (error->isEmpty())
                    *error = AlertsDialog::tr("There is no connection named \"%1\".").arg(slackConnection);
                return;
            }
            AlertRule rule;
            rule.connectionId = id;
            rule.slackConnectionId = slack->id;
            rule.channel = channel.trimmed();
            rule.trigger = trigger;
            alerts.addRule(rule, error);
        });
    }));
}

void AlertsDialog::removeSelectedRule()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    const qint64 ruleId = m_rules.at(row).id;
    auto *watcher = new QFutureWatcher<AlertsDialogDetail::Result>(this);
    connect(watcher, &QFutureWatcher<AlertsDialogDetail::Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const auto result = watcher->result();
        setStatus(result.error.isEmpty() ? tr("Rule removed.") : result.error, !result.error.isEmpty());
        showRules(result.rules);
        Q_EMIT rulesChanged();
    });
    watcher->setFuture(QtConcurrent::run([config = m_service->database(), password = m_service->databasePassword(), id = m_connectionId, ruleId] {
        return AlertsDialogDetail::withWorkspace(config, password, id,
                                                 [&](Workspace &, Alerts &alerts, QString *error) { alerts.removeRule(ruleId, error); });
    }));
}

void AlertsDialog::sendTestMessage()
{
    const QString slackConnection = m_slack->currentText();
    const QString channel = m_channel->text().trimmed();
    if (channel.isEmpty()) {
        setStatus(tr("Enter the channel ID."), true);
        return;
    }
    m_test->setEnabled(false);
    setStatus(tr("Sending…"), false);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, channel] {
        watcher->deleteLater();
        m_test->setEnabled(true);
        const QString error = watcher->result();
        const QString message = error.isEmpty() ? tr("Test message posted to %1.").arg(channel) : error;
        setStatus(message, !error.isEmpty());
        Q_EMIT testMessageFinished(error.isEmpty(), message);
    });
    watcher->setFuture(QtConcurrent::run([config = m_service->database(), password = m_service->databasePassword(),
                                          credentials = m_service->credentials(), options = m_service->httpOptions(),
                                          slackConnection, channel, watched = m_connectionName]() -> QString {
        QString error;
        Workspace::Options wo;
        wo.createIfMissing = false;
        auto workspace = Workspace::open(config, password, &error, wo);
        if (!workspace)
            return error;
        ResolvedConnection slack;
        if (SyncJob::resolve(*workspace, slackConnection, credentials, &slack, &error) != SyncResult::Outcome::Ran)
            return error;
        ConnectorSession session(*slack.connector, slack.connection.id, slack.connection.name, slack.settings, credentials, options);
        if (!session.isReady())
            return session.failure().message;
        QString ts;
        Failure failure;
        SlackConnector::postMessage(session.context(), channel,
                                    AlertsDialog::tr("Test message from Orion Connector Studio: alerts for %1 will arrive here.").arg(watched),
                                    {}, &ts, &failure);
        return session.redact(failure.message);
    }));
}

} // namespace Orion

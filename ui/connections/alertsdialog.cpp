#include "alertsdialog.h"
#include "common/statuscolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

AlertsDialog::AlertsDialog(SyncService *service, qint64 connectionId, const QString &connectionName, const QStringList &slackConnections,
                           QWidget *parent)
    : QDialog(parent)
    , m_alerts(new AlertService(service, this))
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
    m_trigger->addItem(tr("On schema drift (a mapped field vanished or changed type)"), int(AlertRule::Trigger::Drift));
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
    connect(m_add, &QPushButton::clicked, this,
            [this] { addRule(m_slack->currentText(), m_channel->text(), AlertRule::Trigger(m_trigger->currentData().toInt())); });
    connect(m_remove, &QPushButton::clicked, this, &AlertsDialog::removeSelectedRule);
    connect(m_test, &QPushButton::clicked, this, &AlertsDialog::sendTestMessage);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_alerts, &AlertService::finished, this, [this](const AlertService::Result &result) {
        if (result.connectionId != m_connectionId)
            return;
        const bool failed = !result.error.isEmpty();
        if (failed)
            setStatus(result.error, true);
        else if (result.operation == AlertService::Operation::Add)
            setStatus(tr("Rule added."), false);
        else if (result.operation == AlertService::Operation::Remove)
            setStatus(tr("Rule removed."), false);
        showRules(result.rules);
        Q_EMIT rulesChanged();
    });
    connect(m_alerts, &AlertService::testMessageFinished, this, [this](bool ok, const QString &message) {
        m_test->setEnabled(true);
        setStatus(message, !ok);
        Q_EMIT testMessageFinished(ok, message);
    });
    resize(620, 440);
    reload();
}

void AlertsDialog::setStatus(const QString &text, bool error)
{
    StatusColors::showStatus(m_status, text, error);
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
    m_alerts->loadRules(m_connectionId);
}

void AlertsDialog::addRule(const QString &slackConnection, const QString &channel, AlertRule::Trigger trigger)
{
    if (const QString problem = AlertService::checkChannel(channel); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    m_alerts->addRule(m_connectionId, slackConnection, channel, trigger);
}

void AlertsDialog::removeSelectedRule()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    m_alerts->removeRule(m_connectionId, m_rules.at(row).id);
}

void AlertsDialog::sendTestMessage()
{
    const QString channel = m_channel->text().trimmed();
    if (const QString problem = AlertService::checkChannel(channel); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    m_test->setEnabled(false);
    setStatus(tr("Sending…"), false);
    m_alerts->sendTestMessage(m_slack->currentText(), channel, m_connectionName);
}

} // namespace Orion

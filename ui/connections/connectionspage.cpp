#include "connectionspage.h"
#include "common/statuscolors.h"

#include "adapters/connector.h"
#include "adapters/registry/connectorregistry.h"
#include "alertsdialog.h"
#include "common/connectiondelegate.h"
#include "connectiondialog.h"
#include "connections/connectionlistmodel.h"
#include "pushdialog.h"
#include "runtime/authenticator.h"
#include "salesforce/bulkjobsdialog.h"
#include "salesforce/soqleditor.h"
#include "services/syncservice.h"
#include "sync/syncrunmodel.h"

#include "common/pagetitle.h"
#include "common/retranslate.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

bool offers(const ConnectionSummary &connection, Capability capability)
{
    const Connector *connector = ConnectorRegistry::instance().find(connection.connectorId);
    return connector && connector->capabilities().testFlag(capability);
}

} // namespace

namespace {
constexpr int kLogLinesKept = 5000;
}

ConnectionsPage::ConnectionsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConnectionListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_demoButton(new QPushButton(this))
    , m_add(new QToolButton(this))
    , m_edit(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_sync(new QToolButton(this))
    , m_soql(new QToolButton(this))
    , m_alerts(new QToolButton(this))
    , m_push(new QToolButton(this))
    , m_runOnWorkers(new QToolButton(this))
    , m_bulkJobs(new QToolButton(this))
    , m_syncPanel(new QWidget(this))
    , m_syncTitle(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncStatus(new QLabel(this))
    , m_cancelSync(new QPushButton(this))
    , m_log(new QPlainTextEdit(this))
{
    auto *title = createPageTitle(QString(), this);

    m_filter->setClearButtonEnabled(true);
    auto *refresh = new QToolButton(this);

    m_sync->setObjectName(u"syncNow"_s);
    for (QToolButton *button : {m_add, m_edit, m_remove, m_sync, m_soql, m_bulkJobs, m_alerts, m_push, m_runOnWorkers})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_runOnWorkers->setVisible(false);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConnectionListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ConnectionDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The name gets a generous share; the schedule, last, takes the rest of the width.
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionListModel::NameColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ConnectionListModel::NameColumn, 260);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionListModel::ConnectorColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionListModel::HealthColumn, QHeaderView::ResizeToContents);
    // Failures in a row and the last success are on the Dashboard's health table; here the health
    // badge's tooltip and the sync panel carry them.
    m_view->setColumnHidden(ConnectionListModel::FailuresColumn, true);
    m_view->setColumnHidden(ConnectionListModel::LastSuccessColumn, true);

    // Empty state: say what to do instead of showing a blank table.
    auto *empty = new QWidget(this);
    auto *emptyText = new QLabel(empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    auto *addFirst = new QPushButton(empty);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(addFirst);
    emptyButtons->addWidget(m_demoButton);
    emptyButtons->addStretch();
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();

    // The sync panel: the selected connection's running or last sync.
    QFont bold = m_syncTitle->font();
    bold.setWeight(QFont::DemiBold);
    m_syncTitle->setFont(bold);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->sizeHint().height());
    m_syncStatus->setObjectName(u"syncStatus"_s);
    m_syncStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kLogLinesKept);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    // The log follows its tail until the user scrolls up (and again once they scroll back down). Read
    // from the user's own scrolling, not from "value == maximum" at each append: a long line's
    // horizontal scroll bar shrinks the viewport and moves the maximum without anyone scrolling.
    connect(m_log->verticalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { m_followLog = m_log->verticalScrollBar()->sliderPosition() >= m_log->verticalScrollBar()->maximum(); });
    // The range grows after the text is laid out, not at the append: follow it there.
    connect(m_log->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (m_followLog)
            m_log->verticalScrollBar()->setValue(maximum);
    });
    auto *panelHeader = new QHBoxLayout;
    panelHeader->addWidget(m_syncTitle);
    panelHeader->addWidget(m_progress, 1);
    panelHeader->addWidget(m_cancelSync);
    auto *panelLayout = new QVBoxLayout(m_syncPanel);
    panelLayout->setContentsMargins(0, 6, 0, 0);
    panelLayout->addLayout(panelHeader);
    panelLayout->addWidget(m_syncStatus);
    panelLayout->addWidget(m_log, 1);

    auto *tableAndPanel = new QSplitter(Qt::Vertical, this);
    tableAndPanel->addWidget(m_view);
    tableAndPanel->addWidget(m_syncPanel);
    tableAndPanel->setStretchFactor(0, 3);
    tableAndPanel->setStretchFactor(1, 2);
    tableAndPanel->setChildrenCollapsible(false);

    m_stack->addWidget(tableAndPanel);
    m_stack->addWidget(empty);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    bar->addWidget(m_sync);
    bar->addWidget(m_runOnWorkers);
    bar->addWidget(m_soql);
    bar->addWidget(m_bulkJobs);
    bar->addWidget(m_alerts);
    bar->addWidget(m_push);
    bar->addWidget(refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &ConnectionsPage::updateSummary);
    connect(refresh, &QToolButton::clicked, this, &ConnectionsPage::refreshRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &ConnectionsPage::demoWorkspaceRequested);
    connect(addFirst, &QPushButton::clicked, this, &ConnectionsPage::openAddDialog);
    connect(m_add, &QToolButton::clicked, this, &ConnectionsPage::openAddDialog);
    connect(m_edit, &QToolButton::clicked, this, &ConnectionsPage::openEditDialog);
    connect(m_view, &QTableView::doubleClicked, this, &ConnectionsPage::openEditDialog);
    connect(m_sync, &QToolButton::clicked, this, &ConnectionsPage::syncSelected);
    connect(m_soql, &QToolButton::clicked, this, &ConnectionsPage::openSoqlEditor);
    connect(m_bulkJobs, &QToolButton::clicked, this, &ConnectionsPage::openBulkJobs);
    connect(m_alerts, &QToolButton::clicked, this, &ConnectionsPage::openAlerts);
    connect(m_push, &QToolButton::clicked, this, &ConnectionsPage::openPush);
    connect(m_runOnWorkers, &QToolButton::clicked, this, &ConnectionsPage::runSelectedOnWorkers);
    connect(m_cancelSync, &QPushButton::clicked, this, &ConnectionsPage::cancelSelectedSync);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const auto c = selectedConnection();
        if (!c)
            return;
        const auto answer = QMessageBox::question(this, tr("Remove Connection"),
                                                  tr("Remove \"%1\"? Its synced records, sync history and stored secrets are deleted.").arg(c->name),
                                                  QMessageBox::Cancel | QMessageBox::Yes, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            Q_EMIT removeRequested(c->id, c->name);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showSyncState();
    });
    setFocusProxy(m_view);
    onLanguageChange(this, [=, this] {
        setPageTitle(title, tr("Connections"));
        m_filter->setPlaceholderText(tr("Filter by name or connector…"));
        m_filter->setAccessibleName(tr("Filter connections"));
        // setText() replaces a button's shortcut with the text's mnemonic: the key comes after it.
        refresh->setText(tr("Refresh"));
        refresh->setShortcut(QKeySequence::Refresh);
        refresh->setToolTip(tr("Reload the connections from the workspace (F5)"));
        const auto label = [](QToolButton *button, const QString &text, const QString &tip, const QKeySequence &key) {
            button->setText(text);
            button->setShortcut(key);
            button->setToolTip(tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
        };
        label(m_add, tr("Add…"), tr("Add a connection"), QKeySequence::New);
        label(m_edit, tr("Edit…"), tr("Edit the selected connection"), QKeySequence(Qt::Key_F2));
        label(m_remove, tr("Remove"), tr("Remove the selected connection with its records and history"), QKeySequence::Delete);
        label(m_sync, tr("Sync Now"), tr("Sync the selected connection"), QKeySequence(Qt::CTRL | Qt::Key_R));
        label(m_soql, tr("SOQL…"), tr("Query the selected Salesforce connection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
        label(m_bulkJobs, tr("Bulk Jobs…"), tr("Inspect the Bulk API jobs of the selected Salesforce connection"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        label(m_alerts, tr("Alerts…"), tr("Slack alerts on the selected connection's runs"), QKeySequence(Qt::CTRL | Qt::Key_L));
        label(m_push, tr("Push…"), tr("Write customers to the selected connection's service, after a dry run"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        label(m_runOnWorkers, tr("Run on Workers"), tr("Queue the selected connection's streams for the workers of this PostgreSQL workspace"),
              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        m_view->setAccessibleName(tr("Connections table"));
        emptyText->setText(tr("<h3>No connections yet</h3><p>Connections link a connector to one of your "
                              "accounts. Add one, or explore the app with sample data in a demo workspace.</p>"));
        addFirst->setText(tr("Add Connection…"));
        m_demoButton->setText(tr("Create Demo Workspace"));
        m_cancelSync->setText(tr("Cancel Sync"));
        m_progress->setAccessibleName(tr("Sync progress"));
        m_log->setAccessibleName(tr("Sync log"));
        m_log->setPlaceholderText(tr("The log of the selected connection's sync appears here."));
        retranslateModel(m_model);
        updateSummary();
        updateActions();
        showSyncState();
    });
}

void ConnectionsPage::setSyncService(SyncService *service)
{
    m_syncService = service;
    connect(service, &SyncService::jobStarted, this, [this](int jobId, const QString &connection, const QString &) {
        SyncState &state = m_syncs[connection];
        state = SyncState{};
        state.jobId = jobId;
        state.running = true;
        updateActions();
        showSyncState();
    });
    connect(service, &SyncService::jobProgress, this, [this](int jobId, const SyncProgress &progress) {
        const QString connection = connectionOfJob(jobId);
        if (connection.isEmpty())
            return;
        m_syncs[connection].progress = progress;
        const auto selected = selectedConnection();
        if (selected && selected->name == connection)
            showSyncState();
    });
    connect(service, &SyncService::jobLog, this, [this](int jobId, const QStringList &lines) {
        const QString connection = connectionOfJob(jobId);
        if (connection.isEmpty())
            return;
        SyncState &state = m_syncs[connection];
        state.log.append(lines);
        if (state.log.size() > kLogLinesKept)
            state.log.remove(0, state.log.size() - kLogLinesKept);
        const auto selected = selectedConnection();
        if (selected && selected->name == connection) {
            m_log->appendPlainText(lines.join(u'\n')); // followed by rangeChanged when m_followLog
        }
    });
    connect(service, &SyncService::jobFinished, this, [this](int jobId, const QList<SyncResult> &results) {
        const QString connection = connectionOfJob(jobId);
        if (!connection.isEmpty()) {
            SyncState &state = m_syncs[connection];
            state.running = false;
            QStringList parts;
            bool failed = false;
            for (const SyncResult &r : results) {
                if (r.outcome != SyncResult::Outcome::Ran) {
                    parts << r.error;
                    failed = true;
                    continue;
                }
                const QString status = r.toJson().value("status"_L1).toString();
                parts << tr("%1: %2 — %3 read, %4 written, %5 failed in %6")
                             .arg(r.stream, status, QLocale().toString(r.recordsRead), QLocale().toString(r.recordsWritten),
                                  QLocale().toString(r.recordsFailed), SyncRunModel::formatDuration(r.durationMs))
                        + (r.error.isEmpty() ? QString() : u" · "_s + r.error)
                        + (r.drift.isEmpty()
                               ? QString()
                               : u" · "_s + tr("schema drift: %1 (the connection is degraded)").arg(driftFields(r.drift).join(u", "_s)));
                failed = failed || !r.succeeded();
                if (r.reauthorize) {
                    parts << tr("Sign in again: Edit… → Sign In…");
                    Q_EMIT message(tr("%1 needs to be signed in again: its authorisation expired or was revoked. "
                                      "Open Edit… and choose Sign In….")
                                       .arg(connection),
                                   true);
                }
            }
            state.outcome = parts.join(u'\n');
            state.failed = failed;
        }
        updateActions();
        showSyncState();
        Q_EMIT syncFinished(results);
    });
    connect(service, &SyncService::jobRefused, this, [this](const QString &, const QString &message) { Q_EMIT this->message(message, true); });
}

QString ConnectionsPage::connectionOfJob(int jobId) const
{
    for (auto it = m_syncs.cbegin(); it != m_syncs.cend(); ++it) {
        if (it->jobId == jobId)
            return it.key();
    }
    return {};
}

void ConnectionsPage::setConnections(const ConnectionSummaries &connections)
{
    const auto selected = selectedConnection();
    m_model->setConnections(connections);
    for (int column : {int(ConnectionListModel::ConnectorColumn), int(ConnectionListModel::HealthColumn)})
        m_view->resizeColumnToContents(column);
    if (!m_pendingSelection.isEmpty())
        selectConnection(m_pendingSelection);
    else if (selected)
        selectConnection(selected->name);
    updateSummary();
    updateActions();
}

std::optional<ConnectionSummary> ConnectionsPage::selectedConnection() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0 || row >= m_model->connections().size())
        return std::nullopt;
    return m_model->connections().at(row);
}

void ConnectionsPage::selectConnection(const QString &name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(Qt::DisplayRole).toString() == name) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_pendingSelection.clear();
            return;
        }
    }
    m_pendingSelection = name; // e.g. a connection just saved, before the list was refreshed
}

bool ConnectionsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

qint64 ConnectionsPage::recordsShown() const
{
    const auto selected = selectedConnection();
    return selected ? m_syncs.value(selected->name).progress.recordsRead : 0;
}

void ConnectionsPage::connectorsChanged()
{
    updateActions();
}

void ConnectionsPage::updateActions()
{
    const auto selected = selectedConnection();
    const bool known = selected && ConnectorRegistry::instance().find(selected->connectorId);
    const bool running = selected && m_syncs.value(selected->name).running;
    m_edit->setEnabled(known && !running);
    m_remove->setEnabled(selected.has_value() && !running);
    m_sync->setEnabled(known && !running && m_syncService && !selected->isDemo);
    m_soql->setVisible(selected && offers(*selected, Capability::Query));
    m_bulkJobs->setVisible(selected && offers(*selected, Capability::BulkJobs));
    m_alerts->setEnabled(selected.has_value() && m_syncService && !selected->isDemo);
    const bool writes = selected && offers(*selected, Capability::Write);
    m_push->setEnabled(writes && m_syncService && !selected->isDemo && !running);
    m_runOnWorkers->setVisible(m_workersAvailable);
    m_runOnWorkers->setEnabled(known && m_workersAvailable && !selected->isDemo);
    // A disabled action says why; an enabled one what it does, with its key.
    const auto withKey = [](QToolButton *button, const QString &tip) {
        return button->isEnabled() ? tip + u" ("_s + button->shortcut().toString(QKeySequence::NativeText) + u')' : tip;
    };
    const QString unknown = !selected || known ? QString()
        : selected->connectorId.startsWith("custom:"_L1)
        ? tr("No version of the custom connector %1 is deployed in this workspace: deploy one in Custom Connectors").arg(selected->connectorId)
        : tr("This version of Orion Connector Studio has no connector %1").arg(selected->connectorId);
    const QString busy = tr("A sync of this connection is running; wait for it or cancel it first");
    const QString demo = tr("Demo connections have no account to sync from");
    m_edit->setToolTip(withKey(m_edit,
                               !selected                ? tr("Select a connection to edit it")
                                   : !unknown.isEmpty() ? unknown
                                   : running            ? busy
                                                        : tr("Edit the selected connection")));
    m_remove->setToolTip(withKey(m_remove,
                                 !selected     ? tr("Select a connection to remove it")
                                     : running ? busy
                                               : tr("Remove the selected connection with its records and history")));
    m_sync->setToolTip(withKey(m_sync,
                               !selected                ? tr("Select a connection to sync it")
                                   : selected->isDemo   ? demo
                                   : !unknown.isEmpty() ? unknown
                                   : running            ? tr("This connection is syncing now")
                                   : !m_syncService     ? tr("Syncing is not available in this window")
                                                        : tr("Sync the selected connection")));
    m_alerts->setToolTip(withKey(m_alerts,
                                 !selected              ? tr("Select a connection to set its alerts")
                                     : selected->isDemo ? demo
                                                        : tr("Slack alerts on the selected connection's runs")));
    m_push->setToolTip(withKey(m_push,
                               !selected                ? tr("Select a connection to push customers to it")
                                   : selected->isDemo   ? demo
                                   : !unknown.isEmpty() ? unknown
                                   : !writes            ? tr("%1 connections cannot be written to").arg(selected->connectorId)
                                   : running            ? busy
                                                        : tr("Write customers to the selected connection's service, after a dry run")));
    m_runOnWorkers->setToolTip(withKey(m_runOnWorkers,
                                       !selected              ? tr("Select a connection to queue it for the workers")
                                           : selected->isDemo ? demo
                                           : !unknown.isEmpty()
                                           ? unknown
                                           : tr("Queue the selected connection's streams for the workers of this PostgreSQL workspace")));
}

void ConnectionsPage::showSyncState()
{
    const auto selected = selectedConnection();
    if (!selected) {
        m_syncPanel->setEnabled(false);
        m_syncTitle->setText(tr("Sync"));
        m_progress->hide();
        m_cancelSync->hide();
        m_syncStatus->setText(tr("Select a connection to sync it or see its last sync."));
        m_log->clear();
        return;
    }
    m_syncPanel->setEnabled(true);
    const SyncState state = m_syncs.value(selected->name);
    m_syncTitle->setText(tr("Sync — %1").arg(selected->name));
    m_progress->setVisible(state.running);
    m_cancelSync->setVisible(state.running);
    const SyncProgress &p = state.progress;
    if (state.running) {
        if (p.totalEstimate > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::min<qint64>(1000, p.recordsRead * 1000 / p.totalEstimate)));
        } else {
            m_progress->setRange(0, 0); // the API does not say how many records there are
        }
        QString text = p.pages == 0 ? tr("Starting…")
                                    : tr("%1 · %2 records · %3 pages · %4 records/s · %5 requests/s")
                                          .arg(p.stream, QLocale().toString(p.recordsRead), QLocale().toString(p.pages),
                                               QLocale().toString(qRound64(p.recordsPerSecond)), QLocale().toString(p.requestsPerSecond, 'f', 1));
        if (p.partitions > 0) // a partitioned read: how far its windows are, and how many are being read
            text += u'\n'
                + tr("Partitions: %1 of %2 done · %n reader(s) active", nullptr, p.readers)
                      .arg(QLocale().toString(p.partitionsDone), QLocale().toString(p.partitions));
        m_syncStatus->setText(text);
    } else if (!state.outcome.isEmpty()) {
        m_syncStatus->setText(state.outcome);
    } else {
        m_syncStatus->setText(selected->isDemo ? tr("A demo connection: its history is synthetic.")
                                               : tr("Not synced in this session. Sync Now reads new and changed records."));
    }
    StatusColors::markError(m_syncStatus, !state.running && state.failed);
    // Token health of OAuth connections, as this process last saw it.
    const QDateTime expiry = OAuth2RefreshAuthenticator::tokenExpiry(SecretOwner::connection(selected->uid, selected->name).scope);
    if (expiry.isValid()) {
        const qint64 minutes = QDateTime::currentDateTimeUtc().secsTo(expiry) / 60;
        m_syncStatus->setText(
            m_syncStatus->text() + u'\n'
            + (minutes > 0
                   ? tr("Access token valid for %n more minute(s); last refreshed %1.", nullptr, int(minutes))
                         .arg(QLocale().toString(
                             OAuth2RefreshAuthenticator::tokenRefreshedAt(SecretOwner::connection(selected->uid, selected->name).scope).toLocalTime(),
                             QLocale::ShortFormat))
                   : tr("Access token expired; the next request refreshes it.")));
    }
    const QString text = state.log.join(u'\n');
    if (m_log->toPlainText() != text) {
        m_log->setPlainText(text);
        m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
        m_followLog = true;
    }
}

ConnectionDialog *ConnectionsPage::openDialog(qint64 id, const SecretOwner &owner, const QString &connectorId, const QJsonObject &settings)
{
    auto *dialog = new ConnectionDialog(m_syncService ? m_syncService->credentials() : nullptr, id, owner, connectorId, settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool postgres = m_syncService && m_syncService->database().engine == DatabaseConfig::Engine::PostgreSql;
    if (const int row = m_model->rowOfId(id); id && row >= 0)
        dialog->setSchedule(m_model->connectionAt(row)->schedule, m_model->connectionAt(row)->runOnWorkers, postgres);
    else
        dialog->setSchedule(u"manual"_s, false, postgres);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        NewConnection c;
        c.uid = dialog->connectionUid();
        c.name = dialog->name();
        c.connectorId = dialog->connectorId();
        c.settings = dialog->settings();
        c.schedule = dialog->schedule().toText();
        c.runOnWorkers = dialog->runOnWorkers();
        Q_EMIT saveRequested(dialog->connectionId(), c, dialog->enteredSecrets());
    });
    dialog->open();
    return dialog;
}

ConnectionDialog *ConnectionsPage::openAddDialog()
{
    return openDialog(0, SecretOwner::unsaved(QString()), u"stripe"_s, {});
}

ConnectionDialog *ConnectionsPage::openEditDialog()
{
    const auto c = selectedConnection();
    if (!c || !ConnectorRegistry::instance().find(c->connectorId))
        return nullptr;
    return openDialog(c->id, SecretOwner::connection(c->uid, c->name, c->legacySecretName), c->connectorId, c->settings);
}

SoqlEditor *ConnectionsPage::openSoqlEditor()
{
    const auto c = selectedConnection();
    if (!c || !offers(*c, Capability::Query) || !m_syncService)
        return nullptr;
    auto *editor
        = new SoqlEditor(m_syncService->credentials(), c->id, SecretOwner::connection(c->uid, c->name, c->legacySecretName), c->settings, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
    editor->loadFields(u"Contact"_s);
    return editor;
}

BulkJobsDialog *ConnectionsPage::openBulkJobs()
{
    const auto c = selectedConnection();
    if (!c || !offers(*c, Capability::BulkJobs) || !m_syncService)
        return nullptr;
    auto *dialog
        = new BulkJobsDialog(m_syncService->credentials(), c->id, SecretOwner::connection(c->uid, c->name, c->legacySecretName), c->settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

PushDialog *ConnectionsPage::openPush()
{
    const auto c = selectedConnection();
    if (!c || !m_syncService || c->isDemo || !offers(*c, Capability::Write))
        return nullptr;
    QStringList sources;
    for (const ConnectionSummary &s : m_model->connections())
        if (s.id != c->id && !s.isDemo)
            sources << s.name;
    sources.sort(Qt::CaseInsensitive);
    auto *dialog = new PushDialog(m_syncService, c->name, sources, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PushDialog::applyFinished, this, &ConnectionsPage::refreshRequested); // Activity and health show the push
    dialog->open();
    return dialog;
}

AlertsDialog *ConnectionsPage::openAlerts()
{
    const auto c = selectedConnection();
    if (!c || !m_syncService)
        return nullptr;
    QStringList slackConnections;
    for (const ConnectionSummary &s : m_model->connections()) {
        if (s.connectorId == "slack"_L1)
            slackConnections << s.name;
    }
    auto *dialog = new AlertsDialog(m_syncService, c->id, c->name, slackConnections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ConnectionsPage::setWorkersAvailable(bool available)
{
    m_workersAvailable = available;
    updateActions();
}

void ConnectionsPage::runSelectedOnWorkers()
{
    const auto c = selectedConnection();
    if (!c || !m_workersAvailable || c->isDemo)
        return;
    Q_EMIT runOnWorkersRequested(c->name);
}

void ConnectionsPage::syncSelected()
{
    const auto c = selectedConnection();
    if (!c || !m_syncService || !m_sync->isEnabled())
        return;
    m_syncService->start(c->name);
}

void ConnectionsPage::cancelSelectedSync()
{
    const auto c = selectedConnection();
    if (!c || !m_syncService)
        return;
    const SyncState state = m_syncs.value(c->name);
    if (state.running) {
        m_syncService->cancel(state.jobId);
        m_syncStatus->setText(tr("Cancelling…"));
    }
}

void ConnectionsPage::updateSummary()
{
    const auto &all = m_model->connections();
    int failed = 0;
    int degraded = 0;
    for (const auto &c : all) {
        failed += c.health == HealthStatus::Failed;
        degraded += c.health == HealthStatus::Degraded;
    }
    QString text = tr("%n connection(s)", nullptr, int(all.size()));
    if (failed)
        text += u" · "_s + tr("%n failed", nullptr, failed);
    if (degraded)
        text += u" · "_s + tr("%n degraded", nullptr, degraded);
    if (!m_filter->text().isEmpty())
        text += u" · "_s + tr("%n shown", nullptr, m_proxy->rowCount());
    m_summary->setText(text);
    m_stack->setCurrentIndex(all.isEmpty() ? 1 : 0);
}

} // namespace Orion

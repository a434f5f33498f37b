#include "mainwindow.h"

#include "activity/activitypage.h"
#include "adapters/connector.h"
#include "adapters/registry/connectorregistry.h"
#include "builder/connectorwizard.h"
#include "builder/customconnectorspage.h"
#include "common/deliver.h"
#include "common/languages.h"
#include "common/messagebanner.h"
#include "common/retranslate.h"
#include "connections/connectionspage.h"
#include "dashboard/dashboardpage.h"
#include "mappings/mappingspage.h"
#include "marketplace/marketplacepage.h"
#include "runtime/credentialstore.h"
#include "runtime/secretstore.h"
#include "services/customconnectorservice.h"
#include "services/jobqueueservice.h"
#include "services/mappingreviewservice.h"
#include "services/slackevents.h"
#include "services/syncscheduler.h"
#include "services/syncservice.h"
#include "services/workspaceservice.h"
#include "services/workspacesettings.h"
#include "settings/settingspage.h"
#include "workers/workerspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {

MainWindow::MainWindow(WorkspaceService *workspace, SecretStore *secrets, std::shared_ptr<CredentialStore> credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_banner(new MessageBanner(this))
    , m_recoveryBanner(new MessageBanner(this))
    , m_connectionsPage(new ConnectionsPage(this))
    , m_activityPage(new ActivityPage(this))
    , m_dashboardPage(new DashboardPage(this))
    , m_sync(new SyncService(credentials ? std::move(credentials) : CredentialStore::createDefault(), this))
    , m_scheduler(new SyncScheduler(workspace, m_sync, this))
    , m_slackEvents(new SlackEvents(m_sync->credentials(), this))
    , m_mappingReview(new MappingReviewService(workspace, m_sync, this))
    , m_jobQueue(new JobQueueService(workspace, this))
    , m_mappingsPage(new MappingsPage(m_mappingReview, this))
    , m_customConnectors(new CustomConnectorService(workspace, m_sync->credentials(), this))
    , m_marketplacePage(new MarketplacePage(m_customConnectors, this))
    , m_customConnectorsPage(new CustomConnectorsPage(m_customConnectors, this))
    , m_workersPage(new WorkersPage(workspace, this))
    , m_settingsPage(new SettingsPage(this))
    , m_databaseLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setWindowIcon(QIcon(u":/icons/org.orion.ConnectorStudio.svg"_s));
    m_workspace->setCredentials(m_sync->credentials());

    // Side navigation: icons above short labels, keyboard reachable (Ctrl+1…).
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setViewMode(QListView::ListMode);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(170);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto addPage = [this](const QString &icon, QWidget *page) {
        auto *item = new QListWidgetItem(QString(), m_navigation);
        item->setData(Qt::UserRole, icon);
        item->setSizeHint(QSize(0, 40));
        m_pages->addWidget(page);
    };
    addPage(u":/icons/connections.svg"_s, m_connectionsPage);
    addPage(u":/icons/activity.svg"_s, m_activityPage);
    addPage(u":/icons/dashboard.svg"_s, m_dashboardPage);
    addPage(u":/icons/mappings.svg"_s, m_mappingsPage);
    addPage(u":/icons/marketplace.svg"_s, m_marketplacePage);
    addPage(u":/icons/customconnectors.svg"_s, m_customConnectorsPage);
    addPage(u":/icons/workers.svg"_s, m_workersPage);
    addPage(u":/icons/settings.svg"_s, m_settingsPage);
    refreshNavigation();

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(12, 12, 12, 6);
    contentLayout->addWidget(m_recoveryBanner);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_pages, 1);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    // Status bar: the open database on the right, progress and cancel while busy.
    m_databaseLabel->setObjectName(u"databaseStatus"_s);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    setupMenus();
    onLanguageChange(this, [this] {
        m_navigation->setAccessibleName(tr("Pages"));
        const QStringList labels = {tr("Connections"), tr("Activity"),          tr("Dashboard"), tr("Mappings"),
                                    tr("Marketplace"), tr("Custom Connectors"), tr("Workers"),   tr("Settings")};
        for (int row = 0; row < labels.size(); ++row)
            m_navigation->item(row)->setText(labels.at(row));
        updateWindowTitle();
        rebuildRecentMenu();
        m_cancel->setText(tr("Cancel"));
        if (m_workspace->isOpen())
            m_databaseLabel->setToolTip(
                tr("%1, schema version %2").arg(m_workspace->current().serverVersion).arg(m_workspace->current().schemaVersion));
        else if (!m_workspace->isBusy())
            m_databaseLabel->setText(tr("No workspace open"));
    });

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::updateWindowTitle);
    connect(m_cancel, &QToolButton::clicked, m_workspace, &WorkspaceService::cancel);
    connect(m_workspace, &WorkspaceService::workspaceOpened, this, &MainWindow::onWorkspaceOpened);
    connect(m_workspace, &WorkspaceService::workspaceOpenFailed, this, &MainWindow::onWorkspaceOpenFailed);
    connect(m_workspace, &WorkspaceService::workspaceDamaged, this, &MainWindow::onWorkspaceDamaged);
    connect(m_workspace, &WorkspaceService::workspaceRecovered, this, [this](const DatabaseConfig &config, const QString &summary) {
        m_recoveryBanner->hide();
        m_recoverySummary = summary; // said once the recovered workspace has opened
        m_banner->showMessage(MessageBanner::Kind::Information, summary);
        m_workspace->open(config, config.engine == DatabaseConfig::Engine::Sqlite ? QString() : m_workspace->password());
    });
    connect(m_workspace, &WorkspaceService::workspaceRecoveryFailed, this, [this](const DatabaseConfig &config, const QString &error) {
        showRecoveryOffer(config, tr("The workspace %1 was not recovered: %2").arg(config.displayName(), error));
    });
    connect(m_workspace, &WorkspaceService::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_workspace, &WorkspaceService::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_workspace, &WorkspaceService::connectionsAvailable, this, [this](const ConnectionSummaries &list) {
        m_connectionsPage->setConnections(list);
        m_slackEvents->setConnections(list);
        m_dashboardPage->setConnections(list);
        m_mappingsPage->setConnections(list);
        m_marketplacePage->refresh();
        m_customConnectors->loadCatalog(); // also makes the deployed ones known to Add Connection, Edit… and Sync Now
        Q_EMIT workspaceReady();
    });
    connect(m_workspace, &WorkspaceService::operationFailed, this,
            [this](const QString &error) { m_banner->showMessage(MessageBanner::Kind::Error, error); });
    connect(m_workspace, &WorkspaceService::demoSeeded, this, [this](int connections, qint64 runs) {
        statusBar()->showMessage(tr("Demo workspace ready in %1: %2, %3")
                                     .arg(QDir::toNativeSeparators(WorkspaceSettings::demoSqlitePath()), tr("%n connection(s)", nullptr, connections),
                                          tr("%n sync run(s) of history", nullptr, int(runs))),
                                 12000);
    });
    connect(m_connectionsPage, &ConnectionsPage::demoWorkspaceRequested, this, &MainWindow::requestDemoWorkspace);
    connect(m_connectionsPage, &ConnectionsPage::refreshRequested, m_workspace, &WorkspaceService::refreshConnections);
    connect(m_settingsPage, &SettingsPage::applyRequested, this, &MainWindow::applySettings);
    connect(m_marketplacePage, &MarketplacePage::buildRequested, this, [this] { openConnectorBuilder(); });
    // Custom connectors: the catalog answer also updated the registry the connection actions consult.
    connect(m_customConnectors, &CustomConnectorService::catalogAvailable, m_connectionsPage, &ConnectionsPage::connectorsChanged);
    connect(m_customConnectorsPage, &CustomConnectorsPage::buildRequested, this, [this] { openConnectorBuilder(); });
    connect(m_customConnectorsPage, &CustomConnectorsPage::editRequested, this, &MainWindow::editCustomConnector);
    connect(m_customConnectorsPage, &CustomConnectorsPage::changed, m_marketplacePage, &MarketplacePage::refresh);
    connect(m_marketplacePage, &MarketplacePage::changed, m_customConnectors, &CustomConnectorService::loadCatalog);

    // Connections: edit, remove, sync; Activity: the run history.
    m_connectionsPage->setSyncService(m_sync);
    connect(m_connectionsPage, &ConnectionsPage::saveRequested, this, &MainWindow::saveConnection);
    connect(m_connectionsPage, &ConnectionsPage::removeRequested, m_workspace, &WorkspaceService::removeConnection);
    connect(m_connectionsPage, &ConnectionsPage::message, this, [this](const QString &text, bool error) {
        m_banner->showMessage(error ? MessageBanner::Kind::Error : MessageBanner::Kind::Information, text);
    });
    connect(m_connectionsPage, &ConnectionsPage::syncFinished, this, [this] {
        m_workspace->refreshConnections();
        m_workspace->refreshRuns();
    });
    connect(m_workspace, &WorkspaceService::connectionSaved, this, [this](qint64, const QString &name) {
        statusBar()->showMessage(tr("Saved connection \"%1\".").arg(name), 6000);
        m_connectionsPage->selectConnection(name);
    });
    connect(m_workspace, &WorkspaceService::operationWarning, this,
            [this](const QString &warning) { m_banner->showMessage(MessageBanner::Kind::Warning, warning); });
    connect(m_workspace, &WorkspaceService::connectionRemoved, this, [this](qint64, const QString &name) {
        statusBar()->showMessage(tr("Removed connection \"%1\".").arg(name), 6000);
        m_workspace->refreshRuns();
    });
    connect(m_workspace, &WorkspaceService::runsAvailable, m_activityPage, &ActivityPage::setRuns);
    // Dashboard: queries run on the workspace thread and are current without a refresh of
    // PostgreSQL's view (the runs since its last refresh are added). Live refresh from this app's
    // syncs and, on PostgreSQL, from every client's (NOTIFY orion_sync_recorded).
    connect(m_dashboardPage, &DashboardPage::queryRequested, m_workspace, &WorkspaceService::queryAnalytics);
    connect(m_workspace, &WorkspaceService::analyticsAvailable, m_dashboardPage, &DashboardPage::showResult);
    connect(m_workspace, &WorkspaceService::analyticsFailed, m_dashboardPage, &DashboardPage::showError);
    // The view itself is refreshed CONCURRENTLY 30 s after the first run it lacks (debounced: a burst
    // of runs costs one refresh) and every 5 minutes, on a connection of its own.
    auto *viewRefresh = new QTimer(this);
    viewRefresh->setSingleShot(true);
    viewRefresh->setInterval(std::chrono::seconds(30));
    connect(viewRefresh, &QTimer::timeout, m_workspace, &WorkspaceService::refreshAnalyticsView);
    const auto runRecorded = [this, viewRefresh] {
        m_dashboardPage->requestRefresh();
        if (!viewRefresh->isActive())
            viewRefresh->start();
    };
    connect(m_workspace, &WorkspaceService::runRecorded, this, runRecorded);
    connect(m_sync, &SyncService::jobFinished, this, runRecorded);
    connect(m_scheduler, &SyncScheduler::fired, this, [this](const QString &connection, const QDateTime &slot, int jobId) {
        statusBar()->showMessage(
            jobId ? tr("Scheduled sync of \"%1\" started (slot %2).").arg(connection, QLocale().toString(slot.toLocalTime(), QLocale::ShortFormat))
                  : tr("The scheduled sync of \"%1\" did not start: it is already running.").arg(connection),
            8000);
        m_workspace->refreshConnections(); // the next run moved on
    });
    connect(m_connectionsPage, &ConnectionsPage::runOnWorkersRequested, m_jobQueue, &JobQueueService::enqueueConnection);
    connect(m_jobQueue, &JobQueueService::enqueued, this, [this](const QString &connection, const QList<qint64> &ids, const QString &error) {
        if (ids.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Error, error);
            return;
        }
        statusBar()->showMessage(tr("Queued %n job(s) of \"%1\" for the workers (Workers, Ctrl+7).", nullptr, int(ids.size())).arg(connection), 8000);
        m_workersPage->refresh();
    });
    connect(m_scheduler, &SyncScheduler::failed, this,
            [this](const QString &error) { m_banner->showMessage(MessageBanner::Kind::Error, tr("Schedules: %1").arg(error)); });
    auto *analyticsSchedule = new QTimer(this);
    analyticsSchedule->setInterval(std::chrono::minutes(5));
    connect(analyticsSchedule, &QTimer::timeout, this, [this] {
        m_workspace->refreshAnalyticsView();
        if (currentPage() == DashboardPageIndex)
            m_dashboardPage->requestRefresh(); // "the last 24 hours" moves on
    });
    analyticsSchedule->start();
    connect(m_dashboardPage, &DashboardPage::runsRequested, this, [this](const QString &connection, const QDate &day) {
        m_activityPage->showRunsOf(connection, day);
        showPage(ActivityPageIndex);
    });
    // Sync approvals clicked in Slack (Socket Mode) start the sync they approve, once the service
    // has checked the connection is this user's and the clicker one of its approvers.
    connect(m_slackEvents, &SlackEvents::syncDecision, m_mappingReview, &MappingReviewService::recordSlackSyncDecision);
    // A decision clicked in Slack counts only when the Slack user is on the connection's approvers
    // list (MappingReviewService::slackDecisionOn); either way the window says what happened.
    connect(m_slackEvents, &SlackEvents::mappingDecision, m_mappingReview, &MappingReviewService::recordSlackDecision);
    connect(m_mappingReview, &MappingReviewService::finished, this, [this](const MappingReviewService::Outcome &o) {
        if (o.operation == MappingReviewService::Operation::SlackDecision || o.operation == MappingReviewService::Operation::SlackSyncDecision)
            statusBar()->showMessage(o.message, 10000);
        if (o.operation == MappingReviewService::Operation::SlackSyncDecision && o.ok && o.approved)
            m_sync->start(o.connectionName);
    });
    connect(m_slackEvents, &SlackEvents::listenerStateChanged, this,
            [this](const QString &slack, const QString &state) { statusBar()->showMessage(tr("Slack events (%1): %2").arg(slack, state), 5000); });
    connect(m_activityPage, &ActivityPage::refreshRequested, m_workspace, [this] { m_workspace->refreshRuns(); });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == ActivityPageIndex && m_workspace->isOpen())
            m_workspace->refreshRuns();
    });
    connect(m_settingsPage, &SettingsPage::languageChanged, this, [this](const QString &code) {
        WorkspaceSettings::setLanguage(code);
        Languages::install(qApp, code); // every widget retranslates on the LanguageChange this sends
        statusBar()->showMessage(tr("Language changed."), 5000);
    });

    // The mapping assistant: settings from QSettings (or the environment), the key from the keychain.
    const auto loadLlm = [this] {
        const LlmSettings settings = WorkspaceSettings::llmSettings();
        m_secrets->read(WorkspaceSettings::llmKeyName(), [this, settings](bool found, const QString &value, const QString &) {
            LlmSettings withKey = settings;
            if (found && !value.isEmpty())
                withKey.apiKey = value;
            m_mappingsPage->setLlmSettings(withKey);
            m_llmSettings = withKey;
            m_settingsPage->setLlmSettings(settings, found || !settings.apiKey.isEmpty());
        });
    };
    connect(m_settingsPage, &SettingsPage::llmApplied, this, [this, loadLlm](const LlmSettings &settings, const QString &key) {
        WorkspaceSettings::setLlmSettings(settings);
        if (!m_settingsPage->defaultPhoneRegion().isEmpty())
            WorkspaceSettings::setDefaultPhoneRegion(m_settingsPage->defaultPhoneRegion());
        if (key.isEmpty()) {
            loadLlm();
            statusBar()->showMessage(tr("Mapping assistant settings saved."), 5000);
            return;
        }
        m_secrets->write(WorkspaceSettings::llmKeyName(), key, [this, loadLlm](const QString &error) {
            if (!error.isEmpty())
                m_banner->showMessage(MessageBanner::Kind::Error, tr("The API key was not saved: %1").arg(error));
            else
                statusBar()->showMessage(tr("Mapping assistant settings saved; the key is in %1.").arg(m_secrets->backendName()), 5000);
            loadLlm();
        });
    });
    loadLlm();
    m_settingsPage->setDefaultPhoneRegion(WorkspaceSettings::defaultPhoneRegion());

    m_settingsPage->setDatabaseConfig(WorkspaceSettings::databaseConfig());
    m_settingsPage->setLanguage(WorkspaceSettings::language());
    m_navigation->setCurrentRow(ConnectionsPageIndex);
    resize(1100, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        refreshNavigation();
    QMainWindow::changeEvent(event);
}

void MainWindow::refreshNavigation()
{
    // The side navigation blends with the window and follows palette changes (the theme); its icons
    // are drawn in the text colours, so that the selected page's stands out on the highlight too.
    const QPalette pal = palette();
    QPalette navPalette = pal;
    navPalette.setColor(QPalette::Base, pal.color(QPalette::Window));
    m_navigation->setPalette(navPalette);
    const qreal ratio = devicePixelRatioF();
    const QSize size = m_navigation->iconSize();
    auto tinted = [&](const QIcon &source, const QColor &colour) {
        QPixmap pixmap = source.pixmap(size, ratio);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), colour);
        return pixmap;
    };
    QColor normal = pal.color(QPalette::WindowText);
    normal.setAlphaF(0.75);
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        const QIcon source(item->data(Qt::UserRole).toString());
        QIcon icon;
        icon.addPixmap(tinted(source, normal), QIcon::Normal);
        icon.addPixmap(tinted(source, pal.color(QPalette::HighlightedText)), QIcon::Selected);
        item->setIcon(icon);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WorkspaceSettings::setWindowLayout(saveGeometry(), saveState(), m_navigation->currentRow());
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = WorkspaceSettings::windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(WorkspaceSettings::windowState());
    const int page = WorkspaceSettings::lastPage();
    if (page >= 0 && page < m_navigation->count())
        m_navigation->setCurrentRow(page);
}

void MainWindow::updateWindowTitle()
{
    // "Dashboard — workspace.db — Orion Connector Studio": where one is, in the task bar too.
    QStringList parts;
    if (const QListWidgetItem *item = m_navigation->currentItem())
        parts << item->text();
    if (m_workspace->isOpen()) {
        const DatabaseConfig &config = m_workspace->current().config;
        parts << (config.engine == DatabaseConfig::Engine::Sqlite ? QFileInfo(config.sqlitePath).fileName()
                                                                  : u"%1/%2"_s.arg(config.host, config.database));
    }
    parts << tr("Orion Connector Studio");
    setWindowTitle(parts.join(u" — "_s));
}

ConnectorWizard *MainWindow::openConnectorBuilder(bool offerDraft)
{
    auto *wizard = new ConnectorWizard(m_workspace, m_sync->credentials(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setLlmSettings(m_llmSettings);
    const QStringList drafts = offerDraft ? ConnectorWizard::drafts() : QStringList();
    if (!drafts.isEmpty()) {
        const QFileInfo newest(drafts.first());
        QMessageBox ask(
            QMessageBox::Question, tr("Resume Draft"),
            tr("A connector draft from %1 was not finished. Resume it?").arg(QLocale().toString(newest.lastModified(), QLocale::ShortFormat)),
            QMessageBox::NoButton, this);
        QPushButton *resume = ask.addButton(tr("&Resume Draft"), QMessageBox::AcceptRole);
        QPushButton *fresh = ask.addButton(tr("Start &New"), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(resume);
        ask.exec();
        if (ask.clickedButton() == resume) {
            QString error;
            wizard->show();
            if (!wizard->loadDraft(newest.absoluteFilePath(), &error))
                m_banner->showMessage(MessageBanner::Kind::Error, error);
            return wizard;
        }
        if (ask.clickedButton() != fresh) {
            wizard->deleteLater();
            return nullptr;
        }
        QFile::remove(newest.absoluteFilePath());
    }
    connect(wizard, &ConnectorWizard::saved, this,
            [this](const QString &connectorId, int version, bool deployed, bool published, const QString &error) {
                if (!error.isEmpty())
                    return; // shown on the wizard's page
                statusBar()->showMessage(published      ? tr("%1 version %2 saved and submitted to the marketplace").arg(connectorId).arg(version)
                                             : deployed ? tr("%1 version %2 saved and deployed").arg(connectorId).arg(version)
                                                        : tr("%1 version %2 saved").arg(connectorId).arg(version),
                                         8000);
                m_marketplacePage->refresh();
                m_customConnectors->loadCatalog();
            });
    wizard->show();
    return wizard;
}

ConnectorWizard *MainWindow::editCustomConnector(const QString &name)
{
    ConnectorWizard *wizard = openConnectorBuilder(false);
    if (wizard)
        wizard->editExisting(name);
    return wizard;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QString MainWindow::databaseStatusText() const
{
    return m_databaseLabel->text();
}

void MainWindow::openConfiguredWorkspace()
{
    openWorkspace(WorkspaceSettings::databaseConfig());
}

void MainWindow::openWorkspace(const DatabaseConfig &config, const QString &password)
{
    if (config.engine == DatabaseConfig::Engine::Sqlite || !password.isEmpty()) {
        m_workspace->open(config, password);
        return;
    }
    m_databaseLabel->setText(tr("Reading the password from %1…").arg(m_secrets->backendName()));
    m_secrets->read(config.secretKey(), [this, config](bool found, const QString &value, const QString &error) {
        if (!error.isEmpty())
            m_banner->showMessage(MessageBanner::Kind::Warning, error);
        m_settingsPage->setPasswordSaved(found);
        m_workspace->open(config, value);
    });
}

void MainWindow::createDemoWorkspace()
{
    if (m_workspace->isBusy()) {
        // Opening or seeding is under way (at start-up the saved workspace is still opening): the demo
        // follows as soon as it is done instead of being dropped.
        m_demoRequested = true;
        statusBar()->showMessage(tr("The demo workspace is created when the current operation has finished…"));
        return;
    }
    m_demoRequested = false;
    m_saveOnOpen = true;
    m_pendingPassword.clear();
    m_workspace->openDemo(DatabaseConfig::sqlite(WorkspaceSettings::demoSqlitePath()), QString(), DemoRequest{});
}

void MainWindow::applySettings(const DatabaseConfig &config, const QString &password)
{
    m_saveOnOpen = true;
    m_pendingPassword = password;
    openWorkspace(config, password);
}

void MainWindow::saveConnection(qint64 id, const NewConnection &connection, const QHash<QString, QString> &secrets)
{
    // The workspace thread saves the row and then the secrets, undoing both if either fails.
    m_workspace->saveConnection(id, connection, secrets);
}

void MainWindow::onWorkspaceOpened(const WorkspaceInfo &info)
{
    m_banner->hide();
    m_recoveryBanner->hide(); // shown again if this workspace is damaged too
    if (!m_recoverySummary.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Information, std::exchange(m_recoverySummary, QString()));
    m_sync->setDatabase(info.config, m_workspace->password());
    m_connectionsPage->setWorkersAvailable(info.config.engine == DatabaseConfig::Engine::PostgreSql);
    m_databaseLabel->setText(info.config.displayName());
    m_databaseLabel->setToolTip(tr("%1, schema version %2").arg(info.serverVersion).arg(info.schemaVersion));
    if (info.migrationsApplied > 0 && info.migrationsApplied == info.schemaVersion)
        statusBar()->showMessage(tr("New workspace created."), 6000);
    else if (info.migrationsApplied > 0)
        statusBar()->showMessage(tr("Workspace upgraded to schema version %1.").arg(info.schemaVersion), 6000);
    WorkspaceSettings::addRecentWorkspace(info.config);
    rebuildRecentMenu();
    updateWindowTitle();
    if (m_saveOnOpen) {
        m_saveOnOpen = false;
        WorkspaceSettings::setDatabaseConfig(info.config);
        m_settingsPage->setDatabaseConfig(info.config);
        if (info.config.engine == DatabaseConfig::Engine::PostgreSql && !m_pendingPassword.isEmpty()) {
            m_secrets->write(info.config.secretKey(), m_pendingPassword, [this](const QString &error) {
                if (error.isEmpty())
                    m_settingsPage->setPasswordSaved(true);
                else
                    m_banner->showMessage(MessageBanner::Kind::Warning, error);
            });
        }
        m_pendingPassword.clear();
    }
}

void MainWindow::onWorkspaceDamaged(const DatabaseConfig &config, const QStringList &problems)
{
    if (config.engine != DatabaseConfig::Engine::Sqlite)
        return;
    QString text = tr("The workspace %1 is damaged: %2").arg(config.displayName(), problems.mid(0, 3).join(u"; "_s));
    if (problems.size() > 3)
        text += tr(" (and %n more finding(s))", nullptr, int(problems.size() - 3));
    showRecoveryOffer(
        config, text + u"\n"_s + tr("Recovery keeps a copy of the damaged file, then repairs the workspace or restores its newest sound backup."));
}

void MainWindow::showRecoveryOffer(const DatabaseConfig &config, const QString &text)
{
    m_recoveryBanner->showMessage(MessageBanner::Kind::Error, text);
    m_recoveryBanner->setAction(tr("&Recover Workspace…"), [this, config] {
        const auto answer = QMessageBox::question(
            this, tr("Recover Workspace"),
            tr("Repair %1 now?\n\nA copy of the damaged file is kept in %2. Close other programs using this workspace "
               "(orion commands, workers) first.")
                .arg(QDir::toNativeSeparators(config.sqlitePath), QDir::toNativeSeparators(WorkspaceService::backupFolder(config))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            m_workspace->recover(config);
    });
}

void MainWindow::onWorkspaceOpenFailed(const DatabaseConfig &config, const QString &error)
{
    Q_UNUSED(config)
    m_saveOnOpen = false;
    m_pendingPassword.clear();
    const QString current = m_workspace->isOpen() ? tr("The workspace %1 stays open.").arg(m_workspace->current().config.displayName())
                                                  : tr("No workspace is open; choose another one in Settings.");
    m_banner->showMessage(MessageBanner::Kind::Error, error + u"\n"_s + current);
    if (!m_workspace->isOpen())
        m_databaseLabel->setText(tr("No workspace open"));
    else
        m_databaseLabel->setText(m_workspace->current().config.displayName());
}

void MainWindow::onBusyChanged(bool busy, const QString &activity)
{
    if (!busy && m_demoRequested)
        QTimer::singleShot(0, this, &MainWindow::createDemoWorkspace);
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(busy);
    if (busy)
        statusBar()->showMessage(activity);
    else
        statusBar()->clearMessage();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Orion Connector Studio"),
                       tr("<h3>Orion Connector Studio %1</h3><p>Build, map and monitor connectors between business "
                          "systems.</p><p>Built with Qt %2.</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace Orion

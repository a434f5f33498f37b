#pragma once

#include "connections/connectionsummary.h"
#include "workspace/databaseconfig.h"

#include "mapping/llmmapper.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace Orion {

class ActivityPage;
class DashboardPage;
class ConnectionsPage;
class MappingsPage;
class MarketplacePage;
class ConnectorWizard;
class CredentialStore;
class SlackEvents;
class SyncService;
class MessageBanner;
class SecretStore;
class SettingsPage;
class WorkspaceService;
struct WorkspaceInfo;

// The shell: side navigation, the pages, the status bar showing the open database. Wires services
// to pages; holds no logic of its own beyond that.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        ConnectionsPageIndex,
        ActivityPageIndex,
        DashboardPageIndex,
        MappingsPageIndex,
        MarketplacePageIndex,
        CustomConnectorsPageIndex,
        WorkersPageIndex,
        SettingsPageIndex
    };

    // `credentials` holds connection secrets for syncs (default: the system keychain, or the owner-only
    // secrets file where there is none).
    MainWindow(WorkspaceService *workspace, SecretStore *secrets, std::shared_ptr<CredentialStore> credentials = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace saved in the settings (the embedded SQLite one by default).
    void openConfiguredWorkspace();
    // Opens `config`, reading its password from the secret store when `password` is empty.
    void openWorkspace(const DatabaseConfig &config, const QString &password = {});
    void createDemoWorkspace();
    // File ▸ New Demo Workspace and the empty page's button: asks first, saying where the demo goes
    // and how to come back.
    void requestDemoWorkspace();
    // File ▸ Open Workspace…: a SQLite file chosen in a dialog.
    void chooseWorkspaceFile();
    // The size, position, toolbars and page of the last session (orion-studio calls it at start-up).
    void restoreLayout();

    void showPage(Page page);
    Page currentPage() const;
    ConnectionsPage *connectionsPage() const { return m_connectionsPage; }
    ActivityPage *activityPage() const { return m_activityPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    MappingsPage *mappingsPage() const { return m_mappingsPage; }
    MarketplacePage *marketplacePage() const { return m_marketplacePage; }
    class CustomConnectorsPage *customConnectorsPage() const { return m_customConnectorsPage; }
    class WorkersPage *workersPage() const { return m_workersPage; }
    // The connector builder (File ▸ New Custom Connector…); offers to resume the newest draft.
    ConnectorWizard *openConnectorBuilder(bool offerDraft = true);
    // The builder on the newest saved version of custom connector NAME (saving makes the next one).
    ConnectorWizard *editCustomConnector(const QString &name);
    SyncService *syncService() const { return m_sync; }
    SlackEvents *slackEvents() const { return m_slackEvents; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    MessageBanner *banner() const { return m_banner; }
    // Shown while the open workspace is damaged, with its Recover action; other messages go to banner().
    MessageBanner *recoveryBanner() const { return m_recoveryBanner; }
    QString databaseStatusText() const;

Q_SIGNALS:
    void workspaceReady(); // opened and its connections shown

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setupMenus();
    void onWorkspaceOpened(const WorkspaceInfo &info);
    void onWorkspaceDamaged(const Orion::DatabaseConfig &config, const QStringList &problems);
    void showRecoveryOffer(const Orion::DatabaseConfig &config, const QString &text);
    void onWorkspaceOpenFailed(const DatabaseConfig &config, const QString &error);
    void onBusyChanged(bool busy, const QString &activity);
    void applySettings(const DatabaseConfig &config, const QString &password);
    void showAbout();
    void showShortcuts();
    void updateWindowTitle();
    void refreshNavigation();
    void rebuildRecentMenu();
    void saveConnection(qint64 id, const NewConnection &connection, const QHash<QString, QString> &secrets);

    WorkspaceService *m_workspace;
    SecretStore *m_secrets;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    MessageBanner *m_banner;
    MessageBanner *m_recoveryBanner;
    QString m_recoverySummary;
    ConnectionsPage *m_connectionsPage;
    ActivityPage *m_activityPage;
    DashboardPage *m_dashboardPage;
    SyncService *m_sync;
    class SyncScheduler *m_scheduler; // fires due schedules on m_sync's pool
    SlackEvents *m_slackEvents;
    class MappingReviewService *m_mappingReview;
    class JobQueueService *m_jobQueue;
    MappingsPage *m_mappingsPage;
    class CustomConnectorService *m_customConnectors;
    MarketplacePage *m_marketplacePage;
    class CustomConnectorsPage *m_customConnectorsPage;
    class WorkersPage *m_workersPage;
    SettingsPage *m_settingsPage;
    QLabel *m_databaseLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    class QMenu *m_recentMenu = nullptr;
    class QActionGroup *m_themeGroup = nullptr;
    LlmSettings m_llmSettings;    // the mapping assistant, for the connector builder
    bool m_demoRequested = false; // New Demo Workspace while busy: done when the service is idle
    bool m_saveOnOpen = false;    // persist the config once it opened (Settings → Apply)
    QString m_pendingPassword;    // written to the keychain once the workspace opened
};

} // namespace Orion

#pragma once

#include <functional>

#include "connections/connectionsummary.h"
#include "store/analytics.h"
#include "store/connectionstore.h"
#include "sync/syncrun.h"
#include "workspace/databaseconfig.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Orion {

class CredentialStore;
class WorkspaceWorker;

struct WorkspaceInfo
{
    DatabaseConfig config;
    int schemaVersion = 0;
    int migrationsApplied = 0;
    QString serverVersion;
    QString userName;
};

struct DemoRequest
{
    int connections = 6;
    int days = 90;
};

// The GUI's handle on the open workspace. All database work runs on the service's own thread (one
// QSqlDatabase connection lives there); requests return at once and results arrive as signals
// carrying values. Opening a new workspace replaces the current one only when it succeeded.
class WorkspaceService : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceService(QObject *parent = nullptr);
    ~WorkspaceService() override;

    void open(const DatabaseConfig &config, const QString &password);
    // Opens (creating and migrating) the workspace, then replaces its demo connections and history.
    void openDemo(const DatabaseConfig &config, const QString &password, const DemoRequest &request);
    void refreshConnections();
    // SQLite: repairs a damaged workspace file (WorkspaceBackup::recover: a copy of the damaged file
    // is kept first). workspaceRecovered or workspaceRecoveryFailed; open it again afterwards.
    void recover(const DatabaseConfig &config);
    static QString backupFolder(const DatabaseConfig &config); // where a SQLite workspace's backups go
    // Where connections' secrets are kept (the keychain); saves and removals write it on the workspace thread.
    void setCredentials(std::shared_ptr<CredentialStore> credentials);
    // Creates (id == 0) or updates a connection with the secrets entered for it, as one
    // (ConnectionSaver: database first, then the secrets, both undone if either fails), then
    // refreshes the list. connectionSaved or operationFailed.
    void saveConnection(qint64 id, const ConnectionStore::NewConnection &connection, const QHash<QString, QString> &secrets = {});
    // Removes the connection and its secrets. connectionRemoved or operationFailed.
    void removeConnection(qint64 id, const QString &name);
    void refreshRuns(const ConnectionStore::RunFilter &filter = {});
    // Dashboard data off the GUI thread; answers arrive as analyticsAvailable with the same id, so a
    // caller can drop answers to requests it has replaced. Current without a refresh: on PostgreSQL
    // the runs recorded since the view's last refresh are added to it.
    void queryAnalytics(int requestId, const AnalyticsFilter &filter);
    // PostgreSQL: REFRESH MATERIALIZED VIEW CONCURRENTLY on a connection of its own, so queries are
    // not held up behind it; at most one at a time (a request during one is ignored). analyticsRefreshed
    // (elapsed ms, or -1 and the error). No-op on SQLite, whose rollup is kept by triggers.
    void refreshAnalyticsView();
    // The password the open workspace was opened with (memory only), for services that open their own
    // connections (the sync engine).
    QString password() const { return m_password; }
    void cancel(); // stops demo seeding (rolled back)

    bool isOpen() const { return m_open; }
    const WorkspaceInfo &current() const { return m_current; }
    bool isBusy() const { return m_busy > 0; }

    // Blocking probe for QtConcurrent: connects without migrating and reports the server version and
    // schema state, or the exact error.
    struct ProbeResult
    {
        bool ok = false;
        QString serverVersion;
        int schemaVersion = 0;
        int supportedVersion = 0;
        QString error;
    };
    static ProbeResult probe(const DatabaseConfig &config, const QString &password);

Q_SIGNALS:
    void workspaceOpened(const Orion::WorkspaceInfo &info);
    void workspaceOpenFailed(const Orion::DatabaseConfig &config, const QString &error);
    // SQLite found damage while opening (the open failed, or quick_check listed problems).
    void workspaceDamaged(const Orion::DatabaseConfig &config, const QStringList &problems);
    void workspaceRecovered(const Orion::DatabaseConfig &config, const QString &summary);
    void workspaceRecoveryFailed(const Orion::DatabaseConfig &config, const QString &error);
    void connectionsAvailable(const Orion::ConnectionSummaries &connections);
    void connectionSaved(qint64 id, const QString &name);
    void connectionRemoved(qint64 id, const QString &name);
    void runsAvailable(const QList<Orion::SyncRun> &runs);
    void analyticsAvailable(int requestId, const Orion::AnalyticsResult &result);
    void analyticsFailed(int requestId, const QString &error);
    // PostgreSQL NOTIFY orion_sync_recorded: a run was recorded by any client or worker.
    void runRecorded();
    void analyticsRefreshed(qint64 elapsedMs, const QString &error);
    void operationFailed(const QString &error);
    void operationWarning(const QString &warning); // done, but something needs the user's attention
    void demoSeeded(int connections, qint64 runs);
    void progressChanged(qint64 done, qint64 total);
    void busyChanged(bool busy, const QString &activity);

private:
    // The typed services run their work on the workspace thread through submit(); pages and dialogs
    // call those services and cannot reach the workspace themselves.
    friend class CustomConnectorService;
    friend class JobQueueService;
    friend class MappingReviewService;
    friend class SyncScheduler;
    // Runs a task on the workspace thread with the open workspace (nullptr when none is open). The task
    // delivers its result itself, e.g. QMetaObject::invokeMethod(qApp, …) checked by a QPointer.
    void submit(std::function<void(Workspace *)> task);

    void beginBusy(const QString &activity);
    void endBusy();

    QThread m_thread;
    WorkspaceWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic_bool> m_refreshing = std::make_shared<std::atomic_bool>(false);
    WorkspaceInfo m_current;
    std::shared_ptr<CredentialStore> m_credentials;
    QString m_password;
    QString m_pendingPassword;
    bool m_open = false;
    int m_busy = 0;
};

} // namespace Orion

Q_DECLARE_METATYPE(Orion::WorkspaceInfo)

#include "services/workspaceservice.h"

#include "services/connectionsaver.h"
#include "store/connectionstore.h"
#include "store/demoseeder.h"
#include "store/migrator.h"
#include "store/workspace.h"
#include "store/workspacebackup.h"

#include "store/schedulestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QSqlDriver>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace Orion {

// Lives on the service thread and owns the Workspace (and so the QSqlDatabase connection).
class WorkspaceWorker : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    Workspace *workspace() const { return m_workspace.get(); }

    void open(const DatabaseConfig &config, const QString &password, const DemoRequest *demo, const std::shared_ptr<std::atomic_bool> &cancel)
    {
        QString error;
        Workspace::Options openOptions;
        openOptions.quickCheck = true; // once per open in the app, so damage is offered for recovery
        Workspace::OpenStatus status = Workspace::OpenStatus::Failed;
        auto workspace = Workspace::open(config, password, &error, openOptions, &status);
        if (!workspace) {
            Q_EMIT openFailed(config, error);
            if (status == Workspace::OpenStatus::Damaged)
                Q_EMIT damaged(config, {error});
            return;
        }
        if (demo) {
            DemoSeeder seeder(*workspace);
            DemoSeeder::Options options;
            options.connections = demo->connections;
            options.days = demo->days;
            DemoSeeder::Result result;
            auto progress = [this](qint64 done, qint64 total) { Q_EMIT progressChanged(done, total); };
            if (!seeder.seed(options, &result, &error, progress, cancel.get())) {
                Q_EMIT openFailed(config, error);
                return;
            }
            Q_EMIT demoSeeded(result.connections, result.metrics);
        }
        WorkspaceInfo info{workspace->config(), workspace->schemaVersion(), workspace->migrationsApplied(), workspace->serverVersion(),
                           workspace->userName()};
        m_workspace = std::move(workspace);
        if (m_workspace->isPostgres()) {
            // Live dashboards: every recorded run NOTIFYs; the driver delivers it on this thread.
            QSqlDriver *driver = m_workspace->database().driver();
            driver->subscribeToNotification(u"orion_sync_recorded"_s);
            connect(driver, &QSqlDriver::notification, this, [this] { Q_EMIT runRecorded(); });
        }
        Q_EMIT opened(info);
        if (!m_workspace->problems().isEmpty())
            Q_EMIT damaged(config, m_workspace->problems());
        refresh();
    }

    void recover(const DatabaseConfig &config)
    {
        WorkspaceBackup::Recovery result;
        QString error;
        if (WorkspaceBackup::recover(config.sqlitePath, {}, &result, &error))
            Q_EMIT recovered(config, result.summary());
        else
            Q_EMIT recoveryFailed(config, error);
    }

    void refresh()
    {
        if (!m_workspace)
            return;
        QString error;
        ConnectionStore store(*m_workspace);
        const ConnectionSummaries connections = store.connections(&error);
        if (!error.isEmpty())
            Q_EMIT failed(error);
        else
            Q_EMIT connectionsAvailable(connections);
    }

    void save(qint64 id, const ConnectionStore::NewConnection &connection, const QHash<QString, QString> &secrets,
              const std::shared_ptr<CredentialStore> &credentials)
    {
        if (!m_workspace)
            return;
        QString error;
        const ConnectionSaver::Saved saved = ConnectionSaver::save(*m_workspace, credentials.get(), id, connection, secrets, &error);
        if (!saved.id) {
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT this->saved(saved.id, saved.name);
        if (!saved.warning.isEmpty())
            Q_EMIT warned(saved.warning);
        refresh();
    }

    void remove(qint64 id, const QString &name, const std::shared_ptr<CredentialStore> &credentials)
    {
        if (!m_workspace)
            return;
        QString error;
        if (!ConnectionSaver::remove(*m_workspace, credentials.get(), id, &error)) {
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT removed(id, name);
        refresh();
    }

    void runs(const ConnectionStore::RunFilter &filter)
    {
        if (!m_workspace)
            return;
        QString error;
        ConnectionStore store(*m_workspace);
        const QList<SyncRun> list = store.runs(filter, &error);
        if (!error.isEmpty())
            Q_EMIT failed(error);
        else
            Q_EMIT runsAvailable(list);
    }

    void analytics(int requestId, const AnalyticsFilter &filter)
    {
        if (!m_workspace) {
            // Always answered: a dashboard waiting for this answer would otherwise never ask again
            // (at start-up its first query can come before the workspace has opened).
            Q_EMIT analyticsFailed(requestId, WorkspaceService::tr("No workspace is open yet."));
            return;
        }
        QString error;
        AnalyticsResult result;
        if (!Analytics::query(*m_workspace, filter, &result, &error))
            Q_EMIT analyticsFailed(requestId, error);
        else
            Q_EMIT analyticsAvailable(requestId, result);
    }

Q_SIGNALS:
    void analyticsAvailable(int requestId, const Orion::AnalyticsResult &result);
    void analyticsFailed(int requestId, const QString &error);
    void runRecorded();
    void saved(qint64 id, const QString &name);
    void removed(qint64 id, const QString &name);
    void warned(const QString &warning);
    void runsAvailable(const QList<Orion::SyncRun> &runs);
    void opened(const Orion::WorkspaceInfo &info);
    void openFailed(const Orion::DatabaseConfig &config, const QString &error);
    void damaged(const Orion::DatabaseConfig &config, const QStringList &problems);
    void recovered(const Orion::DatabaseConfig &config, const QString &summary);
    void recoveryFailed(const Orion::DatabaseConfig &config, const QString &error);
    void connectionsAvailable(const Orion::ConnectionSummaries &connections);
    void failed(const QString &error);
    void demoSeeded(int connections, qint64 runs);
    void progressChanged(qint64 done, qint64 total);

private:
    std::unique_ptr<Workspace> m_workspace;
};

WorkspaceService::WorkspaceService(QObject *parent)
    : QObject(parent)
    , m_worker(new WorkspaceWorker)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<Orion::WorkspaceInfo>();
    qRegisterMetaType<Orion::DatabaseConfig>();
    qRegisterMetaType<Orion::ConnectionSummaries>();
    qRegisterMetaType<Orion::SyncRun>();
    qRegisterMetaType<QList<Orion::SyncRun>>();
    qRegisterMetaType<Orion::AnalyticsResult>();
    m_thread.setObjectName(u"orion-workspace"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &WorkspaceWorker::opened, this, [this](const WorkspaceInfo &info) {
        m_current = info;
        m_password = m_pendingPassword;
        m_open = true;
        endBusy();
        Q_EMIT workspaceOpened(info);
    });
    connect(m_worker, &WorkspaceWorker::openFailed, this, [this](const DatabaseConfig &config, const QString &error) {
        endBusy();
        Q_EMIT workspaceOpenFailed(config, error);
    });
    connect(m_worker, &WorkspaceWorker::damaged, this, &WorkspaceService::workspaceDamaged);
    connect(m_worker, &WorkspaceWorker::recovered, this, [this](const DatabaseConfig &config, const QString &summary) {
        endBusy();
        Q_EMIT workspaceRecovered(config, summary);
    });
    connect(m_worker, &WorkspaceWorker::recoveryFailed, this, [this](const DatabaseConfig &config, const QString &error) {
        endBusy();
        Q_EMIT workspaceRecoveryFailed(config, error);
    });
    connect(m_worker, &WorkspaceWorker::connectionsAvailable, this, &WorkspaceService::connectionsAvailable);
    connect(m_worker, &WorkspaceWorker::saved, this, &WorkspaceService::connectionSaved);
    connect(m_worker, &WorkspaceWorker::warned, this, &WorkspaceService::operationWarning);
    connect(m_worker, &WorkspaceWorker::removed, this, &WorkspaceService::connectionRemoved);
    connect(m_worker, &WorkspaceWorker::runsAvailable, this, &WorkspaceService::runsAvailable);
    connect(m_worker, &WorkspaceWorker::analyticsAvailable, this, &WorkspaceService::analyticsAvailable);
    connect(m_worker, &WorkspaceWorker::analyticsFailed, this, &WorkspaceService::analyticsFailed);
    connect(m_worker, &WorkspaceWorker::runRecorded, this, &WorkspaceService::runRecorded);
    connect(m_worker, &WorkspaceWorker::failed, this, &WorkspaceService::operationFailed);
    connect(m_worker, &WorkspaceWorker::demoSeeded, this, &WorkspaceService::demoSeeded);
    connect(m_worker, &WorkspaceWorker::progressChanged, this, &WorkspaceService::progressChanged);
    m_thread.start();
}

WorkspaceService::~WorkspaceService()
{
    m_cancel->store(true);
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void WorkspaceService::beginBusy(const QString &activity)
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged(true, activity);
}

void WorkspaceService::endBusy()
{
    if (m_busy == 0)
        return;
    --m_busy;
    if (m_busy == 0)
        Q_EMIT busyChanged(false, {});
}

void WorkspaceService::open(const DatabaseConfig &config, const QString &password)
{
    beginBusy(tr("Opening %1…").arg(config.displayName()));
    m_pendingPassword = password;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, config, password, cancel = m_cancel] { worker->open(config, password, nullptr, cancel); });
}

void WorkspaceService::recover(const DatabaseConfig &config)
{
    beginBusy(tr("Recovering %1…").arg(config.displayName()));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, config] { worker->recover(config); });
}

QString WorkspaceService::backupFolder(const DatabaseConfig &config)
{
    return WorkspaceBackup::folderFor(config.sqlitePath);
}

void WorkspaceService::openDemo(const DatabaseConfig &config, const QString &password, const DemoRequest &request)
{
    m_cancel->store(false);
    beginBusy(tr("Creating the demo workspace…"));
    m_pendingPassword = password;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, config, password, request, cancel = m_cancel] { worker->open(config, password, &request, cancel); });
}

void WorkspaceService::refreshConnections()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->refresh(); });
}

void WorkspaceService::setCredentials(std::shared_ptr<CredentialStore> credentials)
{
    m_credentials = std::move(credentials);
}

void WorkspaceService::saveConnection(qint64 id, const ConnectionStore::NewConnection &connection, const QHash<QString, QString> &secrets)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, connection, secrets, credentials = m_credentials] { worker->save(id, connection, secrets, credentials); });
}

void WorkspaceService::removeConnection(qint64 id, const QString &name)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, name, credentials = m_credentials] { worker->remove(id, name, credentials); });
}

void WorkspaceService::refreshRuns(const ConnectionStore::RunFilter &filter)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, filter] { worker->runs(filter); });
}

void WorkspaceService::submit(std::function<void(Workspace *)> task)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, task = std::move(task)] { task(worker->workspace()); });
}

void WorkspaceService::queryAnalytics(int requestId, const AnalyticsFilter &filter)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, requestId, filter] { worker->analytics(requestId, filter); });
}

void WorkspaceService::refreshAnalyticsView()
{
    if (!m_open || m_current.config.engine != DatabaseConfig::Engine::PostgreSql || m_refreshing->exchange(true))
        return;
    QPointer<WorkspaceService> self(this);
    QThreadPool::globalInstance()->start([self, config = m_current.config, password = m_password, busy = m_refreshing] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        {
            Workspace::Options options;
            options.migrate = false;
            auto workspace = Workspace::open(config, password, &error, options);
            if (workspace)
                Analytics::refresh(*workspace, &error);
        }
        const qint64 elapsed = error.isEmpty() ? timer.elapsed() : -1;
        busy->store(false);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, elapsed, error] {
            if (self)
                Q_EMIT self->analyticsRefreshed(elapsed, error);
        });
    });
}

void WorkspaceService::cancel()
{
    m_cancel->store(true);
}

WorkspaceService::ProbeResult WorkspaceService::probe(const DatabaseConfig &config, const QString &password)
{
    ProbeResult result;
    Workspace::Options options;
    options.migrate = false;
    options.createIfMissing = false;
    options.applicationName = u"orion-studio-probe"_s;
    auto workspace = Workspace::open(config, password, &result.error, options);
    if (!workspace)
        return result;
    result.ok = true;
    result.serverVersion = workspace->serverVersion();
    result.schemaVersion = workspace->schemaVersion();
    result.supportedVersion = Migrator::latestBundledVersion(config.engine);
    return result;
}

} // namespace Orion

#include "workspaceservice.moc"

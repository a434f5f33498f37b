#include "sync/syncservice.h"

#include <QMetaObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Orion {

SyncService::SyncService(std::shared_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
{
    qRegisterMetaType<Orion::SyncProgress>();
    qRegisterMetaType<Orion::SyncResult>();
    qRegisterMetaType<QList<Orion::SyncResult>>();
    m_pool.setMaxThreadCount(4);
    m_pool.setObjectName(u"orion-sync"_s);
}

SyncService::~SyncService()
{
    cancelAll();
    m_pool.waitForDone();
}

void SyncService::setDatabase(const DatabaseConfig &config, const QString &password)
{
    m_database = config;
    m_password = password;
}

bool SyncService::isRunning(const QString &connection) const
{
    for (const Running &r : m_jobs) {
        if (r.connection == connection)
            return true;
    }
    return false;
}

int SyncService::start(const QString &connection, const QString &stream, bool fullRefresh)
{
    for (const Running &r : std::as_const(m_jobs)) {
        if (r.connection == connection && (r.stream.isEmpty() || stream.isEmpty() || r.stream == stream)) {
            Q_EMIT jobRefused(connection, tr("\"%1\" is already syncing; wait for it to finish or cancel it.").arg(connection));
            return 0;
        }
    }
    const int id = m_nextId++;
    SyncRequest request;
    request.database = m_database;
    request.databasePassword = m_password;
    request.connection = connection;
    request.stream = stream;
    request.fullRefresh = fullRefresh;
    auto job = std::make_shared<SyncJob>(request, m_credentials);
    job->setHttpOptions(m_httpOptions);
    QPointer<SyncService> self(this);
    job->setProgressHandler([self, id](const SyncProgress &progress) {
        if (self)
            QMetaObject::invokeMethod(self, [self, id, progress] { if (self) Q_EMIT self->jobProgress(id, progress); },
                                      Qt::QueuedConnection);
    });
    job->setLogHandler([self, id](const QString &line) {
        if (self)
            QMetaObject::invokeMethod(self, [self, id, line] { if (self) Q_EMIT self->jobLog(id, line); },
                                      Qt::QueuedConnection);
    });
    m_jobs.insert(id, {job, connection, stream});
    Q_EMIT jobStarted(id, connection, stream);
    m_pool.start([self, id, job] {
        const QList<SyncResult> results = job->run();
        if (self) {
            QMetaObject::invokeMethod(
                self,
                [self, id, results] {
                    if (!self)
                        return;
                    self->m_jobs.remove(id);
                    Q_EMIT self->jobFinished(id, results);
                },
                Qt::QueuedConnection);
        }
    });
    return id;
}

void SyncService::cancel(int jobId)
{
    const auto it = m_jobs.constFind(jobId);
    if (it != m_jobs.constEnd())
        it->job->cancel();
}

void SyncService::cancelAll()
{
    for (const Running &r : std::as_const(m_jobs))
        r.job->cancel();
}

void SyncService::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace Orion

#include "services/syncservice.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Orion {

struct SyncService::Relay
{
    QMutex mutex;
    QStringList lines;
    SyncProgress progress;
    bool hasProgress = false;
};

SyncService::SyncService(std::shared_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
{
    qRegisterMetaType<Orion::SyncProgress>();
    qRegisterMetaType<Orion::SyncResult>();
    qRegisterMetaType<QList<Orion::SyncResult>>();
    m_pool.setMaxThreadCount(4);
    m_pool.setObjectName(u"orion-sync"_s);
    // The GUI thread collects what the workers produced, at most every kDeliveryIntervalMs.
    m_flushTimer.setInterval(kDeliveryIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
            flush(it.key(), it->relay);
    });
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
    auto relay = std::make_shared<Relay>();
    QPointer<SyncService> self(this);
    job->setProgressHandler([relay](const SyncProgress &progress) {
        {
            QMutexLocker locker(&relay->mutex);
            relay->progress = progress;
            relay->hasProgress = true;
        }
    });
    job->setLogHandler([relay](const QString &line) {
        {
            QMutexLocker locker(&relay->mutex);
            relay->lines.append(line);
        }
    });
    m_jobs.insert(id, {job, relay, connection, stream});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    Q_EMIT jobStarted(id, connection, stream);
    m_pool.start([self, id, job, relay] {
        const QList<SyncResult> results = job->run();
        if (self) {
            QMetaObject::invokeMethod(
                self,
                [self, id, results, relay] {
                    if (!self)
                        return;
                    self->flush(id, relay);
                    self->m_jobs.remove(id);
                    if (self->m_jobs.isEmpty())
                        self->m_flushTimer.stop();
                    Q_EMIT self->jobFinished(id, results);
                },
                Qt::QueuedConnection);
        }
    });
    return id;
}

void SyncService::flush(int jobId, const std::shared_ptr<Relay> &relay)
{
    QStringList lines;
    SyncProgress progress;
    bool hasProgress = false;
    {
        QMutexLocker locker(&relay->mutex);
        lines.swap(relay->lines);
        progress = relay->progress;
        hasProgress = relay->hasProgress;
        relay->hasProgress = false;
    }
    if (!lines.isEmpty())
        Q_EMIT jobLog(jobId, lines);
    if (hasProgress)
        Q_EMIT jobProgress(jobId, progress);
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

#pragma once

#include "services/syncjob.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace Orion {

// Runs SyncJobs for the GUI on a bounded pool of background threads. Everything that reaches the
// GUI thread is a queued signal carrying plain values. A second sync of a connection+stream that is
// already running is refused at once (jobRefused); the job's own lock also refuses syncs started by
// other processes. Progress and log lines are collected from the workers by a timer and delivered at
// most every kDeliveryIntervalMs, so a fast sync cannot flood the GUI thread.
class SyncService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDeliveryIntervalMs = 100;

    explicit SyncService(std::shared_ptr<CredentialStore> credentials, QObject *parent = nullptr);
    ~SyncService() override;

    void setDatabase(const DatabaseConfig &config, const QString &password);
    void setMaxConcurrentSyncs(int count) { m_pool.setMaxThreadCount(count); }
    int maxConcurrentSyncs() const { return m_pool.maxThreadCount(); }
    void setHttpOptions(const HttpClient::Options &options) { m_httpOptions = options; }
    std::shared_ptr<CredentialStore> credentials() const { return m_credentials; }
    const DatabaseConfig &database() const { return m_database; }
    QString databasePassword() const { return m_password; }
    HttpClient::Options httpOptions() const { return m_httpOptions; }

    // Returns the job id (> 0), or 0 when refused (jobRefused is emitted too).
    int start(const QString &connection, const QString &stream = {}, bool fullRefresh = false);
    void cancel(int jobId);
    void cancelAll();
    bool isRunning(const QString &connection) const;
    int runningCount() const { return int(m_jobs.size()); }
    // Blocks until every job has finished (shutdown, tests).
    void waitForDone();

Q_SIGNALS:
    void jobStarted(int jobId, const QString &connection, const QString &stream);
    void jobProgress(int jobId, const Orion::SyncProgress &progress);
    void jobLog(int jobId, const QStringList &lines); // batched: at most ~10 deliveries per second
    void jobFinished(int jobId, const QList<Orion::SyncResult> &results);
    void jobRefused(const QString &connection, const QString &message);

private:
    struct Relay;
    void flush(int jobId, const std::shared_ptr<Relay> &relay);
    struct Running
    {
        std::shared_ptr<SyncJob> job;
        std::shared_ptr<Relay> relay;
        QString connection;
        QString stream;
    };
    std::shared_ptr<CredentialStore> m_credentials;
    DatabaseConfig m_database;
    QString m_password;
    HttpClient::Options m_httpOptions;
    QThreadPool m_pool;
    QTimer m_flushTimer;
    QHash<int, Running> m_jobs;
    int m_nextId = 1;
};

} // namespace Orion

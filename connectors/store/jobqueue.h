#pragma once

#include <QObject>

#include "runtime/failure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Orion {

class Workspace;
struct SyncResult;

// One queued sync of one stream (sync_jobs, PostgreSQL).
struct QueuedJob
{
    Q_GADGET
public:
    enum class State { Queued, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)
    qint64 id = 0;
    qint64 connectionId = 0;
    QString connectionName;
    QString stream;
    bool fullRefresh = false;
    QString requestedBy;
    int priority = 0;
    State state = State::Queued;
    int attempts = 0;
    int maxAttempts = 3;
    QDateTime runAfter;
    QString leaseOwner;
    QDateTime leaseExpiresAt;
    bool cancelRequested = false;
    QDateTime scheduledFor;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString errorClass;
    QString errorMessage;
    QJsonObject result;
    qint64 runId = 0;
    qint64 recordsRead = 0; // progress of a running job (its worker's last heartbeat), or the result

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);
};

// A live (or recently stopped) worker process (sync_workers).
struct WorkerInfo
{
    QString name;
    QString host;
    qint64 pid = 0;
    int concurrency = 0;
    QString dbUser;
    QDateTime startedAt;
    QDateTime lastHeartbeat;
    QDateTime stoppedAt;
    qint64 jobsDone = 0;
    int running = 0; // jobs it holds a lease on now
};

// The job queue on PostgreSQL. Every call runs on the workspace's connection (the caller's thread).
// Claiming takes the best queued job — or a running one whose lease expired, because its worker died —
// with FOR UPDATE SKIP LOCKED, so concurrent workers never get the same job. A job's result is written
// by complete() inside the transaction that records the run (SyncJob's recorded hook), and only while
// the caller still holds the lease.
class JobQueue
{
    Q_DECLARE_TR_FUNCTIONS(Orion::JobQueue)
public:
    explicit JobQueue(Workspace &workspace);

    struct Enqueue
    {
        qint64 connectionId = 0;
        QString stream;
        bool fullRefresh = false;
        int priority = 0;
        int maxAttempts = 3;
        QDateTime scheduledFor; // a schedule slot: enqueuing the same slot twice is a no-op
    };
    // The new job's id; 0 with an empty *error when the slot was already queued.
    qint64 enqueue(const Enqueue &job, QString *error);
    // One job per stream of the connection (by name), as "Run on workers" does.
    QList<qint64> enqueueConnection(const QString &connection, const QString &stream, bool fullRefresh, int priority, QString *error);

    std::optional<QueuedJob> claim(const QString &worker, int leaseSeconds, QString *error);
    // Extends the leases of every job `worker` runs and its heartbeat, and records their progress
    // (job id → records read so far); returns the ids of its jobs that someone asked to cancel.
    QList<qint64> heartbeat(const QString &worker, int leaseSeconds, const QHash<qint64, qint64> &progress, QString *error);

    // Inside the caller's transaction: succeeded / failed / cancelled, or back to queued with a
    // backoff when a transient failure has attempts left. False (and nothing changed) when `worker`
    // no longer holds the lease.
    bool complete(qint64 jobId, const QString &worker, const SyncResult &result, QString *error);
    // Gives a claimed job back untouched (shutdown, or the stream is busy elsewhere): queued again,
    // the attempt not counted, runnable after `delaySeconds`.
    bool release(qint64 jobId, const QString &worker, int delaySeconds, QString *error);

    bool cancel(qint64 jobId, QString *error); // queued: cancelled now; running: the worker is asked
    bool retry(qint64 jobId, QString *error);  // failed or cancelled: queued again, attempts reset

    struct Filter
    {
        std::optional<QueuedJob::State> state;
        QString connection;
        int limit = 200;
    };
    QList<QueuedJob> list(const Filter &filter, QString *error) const;
    std::optional<QueuedJob> job(qint64 id, QString *error) const;
    QHash<QString, int> counts(QString *error) const; // state name → jobs

    bool registerWorker(const QString &name, const QString &host, qint64 pid, int concurrency, QString *error);
    bool workerStopped(const QString &name, QString *error);
    QList<WorkerInfo> workers(int staleAfterSeconds, QString *error) const;

private:
    bool requirePostgres(QString *error) const;
    // One UPDATE of one job (by id); *error says which of the two texts applies.
    bool changeJob(qint64 jobId, const QString &sql, const QString &failedText, const QString &notApplicableText, QString *error);
    Workspace &m_workspace;
};

} // namespace Orion

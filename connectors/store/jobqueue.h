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
    QString leaseToken; // set on the job claim() returns: the claim's own lease, to name in heartbeats and results
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

// A claim held by one worker process: the job and the claim's lease token (the worker's name is
// shown and counted, but only the token proves the lease).
struct JobLease
{
    qint64 jobId = 0;
    QString token;
    QString worker;
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

    // The job comes with a fresh lease token. A running job whose lease expired (its worker died) is
    // claimed again only while it has attempts left; past max_attempts it fails with a clear error.
    std::optional<QueuedJob> claim(const QString &worker, int leaseSeconds, QString *error);
    struct Held
    {
        QString token;
        qint64 recordsRead = 0; // progress so far
    };
    // Extends the leases this process holds (job id → its claim's token and progress) and `worker`'s
    // heartbeat. Returns the held jobs to stop: the ones someone asked to cancel, and the ones whose
    // lease is no longer this claim's (it expired and the job was claimed again, or ended).
    QList<qint64> heartbeat(const QString &worker, int leaseSeconds, const QHash<qint64, Held> &held, QString *error);

    // Inside the caller's transaction: succeeded / failed / cancelled, or back to queued with a
    // backoff when a transient failure has attempts left. False (and nothing changed) when the
    // lease is no longer this claim's.
    bool complete(const JobLease &lease, const SyncResult &result, QString *error);
    // Gives a claimed job back untouched (shutdown, or the stream is busy elsewhere): queued again,
    // the attempt not counted, runnable after `delaySeconds`.
    bool release(const JobLease &lease, int delaySeconds, QString *error);

    // Queued: cancelled now; running: its worker is asked to stop (a job whose worker is gone is
    // ended as cancelled by the next claim of any worker, once its lease has expired).
    bool cancel(qint64 jobId, QString *error);
    bool retry(qint64 jobId, QString *error); // failed or cancelled: queued again, attempts reset

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

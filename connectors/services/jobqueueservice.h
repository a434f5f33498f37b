#pragma once

#include "store/jobqueue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Orion {

class Workspace;
class WorkspaceService;

// The PostgreSQL job queue for the Workers page and the Connections page: its workers, jobs and
// counts, cancelling or retrying a job, queuing a connection's sync; on the workspace thread;
// answers are signals carrying values.
class JobQueueService : public QObject
{
    Q_OBJECT
public:
    struct Snapshot
    {
        int request = 0;            // the caller's number for this load, returned as given
        bool queueAvailable = true; // false on SQLite: workers need PostgreSQL
        QList<WorkerInfo> workers;  // seen in the last 120 s
        QList<QueuedJob> jobs;
        QHash<QString, int> counts; // state name → jobs
        QString error;
    };
    enum class Change { Cancel, Retry };

    explicit JobQueueService(WorkspaceService *workspace, QObject *parent = nullptr);

    // Loads a snapshot (jobs in `state`, every state when empty) → snapshotAvailable.
    void load(int request, const QString &state);
    // → changeFinished
    void change(qint64 jobId, Change change);
    // Queues a sync of every stream of a connection for the workers → enqueued.
    void enqueueConnection(const QString &connection);

    // The work itself on an open workspace (nullptr: none open).
    static Snapshot snapshot(Workspace *workspace, const QString &state);
    static bool apply(Workspace *workspace, qint64 jobId, Change change, QString *error);
    static QList<qint64> enqueue(Workspace *workspace, const QString &connection, QString *error);

Q_SIGNALS:
    void snapshotAvailable(const Orion::JobQueueService::Snapshot &snapshot);
    void changeFinished(qint64 jobId, Orion::JobQueueService::Change change, bool ok, const QString &error);
    void enqueued(const QString &connection, const QList<qint64> &jobIds, const QString &error); // no ids: the error

private:
    QPointer<WorkspaceService> m_workspace;
};

} // namespace Orion

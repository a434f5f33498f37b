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

// The PostgreSQL job queue for the Workers page: its workers, jobs and counts, and cancelling or
// retrying a job, on the workspace thread; answers are signals carrying values.
class JobQueueService : public QObject
{
    Q_OBJECT
public:
    struct Snapshot
    {
        int request = 0;             // the caller's number for this load, returned as given
        bool queueAvailable = true;  // false on SQLite: workers need PostgreSQL
        QList<WorkerInfo> workers;   // seen in the last 120 s
        QList<QueuedJob> jobs;
        QHash<QString, int> counts;  // state name → jobs
        QString error;
    };
    enum class Change { Cancel, Retry };

    explicit JobQueueService(WorkspaceService *workspace, QObject *parent = nullptr);

    // Loads a snapshot (jobs in `state`, every state when empty) → snapshotAvailable.
    void load(int request, const QString &state);
    // → changeFinished
    void change(qint64 jobId, Change change);

    // The work itself on an open workspace (nullptr: none open).
    static Snapshot snapshot(Workspace *workspace, const QString &state);
    static bool apply(Workspace *workspace, qint64 jobId, Change change, QString *error);

Q_SIGNALS:
    void snapshotAvailable(const Orion::JobQueueService::Snapshot &snapshot);
    void changeFinished(qint64 jobId, Orion::JobQueueService::Change change, bool ok, const QString &error);

private:
    QPointer<WorkspaceService> m_workspace;
};

} // namespace Orion

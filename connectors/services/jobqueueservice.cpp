#include "services/jobqueueservice.h"

#include "services/workspaceservice.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace Orion {

JobQueueService::JobQueueService(WorkspaceService *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

JobQueueService::Snapshot JobQueueService::snapshot(Workspace *workspace, const QString &state)
{
    Snapshot s;
    if (!workspace) {
        s.error = QCoreApplication::translate("Orion::WorkersPage", "No workspace is open.");
        return s;
    }
    if (!workspace->isPostgres()) {
        s.queueAvailable = false;
        return s;
    }
    JobQueue queue(*workspace);
    s.workers = queue.workers(120, &s.error);
    JobQueue::Filter filter;
    filter.state = QueuedJob::stateFromName(state);
    if (s.error.isEmpty())
        s.jobs = queue.list(filter, &s.error);
    if (s.error.isEmpty())
        s.counts = queue.counts(&s.error);
    return s;
}

bool JobQueueService::apply(Workspace *workspace, qint64 jobId, Change change, QString *error)
{
    if (!workspace) {
        *error = QCoreApplication::translate("Orion::WorkersPage", "No workspace is open.");
        return false;
    }
    JobQueue queue(*workspace);
    return change == Change::Cancel ? queue.cancel(jobId, error) : queue.retry(jobId, error);
}

QList<qint64> JobQueueService::enqueue(Workspace *workspace, const QString &connection, QString *error)
{
    if (!workspace) {
        *error = QCoreApplication::translate("Orion::WorkersPage", "No workspace is open.");
        return {};
    }
    return JobQueue(*workspace).enqueueConnection(connection, {}, false, 0, error);
}

void JobQueueService::enqueueConnection(const QString &connection)
{
    if (!m_workspace)
        return;
    QPointer<JobQueueService> self = this;
    m_workspace->submit([self, connection](Workspace *workspace) {
        QString error;
        const QList<qint64> ids = enqueue(workspace, connection, &error);
        QMetaObject::invokeMethod(qApp, [self, connection, ids, error] {
            if (self)
                Q_EMIT self->enqueued(connection, ids, error);
        });
    });
}

void JobQueueService::load(int request, const QString &state)
{
    if (!m_workspace)
        return;
    QPointer<JobQueueService> self = this;
    m_workspace->submit([self, request, state](Workspace *workspace) {
        Snapshot s = snapshot(workspace, state);
        s.request = request;
        QMetaObject::invokeMethod(qApp, [self, s] {
            if (self)
                Q_EMIT self->snapshotAvailable(s);
        });
    });
}

void JobQueueService::change(qint64 jobId, Change change)
{
    if (!m_workspace)
        return;
    QPointer<JobQueueService> self = this;
    m_workspace->submit([self, jobId, change](Workspace *workspace) {
        QString error;
        const bool ok = apply(workspace, jobId, change, &error);
        QMetaObject::invokeMethod(qApp, [self, jobId, change, ok, error] {
            if (self)
                Q_EMIT self->changeFinished(jobId, change, ok, error);
        });
    });
}

} // namespace Orion

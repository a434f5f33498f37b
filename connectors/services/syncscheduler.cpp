#include "services/syncscheduler.h"

#include "services/syncservice.h"
#include "services/workspaceservice.h"
#include "store/schedulestore.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace Orion {

SyncScheduler::SyncScheduler(WorkspaceService *workspace, SyncService *sync, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_sync(sync)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::checkNow);
    connect(workspace, &WorkspaceService::workspaceOpened, this, &SyncScheduler::checkNow);
    m_timer.start();
}

void SyncScheduler::checkNow()
{
    if (!m_workspace || !m_sync || m_checking || !m_workspace->isOpen())
        return;
    m_checking = true;
    QPointer<SyncScheduler> self = this;
    const QDateTime now = m_clock();
    m_workspace->submit([self, now](Workspace *workspace) {
        QList<ScheduleStore::Due> due;
        QString error;
        if (workspace)
            due = ScheduleStore(*workspace).takeDue(now, false, &error);
        QMetaObject::invokeMethod(qApp, [self, due, error] {
            if (!self)
                return;
            self->m_checking = false;
            if (!error.isEmpty())
                Q_EMIT self->failed(error);
            for (const ScheduleStore::Due &d : due) {
                const int job = self->m_sync ? self->m_sync->start(d.connection) : 0;
                Q_EMIT self->fired(d.connection, d.slot, job);
            }
        });
    });
}

} // namespace Orion

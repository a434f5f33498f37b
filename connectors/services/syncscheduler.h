#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Orion {

class SyncService;
class WorkspaceService;

// Fires due schedules in the running app: when a workspace opens and then every interval, it takes
// the due slots on the workspace thread (ScheduleStore::takeDue: compare-and-set, so a slot fires once
// even with several desktops on one PostgreSQL database, and slots missed while the app was closed
// are caught up once) and starts each sync on SyncService's background pool. Connections set to run
// on workers are left to the workers' scheduler.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 30'000;

    SyncScheduler(WorkspaceService *workspace, SyncService *sync, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); } // tests
    void checkNow();

Q_SIGNALS:
    void fired(const QString &connection, const QDateTime &slot, int jobId);
    void failed(const QString &message);

private:
    QPointer<WorkspaceService> m_workspace;
    QPointer<SyncService> m_sync;
    QTimer m_timer;
    std::function<QDateTime()> m_clock;
    bool m_checking = false;
};

} // namespace Orion

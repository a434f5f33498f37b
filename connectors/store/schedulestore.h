#pragma once

#include "sync/schedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Orion {

class Workspace;

// Fires connections' schedules. Each due connection's next_sync_at moves to the first slot after
// now with a compare-and-set, so a slot fires once however many schedulers look at it, and a
// connection whose slots were missed (the app was closed) catches up once, not once per slot.
// Demo connections never fire.
class ScheduleStore
{
    Q_DECLARE_TR_FUNCTIONS(Orion::ScheduleStore)
public:
    explicit ScheduleStore(Workspace &workspace);

    // Sets a connection's schedule (validated) and its first slot after `now`.
    bool setSchedule(const QString &connection, const Schedule &schedule, bool runOnWorkers, const QDateTime &now, QString *error);
    bool setSchedule(qint64 connectionId, const Schedule &schedule, bool runOnWorkers, const QDateTime &now, QString *error);

    struct Entry
    {
        qint64 connectionId = 0;
        QString connection;
        Schedule schedule;
        bool runOnWorkers = false;
        QDateTime nextSyncAt;
    };
    QList<Entry> scheduled(QString *error) const; // every connection with a schedule

    struct Due
    {
        qint64 connectionId = 0;
        QString connection;
        QDateTime slot; // the slot that fired (the latest one missed, when several were)
        bool runOnWorkers = false;
    };
    // Takes the due slots: onWorkers = true only "run on workers" connections, false only the others.
    QList<Due> takeDue(const QDateTime &now, std::optional<bool> onWorkers, QString *error);

    // PostgreSQL: when this session is the scheduler (it holds the scheduler's advisory lock, trying
    // to take it if nobody does), takes the due "run on workers" slots and queues one job per stream
    // of each, keyed by the slot. Returns the jobs queued; *leader tells whether this session leads.
    int enqueueDue(const QDateTime &now, bool *leader, QString *error);

    static constexpr qint64 kSchedulerLock = 0x4f52494f4e5343; // "ORIONSC"

private:
    Workspace &m_workspace;
};

} // namespace Orion

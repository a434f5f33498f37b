#include "store/schedulestore.h"

#include "adapters/connector.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/jobqueue.h"
#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

ScheduleStore::ScheduleStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool ScheduleStore::setSchedule(const QString &connection, const Schedule &schedule, bool runOnWorkers, const QDateTime &now, QString *error)
{
    QString lookup;
    const auto c = ConnectionStore(m_workspace).connectionByName(connection, &lookup);
    if (!c) {
        *error = lookup.isEmpty() ? tr("There is no connection named \"%1\".").arg(connection) : lookup;
        return false;
    }
    return setSchedule(c->id, schedule, runOnWorkers, now, error);
}

bool ScheduleStore::setSchedule(qint64 connectionId, const Schedule &schedule, bool runOnWorkers, const QDateTime &now, QString *error)
{
    if (!schedule.validate(error))
        return false;
    const QDateTime next = schedule.nextAfter(now);
    if (schedule.kind != Schedule::Kind::Manual && !next.isValid()) {
        *error = tr("The schedule \"%1\" never runs (no matching time in the next five years).").arg(schedule.toText());
        return false;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE connections SET schedule = ?, next_sync_at = ?, run_on_workers = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(schedule.toText());
    q.addBindValue(next.isValid() ? QVariant(next) : QVariant(QMetaType::fromType<QDateTime>()));
    q.addBindValue(runOnWorkers && schedule.kind != Schedule::Kind::Manual);
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(connectionId);
    if (!q.exec()) {
        *error = tr("Cannot save the schedule: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("There is no connection with id %1 (it was deleted).").arg(connectionId);
        return false;
    }
    return true;
}

QList<ScheduleStore::Entry> ScheduleStore::scheduled(QString *error) const
{
    QSqlQuery q(m_workspace.database());
    if (!q.exec(
            u"SELECT id, name, schedule, run_on_workers, next_sync_at FROM connections WHERE schedule <> 'manual' AND NOT is_demo ORDER BY name"_s)) {
        *error = tr("Cannot read the schedules: %1").arg(q.lastError().text());
        return {};
    }
    QList<Entry> out;
    while (q.next()) {
        QString problem;
        const auto schedule = Schedule::fromText(q.value(2).toString(), &problem);
        if (!schedule)
            continue; // an unreadable schedule never fires; setSchedule() never stores one
        out.append({q.value(0).toLongLong(), q.value(1).toString(), *schedule, q.value(3).toBool(), q.value(4).toDateTime().toUTC()});
    }
    return out;
}

QList<ScheduleStore::Due> ScheduleStore::takeDue(const QDateTime &now, std::optional<bool> onWorkers, QString *error)
{
    const QList<Entry> entries = scheduled(error);
    if (!error->isEmpty())
        return {};
    QList<Due> due;
    for (const Entry &e : entries) {
        if (onWorkers && e.runOnWorkers != *onWorkers)
            continue;
        if (e.nextSyncAt.isValid() && e.nextSyncAt > now)
            continue;
        // Compare-and-set: only the scheduler that moves next_sync_at on fires the slot. A missing
        // next slot (a schedule written by an older version) is set without firing.
        const QDateTime next = e.schedule.nextAfter(now);
        QSqlQuery q(m_workspace.database());
        q.prepare(e.nextSyncAt.isValid() ? u"UPDATE connections SET next_sync_at = ? WHERE id = ? AND next_sync_at = ?"_s
                                         : u"UPDATE connections SET next_sync_at = ? WHERE id = ? AND next_sync_at IS NULL"_s);
        q.addBindValue(next.isValid() ? QVariant(next) : QVariant(QMetaType::fromType<QDateTime>()));
        q.addBindValue(e.connectionId);
        if (e.nextSyncAt.isValid())
            q.addBindValue(e.nextSyncAt);
        if (!q.exec()) {
            *error = tr("Cannot advance the schedule of %1: %2").arg(e.connection, q.lastError().text());
            return due;
        }
        if (q.numRowsAffected() == 1 && e.nextSyncAt.isValid())
            due.append({e.connectionId, e.connection, e.nextSyncAt, e.runOnWorkers});
    }
    return due;
}

int ScheduleStore::enqueueDue(const QDateTime &now, bool *leader, QString *error)
{
    *leader = false;
    if (!m_workspace.isPostgres()) {
        *error = tr("Workers need a PostgreSQL workspace.");
        return 0;
    }
    // Session-level: once taken, this session leads until it ends (its process stops or dies).
    QSqlQuery lock(m_workspace.database());
    lock.prepare(u"SELECT pg_try_advisory_lock(?)"_s);
    lock.addBindValue(kSchedulerLock);
    if (!lock.exec() || !lock.next()) {
        *error = tr("Cannot take the scheduler lock: %1").arg(lock.lastError().text());
        return 0;
    }
    *leader = lock.value(0).toBool();
    if (!*leader)
        return 0;
    QSqlDatabase db = m_workspace.database();
    if (!db.transaction()) {
        *error = tr("Cannot start the scheduler's transaction: %1").arg(db.lastError().text());
        return 0;
    }
    const QList<Due> due = takeDue(now, true, error);
    int queued = 0;
    JobQueue queue(m_workspace);
    for (const Due &d : due) {
        if (!error->isEmpty())
            break;
        QString problem; // a connection whose connector is gone has nothing to run; its slot still advanced
        const auto c = ConnectionStore(m_workspace).connectionById(d.connectionId, &problem);
        const Connector *connector = c ? CustomConnectorStore::resolve(m_workspace, c->connectorId, c->owner, &problem) : nullptr;
        if (!connector)
            continue;
        for (const QString &stream : connector->streamNames()) {
            JobQueue::Enqueue job;
            job.connectionId = d.connectionId;
            job.stream = stream;
            job.scheduledFor = d.slot;
            if (queue.enqueue(job, error))
                ++queued;
            else if (!error->isEmpty())
                break;
        }
    }
    if (!error->isEmpty()) {
        db.rollback();
        return 0;
    }
    if (!db.commit()) {
        *error = tr("Cannot queue the scheduled syncs: %1").arg(db.lastError().text());
        return 0;
    }
    return queued;
}

} // namespace Orion

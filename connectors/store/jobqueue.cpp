#include "store/jobqueue.h"
#include "common/enumnames.h"

#include "adapters/connector.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/syncresult.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Orion {

namespace JobQueueDetail {

constexpr auto kColumns = "j.id, j.connection_id, c.name, j.stream, j.full_refresh, j.requested_by, j.priority, j.state, j.attempts, "
                          "j.max_attempts, j.run_after, j.lease_owner, j.lease_expires_at, j.cancel_requested, j.scheduled_for, "
                          "j.created_at, j.started_at, j.finished_at, j.error_class, j.error_message, j.result::text, j.run_id, j.records_read";

QueuedJob read(const QSqlQuery &q)
{
    QueuedJob j;
    j.id = q.value(0).toLongLong();
    j.connectionId = q.value(1).toLongLong();
    j.connectionName = q.value(2).toString();
    j.stream = q.value(3).toString();
    j.fullRefresh = q.value(4).toBool();
    j.requestedBy = q.value(5).toString();
    j.priority = q.value(6).toInt();
    j.state = QueuedJob::stateFromName(q.value(7).toString()).value_or(QueuedJob::State::Queued);
    j.attempts = q.value(8).toInt();
    j.maxAttempts = q.value(9).toInt();
    j.runAfter = q.value(10).toDateTime().toUTC();
    j.leaseOwner = q.value(11).toString();
    j.leaseExpiresAt = q.value(12).toDateTime().toUTC();
    j.cancelRequested = q.value(13).toBool();
    j.scheduledFor = q.value(14).toDateTime().toUTC();
    j.createdAt = q.value(15).toDateTime().toUTC();
    j.startedAt = q.value(16).toDateTime().toUTC();
    j.finishedAt = q.value(17).toDateTime().toUTC();
    j.errorClass = q.value(18).toString();
    j.errorMessage = q.value(19).toString();
    j.result = QJsonDocument::fromJson(q.value(20).toString().toUtf8()).object();
    j.runId = q.value(21).toLongLong();
    j.recordsRead = q.value(22).toLongLong();
    return j;
}

QVariant nullable(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC()) : QVariant(QMetaType::fromType<QDateTime>());
}

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

} // namespace JobQueueDetail

using namespace JobQueueDetail;

QString QueuedJob::stateName(State state)
{
    return enumName(state);
}

std::optional<QueuedJob::State> QueuedJob::stateFromName(const QString &name)
{
    return enumFromName<State>(name);
}

JobQueue::JobQueue(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool JobQueue::requirePostgres(QString *error) const
{
    if (m_workspace.isPostgres())
        return true;
    *error = tr("The job queue needs a PostgreSQL workspace; on SQLite this app runs syncs itself.");
    return false;
}

qint64 JobQueue::enqueue(const Enqueue &job, QString *error)
{
    if (!requirePostgres(error))
        return 0;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO sync_jobs (connection_id, stream, full_refresh, priority, max_attempts, scheduled_for) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (connection_id, stream, scheduled_for) WHERE scheduled_for IS NOT NULL "
              "DO NOTHING RETURNING id"_s);
    q.addBindValue(job.connectionId);
    q.addBindValue(job.stream);
    q.addBindValue(job.fullRefresh);
    q.addBindValue(job.priority);
    q.addBindValue(job.maxAttempts);
    q.addBindValue(nullable(job.scheduledFor));
    if (!q.exec()) {
        *error = tr("Cannot queue the sync: %1").arg(q.lastError().text());
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> JobQueue::enqueueConnection(const QString &connection, const QString &stream, bool fullRefresh, int priority, QString *error)
{
    if (!requirePostgres(error))
        return {};
    QString lookup;
    const auto c = ConnectionStore(m_workspace).connectionByName(connection, &lookup);
    if (!c) {
        *error = lookup.isEmpty() ? tr("There is no connection named \"%1\".").arg(connection) : lookup;
        return {};
    }
    QString problem;
    const Connector *connector = CustomConnectorStore::resolve(m_workspace, c->connectorId, c->owner, &problem);
    if (!connector) {
        *error = problem.isEmpty() ? tr("Connection \"%1\" uses the connector \"%2\", which this version does not have.").arg(c->name, c->connectorId)
                                   : problem;
        return {};
    }
    QStringList streams = connector->streamNames();
    if (!stream.isEmpty()) {
        if (!streams.contains(stream)) {
            *error = tr("%1 has no stream \"%2\" (streams: %3).").arg(connector->displayName(), stream, streams.join(u", "_s));
            return {};
        }
        streams = {stream};
    }
    QList<qint64> ids;
    QSqlDatabase db = m_workspace.database();
    db.transaction();
    for (const QString &s : std::as_const(streams)) {
        const qint64 id = enqueue({c->id, s, fullRefresh, priority, 3, {}}, error);
        if (!id) {
            db.rollback();
            return {};
        }
        ids << id;
    }
    if (!db.commit()) {
        *error = tr("Cannot queue the sync: %1").arg(db.lastError().text());
        return {};
    }
    return ids;
}

std::optional<QueuedJob> JobQueue::claim(const QString &worker, int leaseSeconds, QString *error)
{
    if (!requirePostgres(error))
        return std::nullopt;
    // Jobs whose worker died end here: a cancelled one as cancelled, one in its last allowed attempt
    // as failed — instead of looping through worker after worker (a job that crashes its worker
    // would otherwise run forever) or waiting for a heartbeat that never comes.
    QSqlQuery exhausted(m_workspace.database());
    if (!exhausted.exec(u"UPDATE sync_jobs SET state = CASE WHEN cancel_requested THEN 'cancelled' ELSE 'failed' END, finished_at = now(),"
                        " error_class = CASE WHEN cancel_requested THEN error_class ELSE 'system' END,"
                        " error_message = CASE WHEN cancel_requested THEN error_message"
                        "   ELSE format('Its worker stopped answering during attempt %s of %s (the lease of %s expired);"
                        " not tried again. Retry it once the cause is fixed.', attempts, max_attempts, lease_owner) END,"
                        " lease_owner = NULL, lease_expires_at = NULL, lease_token = NULL"
                        " WHERE state = 'running' AND lease_expires_at < now() AND (attempts >= max_attempts OR cancel_requested)"_s)) {
        *error = tr("Cannot claim a job: %1").arg(exhausted.lastError().text());
        return std::nullopt;
    }
    QSqlQuery q(m_workspace.database());
    // The best runnable job: queued and due, or running under a lease that expired (its worker died
    // or lost the database) with attempts left. SKIP LOCKED: a job another worker is claiming right
    // now is passed over. Each claim draws its own lease token.
    q.prepare(u"WITH next AS ("
              "  SELECT id FROM sync_jobs"
              "   WHERE (state = 'queued' AND run_after <= now())"
              "      OR (state = 'running' AND lease_expires_at < now() AND attempts < max_attempts)"
              "   ORDER BY priority DESC, id"
              "   FOR UPDATE SKIP LOCKED LIMIT 1)"
              " UPDATE sync_jobs j SET state = 'running', lease_owner = ?, lease_expires_at = now() + make_interval(secs => ?),"
              "        lease_token = gen_random_uuid(), attempts = j.attempts + 1, started_at = coalesce(j.started_at, now())"
              "   FROM next WHERE j.id = next.id RETURNING j.id, j.lease_token::text"_s);
    q.addBindValue(worker);
    q.addBindValue(leaseSeconds);
    if (!q.exec()) {
        *error = tr("Cannot claim a job: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    const QString token = q.value(1).toString();
    auto claimed = job(q.value(0).toLongLong(), error);
    if (claimed)
        claimed->leaseToken = token;
    return claimed;
}

namespace {

// A PostgreSQL array literal of plain tokens (numbers, UUIDs): {a,b,c}.
QString arrayLiteral(const QStringList &items)
{
    return u'{' + items.join(u',') + u'}';
}

} // namespace

QList<qint64> JobQueue::heartbeat(const QString &worker, int leaseSeconds, const QHash<qint64, Held> &held, QString *error)
{
    if (!requirePostgres(error))
        return {};
    QList<qint64> stop;
    if (!held.isEmpty()) {
        QStringList ids, tokens, records;
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            if (QUuid::fromString(it->token).isNull()) {
                stop << it.key(); // not a lease this queue handed out
                continue;
            }
            ids << QString::number(it.key());
            tokens << it->token;
            records << QString::number(it->recordsRead);
        }
        QSqlQuery q(m_workspace.database());
        q.prepare(u"UPDATE sync_jobs j SET lease_expires_at = now() + make_interval(secs => ?), records_read = h.records"
                  " FROM unnest(?::bigint[], ?::uuid[], ?::bigint[]) AS h(id, token, records)"
                  " WHERE j.id = h.id AND j.lease_token = h.token AND j.state = 'running'"
                  " RETURNING j.id, j.cancel_requested"_s);
        q.addBindValue(leaseSeconds);
        q.addBindValue(arrayLiteral(ids));
        q.addBindValue(arrayLiteral(tokens));
        q.addBindValue(arrayLiteral(records));
        if (!q.exec()) {
            *error = tr("Cannot renew the leases: %1").arg(q.lastError().text());
            return {};
        }
        QSet<qint64> renewed;
        while (q.next()) {
            renewed.insert(q.value(0).toLongLong());
            if (q.value(1).toBool())
                stop << q.value(0).toLongLong();
        }
        for (auto it = held.cbegin(); it != held.cend(); ++it)
            if (!renewed.contains(it.key()) && !stop.contains(it.key()))
                stop << it.key(); // the lease is no longer this claim's
    }
    QSqlQuery w(m_workspace.database());
    w.prepare(u"UPDATE sync_workers SET last_heartbeat = now(), stopped_at = NULL WHERE name = ?"_s);
    w.addBindValue(worker);
    if (!w.exec())
        *error = tr("Cannot record the heartbeat: %1").arg(w.lastError().text());
    return stop;
}

bool JobQueue::complete(const JobLease &lease, const SyncResult &result, QString *error)
{
    if (!requirePostgres(error))
        return false;
    // How the run ended; a transient failure with attempts left goes back to the queue after a
    // backoff instead (30 s doubling, at most 15 min). A config or system failure, or the last
    // attempt, ends the job as failed with its error class.
    const QString ending = result.status == SyncRun::Status::Cancelled ? u"cancelled"_s
        : result.status == SyncRun::Status::Failed                     ? u"failed"_s
                                                                       : u"succeeded"_s;
    const bool retryable = ending == "failed"_L1 && result.errorClass == ErrorClass::Transient;
    if (QUuid::fromString(lease.token).isNull()) {
        *error = tr("Job %1 is not leased to this process.").arg(lease.jobId);
        return false;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE sync_jobs j SET"
              "  state = CASE WHEN p.retryable AND j.attempts < j.max_attempts THEN 'queued' ELSE p.ending END,"
              "  run_after = CASE WHEN p.retryable AND j.attempts < j.max_attempts"
              "                   THEN now() + make_interval(secs => least(30 * power(2, j.attempts - 1), 900)) ELSE j.run_after END,"
              "  finished_at = CASE WHEN p.retryable AND j.attempts < j.max_attempts THEN NULL ELSE now() END,"
              "  lease_owner = NULL, lease_expires_at = NULL, lease_token = NULL,"
              "  error_class = ?, error_message = ?, result = ?::jsonb, run_id = ?, records_read = ?"
              " FROM (SELECT ?::text AS ending, ?::boolean AS retryable) p"
              " WHERE j.id = ? AND j.lease_token = ?::uuid AND j.state = 'running'"_s);
    q.addBindValue(nullable(errorClassName(result.errorClass)));
    q.addBindValue(nullable(result.error));
    q.addBindValue(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(result.runId ? QVariant(result.runId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(result.recordsRead);
    q.addBindValue(ending);
    q.addBindValue(retryable);
    q.addBindValue(lease.jobId);
    q.addBindValue(lease.token);
    if (!q.exec()) {
        *error = tr("Cannot record the job's result: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = tr("Job %1 is no longer leased to %2 (its lease expired and another worker took it over).").arg(lease.jobId).arg(lease.worker);
        return false;
    }
    QSqlQuery w(m_workspace.database());
    w.prepare(u"UPDATE sync_workers SET jobs_done = jobs_done + 1 WHERE name = ?"_s);
    w.addBindValue(lease.worker);
    w.exec();
    return true;
}

bool JobQueue::release(const JobLease &lease, int delaySeconds, QString *error)
{
    if (!requirePostgres(error))
        return false;
    if (QUuid::fromString(lease.token).isNull())
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE sync_jobs SET state = 'queued', lease_owner = NULL, lease_expires_at = NULL, lease_token = NULL,"
              " attempts = greatest(attempts - 1, 0), run_after = now() + make_interval(secs => ?)"
              " WHERE id = ? AND lease_token = ?::uuid AND state = 'running'"_s);
    q.addBindValue(delaySeconds);
    q.addBindValue(lease.jobId);
    q.addBindValue(lease.token);
    if (!q.exec()) {
        *error = tr("Cannot release job %1: %2").arg(lease.jobId).arg(q.lastError().text());
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool JobQueue::cancel(qint64 jobId, QString *error)
{
    return changeJob(jobId,
                     u"UPDATE sync_jobs SET"
                     "  state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END,"
                     "  finished_at = CASE WHEN state = 'queued' THEN now() ELSE finished_at END,"
                     "  cancel_requested = true"
                     " WHERE id = ? AND state IN ('queued', 'running')"_s,
                     tr("Cannot cancel job %1: %2"), tr("Job %1 is not queued or running (or not yours)."), error);
}

bool JobQueue::retry(qint64 jobId, QString *error)
{
    return changeJob(jobId,
                     u"UPDATE sync_jobs SET state = 'queued', attempts = 0, run_after = now(), finished_at = NULL, cancel_requested = false"
                     " WHERE id = ? AND state IN ('failed', 'cancelled')"_s,
                     tr("Cannot retry job %1: %2"), tr("Job %1 has not failed or been cancelled (or is not yours)."), error);
}

bool JobQueue::changeJob(qint64 jobId, const QString &sql, const QString &failedText, const QString &notApplicableText, QString *error)
{
    if (!requirePostgres(error))
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(sql);
    q.addBindValue(jobId);
    if (!q.exec()) {
        *error = failedText.arg(jobId).arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = notApplicableText.arg(jobId);
        return false;
    }
    return true;
}

QList<QueuedJob> JobQueue::list(const Filter &filter, QString *error) const
{
    if (!requirePostgres(error))
        return {};
    QSqlQuery q(m_workspace.database());
    QString sql = u"SELECT %1 FROM sync_jobs j JOIN connections c ON c.id = j.connection_id WHERE true"_s.arg(QLatin1StringView(kColumns));
    if (filter.state)
        sql += u" AND j.state = :state"_s;
    if (!filter.connection.isEmpty())
        sql += u" AND c.name = :connection"_s;
    sql += u" ORDER BY CASE j.state WHEN 'running' THEN 0 WHEN 'queued' THEN 1 ELSE 2 END, j.priority DESC, j.id DESC LIMIT :limit"_s;
    q.prepare(sql);
    if (filter.state)
        q.bindValue(u":state"_s, QueuedJob::stateName(*filter.state));
    if (!filter.connection.isEmpty())
        q.bindValue(u":connection"_s, filter.connection);
    q.bindValue(u":limit"_s, std::clamp(filter.limit, 1, 10000));
    if (!q.exec()) {
        *error = tr("Cannot read the job queue: %1").arg(q.lastError().text());
        return {};
    }
    QList<QueuedJob> out;
    while (q.next())
        out << read(q);
    return out;
}

std::optional<QueuedJob> JobQueue::job(qint64 id, QString *error) const
{
    if (!requirePostgres(error))
        return std::nullopt;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT %1 FROM sync_jobs j JOIN connections c ON c.id = j.connection_id WHERE j.id = ?"_s.arg(QLatin1StringView(kColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = tr("Cannot read the job queue: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QHash<QString, int> JobQueue::counts(QString *error) const
{
    if (!requirePostgres(error))
        return {};
    QSqlQuery q(m_workspace.database());
    if (!q.exec(u"SELECT state, count(*) FROM sync_jobs GROUP BY state"_s)) {
        *error = tr("Cannot read the job queue: %1").arg(q.lastError().text());
        return {};
    }
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

bool JobQueue::registerWorker(const QString &name, const QString &host, qint64 pid, int concurrency, QString *error)
{
    if (!requirePostgres(error))
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO sync_workers (name, host, pid, concurrency) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (name) DO UPDATE SET host = EXCLUDED.host, pid = EXCLUDED.pid, concurrency = EXCLUDED.concurrency,"
              " db_user = current_user, started_at = now(), last_heartbeat = now(), stopped_at = NULL"_s);
    q.addBindValue(name);
    q.addBindValue(host);
    q.addBindValue(pid);
    q.addBindValue(concurrency);
    if (!q.exec()) {
        *error = tr("Cannot register the worker: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool JobQueue::workerStopped(const QString &name, QString *error)
{
    if (!requirePostgres(error))
        return false;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE sync_workers SET stopped_at = now() WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        *error = tr("Cannot record the worker's stop: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

QList<WorkerInfo> JobQueue::workers(int staleAfterSeconds, QString *error) const
{
    if (!requirePostgres(error))
        return {};
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT w.name, w.host, w.pid, w.concurrency, w.db_user, w.started_at, w.last_heartbeat, w.stopped_at, w.jobs_done,"
              " (SELECT count(*) FROM sync_jobs j WHERE j.lease_owner = w.name AND j.state = 'running')"
              " FROM sync_workers w WHERE w.stopped_at IS NULL AND w.last_heartbeat > now() - make_interval(secs => ?)"
              "    OR w.stopped_at > now() - interval '1 hour'"
              " ORDER BY w.stopped_at IS NOT NULL, w.name"_s);
    q.addBindValue(staleAfterSeconds);
    if (!q.exec()) {
        *error = tr("Cannot read the workers: %1").arg(q.lastError().text());
        return {};
    }
    QList<WorkerInfo> out;
    while (q.next()) {
        WorkerInfo w;
        w.name = q.value(0).toString();
        w.host = q.value(1).toString();
        w.pid = q.value(2).toLongLong();
        w.concurrency = q.value(3).toInt();
        w.dbUser = q.value(4).toString();
        w.startedAt = q.value(5).toDateTime().toUTC();
        w.lastHeartbeat = q.value(6).toDateTime().toUTC();
        w.stoppedAt = q.value(7).toDateTime().toUTC();
        w.jobsDone = q.value(8).toLongLong();
        w.running = q.value(9).toInt();
        out << w;
    }
    return out;
}

} // namespace Orion

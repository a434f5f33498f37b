#include "store/analytics.h"

#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Orion {

namespace AnalyticsDetail {

// "?, ?, ?" for a list bound value by value.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

struct Where
{
    QString sql;
    QVariantList binds;
};

Where connectionFilter(const AnalyticsFilter &filter, const QString &idColumn)
{
    Where w;
    if (!filter.connectionIds.isEmpty()) {
        w.sql += u" AND "_s + idColumn + u" IN ("_s + placeholders(filter.connectionIds.size()) + u')';
        for (qint64 id : filter.connectionIds)
            w.binds << id;
    }
    if (!filter.connectorIds.isEmpty()) {
        w.sql += u" AND c.connector_id IN ("_s + placeholders(filter.connectorIds.size()) + u')';
        for (const QString &c : filter.connectorIds)
            w.binds << c;
    }
    return w;
}

QDate dayOf(const QVariant &v)
{
    return v.typeId() == QMetaType::QDate ? v.toDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// The day buckets of the range, as rows (connection_id, day, sync_count, …). SQLite: the rollup
// table its triggers keep current. PostgreSQL: the materialized view (through its row-level
// security view) plus the runs recorded since its last refresh (ids above its watermark), so a new
// run counts at once; one statement, one snapshot, so view and watermark always agree.
QString daySource(const Workspace &w)
{
    if (!w.isPostgres())
        return u"(SELECT * FROM sync_metrics_daily WHERE day >= ? AND day < ?) m"_s;
    return uR"((SELECT connection_id, day, sum(sync_count) AS sync_count, sum(records_processed) AS records_processed,
                 sum(records_failed) AS records_failed, min(min_duration_ms) AS min_duration_ms,
                 max(max_duration_ms) AS max_duration_ms, sum(error_count) AS error_count,
                 sum(succeeded_count) AS succeeded_count, sum(partial_count) AS partial_count,
                 sum(cancelled_count) AS cancelled_count, sum(total_duration_ms) AS total_duration_ms
            FROM (SELECT connection_id, day, sync_count, records_processed, records_failed, min_duration_ms,
                         max_duration_ms, error_count, succeeded_count, partial_count, cancelled_count, total_duration_ms
                    FROM connector_analytics_visible WHERE day >= ? AND day < ?
                  UNION ALL
                  SELECT connection_id, (started_at AT TIME ZONE 'UTC')::date, count(*), sum(records_processed),
                         sum(records_failed), min(duration_ms), max(duration_ms),
                         count(*) FILTER (WHERE status = 'failed'), count(*) FILTER (WHERE status = 'succeeded'),
                         count(*) FILTER (WHERE status = 'partial'), count(*) FILTER (WHERE status = 'cancelled'),
                         sum(duration_ms)
                    FROM sync_metrics
                   WHERE id > ? AND started_at >= ? AND started_at < ?
                   GROUP BY 1, 2) fresh
           GROUP BY connection_id, day) m)"_s;
}

void bindDayRange(const Workspace &w, QSqlQuery &q, const QDate &from, const QDate &to, qint64 watermark)
{
    if (!w.isPostgres()) {
        q.addBindValue(from.toString(Qt::ISODate));
        q.addBindValue(to.toString(Qt::ISODate));
        return;
    }
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(watermark);
    q.addBindValue(QDateTime(from, QTime(0, 0), QTimeZone::UTC));
    q.addBindValue(QDateTime(to, QTime(0, 0), QTimeZone::UTC));
}

} // namespace AnalyticsDetail

using AnalyticsDetail::connectionFilter;

bool Analytics::run(QSqlQuery &q, const QVariantList &binds, QString *error)
{
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (s_trace)
        s_trace(q.lastQuery(), q.boundValues());
    if (q.exec())
        return true;
    *error = tr("Cannot read the analytics: %1").arg(q.lastError().text());
    return false;
}

bool Analytics::refresh(Workspace &workspace, QString *error)
{
    if (!workspace.isPostgres())
        return true;
    QSqlQuery q(workspace.database());
    if (!q.exec(u"SELECT orion_refresh_analytics()"_s)) {
        *error = tr("Cannot refresh the analytics: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

std::function<void(const QString &, const QVariantList &)> Analytics::s_trace;

void Analytics::setTrace(std::function<void(const QString &, const QVariantList &)> trace)
{
    s_trace = std::move(trace);
}

bool Analytics::query(Workspace &workspace, const AnalyticsFilter &filter, AnalyticsResult *result, QString *error)
{
    if (!workspace.isPostgres())
        return query(workspace, filter, 0, result, error);
    // PostgreSQL: every statement in one read-only REPEATABLE READ snapshot, so the view and its
    // watermark (read here and bound as a value the planner can use: the runs past it are few, an
    // index range on the primary key) always agree, and KPIs, series and totals describe the same runs.
    QSqlDatabase db = workspace.database();
    QSqlQuery q(db);
    if (!db.transaction() || !q.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s)
        || !q.exec(u"SELECT metrics_watermark FROM analytics_refresh"_s)) {
        *error = tr("Cannot read the analytics: %1").arg(q.lastError().isValid() ? q.lastError().text() : db.lastError().text());
        db.rollback();
        return false;
    }
    const qint64 watermark = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    const bool ok = query(workspace, filter, watermark, result, error);
    db.rollback(); // read only: nothing to keep
    return ok;
}

bool Analytics::query(Workspace &workspace, const AnalyticsFilter &filter, qint64 watermark, AnalyticsResult *result, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = (filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc()).toUTC();
    const bool hourly = filter.range == AnalyticsFilter::Range::Day;
    result->hourly = hourly;
    QDate firstDay, lastDay;
    if (hourly) {
        const QDateTime hour(now.date(), QTime(now.time().hour(), 0), QTimeZone::UTC);
        result->to = hour.addSecs(3600);
        result->from = result->to.addSecs(-24 * 3600);
    } else {
        if (filter.range == AnalyticsFilter::Range::Custom) {
            firstDay = filter.customFrom;
            lastDay = filter.customTo;
            if (!firstDay.isValid() || !lastDay.isValid() || firstDay > lastDay) {
                *error = tr("The custom range needs a start day on or before its end day.");
                return false;
            }
        } else {
            const int days = filter.range == AnalyticsFilter::Range::Week ? 7 : filter.range == AnalyticsFilter::Range::Month ? 30 : 90;
            lastDay = now.date();
            firstDay = lastDay.addDays(-(days - 1));
        }
        result->from = QDateTime(firstDay, QTime(0, 0), QTimeZone::UTC);
        result->to = QDateTime(lastDay.addDays(1), QTime(0, 0), QTimeZone::UTC);
    }
    const qint64 spanSecs = result->from.secsTo(result->to);
    const QDateTime previousFrom = result->from.addSecs(-spanSecs);
    const auto where = connectionFilter(filter, u"m.connection_id"_s);
    QSqlDatabase db = workspace.database();

    // Buckets: every day (or hour) of the range, so gaps show as zero.
    result->series.clear();
    QHash<qint64, qsizetype> bucketIndex;
    for (QDateTime b = result->from; b < result->to; b = hourly ? b.addSecs(3600) : b.addDays(1)) {
        bucketIndex.insert(b.toSecsSinceEpoch(), result->series.size());
        AnalyticsPoint p;
        p.bucket = b;
        result->series.append(p);
    }

    auto kpisOf = [&](const QDateTime &from, const QDateTime &to, AnalyticsKpis *k) -> bool {
        QSqlQuery q(db);
        if (hourly) {
            q.prepare(u"SELECT count(*), coalesce(sum(m.records_processed), 0), "
                      "coalesce(sum(CASE WHEN m.status = 'failed' THEN 1 ELSE 0 END), 0), "
                      "coalesce(sum(CASE WHEN m.status = 'succeeded' THEN 1 ELSE 0 END), 0), coalesce(avg(m.duration_ms), 0) "
                      "FROM sync_metrics m JOIN connections c ON c.id = m.connection_id "
                      "WHERE m.started_at >= ? AND m.started_at < ?"_s
                      + where.sql);
            q.addBindValue(from);
            q.addBindValue(to);
        } else {
            q.prepare(u"SELECT coalesce(sum(m.sync_count), 0), coalesce(sum(m.records_processed), 0), coalesce(sum(m.error_count), 0), "
                      "coalesce(sum(m.succeeded_count), 0), coalesce(sum(m.total_duration_ms), 0) "
                      "FROM "_s
                      + AnalyticsDetail::daySource(workspace)
                      + u" JOIN connections c ON c.id = m.connection_id "
                        "WHERE 1 = 1"_s
                      + where.sql);
            AnalyticsDetail::bindDayRange(workspace, q, from.date(), to.date(), watermark);
        }
        if (!run(q, where.binds, error) || !q.next()) {
            if (error->isEmpty())
                *error = tr("Cannot read the analytics: %1").arg(q.lastError().text());
            return false;
        }
        k->syncs = q.value(0).toLongLong();
        k->records = q.value(1).toLongLong();
        k->failedRuns = q.value(2).toLongLong();
        k->succeededRuns = q.value(3).toLongLong();
        k->avgDurationMs = hourly ? q.value(4).toDouble() : (k->syncs ? q.value(4).toDouble() / double(k->syncs) : 0.0);
        // Records marked deleted at the source: from the runs themselves (the daily rollup predates them).
        QSqlQuery deleted(db);
        deleted.prepare(u"SELECT coalesce(sum(m.records_deleted), 0) FROM sync_metrics m JOIN connections c ON c.id = m.connection_id "
                        "WHERE m.started_at >= ? AND m.started_at < ?"_s
                        + where.sql);
        deleted.addBindValue(from);
        deleted.addBindValue(to);
        if (!run(deleted, where.binds, error) || !deleted.next()) {
            if (error->isEmpty())
                *error = tr("Cannot read the analytics: %1").arg(deleted.lastError().text());
            return false;
        }
        k->recordsDeleted = deleted.value(0).toLongLong();
        return true;
    };
    if (!kpisOf(result->from, result->to, &result->current) || !kpisOf(previousFrom, result->from, &result->previous))
        return false;

    // The series.
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (hourly) {
            const QString hour = workspace.isPostgres() ? u"date_trunc('hour', m.started_at AT TIME ZONE 'UTC')"_s : u"substr(m.started_at, 1, 13)"_s;
            q.prepare(u"SELECT "_s + hour
                      + u", "
                        "sum(CASE WHEN m.status = 'succeeded' THEN 1 ELSE 0 END), sum(CASE WHEN m.status = 'partial' THEN 1 ELSE 0 END), "
                        "sum(CASE WHEN m.status = 'failed' THEN 1 ELSE 0 END), sum(CASE WHEN m.status = 'cancelled' THEN 1 ELSE 0 END), "
                        "sum(m.records_processed), sum(m.records_failed), sum(m.duration_ms), min(m.duration_ms), max(m.duration_ms) "
                        "FROM sync_metrics m JOIN connections c ON c.id = m.connection_id "
                        "WHERE m.started_at >= ? AND m.started_at < ?"_s
                      + where.sql + u" GROUP BY 1"_s);
            q.addBindValue(result->from);
            q.addBindValue(result->to);
        } else {
            q.prepare(u"SELECT m.day, sum(m.succeeded_count), sum(m.partial_count), sum(m.error_count), sum(m.cancelled_count), "
                      "sum(m.records_processed), sum(m.records_failed), sum(m.total_duration_ms), min(m.min_duration_ms), "
                      "max(m.max_duration_ms) FROM "_s
                      + AnalyticsDetail::daySource(workspace)
                      + u" JOIN connections c ON c.id = m.connection_id "
                        "WHERE 1 = 1"_s
                      + where.sql + u" GROUP BY m.day"_s);
            AnalyticsDetail::bindDayRange(workspace, q, result->from.date(), result->to.date(), watermark);
        }
        if (!run(q, where.binds, error))
            return false;
        while (q.next()) {
            QDateTime bucket;
            if (hourly) {
                const QVariant v = q.value(0);
                bucket = v.typeId() == QMetaType::QDateTime ? QDateTime(v.toDateTime().date(), v.toDateTime().time(), QTimeZone::UTC)
                                                            : QDateTime::fromString(v.toString() + u":00:00Z"_s, Qt::ISODate);
            } else {
                bucket = QDateTime(AnalyticsDetail::dayOf(q.value(0)), QTime(0, 0), QTimeZone::UTC);
            }
            const auto it = bucketIndex.constFind(bucket.toSecsSinceEpoch());
            if (it == bucketIndex.constEnd())
                continue;
            AnalyticsPoint &p = result->series[*it];
            p.succeeded = q.value(1).toLongLong();
            p.partial = q.value(2).toLongLong();
            p.failed = q.value(3).toLongLong();
            p.cancelled = q.value(4).toLongLong();
            p.records = q.value(5).toLongLong();
            p.recordsFailed = q.value(6).toLongLong();
            p.avgDurationMs = p.syncs() ? q.value(7).toDouble() / double(p.syncs()) : 0.0;
            p.minDurationMs = q.value(8).toLongLong();
            p.maxDurationMs = q.value(9).toLongLong();
        }
    }

    // Per connection.
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (hourly) {
            q.prepare(u"SELECT c.id, c.name, c.connector_id, count(*), sum(m.records_processed), "
                      "sum(CASE WHEN m.status = 'failed' THEN 1 ELSE 0 END) FROM sync_metrics m JOIN connections c ON c.id = m.connection_id "
                      "WHERE m.started_at >= ? AND m.started_at < ?"_s
                      + where.sql + u" GROUP BY c.id, c.name, c.connector_id ORDER BY c.name"_s);
            q.addBindValue(result->from);
            q.addBindValue(result->to);
        } else {
            q.prepare(u"SELECT c.id, c.name, c.connector_id, sum(m.sync_count), sum(m.records_processed), sum(m.error_count) "
                      "FROM "_s
                      + AnalyticsDetail::daySource(workspace)
                      + u" JOIN connections c ON c.id = m.connection_id "
                        "WHERE 1 = 1"_s
                      + where.sql + u" GROUP BY c.id, c.name, c.connector_id ORDER BY c.name"_s);
            AnalyticsDetail::bindDayRange(workspace, q, result->from.date(), result->to.date(), watermark);
        }
        if (!run(q, where.binds, error))
            return false;
        result->perConnection.clear();
        while (q.next()) {
            result->perConnection.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                                          q.value(4).toLongLong(), q.value(5).toLongLong()});
        }
    }
    ConnectionStore store(workspace);
    QString healthError;
    if (filter.includeHealth)
        result->health = store.connections(&healthError);
    if (!healthError.isEmpty()) {
        *error = healthError;
        return false;
    }
    result->queryMs = timer.elapsed();
    return true;
}

} // namespace Orion

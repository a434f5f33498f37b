#include "store/connectionstore.h"

#include "adapters/connector.h"

#include "runtime/credentialstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {
bool isUniqueViolation(const QSqlError &error)
{
    // PostgreSQL SQLSTATE 23505; SQLite extended code 2067 (SQLITE_CONSTRAINT_UNIQUE).
    return error.nativeErrorCode() == "23505"_L1 || error.nativeErrorCode() == "2067"_L1
        || error.databaseText().contains("UNIQUE constraint failed"_L1);
}
} // namespace

ConnectionStore::ConnectionStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QDateTime ConnectionStore::toUtc(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

qint64 ConnectionStore::createConnection(const NewConnection &connection, QString *error)
{
    if (const QString problem = Connector::checkName(connection.name.trimmed()); !problem.isEmpty()) {
        *error = problem;
        return 0;
    }
    QString readError;
    if (const QString clash = clashingName(0, connection.name, &readError); !clash.isEmpty() || !readError.isEmpty()) {
        *error = readError.isEmpty() ? clashMessage(connection.name, clash) : readError;
        return 0;
    }
    QSqlQuery q(m_workspace.database());
    const bool pg = m_workspace.isPostgres();
    q.prepare(pg ? u"INSERT INTO connections (uid, name, connector_id, settings, schedule, enabled, is_demo) "
                   "VALUES (CAST(? AS uuid), ?, ?, CAST(? AS jsonb), ?, ?, ?) RETURNING id"_s
                 : u"INSERT INTO connections (uid, name, connector_id, settings, owner, schedule, enabled, is_demo) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(connection.uid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : connection.uid);
    q.addBindValue(connection.name.trimmed());
    q.addBindValue(connection.connectorId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(connection.settings).toJson(QJsonDocument::Compact)));
    if (!pg)
        q.addBindValue(m_workspace.userName());
    q.addBindValue(connection.schedule);
    q.addBindValue(connection.enabled);
    q.addBindValue(connection.isDemo);
    if (!q.exec() || !q.next()) {
        *error = isUniqueViolation(q.lastError()) ? ConnectionStore::tr("A connection named \"%1\" already exists.").arg(connection.name.trimmed())
                                                  : ConnectionStore::tr("Cannot create the connection: %1").arg(q.lastError().text());
        return 0;
    }
    return q.value(0).toLongLong();
}

QString ConnectionStore::clashingName(qint64 id, const QString &name, QString *error) const
{
    // Names are unique per owner; two that differ only in what the environment variables and the
    // secret keys of a single-user CLI cannot tell apart ("acme-x", "acme_x", "ACME x") are refused too.
    QSqlQuery q(m_workspace.database());
    q.prepare(m_workspace.isPostgres() ? u"SELECT name FROM connections WHERE owner = current_user AND id <> ?"_s
                                       : u"SELECT name FROM connections WHERE owner = ? AND id <> ?"_s);
    if (!m_workspace.isPostgres())
        q.addBindValue(m_workspace.userName());
    q.addBindValue(id);
    if (!q.exec()) {
        *error = ConnectionStore::tr("Cannot read the connections: %1").arg(q.lastError().text());
        return {};
    }
    const QString wanted = CredentialStore::normalizedName(name);
    while (q.next()) {
        if (CredentialStore::normalizedName(q.value(0).toString()) == wanted)
            return q.value(0).toString();
    }
    return {};
}

QString ConnectionStore::clashMessage(const QString &name, const QString &existing)
{
    return existing == name.trimmed()
        ? ConnectionStore::tr("A connection named \"%1\" already exists.").arg(existing)
        : ConnectionStore::tr("The name \"%1\" is too close to the existing connection \"%2\": names that differ only in "
                              "case, spaces or punctuation would share one set of environment variables.")
              .arg(name.trimmed(), existing);
}

bool ConnectionStore::deleteConnection(qint64 id, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM connections WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = ConnectionStore::tr("Cannot delete the connection: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool ConnectionStore::deleteDemoConnections(QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM connections WHERE is_demo = ?"_s);
    q.addBindValue(true);
    if (!q.exec()) {
        *error = ConnectionStore::tr("Cannot remove the demo connections: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

ConnectionSummaries ConnectionStore::connections(QString *error) const
{
    ConnectionSummaries result;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    // The last run per connection: the row with the greatest started_at (ties by id).
    const QString sql = uR"(
        SELECT c.id, c.name, c.connector_id, c.owner, c.schedule, c.enabled, c.is_demo, c.created_at,
               h.status, h.consecutive_failures, m.finished_at, m.started_at, m.status, c.settings, h.last_success_at,
               c.next_sync_at, c.run_on_workers, c.uid, c.legacy_secret_name, h.drift
          FROM connections c
          LEFT JOIN connector_health h ON h.connection_id = c.id
          LEFT JOIN sync_metrics m ON m.id = (SELECT m2.id FROM sync_metrics m2
                                               WHERE m2.connection_id = c.id
                                               ORDER BY m2.started_at DESC, m2.id DESC LIMIT 1)
         ORDER BY lower(c.name), c.id)"_s;
    if (!q.exec(sql)) {
        *error = ConnectionStore::tr("Cannot read the connections: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next()) {
        ConnectionSummary c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.connectorId = q.value(2).toString();
        c.owner = q.value(3).toString();
        c.schedule = q.value(4).toString();
        c.enabled = q.value(5).toBool();
        c.isDemo = q.value(6).toBool();
        c.createdAt = toUtc(q.value(7));
        c.health = q.value(8).isNull() ? HealthStatus::Unknown : healthStatusFromName(q.value(8).toString());
        c.consecutiveFailures = q.value(9).toInt();
        c.lastSyncAt = q.value(10).isNull() ? toUtc(q.value(11)) : toUtc(q.value(10));
        c.lastSyncStatus = q.value(12).toString();
        c.settings = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object();
        c.lastSuccessAt = q.value(14).isNull() ? QDateTime() : toUtc(q.value(14));
        c.nextSyncAt = q.value(15).isNull() ? QDateTime() : toUtc(q.value(15));
        c.runOnWorkers = q.value(16).toBool();
        c.uid = q.value(17).toString();
        c.legacySecretName = q.value(18).toString();
        c.drift = driftFromText(q.value(19).toString());
        result.append(c);
    }
    return result;
}

qint64 ConnectionStore::recordSyncRun(const SyncRun &run, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO sync_metrics (connection_id, stream, started_at, finished_at, status, records_processed, "
              "records_failed, duration_ms, error_class, error_message, records_written, log, requests, partitions, drift, records_deleted) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, %1, ?) "
              "RETURNING id"_s.arg(m_workspace.isPostgres() ? u"CAST(? AS jsonb)"_s : u"?"_s));
    q.addBindValue(run.connectionId);
    q.addBindValue(run.stream);
    q.addBindValue(run.startedAt.toUTC());
    q.addBindValue(run.finishedAt.isValid() ? QVariant(run.finishedAt.toUTC()) : QVariant(QMetaType::fromType<QDateTime>()));
    q.addBindValue(SyncRun::statusName(run.status));
    q.addBindValue(run.recordsProcessed);
    q.addBindValue(run.recordsFailed);
    q.addBindValue(run.durationMs);
    q.addBindValue(run.errorClass.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(run.errorClass));
    q.addBindValue(run.errorMessage.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(run.errorMessage));
    q.addBindValue(run.recordsWritten);
    q.addBindValue(run.log);
    q.addBindValue(run.requests);
    q.addBindValue(run.partitions);
    q.addBindValue(driftText(run.drift));
    q.addBindValue(run.recordsDeleted);
    if (!q.exec() || !q.next()) {
        *error = ConnectionStore::tr("Cannot record the sync run: %1").arg(q.lastError().text());
        return 0;
    }
    return q.value(0).toLongLong();
}

std::optional<ConnectionStore::Connection> ConnectionStore::connectionByName(const QString &name, QString *error) const
{
    // An admin sees every member's connections: their own "acme" is the one they mean.
    return connectionWhere(
        m_workspace.isPostgres() ? u"name = ? ORDER BY (owner = current_user) DESC, id LIMIT 1"_s : u"name = ? ORDER BY id LIMIT 1"_s, name, error);
}

std::optional<ConnectionStore::Connection> ConnectionStore::connectionById(qint64 id, QString *error) const
{
    return connectionWhere(u"id = ?"_s, id, error);
}

std::optional<ConnectionStore::Connection> ConnectionStore::connectionByUid(const QString &uid, QString *error) const
{
    const QUuid parsed = QUuid::fromString(uid);
    if (parsed.isNull())
        return std::nullopt;
    return connectionWhere(m_workspace.isPostgres() ? u"uid = CAST(? AS uuid)"_s : u"uid = ?"_s, parsed.toString(QUuid::WithoutBraces), error);
}

std::optional<ConnectionStore::Connection> ConnectionStore::connectionWhere(const QString &condition, const QVariant &value, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id, name, connector_id, settings, owner, is_demo, uid, legacy_secret_name, run_on_workers FROM connections WHERE "_s
              + condition);
    q.addBindValue(value);
    if (!q.exec()) {
        *error = ConnectionStore::tr("Cannot read the connections: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Connection c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.connectorId = q.value(2).toString();
    c.settings = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    c.owner = q.value(4).toString();
    c.isDemo = q.value(5).toBool();
    c.uid = q.value(6).toString();
    c.legacySecretName = q.value(7).toString();
    c.runOnWorkers = q.value(8).toBool();
    return c;
}

bool ConnectionStore::updateConnection(qint64 id, const QString &name, const QJsonObject &settings, QString *error)
{
    if (const QString problem = Connector::checkName(name.trimmed()); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QString readError;
    if (const QString clash = clashingName(id, name, &readError); !clash.isEmpty() || !readError.isEmpty()) {
        *error = readError.isEmpty() ? clashMessage(name, clash) : readError;
        return false;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE connections SET name = ?, settings = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(name.trimmed());
    q.addBindValue(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(id);
    if (!q.exec()) {
        const bool duplicate = q.lastError().text().contains("unique"_L1, Qt::CaseInsensitive);
        *error = duplicate ? ConnectionStore::tr("A connection named \"%1\" already exists.").arg(name.trimmed())
                           : ConnectionStore::tr("Cannot save the connection: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = ConnectionStore::tr("The connection no longer exists.");
        return false;
    }
    return true;
}

bool ConnectionStore::appendRunLog(qint64 runId, const QString &lines, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE sync_metrics SET log = log || ? WHERE id = ?"_s);
    q.addBindValue(QString(u"\n"_s + lines));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<SyncRun> ConnectionStore::runs(const RunFilter &filter, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(uR"(SELECT m.id, m.connection_id, c.name, m.stream, m.started_at, m.finished_at, m.status,
                         m.records_processed, m.records_written, m.records_failed, m.duration_ms, m.error_class,
                         m.error_message, m.log, m.requests, m.partitions, m.drift, m.records_deleted
                    FROM sync_metrics m JOIN connections c ON c.id = m.connection_id
                   WHERE (? = 0 OR m.connection_id = ?)
                   ORDER BY m.started_at DESC, m.id DESC
                   LIMIT ?)"_s);
    q.addBindValue(filter.connectionId);
    q.addBindValue(filter.connectionId);
    q.addBindValue(filter.limit);
    if (!q.exec()) {
        *error = ConnectionStore::tr("Cannot read the sync runs: %1").arg(q.lastError().text());
        return {};
    }
    QList<SyncRun> result;
    while (q.next()) {
        SyncRun run;
        run.id = q.value(0).toLongLong();
        run.connectionId = q.value(1).toLongLong();
        run.connectionName = q.value(2).toString();
        run.stream = q.value(3).toString();
        run.startedAt = toUtc(q.value(4));
        run.finishedAt = toUtc(q.value(5));
        SyncRun::statusFromName(q.value(6).toString(), &run.status);
        run.recordsProcessed = q.value(7).toLongLong();
        run.recordsWritten = q.value(8).toLongLong();
        run.recordsFailed = q.value(9).toLongLong();
        run.durationMs = q.value(10).toLongLong();
        run.errorClass = q.value(11).toString();
        run.errorMessage = q.value(12).toString();
        run.log = q.value(13).toString();
        run.requests = q.value(14).toLongLong();
        run.partitions = q.value(15).toInt();
        run.drift = driftFromText(q.value(16).toString());
        run.recordsDeleted = q.value(17).toLongLong();
        result.append(run);
    }
    return result;
}

} // namespace Orion

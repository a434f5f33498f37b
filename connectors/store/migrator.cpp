#include "store/migrator.h"

#include "store/sqlscript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {
QString engineFolder(DatabaseConfig::Engine engine)
{
    return engine == DatabaseConfig::Engine::Sqlite ? u"sqlite"_s : u"postgresql"_s;
}

// Arbitrary but fixed key of the transaction-scoped advisory lock that serialises migrations.
constexpr qint64 kMigrationLockKey = 0x6f72696f6e01; // "orion" 01
} // namespace

Migrator::Migrator(const QSqlDatabase &db, DatabaseConfig::Engine engine)
    : m_db(db)
    , m_engine(engine)
    , m_migrations(bundledMigrations(engine))
{
}

QList<Migration> Migrator::bundledMigrations(DatabaseConfig::Engine engine)
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> migrations;
    const QDir dir(u":/migrations/"_s + engineFolder(engine));
    for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), file.chopped(4), QString::fromUtf8(f.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestBundledVersion(DatabaseConfig::Engine engine)
{
    const auto migrations = bundledMigrations(engine);
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int Migrator::currentVersion(QString *error) const
{
    QSqlQuery q(m_db);
    const QString exists = m_engine == DatabaseConfig::Engine::Sqlite
        ? u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'orion_schema_version'"_s
        : u"SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
          "AND tablename = 'orion_schema_version'"_s;
    if (!q.exec(exists) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    if (q.value(0).toInt() == 0)
        return 0;
    if (!q.exec(u"SELECT coalesce(max(version), 0) FROM orion_schema_version"_s) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool Migrator::foreignTablesPresent(QString *error) const
{
    if (m_engine != DatabaseConfig::Engine::Sqlite)
        return false; // a shared PostgreSQL database may hold other applications' tables
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s) || !q.next()) {
        *error = q.lastError().text();
        return true;
    }
    return q.value(0).toInt() > 0;
}

bool Migrator::migrate(QString *error, int *applied)
{
    if (applied)
        *applied = 0;
    QString dbError;
    int current = currentVersion(&dbError);
    if (current < 0) {
        *error = Migrator::tr("Cannot read the schema version: %1").arg(dbError);
        return false;
    }
    const int latest = latestVersion();
    if (current > latest) {
        *error = Migrator::tr("The workspace has schema version %1, newer than this version of Orion Connector Studio "
                              "supports (%2). Update the application; the workspace was not changed.")
                     .arg(current)
                     .arg(latest);
        return false;
    }
    if (current == latest)
        return true;

    QSqlQuery q(m_db);
    const bool sqlite = m_engine == DatabaseConfig::Engine::Sqlite;
    if (!q.exec(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)) {
        *error = Migrator::tr("Cannot start the migration: %1").arg(q.lastError().text());
        return false;
    }
    auto rollback = [&](const QString &message) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        *error = message;
        return false;
    };
    if (!sqlite) {
        // Another instance may be migrating the same database: wait for it, then re-read the version.
        q.prepare(u"SELECT pg_advisory_xact_lock(?)"_s);
        q.addBindValue(kMigrationLockKey);
        if (!q.exec())
            return rollback(Migrator::tr("Cannot lock the schema for migration: %1").arg(q.lastError().text()));
    }
    current = currentVersion(&dbError);
    if (current < 0)
        return rollback(Migrator::tr("Cannot read the schema version: %1").arg(dbError));
    if (current == 0 && foreignTablesPresent(&dbError))
        return rollback(Migrator::tr("The file is a SQLite database but not an Orion workspace; it was not changed."));
    if (current >= latest) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return true;
    }

    const QString createVersionTable = sqlite ? u"CREATE TABLE IF NOT EXISTS orion_schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                                "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))"_s
                                              : u"CREATE TABLE IF NOT EXISTS orion_schema_version (version integer PRIMARY KEY, name text NOT NULL, "
                                                "applied_at timestamptz NOT NULL DEFAULT now())"_s;
    if (!q.exec(createVersionTable))
        return rollback(Migrator::tr("Cannot create the schema version table: %1").arg(q.lastError().text()));

    int count = 0;
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= current)
            continue;
        const QStringList statements = SqlScript::split(migration.script);
        for (const QString &statement : statements) {
            QSqlQuery step(m_db);
            if (!step.exec(statement))
                return rollback(Migrator::tr("Migration %1 failed: %2").arg(migration.name, step.lastError().text()));
        }
        QSqlQuery record(m_db);
        record.prepare(u"INSERT INTO orion_schema_version (version, name) VALUES (?, ?)"_s);
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        if (!record.exec())
            return rollback(Migrator::tr("Cannot record migration %1: %2").arg(migration.name, record.lastError().text()));
        ++count;
    }
    if (!q.exec(u"COMMIT"_s))
        return rollback(Migrator::tr("Cannot commit the migration: %1").arg(q.lastError().text()));
    if (applied)
        *applied = count;
    return true;
}

} // namespace Orion

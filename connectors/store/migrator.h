#pragma once

#include <QCoreApplication>

#include "workspace/databaseconfig.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Orion {

struct Migration
{
    int version = 0;
    QString name;   // "0002_triggers"
    QString script; // SQL text
};

// Applies numbered migrations (resources/migrations/<engine>/NNNN_name.sql, embedded as
// :/migrations/<engine>/) in one transaction and records them in orion_schema_version.
// All or nothing: a failing statement rolls every pending migration back.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Orion::Migrator)

public:
    Migrator(const QSqlDatabase &db, DatabaseConfig::Engine engine);

    static QList<Migration> bundledMigrations(DatabaseConfig::Engine engine);
    static int latestBundledVersion(DatabaseConfig::Engine engine);

    // For tests: replace the bundled list.
    void setMigrations(const QList<Migration> &migrations) { m_migrations = migrations; }
    int latestVersion() const;

    // -1 on error (see *error); 0 for an empty database.
    int currentVersion(QString *error) const;

    // Brings the schema to latestVersion(). Returns false with a user-readable *error and leaves the
    // database unchanged when the schema is newer than this application knows, when the database is
    // not an Orion workspace, or when a migration fails. *applied receives the number applied.
    bool migrate(QString *error, int *applied = nullptr);

private:
    bool foreignTablesPresent(QString *error) const;

    QSqlDatabase m_db;
    DatabaseConfig::Engine m_engine;
    QList<Migration> m_migrations;
};

} // namespace Orion

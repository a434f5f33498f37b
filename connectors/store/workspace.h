#pragma once

#include <QCoreApplication>

#include "workspace/databaseconfig.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Orion {

// An open, migrated workspace database. Belongs to the thread that opened it (a QSqlDatabase
// connection is per thread); open another Workspace on another thread when needed.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Orion::Workspace)

public:
    struct Options
    {
        bool migrate = true;         // apply pending migrations
        bool createIfMissing = true; // SQLite: create the file (and its folder)
        QString applicationName = QStringLiteral("orion");
        bool backups = true;     // SQLite: back up before a migration and once a day (WorkspaceBackup)
        bool quickCheck = false; // SQLite: PRAGMA quick_check after opening; findings in problems()
        // PostgreSQL: a shared workspace is migrated only by its owner (`orion migrate --as-owner`):
        // without this, a pending migration is an error, and with it the login must be able to act as
        // orion_owner (a superuser, or a member of orion_owner; on a database without that role yet, a
        // role with CREATEROLE), and every object is then owned by orion_owner.
        bool asOwner = false;
    };
    enum class OpenStatus {
        Opened,  // problems() is empty
        Damaged, // SQLite found damage: opening failed, or problems() lists what quick_check found
        Failed,  // anything else
    };

    // Opens the workspace. On failure returns nullptr with a one-sentence, user-readable *error that
    // never contains the password; the database is left unchanged.
    static std::unique_ptr<Workspace> open(const DatabaseConfig &config, const QString &password, QString *error, const Options &options,
                                           OpenStatus *status = nullptr);
    static std::unique_ptr<Workspace> open(const DatabaseConfig &config, const QString &password, QString *error)
    {
        return open(config, password, error, Options{});
    }
    ~Workspace();

    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QSqlDatabase database() const;
    const DatabaseConfig &config() const { return m_config; }
    DatabaseConfig::Engine engine() const { return m_config.engine; }
    bool isPostgres() const { return m_config.engine == DatabaseConfig::Engine::PostgreSql; }
    int schemaVersion() const { return m_schemaVersion; }
    int migrationsApplied() const { return m_migrationsApplied; }
    QString serverVersion() const { return m_serverVersion; } // "SQLite 3.46.1" / "PostgreSQL 17.6"
    QString userName() const { return m_userName; }           // owner of new rows
    // Who decisions made through this workspace are recorded for (mapping approvals, audits): the
    // database login on PostgreSQL, the operating-system user on SQLite ("local user" without one).
    QString actor() const;
    QStringList problems() const { return m_problems; } // Options::quickCheck findings

private:
    Workspace() = default;

    QString m_connectionName;
    DatabaseConfig m_config;
    int m_schemaVersion = 0;
    int m_migrationsApplied = 0;
    QString m_serverVersion;
    QString m_userName;
    QStringList m_problems;
};

} // namespace Orion

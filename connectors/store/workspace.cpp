#include "store/workspace.h"

#include "common/localuser.h"
#include "store/migrator.h"
#include "store/workspacebackup.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"orion-workspace-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Checks the path of a SQLite workspace before SQLite opens it, with stat() and access() only.
// Never open the file with a descriptor of our own: on POSIX, closing any descriptor of a file drops
// every lock this process holds on it (including those of SQLite connections open in other
// threads), so another process would take itself for the last user and delete the write-ahead log
// under us ("How To Corrupt An SQLite Database File", 2.2). The header is checked through SQLite.
bool checkSqlitePath(const QString &path, bool createIfMissing, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!createIfMissing) {
            *error = Workspace::tr("The workspace file %1 does not exist.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
            *error = Workspace::tr("Cannot create the folder %1 for the workspace.").arg(QDir::toNativeSeparators(dir.path()));
            return false;
        }
        if (!QFileInfo(dir.absolutePath()).isWritable()) {
            *error = Workspace::tr("The folder %1 is read-only; the workspace cannot be created there.").arg(QDir::toNativeSeparators(dir.path()));
            return false;
        }
        return true;
    }
    if (!info.isFile()) {
        *error = Workspace::tr("%1 is not a file.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!info.isReadable()) {
        *error = Workspace::tr("Cannot read the workspace file %1: permission denied.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!info.isWritable()) {
        *error
            = Workspace::tr("The workspace file %1 is read-only. Make it writable or choose another workspace.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QString connectOptions(const DatabaseConfig &config, const QString &applicationName)
{
    if (config.engine == DatabaseConfig::Engine::Sqlite)
        return u"QSQLITE_BUSY_TIMEOUT=5000"_s;
    // The value goes into a libpq connection string unquoted: keep it to a safe alphabet.
    QString name = applicationName;
    for (QChar &c : name)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'-';
    return u"%1;connect_timeout=5;application_name=%2"_s.arg(config.libpqSslOptions(nullptr), name.left(63));
}

QString describeOpenError(const DatabaseConfig &config, const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text = text.simplified();
    if (config.engine == DatabaseConfig::Engine::Sqlite)
        return Workspace::tr("Cannot open the workspace %1: %2").arg(QDir::toNativeSeparators(config.sqlitePath), text);
    return Workspace::tr("Cannot connect to PostgreSQL at %1:%2: %3").arg(config.host).arg(config.port).arg(text);
}
} // namespace

namespace {
// A shared workspace changes schema only when its owner says so (`orion migrate --as-owner`): a
// member's login never migrates, so no member ever owns a table (an owner bypasses row security).
bool mayMigrateShared(QSqlDatabase &db, const Migrator &migrator, const DatabaseConfig &config, bool asOwner, QString *error)
{
    QString versionError;
    const int current = migrator.currentVersion(&versionError);
    if (current < 0) {
        *error = Workspace::tr("Cannot read the schema version: %1").arg(versionError);
        return false;
    }
    if (current >= migrator.latestVersion() && !asOwner)
        return true; // current (or newer: the migrator says so)
    if (!asOwner) {
        *error = current == 0 ? Workspace::tr("%1 has no Orion schema yet. A shared workspace is created by its owner, who runs "
                                              "orion migrate --as-owner (README, \"Team setup\").")
                                    .arg(config.displayName())
                              : Workspace::tr("%1 has schema version %2 and this version of Orion needs %3. A shared workspace is upgraded "
                                              "by its owner, who runs orion migrate --as-owner (README, \"Team setup\").")
                                    .arg(config.displayName())
                                    .arg(current)
                                    .arg(migrator.latestVersion());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(uR"(SELECT r.rolsuper
                         OR (EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'orion_owner') AND pg_has_role(current_user, 'orion_owner', 'MEMBER'))
                         OR (NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'orion_owner') AND r.rolcreaterole)
                    FROM pg_roles r WHERE r.rolname = current_user)"_s)
        || !q.next()) {
        *error = Workspace::tr("Cannot check the login's roles: %1").arg(q.lastError().text());
        return false;
    }
    if (!q.value(0).toBool()) {
        *error = Workspace::tr("%1 may not migrate this workspace: --as-owner needs a superuser or a member of orion_owner "
                               "(README, \"Team setup\").")
                     .arg(config.user);
        return false;
    }
    return true;
}

// Every table, view, sequence and function of the schema is owned by orion_owner (a role nobody logs
// in as), whoever ran the migrations: definer functions then act as that role, and with FORCE ROW
// LEVEL SECURITY even they see only what its policies allow.
bool assignToOwnerRole(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(uR"(DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND pg_get_userbyid(c.relowner) <> 'orion_owner'
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER %s %s OWNER TO orion_owner',
                       CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.name);
    END LOOP;
    -- Sequences owned by a table moved with it; the rest on their own.
    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> 'orion_owner'
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e')) LOOP
        EXECUTE format('ALTER SEQUENCE %s OWNER TO orion_owner', r.name);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'orion_owner'
                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO orion_owner', r.name);
    END LOOP;
END
$$)"_s)) {
        *error = Workspace::tr("The schema was migrated, but its objects could not be given to orion_owner: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}
} // namespace

std::unique_ptr<Workspace> Workspace::open(const DatabaseConfig &config, const QString &password, QString *error, const Options &options,
                                           OpenStatus *status)
{
    const bool sqlite = config.engine == DatabaseConfig::Engine::Sqlite;
    if (status)
        *status = OpenStatus::Failed;
    if (sqlite && !checkSqlitePath(config.sqlitePath, options.createIfMissing, error))
        return nullptr;
    if (!sqlite && config.database.isEmpty()) {
        *error = Workspace::tr("No PostgreSQL database name is set.");
        return nullptr;
    }
    if (!sqlite) {
        QString sslError;
        if (config.libpqSslOptions(&sslError).isEmpty()) {
            *error = sslError;
            return nullptr;
        }
    }

    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->m_connectionName = nextConnectionName();
    workspace->m_config = config;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? u"QSQLITE"_s : u"QPSQL"_s, workspace->m_connectionName);
        if (!db.isValid()) {
            *error = Workspace::tr("The Qt SQL driver for %1 is not installed.").arg(sqlite ? u"SQLite (QSQLITE)"_s : u"PostgreSQL (QPSQL)"_s);
            return nullptr;
        }
        db.setConnectOptions(connectOptions(config, options.applicationName));
        if (sqlite) {
            db.setDatabaseName(config.sqlitePath);
        } else {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setDatabaseName(config.database);
            db.setUserName(config.user);
            db.setPassword(password);
        }
        if (!db.open()) {
            *error = describeOpenError(config, db.lastError());
            return nullptr;
        }
        QSqlQuery q(db);
        if (sqlite) {
            // The first read checks the header: SQLITE_NOTADB for a file that is not a database at
            // all (left unchanged: nothing has been written), SQLITE_CORRUPT for a damaged one.
            if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
                const int code = q.lastError().nativeErrorCode().toInt();
                if ((code & 0xff) == 26) {
                    *error = Workspace::tr("%1 is not a SQLite database (it may be corrupt); it was not changed.")
                                 .arg(QDir::toNativeSeparators(config.sqlitePath));
                } else {
                    *error = Workspace::tr("%1 is damaged and cannot be read as a workspace: %2")
                                 .arg(QDir::toNativeSeparators(config.sqlitePath), q.lastError().databaseText());
                    if (status && (code & 0xff) == 11)
                        *status = OpenStatus::Damaged;
                }
                return nullptr;
            }
            q.exec(u"PRAGMA foreign_keys = ON"_s);
            q.exec(u"SELECT sqlite_version()"_s);
            workspace->m_serverVersion = q.next() ? u"SQLite "_s + q.value(0).toString() : u"SQLite"_s;
            workspace->m_userName = u"local"_s;
        } else {
            if (q.exec(u"SELECT current_setting('server_version'), current_user"_s) && q.next()) {
                workspace->m_serverVersion = u"PostgreSQL "_s + q.value(0).toString().section(u' ', 0, 0);
                workspace->m_userName = q.value(1).toString();
            }
        }

        Migrator migrator(db, config.engine);
        if (options.migrate && sqlite && options.backups) {
            // An upgrade of an existing workspace is preceded by a backup; no backup, no upgrade.
            QString versionError;
            const int before = migrator.currentVersion(&versionError);
            if (before > 0 && before < migrator.latestVersion()) {
                QString backupError;
                if (!WorkspaceBackup::create(db, u"before-migration-%1"_s.arg(migrator.latestVersion()), nullptr, &backupError)) {
                    *error = Workspace::tr("The workspace was not upgraded because it could not be backed up first: %1").arg(backupError);
                    return nullptr;
                }
            }
        }
        if (options.migrate && !sqlite && !mayMigrateShared(db, migrator, config, options.asOwner, error))
            return nullptr;
        if (options.migrate) {
            int applied = 0;
            if (!migrator.migrate(error, &applied))
                return nullptr;
            workspace->m_migrationsApplied = applied;
            if (!sqlite && options.asOwner && !assignToOwnerRole(db, error))
                return nullptr;
        }
        QString versionError;
        workspace->m_schemaVersion = migrator.currentVersion(&versionError);
        if (workspace->m_schemaVersion < 0) {
            *error = Workspace::tr("Cannot read the schema version: %1").arg(versionError);
            return nullptr;
        }
        if (sqlite) {
            // WAL lets the GUI read while a background sync writes. Set after the checks above so a
            // refused file is never converted.
            q.exec(u"PRAGMA journal_mode = WAL"_s);
            // In WAL mode NORMAL keeps every committed transaction across a crash of the process (what
            // sync checkpoints rely on); only an OS crash or power cut can lose the last commits.
            // FULL would fsync every page of every sync.
            q.exec(u"PRAGMA synchronous = NORMAL"_s);
            if (options.quickCheck) {
                QSqlQuery check(db);
                if (!check.exec(u"PRAGMA quick_check(20)"_s)) {
                    workspace->m_problems << check.lastError().databaseText();
                } else {
                    while (check.next())
                        workspace->m_problems << WorkspaceBackup::finding(check.value(0).toString());
                    if (workspace->m_problems == QStringList{u"ok"_s})
                        workspace->m_problems.clear();
                }
            }
            // A daily backup, made by whichever process opens the workspace first that day. A damaged
            // workspace is not backed up over the sound backups (they are what recovery needs).
            if (options.backups && workspace->m_problems.isEmpty()) {
                QString backupError;
                if (!WorkspaceBackup::createIfDue(db, &backupError))
                    qWarning("orion: %s", qUtf8Printable(backupError));
            }
        }
    }
    if (status)
        *status = workspace->m_problems.isEmpty() ? OpenStatus::Opened : OpenStatus::Damaged;
    return workspace;
}

Workspace::~Workspace()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Workspace::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Workspace::actor() const
{
    if (isPostgres())
        return userName();
    return localUserName();
}

} // namespace Orion

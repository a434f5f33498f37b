#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Orion {

// Backups, checks and recovery of a SQLite workspace file.
//
// Everything here reads and writes the database through SQLite itself (the online backup API,
// PRAGMA integrity_check, REINDEX, VACUUM INTO), never through a file descriptor of our own: on
// POSIX, closing any descriptor of a file drops every lock the process holds on it, and another
// process would then take itself for the last user and delete the write-ahead log under us.
//
// Backups live in a hidden folder beside the workspace ("/data/.workspace.db.backups/"), named
// "<UTC time>-<reason>.db"; the newest kKeep are kept.
class WorkspaceBackup
{
    Q_DECLARE_TR_FUNCTIONS(Orion::WorkspaceBackup)

public:
    static constexpr int kKeep = 7;

    struct Backup
    {
        QString path;
        QDateTime createdAt; // UTC, from the file name
        QString reason;      // "daily", "before-migration-12", "before-recovery", "manual"
        qint64 bytes = 0;
    };

    static QString folderFor(const QString &databasePath);
    static QList<Backup> list(const QString &databasePath); // newest first

    // Copies the open database `db` (a QSQLITE connection) into a new backup with SQLite's online
    // backup API: a consistent snapshot even while other connections write. Written to a temporary
    // name and renamed, so a half-written backup never looks like one. Prunes old backups.
    static bool create(const QSqlDatabase &db, const QString &reason, Backup *made, QString *error);
    // create() when the newest backup is older than a day (or there is none). Another process making
    // one at the same moment is not waited for. Returns false only on a real failure.
    static bool createIfDue(const QSqlDatabase &db, QString *error, bool *made = nullptr);

    // PRAGMA integrity_check: empty when the database is sound, else SQLite's findings (at most 100).
    static QStringList check(const QSqlDatabase &db, QString *error);
    // One row of PRAGMA integrity_check / quick_check as a reader wants it (without SQLite's
    // "*** in database main ***" heading).
    static QString finding(const QString &row);

    struct Recovery
    {
        enum class Method { NothingToDo, Reindexed, Rebuilt, RestoredBackup };
        Method method = Method::NothingToDo;
        QStringList problems; // what integrity_check found before
        QString damagedCopy;  // the damaged database as it was, kept in the backup folder
        Backup restoredFrom;  // Method::RestoredBackup
        QString summary() const;
    };
    // Repairs the SQLite workspace at `path` in place: first keeps a copy of it as it is, then tries
    // REINDEX, then a rebuild through VACUUM INTO, then the newest backup that passes the check (or
    // `fromBackup` when given). Each candidate must pass integrity_check before it replaces the file;
    // the replacement goes through the backup API, so other connections see it consistently.
    static bool recover(const QString &path, const QString &fromBackup, Recovery *result, QString *error);
    // recover() for the workspace open in `db` (the GUI's and the CLI's path).
    static bool recover(const QSqlDatabase &db, const QString &fromBackup, Recovery *result, QString *error);
};

} // namespace Orion

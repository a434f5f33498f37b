#include "store/workspacebackup.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

constexpr auto kTimeFormat = "yyyyMMdd'T'HHmmss'Z'";
constexpr auto kDamagedReason = "damaged";

// The sqlite3 handle behind a QSQLITE connection. Qt's driver links the system libsqlite3, the same
// library this file links, so the handle is valid here.
sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString sqliteError(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : u"out of memory"_s;
}

// Copies every page of src's main database into dst's, in one step (one read transaction on the
// source, so the copy is a consistent snapshot). Retries for a while when either side is busy.
bool copyPages(sqlite3 *src, sqlite3 *dst, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup) {
        *error = sqliteError(dst);
        return false;
    }
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 200; ++attempt) { // up to about 10 s of contention
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finish != SQLITE_OK) {
        *error = rc != SQLITE_DONE ? QString::fromUtf8(sqlite3_errstr(rc)) : sqliteError(dst);
        return false;
    }
    return true;
}

struct Handle
{
    sqlite3 *db = nullptr;
    Handle() = default;
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    ~Handle()
    {
        if (db)
            sqlite3_close_v2(db);
    }
    bool open(const QString &path, int flags, QString *error)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
            *error = sqliteError(db);
            return false;
        }
        sqlite3_busy_timeout(db, 5000);
        return true;
    }
    bool exec(const char *sql, QString *error)
    {
        char *message = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            *error = message ? QString::fromUtf8(message) : sqliteError(db);
            sqlite3_free(message);
            return false;
        }
        return true;
    }
    // integrity_check on this handle: empty when sound.
    QStringList check(QString *error)
    {
        QStringList problems;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check(100)", -1, &stmt, nullptr) != SQLITE_OK) {
            *error = sqliteError(db);
            return {*error};
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (rc != SQLITE_DONE)
            problems << sqliteError(db);
        sqlite3_finalize(stmt);
        if (problems == QStringList{u"ok"_s})
            problems.clear();
        return problems;
    }
};

QString uniquePath(const QString &folder, const QString &base)
{
    QString path = folder + u'/' + base + u".db"_s;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder + u'/' + base + u'-' + QString::number(n) + u".db"_s;
    return path;
}

void prune(const QString &databasePath)
{
    const QList<WorkspaceBackup::Backup> all = WorkspaceBackup::list(databasePath);
    int kept = 0, keptDamaged = 0;
    for (const WorkspaceBackup::Backup &b : all) {
        int &count = b.reason == QLatin1StringView(kDamagedReason) ? keptDamaged : kept;
        if (++count > WorkspaceBackup::kKeep)
            QFile::remove(b.path);
    }
}

} // namespace

QString WorkspaceBackup::folderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + u"/."_s + info.fileName() + u".backups"_s;
}

QList<WorkspaceBackup::Backup> WorkspaceBackup::list(const QString &databasePath)
{
    QList<Backup> backups;
    const QDir dir(folderFor(databasePath));
    for (const QFileInfo &file : dir.entryInfoList({u"*.db"_s}, QDir::Files)) {
        const QString name = file.completeBaseName();
        const qsizetype dash = name.indexOf(u'-');
        QDateTime at = QDateTime::fromString(name.left(dash), QLatin1StringView(kTimeFormat));
        if (!at.isValid())
            continue;
        at.setTimeZone(QTimeZone::UTC);
        QString reason = dash < 0 ? QString() : name.mid(dash + 1);
        // "-2" suffixes of a second backup in the same second
        static const QRegularExpression counter(u"-\\d+$"_s);
        if (!reason.startsWith(u"before-migration"_s))
            reason.remove(counter);
        backups.append({file.absoluteFilePath(), at, reason, file.size()});
    }
    std::sort(backups.begin(), backups.end(),
              [](const Backup &a, const Backup &b) { return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path; });
    return backups;
}

bool WorkspaceBackup::create(const QSqlDatabase &db, const QString &reason, Backup *made, QString *error)
{
    sqlite3 *source = handleOf(db);
    if (!source) {
        *error = tr("Backups are made of SQLite workspaces only.");
        return false;
    }
    const QString databasePath = db.databaseName();
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString path = uniquePath(folder, now.toString(QLatin1StringView(kTimeFormat)) + u'-' + reason);
    const QString partial = path + u".partial"_s;
    QFile::remove(partial);
    bool ok = false;
    {
        Handle target;
        ok = target.open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error)
            && copyPages(source, target.db, error)
            // A backup is one self-contained file.
            && target.exec("PRAGMA journal_mode = DELETE", error);
    }
    if (!ok || !QFile::rename(partial, path)) {
        if (ok)
            *error = tr("Cannot rename %1.").arg(QDir::toNativeSeparators(partial));
        QFile::remove(partial);
        *error = tr("Cannot back up the workspace to %1: %2").arg(QDir::toNativeSeparators(path), *error);
        return false;
    }
    if (made)
        *made = {path, now, reason, QFileInfo(path).size()};
    prune(databasePath);
    return true;
}

bool WorkspaceBackup::createIfDue(const QSqlDatabase &db, QString *error, bool *made)
{
    if (made)
        *made = false;
    const QString databasePath = db.databaseName();
    auto due = [&] {
        const QList<Backup> all = list(databasePath);
        const auto newest = std::find_if(all.cbegin(), all.cend(), [](const Backup &b) { return b.reason != QLatin1StringView(kDamagedReason); });
        return newest == all.cend() || newest->createdAt.secsTo(QDateTime::currentDateTimeUtc()) >= 24 * 3600;
    };
    if (!due())
        return true;
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QLockFile lock(folder + u"/.backup.lock"_s);
    lock.setStaleLockTime(std::chrono::milliseconds(0));
    if (!lock.tryLock(std::chrono::milliseconds(0)) || !due())
        return true; // another process is making it, or just made it
    if (!create(db, u"daily"_s, nullptr, error))
        return false;
    if (made)
        *made = true;
    return true;
}

QStringList WorkspaceBackup::check(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA integrity_check(100)"_s)) {
        *error = q.lastError().databaseText();
        return {*error};
    }
    QStringList problems;
    while (q.next())
        problems << finding(q.value(0).toString());
    if (problems == QStringList{u"ok"_s})
        problems.clear();
    return problems;
}

QString WorkspaceBackup::finding(const QString &row)
{
    static const QString heading = u"*** in database main ***"_s;
    QString text = row.trimmed();
    if (text.startsWith(heading))
        text = text.mid(heading.size()).trimmed();
    return text;
}

QString WorkspaceBackup::Recovery::summary() const
{
    switch (method) {
    case Method::NothingToDo: return tr("The workspace passed the integrity check; nothing was changed.");
    case Method::Reindexed:
        return tr("The workspace's indexes were rebuilt and it now passes the integrity check. The damaged file was kept as %1.")
            .arg(QDir::toNativeSeparators(damagedCopy));
    case Method::Rebuilt:
        return tr("The workspace was rebuilt from its readable rows and now passes the integrity check. The damaged file was kept as %1.")
            .arg(QDir::toNativeSeparators(damagedCopy));
    case Method::RestoredBackup:
        return tr("The workspace was restored from the backup of %1 (%2); changes made after it are only in the damaged file, kept as %3.")
            .arg(restoredFrom.createdAt.toString(Qt::ISODate), restoredFrom.reason, QDir::toNativeSeparators(damagedCopy));
    }
    return {};
}

bool WorkspaceBackup::recover(const QString &path, const QString &fromBackup, Recovery *result, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        *error = tr("The workspace file %1 does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    static QAtomicInteger<quint64> counter;
    const QString name = u"orion-recovery-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().databaseText());
        } else {
            ok = recover(db, fromBackup, result, error);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool WorkspaceBackup::recover(const QSqlDatabase &db, const QString &fromBackup, Recovery *result, QString *error)
{
    sqlite3 *target = handleOf(db);
    if (!target) {
        *error = tr("Only SQLite workspaces can be recovered this way.");
        return false;
    }
    *result = Recovery{};
    QString checkError;
    result->problems = check(db, &checkError);
    if (result->problems.isEmpty() && fromBackup.isEmpty())
        return true;

    // Nothing is changed before the damaged state is kept.
    Backup damaged;
    if (!create(db, QLatin1StringView(kDamagedReason), &damaged, error)) {
        *error = tr("The damaged workspace could not be copied aside, so nothing was changed: %1").arg(*error);
        return false;
    }
    result->damagedCopy = damaged.path;

    auto restoreFrom = [&](const QString &candidate, QString *why) {
        Handle source;
        if (!source.open(candidate, SQLITE_OPEN_READONLY, why))
            return false;
        const QStringList problems = source.check(why);
        if (!problems.isEmpty()) {
            *why = problems.first();
            return false;
        }
        if (!copyPages(source.db, target, why))
            return false;
        QSqlQuery(db).exec(u"PRAGMA journal_mode = WAL"_s);
        return true;
    };

    if (!fromBackup.isEmpty()) {
        QString why;
        if (!restoreFrom(fromBackup, &why)) {
            *error = tr("The backup %1 cannot be restored: %2").arg(QDir::toNativeSeparators(fromBackup), why);
            return false;
        }
        result->method = Recovery::Method::RestoredBackup;
        result->restoredFrom = {fromBackup, QFileInfo(fromBackup).lastModified().toUTC(), u"manual"_s, QFileInfo(fromBackup).size()};
        for (const Backup &b : list(db.databaseName()))
            if (QFileInfo(b.path) == QFileInfo(fromBackup))
                result->restoredFrom = b;
        return true;
    }

    // 1. Damaged indexes (the usual result of a deleted write-ahead log) are rebuilt from their tables.
    QString ignored;
    if (QSqlQuery(db).exec(u"REINDEX"_s) && check(db, &ignored).isEmpty()) {
        result->method = Recovery::Method::Reindexed;
        return true;
    }

    // 2. A copy rebuilt row by row (VACUUM INTO reads every table and writes fresh b-trees).
    const QString rebuilt = folderFor(db.databaseName()) + u"/rebuild.partial"_s;
    QFile::remove(rebuilt);
    {
        QSqlQuery q(db);
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(rebuilt);
        if (q.exec()) {
            QString why;
            bool repaired = false;
            {
                Handle copy;
                repaired = copy.open(rebuilt, SQLITE_OPEN_READWRITE, &why) && copy.exec("REINDEX", &why) && copy.check(&why).isEmpty();
            }
            if (repaired && restoreFrom(rebuilt, &why)) {
                QFile::remove(rebuilt);
                result->method = Recovery::Method::Rebuilt;
                return true;
            }
        }
    }
    QFile::remove(rebuilt);

    // 3. The newest backup that is sound.
    for (const Backup &b : list(db.databaseName())) {
        if (b.reason == QLatin1StringView(kDamagedReason))
            continue;
        QString why;
        if (restoreFrom(b.path, &why)) {
            result->method = Recovery::Method::RestoredBackup;
            result->restoredFrom = b;
            return true;
        }
    }
    *error = tr("The workspace could not be repaired and no sound backup was found. The damaged file was kept as %1.")
                 .arg(QDir::toNativeSeparators(damaged.path));
    return false;
}

} // namespace Orion

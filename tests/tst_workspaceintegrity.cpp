// A SQLite workspace that never corrupts: the process keeps its SQLite locks across workspace opens
// and syncs (no descriptor of our own on the database file), backups with SQLite's online backup API
// before every upgrade and once a day, and `orion workspace check|recover` for damaged files.
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "runtime/credentialstore.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/migrator.h"
#include "store/workspace.h"
#include "store/workspacebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

// POSIX locks this process holds on the file, from /proc/locks ("1: POSIX ADVISORY READ pid maj:min:inode start end").
int locksHeldOn(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile locks(u"/proc/locks"_s);
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray pid = QByteArray::number(qint64(::getpid()));
    const QByteArray inode = ':' + QByteArray::number(quint64(st.st_ino));
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 8 && f.at(1) == "POSIX" && f.at(4) == pid && f.at(5).endsWith(inode))
            ++held;
    }
    return held;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace

class TstWorkspaceIntegrity : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_counter = 0;
    Fakes::FakeStripe m_stripe;

    QString freshPath() { return m_dir.filePath(u"ws%1/workspace.db"_s.arg(++m_counter)); }

    std::unique_ptr<Workspace> open(const QString &path, const Workspace::Options &options = {})
    {
        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(path), {}, &error, options);
        if (!w)
            qWarning("%s", qPrintable(error));
        return w;
    }

    // A workspace with `count` connections (rows in a table with indexes).
    QString populated(int count)
    {
        QString path = freshPath();
        auto w = open(path);
        if (!w)
            return {};
        ConnectionStore store(*w);
        QString error;
        for (int i = 0; i < count; ++i) {
            if (!store.createConnection(Test::newConnection(u"shop-%1"_s.arg(i, 4, 10, QChar(u'0')), u"stripe"_s), &error))
                qFatal("%s", qPrintable(error));
        }
        return path;
    }

    Test::ProcessOutcome orion(const QStringList &args)
    {
        return Test::runProgram(QStringLiteral(ORION_CLI_PATH), args,
                                {{u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s)},
                                 {u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)},
                                 {u"ORION_SECRET_BACKEND"_s, u"file"_s}});
    }

    // Points the index on connections(name) at an empty b-tree of its own kind, so the table has rows
    // the index does not: what SQLite reports after its write-ahead log was deleted under it.
    static void damageIndex(const QString &path)
    {
        const QString name = u"damage-%1"_s.arg(QFileInfo(path).absolutePath().section(u'/', -1));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE scratch(name TEXT)"_s));
            QVERIFY(q.exec(u"CREATE INDEX scratch_name ON scratch(name)"_s));
            const qint64 empty = scalar(db, u"SELECT rootpage FROM sqlite_master WHERE name = 'scratch_name'"_s);
            const QString index = [&] {
                QSqlQuery i(db);
                i.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'connections' AND sql IS NULL"_s);
                return i.next() ? i.value(0).toString() : QString();
            }();
            QVERIFY2(!index.isEmpty(), "connections has an automatic index");
            QVERIFY(q.exec(u"PRAGMA writable_schema = ON"_s));
            QVERIFY(q.exec(u"UPDATE sqlite_master SET rootpage = %1 WHERE name = '%2'"_s.arg(empty).arg(index)));
            QVERIFY(q.exec(u"PRAGMA writable_schema = OFF"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(u"/proc/locks"_s));
        QVERIFY(m_stripe.start());
        m_stripe.setCustomerCount(250);
    }

    // Every sync opens a Workspace of its own. Opening (and closing) one must not drop the locks the
    // process's other connections hold, or another process deletes the write-ahead log under them.
    void processKeepsItsLockAcrossOpensAndSyncs()
    {
        const QString path = populated(3);
        auto app = open(path); // the app's connection
        QVERIFY(app);
        QCOMPARE(scalar(app->database(), u"SELECT count(*) FROM connections"_s), 3); // reading takes the WAL-mode lock
        QVERIFY2(locksHeldOn(path) > 0, "SQLite holds a shared lock on the database file in WAL mode");

        // Another connection in this process opens and closes the workspace, as a sync does.
        for (int i = 0; i < 3; ++i)
            QVERIFY(open(path));
        // POSIX locks belong to the process: closing any descriptor of the file would drop them all
        // (0). How many SQLite holds at a moment varies with its read state (1 or 2 seen), so the
        // test asks that they are still held, not for the same count.
        QVERIFY2(locksHeldOn(path) > 0, qPrintable(QString::number(locksHeldOn(path))));

        // A real sync (its own workspace, HTTP, pages, the run recorded) on a background thread.
        ConnectionStore::NewConnection shop = Test::newConnection(u"stripe-shop"_s, u"stripe"_s);
        shop.settings = QJsonObject{{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, 0}};
        QString error;
        QVERIFY2(ConnectionStore(*app).createConnection(Test::withUid(shop), &error), qPrintable(error));
        auto credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        QVERIFY(credentials->setSecret(Test::owner(u"stripe-shop"_s), u"api_key"_s, m_stripe.apiKey(), &error));
        SyncRequest request;
        request.database = DatabaseConfig::sqlite(path);
        request.connection = u"stripe-shop"_s;
        request.stream = u"customers"_s;
        SyncJob job(request, credentials);
        QList<SyncResult> results;
        std::thread worker([&] { results = job.run(); });
        worker.join();
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().succeeded(), qPrintable(results.first().error));
        QCOMPARE(results.first().recordsWritten, 250);
        QVERIFY2(locksHeldOn(path) > 0, qPrintable(QString::number(locksHeldOn(path))));

        // And the file is as SQLite expects: the WAL is still there for the open connection.
        QVERIFY(QFileInfo::exists(path + u"-wal"_s));
        QCOMPARE(scalar(app->database(), u"SELECT count(*) FROM unified_customers"_s), 250);
    }

    void notADatabaseIsRefusedUnchanged()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,email\nAda,ada@example.com\n");
        f.close();
        const QByteArray hash = Test::fileHash(path);
        QString error;
        Workspace::OpenStatus status;
        QVERIFY(!Workspace::open(DatabaseConfig::sqlite(path), {}, &error, {}, &status));
        QVERIFY2(error.contains(u"is not a SQLite database"_s), qPrintable(error));
        QCOMPARE(status, Workspace::OpenStatus::Failed);
        QCOMPARE(Test::fileHash(path), hash);
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        QVERIFY(WorkspaceBackup::list(path).isEmpty());
    }

    void backupBeforeUpgradeAndDaily()
    {
        const QString path = freshPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        const int latest = Migrator::latestBundledVersion(DatabaseConfig::Engine::Sqlite);
        {
            // A workspace of the previous schema version, as an older release left it.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            Migrator migrator(db, DatabaseConfig::Engine::Sqlite);
            migrator.setMigrations(Migrator::bundledMigrations(DatabaseConfig::Engine::Sqlite).mid(0, latest - 1));
            QString error;
            QVERIFY2(migrator.migrate(&error), qPrintable(error));
            QSqlQuery(db).exec(u"INSERT INTO connections (name, connector_id, settings, owner) VALUES ('kept', 'stripe', '{}', 'local')"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"older"_s);

        auto w = open(path);
        QVERIFY(w);
        QCOMPARE(w->schemaVersion(), latest);
        QList<WorkspaceBackup::Backup> backups = WorkspaceBackup::list(path);
        QStringList reasons;
        for (const auto &b : backups)
            reasons << b.reason;
        QVERIFY2(reasons.contains(u"before-migration-%1"_s.arg(latest)), qPrintable(reasons.join(u", "_s)));
        QCOMPARE(backups.size(), 1); // today's backup: no daily one beside it
        // The pre-upgrade backup is the old schema with its rows, and sound.
        for (const auto &b : backups) {
            if (b.reason != u"before-migration-%1"_s.arg(latest))
                continue;
            Workspace::Options readOnly;
            readOnly.migrate = false;
            readOnly.backups = false;
            auto old = open(b.path, readOnly);
            QVERIFY(old);
            QCOMPARE(old->schemaVersion(), latest - 1);
            QCOMPARE(scalar(old->database(), u"SELECT count(*) FROM connections WHERE name = 'kept'"_s), 1);
            QString error;
            QVERIFY(WorkspaceBackup::check(old->database(), &error).isEmpty());
        }

        // Opened again the same day: no new backup. A day later: one more daily backup.
        w.reset();
        QVERIFY(open(path));
        QCOMPARE(WorkspaceBackup::list(path).size(), backups.size());
        for (const auto &b : WorkspaceBackup::list(path)) {
            const QString older
                = QFileInfo(b.path).absolutePath() + u'/' + b.createdAt.addDays(-2).toString(u"yyyyMMdd'T'HHmmss'Z'"_s) + u'-' + b.reason + u".db"_s;
            QVERIFY(QFile::rename(b.path, older));
        }
        QVERIFY(open(path));
        backups = WorkspaceBackup::list(path);
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.first().reason, u"daily"_s);
        QVERIFY(backups.first().createdAt.secsTo(QDateTime::currentDateTimeUtc()) < 3600);

        // Only the newest kKeep are kept.
        QString error;
        for (int i = 0; i < WorkspaceBackup::kKeep + 3; ++i)
            QVERIFY2(WorkspaceBackup::create(open(path)->database(), u"manual"_s, nullptr, &error), qPrintable(error));
        QCOMPARE(WorkspaceBackup::list(path).size(), WorkspaceBackup::kKeep);
    }

    void recoverRebuildsDamagedIndexes()
    {
        const QString path = populated(300);
        damageIndex(path);
        {
            Workspace::Options options;
            options.quickCheck = true;
            Workspace::OpenStatus status;
            QString error;
            auto w = Workspace::open(DatabaseConfig::sqlite(path), {}, &error, options, &status);
            QVERIFY(w);
            QCOMPARE(status, Workspace::OpenStatus::Damaged);
            QVERIFY(!w->problems().isEmpty());
        }
        const Test::ProcessOutcome check = orion({u"--db"_s, path, u"workspace"_s, u"check"_s});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(u"connections"_s) && check.out.contains(u"is damaged"_s), qPrintable(check.out));

        const Test::ProcessOutcome recover = orion({u"--db"_s, path, u"workspace"_s, u"recover"_s});
        QVERIFY2(recover.exitCode == 0, qPrintable(recover.err));
        QVERIFY2(recover.out.contains(u"kept as"_s), qPrintable(recover.out));
        QCOMPARE(orion({u"--db"_s, path, u"workspace"_s, u"check"_s}).exitCode, 0);
        auto w = open(path);
        QVERIFY(w);
        QCOMPARE(scalar(w->database(), u"SELECT count(*) FROM connections"_s), 300);
        QCOMPARE(scalar(w->database(), u"SELECT count(*) FROM connections INDEXED BY sqlite_autoindex_connections_1 WHERE name >= ''"_s), 300);
        // The damaged state was kept first.
        bool kept = false;
        for (const auto &b : WorkspaceBackup::list(path))
            kept = kept || b.reason == u"damaged"_s;
        QVERIFY(kept);
    }

    void recoverRestoresTheNewestSoundBackup()
    {
        const QString path = populated(40);
        {
            auto w = open(path);
            QString error;
            QVERIFY(WorkspaceBackup::create(w->database(), u"manual"_s, nullptr, &error));
            QVERIFY(ConnectionStore(*w).createConnection(Test::newConnection(u"after-backup"_s, u"stripe"_s), &error));
        }
        QString damageError;
        QVERIFY2(Test::damageSqliteTable(path, u"connections"_s, &damageError), qPrintable(damageError));
        WorkspaceBackup::Recovery result;
        QString error;
        QVERIFY2(WorkspaceBackup::recover(path, {}, &result, &error), qPrintable(error));
        QCOMPARE(result.method, WorkspaceBackup::Recovery::Method::RestoredBackup);
        QVERIFY(!result.problems.isEmpty());
        QVERIFY(QFileInfo::exists(result.damagedCopy));
        QVERIFY2(result.summary().contains(u"restored from the backup"_s), qPrintable(result.summary()));
        auto w = open(path);
        QVERIFY(w);
        QVERIFY(WorkspaceBackup::check(w->database(), &error).isEmpty());
        QCOMPARE(scalar(w->database(), u"SELECT count(*) FROM connections"_s), 40); // the backup's rows
    }

    void recoverWithoutBackupFailsAndChangesNothing()
    {
        const QString path = populated(10);
        // No sound backup: the daily one is removed.
        for (const auto &b : WorkspaceBackup::list(path))
            QFile::remove(b.path);
        QString damageError;
        QVERIFY2(Test::damageSqliteTable(path, u"connections"_s, &damageError), qPrintable(damageError));
        const QByteArray hash = Test::fileHash(path);
        const Test::ProcessOutcome recover = orion({u"--db"_s, path, u"workspace"_s, u"recover"_s});
        QCOMPARE(recover.exitCode, 1);
        QVERIFY2(recover.err.contains(u"no sound backup"_s), qPrintable(recover.err));
        QCOMPARE(Test::fileHash(path), hash);
    }

    void cliUsage()
    {
        const QString path = populated(1);
        QCOMPARE(orion({u"--db"_s, path, u"workspace"_s, u"repair"_s}).exitCode, 2);
        QCOMPARE(orion({u"--db"_s, path, u"workspace"_s, u"check"_s, u"extra"_s}).exitCode, 2);
        QCOMPARE(orion({u"--db"_s, m_dir.filePath(u"missing.db"_s), u"workspace"_s, u"check"_s}).exitCode, 2);
        QCOMPARE(orion({u"--db"_s, path, u"workspace"_s, u"recover"_s, u"--from"_s, m_dir.filePath(u"none.db"_s)}).exitCode, 2);
        const Test::ProcessOutcome backup = orion({u"--db"_s, path, u"workspace"_s, u"backup"_s});
        QCOMPARE(backup.exitCode, 0);
        const Test::ProcessOutcome list = orion({u"--db"_s, path, u"workspace"_s, u"backups"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(u"\"reason\":\"manual\""_s), qPrintable(list.out));
        QCOMPARE(orion({u"--db"_s, path, u"workspace"_s, u"check"_s, u"--json"_s}).out.trimmed(), u"{\"ok\":true,\"problems\":[]}"_s);
    }
};

QTEST_GUILESS_MAIN(TstWorkspaceIntegrity)
#include "tst_workspaceintegrity.moc"

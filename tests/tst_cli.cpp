// The headless `orion` command as a user runs it: real processes, real files, the real PostgreSQL.
#include "testsupport.h"

#include "sync/schedule.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TstCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    Outcome orion(const QStringList &args, const QStringList &prefix = {}, const QHash<QString, QString> &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        e.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        e.remove(u"ORION_DB"_s);
        e.remove(u"PGPASSWORD"_s);
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        if (prefix.isEmpty())
            p.start(QStringLiteral(ORION_CLI_PATH), args);
        else
            p.start(prefix.first(), prefix.mid(1) + args); // the prefix names the program itself
        if (!p.waitForFinished(120000))
            qFatal("orion did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static void verifyOneLineError(const Outcome &o, const QString &expected)
    {
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.startsWith(u"orion: "_s), qPrintable(o.err));
        QCOMPARE(o.err.count(u'\n'), 1);
        QVERIFY2(o.err.contains(expected), qPrintable(o.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    }

    void helpAndVersion()
    {
        Outcome o = orion({u"--help"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains(u"migrate"_s) && o.out.contains(u"demo"_s));
        o = orion({u"--version"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.startsWith(u"orion 0."_s));
        o = orion({u"frobnicate"_s});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains(u"unknown command"_s));
        o = orion({u"demo"_s, u"--days"_s, u"-3"_s, u"--db"_s, m_dir.filePath(u"x.db"_s)});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.db"_s))); // bad arguments change nothing
    }

    void migrateDemoAndList()
    {
        const QString db = m_dir.filePath(u"cli.db"_s);
        Outcome o = orion({u"--db"_s, db, u"migrate"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(u"schema version 20 (applied 20 migration(s))"_s), qPrintable(o.out));
        o = orion({u"migrate"_s, u"--db"_s, db});
        QVERIFY2(o.out.contains(u"up to date"_s), qPrintable(o.out));
        o = orion({u"demo"_s, u"--db"_s, db, u"--connections"_s, u"3"_s, u"--days"_s, u"10"_s, u"--metrics"_s, u"90"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(u"Seeded 3 demo connections and 90 sync runs"_s), qPrintable(o.out));
        o = orion({u"connections"_s, u"--json"_s}, {}, {{u"ORION_DB"_s, db}});
        QCOMPARE(o.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QCOMPARE(list.size(), 3);
        for (const auto &v : list) {
            QVERIFY(v.toObject().value(u"demo"_s).toBool());
            QVERIFY(!v.toObject().value(u"last_sync_at"_s).toString().isEmpty());
        }
    }

    // orion mappings: suggest from a sample, list, approve at a threshold, reject by id, validate,
    // export and import with decisions, Slack approvers; bad input is one line, exit 2, no change.
    void mappingsCommands()
    {
        const QString db = m_dir.filePath(u"mappings.db"_s);
        const QString sample = QStringLiteral(ORION_SOURCE_DIR) + u"/tests/data/mapping/stripe-customer.json"_s;
        Outcome o = orion({u"--db"_s, db, u"connection"_s, u"add"_s, u"shop"_s, u"--connector"_s, u"stripe"_s});
        QCOMPARE(o.exitCode, 0);
        o = orion({u"--db"_s, db, u"mappings"_s, u"suggest"_s, u"shop"_s, u"--stream"_s, u"customers"_s});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(u"no stored customers records"_s), qPrintable(o.err));
        o = orion({u"--db"_s, db, u"mappings"_s, u"suggest"_s, u"shop"_s, u"--stream"_s, u"nope"_s, u"--sample"_s, sample});
        QCOMPARE(o.exitCode, 2);
        o = orion({u"--db"_s, db, u"mappings"_s, u"suggest"_s, u"shop"_s, u"--stream"_s, u"customers"_s, u"--sample"_s, sample});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(u"Stored 15 suggestion(s)"_s), qPrintable(o.out));
        QVERIFY(o.err.contains(u"mode local"_s));
        o = orion({u"--db"_s, db, u"mappings"_s, u"list"_s, u"shop"_s, u"--json"_s});
        QJsonArray list = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QCOMPARE(list.size(), 15);
        int high = 0;
        qint64 phone = 0;
        bool phoneHigh = false;
        for (const QJsonValue &v : list) {
            QCOMPARE(v[u"status"_s].toString(), u"suggested"_s);
            high += v[u"confidence"_s].toDouble() >= 0.9 && !v[u"source_path"_s].isNull();
            if (v[u"target_field"_s].toString() == "phone"_L1) {
                phone = v[u"id"_s].toInteger();
                phoneHigh = v[u"confidence"_s].toDouble() >= 0.9;
            }
        }
        QVERIFY(phone > 0 && high >= 8);
        o = orion({u"--db"_s, db, u"mappings"_s, u"approve"_s, u"shop"_s, u"--stream"_s, u"customers"_s, u"--at-least"_s, u"0.9"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(u"Approved %1 mapping(s)"_s.arg(high)), qPrintable(o.out));
        o = orion({u"--db"_s, db, u"mappings"_s, u"reject"_s, u"shop"_s, QString::number(phone)});
        QCOMPARE(o.exitCode, 0);
        const QByteArray before = Orion::Test::fileHash(db);
        o = orion({u"--db"_s, db, u"mappings"_s, u"reject"_s, u"shop"_s, u"999999"_s});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains(u"is not a mapping of shop"_s));
        QCOMPARE(Orion::Test::fileHash(db), before);
        o = orion({u"--db"_s, db, u"mappings"_s, u"list"_s, u"shop"_s, u"--json"_s});
        list = QJsonDocument::fromJson(o.out.toUtf8()).array();
        int approved = 0;
        for (const QJsonValue &v : list) {
            approved += v[u"status"_s].toString() == "approved"_L1;
            if (v[u"id"_s].toInteger() == phone) {
                QCOMPARE(v[u"status"_s].toString(), u"rejected"_s);
                QVERIFY(!v[u"decided_by"_s].toString().isEmpty());
            }
        }
        QCOMPARE(approved, high - (phoneHigh ? 1 : 0)); // the phone rule was rejected after the bulk approval
        // Validate the approved set on the sample: every rule applied, none failing.
        o = orion({u"--db"_s, db, u"mappings"_s, u"validate"_s, u"shop"_s, u"--stream"_s, u"customers"_s, u"--sample"_s, sample});
        QVERIFY2(o.out.contains(u"external_id"_s) && o.out.contains(u"0/3 failed"_s), qPrintable(o.out));
        // Export, then import into another connection keeping the decisions.
        const QString file = m_dir.filePath(u"shop-mappings.json"_s);
        o = orion({u"--db"_s, db, u"mappings"_s, u"export"_s, u"shop"_s, u"--stream"_s, u"customers"_s, u"--file"_s, file});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(QFile::exists(file));
        QCOMPARE(orion({u"--db"_s, db, u"connection"_s, u"add"_s, u"shop2"_s, u"--connector"_s, u"stripe"_s}).exitCode, 0);
        o = orion({u"--db"_s, db, u"mappings"_s, u"import"_s, u"shop2"_s, file, u"--keep-decisions"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains(u"Imported 15 mapping(s)"_s));
        o = orion({u"--db"_s, db, u"mappings"_s, u"list"_s, u"shop2"_s, u"--json"_s});
        int imported = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(o.out.toUtf8()).array())
            imported += v[u"status"_s].toString() == "approved"_L1;
        QCOMPARE(imported, approved);
        // A file that is not a mapping set: one line, exit 2.
        QFile bad(m_dir.filePath(u"bad-set.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(
            R"({"format":"orion-mappings","version":1,"stream":"customers","target":"customer","mappings":[{"target_field":"email","confidence":3}]})");
        bad.close();
        o = orion({u"--db"_s, db, u"mappings"_s, u"import"_s, u"shop2"_s, bad.fileName()});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(u"mappings[0].confidence"_s), qPrintable(o.err));
        // Slack approvers.
        o = orion({u"--db"_s, db, u"mappings"_s, u"approvers"_s, u"shop"_s, u"U012ABCDEF"_s, u"W0999"_s});
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out.split(u'\n', Qt::SkipEmptyParts), (QStringList{u"U012ABCDEF"_s, u"W0999"_s}));
        o = orion({u"--db"_s, db, u"mappings"_s, u"approvers"_s, u"shop"_s, u"alice"_s});
        QCOMPARE(o.exitCode, 2);
        // Unknown connection and subcommand.
        QCOMPARE(orion({u"--db"_s, db, u"mappings"_s, u"list"_s, u"nope"_s}).exitCode, 2);
        QCOMPARE(orion({u"--db"_s, db, u"mappings"_s, u"frob"_s, u"shop"_s}).exitCode, 2);
    }

    // orion analytics prints what the dashboard shows; checked against counts made here with SQL.
    void analyticsMatchesTheRuns()
    {
        const QString db = m_dir.filePath(u"analytics.db"_s);
        Outcome o = orion({u"demo"_s, u"--db"_s, db, u"--connections"_s, u"4"_s, u"--days"_s, u"20"_s, u"--metrics"_s, u"400"_s});
        QCOMPARE(o.exitCode, 0);
        const auto count = [&](const QString &from, const QString &to, const QString &connection) {
            QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"analytics-check"_s);
            sql.setDatabaseName(db);
            qint64 n = -1, records = -1;
            if (sql.open()) {
                QSqlQuery q(sql);
                q.prepare(u"SELECT count(*), coalesce(sum(m.records_processed), 0) FROM sync_metrics m JOIN connections c ON c.id = m.connection_id "
                          "WHERE m.started_at >= ? AND m.started_at < ? AND (? = '' OR c.name = ?)"_s);
                q.addBindValue(from);
                q.addBindValue(to);
                q.addBindValue(connection.isNull() ? u""_s : connection); // a null QString would bind NULL
                q.addBindValue(connection);
                if (q.exec() && q.next()) {
                    n = q.value(0).toLongLong();
                    records = q.value(1).toLongLong();
                }
            }
            sql = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"analytics-check"_s);
            return std::pair{n, records};
        };
        for (const QString &range : {u"24h"_s, u"7d"_s, u"30d"_s}) {
            o = orion({u"analytics"_s, u"--db"_s, db, u"--range"_s, range, u"--json"_s});
            QCOMPARE(o.exitCode, 0);
            const QJsonObject r = QJsonDocument::fromJson(o.out.toUtf8()).object();
            const QString from = r.value(u"from"_s).toString(), to = r.value(u"to"_s).toString();
            const auto [syncs, records] = count(from.left(19), to.left(19), {});
            QVERIFY(syncs > 0);
            QCOMPARE(r.value(u"kpis"_s).toObject().value(u"syncs"_s).toInteger(), syncs);
            QCOMPARE(r.value(u"kpis"_s).toObject().value(u"records"_s).toInteger(), records);
            QCOMPARE(r.value(u"series"_s).toArray().size(), range == "24h"_L1 ? 24 : range == "7d"_L1 ? 7 : 30);
            qint64 sum = 0;
            for (const QJsonValue &p : r.value(u"series"_s).toArray())
                sum += p[u"succeeded"_s].toInteger() + p[u"partial"_s].toInteger() + p[u"failed"_s].toInteger() + p[u"cancelled"_s].toInteger();
            QCOMPARE(sum, syncs);
        }
        // One connection.
        o = orion({u"connections"_s, u"--db"_s, db, u"--json"_s});
        const QString name = QJsonDocument::fromJson(o.out.toUtf8()).array().first()[u"name"_s].toString();
        o = orion({u"analytics"_s, u"--db"_s, db, u"--connection"_s, name, u"--json"_s});
        QCOMPARE(o.exitCode, 0);
        const QJsonObject one = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(one.value(u"per_connection"_s).toArray().size(), 1);
        QCOMPARE(one.value(u"kpis"_s).toObject().value(u"syncs"_s).toInteger(),
                 count(one.value(u"from"_s).toString().left(19), one.value(u"to"_s).toString().left(19), name).first);
        // The text form, and bad input: one line, exit 2.
        o = orion({u"analytics"_s, u"--db"_s, db});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(u"success rate"_s) && o.out.contains(u"(previous "_s), qPrintable(o.out));
        o = orion({u"analytics"_s, u"--db"_s, db, u"--range"_s, u"1y"_s});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(u"--range must be 24h, 7d, 30d or 90d"_s), qPrintable(o.err));
        o = orion({u"analytics"_s, u"--db"_s, db, u"--connection"_s, u"nope"_s});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(u"no connection named \"nope\""_s), qPrintable(o.err));
    }

    void defaultWorkspaceLivesInTheDataFolder()
    {
        const Outcome o = orion({u"migrate"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(QFile::exists(m_dir.filePath(u"data/Orion/orion-studio/workspace.db"_s)));
    }

    void badInputIsOneLineAndChangesNothing()
    {
        // Corrupt file.
        const QString corrupt = m_dir.filePath(u"corrupt.db"_s);
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage garbage garbage");
        f.close();
        QByteArray before = Orion::Test::fileHash(corrupt);
        verifyOneLineError(orion({u"migrate"_s, u"--db"_s, corrupt}), u"not a SQLite database"_s);
        QCOMPARE(Orion::Test::fileHash(corrupt), before);

        // Newer schema.
        const QString future = m_dir.filePath(u"future.db"_s);
        QCOMPARE(orion({u"migrate"_s, u"--db"_s, future}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(future);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"INSERT INTO orion_schema_version (version, name) VALUES (42, 'x')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        before = Orion::Test::fileHash(future);
        verifyOneLineError(orion({u"demo"_s, u"--db"_s, future}), u"newer than this version"_s);
        QCOMPARE(Orion::Test::fileHash(future), before);

        // Unsupported address.
        verifyOneLineError(orion({u"migrate"_s, u"--db"_s, u"mysql://root@localhost/x"_s}), u"Unsupported"_s);
    }

    // Schedules from the command line on SQLite; the queue commands refuse SQLite; bad schedules and
    // usage are one line, exit status 2, and change nothing.
    void schedulesAndQueueCommands()
    {
        const QString db = m_dir.filePath(u"schedules.db"_s);
        QCOMPARE(orion({u"--db"_s, db, u"connection"_s, u"add"_s, u"shop"_s, u"--connector"_s, u"stripe"_s}).exitCode, 0);
        Outcome o = orion({u"--db"_s, db, u"schedule"_s, u"set"_s, u"shop"_s, u"cron 0 6 * * mon-fri Europe/Berlin"_s});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.startsWith(u"shop: Cron 0 6 * * mon-fri (Europe/Berlin), next run "_s), qPrintable(o.out));
        o = orion({u"--db"_s, db, u"schedule"_s, u"list"_s, u"--json"_s});
        QCOMPARE(o.exitCode, 0);
        const QJsonObject line = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(line.value("schedule"_L1).toString(), u"cron 0 6 * * mon-fri Europe/Berlin"_s);
        QCOMPARE(QDateTime::fromString(line.value("next_run"_L1).toString(), Qt::ISODate),
                 Orion::Schedule::cronIn(u"0 6 * * mon-fri"_s, u"Europe/Berlin"_s).nextAfter(QDateTime::currentDateTimeUtc()));
        const QByteArray before = Orion::Test::fileHash(db);
        const QList<std::pair<QStringList, QString>> bad{
            {{u"schedule"_s, u"set"_s, u"shop"_s, u"cron 0 25 * * *"_s}, u"hour field \"25\""_s},
            {{u"schedule"_s, u"set"_s, u"shop"_s, u"every 10s"_s}, u"between 1 minute and 366 days"_s},
            {{u"schedule"_s, u"set"_s, u"shop"_s, u"sometimes"_s}, u"is not a schedule"_s},
            {{u"schedule"_s, u"set"_s, u"nobody"_s, u"every 1h"_s}, u"no connection named"_s},
            {{u"schedule"_s, u"set"_s, u"shop"_s, u"every 1h"_s, u"--on-workers"_s}, u"PostgreSQL"_s},
            {{u"schedule"_s, u"set"_s, u"shop"_s}, u"schedule takes set"_s},
            {{u"jobs"_s, u"list"_s}, u"PostgreSQL"_s},
            {{u"jobs"_s, u"cancel"_s}, u"jobs takes"_s},
            {{u"workers"_s}, u"PostgreSQL"_s},
            {{u"worker"_s}, u"PostgreSQL"_s},
            {{u"worker"_s, u"--concurrency"_s, u"0"_s}, u"--concurrency must be"_s},
        };
        for (const auto &[args, expected] : bad) {
            o = orion(QStringList{u"--db"_s, db} + args);
            QVERIFY2(o.exitCode == 2, qPrintable(args.join(u' ') + u" → "_s + QString::number(o.exitCode) + u" "_s + o.err));
            QCOMPARE(o.err.count(u'\n'), 1);
            QVERIFY2(o.err.contains(expected), qPrintable(o.err));
        }
        QCOMPARE(Orion::Test::fileHash(db), before);
        for (const QString &command : {u"schedule"_s, u"worker"_s, u"jobs"_s, u"workers"_s}) {
            o = orion({command, u"--help"_s});
            QCOMPARE(o.exitCode, 0);
            QVERIFY(o.out.startsWith(u"Usage"_s));
        }
    }

    void readOnlyWorkspaceIsRefused()
    {
        const QString path = m_dir.filePath(u"readonly.db"_s);
        QCOMPARE(orion({u"migrate"_s, u"--db"_s, path}).exitCode, 0);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = Orion::Test::fileHash(path);
        // Root ignores file permissions; run the command as an unprivileged user then (from a copy of the
        // binary that user can reach).
        if (geteuid() == 0) {
            const QString copy = m_dir.filePath(u"orion-copy"_s);
            QVERIFY(QFile::copy(QStringLiteral(ORION_CLI_PATH), copy));
            QVERIFY(QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::ExeOther | QFileDevice::ReadOther));
            verifyOneLineError(orion({u"migrate"_s, u"--db"_s, path}, {u"runuser"_s, u"-u"_s, u"nobody"_s, u"--"_s, copy}), u"read-only"_s);
        } else {
            verifyOneLineError(orion({u"migrate"_s, u"--db"_s, path}), u"read-only"_s);
        }
        QCOMPARE(Orion::Test::fileHash(path), before);
    }

    void postgresErrorsAreOneLineWithoutSecrets()
    {
        QVERIFY2(Orion::Test::postgresAvailable(), qPrintable(Orion::Test::postgresUnavailableReason()));
        const auto admin = Orion::Test::postgresAdminConfig();
        QString url = u"postgresql://%1:wrong-secret-xyz@%2:%3/postgres?sslmode=disable"_s.arg(admin.user, admin.host).arg(admin.port);
        Outcome o = orion({u"migrate"_s, u"--db"_s, url});
        verifyOneLineError(o, u"password authentication failed"_s);
        QVERIFY(!o.err.contains(u"wrong-secret-xyz"_s));

        url = u"postgresql://%1@%2:1/postgres?sslmode=disable"_s.arg(admin.user, admin.host);
        verifyOneLineError(orion({u"migrate"_s, u"--db"_s, url}), u"Cannot connect to PostgreSQL"_s);

        // The password from the environment; a real migration and demo on the server.
        const auto db = Orion::Test::createPostgresDatabase(Orion::Test::Schema::None);
        url = u"postgresql://%1@%2:%3/%4?sslmode=disable"_s.arg(admin.user, admin.host).arg(admin.port).arg(db.database);
        const QHash<QString, QString> env{{u"ORION_DB_PASSWORD"_s, Orion::Test::postgresAdminPassword()}};
        // A shared workspace is migrated by its owner only, on purpose.
        o = orion({u"migrate"_s, u"--db"_s, url}, {}, env);
        QCOMPARE(o.exitCode, 1);
        verifyOneLineError(o, u"migrate --as-owner"_s);
        o = orion({u"connections"_s, u"--db"_s, url}, {}, env);
        verifyOneLineError(o, u"no Orion schema yet"_s);
        o = orion({u"migrate"_s, u"--as-owner"_s, u"--db"_s, url}, {}, env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(u"applied 20 migration(s), every object owned by orion_owner"_s), qPrintable(o.out));
        o = orion({u"demo"_s, u"--db"_s, url, u"--days"_s, u"5"_s}, {}, env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        o = orion({u"connections"_s, u"--json"_s, u"--db"_s, url}, {}, env);
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).array().size(), 6);
        Orion::Test::dropPostgresDatabase(db.database);
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"

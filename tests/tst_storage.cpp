// Migrations and triggers on both engines: SQLite files and the real PostgreSQL server of ./scripts/test.
#include "testsupport.h"

#include "runtime/credentialstore.h"
#include "services/connectionsaver.h"
#include "store/connectionstore.h"
#include "store/demoseeder.h"
#include "store/migrator.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {
const QStringList kTables
    = {u"connections"_s,      u"unified_customers"_s,     u"unified_invoices"_s,          u"sync_state"_s,        u"sync_metrics"_s,
       u"connector_health"_s, u"connector_marketplace"_s, u"user_installed_connectors"_s, u"custom_connectors"_s, u"schema_mappings"_s,
       u"alert_rules"_s,      u"mapping_decisions"_s,     u"mapping_approvers"_s};

// A keychain that refuses writes of the secret `refuse` ("*": every write), and counts the others.
class FlakySecretBackend : public MemorySecretBackend
{
public:
    QString refuse;
    int writes = 0;
    bool write(const QString &key, const QString &value, QString *error) override
    {
        if (refuse == "*"_L1 || (!refuse.isEmpty() && key.endsWith(u'/' + refuse))) {
            *error = u"the keychain is locked"_s;
            return false;
        }
        ++writes;
        return MemorySecretBackend::write(key, value, error);
    }
};

qint64 scalar(const Workspace &w, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(w.database());
    q.prepare(sql);
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QVariant value(const Workspace &w, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(w.database());
    q.prepare(sql);
    for (const auto &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0);
}

bool exec(const Workspace &w, const QString &sql, const QVariantList &binds = {}, QString *error = nullptr)
{
    QSqlQuery q(w.database());
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql); // utility statements (REFRESH …) cannot be prepared
    } else {
        q.prepare(sql);
        for (const auto &b : binds)
            q.addBindValue(b);
        ok = q.exec();
    }
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

SyncRun run(qint64 connection, SyncRun::Status status, const QDateTime &at, qint64 durationMs = 1000)
{
    SyncRun r;
    r.connectionId = connection;
    r.stream = u"customers"_s;
    r.startedAt = at;
    r.finishedAt = at.addMSecs(durationMs);
    r.status = status;
    r.durationMs = durationMs;
    r.recordsProcessed = 10;
    return r;
}
} // namespace

class TstStorage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::EngineDatabases m_databases;

    // A fresh, empty database of the current row's engine.
    DatabaseConfig freshConfig() { return m_databases.fresh(); }
    static QString password() { return Test::EngineDatabases::password(); }
    std::unique_ptr<Workspace> openFresh()
    {
        QString error;
        auto w = Workspace::open(freshConfig(), password(), &error);
        if (!w)
            qFatal("open failed: %s", qPrintable(error));
        return w;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::EngineDatabases::addRows(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
    }

    // The one rule for who a decision is recorded for (the CLI and the Mappings page both use it):
    // the database login on PostgreSQL, the operating-system user on SQLite, else "local user".
    void actorIsTheLoginOrTheLocalUser()
    {
        auto w = openFresh();
        const QByteArray user = qgetenv("USER"), userName = qgetenv("USERNAME");
        const auto restore = qScopeGuard([&] {
            qputenv("USER", user);
            qputenv("USERNAME", userName);
        });
        qputenv("USER", "maria");
        if (w->isPostgres()) {
            QVERIFY(!w->userName().isEmpty());
            QCOMPARE(w->actor(), w->userName()); // the login, whatever the local account
            return;
        }
        QCOMPARE(w->actor(), u"maria"_s);
        qunsetenv("USER");
        qputenv("USERNAME", "jo");
        QCOMPARE(w->actor(), u"jo"_s);
        qunsetenv("USERNAME");
        QCOMPARE(w->actor(), u"local user"_s);
    }

    // A record the store refuses (here an invoice whose currency breaks the table's CHECK) is left
    // out with its reason; the rest of the page and its checkpoint are kept. Without the list of
    // refusals the page stays all or nothing.
    void aRefusedRecordDoesNotLoseThePage()
    {
        auto w = openFresh();
        QString error;
        const qint64 id = ConnectionStore(*w).createConnection(Test::newConnection(u"refusing"_s, u"stripe"_s), &error);
        QVERIFY2(id > 0, qPrintable(error));
        Page page;
        for (int i = 0; i < 3; ++i) {
            UnifiedInvoice inv;
            inv.connectionId = id;
            inv.source = u"stripe"_s;
            inv.externalId = u"in_%1"_s.arg(i);
            inv.currency = i == 1 ? u"EURO"_s : u"EUR"_s;
            inv.issuedAt = QDateTime::currentDateTimeUtc();
            page.invoices << inv;
        }
        page.checkpoint = QJsonObject{{u"starting_after"_s, u"in_2"_s}};
        RecordStore store(*w);
        qint64 written = 0;
        QVERIFY(!store.writePage(id, u"invoices"_s, page, &written, &error)); // all or nothing
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM unified_invoices WHERE connection_id = ?"_s, {id}), qint64(0));
        QStringList refused;
        error.clear();
        QVERIFY2(store.writePage(id, u"invoices"_s, page, &written, &error, &refused), qPrintable(error));
        QCOMPARE(written, 2);
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().startsWith(u"record in_1 was not stored"_s), qPrintable(refused.first()));
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM unified_invoices WHERE connection_id = ?"_s, {id}), qint64(2));
        QCOMPARE(store.checkpoint(id, u"invoices"_s, &error).value("starting_after"_L1).toString(), u"in_2"_s);
    }

    void migratesFromEmpty()
    {
        const DatabaseConfig config = m_databases.fresh(Test::Schema::None);
        QString error;
        if (config.engine == DatabaseConfig::Engine::PostgreSql) {
            // A shared workspace is created by its owner only, never by whoever opens it first.
            QVERIFY(!Workspace::open(config, password(), &error));
            QVERIFY2(error.contains(u"no Orion schema yet"_s) && error.contains(u"migrate --as-owner"_s), qPrintable(error));
        }
        auto w = Workspace::open(config, password(), &error, Test::ownerOptions());
        QVERIFY2(w, qPrintable(error));
        const int latest = Migrator::latestBundledVersion(config.engine);
        QCOMPARE(latest, 20);
        QCOMPARE(w->schemaVersion(), latest);
        QCOMPARE(w->migrationsApplied(), latest);
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM orion_schema_version"_s), qint64(latest));
        for (const QString &table : kTables)
            QVERIFY2(exec(*w, u"SELECT count(*) FROM "_s + table, {}, &error), qPrintable(table + u": "_s + error));
        QVERIFY2(exec(*w, u"SELECT count(*) FROM connector_analytics_visible"_s, {}, &error), qPrintable(error));
        // Same migration numbers on both engines.
        QCOMPARE(Migrator::bundledMigrations(DatabaseConfig::Engine::Sqlite).size(),
                 Migrator::bundledMigrations(DatabaseConfig::Engine::PostgreSql).size());
    }

    void reapplyingIsANoOp()
    {
        const DatabaseConfig config = freshConfig();
        QString error;
        {
            auto w = Workspace::open(config, password(), &error);
            QVERIFY2(w, qPrintable(error));
            ConnectionStore store(*w);
            QVERIFY(store.createConnection(Test::newConnection(u"Kept"_s, u"stripe"_s), &error));
        }
        auto again = Workspace::open(config, password(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->migrationsApplied(), 0);
        QCOMPARE(again->schemaVersion(), 20);
        QCOMPARE(scalar(*again, u"SELECT count(*) FROM orion_schema_version"_s), qint64(20));
        QCOMPARE(scalar(*again, u"SELECT count(*) FROM connections"_s), qint64(1));
    }

    void upgradesFromAnOlderVersion()
    {
        const DatabaseConfig config = m_databases.fresh(Test::Schema::None);
        QString error;
        {
            Workspace::Options options;
            options.migrate = false;
            auto w = Workspace::open(config, password(), &error, options);
            QVERIFY2(w, qPrintable(error));
            Migrator migrator(w->database(), config.engine);
            auto first = Migrator::bundledMigrations(config.engine).mid(0, 1);
            migrator.setMigrations(first);
            int applied = 0;
            QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
            QCOMPARE(applied, 1);
        }
        auto w = Workspace::open(config, password(), &error, Test::ownerOptions());
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->migrationsApplied(), int(Migrator::bundledMigrations(config.engine).size()) - 1); // all but the first
        QCOMPARE(w->schemaVersion(), 20);
    }

    // Runs recorded under schema 6 reach the dashboard's day buckets after the upgrade to 7 (SQLite's
    // rollup table is back-filled; PostgreSQL's view is refreshed with its watermark).
    void upgradeKeepsAnalyticsHistory()
    {
        const DatabaseConfig config = m_databases.fresh(Test::Schema::None);
        QString error;
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-3);
        {
            Workspace::Options options;
            options.migrate = false;
            auto w = Workspace::open(config, password(), &error, options);
            QVERIFY2(w, qPrintable(error));
            Migrator migrator(w->database(), config.engine);
            migrator.setMigrations(Migrator::bundledMigrations(config.engine).mid(0, 6));
            int applied = 0;
            QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
            ConnectionStore store(*w);
            // Schema 6 has no uid column yet: the row as that version's app wrote it.
            QVERIFY2(exec(*w, u"INSERT INTO connections (name, connector_id, owner) VALUES ('Before', 'stripe', 'me')"_s, {}, &error),
                     qPrintable(error));
            const qint64 id = scalar(*w, u"SELECT id FROM connections WHERE name = 'Before'"_s);
            QVERIFY(id > 0);
            // The runs as that version's app recorded them (it had no requests or partitions columns).
            for (int i = 0; i < 5; ++i) {
                const SyncRun r = run(id, i == 2 ? SyncRun::Status::Failed : SyncRun::Status::Succeeded, t0.addSecs(60 * i), 100 * (i + 1));
                QVERIFY2(exec(*w,
                              u"INSERT INTO sync_metrics (connection_id, stream, started_at, finished_at, status, records_processed, "
                              "duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                              {r.connectionId, r.stream, r.startedAt, r.finishedAt, SyncRun::statusName(r.status), r.recordsProcessed, r.durationMs},
                              &error),
                         qPrintable(error));
            }
        }
        auto w = Workspace::open(config, password(), &error, Test::ownerOptions());
        QVERIFY2(w, qPrintable(error));
        QCOMPARE(w->schemaVersion(), 20);
        QCOMPARE(scalar(*w, u"SELECT sum(sync_count) FROM connector_analytics_visible"_s), qint64(5));
        QCOMPARE(scalar(*w, u"SELECT sum(error_count) FROM connector_analytics_visible"_s), qint64(1));
        QCOMPARE(scalar(*w, u"SELECT max(max_duration_ms) FROM connector_analytics_visible"_s), qint64(500));
    }

    void newerSchemaIsRefusedUnchanged()
    {
        const DatabaseConfig config = freshConfig();
        QString error;
        {
            auto w = Workspace::open(config, password(), &error);
            QVERIFY2(w, qPrintable(error));
            QVERIFY(exec(*w, u"INSERT INTO orion_schema_version (version, name) VALUES (99, 'from_the_future')"_s));
            ConnectionStore store(*w);
            QVERIFY(store.createConnection(Test::newConnection(u"Precious"_s, u"hubspot"_s), &error));
        }
        const QByteArray before = config.engine == DatabaseConfig::Engine::Sqlite ? Test::fileHash(config.sqlitePath) : QByteArray();
        auto w = Workspace::open(config, password(), &error);
        QVERIFY(!w);
        QVERIFY2(error.contains(u"99"_s) && error.contains(u"newer"_s), qPrintable(error));
        if (config.engine == DatabaseConfig::Engine::Sqlite)
            QCOMPARE(Test::fileHash(config.sqlitePath), before);
        // Still readable by an unmigrated open, data intact.
        Workspace::Options options;
        options.migrate = false;
        auto raw = Workspace::open(config, password(), &error, options);
        QVERIFY2(raw, qPrintable(error));
        QCOMPARE(scalar(*raw, u"SELECT count(*) FROM connections"_s), qint64(1));
    }

    void failingMigrationRollsBackEverything()
    {
        const DatabaseConfig config = m_databases.fresh(Test::Schema::None);
        QString error;
        Workspace::Options options;
        options.migrate = false;
        auto w = Workspace::open(config, password(), &error, options);
        QVERIFY2(w, qPrintable(error));
        Migrator migrator(w->database(), config.engine);
        migrator.setMigrations({{1, u"0001_ok"_s, u"CREATE TABLE probe_a (x integer);"_s},
                                {2, u"0002_broken"_s, u"CREATE TABLE probe_b (x integer); SELECT * FROM nowhere;"_s}});
        QVERIFY(!migrator.migrate(&error));
        QVERIFY2(error.contains(u"0002_broken"_s), qPrintable(error));
        QCOMPARE(migrator.currentVersion(&error), 0);
        const QString tableCount = config.engine == DatabaseConfig::Engine::Sqlite
            ? u"SELECT count(*) FROM sqlite_master WHERE name LIKE 'probe_%'"_s
            : u"SELECT count(*) FROM pg_tables WHERE tablename LIKE 'probe_%'"_s;
        QCOMPARE(scalar(*w, tableCount), qint64(0));
    }

    // Schema 14: every connection gets an immutable id; the rows that existed before keep their name
    // as the key their secrets were stored under, new rows never have one.
    void connectionsGetAnImmutableIdAndOldOnesKeepTheirSecretName()
    {
        const DatabaseConfig config = m_databases.fresh(Test::Schema::None);
        QString error;
        {
            Workspace::Options options;
            options.migrate = false;
            auto w = Workspace::open(config, password(), &error, options);
            QVERIFY2(w, qPrintable(error));
            Migrator migrator(w->database(), config.engine);
            migrator.setMigrations(Migrator::bundledMigrations(config.engine).mid(0, 13));
            int applied = 0;
            QVERIFY2(migrator.migrate(&error, &applied), qPrintable(error));
            QVERIFY2(exec(*w,
                          u"INSERT INTO connections (name, connector_id, owner) VALUES ('old-shop', 'stripe', 'me'), ('old-crm', 'hubspot', 'me')"_s,
                          {}, &error),
                     qPrintable(error));
        }
        auto w = Workspace::open(config, password(), &error, Test::ownerOptions());
        QVERIFY2(w, qPrintable(error));
        ConnectionStore store(*w);
        const auto shop = store.connectionByName(u"old-shop"_s, &error);
        const auto crm = store.connectionByName(u"old-crm"_s, &error);
        QVERIFY(shop && crm);
        QVERIFY(!QUuid::fromString(shop->uid).isNull());
        QVERIFY(shop->uid != crm->uid);
        QCOMPARE(shop->legacySecretName, u"old-shop"_s);
        const qint64 fresh = store.createConnection(Test::newConnection(u"new-shop"_s, u"stripe"_s), &error);
        QVERIFY2(fresh, qPrintable(error));
        QCOMPARE(store.connectionById(fresh, &error)->uid, Test::uidFor(u"new-shop"_s));
        QVERIFY(store.connectionById(fresh, &error)->legacySecretName.isEmpty());
        // A writer that names neither gets an id all the same, and no legacy name even if it tries.
        QVERIFY2(exec(*w, u"INSERT INTO connections (name, connector_id, owner, legacy_secret_name) VALUES ('raw', 'stripe', 'me', 'old-shop')"_s, {},
                      &error),
                 qPrintable(error));
        const auto raw = store.connectionByName(u"raw"_s, &error);
        QVERIFY(raw && !QUuid::fromString(raw->uid).isNull());
        QVERIFY(raw->legacySecretName.isEmpty());
        // The id never changes; a rename keeps it.
        QVERIFY(!exec(*w, u"UPDATE connections SET uid = ? WHERE id = ?"_s, {QUuid::createUuid().toString(QUuid::WithoutBraces), shop->id}, &error));
        QVERIFY(store.updateConnection(shop->id, u"renamed-shop"_s, {}, &error));
        QCOMPARE(store.connectionById(shop->id, &error)->uid, shop->uid);
    }

    // Names are labels, unique per owner; names that collide once normalised would share one
    // environment variable (ORION_SECRET_ACME_X_…) and are refused with the existing one named.
    void namesThatNormaliseAlikeAreRefused()
    {
        auto w = openFresh();
        ConnectionStore store(*w);
        QString error;
        QVERIFY2(store.createConnection(Test::newConnection(u"acme-x"_s, u"stripe"_s), &error), qPrintable(error));
        for (const QString &clash : {u"acme_x"_s, u"ACME X"_s, u"Acme.x"_s}) {
            error.clear();
            QVERIFY(!store.createConnection(Test::newConnection(clash, u"stripe"_s), &error));
            QVERIFY2(error.contains(u"too close to the existing connection \"acme-x\""_s), qPrintable(error));
        }
        QVERIFY(!store.createConnection(Test::newConnection(u"acme-x"_s, u"stripe"_s), &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        const qint64 other = store.createConnection(Test::newConnection(u"acme-y"_s, u"stripe"_s), &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY(!store.updateConnection(other, u"acme_x"_s, {}, &error));
        QVERIFY2(error.contains(u"acme-x"_s), qPrintable(error));
        QVERIFY2(store.updateConnection(other, u"ACME-Y"_s, {}, &error), qPrintable(error)); // its own name, recased
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connections"_s), qint64(2));
    }

    // Database first, then secrets, undone together: "Add" with an existing name and a new key
    // must not replace that connection's key, and a secret that cannot be stored saves nothing.
    void savingAConnectionAndItsSecretsIsOneStep()
    {
        auto w = openFresh();
        auto backend = std::make_shared<FlakySecretBackend>();
        CredentialStore credentials(backend);
        QString error;
        NewConnection acme = Test::newConnection(u"acme"_s, u"stripe"_s);
        const ConnectionSaver::Saved first = ConnectionSaver::save(*w, &credentials, 0, acme, {{u"api_key"_s, u"sk_test_first_key"_s}}, &error);
        QVERIFY2(first.id, qPrintable(error));
        QCOMPARE(first.uid, Test::uidFor(u"acme"_s));
        const SecretOwner owner = SecretOwner::connection(first.uid, u"acme"_s);
        QCOMPARE(credentials.secret(owner, u"api_key"_s, &error).value_or(QString()), u"sk_test_first_key"_s);

        // The same name again with another key: refused by the database, no secret touched.
        NewConnection again = Test::newConnection(u"acme"_s, u"stripe"_s);
        again.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const int writes = backend->writes;
        QVERIFY(!ConnectionSaver::save(*w, &credentials, 0, again, {{u"api_key"_s, u"sk_test_attacker"_s}}, &error).id);
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        QCOMPARE(backend->writes, writes);
        QCOMPARE(credentials.secret(owner, u"api_key"_s, &error).value_or(QString()), u"sk_test_first_key"_s);

        // A bad schedule: nothing saved, no secret written.
        NewConnection badSchedule = Test::newConnection(u"shop"_s, u"stripe"_s);
        badSchedule.schedule = u"every tuesday-ish"_s;
        QVERIFY(!ConnectionSaver::save(*w, &credentials, 0, badSchedule, {{u"api_key"_s, u"sk_test_shop"_s}}, &error).id);
        QCOMPARE(backend->writes, writes);
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connections WHERE name = 'shop'"_s), qint64(0));

        // The keychain refuses: the new connection is not created.
        backend->refuse = u"*"_s;
        QVERIFY(
            !ConnectionSaver::save(*w, &credentials, 0, Test::newConnection(u"shop"_s, u"stripe"_s), {{u"api_key"_s, u"sk_test_shop"_s}}, &error).id);
        QVERIFY2(error.contains(u"the keychain is locked"_s), qPrintable(error));
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connections WHERE name = 'shop'"_s), qint64(0));

        // An edit one of whose secrets fails: the rename is rolled back and the other secret restored.
        backend->refuse = u"access_token"_s;
        NewConnection edit = acme;
        edit.name = u"acme-renamed"_s;
        QVERIFY(
            !ConnectionSaver::save(*w, &credentials, first.id, edit, {{u"access_token"_s, u"a"_s}, {u"api_key"_s, u"sk_test_second"_s}}, &error).id);
        QCOMPARE(value(*w, u"SELECT name FROM connections WHERE id = ?"_s, {first.id}).toString(), u"acme"_s);
        QCOMPARE(credentials.secret(owner, u"api_key"_s, &error).value_or(QString()), u"sk_test_first_key"_s);
        QVERIFY(!credentials.secret(owner, u"access_token"_s, &error));

        // And when all is well, a rename keeps the secrets where they are (under the id).
        backend->refuse.clear();
        QVERIFY2(ConnectionSaver::save(*w, &credentials, first.id, edit, {}, &error).id, qPrintable(error));
        QCOMPARE(credentials.secret(SecretOwner::connection(first.uid, u"acme-renamed"_s), u"api_key"_s, &error).value_or(QString()),
                 u"sk_test_first_key"_s);
        // Removing the connection removes its secrets.
        QVERIFY2(ConnectionSaver::remove(*w, &credentials, first.id, &error), qPrintable(error));
        QVERIFY(!credentials.secret(owner, u"api_key"_s, &error));
    }

    void healthFollowsRecordedSyncs()
    {
        auto w = openFresh();
        ConnectionStore store(*w);
        QString error;
        const qint64 id = store.createConnection(Test::newConnection(u"Health"_s, u"stripe"_s), &error);
        QVERIFY2(id, qPrintable(error));
        const QDateTime t0(QDate(2026, 11, 1), QTime(10, 0), QTimeZone::UTC);
        auto health = [&] { return value(*w, u"SELECT status FROM connector_health WHERE connection_id = ?"_s, {id}).toString(); };
        auto failures = [&] { return scalar(*w, u"SELECT consecutive_failures FROM connector_health WHERE connection_id = ?"_s, {id}); };
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connector_health"_s), qint64(0));

        struct Step
        {
            SyncRun::Status status;
            const char *health;
            int failures;
        };
        const Step steps[] = {
            {SyncRun::Status::Succeeded, "healthy", 0},  {SyncRun::Status::Failed, "degraded", 1},   {SyncRun::Status::Failed, "degraded", 2},
            {SyncRun::Status::Cancelled, "degraded", 2}, {SyncRun::Status::Failed, "failed", 3},     {SyncRun::Status::Failed, "failed", 4},
            {SyncRun::Status::Partial, "degraded", 0},   {SyncRun::Status::Succeeded, "healthy", 0},
        };
        qint64 durations = 0;
        int counted = 0;
        for (int i = 0; i < int(std::size(steps)); ++i) {
            const qint64 duration = 1000 + 100 * i;
            QVERIFY2(store.recordSyncRun(run(id, steps[i].status, t0.addSecs(3600 * i), duration), &error), qPrintable(error));
            QCOMPARE(health(), QString::fromLatin1(steps[i].health));
            QCOMPARE(failures(), qint64(steps[i].failures));
            if (steps[i].status != SyncRun::Status::Cancelled) {
                durations += duration;
                ++counted;
            }
        }
        const double avg = value(*w, u"SELECT avg_response_ms FROM connector_health WHERE connection_id = ?"_s, {id}).toDouble();
        QCOMPARE(avg, double(durations) / counted);
        QCOMPARE(scalar(*w, u"SELECT runs_recorded FROM connector_health WHERE connection_id = ?"_s, {id}), qint64(counted));
        const QDateTime lastSuccess
            = ConnectionStore::toUtc(value(*w, u"SELECT last_success_at FROM connector_health WHERE connection_id = ?"_s, {id}));
        QCOMPARE(lastSuccess, t0.addSecs(3600 * 7).addMSecs(1700));
        const QDateTime lastFailure
            = ConnectionStore::toUtc(value(*w, u"SELECT last_failure_at FROM connector_health WHERE connection_id = ?"_s, {id}));
        QCOMPARE(lastFailure, t0.addSecs(3600 * 5).addMSecs(1500));

        const ConnectionSummaries list = store.connections(&error);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().health, HealthStatus::Healthy);
        QCOMPARE(list.first().lastSyncStatus, u"succeeded"_s);
        QCOMPARE(list.first().lastSyncAt, t0.addSecs(3600 * 7).addMSecs(1700));
    }

    void lastUsedFollowsRecordedSyncs()
    {
        auto w = openFresh();
        ConnectionStore store(*w);
        QString error;
        const qint64 id = store.createConnection(Test::newConnection(u"Used"_s, u"hubspot"_s), &error);
        QVERIFY(value(*w, u"SELECT last_used_at FROM connections WHERE id = ?"_s, {id}).isNull());
        const QDateTime t(QDate(2026, 10, 3), QTime(7, 15), QTimeZone::UTC);
        QVERIFY(store.recordSyncRun(run(id, SyncRun::Status::Failed, t, 2000), &error));
        QCOMPARE(ConnectionStore::toUtc(value(*w, u"SELECT last_used_at FROM connections WHERE id = ?"_s, {id})), t.addMSecs(2000));
        // An older run recorded late does not move it back.
        QVERIFY(store.recordSyncRun(run(id, SyncRun::Status::Succeeded, t.addDays(-1)), &error));
        QCOMPARE(ConnectionStore::toUtc(value(*w, u"SELECT last_used_at FROM connections WHERE id = ?"_s, {id})), t.addMSecs(2000));
    }

    void installCountFollowsInstalls()
    {
        auto w = openFresh();
        QString error;
        QVERIFY2(exec(*w,
                      u"INSERT INTO connector_marketplace (connector_id, name, publisher, category) "
                      "VALUES ('acme', 'ACME', 'ACME Inc.', 'crm')"_s,
                      {}, &error),
                 qPrintable(error));
        const qint64 market = scalar(*w, u"SELECT id FROM connector_marketplace WHERE connector_id = 'acme'"_s);
        auto count = [&] { return scalar(*w, u"SELECT install_count FROM connector_marketplace WHERE id = ?"_s, {market}); };
        QCOMPARE(count(), qint64(0));
        QVERIFY2(exec(*w, u"INSERT INTO user_installed_connectors (marketplace_id, owner) VALUES (?, 'ann')"_s, {market}, &error), qPrintable(error));
        QVERIFY(exec(*w, u"INSERT INTO user_installed_connectors (marketplace_id, owner) VALUES (?, 'ben')"_s, {market}));
        QCOMPARE(count(), qint64(2));
        QVERIFY(exec(*w, u"UPDATE user_installed_connectors SET active = ? WHERE owner = 'ann'"_s, {false}));
        QCOMPARE(count(), qint64(1));
        QVERIFY(exec(*w, u"UPDATE user_installed_connectors SET active = ? WHERE owner = 'ann'"_s, {false}));
        QCOMPARE(count(), qint64(1)); // no double decrement
        QVERIFY(exec(*w, u"UPDATE user_installed_connectors SET active = ? WHERE owner = 'ann'"_s, {true}));
        QCOMPARE(count(), qint64(2));
        QVERIFY(exec(*w, u"DELETE FROM user_installed_connectors WHERE owner = 'ben'"_s));
        QCOMPARE(count(), qint64(1));
        QVERIFY(exec(*w, u"UPDATE user_installed_connectors SET active = ? WHERE owner = 'ann'"_s, {false}));
        QVERIFY(exec(*w, u"DELETE FROM user_installed_connectors WHERE owner = 'ann'"_s));
        QCOMPARE(count(), qint64(0)); // deleting an inactive install changes nothing
    }

    void constraintsRejectBadRows()
    {
        auto w = openFresh();
        ConnectionStore store(*w);
        QString error;
        const qint64 id = store.createConnection(Test::newConnection(u"Twice"_s, u"stripe"_s), &error);
        QVERIFY(id);
        QVERIFY(!store.createConnection(Test::newConnection(u"Twice"_s, u"hubspot"_s), &error));
        QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
        QVERIFY(!store.createConnection(Test::newConnection(u"  "_s, u"hubspot"_s), &error));
        QVERIFY(!exec(*w,
                      u"INSERT INTO schema_mappings (connection_id, source_path, target_field, confidence) "
                      "VALUES (?, 'a', 'email', 1.5)"_s,
                      {id}));
        QVERIFY(!exec(*w,
                      u"INSERT INTO sync_metrics (connection_id, stream, started_at, status) "
                      "VALUES (?, 's', '2026-01-01T00:00:00Z', 'exploded')"_s,
                      {id}));
        QVERIFY(!exec(*w,
                      u"INSERT INTO connector_marketplace (connector_id, name, publisher, category) "
                      "VALUES ('x', 'X', 'P', 'games')"_s));
        // Deleting a connection removes what hangs off it.
        QVERIFY(store.recordSyncRun(run(id, SyncRun::Status::Succeeded, QDateTime::currentDateTimeUtc()), &error));
        QVERIFY(store.deleteConnection(id, &error));
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM sync_metrics"_s), qint64(0));
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connector_health"_s), qint64(0));
    }

    void demoSeedMatchesIndependentAggregates()
    {
        auto w = openFresh();
        DemoSeeder seeder(*w);
        DemoSeeder::Options options;
        options.connections = 6;
        options.days = 90;
        options.now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::UTC);
        DemoSeeder::Result result;
        QString error;
        QVERIFY2(seeder.seed(options, &result, &error), qPrintable(error));
        QCOMPARE(result.connections, 6);
        QVERIFY(result.metrics > 6 * 90 * 5); // about six a day, minus the gaps
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM sync_metrics"_s), result.metrics);
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connections WHERE is_demo = ?"_s, {true}), qint64(6));
        // History spans the requested days and nothing lies in the future.
        const QDateTime first = ConnectionStore::toUtc(value(*w, u"SELECT min(started_at) FROM sync_metrics"_s));
        const QDateTime last = ConnectionStore::toUtc(value(*w, u"SELECT max(started_at) FROM sync_metrics"_s));
        QVERIFY(first >= options.now.addDays(-90));
        QVERIFY(first < options.now.addDays(-89));
        QVERIFY(last <= options.now);
        // Mixed statuses.
        for (const char *status : {"succeeded", "failed", "partial"})
            QVERIFY2(scalar(*w, u"SELECT count(*) FROM sync_metrics WHERE status = ?"_s, {QString::fromLatin1(status)}) > 0, status);
        // The health the triggers computed matches the documented rule applied here to the raw runs.
        ConnectionStore store(*w);
        const ConnectionSummaries list = store.connections(&error);
        QCOMPARE(list.size(), 6);
        int failedConnections = 0;
        for (const auto &c : list) {
            QSqlQuery q(w->database());
            q.prepare(u"SELECT status FROM sync_metrics WHERE connection_id = ? ORDER BY started_at, id"_s);
            q.addBindValue(c.id);
            QVERIFY(q.exec());
            QString health = u"unknown"_s;
            int streak = 0;
            while (q.next()) {
                const QString s = q.value(0).toString();
                if (s == "succeeded"_L1) {
                    health = u"healthy"_s;
                    streak = 0;
                } else if (s == "partial"_L1) {
                    health = u"degraded"_s;
                    streak = 0;
                } else if (s == "failed"_L1) {
                    ++streak;
                    health = streak >= 3 ? u"failed"_s : u"degraded"_s;
                }
            }
            QCOMPARE(healthStatusName(c.health), health);
            QVERIFY(c.name.startsWith(u"Demo · "_s));
            failedConnections += c.health == HealthStatus::Failed;
        }
        QCOMPARE(failedConnections, 1);
        // Re-seeding replaces the demo connections, keeps the others.
        QVERIFY(store.createConnection(Test::newConnection(u"Mine"_s, u"stripe"_s), &error));
        options.metrics = 600;
        QVERIFY2(seeder.seed(options, &result, &error), qPrintable(error));
        QCOMPARE(result.metrics, qint64(600));
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM sync_metrics"_s), qint64(600));
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connections"_s), qint64(7));
    }

    void demoSeedCancelledChangesNothing()
    {
        auto w = openFresh();
        DemoSeeder seeder(*w);
        std::atomic_bool cancel = true;
        DemoSeeder::Result result;
        QString error;
        QVERIFY(!seeder.seed({}, &result, &error, {}, &cancel));
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connections"_s), qint64(0));
    }

    // --- engine-specific bad input ---------------------------------------------------------------

    void sqliteCorruptFileIsRefusedUnchanged()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != "sqlite"_L1)
            return; // SQLite files only; the PostgreSQL row runs the server cases below
        const QString path = m_dir.filePath(u"corrupt.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database, just some text that happens to be here\n");
        file.close();
        const QByteArray before = Test::fileHash(path);
        QString error;
        QVERIFY(!Workspace::open(DatabaseConfig::sqlite(path), {}, &error));
        QVERIFY2(error.contains(u"not a SQLite database"_s), qPrintable(error));
        QCOMPARE(Test::fileHash(path), before);

        // A real SQLite header followed by garbage.
        QFile damaged(m_dir.filePath(u"damaged.db"_s));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x7f'));
        damaged.close();
        const QByteArray damagedBefore = Test::fileHash(damaged.fileName());
        QVERIFY(!Workspace::open(DatabaseConfig::sqlite(damaged.fileName()), {}, &error));
        QVERIFY2(!error.isEmpty(), "no error for a damaged file");
        QCOMPARE(Test::fileHash(damaged.fileName()), damagedBefore);
    }

    void sqliteForeignDatabaseIsRefused()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != "sqlite"_L1)
            return;
        const QString path = m_dir.filePath(u"foreign.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"CREATE TABLE recipes (name text)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = Test::fileHash(path);
        QString error;
        QVERIFY(!Workspace::open(DatabaseConfig::sqlite(path), {}, &error));
        QVERIFY2(error.contains(u"not an Orion workspace"_s), qPrintable(error));
        QCOMPARE(Test::fileHash(path), before);
    }

    void postgresWrongPasswordAndUnreachable()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != "postgresql"_L1)
            return;
        DatabaseConfig config = Test::postgresAdminConfig();
        QString error;
        QVERIFY(!Workspace::open(config, u"definitely-wrong-password"_s, &error));
        QVERIFY2(error.contains(u"password authentication failed"_s), qPrintable(error));
        QVERIFY(!error.contains(u"definitely-wrong-password"_s));

        config.port = 1; // nothing listens there
        QVERIFY(!Workspace::open(config, Test::postgresAdminPassword(), &error));
        QVERIFY2(error.contains(u"Cannot connect to PostgreSQL at"_s) && error.contains(u":1"_s), qPrintable(error));

        config = Test::postgresAdminConfig();
        config.database = u"orion_no_such_database"_s;
        QVERIFY(!Workspace::open(config, Test::postgresAdminPassword(), &error));
        QVERIFY2(error.contains(u"orion_no_such_database"_s), qPrintable(error));
    }

    void postgresAnalyticsViewRefreshesConcurrently()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != "postgresql"_L1)
            return;
        auto w = openFresh();
        ConnectionStore store(*w);
        QString error;
        const qint64 id = store.createConnection(Test::newConnection(u"Analytics"_s, u"stripe"_s), &error);
        const QDateTime day(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::UTC);
        QVERIFY(store.recordSyncRun(run(id, SyncRun::Status::Succeeded, day, 1000), &error));
        QVERIFY(store.recordSyncRun(run(id, SyncRun::Status::Failed, day.addSecs(3600), 3000), &error));
        QVERIFY(store.recordSyncRun(run(id, SyncRun::Status::Succeeded, day.addDays(1), 500), &error));
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connector_analytics"_s), qint64(0)); // not refreshed yet
        QVERIFY2(exec(*w, u"REFRESH MATERIALIZED VIEW CONCURRENTLY connector_analytics"_s, {}, &error), qPrintable(error));
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connector_analytics"_s), qint64(2));
        QSqlQuery q(w->database());
        QVERIFY(q.exec(u"SELECT sync_count, error_count, avg_duration_ms, min_duration_ms, max_duration_ms, "
                       "records_processed FROM connector_analytics WHERE day = DATE '2026-11-02'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toDouble(), 2000.0);
        QCOMPARE(q.value(3).toInt(), 1000);
        QCOMPARE(q.value(4).toInt(), 3000);
        QCOMPARE(q.value(5).toInt(), 20);
    }

    void sqliteAnalyticsViewMatches()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != "sqlite"_L1)
            return;
        auto w = openFresh();
        ConnectionStore store(*w);
        QString error;
        const qint64 id = store.createConnection(Test::newConnection(u"Analytics"_s, u"stripe"_s), &error);
        const QDateTime day(QDate(2026, 11, 2), QTime(23, 30), QTimeZone::UTC);
        QVERIFY(store.recordSyncRun(run(id, SyncRun::Status::Succeeded, day, 1000), &error));
        QVERIFY(store.recordSyncRun(run(id, SyncRun::Status::Failed, day.addSecs(60), 3000), &error));
        QVERIFY(store.recordSyncRun(run(id, SyncRun::Status::Succeeded, day.addSecs(3600), 500), &error)); // next day
        QSqlQuery q(w->database());
        QVERIFY(q.exec(u"SELECT day, sync_count, error_count, avg_duration_ms, min_duration_ms, max_duration_ms "
                       "FROM connector_analytics_visible ORDER BY day"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"2026-11-02"_s);
        QCOMPARE(q.value(1).toInt(), 2);
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toDouble(), 2000.0);
        QCOMPARE(q.value(4).toInt(), 1000);
        QCOMPARE(q.value(5).toInt(), 3000);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"2026-11-03"_s);
        QVERIFY(!q.next());
    }
};

QTEST_GUILESS_MAIN(TstStorage)
#include "tst_storage.moc"

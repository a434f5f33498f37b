// Scale-out workers on the real PostgreSQL server with real `orion worker` processes and the local
// Stripe fake: 200 jobs over three workers each done exactly once; a worker killed with SIGKILL in
// the middle of a job whose lease then expires and another worker finishes it with nothing lost or
// twice; SIGTERM draining (finish, or give back after the drain deadline); the scheduler election
// (one leader among sessions, a slot queued once); cancel and retry; row-level security of the queue.
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "adapters/declarative/connectorspec.h"
#include "adapters/declarative/declarativeconnector.h"
#include "runtime/credentialstore.h"
#include "runtime/sealedbox.h"
#include "services/connectionsaver.h"
#include "services/jobqueueservice.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/jobqueue.h"
#include "store/schedulestore.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Orion;
using Fakes::FakeStripe;

class TstWorkers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir{qEnvironmentVariable("ORION_TEST_KEEP_DIR", QDir::tempPath()) + u"/tst_workers-XXXXXX"_s};
    FakeStripe m_stripe;
    DatabaseConfig m_db;
    std::unique_ptr<Workspace> m_admin;
    // The workers' secrets file (ORION_SECRET_BACKEND=file): by connection id. Workers serve every
    // owner, so they never read ORION_SECRET_<NAME>_… variables.
    void workerSecret(const QString &connection, const QString &value)
    {
        FileSecretBackend file(m_dir.filePath(u"config/orion-studio/secrets.json"_s));
        QString error;
        if (!file.write(CredentialStore::storageKey(Test::owner(connection), u"api_key"_s), value, &error))
            qFatal("%s", qPrintable(error));
    }
    std::vector<std::unique_ptr<QProcess>> m_workers;
    QHash<QString, QString> m_workerEnvironment; // extra variables for the next workers

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_admin->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }
    QString text(const QString &sql)
    {
        QSqlQuery q(m_admin->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toString();
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(m_admin->database());
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }
    qint64 addConnection(const QString &name)
    {
        ConnectionStore::NewConnection c = Test::newConnection(name, u"stripe"_s);
        c.settings = QJsonObject{{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, 0}, {u"concurrency"_s, 1}};
        QString error;
        const qint64 id = ConnectionStore(*m_admin).createConnection(Test::withUid(c), &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        workerSecret(name, m_stripe.apiKey());
        return id;
    }
    qint64 enqueue(qint64 connection, int maxAttempts = 3)
    {
        QString error;
        JobQueue::Enqueue job;
        job.connectionId = connection;
        job.stream = u"customers"_s;
        job.maxAttempts = maxAttempts;
        const qint64 id = JobQueue(*m_admin).enqueue(job, &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        return id;
    }
    QProcess *startWorker(const QString &name, const QStringList &extra = {})
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"ORION_SECRET_BACKEND"_s, u"file"_s);
        env.insert(u"ORION_DB_PASSWORD"_s, u"worker-pw"_s);
        for (auto it = m_workerEnvironment.cbegin(); it != m_workerEnvironment.cend(); ++it)
            env.insert(it.key(), it.value());
        p->setProcessEnvironment(env);
        p->setStandardErrorFile(m_dir.filePath(name + u".log"_s), QIODevice::Append);
        DatabaseConfig config = m_db;
        config.user = u"orion_test_worker"_s;
        p->start(QStringLiteral(ORION_CLI_PATH),
                 QStringList{u"--db"_s, config.toUrl(), u"worker"_s, u"--name"_s, name, u"--lease-seconds"_s, u"3"_s, u"--heartbeat-ms"_s, u"300"_s}
                     + extra);
        if (!p->waitForStarted())
            qFatal("cannot start orion worker");
        p->setProperty("name", name);
        m_workers.push_back(std::move(p));
        return m_workers.back().get();
    }
    QString logOf(QProcess *p) const
    {
        QFile f(m_dir.filePath(p->property("name").toString() + u".log"_s));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    QString stopAndLog(QProcess *p, int signal = SIGTERM)
    {
        if (p->state() != QProcess::NotRunning) {
            ::kill(pid_t(p->processId()), signal);
            p->waitForFinished(60000);
        }
        return logOf(p);
    }
    void stopAll()
    {
        for (auto &p : m_workers)
            stopAndLog(p.get());
        m_workers.clear();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("ORION_TEST_KEEP_DIR")); // keep the workers' logs to read
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        QVERIFY(m_stripe.start());
        m_db = Test::createPostgresDatabase();
        QString error;
        m_admin = Workspace::open(m_db, Test::postgresAdminPassword(), &error);
        QVERIFY2(m_admin, qPrintable(error));
        QVERIFY2(Test::ensureLoginRole(u"orion_test_worker"_s, u"worker-pw"_s, u"orion_worker"_s, &error), qPrintable(error));
        QVERIFY2(Test::ensureLoginRole(u"orion_test_dora"_s, u"dora-pw"_s, u"orion_user"_s, &error), qPrintable(error));
        QVERIFY2(Test::ensureLoginRole(u"orion_test_eve"_s, u"eve-pw"_s, u"orion_user"_s, &error), qPrintable(error));
    }
    void cleanup()
    {
        stopAll();
        m_stripe.setResponseDelay(0);
        exec(u"DELETE FROM sync_jobs"_s);
    }
    void cleanupTestCase()
    {
        m_admin.reset();
        Test::dropPostgresDatabase(m_db.database);
    }

    // 200 jobs, three worker processes of two slots: each job done once, by one worker, once.
    void threeWorkersRunEveryJobExactlyOnce()
    {
        m_stripe.setCustomerCount(20);
        QList<qint64> connections;
        for (int i = 0; i < 200; ++i)
            connections << addConnection(u"shop-%1"_s.arg(i, 3, 10, QChar(u'0')));
        m_stripe.clearRequests();
        for (qint64 c : connections)
            enqueue(c);
        QProcess *w1 = startWorker(u"w1"_s, {u"--concurrency"_s, u"2"_s});
        QProcess *w2 = startWorker(u"w2"_s, {u"--concurrency"_s, u"2"_s});
        QProcess *w3 = startWorker(u"w3"_s, {u"--concurrency"_s, u"2"_s});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM sync_jobs WHERE state = 'succeeded'"_s), qint64(200), 120000);
        const QString log1 = stopAndLog(w1), log2 = stopAndLog(w2), log3 = stopAndLog(w3);

        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE attempts <> 1 OR lease_owner IS NOT NULL"_s), qint64(0));
        QCOMPARE(scalar(u"SELECT count(DISTINCT run_id) FROM sync_jobs"_s), qint64(200));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_metrics m JOIN sync_jobs j ON j.run_id = m.id WHERE m.status = 'succeeded'"_s), qint64(200));
        QCOMPARE(m_stripe.requestCount(u"/v1/customers"_s), 200); // one page per job: nothing ran twice
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers"_s), qint64(200 * 20));
        QCOMPARE(scalar(u"SELECT count(DISTINCT (connection_id, external_id)) FROM unified_customers"_s), qint64(200 * 20));
        QCOMPARE(scalar(u"SELECT sum(jobs_done) FROM sync_workers WHERE name IN ('w1', 'w2', 'w3')"_s), qint64(200));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_workers WHERE name IN ('w1', 'w2', 'w3') AND jobs_done > 0 AND stopped_at IS NOT NULL"_s),
                 qint64(3));
        // One line per job in the workers' logs, and a graceful stop.
        const QString logs = log1 + log2 + log3;
        QCOMPARE(int(logs.count(u": succeeded — 20 read, 20 written"_s)), 200);
        for (QProcess *w : {w1, w2, w3}) {
            QCOMPARE(w->exitStatus(), QProcess::NormalExit);
            QCOMPARE(w->exitCode(), 0);
        }
        QVERIFY2(log1.contains(u"worker w1: stopped after"_s), qPrintable(log1));
    }

    // SIGKILL the worker holding a job in the middle: after its lease expires another worker claims
    // it and resumes from the checkpoint; every customer is stored once and only whole pages.
    void killedWorkersJobIsTakenOverAndResumed()
    {
        m_stripe.setCustomerCount(3000);
        const qint64 connection = addConnection(u"big-shop"_s);
        m_stripe.setResponseDelay(40); // ~30 pages of ~45 ms
        m_stripe.clearRequests();
        const qint64 job = enqueue(connection);
        QProcess *a = startWorker(u"ka"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTRY_VERIFY_WITH_TIMEOUT(m_stripe.requestCount(u"/v1/customers"_s) >= 8, OrionTest::EventTimeout);
        QCOMPARE(scalar(u"SELECT lease_owner = 'ka' FROM sync_jobs WHERE id = %1"_s.arg(job)), qint64(1));
        ::kill(pid_t(a->processId()), SIGKILL);
        QVERIFY(a->waitForFinished(OrionTest::EventTimeout));
        QCOMPARE(a->exitStatus(), QProcess::CrashExit);
        const qint64 kept = scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = %1"_s.arg(connection));
        QVERIFY2(kept >= 500 && kept < 3000 && kept % 100 == 0, qPrintable(QString::number(kept)));                    // whole pages only
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'running'"_s.arg(job)), qint64(1)); // still leased

        m_stripe.setResponseDelay(0);
        m_stripe.clearRequests();
        // Restarted under the same name, as systemd does: the dead process's lease is not renewed by
        // the new one (a lease belongs to the claim); it expires and the job is claimed again.
        QProcess *b = startWorker(u"ka"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'succeeded'"_s.arg(job)), qint64(1),
                                  OrionTest::EventTimeout);
        const QString log = stopAndLog(b);
        QCOMPARE(scalar(u"SELECT attempts FROM sync_jobs WHERE id = %1"_s.arg(job)), qint64(2));
        QCOMPARE(scalar(u"SELECT (result->>'records_read')::int FROM sync_jobs WHERE id = %1"_s.arg(job)), 3000 - kept); // resumed
        QVERIFY(m_stripe.requests().first().query.hasQueryItem(u"starting_after"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = %1"_s.arg(connection)), qint64(3000));
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers WHERE connection_id = %1"_s.arg(connection)), qint64(3000));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_metrics WHERE connection_id = %1"_s.arg(connection)), qint64(1)); // the killed run left none
        QVERIFY2(log.contains(u"(attempt 2): succeeded"_s), qPrintable(log));
    }

    // A worker that is alive but frozen (SIGSTOP) loses its lease; the worker that claims the job
    // finds the stream locked by the frozen one's session and gives the job back instead of running
    // it at the same time. Thawed, the first worker's late result is refused (lease lost) and the
    // job is finished once by whoever claims it next.
    void frozenWorkerIsNeverRunConcurrently()
    {
        m_stripe.setCustomerCount(3000);
        const qint64 connection = addConnection(u"frozen-shop"_s);
        m_stripe.setResponseDelay(40);
        m_stripe.clearRequests();
        const qint64 job = enqueue(connection);
        QProcess *a = startWorker(u"fa"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTRY_VERIFY_WITH_TIMEOUT(m_stripe.requestCount(u"/v1/customers"_s) >= 5, OrionTest::EventTimeout);
        ::kill(pid_t(a->processId()), SIGSTOP);
        QTest::qWait(200); // a request in flight is answered; the next one is not sent
        const int served = m_stripe.requestCount(u"/v1/customers"_s);
        QProcess *b = startWorker(u"fb"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTRY_VERIFY_WITH_TIMEOUT(logOf(b).contains(u"busy elsewhere"_s), OrionTest::EventTimeout); // claimed after the lease expired, then given back
        QCOMPARE(m_stripe.requestCount(u"/v1/customers"_s), served);                               // nobody read the stream meanwhile
        ::kill(pid_t(a->processId()), SIGCONT);
        m_stripe.setResponseDelay(0);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'succeeded'"_s.arg(job)), qint64(1), 40000);
        QTRY_VERIFY_WITH_TIMEOUT(logOf(a).contains(u"no longer leased"_s), OrionTest::EventTimeout); // the frozen worker's late result was refused
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = %1"_s.arg(connection)), qint64(3000));
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers WHERE connection_id = %1"_s.arg(connection)), qint64(3000));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_metrics m JOIN sync_jobs j ON j.run_id = m.id WHERE j.id = %1"_s.arg(job)), qint64(1));
    }

    // Polling is the fallback when no notification comes: a job that becomes due later (its
    // NOTIFY was sent when it was queued, not yet runnable) is picked up by the idle worker's poll.
    void pollingPicksUpJobsThatBecomeDue()
    {
        m_stripe.setCustomerCount(10);
        const qint64 connection = addConnection(u"later-shop"_s);
        startWorker(u"pw"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTest::qWait(500); // idle, backing off
        const qint64 job = scalar(u"INSERT INTO sync_jobs (connection_id, stream, run_after) VALUES (%1, 'customers', now() + interval '2 seconds') "
                                  "RETURNING id"_s.arg(connection));
        QTest::qWait(1000);
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'queued'"_s.arg(job)), qint64(1)); // not before it is due
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'succeeded'"_s.arg(job)), qint64(1),
                                  OrionTest::EventTimeout);
        QVERIFY(scalar(u"SELECT started_at >= run_after FROM sync_jobs WHERE id = %1"_s.arg(job)) == 1);
    }

    // SIGTERM: the running job finishes (drain), or is given back at the drain deadline.
    void sigtermDrainsGracefully()
    {
        m_stripe.setCustomerCount(1500);
        const qint64 connection = addConnection(u"drain-shop"_s);
        m_stripe.setResponseDelay(40);
        const qint64 first = enqueue(connection);
        QProcess *w = startWorker(u"dw"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s, u"--drain-seconds"_s, u"60"_s});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'running'"_s.arg(first)), qint64(1),
                                  OrionTest::EventTimeout);
        const qint64 second = enqueue(connection); // must not be claimed once the drain began
        ::kill(pid_t(w->processId()), SIGTERM);
        QVERIFY(w->waitForFinished(60000));
        QCOMPARE(w->exitStatus(), QProcess::NormalExit);
        QCOMPARE(w->exitCode(), 0);
        const QString log = logOf(w);
        QVERIFY2(log.contains(u"stopping; finishing running jobs"_s), qPrintable(log));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'succeeded'"_s.arg(first)), qint64(1));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'queued' AND attempts = 0"_s.arg(second)), qint64(1));

        // With no time to drain, the running job is cancelled and given back: queued again, the
        // attempt not counted; the next worker finishes it.
        exec(u"UPDATE sync_state SET checkpoint = '{}'"_s);
        QProcess *quick = startWorker(u"qw"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s, u"--drain-seconds"_s, u"0"_s});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'running'"_s.arg(second)), qint64(1),
                                  OrionTest::EventTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_stripe.requestCount(u"/v1/customers"_s) >= 3, OrionTest::EventTimeout);
        ::kill(pid_t(quick->processId()), SIGTERM);
        QVERIFY(quick->waitForFinished(30000));
        QCOMPARE(quick->exitCode(), 0);
        const QString quickLog = logOf(quick);
        QVERIFY2(quickLog.contains(u"back in the queue"_s), qPrintable(quickLog));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'queued' AND attempts = 0 AND lease_owner IS NULL"_s.arg(second)),
                 qint64(1));
        m_stripe.setResponseDelay(0);
        startWorker(u"fw"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'succeeded'"_s.arg(second)), qint64(1),
                                  OrionTest::EventTimeout);
    }

    // One scheduler at a time: the first session takes the advisory lock and keeps it; a slot is
    // queued once even when two schedulers see it; the lock passes on when the leader goes.
    void schedulerElection()
    {
        const qint64 connection = addConnection(u"scheduled-shop"_s);
        QString error;
        ScheduleStore admin(*m_admin);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY2(admin.setSchedule(u"scheduled-shop"_s, Schedule::every(3600), true, now, &error), qPrintable(error));
        // Three slots missed: caught up once, with the latest missed slot.
        const QDateTime missed = QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 3600 - 3) * 3600, QTimeZone::UTC);
        exec(u"UPDATE connections SET next_sync_at = '%1' WHERE id = %2"_s.arg(missed.toString(Qt::ISODate)).arg(connection));

        DatabaseConfig config = m_db;
        config.user = u"orion_test_worker"_s;
        auto one = Workspace::open(config, u"worker-pw"_s, &error);
        auto two = Workspace::open(config, u"worker-pw"_s, &error);
        QVERIFY2(one && two, qPrintable(error));
        bool leaderOne = false, leaderTwo = false;
        const int queued = ScheduleStore(*one).enqueueDue(now, &leaderOne, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(leaderOne);
        QCOMPARE(queued, 2); // customers and invoices
        QCOMPARE(ScheduleStore(*two).enqueueDue(now, &leaderTwo, &error), 0);
        QVERIFY(!leaderTwo);
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE connection_id = %1"_s.arg(connection)), qint64(2));
        QCOMPARE(scalar(u"SELECT count(DISTINCT scheduled_for) FROM sync_jobs WHERE connection_id = %1"_s.arg(connection)), qint64(1));
        QCOMPARE(
            scalar(u"SELECT next_sync_at > now() AND next_sync_at <= now() + interval '1 hour' FROM connections WHERE id = %1"_s.arg(connection)),
            qint64(1));
        // Still the leader on the next tick; nothing more is due.
        QCOMPARE(ScheduleStore(*one).enqueueDue(now, &leaderOne, &error), 0);
        QVERIFY(leaderOne);
        // Even a second scheduler that skipped the election cannot queue the same slot again.
        exec(u"UPDATE connections SET next_sync_at = '%1' WHERE id = %2"_s.arg(missed.toString(Qt::ISODate)).arg(connection));
        JobQueue::Enqueue again;
        again.connectionId = connection;
        again.stream = u"customers"_s;
        again.scheduledFor = missed;
        QCOMPARE(JobQueue(*two).enqueue(again, &error), qint64(0));
        QVERIFY(error.isEmpty());
        // The leader's session ends: the other one takes over.
        one.reset();
        QTRY_VERIFY_WITH_TIMEOUT((ScheduleStore(*two).enqueueDue(now, &leaderTwo, &error), leaderTwo), OrionTest::EventTimeout);

        // Two worker processes: exactly one is the scheduler; when it stops, the other takes over.
        two.reset();
        QProcess *a = startWorker(u"sa"_s, {u"--concurrency"_s, u"1"_s});
        QProcess *b = startWorker(u"sb"_s, {u"--concurrency"_s, u"1"_s});
        QTRY_VERIFY_WITH_TIMEOUT(QString(logOf(a) + logOf(b)).contains(u"now the scheduler"_s), OrionTest::EventTimeout);
        QTest::qWait(1500); // several heartbeats of both
        QCOMPARE(int(QString(logOf(a) + logOf(b)).count(u"now the scheduler"_s)), 1);
        // The leader queues a due "run on workers" slot and the workers run it: scheduled end to end.
        exec(u"DELETE FROM sync_jobs"_s);
        const QDateTime slot = QDateTime::fromSecsSinceEpoch((QDateTime::currentSecsSinceEpoch() / 3600 - 1) * 3600, QTimeZone::UTC);
        exec(u"UPDATE connections SET next_sync_at = '%1' WHERE id = %2"_s.arg(slot.toString(Qt::ISODate)).arg(connection));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(u"SELECT count(*) FROM sync_jobs WHERE connection_id = %1 AND scheduled_for = '%2' AND state = 'succeeded'"_s.arg(connection)
                       .arg(slot.toString(Qt::ISODate))),
            qint64(2), OrionTest::EventTimeout);
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs"_s), qint64(2)); // queued once
        QProcess *leader = logOf(a).contains(u"now the scheduler"_s) ? a : b;
        QProcess *other = leader == a ? b : a;
        stopAndLog(leader);
        QTRY_VERIFY_WITH_TIMEOUT(logOf(other).contains(u"now the scheduler"_s), OrionTest::EventTimeout);
    }

    // cancel and retry, and who may do what: members queue and cancel their own connections' jobs
    // only; a worker claims anything.
    // What the Workers page asks for, without the page (services/jobqueueservice): no workspace,
    // a SQLite one (no queue there), and on PostgreSQL a snapshot filtered by state, cancel and retry.
    void jobQueueServiceSnapshotsAndChanges()
    {
        const auto none = JobQueueService::snapshot(nullptr, {});
        QVERIFY(!none.error.isEmpty());
        QString error;
        auto sqlite = Workspace::open(DatabaseConfig::sqlite(m_dir.filePath(u"no-queue.db"_s)), {}, &error);
        QVERIFY2(sqlite, qPrintable(error));
        const auto local = JobQueueService::snapshot(sqlite.get(), {});
        QVERIFY(!local.queueAvailable);
        QVERIFY(local.error.isEmpty() && local.jobs.isEmpty());

        const qint64 job = enqueue(addConnection(u"svc-stripe"_s));
        auto queued = JobQueueService::snapshot(m_admin.get(), u"queued"_s);
        QVERIFY2(queued.error.isEmpty(), qPrintable(queued.error));
        QVERIFY(queued.queueAvailable);
        QVERIFY(std::any_of(queued.jobs.cbegin(), queued.jobs.cend(), [&](const QueuedJob &j) { return j.id == job; }));
        QVERIFY(queued.counts.value(u"queued"_s) >= 1);
        QVERIFY2(JobQueueService::apply(m_admin.get(), job, JobQueueService::Change::Cancel, &error), qPrintable(error));
        const auto cancelled = JobQueueService::snapshot(m_admin.get(), u"cancelled"_s);
        QVERIFY(std::any_of(cancelled.jobs.cbegin(), cancelled.jobs.cend(), [&](const QueuedJob &j) { return j.id == job; }));
        QVERIFY2(JobQueueService::apply(m_admin.get(), job, JobQueueService::Change::Retry, &error), qPrintable(error));
        queued = JobQueueService::snapshot(m_admin.get(), u"queued"_s);
        QVERIFY(std::any_of(queued.jobs.cbegin(), queued.jobs.cend(), [&](const QueuedJob &j) { return j.id == job; }));
        QVERIFY(!JobQueueService::apply(nullptr, job, JobQueueService::Change::Cancel, &error));
        exec(u"DELETE FROM sync_jobs WHERE id = %1"_s.arg(job)); // leave the queue as the other tests expect it
    }

    void cancelRetryAndRowLevelSecurity()
    {
        QString error;
        DatabaseConfig asDora = m_db;
        asDora.user = u"orion_test_dora"_s;
        auto dora = Workspace::open(asDora, u"dora-pw"_s, &error);
        DatabaseConfig asEve = m_db;
        asEve.user = u"orion_test_eve"_s;
        auto eve = Workspace::open(asEve, u"eve-pw"_s, &error);
        QVERIFY2(dora && eve, qPrintable(error));
        ConnectionStore::NewConnection c = Test::newConnection(u"dora-stripe"_s, u"stripe"_s);
        const qint64 doras = ConnectionStore(*dora).createConnection(Test::withUid(c), &error);
        QVERIFY2(doras, qPrintable(error));

        JobQueue doraQueue(*dora), eveQueue(*eve);
        const QList<qint64> ids = doraQueue.enqueueConnection(u"dora-stripe"_s, u"customers"_s, false, 5, &error);
        QCOMPARE(ids.size(), 1);
        // Eve cannot see, cancel or queue Dora's jobs.
        QVERIFY(eveQueue.list({}, &error).isEmpty());
        QVERIFY(!eveQueue.cancel(ids.first(), &error));
        JobQueue::Enqueue foreign;
        foreign.connectionId = doras;
        foreign.stream = u"customers"_s;
        QCOMPARE(eveQueue.enqueue(foreign, &error), qint64(0));
        QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
        // A member cannot claim (that is for workers), nor forge a running job.
        error.clear();
        QVERIFY(!doraQueue.claim(u"dora-laptop"_s, 30, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'queued'"_s.arg(ids.first())), qint64(1));
        // Dora cancels her queued job, then retries it.
        QVERIFY2(doraQueue.cancel(ids.first(), &error), qPrintable(error));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'cancelled'"_s.arg(ids.first())), qint64(1));
        QVERIFY2(doraQueue.retry(ids.first(), &error), qPrintable(error));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'queued'"_s.arg(ids.first())), qint64(1));
        // A worker role claims it.
        DatabaseConfig asWorker = m_db;
        asWorker.user = u"orion_test_worker"_s;
        auto worker = Workspace::open(asWorker, u"worker-pw"_s, &error);
        QVERIFY2(worker, qPrintable(error));
        const auto claimed = JobQueue(*worker).claim(u"rls-worker"_s, 30, &error);
        QVERIFY2(claimed, qPrintable(error));
        QCOMPARE(claimed->id, ids.first());
        QCOMPARE(claimed->connectionName, u"dora-stripe"_s);
        QCOMPARE(claimed->priority, 5);
        // A running job: cancel asks the worker (the heartbeat reports it).
        QVERIFY2(doraQueue.cancel(ids.first(), &error), qPrintable(error));
        const QList<qint64> toCancel = JobQueue(*worker).heartbeat(u"rls-worker"_s, 30, {{ids.first(), {claimed->leaseToken, 42}}}, &error);
        QCOMPARE(toCancel, QList<qint64>{ids.first()});
        QCOMPARE(scalar(u"SELECT records_read FROM sync_jobs WHERE id = %1"_s.arg(ids.first())), qint64(42)); // progress with the heartbeat
    }

    // A transient failure is retried with backoff up to the limit, then the job fails with its class;
    // a config failure (wrong key) fails at once.
    void failedJobsAreRetriedThenFail()
    {
        const qint64 connection = addConnection(u"flaky-shop"_s);
        QString error;
        DatabaseConfig asWorker = m_db;
        asWorker.user = u"orion_test_worker"_s;
        auto worker = Workspace::open(asWorker, u"worker-pw"_s, &error);
        QVERIFY2(worker, qPrintable(error));
        JobQueue queue(*worker);
        const qint64 job = enqueue(connection, 2);
        SyncResult transient;
        transient.status = SyncRun::Status::Failed;
        transient.errorClass = ErrorClass::Transient;
        transient.error = u"Stripe answered 503"_s;
        auto claimed = queue.claim(u"r1"_s, 30, &error);
        QVERIFY(claimed && claimed->id == job);
        QVERIFY2(queue.complete({job, claimed->leaseToken, u"r1"_s}, transient, &error), qPrintable(error));
        QCOMPARE(
            scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'queued' AND run_after > now() + interval '20 seconds'"_s.arg(job)),
            qint64(1));
        QVERIFY(!queue.claim(u"r1"_s, 30, &error)); // not before its backoff
        exec(u"UPDATE sync_jobs SET run_after = now() WHERE id = %1"_s.arg(job));
        claimed = queue.claim(u"r1"_s, 30, &error);
        QVERIFY(claimed && claimed->attempts == 2);
        // Only the lease holder: another claim's token, even under the same worker name, changes nothing.
        QVERIFY(!queue.complete({job, QUuid::createUuid().toString(QUuid::WithoutBraces), u"r1"_s}, transient, &error));
        QVERIFY(error.contains(u"no longer leased"_s));
        QVERIFY2(queue.complete({job, claimed->leaseToken, u"r1"_s}, transient, &error), qPrintable(error));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'failed' AND error_class = 'transient'"_s.arg(job)), qint64(1));

        // A wrong key: config, failed at the first attempt, the key nowhere in the job.
        workerSecret(u"flaky-shop"_s, u"sk_test_wrong_key_000"_s);
        const qint64 bad = enqueue(connection, 3);
        startWorker(u"cw"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'failed'"_s.arg(bad)), qint64(1),
                                  OrionTest::EventTimeout);
        QCOMPARE(scalar(u"SELECT attempts FROM sync_jobs WHERE id = %1"_s.arg(bad)), qint64(1));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND error_class = 'config'"_s.arg(bad)), qint64(1));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE result::text LIKE '%wrong_key%' OR error_message LIKE '%wrong_key%'"_s), qint64(0));
        workerSecret(u"flaky-shop"_s, m_stripe.apiKey());
    }
    // A lease belongs to the claim, not to the worker's name: a worker restarted under the same name
    // (systemd) neither renews nor ends what its dead predecessor held; an expired job is claimed
    // again only while it has attempts left, then fails with a clear error; a job whose worker is
    // gone can be cancelled at once.
    void leasesBelongToTheClaimNotTheName()
    {
        const qint64 connection = addConnection(u"lease-shop"_s);
        QString error;
        DatabaseConfig asWorker = m_db;
        asWorker.user = u"orion_test_worker"_s;
        auto worker = Workspace::open(asWorker, u"worker-pw"_s, &error);
        QVERIFY2(worker, qPrintable(error));
        JobQueue queue(*worker);
        const qint64 job = enqueue(connection, 2);
        const auto first = queue.claim(u"same-name"_s, 30, &error);
        QVERIFY2(first && first->id == job, qPrintable(error));
        QVERIFY(!QUuid::fromString(first->leaseToken).isNull());
        const QString leaseBefore = u"SELECT lease_expires_at::text FROM sync_jobs WHERE id = %1"_s.arg(job);
        const QString expiresAt = text(leaseBefore);

        // The restarted process (same name, holding nothing) renews nothing; one naming a token it
        // never got is told to stop and renews nothing either.
        QVERIFY(queue.heartbeat(u"same-name"_s, 600, {}, &error).isEmpty());
        QCOMPARE(text(leaseBefore), expiresAt);
        const QString forged = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(queue.heartbeat(u"same-name"_s, 600, {{job, {forged, 7}}}, &error), QList<qint64>{job});
        QCOMPARE(text(leaseBefore), expiresAt);
        QVERIFY(!queue.release({job, forged, u"same-name"_s}, 0, &error));

        // The first process dies; its lease runs out; the restarted worker claims the job anew.
        exec(u"UPDATE sync_jobs SET lease_expires_at = now() - interval '1 second' WHERE id = %1"_s.arg(job));
        const auto second = queue.claim(u"same-name"_s, 30, &error);
        QVERIFY2(second && second->id == job, qPrintable(error));
        QCOMPARE(second->attempts, 2);
        QVERIFY(second->leaseToken != first->leaseToken);
        // The dead process's claim is over: its heartbeat is told to stop, its result is refused.
        QCOMPARE(queue.heartbeat(u"same-name"_s, 30, {{job, {first->leaseToken, 1}}}, &error), QList<qint64>{job});
        SyncResult ok;
        ok.status = SyncRun::Status::Succeeded;
        QVERIFY(!queue.complete({job, first->leaseToken, u"same-name"_s}, ok, &error));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'running'"_s.arg(job)), qint64(1));

        // It dies again during its last attempt: the job fails, and says why, instead of looping.
        exec(u"UPDATE sync_jobs SET lease_expires_at = now() - interval '1 second' WHERE id = %1"_s.arg(job));
        error.clear();
        QVERIFY(!queue.claim(u"same-name"_s, 30, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'failed' AND error_class = 'system'"_s.arg(job)), qint64(1));
        QVERIFY(text(u"SELECT error_message FROM sync_jobs WHERE id = %1"_s.arg(job)).contains(u"attempt 2 of 2"_s));

        // Retried, claimed, and its worker gone: a Cancel is not lost waiting for a heartbeat that
        // never comes — the next claim by any worker ends the job as cancelled instead of running it.
        QVERIFY2(queue.retry(job, &error), qPrintable(error));
        const auto third = queue.claim(u"same-name"_s, 30, &error);
        QVERIFY2(third && third->id == job, qPrintable(error));
        QVERIFY2(queue.cancel(job, &error), qPrintable(error));
        exec(u"UPDATE sync_jobs SET lease_expires_at = now() - interval '1 second' WHERE id = %1"_s.arg(job));
        QVERIFY(!queue.claim(u"another-worker"_s, 30, &error));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'cancelled' AND lease_token IS NULL"_s.arg(job)), qint64(1));
    }
    // Two members each deploy their own "acme": a worker (serving both) runs each member's
    // connection with that member's spec — whichever it resolved first — never the other's.
    void customConnectorsResolvePerOwner()
    {
        QString error;
        DatabaseConfig asDora = m_db, asEve = m_db, asWorker = m_db;
        asDora.user = u"orion_test_dora"_s;
        asEve.user = u"orion_test_eve"_s;
        asWorker.user = u"orion_test_worker"_s;
        auto dora = Workspace::open(asDora, u"dora-pw"_s, &error);
        auto eve = Workspace::open(asEve, u"eve-pw"_s, &error);
        auto worker = Workspace::open(asWorker, u"worker-pw"_s, &error);
        QVERIFY2(dora && eve && worker, qPrintable(error));
        const auto acme = [](const QString &baseUrl, const QString &stream) {
            ConnectorSpec spec;
            QStringList errors;
            const QJsonObject json{
                {u"spec_version"_s, 1},
                {u"name"_s, u"acme"_s},
                {u"version"_s, 1},
                {u"display_name"_s, u"Acme"_s},
                {u"base_url"_s, baseUrl},
                {u"authenticator"_s, QJsonObject{{u"type"_s, u"bearer"_s}, {u"secret"_s, u"token"_s}}},
                {u"streams"_s,
                 QJsonArray{QJsonObject{{u"name"_s, stream},
                                        {u"kind"_s, u"customer"_s},
                                        {u"path"_s, u"/people"_s},
                                        {u"record_selector"_s, QJsonObject{{u"path"_s, u"data"_s}}},
                                        {u"primary_key"_s, u"id"_s},
                                        {u"mappings"_s, QJsonArray{QJsonObject{{u"target_field"_s, u"email"_s}, {u"source_path"_s, u"email"_s}}}}}}}};
            if (!ConnectorSpec::fromJson(json, &spec, &errors))
                qFatal("%s", qPrintable(errors.join(u"; "_s)));
            return spec;
        };
        QVERIFY2(CustomConnectorStore(*dora).save(acme(u"http://127.0.0.1:9/dora"_s, u"customers"_s), true, &error), qPrintable(error));
        QVERIFY2(CustomConnectorStore(*eve).save(acme(u"http://127.0.0.1:9/eve"_s, u"people"_s), true, &error), qPrintable(error));
        const qint64 doras = ConnectionStore(*dora).createConnection(Test::newConnection(u"dora-acme"_s, u"custom:acme"_s), &error);
        const qint64 eves = ConnectionStore(*eve).createConnection(Test::newConnection(u"eve-acme"_s, u"custom:acme"_s), &error);
        QVERIFY2(doras && eves, qPrintable(error));

        // Eve's first, then Dora's, in one process (the worker's registry is process-wide).
        const auto base
            = [](const Connector *c) { return c ? static_cast<const DeclarativeConnector *>(c)->spec().baseUrl().toString() : QString(); };
        const Connector *evesConnector = CustomConnectorStore::resolve(*worker, u"custom:acme"_s, u"orion_test_eve"_s, &error);
        const Connector *dorasConnector = CustomConnectorStore::resolve(*worker, u"custom:acme"_s, u"orion_test_dora"_s, &error);
        QCOMPARE(base(evesConnector), u"http://127.0.0.1:9/eve"_s);
        QCOMPARE(base(dorasConnector), u"http://127.0.0.1:9/dora"_s);
        // The jobs queued for each connection follow the owner's spec too (its streams).
        JobQueue doraQueue(*dora);
        QCOMPARE(doraQueue.enqueueConnection(u"dora-acme"_s, QString(), false, 0, &error).size(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE connection_id = %1 AND stream = 'customers'"_s.arg(doras)), qint64(1));
        // A name nobody of that owner deployed resolves to nothing, whoever else has it.
        error.clear();
        QVERIFY(!CustomConnectorStore::resolve(*worker, u"custom:acme"_s, u"orion_test_nobody"_s, &error));
        exec(u"DELETE FROM sync_jobs WHERE connection_id IN (%1, %2)"_s.arg(doras).arg(eves));
    }
    // As member Eve would attack Dora: an "acme" of her own pointing at her server, queued for the
    // shared workers. Dora's key is in the workers' secrets file under Dora's connection id, and also
    // where a name-keyed setup would have put it (the secrets file by name, ORION_SECRET_ACME_API_KEY).
    // The worker must fail Eve's job for want of her own key and send Eve's server nothing of Dora's.
    void aWorkerNeverHandsOneOwnersSecretToAnother()
    {
        QString error;
        DatabaseConfig asDora = m_db, asEve = m_db;
        asDora.user = u"orion_test_dora"_s;
        asEve.user = u"orion_test_eve"_s;
        auto dora = Workspace::open(asDora, u"dora-pw"_s, &error);
        auto eve = Workspace::open(asEve, u"eve-pw"_s, &error);
        QVERIFY2(dora && eve, qPrintable(error));
        FakeStripe evesServer(u"sk_test_eve_own_key_0000000000"_s);
        QVERIFY(evesServer.start());
        evesServer.setCustomerCount(3);
        m_stripe.setCustomerCount(5);
        NewConnection doras = Test::newConnection(u"acme"_s, u"stripe"_s);
        doras.settings = QJsonObject{{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, 0}};
        NewConnection eves = Test::newConnection(u"acme"_s, u"stripe"_s);
        eves.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        eves.settings = QJsonObject{{u"api_base"_s, evesServer.baseUrl().toString()}, {u"requests_per_second"_s, 0}};
        const qint64 doraId = ConnectionStore(*dora).createConnection(doras, &error);
        const qint64 eveId = ConnectionStore(*eve).createConnection(eves, &error);
        QVERIFY2(doraId && eveId, qPrintable(error));
        workerSecret(u"acme"_s, m_stripe.apiKey()); // Dora's, under her connection's id
        FileSecretBackend file(m_dir.filePath(u"config/orion-studio/secrets.json"_s));
        QVERIFY(file.write(u"connection/acme/api_key"_s, m_stripe.apiKey(), &error)); // by name, as before ids
        m_workerEnvironment.insert(u"ORION_SECRET_ACME_API_KEY"_s, m_stripe.apiKey());
        const auto restore = qScopeGuard([this] { m_workerEnvironment.clear(); });

        JobQueue::Enqueue job;
        job.stream = u"customers"_s;
        job.maxAttempts = 1;
        job.connectionId = eveId;
        const qint64 evesJob = JobQueue(*eve).enqueue(job, &error);
        job.connectionId = doraId;
        const qint64 dorasJob = JobQueue(*dora).enqueue(job, &error);
        QVERIFY2(evesJob && dorasJob, qPrintable(error));
        startWorker(u"shared"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(u"SELECT count(*) FROM sync_jobs WHERE id IN (%1, %2) AND state IN ('failed', 'succeeded')"_s.arg(evesJob).arg(dorasJob)),
            qint64(2), OrionTest::EventTimeout);
        QCOMPARE(text(u"SELECT state || '/' || coalesce(error_class, '') FROM sync_jobs WHERE id = %1"_s.arg(evesJob)), u"failed/config"_s);
        QVERIFY2(text(u"SELECT error_message FROM sync_jobs WHERE id = %1"_s.arg(evesJob)).contains(u"api_key"_s),
                 qPrintable(text(u"SELECT error_message FROM sync_jobs WHERE id = %1"_s.arg(evesJob))));
        for (const Fakes::RecordedRequest &r : evesServer.requests())
            QVERIFY2(!r.header("authorization").contains(m_stripe.apiKey().toLatin1()), "Dora's key reached Eve's server");
        QCOMPARE(evesServer.requests().size(), 0);
        // Dora's own job ran with her key, found by her connection's id.
        QCOMPARE(text(u"SELECT state FROM sync_jobs WHERE id = %1"_s.arg(dorasJob)), u"succeeded"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = %1"_s.arg(doraId)), qint64(5));
        exec(u"DELETE FROM connections WHERE id IN (%1, %2)"_s.arg(doraId).arg(eveId));
    }

    // Sealed secrets, end to end on real processes: the pool key is made by `orion worker keygen`;
    // Dora's desktop seals her key when she turns on "Run on workers"; she cannot read it back, Eve
    // cannot overwrite it; a worker holding only the pool key runs her job; a rotation reseals, so
    // the old key file opens nothing; "Run on workers" off withdraws the workers' copy.
    void sealedSecretsReachOnlyTheWorkers()
    {
        QString error;
        const QString keyFile = m_dir.filePath(u"pool.key"_s);
        DatabaseConfig asWorker = m_db, asDora = m_db, asEve = m_db;
        asWorker.user = u"orion_test_worker"_s;
        asDora.user = u"orion_test_dora"_s;
        asEve.user = u"orion_test_eve"_s;
        const QHash<QString, QString> workerLogin{{u"ORION_DB_PASSWORD"_s, u"worker-pw"_s}};
        const auto keygen = [&](const QStringList &extra) {
            return Test::runProgram(QStringLiteral(ORION_CLI_PATH), QStringList{u"--db"_s, asWorker.toUrl(), u"worker"_s, u"keygen"_s} + extra,
                                    workerLogin);
        };
        Test::ProcessOutcome made = keygen({u"--key-file"_s, keyFile});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(QFile::exists(keyFile));
        QVERIFY(!(QFile::permissions(keyFile) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther)));
        const auto poolKey = SealedBox::readKeyFile(keyFile, &error);
        QVERIFY2(poolKey, qPrintable(error));
        // A second pool key without --rotate: refused, nothing written.
        const Test::ProcessOutcome second = keygen({u"--key-file"_s, m_dir.filePath(u"second.key"_s)});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(u"already has a key"_s), qPrintable(second.err));
        QVERIFY(!QFile::exists(m_dir.filePath(u"second.key"_s)));
        QCOMPARE(scalar(u"SELECT count(*) FROM worker_pool_keys"_s), qint64(1));

        auto dora = Workspace::open(asDora, u"dora-pw"_s, &error);
        auto eve = Workspace::open(asEve, u"eve-pw"_s, &error);
        QVERIFY2(dora && eve, qPrintable(error));
        m_stripe.setCustomerCount(4);
        CredentialStore dorasKeychain(std::make_shared<MemorySecretBackend>());
        NewConnection c = Test::newConnection(u"sealed-shop"_s, u"stripe"_s);
        c.settings = QJsonObject{{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, 0}, {u"concurrency"_s, 1}};
        c.runOnWorkers = true;
        const ConnectionSaver::Saved saved = ConnectionSaver::save(*dora, &dorasKeychain, 0, c, {{u"api_key"_s, m_stripe.apiKey()}}, &error);
        QVERIFY2(saved.id, qPrintable(error));
        QVERIFY2(saved.warning.isEmpty(), qPrintable(saved.warning));
        const QByteArray sealed = QByteArray::fromHex(
            text(u"SELECT encode(sealed, 'hex') FROM connection_secrets WHERE connection_uid = '%1' AND key = 'api_key'"_s.arg(saved.uid))
                .toLatin1());
        QCOMPARE(sealed.size(), m_stripe.apiKey().size() + SealedBox::kOverheadBytes);
        QVERIFY(!sealed.contains(m_stripe.apiKey().toLatin1()));
        QCOMPARE(SealedBox::open(sealed, poolKey->keys).value_or(QByteArray()), m_stripe.apiKey().toLatin1());
        {
            QSqlQuery q(dora->database());
            QVERIFY(!q.exec(u"SELECT sealed FROM connection_secrets"_s)); // the owner writes, never reads
            QSqlQuery attack(eve->database());
            attack.prepare(u"SELECT orion_put_sealed_secret(CAST(? AS uuid), 'api_key', ?, ?)"_s);
            attack.addBindValue(saved.uid);
            attack.addBindValue(poolKey->id);
            attack.addBindValue(SealedBox::seal("sk_test_eves_own_key", poolKey->keys.publicKey));
            QVERIFY(!attack.exec());
            QVERIFY2(attack.lastError().text().contains(u"only the owner"_s), qPrintable(attack.lastError().text()));
            QSqlQuery direct(eve->database());
            QVERIFY(!direct.exec(u"DELETE FROM connection_secrets"_s));
        }
        QCOMPARE(SealedBox::open(
                     QByteArray::fromHex(
                         text(u"SELECT encode(sealed, 'hex') FROM connection_secrets WHERE connection_uid = '%1'"_s.arg(saved.uid)).toLatin1()),
                     poolKey->keys)
                     .value_or(QByteArray()),
                 m_stripe.apiKey().toLatin1());

        // A worker with only the pool key (no secret of this connection on its machine) runs the job.
        m_workerEnvironment.insert(u"ORION_WORKER_KEY_FILE"_s, keyFile);
        const auto restore = qScopeGuard([this] { m_workerEnvironment.clear(); });
        const qint64 first = enqueue(saved.id, 1);
        startWorker(u"sealed-1"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTRY_COMPARE_WITH_TIMEOUT(text(u"SELECT state FROM sync_jobs WHERE id = %1"_s.arg(first)), u"succeeded"_s, OrionTest::EventTimeout);
        stopAll();

        // Rotation: a new key, every sealed secret resealed to it in one go; the old key opens nothing.
        const QString oldCopy = m_dir.filePath(u"pool-old.key"_s);
        QVERIFY(QFile::copy(keyFile, oldCopy));
        const Test::ProcessOutcome rotated = keygen({u"--key-file"_s, keyFile, u"--rotate"_s});
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
        QVERIFY2(rotated.out.contains(u"Resealed 1 secret(s)"_s), qPrintable(rotated.out));
        QCOMPARE(scalar(u"SELECT count(*) FROM worker_pool_keys WHERE retired_at IS NULL"_s), qint64(1));
        const auto newKey = SealedBox::readKeyFile(keyFile, &error);
        QVERIFY2(newKey && newKey->id != poolKey->id, qPrintable(error));
        QCOMPARE(scalar(u"SELECT pool_key_id FROM connection_secrets WHERE connection_uid = '%1'"_s.arg(saved.uid)), newKey->id);
        m_workerEnvironment.insert(u"ORION_WORKER_KEY_FILE"_s, oldCopy);
        const qint64 withOldKey = enqueue(saved.id, 1);
        startWorker(u"sealed-old"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTRY_COMPARE_WITH_TIMEOUT(text(u"SELECT state FROM sync_jobs WHERE id = %1"_s.arg(withOldKey)), u"failed"_s, OrionTest::EventTimeout);
        QVERIFY2(text(u"SELECT error_message FROM sync_jobs WHERE id = %1"_s.arg(withOldKey)).contains(u"copy the current key file"_s),
                 qPrintable(text(u"SELECT error_message FROM sync_jobs WHERE id = %1"_s.arg(withOldKey))));
        stopAll();
        m_workerEnvironment.insert(u"ORION_WORKER_KEY_FILE"_s, keyFile);
        const qint64 withNewKey = enqueue(saved.id, 1);
        startWorker(u"sealed-2"_s, {u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
        QTRY_COMPARE_WITH_TIMEOUT(text(u"SELECT state FROM sync_jobs WHERE id = %1"_s.arg(withNewKey)), u"succeeded"_s, OrionTest::EventTimeout);
        stopAll();

        // "Run on workers" off: the workers' copy is withdrawn.
        c.runOnWorkers = false;
        QVERIFY2(ConnectionSaver::save(*dora, &dorasKeychain, saved.id, c, {}, &error).id, qPrintable(error));
        QCOMPARE(scalar(u"SELECT count(*) FROM connection_secrets WHERE connection_uid = '%1'"_s.arg(saved.uid)), qint64(0));
        exec(u"DELETE FROM connections WHERE id = %1"_s.arg(saved.id));
    }

    // As a member would attack the analytics: a temporary table named like a real one must not
    // steer a definer function (it searched pg_temp first and moved the watermark to 9e18), and a
    // member's cheap function over the per-user view must not see other members' rows.
    void membersCannotSteerDefinerFunctionsOrPeekThroughViews()
    {
        QString error;
        DatabaseConfig asDora = m_db, asEve = m_db;
        asDora.user = u"orion_test_dora"_s;
        asEve.user = u"orion_test_eve"_s;
        auto dora = Workspace::open(asDora, u"dora-pw"_s, &error);
        auto eve = Workspace::open(asEve, u"eve-pw"_s, &error);
        QVERIFY2(dora && eve, qPrintable(error));
        const qint64 doras = ConnectionStore(*dora).createConnection(Test::newConnection(u"dora-figures"_s, u"stripe"_s), &error);
        QVERIFY2(doras, qPrintable(error));
        SyncRun run;
        run.connectionId = doras;
        run.stream = u"customers"_s;
        run.status = SyncRun::Status::Succeeded;
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        run.finishedAt = run.startedAt.addSecs(5);
        run.recordsProcessed = 42;
        QVERIFY2(ConnectionStore(*dora).recordSyncRun(run, &error), qPrintable(error));

        QSqlQuery q(eve->database());
        QVERIFY2(q.exec(u"CREATE TEMP TABLE sync_metrics (id bigint)"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"INSERT INTO sync_metrics VALUES (9000000000000000000)"_s));
        QVERIFY2(q.exec(u"SELECT orion_refresh_analytics()"_s), qPrintable(q.lastError().text()));
        QCOMPARE(scalar(u"SELECT metrics_watermark FROM analytics_refresh"_s), scalar(u"SELECT max(id) FROM public.sync_metrics"_s));

        // Eve's leaky function records every row the view lets it see before the view's own filter.
        QVERIFY(q.exec(u"CREATE TEMP TABLE seen (connection_id bigint)"_s));
        QVERIFY2(q.exec(u"CREATE FUNCTION pg_temp.peek(id bigint) RETURNS boolean LANGUAGE plpgsql COST 0.0000001 AS "
                        "$$ BEGIN INSERT INTO pg_temp.seen VALUES (id); RETURN true; END $$"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(u"SELECT count(*) FROM connector_analytics_visible WHERE pg_temp.peek(connection_id)"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(0)); // none of hers
        QVERIFY(q.exec(u"SELECT count(*) FROM pg_temp.seen WHERE connection_id = %1"_s.arg(doras)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(0)); // and nothing of Dora's passed through her function
    }
};

QTEST_GUILESS_MAIN(TstWorkers)
#include "tst_workers.moc"

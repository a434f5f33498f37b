// One SQLite workspace hammered at once by everything that uses it: the app's sync pool and its
// scheduler (in this process, as the app runs them) and real `orion sync`, `orion runs`,
// `orion connection list|add` and `orion demo` processes, for ORION_STRESS_SECONDS (default 60).
// Afterwards PRAGMA integrity_check must say ok and every row must be accounted for: each run the
// processes reported is recorded once, each added connection is there, each synced connection
// holds exactly the fake's customers.
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "runtime/credentialstore.h"
#include "services/syncscheduler.h"
#include "services/syncservice.h"
#include "services/workspaceservice.h"
#include "store/connectionstore.h"
#include "store/schedulestore.h"
#include "store/workspace.h"
#include "store/workspacebackup.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstConcurrency : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Fakes::FakeStripe m_stripe;
    QString m_db;
    static constexpr int kCustomers = 600;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        e.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        e.insert(u"ORION_SECRET_BACKEND"_s, u"file"_s);
        e.insert(u"ORION_DB"_s, u"sqlite:"_s + m_db);
        e.insert(u"ORION_SECRET_CLI_SHOP_API_KEY"_s, m_stripe.apiKey());
        return e;
    }

    qint64 scalar(Workspace &w, const QString &sql)
    {
        QSqlQuery q(w.database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_stripe.setCustomerCount(kCustomers);
        m_stripe.setInvoiceCount(0);
        QVERIFY(m_stripe.start());
        m_db = m_dir.filePath(u"shared/workspace.db"_s);
    }

    void everythingAtOnceLeavesASoundWorkspace()
    {
        const int seconds = qEnvironmentVariableIsSet("ORION_STRESS_SECONDS") ? qEnvironmentVariableIntValue("ORION_STRESS_SECONDS") : 60;
        QString error;
        {
            auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
            QVERIFY2(w, qPrintable(error));
            for (const char *name : {"app-shop", "cli-shop", "sched-shop"}) {
                ConnectionStore::NewConnection c = Test::newConnection(QString::fromLatin1(name), u"stripe"_s);
                c.settings = QJsonObject{{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, 0}};
                QVERIFY2(ConnectionStore(*w).createConnection(Test::withUid(c), &error), qPrintable(error));
            }
            QVERIFY2(
                ScheduleStore(*w).setSchedule(u"sched-shop"_s, Schedule::every(3600), false, QDateTime::currentDateTimeUtc().addDays(-1), &error),
                qPrintable(error));
        }

        // The app: its workspace thread, sync pool and scheduler.
        auto credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        for (const QString &name : {u"app-shop"_s, u"sched-shop"_s})
            QVERIFY(credentials->setSecret(Test::owner(name), u"api_key"_s, m_stripe.apiKey(), &error));
        WorkspaceService service;
        SyncService sync(credentials);
        sync.setDatabase(DatabaseConfig::sqlite(m_db), {});
        SyncScheduler scheduler(&service, &sync);
        QDateTime clock = QDateTime::currentDateTimeUtc();
        scheduler.setClock([&clock] { return clock; });
        QSignalSpy opened(&service, &WorkspaceService::workspaceOpened);
        service.open(DatabaseConfig::sqlite(m_db), {});
        QVERIFY(opened.wait(OrionTest::EventTimeout));

        const QDeadlineTimer deadline(std::chrono::seconds{seconds});
        QHash<QString, int> appRuns;   // connection → runs recorded (SyncService results)
        QHash<QString, int> appFailed; // connection → runs that did not succeed
        QStringList problems;
        int appSyncs = 0;
        bool fullRefresh = false;
        std::function<void()> startAppSync = [&] {
            fullRefresh = !fullRefresh;
            if (!deadline.hasExpired() && sync.start(u"app-shop"_s, u"customers"_s, fullRefresh) > 0)
                ++appSyncs;
        };
        connect(&sync, &SyncService::jobFinished, this, [&](int, const QList<SyncResult> &results) {
            for (const SyncResult &r : results) {
                if (r.outcome == SyncResult::Outcome::Ran)
                    ++appRuns[r.connection];
                if (!r.succeeded()) {
                    ++appFailed[r.connection];
                    problems << u"app %1/%2: %3"_s.arg(r.connection, r.stream, r.error);
                }
                if (r.connection == u"app-shop"_s)
                    QTimer::singleShot(0, this, startAppSync);
            }
        });
        startAppSync();
        QTimer tick; // the scheduler sees an hour pass every half second: sched-shop falls due again and again
        connect(&tick, &QTimer::timeout, this, [&] {
            clock = clock.addSecs(3600);
            if (!deadline.hasExpired())
                scheduler.checkNow();
        });
        tick.start(500);

        // The command line, four loops of real processes.
        int cliSyncOk = 0, cliSyncFailed = 0, added = 0, readers = 0, demos = 0;
        QStringList addedNames;
        int running = 0;
        std::function<void(int)> loop = [&](int kind) {
            if (deadline.hasExpired())
                return;
            static int counter = 0;
            QStringList args;
            QString addName;
            switch (kind) {
            case 0:
                args = {u"sync"_s, u"cli-shop"_s, u"--stream"_s, u"customers"_s, u"--json"_s};
                if (++counter % 2)
                    args << u"--full-refresh"_s;
                break;
            case 1: args = ++counter % 2 ? QStringList{u"runs"_s, u"--limit"_s, u"20"_s} : QStringList{u"connection"_s, u"list"_s}; break;
            case 2: args = {u"demo"_s, u"--connections"_s, u"2"_s, u"--days"_s, u"2"_s}; break;
            default:
                addName = u"added-%1"_s.arg(++counter);
                args
                    = {u"connection"_s, u"add"_s, addName, u"--connector"_s, u"stripe"_s, u"--set"_s, u"api_base="_s + m_stripe.baseUrl().toString()};
            }
            auto *p = new QProcess(this);
            p->setProcessEnvironment(environment());
            ++running;
            connect(p, &QProcess::finished, this, [&, p, kind, args, addName](int code, QProcess::ExitStatus status) {
                --running;
                const QString err = QString::fromUtf8(p->readAllStandardError());
                const bool ok = status == QProcess::NormalExit && code == 0;
                if (!ok)
                    problems << u"orion %1 → %2: %3"_s.arg(args.join(u' ')).arg(code).arg(err.trimmed());
                if (kind == 0)
                    ++(ok ? cliSyncOk : cliSyncFailed);
                else if (kind == 1)
                    readers += ok;
                else if (kind == 2)
                    demos += ok;
                else if (ok) {
                    ++added;
                    addedNames << addName;
                }
                p->deleteLater();
                loop(kind);
            });
            p->start(QStringLiteral(ORION_CLI_PATH), args);
        };
        for (int kind = 0; kind < 4; ++kind)
            loop(kind);

        QTRY_VERIFY_WITH_TIMEOUT(deadline.hasExpired() && running == 0, seconds * 1000 + 4 * OrionTest::EventTimeout);
        tick.stop();
        sync.waitForDone();
        QCoreApplication::processEvents(); // the last jobFinished deliveries
        QTest::qWait(SyncService::kDeliveryIntervalMs * 3);
        sync.waitForDone();
        qInfo("%d app syncs (%d recorded), %d scheduled runs, %d CLI syncs, %d readers, %d demo seedings, %d connections added", appSyncs,
              appRuns.value(u"app-shop"_s), appRuns.value(u"sched-shop"_s), cliSyncOk + cliSyncFailed, readers, demos, added);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
        QVERIFY(appRuns.value(u"app-shop"_s) >= 2 && appRuns.value(u"sched-shop"_s) >= 1 && cliSyncOk >= 2 && readers >= 2 && demos >= 1
                && added >= 2);

        // The workspace as another process finds it afterwards.
        auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
        QVERIFY2(w, qPrintable(error));
        const QStringList damage = WorkspaceBackup::check(w->database(), &error);
        QVERIFY2(damage.isEmpty(), qPrintable(damage.join(u'\n')));
        auto metrics = [&](const QString &name) {
            return scalar(*w, u"SELECT count(*) FROM sync_metrics m JOIN connections c ON c.id = m.connection_id WHERE c.name = '%1'"_s.arg(name));
        };
        auto customers = [&](const QString &name) {
            return scalar(*w,
                          u"SELECT count(*) FROM unified_customers u JOIN connections c ON c.id = u.connection_id WHERE c.name = '%1'"_s.arg(name));
        };
        QCOMPARE(metrics(u"cli-shop"_s), qint64(cliSyncOk));
        QCOMPARE(metrics(u"app-shop"_s), qint64(appRuns.value(u"app-shop"_s)));
        QCOMPARE(metrics(u"sched-shop"_s), qint64(appRuns.value(u"sched-shop"_s)));
        for (const QString &name : {u"cli-shop"_s, u"app-shop"_s, u"sched-shop"_s})
            QCOMPARE(customers(name), qint64(kCustomers));
        for (const QString &name : std::as_const(addedNames))
            QCOMPARE(scalar(*w, u"SELECT count(*) FROM connections WHERE name = '%1'"_s.arg(name)), qint64(1));
        QCOMPARE(scalar(*w, u"SELECT count(*) FROM connections WHERE is_demo = 1"_s), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TstConcurrency)
#include "tst_concurrency.moc"

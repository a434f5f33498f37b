// Schedules in the running app (SQLite, one desktop): when the workspace opens, slots missed while the
// app was closed are caught up once, not once per slot, and run on the background pool; demo
// connections and connections set to run on workers are left alone; the next slot fires once.
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

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstScheduling : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Fakes::FakeStripe m_stripe;
    QString m_db;
    DatabaseConfig m_config; // the engine under test
    QString m_password;

    std::unique_ptr<Workspace> open()
    {
        QString error;
        auto w = Workspace::open(m_config, m_password, &error);
        if (!w)
            qFatal("%s", qPrintable(error));
        return w;
    }
    QDateTime nextSyncAt(const QString &name)
    {
        auto w = open();
        QSqlQuery q(w->database());
        q.prepare(u"SELECT next_sync_at FROM connections WHERE name = ?"_s);
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toDateTime().toUTC() : QDateTime();
    }
    void setNextSyncAt(const QString &name, const QDateTime &t)
    {
        auto w = open();
        QSqlQuery q(w->database());
        q.prepare(u"UPDATE connections SET next_sync_at = ? WHERE name = ?"_s);
        q.addBindValue(t);
        q.addBindValue(name);
        QVERIFY(q.exec());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_stripe.start());
        m_stripe.setCustomerCount(30);
        m_db = m_dir.filePath(u"scheduling.db"_s);
        m_config = DatabaseConfig::sqlite(m_db);
        setUpWorkspace();
    }

    void missedSlotsRunOnceWhenTheAppOpens()
    {
        // The app was closed for five hours: five slots missed.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime missed = QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 3600 - 5) * 3600, QTimeZone::UTC);
        for (const QString &name : {u"shop"_s, u"demo-shop"_s, u"worker-shop"_s})
            setNextSyncAt(name, missed);
        runMissedSlots(now, missed);
    }

    void missedSlotsRunOnceOnPostgres()
    {
        initPostgres();
        if (QTest::currentTestFailed())
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime missed = QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 3600 - 5) * 3600, QTimeZone::UTC);
        for (const QString &name : {u"shop"_s, u"demo-shop"_s, u"worker-shop"_s})
            setNextSyncAt(name, missed);
        runMissedSlots(now, missed);
        Test::dropPostgresDatabase(m_config.database);
    }

private:
    // The same on a PostgreSQL workspace (several desktops may share it: the compare-and-set decides).
    void initPostgres()
    {
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        m_config = Test::createPostgresDatabase();
        m_password = Test::postgresAdminPassword();
        setUpWorkspace();
    }

    void setUpWorkspace()
    {
        auto w = open();
        QString error;
        for (const char *name : {"shop", "demo-shop", "worker-shop"}) {
            ConnectionStore::NewConnection c = Test::newConnection(QString::fromLatin1(name), u"stripe"_s);
            c.settings = QJsonObject{{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, 0}};
            c.isDemo = QLatin1StringView(name) == "demo-shop"_L1;
            QVERIFY2(ConnectionStore(*w).createConnection(Test::withUid(c), &error), qPrintable(error));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ScheduleStore scheduler(*w);
        QVERIFY2(scheduler.setSchedule(u"shop"_s, Schedule::every(3600), false, now, &error), qPrintable(error));
        QVERIFY2(scheduler.setSchedule(u"worker-shop"_s, Schedule::every(3600), true, now, &error), qPrintable(error));
        QVERIFY2(scheduler.setSchedule(u"demo-shop"_s, Schedule::every(3600), false, now, &error), qPrintable(error));
        QCOMPARE(nextSyncAt(u"shop"_s), Schedule::every(3600).nextAfter(now));
        // Bad schedules are refused and change nothing.
        QVERIFY(!scheduler.setSchedule(u"shop"_s, Schedule::every(10), false, now, &error));
        QVERIFY(!scheduler.setSchedule(u"nobody"_s, Schedule::every(3600), false, now, &error));
        QVERIFY(error.contains(u"no connection"_s));
        QCOMPARE(nextSyncAt(u"shop"_s), Schedule::every(3600).nextAfter(now));
    }

    void runMissedSlots(const QDateTime &now, const QDateTime &missed)
    {

        auto credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        QString error;
        QVERIFY(credentials->setSecret(Test::owner(u"shop"_s), u"api_key"_s, m_stripe.apiKey(), &error));
        WorkspaceService service;
        SyncService sync(credentials);
        sync.setDatabase(m_config, m_password);
        SyncScheduler scheduler(&service, &sync);
        QSignalSpy fired(&scheduler, &SyncScheduler::fired);
        QSignalSpy finished(&sync, &SyncService::jobFinished);
        service.open(m_config, m_password); // opening checks the schedules at once
        QVERIFY(fired.wait(OrionTest::EventTimeout));
        QCOMPARE(fired.count(), 1);
        QCOMPARE(fired.first().at(0).toString(), u"shop"_s);
        QCOMPARE(fired.first().at(1).toDateTime(), missed);
        QVERIFY(fired.first().at(2).toInt() > 0);
        QVERIFY(finished.wait(OrionTest::EventTimeout));
        const auto results = finished.first().at(1).value<QList<SyncResult>>();
        QCOMPARE(results.size(), 2); // customers and invoices
        QVERIFY2(results.first().succeeded(), qPrintable(results.first().error));
        QCOMPARE(results.first().recordsWritten, 30);
        QVERIFY(nextSyncAt(u"shop"_s) > now);
        QCOMPARE(nextSyncAt(u"demo-shop"_s), missed);   // demo connections never fire
        QCOMPARE(nextSyncAt(u"worker-shop"_s), missed); // the workers' scheduler queues this one

        // Checked again: nothing is due.
        scheduler.checkNow();
        QTest::qWait(300);
        QCOMPARE(fired.count(), 1);
        // Two hours later (the clock moved on): the next slot fires once.
        scheduler.setClock([now] { return now.addSecs(7200); });
        scheduler.checkNow();
        QVERIFY(fired.wait(OrionTest::EventTimeout));
        QCOMPARE(fired.count(), 2);
        QCOMPARE(fired.at(1).at(1).toDateTime(), Schedule::every(3600).nextAfter(now));
        QVERIFY(finished.wait(OrionTest::EventTimeout));
        scheduler.checkNow();
        QTest::qWait(300);
        QCOMPARE(fired.count(), 2);
        sync.waitForDone();
    }
};

QTEST_GUILESS_MAIN(TstScheduling)
#include "tst_scheduling.moc"

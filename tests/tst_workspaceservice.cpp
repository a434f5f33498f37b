// The GUI's asynchronous workspace service: opens, seeds and lists on its own thread.
#include "testsupport.h"
#include "timeouts.h"

#include "services/workspaceservice.h"
#include "store/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstWorkspaceService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void opensAndListsOffTheGuiThread()
    {
        WorkspaceService service;
        QSignalSpy opened(&service, &WorkspaceService::workspaceOpened);
        QSignalSpy listed(&service, &WorkspaceService::connectionsAvailable);
        QSignalSpy busy(&service, &WorkspaceService::busyChanged);
        const auto config = DatabaseConfig::sqlite(m_dir.filePath(u"a.db"_s));
        service.open(config, {});
        QVERIFY(service.isBusy()); // returns at once; the work happens elsewhere
        QVERIFY(opened.wait(OrionTest::EventTimeout));
        const auto info = opened.first().first().value<WorkspaceInfo>();
        QCOMPARE(info.config, config);
        QCOMPARE(info.schemaVersion, 20);
        QCOMPARE(info.migrationsApplied, 20);
        QVERIFY(info.serverVersion.startsWith(u"SQLite 3."_s));
        QVERIFY(service.isOpen());
        QVERIFY(listed.count() == 1 || listed.wait(OrionTest::EventTimeout));
        QCOMPARE(listed.first().first().value<ConnectionSummaries>().size(), 0);
        QCOMPARE(busy.count(), 2); // busy, then idle
        QVERIFY(!service.isBusy());
    }

    void failedOpenKeepsTheCurrentWorkspace()
    {
        WorkspaceService service;
        QSignalSpy opened(&service, &WorkspaceService::workspaceOpened);
        QSignalSpy failed(&service, &WorkspaceService::workspaceOpenFailed);
        const auto good = DatabaseConfig::sqlite(m_dir.filePath(u"good.db"_s));
        service.open(good, {});
        QVERIFY(opened.wait(OrionTest::EventTimeout));

        const QString badPath = m_dir.filePath(u"bad.db"_s);
        QFile bad(badPath);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not sqlite at all");
        bad.close();
        service.open(DatabaseConfig::sqlite(badPath), {});
        QVERIFY(failed.wait(OrionTest::EventTimeout));
        QVERIFY(failed.first().at(1).toString().contains(u"not a SQLite database"_s));
        QVERIFY(service.isOpen());
        QCOMPARE(service.current().config, good);

        // The old workspace still answers.
        QSignalSpy listed(&service, &WorkspaceService::connectionsAvailable);
        service.refreshConnections();
        QVERIFY(listed.wait(OrionTest::EventTimeout));
    }

    void demoWorkspaceSeedsWithProgress()
    {
        WorkspaceService service;
        QSignalSpy seeded(&service, &WorkspaceService::demoSeeded);
        QSignalSpy progress(&service, &WorkspaceService::progressChanged);
        QSignalSpy listed(&service, &WorkspaceService::connectionsAvailable);
        service.openDemo(DatabaseConfig::sqlite(m_dir.filePath(u"demo.db"_s)), {}, DemoRequest{4, 30});
        QVERIFY(seeded.wait(OrionTest::EventTimeout));
        QCOMPARE(seeded.first().at(0).toInt(), 4);
        QVERIFY(seeded.first().at(1).toLongLong() > 4 * 30 * 5);
        QVERIFY(listed.count() == 1 || listed.wait(OrionTest::EventTimeout));
        const auto list = listed.first().first().value<ConnectionSummaries>();
        QCOMPARE(list.size(), 4);
        QVERIFY(progress.count() > 0);
        const auto &last = progress.last();
        QCOMPARE(last.at(0).toLongLong(), last.at(1).toLongLong()); // ends at 100 %
    }

    void cancelledDemoChangesNothing()
    {
        WorkspaceService service;
        QSignalSpy failed(&service, &WorkspaceService::workspaceOpenFailed);
        QSignalSpy opened(&service, &WorkspaceService::workspaceOpened);
        const auto config = DatabaseConfig::sqlite(m_dir.filePath(u"cancelled.db"_s));
        // Large enough that cancellation lands while seeding.
        connect(&service, &WorkspaceService::progressChanged, &service, [&service] { service.cancel(); });
        service.openDemo(config, {}, DemoRequest{50, 365});
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.first().at(1).toString().contains(u"cancelled"_s), qPrintable(failed.first().at(1).toString()));
        QCOMPARE(opened.count(), 0);

        // The file exists (migrated) but holds no demo data.
        WorkspaceService check;
        QSignalSpy listed(&check, &WorkspaceService::connectionsAvailable);
        check.open(config, {});
        QVERIFY(listed.wait(OrionTest::EventTimeout));
        QCOMPARE(listed.first().first().value<ConnectionSummaries>().size(), 0);
    }

    void probeReportsVersionOrExactError()
    {
        const auto config = DatabaseConfig::sqlite(m_dir.filePath(u"probe.db"_s));
        auto result = WorkspaceService::probe(config, {});
        QVERIFY(!result.ok); // the probe never creates files
        QVERIFY2(result.error.contains(u"does not exist"_s), qPrintable(result.error));
        QVERIFY(!QFile::exists(config.sqlitePath));

        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        result = WorkspaceService::probe(Test::postgresAdminConfig(), Test::postgresAdminPassword());
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.serverVersion.startsWith(u"PostgreSQL "_s));
        QCOMPARE(result.supportedVersion, 20);
        result = WorkspaceService::probe(Test::postgresAdminConfig(), u"nope"_s);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"password authentication failed"_s), qPrintable(result.error));
    }

    void postgresNotifiesRecordedRuns()
    {
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        const DatabaseConfig config = Test::createPostgresDatabase();
        WorkspaceService service;
        QSignalSpy opened(&service, &WorkspaceService::workspaceOpened);
        QSignalSpy recorded(&service, &WorkspaceService::runRecorded);
        service.open(config, Test::postgresAdminPassword());
        QVERIFY(opened.wait(OrionTest::EventTimeout));
        // Another client (a worker, the CLI) records a run: LISTEN/NOTIFY tells this one.
        {
            QString error;
            auto other = Workspace::open(config, Test::postgresAdminPassword(), &error);
            QVERIFY2(other, qPrintable(error));
            ConnectionStore store(*other);
            const qint64 id = store.createConnection(Test::newConnection(u"elsewhere"_s, u"stripe"_s), &error);
            SyncRun run;
            run.connectionId = id;
            run.stream = u"customers"_s;
            run.startedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(store.recordSyncRun(run, &error));
        }
        QVERIFY(recorded.wait(OrionTest::EventTimeout));
        // The dashboard query sees it at once, before any refresh of the view …
        QSignalSpy analytics(&service, &WorkspaceService::analyticsAvailable);
        service.queryAnalytics(7, AnalyticsFilter{});
        QVERIFY(analytics.wait(OrionTest::EventTimeout));
        QCOMPARE(analytics.first().at(0).toInt(), 7);
        QCOMPARE(analytics.first().at(1).value<AnalyticsResult>().current.syncs, 1);
        // … and after the view's refresh (on its own connection) the run is counted once, not twice.
        QSignalSpy refreshed(&service, &WorkspaceService::analyticsRefreshed);
        service.refreshAnalyticsView();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), OrionTest::EventTimeout);
        QVERIFY2(refreshed.first().at(0).toLongLong() >= 0, qPrintable(refreshed.first().at(1).toString()));
        analytics.clear();
        service.queryAnalytics(8, AnalyticsFilter{});
        QTRY_VERIFY_WITH_TIMEOUT(!analytics.isEmpty(), OrionTest::EventTimeout);
        QCOMPARE(analytics.first().at(1).value<AnalyticsResult>().current.syncs, 1);
        Test::dropPostgresDatabase(config.database);
    }
};

QTEST_GUILESS_MAIN(TstWorkspaceService)
#include "tst_workspaceservice.moc"

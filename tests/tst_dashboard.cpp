// The dashboard on the demo workspace, offscreen: KPIs equal to the analytics queried directly,
// range switching (with stale answers dropped), filtering, drill-down into Activity, export, live
// refresh after a sync, and light and dark screenshots.
#include "connections/connectionspage.h"
#include "testsupport.h"
#include "timeouts.h"

#include "activity/activitypage.h"
#include "common/languages.h"
#include "common/theme.h"
#include "connections/connectionlistmodel.h"
#include "dashboard/dashboardpage.h"
#include "runtime/credentialstore.h"
#include "runtime/secretstore.h"
#include "services/syncservice.h"
#include "services/workspaceservice.h"
#include "services/workspacesettings.h"
#include "shell/mainwindow.h"
#include "store/analytics.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstDashboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    WorkspaceService *m_service = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    MainWindow *m_window = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_healthTester; // checks every update of the health table

    AnalyticsResult waitForResult()
    {
        QSignalSpy spy(m_service, &WorkspaceService::analyticsAvailable);
        DashboardPage *page = m_window->dashboardPage();
        // Wait until the answer to the page's latest request has been shown.
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < OrionTest::EventTimeout && !(!spy.isEmpty() && spy.last().at(0).toInt() == page->currentRequest()))
            QTest::qWait(20);
        return page->result();
    }

    AnalyticsResult direct(const AnalyticsFilter &filter)
    {
        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(WorkspaceSettings::demoSqlitePath()), {}, &error);
        AnalyticsResult r;
        Analytics::query(*w, filter, &r, &error);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 9));
        Languages::install(qApp, u"en"_s);
        QFile::remove(WorkspaceSettings::demoSqlitePath());
        m_service = new WorkspaceService(this);
        m_secrets = new MemorySecretStore(this);
        m_window = new MainWindow(m_service, m_secrets, std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>()));
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        // The saved workspace may still be opening: the demo follows it. Wait for the demo's connections.
        m_window->createDemoWorkspace();
        QTRY_VERIFY_WITH_TIMEOUT(m_service->isOpen() && m_service->current().config.sqlitePath == WorkspaceSettings::demoSqlitePath()
                                     && !m_service->isBusy() && m_window->connectionsPage()->model()->rowCount() > 0,
                                 OrionTest::EventTimeout);
        m_window->showPage(MainWindow::DashboardPageIndex);
        auto *health = m_window->dashboardPage()->findChild<QTableView *>();
        QVERIFY(health);
        m_healthTester = std::make_unique<QAbstractItemModelTester>(health->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanupTestCase()
    {
        m_healthTester.reset();
        delete m_window;
    }

    void kpisMatchTheQueries()
    {
        const AnalyticsResult shown = waitForResult();
        AnalyticsFilter month;
        const AnalyticsResult expected = direct(month);
        QCOMPARE(shown.series.size(), 30);
        QCOMPARE(shown.current.syncs, expected.current.syncs);
        QVERIFY(shown.current.syncs > 0);
        QCOMPARE(shown.previous.records, expected.previous.records);
        QVERIFY2(m_window->dashboardPage()->kpiText(0).startsWith(QLocale().toString(expected.current.syncs)),
                 qPrintable(m_window->dashboardPage()->kpiText(0)));
        QVERIFY(m_window->dashboardPage()->kpiText(0).contains(u"vs previous period"_s));
        // Records deleted at the source in the range are counted under the records.
        QCOMPARE(shown.current.recordsDeleted, expected.current.recordsDeleted);
        QVERIFY(expected.current.recordsDeleted > 0);
        QVERIFY2(
            m_window->dashboardPage()->kpiText(1).contains(QLocale().toString(expected.current.recordsDeleted) + u" marked deleted at the source"_s),
            qPrintable(m_window->dashboardPage()->kpiText(1)));
        // The stacked bars hold exactly the series.
        auto *series = static_cast<QStackedBarSeries *>(m_window->dashboardPage()->chartViews().at(0)->chart()->series().first());
        QCOMPARE(series->barSets().size(), 4);
        qint64 stacked = 0;
        for (QBarSet *set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                stacked += qint64(set->at(i));
        }
        QCOMPARE(stacked, shown.current.syncs);
        // The health table: failures in a row and the last success, as stored.
        auto *health = m_window->dashboardPage()->findChild<QTableView *>()->model();
        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(WorkspaceSettings::demoSqlitePath()), {}, &error);
        QSqlQuery q(w->database());
        QVERIFY(q.exec(u"SELECT c.name, h.consecutive_failures, h.last_success_at FROM connections c "
                       "JOIN connector_health h ON h.connection_id = c.id"_s));
        int checked = 0;
        while (q.next()) {
            for (int row = 0; row < health->rowCount(); ++row) {
                if (health->index(row, ConnectionListModel::NameColumn).data().toString() != q.value(0).toString())
                    continue;
                QCOMPARE(health->index(row, ConnectionListModel::FailuresColumn).data().toInt(), q.value(1).toInt());
                QCOMPARE(health->index(row, ConnectionListModel::LastSuccessColumn).data().toDateTime(),
                         QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs));
                ++checked;
            }
        }
        QCOMPARE(checked, health->rowCount());
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"dashboard-light.png"_s)));
    }

    void rangeSwitchingDropsStaleAnswers()
    {
        DashboardPage *page = m_window->dashboardPage();
        page->setRange(AnalyticsFilter::Range::Week);
        QCOMPARE(waitForResult().series.size(), 7);
        // Quick changes: only the last one counts.
        page->setRange(AnalyticsFilter::Range::Day);
        page->setRange(AnalyticsFilter::Range::Quarter);
        const AnalyticsResult r = waitForResult();
        QCOMPARE(r.series.size(), 90);
        QVERIFY(!r.hourly);
        page->setRange(AnalyticsFilter::Range::Day);
        const AnalyticsResult hourly = waitForResult();
        QVERIFY(hourly.hourly);
        QCOMPARE(hourly.series.size(), 24);
        // Custom: 12 days, inclusive.
        page->setCustomRange(QDate::currentDate().addDays(-11), QDate::currentDate());
        QCOMPARE(waitForResult().series.size(), 12);
        page->setRange(AnalyticsFilter::Range::Month);
        waitForResult();
    }

    void badDataStaysReadable()
    {
        // No data, a single point, a huge outlier, runs in the future: nothing crashes, axes stay sane
        // (an empty workspace once made Qt Charts warn "Ignored NaN" and set NaN axis ranges).
        QTest::failOnWarning(QRegularExpression(u"NaN|invalid range"_s));
        DashboardPage page;
        page.resize(1000, 700);
        AnalyticsResult empty;
        empty.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
        empty.to = empty.from.addDays(1);
        page.showResult(page.currentRequest(), empty);
        QCOMPARE(page.kpiText(0).left(1), u"0"_s);
        AnalyticsResult single = empty;
        AnalyticsPoint p;
        p.bucket = empty.from;
        p.succeeded = 1;
        p.avgDurationMs = 1e9; // a 11-day run
        p.minDurationMs = p.maxDurationMs = 1'000'000'000;
        single.series = {p};
        single.current.syncs = 1;
        single.current.succeededRuns = 1;
        single.perConnection = {{1, u"only"_s, u"stripe"_s, 1, 0, 0}};
        page.showResult(page.currentRequest(), single);
        QCOMPARE(page.kpiText(2).left(5), u"100.0"_s);
        QVERIFY(!page.grab().isNull());
    }

    void filtersAndDrillDown()
    {
        DashboardPage *page = m_window->dashboardPage();
        const QString name = page->result().perConnection.first().name;
        page->setConnectionFilter(name);
        const AnalyticsResult filtered = waitForResult();
        QCOMPARE(filtered.perConnection.size(), 1);
        QCOMPARE(filtered.perConnection.first().name, name);
        // Click the newest day's stack: Activity shows that connection's runs of that day.
        int day = int(filtered.series.size()) - 1;
        while (day > 0 && filtered.series.at(day).syncs() == 0)
            --day;
        auto *series = static_cast<QStackedBarSeries *>(page->chartViews().at(0)->chart()->series().first());
        QSignalSpy runs(m_service, &WorkspaceService::runsAvailable);
        Q_EMIT series->barSets().first()->clicked(day);
        QCOMPARE(m_window->currentPage(), MainWindow::ActivityPageIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!runs.isEmpty(), OrionTest::EventTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(m_window->activityPage()->proxy()->rowCount()), filtered.series.at(day).syncs(), OrionTest::EventTimeout);
        m_window->activityPage()->showRunsOf(QString(), QDate());
        m_window->showPage(MainWindow::DashboardPageIndex);

        // A real mouse click on the error-rate line at that day's point opens the same runs.
        QChartView *view = page->chartViews().at(1);
        auto *line = static_cast<QLineSeries *>(view->chart()->series().first());
        QCOMPARE(line->count(), filtered.series.size());
        const QPointF scenePos = view->chart()->mapToScene(view->chart()->mapToPosition(line->at(day), line));
        runs.clear();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scenePos));
        QCOMPARE(m_window->currentPage(), MainWindow::ActivityPageIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!runs.isEmpty(), OrionTest::EventTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(m_window->activityPage()->proxy()->rowCount()), filtered.series.at(day).syncs(), OrionTest::EventTimeout);
        m_window->activityPage()->showRunsOf(QString(), QDate());
        m_window->showPage(MainWindow::DashboardPageIndex);
        page->setConnectionFilter(QString());
        waitForResult();
    }

    void exportsChartsAndData()
    {
        DashboardPage *page = m_window->dashboardPage();
        QString error;
        for (const QString &file : {u"syncs.png"_s, u"syncs.svg"_s, u"syncs.csv"_s}) {
            QVERIFY2(page->exportChart(0, m_dir.filePath(file), &error), qPrintable(error));
            QVERIFY(QFileInfo(m_dir.filePath(file)).size() > 100);
        }
        QFile csv(m_dir.filePath(u"syncs.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), qsizetype(page->result().series.size() + 1));
        QFile svg(m_dir.filePath(u"syncs.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(!page->exportChart(0, m_dir.filePath(u"x.gif"_s), &error));
    }

    void refreshesWhenASyncFinishes()
    {
        DashboardPage *page = m_window->dashboardPage();
        const qint64 before = page->result().current.syncs;
        {
            QString error;
            auto w = Workspace::open(DatabaseConfig::sqlite(WorkspaceSettings::demoSqlitePath()), {}, &error);
            ConnectionStore store(*w);
            SyncRun run;
            run.connectionId = page->result().perConnection.first().id;
            run.stream = u"customers"_s;
            run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
            run.finishedAt = QDateTime::currentDateTimeUtc();
            run.recordsProcessed = 7;
            QVERIFY(store.recordSyncRun(run, &error));
        }
        Q_EMIT m_window->syncService()->jobFinished(999, {}); // what a finished sync in this app announces
        QTRY_COMPARE_WITH_TIMEOUT(page->result().current.syncs, before + 1, OrionTest::EventTimeout);
    }

    // The tiles' changes read as people say them: rates in percentage points, counts and durations
    // relative up to a doubling and as a factor beyond, "no change" without an arrow.
    void kpiChangesReadAsPeopleSayThem()
    {
        using M = DashboardPage::KpiMeasure;
        QColor colour;
        QCOMPARE(DashboardPage::kpiChange(0.40, 0.10, M::Rate, true, &colour), u"▲ 30.0 pp"_s); // error rate 10 % → 40 %
        QCOMPARE(colour, QColor(0xd6, 0x3b, 0x2f));
        QCOMPARE(DashboardPage::kpiChange(0.95, 0.97, M::Rate, false, &colour), u"▼ 2.0 pp"_s);
        QCOMPARE(DashboardPage::kpiChange(0.5, 0.5, M::Rate, false, &colour), u"no change"_s);
        QVERIFY(!colour.isValid());
        QCOMPARE(DashboardPage::kpiChange(45158, 100, M::Count, false, &colour), u"▲ over 100×"_s);
        QCOMPARE(DashboardPage::kpiChange(320, 100, M::Count, false, &colour), u"▲ 3.2×"_s);
        QCOMPARE(colour, QColor(0x2e, 0x9d, 0x5b));
        QCOMPARE(DashboardPage::kpiChange(2500, 100, M::Count, false, &colour), u"▲ 25×"_s);
        QCOMPARE(DashboardPage::kpiChange(150, 100, M::Count, false, &colour), u"▲ 50.0 %"_s);
        QCOMPARE(DashboardPage::kpiChange(100, 100.01, M::Count, false, &colour), u"no change"_s); // rounds to 0.0 %
        QVERIFY(!colour.isValid());
        QCOMPARE(DashboardPage::kpiChange(0, 100, M::Count, false, &colour), u"▼ 100.0 %"_s);
        QCOMPARE(DashboardPage::kpiChange(1200, 1000, M::Duration, true, &colour), u"▲ 20.0 %"_s);
        QCOMPARE(colour, QColor(0xd6, 0x3b, 0x2f)); // slower is worse
        QCOMPARE(DashboardPage::kpiChange(5, 0, M::Count, false, &colour), u"new"_s);
        QCOMPARE(DashboardPage::kpiChange(0, 0, M::Count, false, &colour), u"no change"_s);
    }

    void darkMode()
    {
        const QPalette dark = Theme::darkPalette(); // View ▸ Theme ▸ Dark
        QApplication::setPalette(dark);
        QTest::qWait(200);
        QCOMPARE(m_window->dashboardPage()->chartViews().first()->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"dashboard-dark.png"_s)));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TstDashboard)
#include "tst_dashboard.moc"

// The dashboard's queries on SQLite and on the real PostgreSQL, checked against aggregates the test
// computes itself from the runs it inserted: KPIs with the previous period, per-day and per-hour
// series with gaps, per-connection totals, filters, runs in the future and deleted connections.
#include "testsupport.h"

#include "store/analytics.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace AnalyticsTest { // named: lambdas capturing these must not have internal linkage
struct Run
{
    qint64 connection;
    QString connector;
    QDateTime started;
    SyncRun::Status status;
    qint64 records;
    qint64 failed;
    qint64 durationMs;
    qint64 deleted = 0;
};
} // namespace AnalyticsTest
using AnalyticsTest::Run;

class TstAnalytics : public QObject
{
    Q_OBJECT
    Test::EngineDatabases m_databases;
    const QDateTime m_now = QDateTime(QDate(2026, 6, 15), QTime(12, 30), QTimeZone::UTC);

    DatabaseConfig freshConfig() { return m_databases.fresh(); }
    static QString password() { return Test::EngineDatabases::password(); }

    // Expected KPIs over [from, to) computed from the runs themselves.
    static AnalyticsKpis expected(const QList<Run> &runs, const QDateTime &from, const QDateTime &to, const std::function<bool(const Run &)> &keep)
    {
        AnalyticsKpis k;
        qint64 duration = 0;
        for (const Run &r : runs) {
            if (r.started < from || r.started >= to || !keep(r))
                continue;
            ++k.syncs;
            k.records += r.records;
            k.recordsDeleted += r.deleted;
            k.failedRuns += r.status == SyncRun::Status::Failed;
            k.succeededRuns += r.status == SyncRun::Status::Succeeded;
            duration += r.durationMs;
        }
        k.avgDurationMs = k.syncs ? double(duration) / double(k.syncs) : 0.0;
        return k;
    }

    static void compare(const AnalyticsKpis &actual, const AnalyticsKpis &wanted)
    {
        QCOMPARE(actual.syncs, wanted.syncs);
        QCOMPARE(actual.records, wanted.records);
        QCOMPARE(actual.recordsDeleted, wanted.recordsDeleted);
        QCOMPARE(actual.failedRuns, wanted.failedRuns);
        QCOMPARE(actual.succeededRuns, wanted.succeededRuns);
        QVERIFY2(std::abs(actual.avgDurationMs - wanted.avgDurationMs) < 1e-6,
                 qPrintable(u"%1 vs %2"_s.arg(actual.avgDurationMs).arg(wanted.avgDurationMs)));
    }

private Q_SLOTS:
    void initTestCase_data() { Test::EngineDatabases::addRows(); }
    void initTestCase() { QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason())); }

    void matchesIndependentAggregates()
    {
        QString error;
        auto w = Workspace::open(freshConfig(), password(), &error);
        QVERIFY2(w, qPrintable(error));
        ConnectionStore store(*w);
        const qint64 a = store.createConnection(Test::newConnection(u"alpha"_s, u"stripe"_s), &error);
        const qint64 b = store.createConnection(Test::newConnection(u"beta"_s, u"stripe"_s), &error);
        const qint64 c = store.createConnection(Test::newConnection(u"gamma"_s, u"hubspot"_s), &error);
        const qint64 gone = store.createConnection(Test::newConnection(u"deleted"_s, u"stripe"_s), &error);
        QList<Run> runs;
        QRandomGenerator rng(42);
        const SyncRun::Status statuses[] = {SyncRun::Status::Succeeded, SyncRun::Status::Succeeded, SyncRun::Status::Succeeded,
                                            SyncRun::Status::Partial,   SyncRun::Status::Failed,    SyncRun::Status::Cancelled};
        for (int i = 0; i < 600; ++i) {
            const qint64 conn = i % 3 == 0 ? a : i % 3 == 1 ? b : c;
            // Days 0–69 back, with a gap (days 10–12 have no runs), and a few runs in the future.
            int daysBack = int(rng.bounded(70));
            if (daysBack >= 10 && daysBack <= 12)
                daysBack += 5;
            QDateTime started = m_now.addDays(-daysBack).addSecs(-qint64(rng.bounded(40000)));
            if (i % 97 == 0)
                started = m_now.addDays(2); // clock skew: a run "in the future"
            const SyncRun::Status status = statuses[rng.bounded(6)];
            const qint64 duration = i == 5 ? 50'000'000 : 100 + qint64(rng.bounded(5000)); // one huge outlier
            runs.append({conn, conn == c ? u"hubspot"_s : u"stripe"_s, started, status, qint64(rng.bounded(1000)),
                         status == SyncRun::Status::Partial ? 3 : 0, duration, qint64(i % 5)});
        }
        // The first half goes into PostgreSQL's view by a refresh; the rest (and the deleted
        // connection) come after it, so queries must add the runs past the view's watermark.
        for (qsizetype i = 0; i < runs.size(); ++i) {
            if (i == runs.size() / 2)
                QVERIFY2(Analytics::refresh(*w, &error), qPrintable(error));
            const Run &r = runs.at(i);
            SyncRun run;
            run.connectionId = r.connection;
            run.stream = u"customers"_s;
            run.startedAt = r.started;
            run.finishedAt = r.started.addMSecs(r.durationMs);
            run.status = r.status;
            run.recordsProcessed = r.records;
            run.recordsFailed = r.failed;
            run.durationMs = r.durationMs;
            run.recordsDeleted = r.deleted;
            QVERIFY2(store.recordSyncRun(run, &error), qPrintable(error));
        }
        // A deleted connection's history disappears from the analytics.
        SyncRun orphan;
        orphan.connectionId = gone;
        orphan.stream = u"customers"_s;
        orphan.startedAt = m_now.addDays(-1);
        orphan.recordsProcessed = 999'999;
        orphan.recordsDeleted = 777;
        QVERIFY(store.recordSyncRun(orphan, &error));
        QVERIFY(store.deleteConnection(gone, &error));

        auto all = [](const Run &) { return true; };
        const auto verifyAll = [&] {
            for (auto range : {AnalyticsFilter::Range::Week, AnalyticsFilter::Range::Month, AnalyticsFilter::Range::Quarter}) {
                AnalyticsFilter filter;
                filter.range = range;
                filter.now = m_now;
                AnalyticsResult result;
                QVERIFY2(Analytics::query(*w, filter, &result, &error), qPrintable(error));
                const int days = range == AnalyticsFilter::Range::Week ? 7 : range == AnalyticsFilter::Range::Month ? 30 : 90;
                QCOMPARE(result.series.size(), days); // every day, empty ones included
                QCOMPARE(result.from, QDateTime(m_now.date().addDays(-(days - 1)), QTime(0, 0), QTimeZone::UTC));
                compare(result.current, expected(runs, result.from, result.to, all));
                compare(result.previous, expected(runs, result.from.addDays(-days), result.from, all));
                // Per day, stacked by status.
                for (const AnalyticsPoint &p : result.series) {
                    qint64 failed = 0, partial = 0, records = 0, minD = 0, maxD = 0, n = 0;
                    for (const Run &r : runs) {
                        if (r.started < p.bucket || r.started >= p.bucket.addDays(1))
                            continue;
                        failed += r.status == SyncRun::Status::Failed;
                        partial += r.status == SyncRun::Status::Partial;
                        records += r.records;
                        minD = n == 0 ? r.durationMs : std::min(minD, r.durationMs);
                        maxD = std::max(maxD, r.durationMs);
                        ++n;
                    }
                    QCOMPARE(p.syncs(), n);
                    QCOMPARE(p.failed, failed);
                    QCOMPARE(p.partial, partial);
                    QCOMPARE(p.records, records);
                    QCOMPARE(p.minDurationMs, minD);
                    QCOMPARE(p.maxDurationMs, maxD);
                }
                // Per connection; the deleted connection is not there.
                QCOMPARE(result.perConnection.size(), 3);
                for (const AnalyticsConnection &pc : result.perConnection) {
                    const AnalyticsKpis k = expected(runs, result.from, result.to, [&](const Run &r) { return r.connection == pc.id; });
                    QCOMPARE(pc.syncs, k.syncs);
                    QCOMPARE(pc.records, k.records);
                    QCOMPARE(pc.failures, k.failedRuns);
                }
            }
            // Gap days are zero, not missing.
            AnalyticsFilter month;
            month.now = m_now;
            AnalyticsResult r30;
            QVERIFY(Analytics::query(*w, month, &r30, &error));
            const AnalyticsPoint &gap = r30.series.at(30 - 1 - 11); // 11 days back
            QCOMPARE(gap.syncs(), 0);
        };
        verifyAll();
        if (QTest::currentTestFailed())
            return;
        // A run removed (the outlier, so the day's maximum must be recomputed), then the view refreshed.
        QSqlQuery del(w->database());
        QVERIFY(del.exec(u"DELETE FROM sync_metrics WHERE duration_ms = 50000000"_s));
        QCOMPARE(del.numRowsAffected(), 1);
        runs.removeIf([](const Run &r) { return r.durationMs == 50'000'000; });
        QVERIFY2(Analytics::refresh(*w, &error), qPrintable(error));
        verifyAll();
        if (QTest::currentTestFailed())
            return;

        // Filters: one connection; one connector type.
        AnalyticsFilter one;
        one.now = m_now;
        one.connectionIds = {b};
        AnalyticsResult rb;
        QVERIFY(Analytics::query(*w, one, &rb, &error));
        compare(rb.current, expected(runs, rb.from, rb.to, [&](const Run &r) { return r.connection == b; }));
        QCOMPARE(rb.perConnection.size(), 1);
        AnalyticsFilter hubspot;
        hubspot.now = m_now;
        hubspot.connectorIds = {u"hubspot"_s};
        AnalyticsResult rh;
        QVERIFY(Analytics::query(*w, hubspot, &rh, &error));
        compare(rh.current, expected(runs, rh.from, rh.to, [](const Run &r) { return r.connector == "hubspot"_L1; }));

        // 24 h: hourly buckets straight from sync_metrics.
        AnalyticsFilter day;
        day.range = AnalyticsFilter::Range::Day;
        day.now = m_now;
        AnalyticsResult rd;
        QVERIFY2(Analytics::query(*w, day, &rd, &error), qPrintable(error));
        QVERIFY(rd.hourly);
        QCOMPARE(rd.series.size(), 24);
        compare(rd.current, expected(runs, rd.from, rd.to, all));
        qint64 sum = 0;
        for (const AnalyticsPoint &p : rd.series)
            sum += p.syncs();
        QCOMPARE(sum, rd.current.syncs);
        for (const AnalyticsPoint &p : rd.series) {
            const AnalyticsKpis k = expected(runs, p.bucket, p.bucket.addSecs(3600), all);
            QCOMPARE(p.syncs(), k.syncs);
            QCOMPARE(p.records, k.records);
        }
    }

    void emptyWorkspaceAndBadRanges()
    {
        QString error;
        auto w = Workspace::open(freshConfig(), password(), &error);
        QVERIFY(w);
        AnalyticsFilter filter;
        AnalyticsResult result;
        QVERIFY2(Analytics::query(*w, filter, &result, &error), qPrintable(error));
        QCOMPARE(result.current.syncs, 0);
        QCOMPARE(result.current.successRate(), 0.0);
        QCOMPARE(result.series.size(), 30);
        filter.range = AnalyticsFilter::Range::Custom;
        filter.customFrom = QDate(2026, 5, 10);
        filter.customTo = QDate(2026, 5, 1);
        QVERIFY(!Analytics::query(*w, filter, &result, &error));
        QVERIFY(error.contains(u"start day"_s));
        filter.customTo = QDate(2026, 5, 12);
        QVERIFY(Analytics::query(*w, filter, &result, &error));
        QCOMPARE(result.series.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TstAnalytics)
#include "tst_analytics.moc"

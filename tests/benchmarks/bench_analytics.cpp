// Benchmark: the dashboard's queries over 1,000,000 sync_metrics rows (50 connections, 365 days),
// 30-day range, on SQLite and on PostgreSQL, each beside the same SQL run directly by sqlite3 / psql
// (process start-up subtracted), and the time from a run being recorded to every chart updated.
// Prints one JSON line. Needs ORION_TEST_PG_URL (scripts/bench starts a server).
//   bench_analytics [--rows 1000000] [--connections 50] [--days 365]
#include "testsupport.h"

#include "dashboard/dashboardpage.h"
#include "services/workspaceservice.h"
#include "store/analytics.h"
#include "store/connectionstore.h"
#include "store/demoseeder.h"
#include "store/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double medianD(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// The statement with its values written in, for the command-line clients.
QString inlined(const QString &sql, const QVariantList &binds, bool postgres)
{
    QString out;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (c != u'?' || next >= binds.size()) {
            out += c;
            continue;
        }
        const QVariant &v = binds.at(next++);
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int: out += QString::number(v.toLongLong()); break;
        case QMetaType::QDate: out += u"DATE '"_s + v.toDate().toString(Qt::ISODate) + u'\''; break;
        case QMetaType::QDateTime:
            out += postgres ? u"TIMESTAMPTZ '"_s + v.toDateTime().toUTC().toString(Qt::ISODateWithMs) + u'\''
                            : u"'"_s + v.toDateTime().toUTC().toString(Qt::ISODateWithMs) + u'\'';
            break;
        default: out += u"'"_s + v.toString().replace(u'\'', u"''"_s) + u'\'';
        }
    }
    return out;
}

// Median wall time of running `program args` with stdin from `input`, minus the same for `baseline`.
double directMs(const QString &program, const QStringList &args, const QByteArray &input, const QByteArray &baseline, const QProcessEnvironment &env)
{
    auto run = [&](const QByteArray &in) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        p.write(in);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        if (p.exitCode() != 0)
            std::fprintf(stderr, "bench_analytics: %s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return double(t.nsecsElapsed()) / 1e6;
    };
    QList<double> full, base;
    for (int i = 0; i < 5; ++i) {
        full << run(input);
        base << run(baseline);
    }
    return std::max(0.01, medianD(full) - medianD(base));
}

struct EngineFigures
{
    double appMs = 0;
    double directMs = 0;
    qint64 syncs = 0;
};

EngineFigures measure(Workspace &w, const std::function<double(const QByteArray &)> &direct)
{
    AnalyticsFilter filter;
    filter.includeHealth = false;
    QString error;
    AnalyticsResult result;
    QStringList statements;
    Analytics::setTrace([&](const QString &sql, const QVariantList &binds) { statements << inlined(sql, binds, w.isPostgres()) + u';'; });
    Analytics::query(w, filter, &result, &error); // warm-up; records the statements
    Analytics::setTrace({});
    QList<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        if (!Analytics::query(w, filter, &result, &error))
            std::fprintf(stderr, "bench_analytics: %s\n", qPrintable(error));
        times << double(t.nsecsElapsed()) / 1e6;
    }
    EngineFigures f;
    f.appMs = medianD(times);
    f.syncs = result.current.syncs;
    f.directMs = direct(statements.join(u'\n').toUtf8());
    return f;
}

// Data arrival → every chart updated: the real page and service on the workspace; a run is recorded
// by another connection and the app is told (as by SyncService::jobFinished or NOTIFY). Median of 7.
qint64 arrivalToChartsMs(const DatabaseConfig &config, const QString &password)
{
    QString error;
    WorkspaceService service;
    DashboardPage page;
    page.resize(1280, 800);
    page.show();
    QObject::connect(&page, &DashboardPage::queryRequested, &service, &WorkspaceService::queryAnalytics);
    QObject::connect(&service, &WorkspaceService::analyticsAvailable, &page, &DashboardPage::showResult);
    QSignalSpy opened(&service, &WorkspaceService::workspaceOpened);
    service.open(config, password);
    opened.wait(30000);
    QSignalSpy updated(&page, &DashboardPage::updated);
    page.requestRefresh();
    updated.wait(30000);
    auto w = Workspace::open(config, password, &error);
    ConnectionStore store(*w);
    const qint64 connection = store.connections(&error).first().id;
    QList<qint64> times;
    for (int i = 0; i < 7; ++i) {
        updated.clear();
        SyncRun run;
        run.connectionId = connection;
        run.stream = u"customers"_s;
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.finishedAt = run.startedAt;
        QElapsedTimer t;
        t.start();
        store.recordSyncRun(run, &error); // the data arrives …
        page.requestRefresh();            // … and the app hears of it
        updated.wait(30000);
        times << t.elapsed();
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 rows = 1'000'000;
    int connections = 50, days = 365;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == "--rows"_L1)
            rows = args.at(i + 1).toLongLong();
        if (args.at(i) == "--connections"_L1)
            connections = args.at(i + 1).toInt();
        if (args.at(i) == "--days"_L1)
            days = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    QString error;
    QJsonObject out{{u"benchmark"_s, u"dashboard_queries_30d"_s}, {u"rows"_s, rows}, {u"connections"_s, connections}, {u"days"_s, days}};

    // --- SQLite ---
    const auto sqlite = DatabaseConfig::sqlite(dir.filePath(u"bench.db"_s));
    {
        auto w = Workspace::open(sqlite, {}, &error);
        DemoSeeder seeder(*w);
        DemoSeeder::Options options;
        options.connections = connections;
        options.days = days;
        options.metrics = rows;
        DemoSeeder::Result seeded;
        QElapsedTimer t;
        t.start();
        if (!seeder.seed(options, &seeded, &error)) {
            std::fprintf(stderr, "bench_analytics: %s\n", qPrintable(error));
            return 1;
        }
        out.insert(u"sqlite_seed_ms"_s, t.elapsed());
        const EngineFigures f = measure(*w, [&](const QByteArray &sql) {
            return directMs(u"sqlite3"_s, {sqlite.sqlitePath}, sql, "SELECT 1;", QProcessEnvironment::systemEnvironment());
        });
        out.insert(u"sqlite"_s,
                   QJsonObject{{u"app_ms"_s, qRound(f.appMs * 10) / 10.0},
                               {u"direct_ms"_s, qRound(f.directMs * 10) / 10.0},
                               {u"ratio"_s, qRound(f.appMs / f.directMs * 100) / 100.0},
                               {u"syncs_in_range"_s, f.syncs}});
    }

    // --- PostgreSQL ---
    qint64 pgArrival = -1;
    if (Test::postgresAvailable()) {
        const DatabaseConfig pg = Test::createPostgresDatabase();
        auto w = Workspace::open(pg, Test::postgresAdminPassword(), &error);
        if (!w) {
            std::fprintf(stderr, "bench_analytics: %s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery q(w->database());
        ConnectionStore store(*w);
        QElapsedTimer t;
        t.start();
        for (int c = 0; c < connections; ++c)
            store.createConnection(Test::newConnection(u"bench-%1"_s.arg(c, 2, 10, QChar(u'0')), c % 2 ? u"stripe"_s : u"hubspot"_s), &error);
        // Server-side generation, triggers off while loading (health and NOTIFY per row are not what is measured).
        const bool loaded = q.exec(u"ALTER TABLE sync_metrics DISABLE TRIGGER USER"_s)
            && q.exec(uR"(INSERT INTO sync_metrics (connection_id, stream, started_at, finished_at, status, records_processed,
                                                    records_failed, duration_ms)
                          SELECT c.id, 'customers', ts, ts + make_interval(secs => d / 1000.0),
                                 (ARRAY['succeeded','succeeded','succeeded','succeeded','succeeded','succeeded','partial','failed','cancelled'])[1 + (g % 9)],
                                 (g::bigint * 7919) % 2000, CASE WHEN g % 9 = 6 THEN 3 ELSE 0 END, d
                            FROM generate_series(1, %1) AS g
                            CROSS JOIN LATERAL (SELECT now() - make_interval(secs => (g::bigint * 31536000 / %1)) AS ts,
                                                       200 + (g::bigint * 104729) % 6000 AS d) x
                            JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM connections) c ON c.n = g % %2)"_s.arg(rows)
                          .arg(connections))
            && q.exec(u"ALTER TABLE sync_metrics ENABLE TRIGGER USER"_s) && q.exec(u"ANALYZE sync_metrics"_s) && Analytics::refresh(*w, &error);
        if (!loaded) {
            std::fprintf(stderr, "bench_analytics: loading PostgreSQL failed: %s %s\n", qPrintable(q.lastError().text()), qPrintable(error));
            return 1;
        }
        out.insert(u"postgresql_seed_ms"_s, t.elapsed());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, Test::postgresAdminPassword());
        const QStringList psql{u"-X"_s,     u"-q"_s, u"-h"_s, pg.host, u"-p"_s,       QString::number(pg.port), u"-U"_s, pg.user, u"-d"_s,
                               pg.database, u"-f"_s, u"-"_s,  u"-o"_s, u"/dev/null"_s};
        const EngineFigures f = measure(*w, [&](const QByteArray &sql) { return directMs(u"psql"_s, psql, sql, "SELECT 1;", env); });
        out.insert(u"postgresql"_s,
                   QJsonObject{{u"app_ms"_s, qRound(f.appMs * 10) / 10.0},
                               {u"direct_ms"_s, qRound(f.directMs * 10) / 10.0},
                               {u"ratio"_s, qRound(f.appMs / f.directMs * 100) / 100.0},
                               {u"syncs_in_range"_s, f.syncs}});
        QElapsedTimer refreshTimer;
        refreshTimer.start();
        Analytics::refresh(*w, &error);
        out.insert(u"postgresql_view_refresh_ms"_s, refreshTimer.elapsed());
        w.reset();
        pgArrival = arrivalToChartsMs(pg, Test::postgresAdminPassword());
        Test::dropPostgresDatabase(pg.database);
    }

    out.insert(u"arrival_to_charts_ms"_s, QJsonObject{{u"sqlite"_s, arrivalToChartsMs(sqlite, {})}});
    if (pgArrival >= 0) {
        QJsonObject a = out.value(u"arrival_to_charts_ms"_s).toObject();
        a.insert(u"postgresql"_s, pgArrival);
        out.insert(u"arrival_to_charts_ms"_s, a);
    }
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

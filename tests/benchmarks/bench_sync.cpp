// Benchmark: a full sync of N customers from a local vendor fake into a SQLite workspace, run by the
// real `orion sync` process: Stripe (pages of 100), Salesforce contacts (N ≥ 10,000: one Bulk API 2.0
// query job, its CSV result sets read concurrently) or QuickBooks customers (query pages of 1,000).
// Prints one JSON line:
//   {"benchmark":"stripe_full_sync_sqlite","machine":{…},"runs":[{"records":N,"seconds":S,
//    "records_per_second":R,"peak_rss_mb":M,"rss_mb_samples":[…]}, …]}
// Peak RSS is the child's ru_maxrss; rss_mb_samples are its VmRSS every ~10 % of the run, to show
// that memory stays flat as records stream through.
//
// Usage: bench_sync [--connector stripe|salesforce|quickbooks] [--records 100000,1000000] [--latency-ms L] [--budget R]
//   --latency-ms L   the fake answers every request L ms late (a real network; default 0)
//   --budget R       the connection's rate budget in requests/s (default 0: unlimited); the line
//                    then also says the request rate achieved against it
//   --wrap "CMD …"   runs `orion` under CMD, e.g. "valgrind --tool=callgrind --callgrind-out-file=build/cg.out"
//                    to profile where a sync's time goes (figures are then the profiler's, not orion's)
#include "fakequickbooks.h"
#include "fakesalesforce.h"
#include "fakestripe.h"

#include "runtime/credentialstore.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

double vmRssMb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double childrenCpuSeconds() // user + system time of the finished children so far
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double ownCpuSeconds() // this process: the fake's serving threads
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double childrenPeakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes{100'000, 1'000'000};
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(u"--records"_s);
    if (at >= 0 && at + 1 < args.size()) {
        sizes.clear();
        for (const QString &n : args.at(at + 1).split(u','))
            sizes << n.toLongLong();
    }

    const auto intArg = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int latencyMs = intArg(u"--latency-ms"_s, 0);
    const int budget = intArg(u"--budget"_s, 0);
    const qsizetype wrapAt = args.indexOf(u"--wrap"_s);
    const QStringList wrap = wrapAt >= 0 && wrapAt + 1 < args.size() ? args.at(wrapAt + 1).split(u' ', Qt::SkipEmptyParts) : QStringList();

    const qsizetype connectorAt = args.indexOf(u"--connector"_s);
    const QString connector = connectorAt >= 0 && connectorAt + 1 < args.size() ? args.at(connectorAt + 1) : u"stripe"_s;
    QTemporaryDir dir;
    // Per connector: its fake, the connection's settings, the secrets `orion` gets from the
    // environment, the stream read and the page size.
    Fakes::FakeStripe stripe;
    Fakes::FakeSalesforce salesforce;
    Fakes::FakeQuickBooks quickbooks;
    Fakes::FakeService *fake = &stripe;
    QJsonObject settings;
    QList<std::pair<QString, QString>> secrets;
    QString stream = u"customers"_s;
    int pageSize = 100;
    std::function<void(qint64)> setCount;
    if (connector == "stripe"_L1) {
        settings = {{u"api_base"_s, QString()}};
        setCount = [&](qint64 n) { stripe.setCustomerCount(n); };
    } else if (connector == "salesforce"_L1) {
        fake = &salesforce;
        salesforce.enableOAuth(u"bench-app"_s, u"bench-secret"_s, u"bench-refresh"_s, false);
        settings = {{u"client_id"_s, u"bench-app"_s}};
        secrets = {{u"REFRESH_TOKEN"_s, u"bench-refresh"_s}, {u"CLIENT_SECRET"_s, u"bench-secret"_s}};
        stream = u"contacts"_s;
        pageSize = 10000; // one Bulk result set (REST below the bulk threshold: 2,000)
        salesforce.setBulkQueryChunk(pageSize);
        salesforce.setBulkPollsUntilDone(1);
        setCount = [&](qint64 n) { salesforce.setRecordCount(u"Contact"_s, n); };
    } else if (connector == "quickbooks"_L1) {
        fake = &quickbooks;
        quickbooks.enableOAuth(u"bench-app"_s, u"bench-secret"_s, u"bench-refresh"_s);
        settings = {{u"client_id"_s, u"bench-app"_s}, {u"realm_id"_s, quickbooks.realm()}};
        secrets = {{u"REFRESH_TOKEN"_s, u"bench-refresh"_s}, {u"CLIENT_SECRET"_s, u"bench-secret"_s}};
        pageSize = 1000;
        setCount = [&](qint64 n) { quickbooks.setCounts(n, 0); };
    } else {
        std::fprintf(stderr, "bench_sync: --connector is stripe, salesforce or quickbooks\n");
        return 2;
    }
    fake->setRecording(false);
    fake->setResponseDelay(latencyMs);
    if (!fake->start()) {
        std::fprintf(stderr, "bench_sync: cannot start the fake\n");
        return 1;
    }
    const QString base = fake->baseUrl().toString();
    if (connector == "stripe"_L1) {
        settings.insert(u"api_base"_s, base);
        secrets = {{u"API_KEY"_s, stripe.apiKey()}};
    } else if (connector == "salesforce"_L1) {
        settings.insert(u"login_url"_s, base);
    } else {
        settings.insert(u"api_base"_s, base);
        settings.insert(u"token_url"_s, QString(base + u"/oauth2/v1/tokens/bearer"_s));
    }
    settings.insert(u"requests_per_second"_s, QString::number(budget));
    QJsonArray runs;
    int index = 0;
    for (const qint64 records : sizes) {
        setCount(records);
        const QString db = dir.filePath(u"bench%1.db"_s.arg(++index));
        QString error;
        {
            auto workspace = Workspace::open(DatabaseConfig::sqlite(db), {}, &error);
            if (!workspace) {
                std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
                return 1;
            }
            ConnectionStore store(*workspace);
            ConnectionStore::NewConnection c;
            c.name = u"bench"_s;
            c.connectorId = connector;
            c.settings = settings;
            if (!store.createConnection(c, &error)) {
                std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
                return 1;
            }
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &[name, value] : std::as_const(secrets))
            env.insert(u"ORION_SECRET_BENCH_"_s + name, value);
        env.insert(u"ORION_SECRET_BACKEND"_s, u"file"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        child.setProcessEnvironment(env);
        const double cpuBefore = childrenCpuSeconds();
        const double fakeCpuBefore = ownCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        QStringList command = wrap;
        command << QStringLiteral(ORION_CLI_PATH) << u"--db"_s << u"sqlite:"_s + db << u"sync"_s << u"bench"_s << u"--stream"_s << stream
                << u"--json"_s;
        child.start(command.takeFirst(), command);
        child.waitForStarted();
        QList<std::pair<qint64, double>> samples; // (ms, MB)
        while (!child.waitForFinished(250))
            samples.append({timer.elapsed(), vmRssMb(child.processId())});
        const double seconds = double(timer.elapsed()) / 1000.0;
        const QJsonObject line = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        if (child.exitCode() != 0 || line.value("records_read"_L1).toInteger() != records) {
            std::fprintf(stderr, "bench_sync: the sync failed: %s %s\n", QJsonDocument(line).toJson().constData(),
                         child.readAllStandardError().constData());
            return 1;
        }
        QJsonArray rss;
        const qsizetype step = std::max<qsizetype>(1, samples.size() / 10);
        for (qsizetype i = 0; i < samples.size(); i += step)
            rss.append(qRound(samples.at(i).second * 10) / 10.0);
        runs.append(QJsonObject{
            {u"records"_s, records},
            {u"seconds"_s, qRound(seconds * 100) / 100.0},
            {u"records_per_second"_s, qRound64(double(records) / seconds)},
            {u"requests_per_second_achieved"_s, qRound(double(line.value("requests"_L1).toInteger()) / seconds * 10) / 10.0},
            {u"requests"_s, line.value("requests"_L1).toInteger()},
            {u"partitions"_s, line.value("partitions"_L1).toInteger()},
            {u"sync_duration_ms"_s, line.value("duration_ms"_L1).toInteger()},
            // CPU of the `orion` process alone (the fake's is the benchmark's own): where the time goes.
            {u"orion_cpu_seconds"_s, qRound((childrenCpuSeconds() - cpuBefore) * 100) / 100.0},
            // …and the fake's, which shares the machine's two cores with it on loopback.
            {u"fake_cpu_seconds"_s, qRound((ownCpuSeconds() - fakeCpuBefore) * 100) / 100.0},
            {u"peak_rss_mb"_s, qRound(childrenPeakRssMb() * 10) / 10.0}, // max over the children so far: sizes ascend
            {u"rss_mb_samples"_s, rss},
        });
    }
    const QJsonObject result{
        {u"benchmark"_s, QString(connector + u"_full_sync_sqlite"_s)},
        {u"page_size"_s, pageSize},
        {u"latency_ms"_s, latencyMs},
        {u"budget_requests_per_second"_s, budget},
        {u"machine"_s, QJsonObject{{u"cpus"_s, QThread::idealThreadCount()}, {u"os"_s, QSysInfo::prettyProductName()}}},
        {u"runs"_s, runs},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

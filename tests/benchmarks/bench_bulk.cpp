// Benchmark: Salesforce Bulk API 2.0 upsert of N customers against the local fake (Contact, upsert by
// External_Id__c): create the job, upload the CSV, close, poll, read the three result sets and join
// them on the external id. Prints one JSON line:
//   {"benchmark":"salesforce_bulk_upsert","runs":[{"records":N,"client_wall_ms":…,"client_cpu_ms":…,
//    "fake_job_ms":…,"peak_rss_mb":…,"created":N,"failed":0}, …]}
// client_* measure this process's client work; the fake runs on its own thread in the same process,
// so its own job latency (UploadComplete → JobComplete) is reported separately and the CPU time of
// the fake's thread is subtracted (thread CPU clocks).
//
// Usage: bench_bulk [--records 10000,100000]
#include "fakesalesforce.h"

#include "runtime/credentialstore.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes{10'000, 100'000};
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(u"--records"_s);
    if (at >= 0 && at + 1 < args.size()) {
        sizes.clear();
        for (const QString &n : args.at(at + 1).split(u','))
            sizes << n.toLongLong();
    }
    QTemporaryDir dir;
    Fakes::FakeSalesforce sf;
    sf.setRecording(false);
    sf.setRecordCount(u"Contact"_s, 0);
    sf.setBulkPollsUntilDone(2);
    sf.enableOAuth(u"bench"_s, u"bench-secret"_s, u"rt-bench"_s, false);
    if (!sf.start())
        return 1;
    const auto db = DatabaseConfig::sqlite(dir.filePath(u"bench.db"_s));
    QString error;
    {
        auto w = Workspace::open(db, {}, &error);
        ConnectionStore store(*w);
        ConnectionStore::NewConnection c;
        c.uid = u"9f0c2d4e-1b7a-4c3e-8f5d-6a2b1c0e9d87"_s; // the secrets below are stored under it
        c.name = u"bench"_s;
        c.connectorId = u"salesforce"_s;
        c.settings = {{u"login_url"_s, sf.baseUrl().toString()}, {u"client_id"_s, u"bench"_s}, {u"requests_per_second"_s, u"0"_s}};
        if (!store.createConnection(c, &error)) {
            std::fprintf(stderr, "bench_bulk: %s\n", qPrintable(error));
            return 1;
        }
    }
    auto credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
    const SecretOwner bench = SecretOwner::connection(u"9f0c2d4e-1b7a-4c3e-8f5d-6a2b1c0e9d87"_s, u"bench"_s);
    credentials->setSecret(bench, u"refresh_token"_s, u"rt-bench"_s, &error);
    credentials->setSecret(bench, u"client_secret"_s, u"bench-secret"_s, &error);
    QJsonArray runs;
    int round = 0;
    for (const qint64 n : sizes) {
        UnifiedCustomers customers;
        customers.reserve(n);
        for (qint64 i = 0; i < n; ++i) {
            UnifiedCustomer c;
            c.externalId = u"bench-%1-%2"_s.arg(round).arg(i);
            c.firstName = u"Ada"_s;
            c.lastName = u"Lovelace, \"%1\""_s.arg(i);
            c.email = u"ada%1@example.com"_s.arg(i);
            c.address.line1 = u"%1 Main St"_s.arg(i);
            c.address.city = u"Springfield"_s;
            customers << c;
        }
        ++round;
        SyncRequest request;
        request.database = db;
        request.connection = u"bench"_s;
        HttpClient::Options options;
        const qint64 fakeBefore = sf.bulkJobMs();
        const qint64 cpuBefore = threadCpuMs();
        QElapsedTimer wall;
        wall.start();
        Connector::WriteOptions writeOptions;
        writeOptions.bulk = true;
        const PushResult r = SyncJob::pushCustomers(request, credentials, customers, options, {}, writeOptions);
        const qint64 wallMs = wall.elapsed();
        const qint64 cpuMs = threadCpuMs() - cpuBefore;
        if (r.outcome != SyncResult::Outcome::Ran || r.write.failure || r.write.created != n) {
            std::fprintf(stderr, "bench_bulk: push failed: %s %s\n", qPrintable(r.error), qPrintable(r.write.failure.message));
            return 1;
        }
        runs.append(QJsonObject{{u"records"_s, n},
                                {u"client_wall_ms"_s, wallMs},
                                {u"client_cpu_ms"_s, cpuMs},
                                {u"fake_job_ms"_s, sf.bulkJobMs() - fakeBefore},
                                {u"client_wall_minus_fake_job_ms"_s, wallMs - (sf.bulkJobMs() - fakeBefore)},
                                {u"jobs"_s, qint64(r.write.details.size())},
                                {u"created"_s, r.write.created},
                                {u"failed"_s, r.write.failed},
                                {u"peak_rss_mb"_s, qRound(peakRssMb() * 10) / 10.0}});
    }
    std::printf(
        "%s\n",
        QJsonDocument(QJsonObject{{u"benchmark"_s, u"salesforce_bulk_upsert"_s}, {u"runs"_s, runs}}).toJson(QJsonDocument::Compact).constData());
    return 0;
}

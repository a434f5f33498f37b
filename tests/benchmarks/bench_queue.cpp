// Benchmark: the PostgreSQL job queue with 1, 2 and 4 `orion worker` processes (one slot each) on
// the throw-away server scripts/bench starts, against the local Stripe fake running in this process.
// Each round queues N small jobs (one Stripe customers page of 10 records each, one connection per
// job) and measures the wall time until all succeeded: jobs/s. Claim latency: with two idle workers,
// single jobs are queued one at a time and the time from the job's creation to its claim
// (started_at − created_at, both server clocks) is taken — the NOTIFY wake-up path. The CPU seconds
// of the workers, of PostgreSQL's processes and of this process (the fake and the polling) show
// where the limit is on this machine. Prints one JSON line.
//   bench_queue [--jobs 400]
#include "fakestripe.h"
#include "testsupport.h"

#include "store/connectionstore.h"
#include "store/jobqueue.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

// utime + stime of a process in seconds (/proc/PID/stat), or 0.
double processCpu(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds of every process whose command is `name` (PostgreSQL's server and backends).
double cpuOf(const QByteArray &name)
{
    double total = 0;
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name)
            total += processCpu(pid);
    }
    return total;
}

double selfCpu()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

qint64 scalar(Workspace &w, const QString &sql)
{
    QSqlQuery q(w.database());
    if (!q.exec(sql) || !q.next()) {
        std::fprintf(stderr, "bench_queue: %s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        std::exit(1);
    }
    return q.value(0).toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int jobs = 400;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--jobs"_s); i >= 0 && i + 1 < args.size())
        jobs = std::max(10, args.at(i + 1).toInt());
    if (!Test::postgresAvailable()) {
        std::fprintf(stderr, "bench_queue: %s\n", qPrintable(Test::postgresUnavailableReason()));
        return 1;
    }
    QTemporaryDir dir;
    Fakes::FakeStripe stripe;
    stripe.setCustomerCount(10);
    stripe.setRecording(false);
    if (!stripe.start())
        return 1;
    const DatabaseConfig db = Test::createPostgresDatabase();
    QString error;
    auto w = Workspace::open(db, Test::postgresAdminPassword(), &error);
    if (!w || !Test::ensureLoginRole(u"orion_bench_worker"_s, u"bench-pw"_s, u"orion_worker"_s, &error)) {
        std::fprintf(stderr, "bench_queue: %s\n", qPrintable(error));
        return 1;
    }
    QList<qint64> connections;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"ORION_SECRET_BACKEND"_s, u"file"_s);
    env.insert(u"ORION_DB_PASSWORD"_s, u"bench-pw"_s);
    for (int i = 0; i < jobs; ++i) {
        ConnectionStore::NewConnection c = Test::newConnection(u"q%1"_s.arg(i), u"stripe"_s);
        c.settings = QJsonObject{{u"api_base"_s, stripe.baseUrl().toString()}, {u"requests_per_second"_s, 0}};
        connections << ConnectionStore(*w).createConnection(c, &error);
        env.insert(u"ORION_SECRET_Q%1_API_KEY"_s.arg(i), stripe.apiKey());
    }
    DatabaseConfig workerDb = db;
    workerDb.user = u"orion_bench_worker"_s;
    std::vector<std::unique_ptr<QProcess>> workers;
    auto startWorkers = [&](int count) {
        for (int i = 0; i < count; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->setStandardErrorFile(QProcess::nullDevice());
            p->start(QStringLiteral(ORION_CLI_PATH),
                     {u"--db"_s, workerDb.toUrl(), u"worker"_s, u"--name"_s, u"bench-%1"_s.arg(i), u"--concurrency"_s, u"1"_s, u"--no-schedule"_s});
            p->waitForStarted();
            workers.push_back(std::move(p));
        }
        // Ready when every worker has registered.
        while (scalar(*w, u"SELECT count(*) FROM sync_workers WHERE stopped_at IS NULL AND last_heartbeat > now() - interval '5 seconds'"_s) < count)
            QThread::msleep(20);
    };
    auto stopWorkers = [&] {
        double cpu = 0;
        for (auto &p : workers) {
            cpu += processCpu(p->processId());
            ::kill(pid_t(p->processId()), SIGTERM);
        }
        for (auto &p : workers)
            p->waitForFinished(30000);
        workers.clear();
        QSqlQuery(w->database()).exec(u"UPDATE sync_workers SET stopped_at = now()"_s);
        return cpu;
    };

    QJsonArray rounds;
    for (int count : {1, 2, 4}) {
        QSqlQuery(w->database()).exec(u"DELETE FROM sync_jobs"_s);
        QSqlQuery(w->database()).exec(u"DELETE FROM sync_state"_s); // every job reads its page again
        startWorkers(count);
        const double pgBefore = cpuOf("postgres"), selfBefore = selfCpu();
        QElapsedTimer t;
        t.start();
        {
            QSqlDatabase conn = w->database();
            conn.transaction();
            JobQueue queue(*w);
            for (qint64 c : connections)
                queue.enqueue({c, u"customers"_s, false, 0, 3, {}}, &error);
            conn.commit();
        }
        while (scalar(*w, u"SELECT count(*) FROM sync_jobs WHERE state NOT IN ('succeeded', 'failed')"_s) > 0)
            QThread::msleep(10);
        const qint64 ms = t.elapsed();
        const qint64 failed = scalar(*w, u"SELECT count(*) FROM sync_jobs WHERE state = 'failed'"_s);
        const double pgCpu = cpuOf("postgres") - pgBefore, benchCpu = selfCpu() - selfBefore;
        const double workerCpu = stopWorkers();
        rounds.append(QJsonObject{{u"workers"_s, count},
                                  {u"jobs"_s, jobs},
                                  {u"failed"_s, failed},
                                  {u"seconds"_s, qRound(ms / 10.0) / 100.0},
                                  {u"jobs_per_s"_s, qRound(jobs * 1000.0 / double(ms) * 10) / 10.0},
                                  {u"cpu_s"_s,
                                   QJsonObject{{u"workers"_s, qRound(workerCpu * 100) / 100.0},
                                               {u"postgres"_s, qRound(pgCpu * 100) / 100.0},
                                               {u"fake_and_bench"_s, qRound(benchCpu * 100) / 100.0}}}});
    }

    // Claim latency: two idle workers, one job at a time.
    QSqlQuery(w->database()).exec(u"DELETE FROM sync_jobs"_s);
    startWorkers(2);
    QThread::msleep(500);
    QList<double> latencies;
    for (int i = 0; i < 40; ++i) {
        JobQueue queue(*w);
        const qint64 id = queue.enqueue({connections.at(i), u"customers"_s, false, 0, 3, {}}, &error);
        while (scalar(*w, u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state IN ('succeeded', 'failed')"_s.arg(id)) == 0)
            QThread::msleep(5);
        QSqlQuery q(w->database());
        q.exec(u"SELECT extract(epoch FROM started_at - created_at) * 1000 FROM sync_jobs WHERE id = %1"_s.arg(id));
        q.next();
        latencies << q.value(0).toDouble();
        QThread::msleep(150); // idle again: the claim comes from NOTIFY, not from a poll
    }
    stopWorkers();
    std::sort(latencies.begin(), latencies.end());
    const double median = latencies.at(latencies.size() / 2);
    const double p95 = latencies.at(int(latencies.size() * 0.95));

    QJsonObject out{{u"benchmark"_s, u"job_queue"_s},
                    {u"cores"_s, QThread::idealThreadCount()},
                    {u"rounds"_s, rounds},
                    {u"claim_latency_ms"_s, QJsonObject{{u"median"_s, qRound(median * 10) / 10.0}, {u"p95"_s, qRound(p95 * 10) / 10.0}}}};
    w.reset();
    Test::dropPostgresDatabase(db.database);
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

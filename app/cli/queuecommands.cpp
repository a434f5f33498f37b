#include "queuecommands.h"

#include "command.h"
#include "output.h"

#include "runtime/credentialstore.h"
#include "runtime/sealedbox.h"
#include "services/worker.h"
#include "store/jobqueue.h"
#include "store/schedulestore.h"
#include "store/sealedsecrets.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

namespace QueueCommandsDetail {

std::atomic<bool> g_stopRequested{false};

extern "C" void requestWorkerStop(int)
{
    g_stopRequested.store(true);
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject jobJson(const QueuedJob &j)
{
    return QJsonObject{{u"id"_s, j.id},
                       {u"connection"_s, j.connectionName},
                       {u"stream"_s, j.stream},
                       {u"state"_s, QueuedJob::stateName(j.state)},
                       {u"priority"_s, j.priority},
                       {u"attempts"_s, j.attempts},
                       {u"max_attempts"_s, j.maxAttempts},
                       {u"requested_by"_s, j.requestedBy},
                       {u"lease_owner"_s, j.leaseOwner},
                       {u"scheduled_for"_s, iso(j.scheduledFor)},
                       {u"created_at"_s, iso(j.createdAt)},
                       {u"finished_at"_s, iso(j.finishedAt)},
                       {u"error_class"_s, j.errorClass},
                       {u"error"_s, j.errorMessage},
                       {u"run_id"_s, j.runId}};
}

} // namespace QueueCommandsDetail

using namespace QueueCommandsDetail;

QString workerHelp()
{
    return uR"(Usage: orion --db postgresql://… worker [--concurrency N] [--name NAME] [--lease-seconds S]
                                        [--heartbeat-ms MS] [--drain-seconds S] [--no-schedule]

Run syncs from the PostgreSQL job queue until SIGTERM or Ctrl+C. Each of N slots (default 2) claims a
job (SELECT … FOR UPDATE SKIP LOCKED), runs it with the same adapters as 'orion sync', and records the
result in the run's transaction. A lease (default 30 s) is renewed every few seconds; a job whose
worker dies is taken over when its lease expires and resumes from the stream's checkpoint. Idle
slots wake on NOTIFY and otherwise poll with backoff. Unless --no-schedule, the worker also takes
part in electing the one scheduler that queues due scheduled syncs.
SIGTERM drains: no new jobs; running ones finish, or after --drain-seconds (default 60) are cancelled
and given back to the queue. One line per job on standard error.

Secrets: a worker serves every member's connections, so it finds secrets by connection id only, never
by name and never in ORION_SECRET_… variables. With the pool's key file (--key-file, or
$ORION_WORKER_KEY_FILE, default <config>/orion-studio/worker-pool.key) it reads the secrets that
owners sealed to the pool's key when they turned on "Run on workers", and reseals rotated tokens so
every worker sees the newest; without one, this machine's keychain or secrets file, by connection id
('orion connection set-secret' as the owner).

  orion --db postgresql://… worker keygen [--key-file F] [--rotate]
makes the pool's key pair: the public key goes into the workspace, the private key into F (mode 600);
copy F to every worker. --rotate (with the current key file) makes a new pair, reseals every sealed
secret to it in one transaction and retires the old key.
)"_s;
}

QString scheduleHelp()
{
    return uR"(Usage:
  orion schedule set CONNECTION SCHEDULE [--on-workers]
  orion schedule list [--json]

SCHEDULE is "manual", "every N" with a unit (s, m, h, d; at least 1 minute), or "cron FIVE FIELDS
[TIME ZONE]" (e.g. "cron 0 6 * * mon-fri Europe/Berlin", "cron @daily"). Interval slots are aligned to
the Unix epoch. --on-workers (PostgreSQL): the scheduler queues the slots for workers instead of the
app running them. A slot missed while nothing was running is caught up once.
)"_s;
}

QString jobsHelp()
{
    return uR"(Usage (PostgreSQL):
  orion jobs enqueue CONNECTION [--stream S] [--full-refresh] [--priority P]
  orion jobs list [--state queued|running|succeeded|failed|cancelled] [--connection NAME] [--limit N] [--json]
  orion jobs cancel ID
  orion jobs retry ID
  orion workers [--json]

enqueue queues one job per stream (or only --stream S) for the workers; priority -100..100 (higher
first). cancel ends a queued job at once and asks the worker running one to stop. retry queues a
failed or cancelled job again.
)"_s;
}

QString workerKeyFile(const QCommandLineParser &parser)
{
    if (parser.isSet(u"key-file"_s))
        return parser.value(u"key-file"_s);
    if (qEnvironmentVariableIsSet("ORION_WORKER_KEY_FILE"))
        return qEnvironmentVariable("ORION_WORKER_KEY_FILE");
    return SealedBox::defaultKeyFile();
}

// A worker (or a webhook receiver) serves every owner: secrets by connection id only, never by name
// or environment. With the pool's key file, the secrets its owners sealed in the workspace; without,
// this machine's keychain or secrets file.
std::shared_ptr<CredentialStore> poolCredentials(const QCommandLineParser &parser, const DatabaseConfig &config, const QString &password,
                                                 QString *error)
{
    const QString keyFile = workerKeyFile(parser);
    if (!QFile::exists(keyFile))
        return CredentialStore::createDefault(CredentialStore::Users::Several);
    const auto key = SealedBox::readKeyFile(keyFile, error);
    if (!key)
        return nullptr;
    return std::make_shared<CredentialStore>(std::make_shared<SealedSecretBackend>(config, password, *key), CredentialStore::Users::Several);
}

// orion worker keygen [--key-file F] [--rotate]
int runKeygen(const QCommandLineParser &parser, const DatabaseConfig &config, const QString &password)
{
    if (config.engine != DatabaseConfig::Engine::PostgreSql)
        return usage(u"the worker pool key lives in a PostgreSQL workspace (--db postgresql://…)"_s);
    const QString keyFile = workerKeyFile(parser);
    QString error;
    std::optional<SealedBox::PoolKey> previous;
    if (parser.isSet(u"rotate"_s)) {
        previous = SealedBox::readKeyFile(keyFile, &error);
        if (!previous)
            return usage(u"--rotate needs the current key file: "_s + error);
    } else if (QFile::exists(keyFile)) {
        return usage(u"%1 exists; give another --key-file, or --rotate to replace the pool's key"_s.arg(keyFile));
    }
    Workspace::Options options;
    options.migrate = false;
    auto workspace = Workspace::open(config, password, &error, options);
    if (!workspace)
        return fail(error);
    const auto generated = SealedSecrets::generate(
        *workspace, previous, [&](const SealedBox::PoolKey &key, QString *keepError) { return SealedBox::writeKeyFile(keyFile, key, keepError); },
        &error);
    if (!generated)
        return fail(error);
    out() << "Worker pool key " << generated->key.id << " saved to " << QDir::toNativeSeparators(keyFile) << " (owner-only)." << Qt::endl;
    if (previous)
        out() << "Resealed " << generated->resealed << " secret(s) from key " << previous->id << "; copy the new key file to every worker "
              << "and restart them." << Qt::endl;
    else
        out() << "Copy this file to every worker (mode 600). Owners' desktops seal secrets to it when \"Run on workers\" is on." << Qt::endl;
    return 0;
}

int runWorker(const QCommandLineParser &parser, const DatabaseConfig &config, const QString &password)
{
    Worker::Options options;
    options.database = config;
    options.password = password;
    options.name = parser.value(u"name"_s);
    QString error;
    if (!intOption(parser, u"concurrency"_s, 1, 64, &options.concurrency, &error)
        || !intOption(parser, u"lease-seconds"_s, 2, 3600, &options.leaseSeconds, &error)
        || !intOption(parser, u"heartbeat-ms"_s, 100, 600000, &options.heartbeatMs, &error)
        || !intOption(parser, u"drain-seconds"_s, 0, 86400, &options.drainSeconds, &error))
        return usage(error);
    if (config.engine != DatabaseConfig::Engine::PostgreSql)
        return usage(u"workers need a PostgreSQL workspace (--db postgresql://…); on SQLite the app runs schedules itself"_s);
    options.schedule = !parser.isSet(u"no-schedule"_s);
    const auto credentials = poolCredentials(parser, config, password, &error);
    if (!credentials)
        return fail(error);
    Worker worker(options, credentials);
    worker.setLogHandler([](const QString &line) {
        QTextStream err(stderr);
        err << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << line << Qt::endl;
    });
    g_stopRequested = false;
    std::signal(SIGTERM, requestWorkerStop);
    std::signal(SIGINT, requestWorkerStop);
    if (!worker.start(&error)) {
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        return fail(error);
    }
    // The main thread waits for a signal (or for the worker to give up: no database for heartbeats).
    while (!g_stopRequested.load() && !worker.isStopping())
        QThread::msleep(50);
    worker.stop();
    worker.waitFinished();
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
    return 0;
}

int runSchedule(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace &workspace)
{
    QString error;
    ScheduleStore scheduler(workspace);
    if (sub == "set"_L1) {
        const auto schedule = Schedule::fromText(args.value(1), &error);
        if (!schedule)
            return usage(error);
        const bool onWorkers = parser.isSet(u"on-workers"_s);
        if (onWorkers && !workspace.isPostgres())
            return usage(u"--on-workers needs a PostgreSQL workspace"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!scheduler.setSchedule(args.value(0), *schedule, onWorkers, now, &error))
            return error.startsWith(u"There is no connection"_s) ? usage(error) : fail(error);
        const QDateTime next = schedule->nextAfter(now);
        out() << args.value(0) << ": " << schedule->describe() << (next.isValid() ? u", next run %1"_s.arg(next.toString(Qt::ISODate)) : QString())
              << (onWorkers ? u" (on workers)"_s : QString()) << Qt::endl;
        return 0;
    }
    const auto entries = scheduler.scheduled(&error);
    if (!error.isEmpty())
        return fail(error);
    for (const ScheduleStore::Entry &e : entries) {
        if (parser.isSet(u"json"_s)) {
            out() << QJsonDocument(QJsonObject{{u"connection"_s, e.connection},
                                               {u"schedule"_s, e.schedule.toText()},
                                               {u"on_workers"_s, e.runOnWorkers},
                                               {u"next_run"_s, iso(e.nextSyncAt)}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        } else {
            out() << e.connection << '\t' << e.schedule.toText() << '\t' << (e.nextSyncAt.isValid() ? iso(e.nextSyncAt) : u"-"_s)
                  << (e.runOnWorkers ? u"\ton workers"_s : QString()) << Qt::endl;
        }
    }
    return 0;
}

int runJobs(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace &workspace)
{
    QString error;
    JobQueue queue(workspace);
    if (!workspace.isPostgres())
        return usage(u"the job queue needs a PostgreSQL workspace (--db postgresql://…)"_s);
    if (sub == "enqueue"_L1) {
        int priority = 0;
        if (!intOption(parser, u"priority"_s, -100, 100, &priority, &error))
            return usage(error);
        const QList<qint64> ids
            = queue.enqueueConnection(args.value(0), parser.value(u"stream"_s), parser.isSet(u"full-refresh"_s), priority, &error);
        if (ids.isEmpty())
            return error.startsWith(u"There is no connection"_s) || error.contains(u"has no stream"_s) ? usage(error) : fail(error);
        for (qint64 id : ids)
            out() << id << Qt::endl;
        return 0;
    }
    if (sub == "cancel"_L1 || sub == "retry"_L1) {
        bool ok = false;
        const qint64 id = args.value(0).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(u"jobs %1 takes a job id (see 'orion jobs list')"_s.arg(sub));
        if (!(sub == "cancel"_L1 ? queue.cancel(id, &error) : queue.retry(id, &error)))
            return fail(error);
        return 0;
    }
    // list
    JobQueue::Filter filter;
    if (parser.isSet(u"state"_s)) {
        filter.state = QueuedJob::stateFromName(parser.value(u"state"_s));
        if (!filter.state)
            return usage(u"--state must be queued, running, succeeded, failed or cancelled"_s);
    }
    filter.connection = parser.value(u"connection"_s);
    if (!intOption(parser, u"limit"_s, 1, 10000, &filter.limit, &error))
        return usage(error);
    const QList<QueuedJob> jobs = queue.list(filter, &error);
    if (!error.isEmpty())
        return fail(error);
    for (const QueuedJob &j : jobs) {
        if (parser.isSet(u"json"_s))
            out() << QJsonDocument(jobJson(j)).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            out() << j.id << '\t' << j.connectionName << '/' << j.stream << '\t' << QueuedJob::stateName(j.state) << '\t' << j.attempts << '/'
                  << j.maxAttempts << '\t' << (j.leaseOwner.isEmpty() ? u"-"_s : j.leaseOwner) << '\t' << j.errorMessage << Qt::endl;
    }
    return 0;
}

int runWorkers(const QCommandLineParser &parser, Workspace &workspace)
{
    if (!workspace.isPostgres())
        return usage(u"workers need a PostgreSQL workspace (--db postgresql://…)"_s);
    QString error;
    const QList<WorkerInfo> workers = JobQueue(workspace).workers(120, &error);
    if (!error.isEmpty())
        return fail(error);
    for (const WorkerInfo &w : workers) {
        if (parser.isSet(u"json"_s)) {
            out() << QJsonDocument(QJsonObject{{u"name"_s, w.name},
                                               {u"host"_s, w.host},
                                               {u"pid"_s, w.pid},
                                               {u"concurrency"_s, w.concurrency},
                                               {u"running"_s, w.running},
                                               {u"jobs_done"_s, w.jobsDone},
                                               {u"last_heartbeat"_s, iso(w.lastHeartbeat)},
                                               {u"stopped_at"_s, iso(w.stoppedAt)}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        } else {
            out() << w.name << '\t' << w.host << '\t' << w.running << '/' << w.concurrency << " running\t" << w.jobsDone << " done\t"
                  << (w.stoppedAt.isValid() ? u"stopped "_s + iso(w.stoppedAt) : u"heartbeat "_s + iso(w.lastHeartbeat)) << Qt::endl;
        }
    }
    return 0;
}

QList<Command> queueCommands()
{
    return {
        {u"worker"_s, workerHelp,
         [](Invocation &i) {
             if (i.args.isEmpty() || (i.args == QStringList{u"keygen"_s} && !i.takeSub().isEmpty()))
                 return 0;
             return usage(u"worker takes no argument, or keygen; run 'orion worker --help'"_s);
         },
         [](const Invocation &) { return Command::Needs::Address; }, nullptr,
         [](Invocation &i, Workspace *) {
             return i.sub == "keygen"_L1 ? runKeygen(i.parser, i.config, i.password) : runWorker(i.parser, i.config, i.password);
         }},
        {u"schedule"_s, scheduleHelp,
         [](Invocation &i) {
             const QString sub = i.takeSub();
             if ((sub == "set"_L1 && i.args.size() == 2) || (sub == "list"_L1 && i.args.isEmpty()))
                 return 0;
             return usage(u"schedule takes set CONNECTION SCHEDULE or list; run 'orion schedule --help'"_s);
         },
         nullptr, nullptr, [](Invocation &i, Workspace *w) { return runSchedule(i.sub, i.args, i.parser, *w); }},
        {u"jobs"_s, jobsHelp,
         [](Invocation &i) {
             const QHash<QString, int> arity{{u"enqueue"_s, 1}, {u"list"_s, 0}, {u"cancel"_s, 1}, {u"retry"_s, 1}};
             const QString sub = i.takeSub();
             if (!arity.contains(sub) || i.args.size() != arity.value(sub))
                 return usage(u"jobs takes enqueue CONNECTION, list, cancel ID or retry ID; run 'orion jobs --help'"_s);
             return 0;
         },
         nullptr, nullptr, [](Invocation &i, Workspace *w) { return runJobs(i.sub, i.args, i.parser, *w); }},
        {u"workers"_s, jobsHelp, nullptr, nullptr, nullptr, [](Invocation &i, Workspace *w) { return runWorkers(i.parser, *w); }},
    };
}

} // namespace Orion::Cli

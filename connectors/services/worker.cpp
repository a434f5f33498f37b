#include "services/worker.h"

#include "services/syncjob.h"
#include "store/jobqueue.h"
#include "store/schedulestore.h"
#include "store/workspace.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimer>

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Orion {

struct Worker::Private
{
    Options options;
    std::shared_ptr<CredentialStore> credentials;
    std::function<void(const QString &)> log;
    std::mutex logMutex;

    std::atomic<bool> stopping{false};
    std::atomic<int> activeSlots{0};
    std::atomic<int> completed{0};

    // Idle slots wait here; a notification or stop() wakes them.
    std::mutex wakeMutex;
    std::condition_variable wake;
    quint64 generation = 0;

    // Jobs running now, for cancellation requests and the drain deadline.
    std::mutex runningMutex;
    struct Running
    {
        SyncJob *job = nullptr;
        QString leaseToken;     // this process's claim, renewed by the heartbeats
        qint64 recordsRead = 0; // progress, for the heartbeats
        bool givenBack = false; // cancelled by the drain: released to the queue, not ended
    };
    std::map<qint64, Running> running;

    std::vector<std::thread> slots;
    QThread *control = nullptr;

    void say(const QString &line)
    {
        std::lock_guard lock(logMutex);
        if (log)
            log(line);
    }
    void wakeAll()
    {
        {
            std::lock_guard lock(wakeMutex);
            ++generation;
        }
        wake.notify_all();
    }
    void idle(int ms)
    {
        std::unique_lock lock(wakeMutex);
        const quint64 seen = generation;
        wake.wait_for(lock, std::chrono::milliseconds(ms), [&] { return stopping.load() || generation != seen; });
    }
    void cancelJob(qint64 id, bool giveBack)
    {
        std::lock_guard lock(runningMutex);
        if (const auto it = running.find(id); it != running.end()) {
            it->second.givenBack = it->second.givenBack || giveBack;
            it->second.job->cancel();
        }
    }
    bool isGivenBack(qint64 id)
    {
        std::lock_guard lock(runningMutex);
        const auto it = running.find(id);
        return it != running.end() && it->second.givenBack;
    }

    std::unique_ptr<Workspace> openWorkspace(const QString &purpose, QString *error) const
    {
        Workspace::Options o;
        o.migrate = false;
        o.createIfMissing = false;
        o.applicationName = u"orion-worker-"_s + purpose; // no spaces: it goes into the connection string
        auto w = Workspace::open(options.database, options.password, error, o);
        if (w && !w->isPostgres()) {
            *error = u"Workers need a PostgreSQL workspace (postgresql://…); on SQLite the app runs schedules itself."_s;
            return nullptr;
        }
        if (w && w->schemaVersion() < 11) {
            *error = u"The workspace's schema is version %1; run \"orion migrate\" with this version first."_s.arg(w->schemaVersion());
            return nullptr;
        }
        return w;
    }

    void slotLoop(int index);
    void runJob(Workspace &workspace, const QueuedJob &job);
    void controlLoop();
};

Worker::Worker(Options options, std::shared_ptr<CredentialStore> credentials)
    : d(std::make_unique<Private>())
{
    if (options.name.isEmpty())
        options.name = defaultName();
    options.concurrency = std::clamp(options.concurrency, 1, 64);
    options.leaseSeconds = std::max(options.leaseSeconds, 2);
    options.heartbeatMs = std::clamp(options.heartbeatMs, 100, options.leaseSeconds * 1000 / 2);
    d->options = std::move(options);
    d->credentials = std::move(credentials);
}

Worker::~Worker()
{
    stop();
    waitFinished();
}

QString Worker::defaultName()
{
    return QHostInfo::localHostName() + u':' + QString::number(QCoreApplication::applicationPid());
}

void Worker::setLogHandler(std::function<void(const QString &)> log)
{
    d->log = std::move(log);
}

bool Worker::isStopping() const
{
    return d->stopping.load();
}

bool Worker::start(QString *error)
{
    auto workspace = d->openWorkspace(u"start"_s, error);
    if (!workspace)
        return false;
    if (!JobQueue(*workspace)
             .registerWorker(d->options.name, QHostInfo::localHostName(), QCoreApplication::applicationPid(), d->options.concurrency, error))
        return false;
    workspace.reset();
    d->say(u"worker %1: %2 slot(s), lease %3 s, on %4"_s.arg(d->options.name)
               .arg(d->options.concurrency)
               .arg(d->options.leaseSeconds)
               .arg(d->options.database.displayName()));
    d->activeSlots = d->options.concurrency;
    d->control = QThread::create([this] { d->controlLoop(); });
    d->control->start();
    for (int i = 0; i < d->options.concurrency; ++i)
        d->slots.emplace_back([this, i] { d->slotLoop(i); });
    return true;
}

void Worker::stop()
{
    if (!d->stopping.exchange(true))
        d->wakeAll();
}

int Worker::waitFinished()
{
    for (std::thread &t : d->slots)
        if (t.joinable())
            t.join();
    d->slots.clear();
    if (d->control) {
        d->control->wait();
        delete d->control;
        d->control = nullptr;
    }
    return d->completed.load();
}

void Worker::Private::slotLoop(int index)
{
    QString error;
    std::unique_ptr<Workspace> workspace;
    int idleMs = 50;
    while (!stopping.load()) {
        if (!workspace) {
            workspace = openWorkspace(u"slot%1"_s.arg(index), &error);
            if (!workspace) {
                say(u"worker %1: cannot reach the database: %2"_s.arg(options.name, error));
                idle(std::min(idleMs *= 2, 30000));
                continue;
            }
        }
        error.clear();
        const auto job = JobQueue(*workspace).claim(options.name, options.leaseSeconds, &error);
        if (!error.isEmpty()) {
            say(u"worker %1: %2"_s.arg(options.name, error));
            if (!workspace->database().isOpen() || workspace->database().lastError().type() == QSqlError::ConnectionError)
                workspace.reset(); // reconnect
            idle(std::min(idleMs *= 2, options.maxPollMs));
            continue;
        }
        if (!job) {
            idle(idleMs);
            idleMs = std::min(idleMs * 2, options.maxPollMs);
            continue;
        }
        idleMs = 50;
        runJob(*workspace, *job);
    }
    --activeSlots;
}

void Worker::Private::runJob(Workspace &workspace, const QueuedJob &job)
{
    SyncRequest request;
    request.database = options.database;
    request.databasePassword = options.password;
    request.connectionId = job.connectionId;
    request.stream = job.stream;
    request.fullRefresh = job.fullRefresh;
    const QString me = options.name;
    const JobLease lease{job.id, job.leaseToken, me};
    request.onRecorded = [this, lease](Workspace &w, const SyncResult &result, QString *error) {
        JobQueue queue(w);
        if (isGivenBack(lease.jobId)) {
            if (queue.release(lease, 0, error))
                return true;
            if (error->isEmpty())
                *error = u"Job %1 is no longer leased to %2."_s.arg(lease.jobId).arg(lease.worker);
            return false;
        }
        return queue.complete(lease, result, error);
    };
    SyncJob sync(request, credentials);
    sync.setHttpOptions(options.http);
    sync.setProgressHandler([this, id = job.id](const SyncProgress &p) {
        std::lock_guard lock(runningMutex);
        running[id].recordsRead = p.recordsRead;
    });
    {
        std::lock_guard lock(runningMutex);
        running[job.id] = Running{&sync, job.leaseToken};
    }
    const QList<SyncResult> results = sync.run(workspace);
    const bool givenBackNow = isGivenBack(job.id);
    {
        std::lock_guard lock(runningMutex);
        running.erase(job.id);
    }
    const SyncResult r = results.value(0);
    const QString what = u"job %1 %2/%3 (attempt %4)"_s.arg(job.id).arg(job.connectionName, job.stream).arg(job.attempts);
    QString error;
    JobQueue queue(workspace);
    switch (r.outcome) {
    case SyncResult::Outcome::Ran:
        if (givenBackNow) {
            say(u"%1: stopped by the shutdown after %2 records; back in the queue"_s.arg(what).arg(r.recordsRead));
        } else {
            ++completed;
            say(u"%1: %2 — %3 read, %4 written, %5 failed in %6 ms%7"_s.arg(what, SyncRun::statusName(r.status))
                    .arg(r.recordsRead)
                    .arg(r.recordsWritten)
                    .arg(r.recordsFailed)
                    .arg(r.durationMs)
                    .arg(r.error.isEmpty() ? QString() : u": "_s + r.error));
        }
        break;
    case SyncResult::Outcome::Refused:
        // The stream is syncing elsewhere (a worker whose lease expired but that is still alive, or
        // the app): try again shortly, without counting an attempt.
        queue.release(lease, 5, &error);
        say(u"%1: the stream is busy elsewhere; back in the queue"_s.arg(what));
        break;
    case SyncResult::Outcome::Invalid: {
        // Nothing ran (deleted connection, missing secret, bad settings): the job fails for good.
        SyncResult failed = r;
        failed.status = SyncRun::Status::Failed;
        failed.errorClass = ErrorClass::Config;
        if (!queue.complete(lease, failed, &error))
            say(u"%1: %2"_s.arg(what, error));
        else
            ++completed;
        say(u"%1: failed — %2"_s.arg(what, r.error));
        break;
    }
    case SyncResult::Outcome::Error:
        // The database failed us, or the lease was lost to another worker: whoever holds the job
        // now finishes it; otherwise it is retried.
        queue.release(lease, 10, &error);
        say(u"%1: not recorded: %2"_s.arg(what, r.error));
        break;
    }
}

void Worker::Private::controlLoop()
{
    QString error;
    auto workspace = openWorkspace(u"control"_s, &error);
    if (!workspace) {
        say(u"worker %1: cannot reach the database for heartbeats: %2"_s.arg(options.name, error));
        stopping = true;
        wakeAll();
        return;
    }
    QEventLoop loop;
    QSqlDriver *driver = workspace->database().driver();
    if (driver->subscribeToNotification(u"orion_job_queued"_s))
        QObject::connect(driver, &QSqlDriver::notification, &loop, [this] { wakeAll(); });
    bool leader = false;
    auto beat = [&] {
        error.clear();
        QHash<qint64, JobQueue::Held> now;
        {
            std::lock_guard lock(runningMutex);
            for (const auto &[id, job] : running)
                now.insert(id, {job.leaseToken, job.recordsRead});
        }
        // Stops what was cancelled, and what this process no longer holds.
        const QList<qint64> cancelled = JobQueue(*workspace).heartbeat(options.name, options.leaseSeconds, now, &error);
        if (!error.isEmpty())
            say(u"worker %1: %2"_s.arg(options.name, error));
        for (qint64 id : cancelled)
            cancelJob(id, false);
        if (options.schedule && !stopping.load()) {
            error.clear();
            bool leads = false;
            const int queued = ScheduleStore(*workspace).enqueueDue(QDateTime::currentDateTimeUtc(), &leads, &error);
            if (leads != leader) {
                leader = leads;
                if (leads)
                    say(u"worker %1: now the scheduler"_s.arg(options.name));
            }
            if (!error.isEmpty())
                say(u"worker %1: scheduler: %2"_s.arg(options.name, error));
            else if (queued > 0)
                say(u"worker %1: scheduler queued %2 job(s)"_s.arg(options.name).arg(queued));
        }
    };
    QTimer heartbeat;
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, beat);
    heartbeat.start(options.heartbeatMs);
    beat();
    QElapsedTimer draining;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (!stopping.load())
            return;
        if (!draining.isValid()) {
            draining.start();
            say(u"worker %1: stopping; finishing running jobs (at most %2 s)"_s.arg(options.name).arg(options.drainSeconds));
        }
        if (activeSlots.load() == 0) {
            loop.quit();
            return;
        }
        if (draining.elapsed() > qint64(options.drainSeconds) * 1000) {
            std::vector<qint64> ids;
            {
                std::lock_guard lock(runningMutex);
                for (const auto &[id, job] : running)
                    if (!job.givenBack)
                        ids.push_back(id);
            }
            for (qint64 id : ids)
                cancelJob(id, true);
        }
    });
    watch.start(50);
    loop.exec();
    heartbeat.stop();
    error.clear();
    JobQueue(*workspace).workerStopped(options.name, &error);
    say(u"worker %1: stopped after %2 job(s)"_s.arg(options.name).arg(completed.load()));
}

} // namespace Orion

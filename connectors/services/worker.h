#pragma once

#include "runtime/httpclient.h"
#include "workspace/databaseconfig.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Orion {

class CredentialStore;

// A headless worker on the PostgreSQL job queue: `concurrency` slots, each on its own thread with its
// own database connection, claim jobs, run them with the same SyncJob the app and the CLI use, and
// record each job's result in the run's transaction. A control thread LISTENs for new jobs (idle
// slots otherwise poll with backoff), renews the leases every few seconds, passes cancellation
// requests on, and takes part in the scheduler election. stop() drains: no new claims; running jobs
// finish, or after `drainSeconds` are cancelled and given back to the queue.
class Worker
{
public:
    struct Options
    {
        DatabaseConfig database;
        QString password;
        QString name;        // unique among workers; default host:pid
        int concurrency = 2; // 1..64
        int leaseSeconds = 30;
        int heartbeatMs = 5000;
        int maxPollMs = 5000; // the longest idle wait without a notification
        int drainSeconds = 60;
        bool schedule = true; // take part in the scheduler election
        HttpClient::Options http;
    };

    Worker(Options options, std::shared_ptr<CredentialStore> credentials);
    ~Worker();

    // One line per job, and lines about the worker itself.
    void setLogHandler(std::function<void(const QString &)> log);

    // Registers the worker and starts its threads; false with *error when the database is not usable.
    bool start(QString *error);
    void stop();        // thread-safe and async-signal-safe to request: sets a flag
    int waitFinished(); // blocks until every slot has stopped; returns the jobs this worker completed
    bool isStopping() const;

    static QString defaultName();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Orion

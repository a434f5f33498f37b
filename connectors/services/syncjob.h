#pragma once

#include "adapters/connector.h"
#include "runtime/httpclient.h"
#include "store/connectionstore.h"
#include "store/syncresult.h"
#include "sync/syncrun.h"
#include "workspace/databaseconfig.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

namespace Orion {

class CredentialStore;
class Workspace;

struct SyncRequest
{
    DatabaseConfig database;
    QString databasePassword;
    QString connection;      // by name
    qint64 connectionId = 0; // or by id (workers: names are unique per owner only)
    QString stream;          // empty = every stream of the connector, one run each
    bool fullRefresh = false;
    // Runs inside the transaction that records each run (workers write the job's result there);
    // returning false rolls the run's record back and makes the result an Error.
    std::function<bool(Workspace &, const SyncResult &, QString *)> onRecorded;
};

struct SyncProgress
{
    QString stream;
    qint64 recordsRead = 0;
    qint64 recordsWritten = 0;
    qint64 recordsDeleted = 0;
    qint64 recordsFailed = 0;
    qint64 pages = 0;
    qint64 elapsedMs = 0;
    double recordsPerSecond = 0;
    qint64 totalEstimate = -1; // when the API reports how many records the stream has
    qint64 requests = 0;       // HTTP requests sent so far, retries included
    double requestsPerSecond = 0;
    int partitions = 0; // windows of a partitioned read (0: read as one)
    int partitionsDone = 0;
    int readers = 0; // reading a window now
};

// The connection a job works on: its row, its connector and its settings with defaults applied.
struct ResolvedConnection
{
    ConnectionStore::Connection connection;
    const Connector *connector = nullptr;
    QJsonObject settings;

    SecretOwner secretOwner() const { return SecretOwner::connection(connection.uid, connection.name, connection.legacySecretName); }
};

struct PushResult
{
    SyncResult::Outcome outcome = SyncResult::Outcome::Ran;
    WriteOutcome write;
    QString error; // Invalid / Error
    qint64 durationMs = 0;
};

// One sync of one connection, run synchronously on the calling thread with its own HTTP client and
// database connection: the GUI runs it on a pool thread (SyncService), the CLI on its main thread,
// workers on theirs. Thread-safe: cancel().
class SyncJob
{
    Q_DECLARE_TR_FUNCTIONS(Orion::SyncJob)
public:
    SyncJob(SyncRequest request, std::shared_ptr<CredentialStore> credentials);
    ~SyncJob();

    void setProgressHandler(std::function<void(const SyncProgress &)> handler) { m_onProgress = std::move(handler); }
    void setLogHandler(std::function<void(const QString &)> handler) { m_onLog = std::move(handler); }
    void setHttpOptions(const HttpClient::Options &options) { m_httpOptions = options; }
    void cancel() { m_cancel.store(true); }
    const std::atomic<bool> *cancelFlag() const { return &m_cancel; }

    // Runs every requested stream; one result per stream (a single Invalid/Refused/Error result when the
    // job could not start).
    QList<SyncResult> run();
    // The same on a workspace the caller opened (and keeps open between jobs).
    QList<SyncResult> run(Workspace &workspace);

    static constexpr int kMaxLogLines = 2000;

    // Looks up the connection `name`, its connector and validated settings, and checks that its required
    // secrets are set. Ran on success; Invalid (a usage error, *error says which) or Error otherwise.
    static SyncResult::Outcome resolve(Workspace &workspace, const QString &name, const std::shared_ptr<CredentialStore> &credentials,
                                       ResolvedConnection *resolved, QString *error);
    static SyncResult::Outcome resolve(Workspace &workspace, qint64 connectionId, const std::shared_ptr<CredentialStore> &credentials,
                                       ResolvedConnection *resolved, QString *error);

    // Writes unified customers to the connection's service (Stripe creates with idempotency keys,
    // HubSpot upserts by email in batches). Runs on the calling thread.
    static PushResult pushCustomers(const SyncRequest &request, const std::shared_ptr<CredentialStore> &credentials,
                                    const UnifiedCustomers &customers, const HttpClient::Options &options,
                                    const std::function<void(const QString &)> &log, const Connector::WriteOptions &writeOptions = {},
                                    const std::atomic<bool> *cancel = nullptr);

private:
    SyncResult runStream(Workspace &workspace, const ResolvedConnection &info, const QString &stream);
    void checkDrift(Workspace &workspace, qint64 connectionId, const class DriftCheck &drift, const DriftFindings &before, SyncResult *result);
    void log(const QString &line);

    SyncRequest m_request;
    std::shared_ptr<CredentialStore> m_credentials;
    HttpClient::Options m_httpOptions;
    std::atomic<bool> m_cancel{false};
    std::function<void(const SyncProgress &)> m_onProgress;
    std::function<void(const QString &)> m_onLog;
    QMutex m_logMutex;
    QStringList m_runLog;
    qint64 m_droppedLogLines = 0;
};

} // namespace Orion

Q_DECLARE_METATYPE(Orion::SyncProgress)

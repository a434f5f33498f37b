#include "services/syncjob.h"

#include "adapters/connectorsession.h"
#include "adapters/declarative/declarativeconnector.h"
#include "mapping/driftcheck.h"
#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "runtime/ratebudget.h"
#include "services/alerts.h"
#include "services/pagepipeline.h"
#include "services/workspacesettings.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/mappingstore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <climits>

using namespace Qt::StringLiterals;

namespace Orion {

namespace SyncJobDetail {

// Two syncs of one connection and stream never run at once, across threads and processes:
// a lock file beside a SQLite workspace (released by the OS if the process dies), a session-level
// advisory lock on PostgreSQL (released when the connection drops).
class StreamLock
{
public:
    StreamLock(Workspace &workspace, qint64 connectionId, const QString &stream)
        : m_workspace(workspace)
    {
        const QByteArray key = QByteArray::number(connectionId) + ':' + stream.toUtf8();
        if (workspace.isPostgres()) {
            m_key = qint32(qFromBigEndian<quint32>(QCryptographicHash::hash(key, QCryptographicHash::Sha1).constData()));
        } else {
            const QFileInfo db(workspace.config().sqlitePath);
            const QString dir = db.absolutePath() + u"/."_s + db.fileName() + u".locks"_s;
            QDir().mkpath(dir);
            m_file = std::make_unique<QLockFile>(dir + u'/' + QString::number(connectionId) + u'-' + QString::fromLatin1(stream.toUtf8().toHex())
                                                 + u".lock"_s);
            m_file->setStaleLockTime(std::chrono::milliseconds(0)); // only a dead owner makes it stale
        }
    }
    ~StreamLock()
    {
        if (!m_held)
            return;
        if (m_file) {
            m_file->unlock();
        } else {
            QSqlQuery q(m_workspace.database());
            q.prepare(u"SELECT pg_advisory_unlock(1330795087, ?)"_s);
            q.addBindValue(m_key);
            q.exec();
        }
    }

    bool tryLock(QString *holder)
    {
        if (m_file) {
            m_held = m_file->tryLock(std::chrono::milliseconds(0));
            if (!m_held) {
                qint64 pid = 0;
                QString host, app;
                if (m_file->getLockInfo(&pid, &host, &app))
                    *holder = u"process %1 on %2"_s.arg(pid).arg(host);
            }
            return m_held;
        }
        QSqlQuery q(m_workspace.database());
        q.prepare(u"SELECT pg_try_advisory_lock(1330795087, ?)"_s);
        q.addBindValue(m_key);
        m_held = q.exec() && q.next() && q.value(0).toBool();
        if (!m_held)
            *holder = u"another session"_s;
        return m_held;
    }

private:
    Workspace &m_workspace;
    std::unique_ptr<QLockFile> m_file;
    qint32 m_key = 0;
    bool m_held = false;
};

SyncResult invalid(const SyncRequest &request, SyncResult::Outcome outcome, const QString &error)
{
    SyncResult result;
    result.outcome = outcome;
    result.connection = request.connection;
    result.stream = request.stream;
    result.errorClass = outcome == SyncResult::Outcome::Error ? ErrorClass::System : ErrorClass::Config;
    result.error = error;
    return result;
}

// A custom connector's own mappings, as drift alarms watch them when no rule is approved.
FieldBaselines specFields(const Connector &connector, const QString &stream)
{
    const auto *declarative = dynamic_cast<const DeclarativeConnector *>(&connector);
    return declarative ? declarative->spec().mappedFields(stream) : FieldBaselines();
}

// Approved mappings drive the stream: each record is rebuilt from its source (raw) record by the
// approved rules; fields without a rule stay empty. The connector's id is kept when no rule maps
// external_id, so upserts stay keyed. Field errors are collected and logged, never thrown; a record
// that cannot be built (e.g. a mapped id that is empty) is dropped and counted as failed.
template<typename Record> void remapRecords(const MappingSet &mapping, QList<Record> *records, qint64 *failed, QStringList *problems)
{
    QList<Record> mapped;
    mapped.reserve(records->size());
    for (const Record &original : std::as_const(*records)) {
        MappingSet::Result r = mapping.apply(original.raw); // filled from rawText by the caller
        if (!r.unified.contains("external_id"_L1))
            r.unified.insert(u"external_id"_s, original.externalId);
        if constexpr (std::is_same_v<Record, UnifiedInvoice>) {
            if (!r.unified.contains("status"_L1))
                r.unified.insert(u"status"_s, UnifiedInvoice::statusName(original.status));
            if (!r.unified.contains("line_items"_L1)) // line items are not mapped field by field
                r.unified.insert(u"line_items"_s, original.toJson().value("line_items"_L1));
        }
        for (const MappingSet::FieldError &e : std::as_const(r.errors)) {
            if (problems->size() < 20)
                problems->append(u"%1: %2 ← %3: %4"_s.arg(original.externalId, e.targetField, e.sourcePath, e.message));
        }
        Record record;
        QString error;
        if (!Record::fromJson(r.unified, &record, &error)) {
            ++*failed;
            if (problems->size() < 20)
                problems->append(u"%1: %2"_s.arg(original.externalId, error));
            continue;
        }
        record.connectionId = original.connectionId;
        record.source = original.source;
        record.raw = original.raw;
        record.rawText = original.rawText;
        mapped.append(std::move(record));
    }
    *records = std::move(mapped);
}

SyncResult::Outcome resolveConnection(Workspace &workspace, const ConnectionStore::Connection &found,
                                      const std::shared_ptr<CredentialStore> &credentials, ResolvedConnection *resolved, QString *error);

} // namespace SyncJobDetail

SyncJob::SyncJob(SyncRequest request, std::shared_ptr<CredentialStore> credentials)
    : m_request(std::move(request))
    , m_credentials(std::move(credentials))
{
}

SyncJob::~SyncJob() = default;

void SyncJob::log(const QString &line)
{
    QMutexLocker locker(&m_logMutex); // readers log from their own threads
    const QString stamped = QDateTime::currentDateTimeUtc().toString(u"HH:mm:ss.zzz"_s) + u"  "_s + line;
    if (m_runLog.size() < kMaxLogLines)
        m_runLog.append(stamped);
    else
        ++m_droppedLogLines;
    if (m_onLog)
        m_onLog(stamped);
}

SyncResult::Outcome SyncJob::resolve(Workspace &workspace, const QString &name, const std::shared_ptr<CredentialStore> &credentials,
                                     ResolvedConnection *resolved, QString *error)
{
    using Outcome = SyncResult::Outcome;
    const auto connection = ConnectionStore(workspace).connectionByName(name, error);
    if (!connection) {
        if (!error->isEmpty())
            return Outcome::Error;
        *error = tr("There is no connection named \"%1\".").arg(name);
        return Outcome::Invalid;
    }
    return SyncJobDetail::resolveConnection(workspace, *connection, credentials, resolved, error);
}

SyncResult::Outcome SyncJob::resolve(Workspace &workspace, qint64 connectionId, const std::shared_ptr<CredentialStore> &credentials,
                                     ResolvedConnection *resolved, QString *error)
{
    using Outcome = SyncResult::Outcome;
    const auto connection = ConnectionStore(workspace).connectionById(connectionId, error);
    if (!connection) {
        if (!error->isEmpty())
            return Outcome::Error;
        *error = tr("There is no connection with id %1 (it was deleted).").arg(connectionId);
        return Outcome::Invalid;
    }
    return SyncJobDetail::resolveConnection(workspace, *connection, credentials, resolved, error);
}

SyncResult::Outcome SyncJobDetail::resolveConnection(Workspace &workspace, const ConnectionStore::Connection &found,
                                                     const std::shared_ptr<CredentialStore> &credentials, ResolvedConnection *resolved,
                                                     QString *error)
{
    using Outcome = SyncResult::Outcome;
    const std::optional<ConnectionStore::Connection> connection = found;
    QString customError;
    const Connector *connector = CustomConnectorStore::resolve(workspace, connection->connectorId, connection->owner, &customError);
    if (!connector && !customError.isEmpty()) {
        *error = customError;
        return Outcome::Invalid;
    }
    if (!connector) {
        *error = SyncJob::tr("Connection \"%1\" uses the connector \"%2\", which this version does not have.")
                     .arg(connection->name, connection->connectorId);
        return Outcome::Invalid;
    }
    const auto settings = connector->validateSettings(connection->settings, error);
    if (!settings)
        return Outcome::Invalid;
    // Missing secrets are a usage error: nothing is recorded.
    ConnectorContext probe;
    probe.connectionName = connection->name;
    probe.secretOwner = SecretOwner::connection(connection->uid, connection->name, connection->legacySecretName);
    probe.settings = *settings;
    probe.credentials = credentials;
    for (const SettingSpec &secret : connector->secretSettings()) {
        const QString when = secret.visibleWhen;
        if (!secret.required || (!when.isEmpty() && probe.setting(when.section(u'=', 0, 0)) != when.section(u'=', 1)))
            continue;
        Failure failure;
        if (!probe.secret(secret.key, &failure)) {
            *error = failure.message;
            return Outcome::Invalid;
        }
    }
    *resolved = {*connection, connector, *settings};
    return Outcome::Ran;
}

PushResult SyncJob::pushCustomers(const SyncRequest &request, const std::shared_ptr<CredentialStore> &credentials, const UnifiedCustomers &customers,
                                  const HttpClient::Options &options, const std::function<void(const QString &)> &log,
                                  const Connector::WriteOptions &writeOptions, const std::atomic<bool> *cancel)
{
    PushResult result;
    QString error;
    Workspace::Options workspaceOptions;
    workspaceOptions.applicationName = u"orion-push"_s;
    workspaceOptions.createIfMissing = false;
    auto workspace = Workspace::open(request.database, request.databasePassword, &error, workspaceOptions);
    if (!workspace) {
        result.outcome = SyncResult::Outcome::Error;
        result.error = error;
        return result;
    }
    ResolvedConnection resolved;
    result.outcome = resolve(*workspace, request.connection, credentials, &resolved, &error);
    if (result.outcome == SyncResult::Outcome::Ran && !(resolved.connector->capabilities() & Capability::Write)) {
        result.outcome = SyncResult::Outcome::Invalid;
        error = tr("%1 does not support writing customers.").arg(resolved.connector->displayName());
    }
    if (result.outcome != SyncResult::Outcome::Ran) {
        result.error = error;
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    ConnectorSession session(*resolved.connector, resolved.connection.id, resolved.secretOwner(), resolved.settings, credentials, options);
    if (log)
        session.http().setLogger(log);
    if (cancel)
        session.http().setCancelFlag(cancel);
    if (!session.isReady())
        result.write.failure = session.failure();
    else
        result.write = resolved.connector->writeCustomers(session.context(), customers, writeOptions);
    result.write.failure.message = session.redact(result.write.failure.message);
    for (RecordFailure &f : result.write.failures)
        f.error = session.redact(f.error);
    result.durationMs = timer.elapsed();
    return result;
}

QList<SyncResult> SyncJob::run()
{
    using Outcome = SyncResult::Outcome;
    QString error;
    Workspace::Options options;
    options.applicationName = u"orion-sync"_s;
    options.createIfMissing = false;
    auto workspace = Workspace::open(m_request.database, m_request.databasePassword, &error, options);
    if (!workspace)
        return {SyncJobDetail::invalid(m_request, Outcome::Error, error)};
    return run(*workspace);
}

QList<SyncResult> SyncJob::run(Workspace &workspace)
{
    using Outcome = SyncResult::Outcome;
    QString error;
    ResolvedConnection resolved;
    const Outcome outcome = m_request.connectionId ? resolve(workspace, m_request.connectionId, m_credentials, &resolved, &error)
                                                   : resolve(workspace, m_request.connection, m_credentials, &resolved, &error);
    if (outcome != Outcome::Ran)
        return {SyncJobDetail::invalid(m_request, outcome, error)};
    const Connector *connector = resolved.connector;
    QStringList streams = m_request.stream.isEmpty() ? connector->streamNames() : QStringList{m_request.stream};
    for (const QString &stream : streams) {
        if (!connector->stream(stream)) {
            return {SyncJobDetail::invalid(
                m_request, Outcome::Invalid,
                tr("%1 has no stream \"%2\" (streams: %3).").arg(connector->displayName(), stream, connector->streamNames().join(u", "_s)))};
        }
    }
    QList<SyncResult> results;
    for (const QString &stream : streams) {
        results.append(runStream(workspace, resolved, stream));
        // Stop at cancellation, and at a config failure (bad credentials fail every stream alike).
        if (m_cancel.load() || results.last().outcome != Outcome::Ran || results.last().errorClass == ErrorClass::Config)
            break;
    }
    return results;
}

// The run's drift findings go into its result and log; the fields that did not drift take the run
// into their baselines. A finding is new when the connection did not already have it standing.
void SyncJob::checkDrift(Workspace &workspace, qint64 connectionId, const DriftCheck &drift, const DriftFindings &before, SyncResult *result)
{
    result->drift = drift.findings();
    for (const DriftFinding &f : std::as_const(result->drift)) {
        log(tr("Drift: %1 — approve the rule again once the change is expected, or edit it").arg(f.describe()));
        const bool known = std::any_of(before.begin(), before.end(), [&f](const DriftFinding &b) {
            return b.stream == f.stream && b.targetField == f.targetField && b.sourcePath == f.sourcePath && b.problem == f.problem;
        });
        result->driftIsNew = result->driftIsNew || !known;
    }
    QString error;
    MappingStore mappings(workspace);
    if (!mappings.saveBaselines(connectionId, result->stream, drift.fields(), drift.updatedBaselines(), &error))
        log(error);
}

SyncResult SyncJob::runStream(Workspace &workspace, const ResolvedConnection &info, const QString &stream)
{
    const Connector &connector = *info.connector;
    SyncResult result;
    result.connection = info.connection.name;
    result.stream = stream;
    m_runLog.clear();
    m_droppedLogLines = 0;

    SyncJobDetail::StreamLock lock(workspace, info.connection.id, stream);
    QString holder;
    if (!lock.tryLock(&holder)) {
        result.outcome = SyncResult::Outcome::Refused;
        result.errorClass = ErrorClass::Config;
        result.error
            = tr("A sync of \"%1\" / %2 is already running (%3); wait for it to finish or cancel it.").arg(info.connection.name, stream, holder);
        return result;
    }

    bool wasFailing = false;   // for recovery alerts
    DriftFindings driftBefore; // for drift alerts: what the connection already had
    {
        QSqlQuery q(workspace.database());
        q.prepare(u"SELECT consecutive_failures, drift FROM connector_health WHERE connection_id = ?"_s);
        q.addBindValue(info.connection.id);
        if (q.exec() && q.next()) {
            wasFailing = q.value(0).toInt() > 0;
            driftBefore = driftFromText(q.value(1).toString());
        }
    }
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer elapsed;
    elapsed.start();
    HttpClient http(m_httpOptions);
    http.setCancelFlag(&m_cancel);
    http.setLogger([this](const QString &line) { log(line); });

    const ConnectorContext ctx = ConnectorContext::create(info.connection.id, info.secretOwner(), info.settings, m_credentials, &http);

    log(tr("%1 sync of %2 / %3 started").arg(connector.displayName(), info.connection.name, stream)
        + (m_request.fullRefresh ? tr(" (full refresh)") : QString()));

    RecordStore store(workspace);
    SyncProgress progress;
    progress.stream = stream;
    Failure failure;
    QString error;
    std::unique_ptr<Authenticator> authenticator = connector.createAuthenticator(ctx, &failure);
    if (!failure) {
        http.setAuthenticator(authenticator.get());
        const QJsonObject checkpoint = store.checkpoint(info.connection.id, stream, &error);
        if (!error.isEmpty())
            failure = Failure::system(error);
        // Approved field mappings for this stream, when an admin has approved any.
        MappingSet mapping;
        DriftCheck drift;
        if (!failure) {
            MappingStore mappings(workspace);
            mapping = mappings.approvedSet(info.connection.id, stream, &error);
            // Drift alarms watch the approved rules, or else a custom connector's own mappings.
            FieldBaselines watched
                = mapping.isEmpty() ? SyncJobDetail::specFields(connector, stream) : mappings.baselines(info.connection.id, stream, &error);
            if (error.isEmpty() && mapping.isEmpty() && !watched.isEmpty())
                mappings.loadBaselines(info.connection.id, stream, &watched, &error);
            if (error.isEmpty() && !watched.isEmpty())
                drift = DriftCheck(stream, watched);
            // The connection's own phone region (every connector offers one), else the app's.
            const QString region = info.connection.settings.value("default_region"_L1).toString();
            mapping.setDefaultRegion(region.size() == 2 ? region : WorkspaceSettings::defaultPhoneRegion());
            if (!error.isEmpty())
                failure = Failure::system(error);
            else if (!mapping.isEmpty())
                log(tr("Applying %n approved field mapping(s) to %1", nullptr, int(mapping.rules().size())).arg(stream));
        }
        // Partitions: an interrupted partitioned read resumes its own windows; a new read is split when
        // the connector can and the connection reads with more than one reader.
        const int readers = failure ? 1 : connector.concurrency(ctx);
        std::optional<PartitionState> partitions = m_request.fullRefresh ? std::nullopt : PartitionState::fromCheckpoint(checkpoint);
        if (partitions) {
            log(tr("Resuming %1 of %2 partition(s)").arg(partitions->size() - partitions->finished()).arg(partitions->size()));
        } else if (!failure && readers > 1) {
            const QList<QJsonObject> windows
                = connector.planPartitions(ctx, stream, m_request.fullRefresh ? QJsonObject() : checkpoint, readers, &failure);
            if (!windows.isEmpty())
                partitions = PartitionState::planned(windows);
        }
        if (partitions) {
            progress.partitions = partitions->size();
            progress.partitionsDone = partitions->finished();
        }
        std::unique_ptr<PagePipeline> pipeline;
        if (!failure) {
            PagePipeline::Setup setup{&connector,    info.connection.id, info.secretOwner(),    info.settings,
                                      m_credentials, m_httpOptions,      http.sharedRedactor(), [this](const QString &line) { log(line); }};
            const bool fullRefresh = m_request.fullRefresh;
            // The plan as it stands now, by value: the run thread updates `partitions` as pages commit.
            auto opener = [&connector, stream, checkpoint, fullRefresh, plan = partitions](const ConnectorContext &readerCtx, int window, Failure *) {
                return plan ? connector.openPartition(readerCtx, stream, plan->windows.at(window), plan->checkpoints.at(window))
                            : connector.openStream(readerCtx, stream, checkpoint, fullRefresh);
            };
            const QList<int> windows = partitions ? partitions->unfinished() : QList<int>{-1};
            pipeline = std::make_unique<PagePipeline>(setup, windows, partitions ? readers : 1, opener);
            if (partitions)
                log(tr("Reading %1 partition(s) with %n reader(s)", nullptr, pipeline->readers()).arg(windows.size()));
        }
        qint64 requests = http.requestsSent();
        while (!failure) {
            PagePipeline::Item item;
            if (!pipeline->take(&item, &failure, m_cancel)) {
                if (!failure && partitions && partitions->finished() < partitions->size())
                    failure = Failure::system(
                        tr("The partitioned read ended with %1 partition(s) unread.").arg(partitions->size() - partitions->finished()));
                break;
            }
            Page &page = item.page;
            requests += item.requests;
            if (partitions) {
                // The window's own checkpoint goes into the stream's; the stream is done when every window is.
                partitions->checkpoints[item.window] = page.checkpoint;
                partitions->done[item.window] = page.done;
                const bool all = partitions->finished() == partitions->size();
                page.checkpoint = all ? connector.joinPartitions(stream, partitions->checkpoints) : partitions->toCheckpoint();
                page.done = all;
                page.totalEstimate = -1;
            }
            if (!drift.isEmpty() || !mapping.isEmpty()) {
                // Readers that kept only the compact text (Stripe's customer pages): parsed once
                // here for both the drift check and the approved mappings.
                for (UnifiedCustomer &c : page.customers)
                    if (c.raw.isEmpty())
                        c.raw = c.rawObject();
                for (UnifiedInvoice &inv : page.invoices)
                    if (inv.raw.isEmpty())
                        inv.raw = inv.rawObject();
            }
            if (!drift.isEmpty()) {
                for (const UnifiedCustomer &c : std::as_const(page.customers))
                    drift.observe(c.raw);
                for (const UnifiedInvoice &inv : std::as_const(page.invoices))
                    drift.observe(inv.raw);
            }
            if (!mapping.isEmpty()) {
                QStringList problems;
                if (mapping.target() == MappingTarget::Customer)
                    SyncJobDetail::remapRecords(mapping, &page.customers, &page.failedRecords, &problems);
                else
                    SyncJobDetail::remapRecords(mapping, &page.invoices, &page.failedRecords, &problems);
                for (const QString &p : std::as_const(problems))
                    log(tr("Mapping: %1").arg(p));
            }
            qint64 written = 0;
            qint64 deleted = 0;
            QStringList refused;
            if (!store.writePage(info.connection.id, stream, page, &written, &error, &refused, &deleted)) {
                failure = Failure::system(error);
                break;
            }
            page.failedRecords += refused.size();
            for (const QString &why : std::as_const(refused))
                log(why);
            ++progress.pages;
            progress.recordsRead += page.sourceRecords;
            progress.recordsWritten += written;
            progress.recordsDeleted += deleted;
            progress.recordsFailed += page.failedRecords;
            if (page.totalEstimate >= 0)
                progress.totalEstimate = progress.recordsRead - page.sourceRecords + page.totalEstimate;
            progress.elapsedMs = elapsed.elapsed();
            progress.recordsPerSecond = progress.elapsedMs > 0 ? double(progress.recordsRead) * 1000.0 / double(progress.elapsedMs) : 0.0;
            progress.requests = requests;
            progress.requestsPerSecond = progress.elapsedMs > 0 ? double(requests) * 1000.0 / double(progress.elapsedMs) : 0.0;
            progress.readers = pipeline->activeReaders();
            if (partitions)
                progress.partitionsDone = partitions->finished();
            if (m_onProgress)
                m_onProgress(progress);
            if (page.done)
                break;
        }
        pipeline.reset(); // stops the readers (after a failure or cancellation) before the run is recorded
        if (const auto budget = http.rateBudget(); budget && budget->throttles() > 0)
            log(tr("The service asked to slow down %n time(s); the rate is now %1 requests/s", nullptr, budget->throttles())
                    .arg(budget->currentRate(), 0, 'f', 1));
        progress.requests = requests;
        if (progress.recordsDeleted > 0)
            log(tr("%n stored record(s) marked deleted at the source", nullptr, int(std::min<qint64>(progress.recordsDeleted, INT_MAX))));
        // Drift of the approved mappings' fields, judged on a stream read to the end.
        if (!failure && !drift.isEmpty())
            checkDrift(workspace, info.connection.id, drift, driftBefore, &result);
    }

    result.recordsRead = progress.recordsRead;
    result.recordsWritten = progress.recordsWritten;
    result.recordsDeleted = progress.recordsDeleted;
    result.recordsFailed = progress.recordsFailed;
    result.durationMs = elapsed.elapsed();
    result.requests = progress.requests;
    result.partitions = progress.partitions;
    result.errorClass = failure.errorClass;
    result.error = http.redactor().redact(failure.message);
    result.reauthorize = failure.reauthorize;
    if (failure.errorClass == ErrorClass::Cancelled)
        result.status = SyncRun::Status::Cancelled;
    else if (failure)
        result.status = SyncRun::Status::Failed;
    else
        result.status = progress.recordsFailed > 0 ? SyncRun::Status::Partial : SyncRun::Status::Succeeded;
    log(failure ? tr("%1: %2").arg(SyncRun::statusName(result.status), result.error)
                : tr("%1: %2 records read, %3 written, %4 failed in %5 ms (%6 requests, %7/s)")
                      .arg(SyncRun::statusName(result.status))
                      .arg(result.recordsRead)
                      .arg(result.recordsWritten)
                      .arg(result.recordsFailed)
                      .arg(result.durationMs)
                      .arg(result.requests)
                      .arg(result.durationMs > 0 ? double(result.requests) * 1000.0 / double(result.durationMs) : 0.0, 0, 'f', 1));

    SyncRun run;
    run.connectionId = info.connection.id;
    run.stream = stream;
    run.startedAt = startedAt;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.status = result.status;
    run.recordsProcessed = result.recordsRead;
    run.recordsWritten = result.recordsWritten;
    run.recordsDeleted = result.recordsDeleted;
    run.recordsFailed = result.recordsFailed;
    run.durationMs = result.durationMs;
    run.requests = result.requests;
    run.partitions = result.partitions;
    run.errorClass = errorClassName(result.errorClass);
    run.errorMessage = result.error;
    QStringList lines = m_runLog;
    if (m_droppedLogLines > 0)
        lines.append(tr("… %n more line(s) not kept", nullptr, int(std::min<qint64>(m_droppedLogLines, INT_MAX))));
    run.log = http.redactor().redact(lines.join(u'\n'));
    run.drift = result.drift;
    ConnectionStore connections(workspace);
    // With a recorded hook (workers), the run's row and the hook's writes (the job's result) commit
    // together or not at all.
    QSqlDatabase db = workspace.database();
    const bool hooked = bool(m_request.onRecorded);
    if (hooked && !db.transaction()) {
        result.outcome = SyncResult::Outcome::Error;
        result.error = tr("Cannot record the sync run: %1").arg(db.lastError().text());
        return result;
    }
    result.runId = connections.recordSyncRun(run, &error);
    if (hooked) {
        if (!result.runId || !m_request.onRecorded(workspace, result, &error) || !db.commit()) {
            if (error.isEmpty())
                error = db.lastError().text();
            db.rollback();
            result.runId = 0;
        }
    }
    if (!result.runId) {
        result.outcome = SyncResult::Outcome::Error;
        result.error = error;
        return result;
    }
    // Alert rules watching this connection (Slack); their outcome joins the run's log.
    if (result.status != SyncRun::Status::Cancelled) {
        Alerts alerts(workspace);
        const QStringList sent = alerts.notify(m_credentials, m_httpOptions, info.connection.id, result, result.runId, wasFailing);
        for (const QString &line : sent)
            log(line);
        if (!sent.isEmpty())
            connections.appendRunLog(result.runId, http.redactor().redact(m_runLog.mid(m_runLog.size() - sent.size()).join(u'\n')), &error);
    }
    return result;
}

} // namespace Orion

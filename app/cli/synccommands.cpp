// `orion sync`, `orion push`, `orion soql`, `orion slack`: the commands that talk to a connection's service.
#include "command.h"
#include "output.h"
#include "store/connectionstore.h"

#include "adapters/connector.h"
#include "adapters/connectorsession.h"
#include "adapters/salesforce/salesforceconnector.h"
#include "adapters/salesforce/soql.h"
#include "adapters/slack/slackconnector.h"
#include "runtime/credentialstore.h"
#include "services/pushplanner.h"
#include "services/syncjob.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUuid>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

namespace {

std::atomic<SyncJob *> g_runningJob{nullptr};

extern "C" void cancelRunningSync(int)
{
    if (SyncJob *job = g_runningJob.load())
        job->cancel();
}

// sync, records and push: one connection name.
int checkOneConnection(Invocation &invocation)
{
    const QString &command = invocation.command;
    if (invocation.args.size() != 1)
        return usage(u"%1 takes one connection name; run 'orion %1 --help'"_s.arg(command));
    if (command != "sync"_L1 && !invocation.isSet(u"stream"_s))
        return usage(u"%1 needs --stream S"_s.arg(command));
    if (command == "push"_L1 && invocation.value(u"stream"_s) != "customers"_L1)
        return usage(u"push writes the customers stream only (--stream customers)"_s);
    return 0;
}

int checkSoql(Invocation &invocation)
{
    return invocation.args.size() == 2 ? 0 : usage(u"soql takes a connection name and a query; run 'orion soql --help'"_s);
}

int checkSlack(Invocation &invocation)
{
    if (invocation.args.size() != 1 || !invocation.isSet(u"channel"_s) || invocation.value(u"text"_s).isEmpty())
        return usage(u"slack takes a connection name, --channel C and --text T"_s);
    return 0;
}

// The connection's connector, from a workspace opened only for the look-up: the job opens its own.
int lookUp(const Invocation &invocation, const Connector **connector)
{
    QString error;
    auto workspace = openWorkspace(invocation, false, &error);
    if (!workspace)
        return fail(error);
    const QString name = invocation.args.first();
    const NamedConnection found = findConnection(*workspace, name);
    if (found.status)
        return found.status;
    if (!found.connector)
        return usage(u"connection \"%1\" uses the unknown connector \"%2\""_s.arg(name, found.connection.connectorId));
    *connector = found.connector;
    return 0;
}

int runSoql(Invocation &invocation, Workspace *workspace)
{
    const QString name = invocation.args.first();
    const NamedConnection found = findConnection(*workspace, name);
    if (found.status)
        return found.status;
    const Connector *connector = found.connector;
    if (!connector)
        return usage(u"connection \"%1\" uses the unknown connector \"%2\""_s.arg(name, found.connection.connectorId));
    QString error;
    if (connector->id() != "salesforce"_L1)
        return usage(u"\"%1\" is a %2 connection; soql needs Salesforce"_s.arg(name, connector->displayName()));
    QVariantList values;
    for (const QString &v : invocation.values(u"bind"_s)) {
        bool isNumber = false;
        const double number = v.toDouble(&isNumber);
        values << (v == "true"_L1 || v == "false"_L1 ? QVariant(v == "true"_L1) : isNumber ? QVariant(number) : QVariant(v));
    }
    const QString soql = Soql::bind(invocation.args.at(1), values, &error);
    if (soql.isEmpty())
        return usage(u"the query was refused: "_s + error);
    ResolvedConnection resolved;
    const auto credentials = CredentialStore::createDefault();
    const SyncResult::Outcome outcome = SyncJob::resolve(*workspace, name, credentials, &resolved, &error);
    if (outcome == SyncResult::Outcome::Invalid)
        return usage(error);
    if (outcome != SyncResult::Outcome::Ran)
        return fail(error);
    ConnectorSession session(*connector, resolved.connection.id, resolved.secretOwner(), resolved.settings, credentials);
    if (!invocation.json())
        session.http().setLogger([](const QString &line) { QTextStream(stderr) << line << Qt::endl; });
    if (!session.isReady())
        return fail(session.failure().message);
    qint64 total = 0, printed = 0;
    const Failure failure = SalesforceConnector::query(
        session.context(), soql,
        [&](const QJsonArray &records) {
            for (const QJsonValue &r : records) {
                out() << QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact) << '\n';
                ++printed;
            }
            out().flush();
        },
        &total);
    if (failure)
        return fail(session.redact(failure.message));
    if (!invocation.json())
        QTextStream(stderr) << printed << " of " << total << " record(s)" << Qt::endl;
    return 0;
}

int runSlack(Invocation &invocation, Workspace *workspace)
{
    const QString name = invocation.args.first();
    const NamedConnection found = findConnection(*workspace, name);
    if (found.status)
        return found.status;
    const Connector *connector = found.connector;
    if (!connector)
        return usage(u"connection \"%1\" uses the unknown connector \"%2\""_s.arg(name, found.connection.connectorId));
    QString error;
    if (connector->id() != "slack"_L1)
        return usage(u"\"%1\" is a %2 connection, not Slack"_s.arg(name, connector->displayName()));
    ResolvedConnection resolved;
    const auto credentials = CredentialStore::createDefault();
    const SyncResult::Outcome outcome = SyncJob::resolve(*workspace, name, credentials, &resolved, &error);
    if (outcome != SyncResult::Outcome::Ran)
        return outcome == SyncResult::Outcome::Invalid ? usage(error) : fail(error);
    // A sync approval names the connection by its immutable id: names are unique per owner only, so
    // the app honours "sync:<uid>" alone. "sync:NAME" is turned into the uid of this user's NAME.
    QString approval = invocation.value(u"approval"_s);
    if (approval.startsWith("sync:"_L1) && QUuid::fromString(approval.mid(5)).isNull()) {
        const auto target = ConnectionStore(*workspace).connectionByName(approval.mid(5), &error);
        if (!target)
            return error.isEmpty() ? usage(u"--approval %1: there is no connection named \"%2\""_s.arg(approval, approval.mid(5))) : fail(error);
        approval = u"sync:"_s + target->uid;
    }
    ConnectorSession session(*connector, resolved.connection.id, resolved.secretOwner(), resolved.settings, credentials);
    Failure failure = session.failure();
    QString ts;
    if (session.isReady()) {
        const ConnectorContext &ctx = session.context();
        const QJsonArray blocks
            = invocation.isSet(u"approval"_s) ? SlackConnector::approvalBlocks(invocation.value(u"text"_s), approval) : QJsonArray();
        SlackConnector::postMessage(ctx, invocation.value(u"channel"_s), invocation.value(u"text"_s), blocks, &ts, &failure);
    }
    if (invocation.json()) {
        out() << QJsonDocument(failure ? QJsonObject{{u"ok"_s, false}, {u"error"_s, failure.message}}
                                       : QJsonObject{{u"ok"_s, true}, {u"channel"_s, invocation.value(u"channel"_s)}, {u"ts"_s, ts}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return failure ? 1 : 0;
    }
    if (failure)
        return fail(failure.message);
    out() << "Posted to " << invocation.value(u"channel"_s) << " (ts " << ts << ")." << Qt::endl;
    return 0;
}

int runPush(Invocation &invocation, Workspace *)
{
    const QString name = invocation.args.first();
    const Connector *connector = nullptr;
    if (const int status = lookUp(invocation, &connector))
        return status;
    // Read and check every record before anything is sent: another connection's stored customers
    // (--from-connection, optionally --filter), a JSON-lines file or standard input.
    UnifiedCustomers customers;
    QString error;
    if (invocation.isSet(u"from-connection"_s)) {
        if (invocation.isSet(u"from"_s))
            return usage(u"--from and --from-connection are two sources: give one"_s);
        auto workspace = openWorkspace(invocation, false, &error);
        if (!workspace
            || !PushPlanner::storedCustomers(*workspace, invocation.value(u"from-connection"_s), invocation.value(u"filter"_s), &customers, &error))
            return usage(error);
    } else {
        QFile file;
        if (invocation.isSet(u"from"_s)) {
            file.setFileName(invocation.value(u"from"_s));
            if (!file.open(QIODevice::ReadOnly))
                return usage(u"cannot read %1: %2"_s.arg(invocation.value(u"from"_s), file.errorString()));
        } else if (!file.open(stdin, QIODevice::ReadOnly)) {
            return usage(u"cannot read standard input"_s);
        }
        if (!PushPlanner::readJsonLines(file, &customers, &error))
            return usage(error);
    }
    if (customers.isEmpty())
        return usage(u"no records to push"_s);
    SyncRequest request;
    request.database = invocation.config;
    request.databasePassword = invocation.password;
    request.connection = name;
    const bool jsonOutput = invocation.json();
    if (invocation.isSet(u"dry-run"_s)) {
        // Reads the target (an incremental sync of its customers) and prints the plan; writes nothing.
        PushPlan plan;
        const auto log = [](const QString &line) { QTextStream(stderr) << line << Qt::endl; };
        if (!PushPlanner::dryRun(request, CredentialStore::createDefault(), customers, HttpClient::Options{}, nullptr, &plan, &error, log))
            return fail(error);
        out() << QJsonDocument(plan.toJson()).toJson(jsonOutput ? QJsonDocument::Compact : QJsonDocument::Indented);
        if (!jsonOutput)
            QTextStream(stderr) << name << ": " << plan.summary() << Qt::endl;
        return 0;
    }
    Connector::WriteOptions writeOptions;
    writeOptions.bulk = invocation.isSet(u"bulk"_s);
    const PushResult pushed = SyncJob::pushCustomers(
        request, CredentialStore::createDefault(), customers, HttpClient::Options{},
        [jsonOutput](const QString &line) {
            if (!jsonOutput)
                QTextStream(stderr) << line << Qt::endl;
        },
        writeOptions);
    if (pushed.outcome == SyncResult::Outcome::Invalid)
        return usage(pushed.error);
    if (pushed.outcome != SyncResult::Outcome::Ran)
        return fail(pushed.error);
    const WriteOutcome &w = pushed.write;
    const qint64 succeeded = w.created + w.updated;
    // Records never attempted because the whole operation failed count as failed.
    const qint64 failed = w.failure ? qint64(customers.size()) - succeeded : w.failed;
    if (jsonOutput) {
        QJsonArray failures;
        for (const RecordFailure &f : w.failures)
            failures.append(QJsonObject{{u"external_id"_s, f.externalId}, {u"error"_s, f.error}});
        QJsonObject line{{u"records"_s, qint64(customers.size())}, {u"succeeded"_s, succeeded}, {u"failed"_s, failed}, {u"failures"_s, failures}};
        if (w.failure) {
            line.insert(u"error_class"_s, errorClassName(w.failure.errorClass));
            line.insert(u"error"_s, w.failure.message);
        }
        out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out() << name << ": " << w.created << " created, " << w.updated << " updated, " << failed << " failed in " << pushed.durationMs << " ms"
              << (w.failure ? u" — "_s + w.failure.message : QString()) << Qt::endl;
        for (const RecordFailure &f : w.failures)
            out() << "  " << f.externalId << ": " << f.error << Qt::endl;
    }
    return !w.failure && failed == 0 ? 0 : 1;
}

int runSync(Invocation &invocation, Workspace *)
{
    const QString name = invocation.args.first();
    const Connector *connector = nullptr;
    if (const int status = lookUp(invocation, &connector))
        return status;
    if (invocation.isSet(u"stream"_s) && !connector->stream(invocation.value(u"stream"_s)))
        return usage(u"%1 has no stream \"%2\" (streams: %3)"_s.arg(connector->displayName(), invocation.value(u"stream"_s),
                                                                    connector->streamNames().join(u", "_s)));
    SyncRequest request;
    request.database = invocation.config;
    request.databasePassword = invocation.password;
    request.connection = name;
    request.stream = invocation.value(u"stream"_s);
    request.fullRefresh = invocation.isSet(u"full-refresh"_s);
    SyncJob job(request, CredentialStore::createDefault());
    const bool jsonOutput = invocation.json();
    if (!jsonOutput) {
        job.setLogHandler([](const QString &line) {
            QTextStream err(stderr);
            err << line << Qt::endl;
        });
    }
    g_runningJob.store(&job);
    std::signal(SIGINT, cancelRunningSync);
    std::signal(SIGTERM, cancelRunningSync);
    const QList<SyncResult> results = job.run();
    g_runningJob.store(nullptr);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    bool allSucceeded = !results.isEmpty();
    for (const SyncResult &r : results) {
        if (r.outcome == SyncResult::Outcome::Invalid)
            return usage(r.error);
        if (r.outcome == SyncResult::Outcome::Refused || r.outcome == SyncResult::Outcome::Error)
            return fail(r.error);
        allSucceeded = allSucceeded && r.succeeded();
        if (jsonOutput) {
            out() << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            out() << r.connection << " / " << r.stream << ": " << r.toJson().value("status"_L1).toString() << ", " << r.recordsRead << " read, "
                  << r.recordsWritten << " written, " << (r.recordsDeleted > 0 ? QString::number(r.recordsDeleted) + u" deleted, "_s : QString())
                  << r.recordsFailed << " failed in " << r.durationMs << " ms" << (r.error.isEmpty() ? QString() : u" — "_s + r.error) << Qt::endl;
        }
    }
    return allSucceeded ? 0 : 1;
}

Command::Needs address(const Invocation &)
{
    return Command::Needs::Address;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {u"sync"_s,
         [] {
             return uR"(Usage: orion sync NAME [--stream S] [--full-refresh] [--json]

Sync the connection NAME: every stream of its connector, or only --stream S. Incremental syncs
resume from the saved checkpoint; --full-refresh reads everything again. With --json, one line per
stream: {"connection":…,"stream":…,"status":"succeeded|partial|failed|cancelled","records_read":N,
"records_written":N,"records_failed":N,"duration_ms":N,"error_class":…,"error":…}.
Exit status: 0 succeeded, 1 the sync did not succeed, 2 bad usage (nothing written).
Ctrl+C cancels (the run is recorded as cancelled).
)"_s;
         },
         checkOneConnection, address, nullptr, runSync},
        {u"push"_s,
         [] {
             return uR"(Usage: orion push NAME --stream customers [--from FILE.jsonl | --from-connection OTHER [--filter TEXT]]
                         [--dry-run] [--bulk] [--json]

Write customers to the connection's service: Stripe creates them (each with an Idempotency-Key, so a
repeated push replays instead of duplicating), HubSpot upserts them by email in batches of 100,
Salesforce upserts them by its external-id field (Bulk API 2.0 from the connection's threshold on,
or always with --bulk), QuickBooks creates them or applies a sparse update.
Input: unified customer objects, one JSON object per line (what 'orion records' prints), from FILE
(--file is the same) or standard input; or OTHER connection's stored customers (deleted ones left out)
whose name, e-mail or company contains --filter. A malformed line stops the push before anything is sent.
--dry-run writes nothing: it reads NAME (an incremental sync of its customers) and prints the plan as
JSON — per record "create", "update" (with "changes": field → {before, after}), "unchanged" or
"refused" (with the "reason", e.g. an invalid e-mail address), matched by e-mail — and the counts.
With --json, one line: {"records":N,"succeeded":N,"failed":N,"failures":[{"external_id":…,"error":…}]}.
Exit status: 0 every record written, 1 some failed or the service refused, 2 bad usage.
)"_s;
         },
         checkOneConnection, address, nullptr, runPush},
        {u"soql"_s,
         [] {
             return uR"(Usage: orion soql NAME 'SELECT … WHERE Field = ?' [--bind VALUE ...] [--json]

Run a read-only SOQL query on the Salesforce connection NAME and print each record as one JSON
object per line (all pages, following nextRecordsUrl). Each ? outside a string literal takes the
next --bind value as a safely escaped literal (numbers and true/false stay unquoted). Queries that are
not a single SELECT, or that contain ';' or comments outside literals, are refused.
)"_s;
         },
         checkSoql, nullptr, nullptr, runSoql},
        {u"slack"_s,
         [] {
             return uR"(Usage: orion slack NAME --channel C --text T [--approval VALUE] [--json]

Post a message through the Slack connection NAME (chat.postMessage). --approval adds Approve and
Reject buttons carrying VALUE; with VALUE "sync:CONNECTION" (a name of yours, sent as the
connection's id), a click on Approve by one of the connection's Slack approvers starts its sync in
Orion Connector Studio (which listens through Socket Mode when the Slack connection has an
app_token); clicks by anyone else are ignored and said. With --json, one line:
{"ok":true,"channel":…,"ts":…} or {"ok":false,"error":…}. Exit status 0 only when Slack accepted it.
)"_s;
         },
         checkSlack, nullptr, nullptr, runSlack},
    };
}

} // namespace Orion::Cli

#include "commands.h"
#include "mappingcommands.h"
#include "queuecommands.h"
#include "speccommands.h"
#include "workspacecommands.h"
#include "output.h"

#include "adapters/salesforce/salesforceconnector.h"
#include "adapters/salesforce/soql.h"
#include "adapters/slack/slackconnector.h"
#include "services/alerts.h"
#include "store/analytics.h"
#include "adapters/connectorsession.h"
#include "adapters/connector.h"
#include "adapters/registry/connectorregistry.h"
#include "runtime/credentialstore.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "adapters/declarative/connectorspec.h"
#include "store/demoseeder.h"
#include "store/migrator.h"
#include "store/workspace.h"
#include "services/workspacesettings.h"
#include "store/recordstore.h"
#include "services/syncjob.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

namespace {

const QString kUsage = uR"(Usage: orion [--db ADDRESS] COMMAND [OPTIONS]

Commands:
  migrate                          Create or upgrade the workspace schema.
  workspace check|recover|backup|backups
                                   Check a SQLite workspace, repair it, or back it up.
  demo                             Replace the demo connections and their synthetic sync history.
  connection add NAME --connector ID [--set KEY=VALUE ...]
                                   Add a connection (settings are checked against the connector).
  connection list [--json]         List the connections with health and last sync.
  connection remove NAME           Remove a connection with its records and history.
  connection set-secret NAME KEY   Store a secret read from standard input (keychain or secrets file).
  connectors [--json]              List the connectors with their streams, settings and secrets.
  sync NAME [--stream S] [--full-refresh] [--json]
                                   Sync a connection; exit status 0 only when the sync succeeded.
  records NAME --stream S [--json] Print the stored unified records, one JSON object per line.
  runs [--connection NAME] [--limit N] [--json]
                                   List sync runs, newest first.
  soql NAME 'SELECT …' [--bind VALUE ...] [--json]
                                   Run a SOQL query on a Salesforce connection (one record per line).
  push NAME --stream customers [--from FILE.jsonl] [--bulk] [--json]
                                   Write unified customers (JSON lines) to the connection's service.
  analytics [--range 24h|7d|30d|90d] [--connection NAME] [--json]
                                   The dashboard's KPIs and per-day series.
  slack NAME --channel C --text T [--approval VALUE] [--json]
                                   Post a message (or an approval request) through a Slack connection.
  alert add CONNECTION --slack SLACK_CONNECTION --channel C --on failure|recovery|every_run
  alert list [--json]  |  alert remove ID
                                   Slack alerts on a connection's sync runs.
  map SAMPLE.json [--target customer|invoice] [--provider local|anthropic|openai] [--json]
                                   Suggest field mappings for sample records (local matcher, LLM, hybrid).
  mappings suggest|list|approve|reject|validate|export|import|approvers CONNECTION …
                                   Review a connection's stored mappings; only approved ones drive syncs.
  spec validate|deploy FILE  |  spec list  |  spec import-openapi|import-postman|import-har FILE  |  spec import-curl 'CMD'
                                   Custom (declarative) connectors; connections use "custom:NAME".
  marketplace list|install|uninstall|publish|approve|reject|rate …
                                   Browse, install and publish connectors.
  schedule set CONNECTION SCHEDULE [--on-workers]  |  schedule list [--json]
                                   When a connection syncs by itself ("every 15m", "cron 0 6 * * * Europe/Berlin").
  worker [--concurrency N] [--name NAME] [--lease-seconds S] [--drain-seconds S] [--no-schedule]
                                   Run syncs from the PostgreSQL job queue until SIGTERM.
  jobs enqueue|list|cancel|retry …  |  workers [--json]
                                   The job queue and its workers (PostgreSQL).
Run 'orion COMMAND --help' for the options of one command.

Workspace (first match wins):
  --db ADDRESS            sqlite:PATH, a SQLite file path, or postgresql://user[:password]@host[:port]/db
  ORION_DB                the same, from the environment
  otherwise               the workspace saved by Orion Connector Studio (default: the embedded SQLite file)
PostgreSQL password: ORION_DB_PASSWORD (or PGPASSWORD / ~/.pgpass as libpq reads them).

Secrets (never stored in the workspace):
  A value saved by the app or rotated at run time (system keychain, or without one the owner-only
  file ~/.config/orion-studio/secrets.json) wins over the environment variable
  ORION_SECRET_<CONNECTION>_<KEY>, e.g. ORION_SECRET_ACME_STRIPE_API_KEY for connection "acme-stripe".

Options:
  -h, --help              Show this help.
  -v, --version           Show the version.
)"_s;

const QHash<QString, QString> &commandHelp()
{
    static const QHash<QString, QString> help{
        {u"migrate"_s, u"Usage: orion [--db ADDRESS] migrate\n\nCreate or upgrade the workspace schema.\n"_s},
        {u"workspace"_s, workspaceHelp()},
        {u"demo"_s, uR"(Usage: orion [--db ADDRESS] demo [--connections C] [--days D] [--metrics N] [--seed S]

Replace the demo connections and their synthetic sync history.
  --connections C     demo connections (default 6)
  --days D            days of history (default 90)
  --metrics N         total sync runs (default: about 6 per connection per day)
  --seed S            random seed (default fixed, so runs are reproducible)
)"_s},
        {u"connection"_s, uR"(Usage:
  orion connection add NAME --connector ID [--set KEY=VALUE ...]
  orion connection list [--json]
  orion connection remove NAME
  orion connection set-secret NAME KEY      (the value is read from standard input)

--set takes the connector's settings (see 'orion connectors'); secrets are refused there: store them
with set-secret or pass them as ORION_SECRET_<CONNECTION>_<KEY>.
)"_s},
        {u"connections"_s, u"Usage: orion connections [--json]\n\nThe same as 'orion connection list'.\n"_s},
        {u"connectors"_s, u"Usage: orion connectors [--json]\n\nList the connectors with their streams, settings and secrets.\n"_s},
        {u"sync"_s, uR"(Usage: orion sync NAME [--stream S] [--full-refresh] [--json]

Sync the connection NAME: every stream of its connector, or only --stream S. Incremental syncs
resume from the saved checkpoint; --full-refresh reads everything again. With --json, one line per
stream: {"connection":…,"stream":…,"status":"succeeded|partial|failed|cancelled","records_read":N,
"records_written":N,"records_failed":N,"duration_ms":N,"error_class":…,"error":…}.
Exit status: 0 succeeded, 1 the sync did not succeed, 2 bad usage (nothing written).
Ctrl+C cancels (the run is recorded as cancelled).
)"_s},
        {u"records"_s, u"Usage: orion records NAME --stream S [--json]\n\nPrint the stored unified records of one stream, one JSON object per line.\n"_s},
        {u"push"_s, uR"(Usage: orion push NAME --stream customers [--from FILE.jsonl] [--bulk] [--json]

Write customers to the connection's service: Stripe creates them (each with an Idempotency-Key, so a
repeated push replays instead of duplicating), HubSpot upserts them by email in batches of 100,
Salesforce upserts them by its external-id field (Bulk API 2.0 from the connection's threshold on,
or always with --bulk), QuickBooks creates them or applies a sparse update.
Input: unified customer objects, one JSON object per line (what 'orion records' prints), from FILE
(--file is the same) or standard input. A malformed line stops the push before anything is sent.
With --json, one line: {"records":N,"succeeded":N,"failed":N,"failures":[{"external_id":…,"error":…}]}.
Exit status: 0 every record written, 1 some failed or the service refused, 2 bad usage.
)"_s},
        {u"soql"_s, uR"(Usage: orion soql NAME 'SELECT … WHERE Field = ?' [--bind VALUE ...] [--json]

Run a read-only SOQL query on the Salesforce connection NAME and print each record as one JSON
object per line (all pages, following nextRecordsUrl). Each ? outside a string literal takes the
next --bind value as a safely escaped literal (numbers and true/false stay unquoted). Queries that are
not a single SELECT, or that contain ';' or comments outside literals, are refused.
)"_s},
        {u"slack"_s, uR"(Usage: orion slack NAME --channel C --text T [--approval VALUE] [--json]

Post a message through the Slack connection NAME (chat.postMessage). --approval adds Approve and
Reject buttons carrying VALUE; with VALUE "sync:CONNECTION", a click on Approve starts that
connection's sync in Orion Connector Studio (which listens through Socket Mode when the Slack
connection has an app_token). With --json, one line:
{"ok":true,"channel":…,"ts":…} or {"ok":false,"error":…}. Exit status 0 only when Slack accepted it.
)"_s},
        {u"alert"_s, uR"(Usage:
  orion alert add CONNECTION --slack SLACK_CONNECTION --channel C --on failure|recovery|every_run
  orion alert list [--json]
  orion alert remove ID

After each run of CONNECTION, matching rules post a notification through SLACK_CONNECTION to channel C:
on failure (the run failed: names the error class and the run id), on recovery (the first success
after failures), or on every run.
)"_s},
        {u"analytics"_s, uR"(Usage: orion analytics [--range 24h|7d|30d|90d] [--connection NAME] [--json]

The KPIs the dashboard shows for the range (syncs, records, success and error rate, average
duration) with the previous period of the same length, the series (per hour for 24h, per UTC day
otherwise), and the totals per connection. Current at once: on PostgreSQL the runs recorded since
the analytics view's last refresh are added to it.
)"_s},
        {u"map"_s, mapHelp()},
        {u"mappings"_s, mappingsHelp()},
        {u"spec"_s, specHelp()},
        {u"marketplace"_s, marketplaceHelp()},
        {u"worker"_s, workerHelp()},
        {u"schedule"_s, scheduleHelp()},
        {u"jobs"_s, jobsHelp()},
        {u"workers"_s, jobsHelp()},
        {u"runs"_s, u"Usage: orion runs [--connection NAME] [--limit N] [--json]\n\nList sync runs, newest first (default limit 50).\n"_s},
    };
    return help;
}

struct Context
{
    DatabaseConfig config;
    QString password;
};

bool resolveWorkspace(const QString &dbOption, Context *context, QString *error)
{
    QString address = dbOption;
    if (address.isEmpty())
        address = qEnvironmentVariable("ORION_DB");
    if (address.isEmpty()) {
        context->config = WorkspaceSettings::databaseConfig();
    } else {
        context->config = DatabaseConfig::fromUrl(address, &context->password, error);
        if (!error->isEmpty())
            return false;
    }
    if (context->password.isEmpty())
        context->password = qEnvironmentVariable("ORION_DB_PASSWORD");
    return true;
}

bool parseInt(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value,
              QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(name).toLongLong(&ok);
    if (!ok || parsed < min || parsed > max) {
        *error = u"--%1 must be a whole number between %2 and %3"_s.arg(name).arg(min).arg(max);
        return false;
    }
    *value = parsed;
    return true;
}

std::atomic<SyncJob *> g_runningJob{nullptr};

extern "C" void cancelRunningSync(int)
{
    if (SyncJob *job = g_runningJob.load())
        job->cancel();
}

QString settingTypeName(SettingSpec::Type type)
{
    switch (type) {
    case SettingSpec::Type::Text: return u"text"_s;
    case SettingSpec::Type::Url: return u"url"_s;
    case SettingSpec::Type::Integer: return u"integer"_s;
    case SettingSpec::Type::Boolean: return u"boolean"_s;
    case SettingSpec::Type::Choice: return u"choice"_s;
    case SettingSpec::Type::Secret: return u"secret"_s;
    }
    return {};
}

int listConnectors(bool json)
{
    QJsonArray array;
    for (const Connector *c : ConnectorRegistry::instance().connectors()) {
        QJsonArray streams, settings, secrets;
        for (const StreamSpec &s : c->streams())
            streams.append(QJsonObject{{u"name"_s, s.name}, {u"cursor"_s, s.cursorField}, {u"description"_s, s.description}});
        for (const SettingSpec &s : c->settings()) {
            QJsonObject o{{u"key"_s, s.key}, {u"label"_s, s.label}, {u"type"_s, settingTypeName(s.type)},
                          {u"default"_s, s.defaultValue}, {u"required"_s, s.required}};
            if (!s.choices.isEmpty())
                o.insert(u"choices"_s, QJsonArray::fromStringList(s.choices));
            if (!s.visibleWhen.isEmpty())
                o.insert(u"when"_s, s.visibleWhen);
            (s.type == SettingSpec::Type::Secret ? secrets : settings).append(o);
        }
        array.append(QJsonObject{{u"id"_s, c->id()}, {u"name"_s, c->displayName()}, {u"description"_s, c->description()},
                                 {u"capabilities"_s, QJsonArray::fromStringList(capabilityNames(c->capabilities()))},
                                 {u"streams"_s, streams}, {u"settings"_s, settings}, {u"secrets"_s, secrets}});
        if (!json) {
            out() << c->id() << "  " << c->displayName() << " — " << c->description() << Qt::endl;
            out() << "  streams:  " << c->streamNames().join(u", "_s) << Qt::endl;
            for (const SettingSpec &s : c->settings()) {
                out() << "  " << (s.type == SettingSpec::Type::Secret ? "secret   " : "setting  ") << s.key.leftJustified(24)
                      << ' ' << settingTypeName(s.type).leftJustified(8) << ' '
                      << (s.defaultValue.isEmpty() ? QString() : u"default "_s + s.defaultValue)
                      << (s.visibleWhen.isEmpty() ? QString() : u"  (when "_s + s.visibleWhen + u')') << Qt::endl;
            }
        }
    }
    if (json)
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

int listConnections(Workspace &workspace, bool json)
{
    QString error;
    ConnectionStore store(workspace);
    const ConnectionSummaries connections = store.connections(&error);
    if (!error.isEmpty())
        return fail(error);
    if (json) {
        QJsonArray array;
        for (const auto &c : connections) {
            array.append(QJsonObject{
                {u"id"_s, c.id},
                {u"name"_s, c.name},
                {u"connector"_s, c.connectorId},
                {u"health"_s, healthStatusName(c.health)},
                {u"consecutive_failures"_s, c.consecutiveFailures},
                {u"last_sync_at"_s, c.lastSyncAt.isValid() ? c.lastSyncAt.toString(Qt::ISODateWithMs) : QString()},
                {u"last_sync_status"_s, c.lastSyncStatus},
                {u"demo"_s, c.isDemo},
            });
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto &c : connections) {
        out() << c.name.leftJustified(32) << ' ' << c.connectorId.leftJustified(18) << ' '
              << healthStatusName(c.health).leftJustified(9) << ' '
              << (c.lastSyncAt.isValid() ? c.lastSyncAt.toString(Qt::ISODate) : u"never"_s) << Qt::endl;
    }
    return 0;
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s});
    const QCommandLineOption db(u"db"_s, QString(), u"address"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption connectorOption(u"connector"_s, QString(), u"id"_s);
    const QCommandLineOption setOption(u"set"_s, QString(), u"key=value"_s);
    const QCommandLineOption streamOption(u"stream"_s, QString(), u"stream"_s);
    const QCommandLineOption fullRefresh(u"full-refresh"_s);
    const QCommandLineOption connectionOption(u"connection"_s, QString(), u"name"_s);
    const QCommandLineOption fileOption(QStringList{u"from"_s, u"file"_s}, QString(), u"path"_s);
    const QCommandLineOption bulkOption(u"bulk"_s);
    const QCommandLineOption bindOption(u"bind"_s, QString(), u"value"_s);
    const QCommandLineOption channelOption(u"channel"_s, QString(), u"channel"_s);
    const QCommandLineOption textOption(u"text"_s, QString(), u"text"_s);
    const QCommandLineOption slackOption(u"slack"_s, QString(), u"connection"_s);
    const QCommandLineOption onOption(u"on"_s, QString(), u"trigger"_s);
    const QCommandLineOption approvalOption(u"approval"_s, QString(), u"value"_s);
    const QCommandLineOption rangeOption(u"range"_s, QString(), u"range"_s);
    parser.addOptions({help, version, db, json, connectorOption, setOption, streamOption, fullRefresh, connectionOption,
                       fileOption, bulkOption, bindOption, channelOption, textOption, slackOption, onOption, approvalOption, rangeOption});
    for (const QString &name : {u"connections"_s, u"days"_s, u"metrics"_s, u"seed"_s, u"limit"_s})
        parser.addOption(QCommandLineOption(name, QString(), u"n"_s));
    // map / mappings
    parser.addOption(QCommandLineOption(QStringList{u"o"_s, u"output"_s}, QString(), u"file"_s));
    for (const QString &name : {u"target"_s, u"provider"_s, u"rows"_s, u"docs"_s, u"sample"_s, u"at-least"_s, u"cassette"_s, u"record"_s, u"pages"_s, u"search"_s, u"category"_s, u"pricing"_s})
        parser.addOption(QCommandLineOption(name, QString(), u"value"_s));
    for (const QString &name : {u"concurrency"_s, u"name"_s, u"lease-seconds"_s, u"heartbeat-ms"_s, u"drain-seconds"_s, u"priority"_s, u"state"_s})
        parser.addOption(QCommandLineOption(name, QString(), u"value"_s));
    for (const QString &name : {u"no-schedule"_s, u"on-workers"_s})
        parser.addOption(QCommandLineOption(name));
    for (const QString &name : {u"llm-only"_s, u"mask"_s, u"keep-decisions"_s, u"all"_s})
        parser.addOption(QCommandLineOption(name));
    if (!parser.parse(arguments))
        return usage(parser.errorText() + u"; run 'orion --help' for usage"_s);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(version)) {
        out() << "orion " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (parser.isSet(help)) {
        out() << (positional.isEmpty() ? kUsage : commandHelp().value(positional.first(), kUsage));
        return 0;
    }
    if (positional.isEmpty())
        return usage(u"no command given; run 'orion --help' for usage"_s);
    const QString command = positional.first();
    if (!commandHelp().contains(command))
        return usage(u"unknown command \"%1\"; run 'orion --help' for usage"_s.arg(command));

    // Shape of each command's positional arguments.
    QString sub;
    QStringList args = positional.mid(1);
    if (command == "connection"_L1) {
        if (args.isEmpty())
            return usage(u"connection needs add, list, remove or set-secret"_s);
        sub = args.takeFirst();
        const QHash<QString, int> arity{{u"add"_s, 1}, {u"list"_s, 0}, {u"remove"_s, 1}, {u"set-secret"_s, 2}};
        if (!arity.contains(sub))
            return usage(u"unknown connection command \"%1\" (add, list, remove, set-secret)"_s.arg(sub));
        if (args.size() != arity.value(sub))
            return usage(u"connection %1 takes %2 argument(s); run 'orion connection --help'"_s.arg(sub).arg(arity.value(sub)));
        if (sub == "add"_L1) {
            if (const QString problem = Connector::checkName(args.first().trimmed()); !problem.isEmpty())
                return usage(problem);
        }
        if (sub == "add"_L1 && !parser.isSet(connectorOption))
            return usage(u"connection add needs --connector ID (one of: %1)"_s.arg(ConnectorRegistry::instance().ids().join(u", "_s)));
    } else if (command == "sync"_L1 || command == "records"_L1 || command == "push"_L1) {
        if (args.size() != 1)
            return usage(u"%1 takes one connection name; run 'orion %1 --help'"_s.arg(command));
        if (command != "sync"_L1 && !parser.isSet(streamOption))
            return usage(u"%1 needs --stream S"_s.arg(command));
        if (command == "push"_L1 && parser.value(streamOption) != "customers"_L1)
            return usage(u"push writes the customers stream only (--stream customers)"_s);
    } else if (command == "soql"_L1) {
        if (args.size() != 2)
            return usage(u"soql takes a connection name and a query; run 'orion soql --help'"_s);
    } else if (command == "slack"_L1) {
        if (args.size() != 1 || !parser.isSet(channelOption) || parser.value(textOption).isEmpty())
            return usage(u"slack takes a connection name, --channel C and --text T"_s);
    } else if (command == "alert"_L1) {
        sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == "add"_L1) {
            AlertRule::Trigger trigger;
            if (args.size() != 1 || !parser.isSet(slackOption) || !parser.isSet(channelOption)
                || !AlertRule::triggerFromName(parser.value(onOption), &trigger))
                return usage(u"alert add takes CONNECTION --slack SLACK_CONNECTION --channel C --on failure|recovery|every_run"_s);
        } else if (sub == "remove"_L1) {
            bool ok = false;
            if (args.size() != 1 || args.first().toLongLong(&ok) <= 0 || !ok)
                return usage(u"alert remove takes a rule id (see 'orion alert list')"_s);
        } else if (sub != "list"_L1 || !args.isEmpty()) {
            return usage(u"alert needs add, list or remove; run 'orion alert --help'"_s);
        }
    } else if (command == "mappings"_L1) {
        sub = args.isEmpty() ? QString() : args.takeFirst();
        static const QStringList subs{u"suggest"_s, u"list"_s, u"approve"_s, u"reject"_s, u"validate"_s, u"export"_s, u"import"_s, u"approvers"_s};
        if (!subs.contains(sub))
            return usage(u"mappings needs one of %1; run 'orion mappings --help'"_s.arg(subs.join(u", "_s)));
        if (args.isEmpty())
            return usage(u"mappings %1 needs a connection name"_s.arg(sub));
    } else if (command == "marketplace"_L1) {
        sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub.isEmpty())
            return usage(u"marketplace needs list, install, uninstall, publish, approve, reject or rate"_s);
    } else if (command == "spec"_L1) {
        sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub.isEmpty())
            return usage(u"spec needs validate, deploy or list; run 'orion spec --help'"_s);
        if (!specNeedsWorkspace(sub))
            return runSpec(sub, args, parser, nullptr);
    } else if (command == "schedule"_L1) {
        sub = args.isEmpty() ? QString() : args.takeFirst();
        if (!((sub == "set"_L1 && args.size() == 2) || (sub == "list"_L1 && args.isEmpty())))
            return usage(u"schedule takes set CONNECTION SCHEDULE or list; run 'orion schedule --help'"_s);
    } else if (command == "workspace"_L1) {
        sub = args.isEmpty() ? QString() : args.takeFirst();
        if (const int status = checkWorkspaceArguments(sub, args))
            return status;
    } else if (command == "jobs"_L1) {
        sub = args.isEmpty() ? QString() : args.takeFirst();
        const QHash<QString, int> arity{{u"enqueue"_s, 1}, {u"list"_s, 0}, {u"cancel"_s, 1}, {u"retry"_s, 1}};
        if (!arity.contains(sub) || args.size() != arity.value(sub))
            return usage(u"jobs takes enqueue CONNECTION, list, cancel ID or retry ID; run 'orion jobs --help'"_s);
    } else if (command != "map"_L1 && !args.isEmpty()) {
        return usage(u"unexpected argument \"%1\""_s.arg(args.first()));
    }
    if (command == "connectors"_L1)
        return listConnectors(parser.isSet(json));

    if (command == "map"_L1)
        return runMap(args, parser);

    Context context;
    QString error;
    if (!resolveWorkspace(parser.value(db), &context, &error))
        return fail(error);

    if (command == "worker"_L1)
        return runWorker(parser, context.config, context.password);
    if (command == "workspace"_L1)
        return runWorkspace(sub, args, parser, context.config);

    DemoSeeder::Options demo;
    if (command == "demo"_L1) {
        qint64 connections = demo.connections, days = demo.days, metrics = 0, seed = demo.seed;
        if (!parseInt(parser, u"connections"_s, 1, 1000, &connections, &error)
            || !parseInt(parser, u"days"_s, 1, 3650, &days, &error)
            || !parseInt(parser, u"metrics"_s, 1, 100'000'000, &metrics, &error)
            || !parseInt(parser, u"seed"_s, 0, 0xffffffff, &seed, &error))
            return usage(error);
        demo.connections = int(connections);
        demo.days = int(days);
        demo.metrics = metrics;
        demo.seed = quint32(seed);
    }
    qint64 limit = 50;
    if (!parseInt(parser, u"limit"_s, 1, 1'000'000, &limit, &error))
        return usage(error);

    // Check connector settings before touching the workspace.
    QJsonObject newSettings;
    const Connector *newConnector = nullptr;
    QJsonObject setValues;
    for (const QString &pair : parser.values(setOption)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq > 0)
            setValues.insert(pair.left(eq), pair.mid(eq + 1));
    }
    std::optional<ConnectorSpec> customSpec; // --connector custom:FILE: deployed into the workspace on add
    const bool custom = command == "connection"_L1 && sub == "add"_L1 && parser.value(connectorOption).startsWith("custom:"_L1);
    if (custom) {
        const QString ref = parser.value(connectorOption).mid(7);
        if (QFileInfo(ref).isFile()) {
            QFile f(ref);
            QStringList errors;
            ConnectorSpec spec;
            if (!f.open(QIODevice::ReadOnly) || !ConnectorSpec::parse(f.read(ConnectorSpec::kMaxBytes + 1), &spec, &errors))
                return usage(u"%1: %2"_s.arg(ref, errors.isEmpty() ? f.errorString() : errors.join(u"; "_s)));
            customSpec = spec;
        }
    }
    if (command == "connection"_L1 && sub == "add"_L1 && !custom) {
        newConnector = ConnectorRegistry::instance().find(parser.value(connectorOption));
        if (!newConnector)
            return usage(u"unknown connector \"%1\" (one of: %2)"_s.arg(parser.value(connectorOption),
                                                                       ConnectorRegistry::instance().ids().join(u", "_s)));
        QJsonObject values;
        for (const QString &pair : parser.values(setOption)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq <= 0)
                return usage(u"--set needs KEY=VALUE, not \"%1\""_s.arg(pair));
            values.insert(pair.left(eq), pair.mid(eq + 1));
        }
        const auto validated = newConnector->validateSettings(values, &error);
        if (!validated)
            return usage(error);
        // Store only what the user set; defaults stay defaults (and can change with the version).
        newSettings = values;
    }

    Workspace::Options options;
    options.applicationName = u"orion-cli"_s;
    options.createIfMissing = command == "migrate"_L1 || command == "demo"_L1 || (command == "connection"_L1 && sub == "add"_L1)
                              || (command == "spec"_L1 && sub == "deploy"_L1) || command == "marketplace"_L1;
    auto workspace = Workspace::open(context.config, context.password, &error, options);
    if (!workspace)
        return fail(error);

    if (command == "migrate"_L1) {
        out() << context.config.displayName() << ": schema version " << workspace->schemaVersion() << " ("
              << (workspace->migrationsApplied() ? u"applied %1 migration(s)"_s.arg(workspace->migrationsApplied())
                                                 : u"up to date"_s)
              << ")" << Qt::endl;
        return 0;
    }
    if (command == "demo"_L1) {
        DemoSeeder seeder(*workspace);
        DemoSeeder::Result result;
        if (!seeder.seed(demo, &result, &error))
            return fail(error);
        out() << "Seeded " << result.connections << " demo connections and " << result.metrics
              << " sync runs over " << demo.days << " days into " << context.config.displayName() << Qt::endl;
        return 0;
    }
    if (command == "connections"_L1 || (command == "connection"_L1 && sub == "list"_L1))
        return listConnections(*workspace, parser.isSet(json));
    if (command == "mappings"_L1)
        return runMappings(sub, args, parser, *workspace);
    if (command == "spec"_L1)
        return runSpec(sub, args, parser, workspace.get());
    if (command == "marketplace"_L1)
        return runMarketplace(sub, args, parser, *workspace);
    if (command == "schedule"_L1)
        return runSchedule(sub, args, parser, *workspace);
    if (command == "jobs"_L1)
        return runJobs(sub, args, parser, *workspace);
    if (command == "workers"_L1)
        return runWorkers(parser, *workspace);

    ConnectionStore store(*workspace);
    if (command == "analytics"_L1) {
        AnalyticsFilter filter;
        if (parser.isSet(rangeOption) && (!AnalyticsFilter::rangeFromName(parser.value(rangeOption), &filter.range)
                                          || filter.range == AnalyticsFilter::Range::Custom))
            return usage(u"--range must be 24h, 7d, 30d or 90d"_s);
        if (parser.isSet(connectionOption)) {
            const auto c = store.connectionByName(parser.value(connectionOption), &error);
            if (!c)
                return error.isEmpty() ? usage(u"there is no connection named \"%1\""_s.arg(parser.value(connectionOption))) : fail(error);
            filter.connectionIds << c->id;
        }
        AnalyticsResult result;
        if (!Analytics::query(*workspace, filter, &result, &error))
            return fail(error);
        if (parser.isSet(json)) {
            out() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            return 0;
        }
        auto pct = [](double v) { return QString::number(v * 100.0, 'f', 1) + u'%'; };
        out() << "Range " << result.from.toString(Qt::ISODate) << " – " << result.to.toString(Qt::ISODate) << Qt::endl
              << "  syncs        " << result.current.syncs << "  (previous " << result.previous.syncs << ")" << Qt::endl
              << "  records      " << result.current.records << "  (previous " << result.previous.records << ")" << Qt::endl
              << "  success rate " << pct(result.current.successRate()) << "  (previous " << pct(result.previous.successRate()) << ")" << Qt::endl
              << "  error rate   " << pct(result.current.errorRate()) << "  (previous " << pct(result.previous.errorRate()) << ")" << Qt::endl
              << "  avg duration " << qRound64(result.current.avgDurationMs) << " ms  (previous " << qRound64(result.previous.avgDurationMs)
              << " ms)" << Qt::endl;
        for (const AnalyticsPoint &p : result.series) {
            out() << "  " << p.bucket.toString(result.hourly ? u"yyyy-MM-dd HH:00"_s : u"yyyy-MM-dd"_s) << "  " << p.syncs() << " syncs ("
                  << p.failed << " failed), " << p.records << " records" << Qt::endl;
        }
        return 0;
    }
    if (command == "alert"_L1) {
        Alerts alerts(*workspace);
        if (sub == "list"_L1) {
            const QList<AlertRule> rules = alerts.rules(0, &error);
            if (!error.isEmpty())
                return fail(error);
            for (const AlertRule &r : rules) {
                if (parser.isSet(json))
                    out() << QJsonDocument(QJsonObject{{u"id"_s, r.id}, {u"connection"_s, r.connectionName}, {u"slack"_s, r.slackConnectionName},
                                                       {u"channel"_s, r.channel}, {u"on"_s, AlertRule::triggerName(r.trigger)},
                                                       {u"enabled"_s, r.enabled}}).toJson(QJsonDocument::Compact) << Qt::endl;
                else
                    out() << r.id << "  " << r.connectionName << " → " << r.slackConnectionName << " " << r.channel << " on "
                          << AlertRule::triggerName(r.trigger) << Qt::endl;
            }
            return 0;
        }
        if (sub == "remove"_L1)
            return alerts.removeRule(args.first().toLongLong(), &error) ? 0 : usage(error);
        AlertRule rule;
        AlertRule::triggerFromName(parser.value(onOption), &rule.trigger);
        const auto watched = store.connectionByName(args.first(), &error);
        const auto slack = store.connectionByName(parser.value(slackOption), &error);
        if (!watched || !slack)
            return error.isEmpty() ? usage(u"there is no connection named \"%1\""_s.arg(!watched ? args.first() : parser.value(slackOption)))
                                   : fail(error);
        if (slack->connectorId != "slack"_L1)
            return usage(u"\"%1\" is not a Slack connection"_s.arg(slack->name));
        rule.connectionId = watched->id;
        rule.slackConnectionId = slack->id;
        rule.channel = parser.value(channelOption);
        const qint64 id = alerts.addRule(rule, &error);
        if (!id)
            return fail(error);
        out() << "Alert rule " << id << ": " << watched->name << " → " << slack->name << " " << rule.channel << " on "
              << AlertRule::triggerName(rule.trigger) << Qt::endl;
        return 0;
    }
    if (command == "runs"_L1) {
        ConnectionStore::RunFilter filter;
        filter.limit = int(limit);
        if (parser.isSet(connectionOption)) {
            const auto c = store.connectionByName(parser.value(connectionOption), &error);
            if (!c)
                return error.isEmpty() ? usage(u"there is no connection named \"%1\""_s.arg(parser.value(connectionOption)))
                                       : fail(error);
            filter.connectionId = c->id;
        }
        const QList<SyncRun> runs = store.runs(filter, &error);
        if (!error.isEmpty())
            return fail(error);
        for (const SyncRun &r : runs) {
            if (parser.isSet(json)) {
                out() << QJsonDocument(QJsonObject{
                                           {u"id"_s, r.id},
                                           {u"connection"_s, r.connectionName},
                                           {u"stream"_s, r.stream},
                                           {u"started_at"_s, r.startedAt.toString(Qt::ISODateWithMs)},
                                           {u"status"_s, SyncRun::statusName(r.status)},
                                           {u"records_read"_s, r.recordsProcessed},
                                           {u"records_written"_s, r.recordsWritten},
                                           {u"records_failed"_s, r.recordsFailed},
                                           {u"duration_ms"_s, r.durationMs},
                                           {u"error_class"_s, r.errorClass.isEmpty() ? QJsonValue() : QJsonValue(r.errorClass)},
                                           {u"error"_s, r.errorMessage.isEmpty() ? QJsonValue() : QJsonValue(r.errorMessage)},
                                       })
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            } else {
                out() << r.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  " << r.connectionName.leftJustified(24)
                      << ' ' << r.stream.leftJustified(12) << ' ' << SyncRun::statusName(r.status).leftJustified(9) << ' '
                      << QString::number(r.recordsProcessed).rightJustified(8) << " read  "
                      << QString::number(r.durationMs).rightJustified(7) << " ms"
                      << (r.errorMessage.isEmpty() ? QString() : u"  "_s + r.errorClass + u": "_s + r.errorMessage)
                      << Qt::endl;
            }
        }
        return 0;
    }

    const QString name = args.value(0);
    if (command == "connection"_L1 && sub == "add"_L1 && custom) {
        // A custom connector: a spec file is saved and deployed first; a name must be deployed already.
        CustomConnectorStore customs(*workspace);
        QString id = parser.value(connectorOption);
        if (customSpec) {
            if (!customs.save(*customSpec, true, &error))
                return fail(error);
            id = u"custom:"_s + customSpec->name();
            out() << "Deployed " << customSpec->name() << " version " << customSpec->version() << "." << Qt::endl;
        }
        newConnector = CustomConnectorStore::resolve(*workspace, id, &error);
        if (!newConnector)
            return error.isEmpty() ? usage(u"there is no deployed custom connector \"%1\" (give a spec file, or deploy it with 'orion spec deploy FILE')"_s.arg(id.mid(7)))
                                   : fail(error);
        const auto validated = newConnector->validateSettings(setValues, &error);
        if (!validated)
            return usage(error);
        newSettings = setValues;
    }
    if (command == "connection"_L1 && sub == "add"_L1) {
        ConnectionStore::NewConnection c;
        c.name = name;
        c.connectorId = newConnector->id();
        c.settings = newSettings;
        if (!store.createConnection(c, &error))
            return fail(error);
        out() << "Added connection \"" << name << "\" (" << newConnector->displayName() << ")." << Qt::endl;
        QStringList missing;
        for (const SettingSpec &s : newConnector->secretSettings())
            missing << CredentialStore::environmentVariable(name, s.key);
        if (!missing.isEmpty())
            out() << "Secrets: 'orion connection set-secret " << name << " KEY' or the environment ("
                  << missing.join(u", "_s) << ")." << Qt::endl;
        return 0;
    }

    const auto connection = store.connectionByName(name, &error);
    if (!connection)
        return error.isEmpty() ? usage(u"there is no connection named \"%1\""_s.arg(name)) : fail(error);
    QString resolveError;
    const Connector *connector = CustomConnectorStore::resolve(*workspace, connection->connectorId, &resolveError);

    if (command == "connection"_L1 && sub == "remove"_L1) {
        if (!store.deleteConnection(connection->id, &error))
            return fail(error);
        auto credentials = CredentialStore::createDefault();
        if (connector) {
            for (const SettingSpec &s : connector->secretSettings())
                credentials->removeSecret(name, s.key, &error);
        }
        out() << "Removed connection \"" << name << "\"." << Qt::endl;
        return 0;
    }
    if (command == "connection"_L1 && sub == "set-secret"_L1) {
        const QString key = args.value(1);
        bool known = false;
        for (const SettingSpec &s : connector ? connector->secretSettings() : QList<SettingSpec>())
            known = known || s.key == key;
        if (!known)
            return usage(u"%1 has no secret \"%2\""_s.arg(connector ? connector->displayName() : connection->connectorId, key));
        QTextStream in(stdin);
        const QString value = in.readLine().trimmed();
        if (value.isEmpty())
            return usage(u"no value on standard input"_s);
        auto credentials = CredentialStore::createDefault();
        if (!credentials->setSecret(name, key, value, &error))
            return fail(error);
        out() << "Saved " << key << " of \"" << name << "\" in the " << credentials->backend().name() << "." << Qt::endl;
        return 0;
    }
    if (!connector)
        return usage(u"connection \"%1\" uses the unknown connector \"%2\""_s.arg(name, connection->connectorId));

    if (command == "records"_L1) {
        const auto stream = connector->stream(parser.value(streamOption));
        if (!stream)
            return usage(u"%1 has no stream \"%2\" (streams: %3)"_s.arg(connector->displayName(), parser.value(streamOption),
                                                                       connector->streamNames().join(u", "_s)));
        RecordStore records(*workspace);
        const QList<QJsonObject> list = records.records(connection->id, stream->kind, &error);
        if (!error.isEmpty())
            return fail(error);
        for (const QJsonObject &record : list)
            out() << QJsonDocument(record).toJson(QJsonDocument::Compact) << '\n';
        out().flush();
        return 0;
    }

    if (command == "soql"_L1) {
        if (connector->id() != "salesforce"_L1)
            return usage(u"\"%1\" is a %2 connection; soql needs Salesforce"_s.arg(name, connector->displayName()));
        QVariantList values;
        for (const QString &v : parser.values(bindOption)) {
            bool isNumber = false;
            const double number = v.toDouble(&isNumber);
            values << (v == "true"_L1 || v == "false"_L1 ? QVariant(v == "true"_L1) : isNumber ? QVariant(number) : QVariant(v));
        }
        const QString soql = Soql::bind(args.at(1), values, &error);
        if (soql.isEmpty())
            return usage(u"the query was refused: "_s + error);
        ResolvedConnection resolved;
        const auto credentials = CredentialStore::createDefault();
        const SyncResult::Outcome outcome = SyncJob::resolve(*workspace, name, credentials, &resolved, &error);
        if (outcome == SyncResult::Outcome::Invalid)
            return usage(error);
        if (outcome != SyncResult::Outcome::Ran)
            return fail(error);
        ConnectorSession session(*connector, resolved.connection.id, resolved.connection.name, resolved.settings, credentials);
        if (!parser.isSet(json))
            session.http().setLogger([](const QString &line) { QTextStream(stderr) << line << Qt::endl; });
        if (!session.isReady())
            return fail(session.failure().message);
        qint64 total = 0, printed = 0;
        const Failure failure = SalesforceConnector::query(session.context(), soql, [&](const QJsonArray &records) {
            for (const QJsonValue &r : records) {
                out() << QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact) << '\n';
                ++printed;
            }
            out().flush();
        }, &total);
        if (failure)
            return fail(session.redact(failure.message));
        if (!parser.isSet(json))
            QTextStream(stderr) << printed << " of " << total << " record(s)" << Qt::endl;
        return 0;
    }

    if (command == "slack"_L1) {
        if (connector->id() != "slack"_L1)
            return usage(u"\"%1\" is a %2 connection, not Slack"_s.arg(name, connector->displayName()));
        ResolvedConnection resolved;
        const auto credentials = CredentialStore::createDefault();
        const SyncResult::Outcome outcome = SyncJob::resolve(*workspace, name, credentials, &resolved, &error);
        if (outcome != SyncResult::Outcome::Ran)
            return outcome == SyncResult::Outcome::Invalid ? usage(error) : fail(error);
        ConnectorSession session(*connector, resolved.connection.id, name, resolved.settings, credentials);
        Failure failure = session.failure();
        QString ts;
        if (session.isReady()) {
            const ConnectorContext &ctx = session.context();
            const QJsonArray blocks = parser.isSet(approvalOption)
                                          ? SlackConnector::approvalBlocks(parser.value(textOption), parser.value(approvalOption))
                                          : QJsonArray();
            SlackConnector::postMessage(ctx, parser.value(channelOption), parser.value(textOption), blocks, &ts, &failure);
        }
        if (parser.isSet(json)) {
            out() << QJsonDocument(failure ? QJsonObject{{u"ok"_s, false}, {u"error"_s, failure.message}}
                                           : QJsonObject{{u"ok"_s, true}, {u"channel"_s, parser.value(channelOption)}, {u"ts"_s, ts}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
            return failure ? 1 : 0;
        }
        if (failure)
            return fail(failure.message);
        out() << "Posted to " << parser.value(channelOption) << " (ts " << ts << ")." << Qt::endl;
        return 0;
    }

    if (command == "push"_L1) {
        // Read and check every record before anything is sent.
        QFile file;
        if (parser.isSet(fileOption)) {
            file.setFileName(parser.value(fileOption));
            if (!file.open(QIODevice::ReadOnly))
                return usage(u"cannot read %1: %2"_s.arg(parser.value(fileOption), file.errorString()));
        } else if (!file.open(stdin, QIODevice::ReadOnly)) {
            return usage(u"cannot read standard input"_s);
        }
        UnifiedCustomers customers;
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            UnifiedCustomer customer;
            QString recordError;
            if (!doc.isObject())
                return usage(u"line %1: not a JSON object (%2)"_s.arg(lineNumber).arg(parseError.errorString()));
            if (!UnifiedCustomer::fromJson(doc.object(), &customer, &recordError))
                return usage(u"line %1: %2"_s.arg(lineNumber).arg(recordError));
            customers.append(customer);
        }
        if (customers.isEmpty())
            return usage(u"no records to push"_s);
        workspace.reset();
        SyncRequest request;
        request.database = context.config;
        request.databasePassword = context.password;
        request.connection = name;
        const bool jsonOutput = parser.isSet(json);
        Connector::WriteOptions writeOptions;
        writeOptions.bulk = parser.isSet(bulkOption);
        const PushResult pushed = SyncJob::pushCustomers(request, CredentialStore::createDefault(), customers, HttpClient::Options{},
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
            QJsonObject line{{u"records"_s, qint64(customers.size())},
                             {u"succeeded"_s, succeeded},
                             {u"failed"_s, failed},
                             {u"failures"_s, failures}};
            if (w.failure) {
                line.insert(u"error_class"_s, errorClassName(w.failure.errorClass));
                line.insert(u"error"_s, w.failure.message);
            }
            out() << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            out() << name << ": " << w.created << " created, " << w.updated << " updated, " << failed << " failed in "
                  << pushed.durationMs << " ms" << (w.failure ? u" — "_s + w.failure.message : QString()) << Qt::endl;
            for (const RecordFailure &f : w.failures)
                out() << "  " << f.externalId << ": " << f.error << Qt::endl;
        }
        return !w.failure && failed == 0 ? 0 : 1;
    }

    // sync
    if (parser.isSet(streamOption) && !connector->stream(parser.value(streamOption)))
        return usage(u"%1 has no stream \"%2\" (streams: %3)"_s.arg(connector->displayName(), parser.value(streamOption),
                                                                   connector->streamNames().join(u", "_s)));
    workspace.reset(); // the job opens its own connection
    SyncRequest request;
    request.database = context.config;
    request.databasePassword = context.password;
    request.connection = name;
    request.stream = parser.value(streamOption);
    request.fullRefresh = parser.isSet(fullRefresh);
    SyncJob job(request, CredentialStore::createDefault());
    const bool jsonOutput = parser.isSet(json);
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
            out() << r.connection << " / " << r.stream << ": " << r.toJson().value("status"_L1).toString() << ", "
                  << r.recordsRead << " read, " << r.recordsWritten << " written, " << r.recordsFailed << " failed in "
                  << r.durationMs << " ms" << (r.error.isEmpty() ? QString() : u" — "_s + r.error) << Qt::endl;
        }
    }
    return allSucceeded ? 0 : 1;
}

} // namespace Orion::Cli

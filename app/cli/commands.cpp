#include "commands.h"

#include "command.h"
#include "output.h"

#include "adapters/connector.h"
#include "runtime/credentialstore.h"
#include "services/workspacesettings.h"
#include "store/customconnectorstore.h"
#include "store/workspace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

namespace {

const QString kUsage = uR"(Usage: orion [--db ADDRESS] COMMAND [OPTIONS]

Commands:
  migrate [--as-owner]             Create or upgrade the workspace schema (a shared PostgreSQL
                                   workspace: by its owner, with --as-owner).
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
  records NAME --stream S [--include-deleted] [--json]
                                   Print the stored unified records, one JSON object per line.
  runs [--connection NAME] [--limit N] [--json]
                                   List sync runs, newest first.
  soql NAME 'SELECT …' [--bind VALUE ...] [--json]
                                   Run a SOQL query on a Salesforce connection (one record per line).
  push NAME --stream customers [--from FILE.jsonl | --from-connection OTHER] [--dry-run] [--bulk] [--json]
                                   Write unified customers to the connection's service (--dry-run: the plan).
  analytics [--range 24h|7d|30d|90d] [--connection NAME] [--json]
                                   The dashboard's KPIs and per-day series.
  slack NAME --channel C --text T [--approval VALUE] [--json]
                                   Post a message (or an approval request) through a Slack connection.
  alert add CONNECTION --slack SLACK_CONNECTION --channel C --on failure|recovery|every_run|drift
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
  webhook serve --listen HOST:PORT [--tls-cert F --tls-key F]
                                   Receive signed webhooks and queue the syncs they ask for (PostgreSQL).
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

const QList<Command> &commandTable()
{
    static const QList<Command> table = [] {
        QList<Command> all;
        for (const auto &family :
             {connectionCommands, syncCommands, reportCommands, workspaceCommands, mappingCommands, specCommands, queueCommands, webhookCommands})
            all += family();
        return all;
    }();
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commandTable())
        if (c.name == name)
            return &c;
    return nullptr;
}

// Where the workspace is: --db, then ORION_DB, then what the app saved.
bool resolveAddress(const QString &dbOption, Invocation *invocation, QString *error)
{
    QString address = dbOption;
    if (address.isEmpty())
        address = qEnvironmentVariable("ORION_DB");
    if (address.isEmpty()) {
        invocation->config = WorkspaceSettings::databaseConfig();
    } else {
        invocation->config = DatabaseConfig::fromUrl(address, &invocation->password, error);
        if (!error->isEmpty())
            return false;
    }
    if (invocation->password.isEmpty())
        invocation->password = qEnvironmentVariable("ORION_DB_PASSWORD");
    return true;
}

void addOptions(QCommandLineParser *parser)
{
    parser->addOption(QCommandLineOption(QStringList{u"h"_s, u"help"_s}));
    parser->addOption(QCommandLineOption(QStringList{u"v"_s, u"version"_s}));
    parser->addOption(QCommandLineOption(QStringList{u"from"_s, u"file"_s}, QString(), u"path"_s));
    parser->addOption(QCommandLineOption(QStringList{u"o"_s, u"output"_s}, QString(), u"file"_s));
    // Options with a value.
    for (const QString &name : {u"db"_s,           u"connector"_s,
                                u"set"_s,          u"stream"_s,
                                u"connection"_s,   u"bind"_s,
                                u"channel"_s,      u"text"_s,
                                u"slack"_s,        u"on"_s,
                                u"approval"_s,     u"range"_s,
                                u"connections"_s,  u"days"_s,
                                u"metrics"_s,      u"seed"_s,
                                u"limit"_s,        u"target"_s,
                                u"provider"_s,     u"rows"_s,
                                u"docs"_s,         u"sample"_s,
                                u"at-least"_s,     u"cassette"_s,
                                u"record"_s,       u"pages"_s,
                                u"search"_s,       u"category"_s,
                                u"pricing"_s,      u"concurrency"_s,
                                u"name"_s,         u"lease-seconds"_s,
                                u"heartbeat-ms"_s, u"drain-seconds"_s,
                                u"priority"_s,     u"state"_s,
                                u"key-file"_s,     u"listen"_s,
                                u"tls-cert"_s,     u"tls-key"_s,
                                u"public-url"_s,   u"debounce-ms"_s,
                                u"max-body"_s,     u"from-connection"_s,
                                u"filter"_s})
        parser->addOption(QCommandLineOption(name, QString(), u"value"_s));
    // Switches.
    for (const QString &name : {u"json"_s, u"full-refresh"_s, u"bulk"_s, u"no-schedule"_s, u"on-workers"_s, u"llm-only"_s, u"mask"_s,
                                u"keep-decisions"_s, u"all"_s, u"rotate"_s, u"as-owner"_s, u"include-deleted"_s, u"dry-run"_s})
        parser->addOption(QCommandLineOption(name));
}

} // namespace

QString Invocation::takeSub()
{
    sub = args.isEmpty() ? QString() : args.takeFirst();
    return sub;
}

bool intOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 parsed = parser.value(name).toLongLong(&ok);
    if (!ok || parsed < min || parsed > max) {
        *error = u"--%1 must be a whole number from %2 to %3"_s.arg(name).arg(min).arg(max);
        return false;
    }
    *value = parsed;
    return true;
}

bool intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *value, QString *error)
{
    qint64 v = *value;
    if (!intOption(parser, name, qint64(min), qint64(max), &v, error))
        return false;
    *value = int(v);
    return true;
}

std::unique_ptr<Workspace> openWorkspace(const Invocation &invocation, bool createIfMissing, QString *error)
{
    Workspace::Options options;
    options.applicationName = u"orion-cli"_s;
    options.createIfMissing = createIfMissing;
    // Only `migrate --as-owner` changes a shared workspace's schema; every other command (and
    // `migrate` without it) finds a pending migration an error that says who runs it.
    options.asOwner = invocation.command == "migrate"_L1 && invocation.parser.isSet(u"as-owner"_s);
    return Workspace::open(invocation.config, invocation.password, error, options);
}

NamedConnection findConnection(Workspace &workspace, const QString &name)
{
    NamedConnection found;
    QString error;
    const auto connection = ConnectionStore(workspace).connectionByName(name, &error);
    if (!connection) {
        found.status = error.isEmpty() ? usage(u"there is no connection named \"%1\""_s.arg(name)) : fail(error);
        return found;
    }
    found.connection = *connection;
    QString ignored;
    found.connector = CustomConnectorStore::resolve(workspace, found.connection.connectorId, found.connection.owner, &ignored);
    return found;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addOptions(&parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText() + u"; run 'orion --help' for usage"_s);
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(u"version"_s)) {
        out() << "orion " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const Command *command = positional.isEmpty() ? nullptr : findCommand(positional.first());
    if (parser.isSet(u"help"_s)) {
        out() << (command ? command->help() : kUsage);
        return 0;
    }
    if (positional.isEmpty())
        return usage(u"no command given; run 'orion --help' for usage"_s);
    if (!command)
        return usage(u"unknown command \"%1\"; run 'orion --help' for usage"_s.arg(positional.first()));

    Invocation invocation{parser, command->name, {}, positional.mid(1), {}, {}};
    if (command->check) {
        if (const int status = command->check(invocation))
            return status;
    } else if (!invocation.args.isEmpty()) {
        return usage(u"unexpected argument \"%1\""_s.arg(invocation.args.first()));
    }
    const Command::Needs needs = command->needs ? command->needs(invocation) : Command::Needs::Workspace;
    if (needs == Command::Needs::Nothing)
        return command->run(invocation, nullptr);
    QString error;
    if (!resolveAddress(parser.value(u"db"_s), &invocation, &error))
        return fail(error);
    if (needs == Command::Needs::Address)
        return command->run(invocation, nullptr);
    auto workspace = openWorkspace(invocation, command->creates && command->creates(invocation), &error);
    if (!workspace)
        return fail(error);
    return command->run(invocation, workspace.get());
}

} // namespace Orion::Cli

#include "commands.h"

#include "storage/connectionstore.h"
#include "storage/demoseeder.h"
#include "storage/migrator.h"
#include "storage/workspace.h"
#include "storage/workspacesettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream err(stderr);
    err << "orion: " << QString(message).replace(u'\n', u' ') << Qt::endl;
    return 1;
}

int usage(const QString &message)
{
    QTextStream err(stderr);
    err << "orion: " << message << Qt::endl << "Run 'orion --help' for usage." << Qt::endl;
    return 2;
}

const QString kUsage = uR"(Usage: orion [--db ADDRESS] COMMAND [OPTIONS]

Commands:
  migrate                 Create or upgrade the workspace schema.
  demo                    Replace the demo connections and their synthetic sync history.
      --connections C     demo connections (default 6)
      --days D            days of history (default 90)
      --metrics N         total sync runs (default: about 6 per connection per day)
      --seed S            random seed (default fixed, so runs are reproducible)
  connections [--json]    List the connections with health and last sync.

Workspace (first match wins):
  --db ADDRESS            a SQLite file path, sqlite:PATH, or postgresql://user@host:port/db?sslmode=…
  ORION_DB                the same, from the environment
  otherwise               the workspace saved by Orion Connector Studio (default: the embedded SQLite file)
PostgreSQL password: ORION_DB_PASSWORD (or PGPASSWORD / ~/.pgpass as libpq reads them).

Options:
  -h, --help              Show this help.
  -v, --version           Show the version.
)"_s;

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

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s});
    const QCommandLineOption db(u"db"_s, QString(), u"address"_s);
    const QCommandLineOption json(u"json"_s);
    parser.addOptions({help, version, db, json});
    for (const QString &name : {u"connections"_s, u"days"_s, u"metrics"_s, u"seed"_s})
        parser.addOption(QCommandLineOption(name, QString(), u"n"_s));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out() << kUsage;
        return 0;
    }
    if (parser.isSet(version)) {
        out() << "orion " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(u"no command given"_s);
    const QString command = positional.first();
    if (positional.size() > 1)
        return usage(u"unexpected argument \"%1\""_s.arg(positional.at(1)));
    if (command != "migrate"_L1 && command != "demo"_L1 && command != "connections"_L1)
        return usage(u"unknown command \"%1\""_s.arg(command));

    Context context;
    QString error;
    if (!resolveWorkspace(parser.value(db), &context, &error))
        return fail(error);

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

    Workspace::Options options;
    options.applicationName = u"orion-cli"_s;
    options.createIfMissing = command != "connections"_L1;
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

    ConnectionStore store(*workspace);
    const ConnectionSummaries connections = store.connections(&error);
    if (!error.isEmpty())
        return fail(error);
    if (parser.isSet(json)) {
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

} // namespace Orion::Cli

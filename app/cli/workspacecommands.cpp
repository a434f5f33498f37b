#include "workspacecommands.h"

#include "command.h"
#include "output.h"

#include "store/demoseeder.h"
#include "store/workspace.h"
#include "store/workspacebackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

QString workspaceHelp()
{
    return uR"(Usage:
  orion [--db ADDRESS] workspace check [--json]
  orion [--db ADDRESS] workspace recover [--from BACKUP.db]
  orion [--db ADDRESS] workspace backup
  orion [--db ADDRESS] workspace backups [--json]

SQLite workspaces only.
  check     PRAGMA integrity_check; exit status 0 when the workspace is sound, 1 otherwise.
  recover   Keeps a copy of the damaged file in the backup folder, then repairs the workspace in place:
            rebuilt indexes, else a rebuild from its readable rows, else the newest sound backup
            (or --from BACKUP.db). Close the app first.
  backup    Makes a backup now (SQLite's online backup API; safe while the app is open).
  backups   Lists the backups (made before every upgrade and once a day), newest first.
Backups are kept in the hidden folder .<workspace file>.backups beside the workspace.
)"_s;
}

int checkWorkspaceArguments(const QString &sub, const QStringList &args)
{
    static const QStringList subs{u"check"_s, u"recover"_s, u"backup"_s, u"backups"_s};
    if (!subs.contains(sub))
        return usage(u"workspace needs check, recover, backup or backups; run 'orion workspace --help'"_s);
    if (!args.isEmpty())
        return usage(u"unexpected argument \"%1\""_s.arg(args.first()));
    return 0;
}

int runWorkspace(const QString &sub, const QStringList &, const QCommandLineParser &parser, const DatabaseConfig &config)
{
    if (config.engine != DatabaseConfig::Engine::Sqlite)
        return usage(u"workspace %1 works on SQLite workspaces; a PostgreSQL server has its own tools (pg_dump, amcheck)"_s.arg(sub));
    const QString path = config.sqlitePath;
    const bool json = parser.isSet(u"json"_s);
    if (!QFileInfo(path).isFile())
        return usage(u"there is no workspace file %1"_s.arg(QDir::toNativeSeparators(path)));

    if (sub == "backups"_L1) {
        const auto backups = WorkspaceBackup::list(path);
        for (const auto &b : backups) {
            if (json)
                out() << QJsonDocument(QJsonObject{{u"path"_s, b.path},
                                                   {u"created_at"_s, b.createdAt.toString(Qt::ISODate)},
                                                   {u"reason"_s, b.reason},
                                                   {u"bytes"_s, b.bytes}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            else
                out() << b.createdAt.toString(Qt::ISODate) << "  " << b.reason.leftJustified(22) << ' ' << b.path << Qt::endl;
        }
        if (backups.isEmpty() && !json)
            out() << "No backups yet in " << QDir::toNativeSeparators(WorkspaceBackup::folderFor(path)) << Qt::endl;
        return 0;
    }
    if (sub == "recover"_L1) {
        const QString from = parser.value(u"from"_s);
        if (!from.isEmpty() && !QFileInfo(from).isFile())
            return usage(u"there is no backup file %1"_s.arg(QDir::toNativeSeparators(from)));
        WorkspaceBackup::Recovery result;
        QString error;
        if (!WorkspaceBackup::recover(path, from, &result, &error))
            return fail(error);
        for (const QString &p : std::as_const(result.problems))
            out() << "found: " << p << Qt::endl;
        out() << result.summary() << Qt::endl;
        return 0;
    }

    // check and backup read the workspace as it is: no migration, no daily backup of their own.
    Workspace::Options options;
    options.applicationName = u"orion-cli"_s;
    options.createIfMissing = false;
    options.migrate = false;
    options.backups = false;
    QString error;
    Workspace::OpenStatus status;
    auto workspace = Workspace::open(config, {}, &error, options, &status);
    if (!workspace) {
        if (sub == "check"_L1 && status == Workspace::OpenStatus::Damaged) {
            out() << (json ? QJsonDocument(QJsonObject{{u"ok"_s, false}, {u"problems"_s, QJsonArray{error}}}).toJson(QJsonDocument::Compact)
                           : error.toUtf8())
                  << Qt::endl;
            return 1;
        }
        return fail(error);
    }
    if (sub == "backup"_L1) {
        WorkspaceBackup::Backup made;
        if (!WorkspaceBackup::create(workspace->database(), u"manual"_s, &made, &error))
            return fail(error);
        out() << "Backed up to " << QDir::toNativeSeparators(made.path) << Qt::endl;
        return 0;
    }
    const QStringList problems = WorkspaceBackup::check(workspace->database(), &error);
    if (json) {
        out() << QJsonDocument(QJsonObject{{u"ok"_s, problems.isEmpty()}, {u"problems"_s, QJsonArray::fromStringList(problems)}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else if (problems.isEmpty()) {
        out() << QDir::toNativeSeparators(path) << ": ok" << Qt::endl;
    } else {
        for (const QString &p : problems)
            out() << p << Qt::endl;
        out() << QDir::toNativeSeparators(path) << " is damaged; 'orion workspace recover' repairs it (close the app first)." << Qt::endl;
    }
    return problems.isEmpty() ? 0 : 1;
}

namespace {

bool demoOptions(const QCommandLineParser &parser, DemoSeeder::Options *demo, QString *error)
{
    qint64 connections = demo->connections, days = demo->days, metrics = 0, seed = demo->seed;
    if (!intOption(parser, u"connections"_s, 1, 1000, &connections, error) || !intOption(parser, u"days"_s, 1, 3650, &days, error)
        || !intOption(parser, u"metrics"_s, 1, 100'000'000, &metrics, error) || !intOption(parser, u"seed"_s, 0, 0xffffffff, &seed, error))
        return false;
    demo->connections = int(connections);
    demo->days = int(days);
    demo->metrics = metrics;
    demo->seed = quint32(seed);
    return true;
}

int checkDemo(Invocation &invocation)
{
    if (!invocation.args.isEmpty())
        return usage(u"unexpected argument \"%1\""_s.arg(invocation.args.first()));
    DemoSeeder::Options demo;
    QString error;
    return demoOptions(invocation.parser, &demo, &error) ? 0 : usage(error);
}

int runDemo(Invocation &invocation, Workspace *workspace)
{
    DemoSeeder::Options demo;
    QString error;
    demoOptions(invocation.parser, &demo, &error); // checked already
    DemoSeeder seeder(*workspace);
    DemoSeeder::Result result;
    if (!seeder.seed(demo, &result, &error))
        return fail(error);
    out() << "Seeded " << result.connections << " demo connections and " << result.metrics << " sync runs over " << demo.days << " days into "
          << invocation.config.displayName() << Qt::endl;
    return 0;
}

int runMigrate(Invocation &invocation, Workspace *workspace)
{
    out() << invocation.config.displayName() << ": schema version " << workspace->schemaVersion() << " ("
          << (workspace->migrationsApplied() ? u"applied %1 migration(s)"_s.arg(workspace->migrationsApplied()) : u"up to date"_s)
          << (workspace->isPostgres() && invocation.isSet(u"as-owner"_s) ? ", every object owned by orion_owner" : "") << ")" << Qt::endl;
    return 0;
}

bool always(const Invocation &)
{
    return true;
}

} // namespace

QList<Command> workspaceCommands()
{
    return {
        {u"migrate"_s,
         [] {
             return uR"(Usage: orion [--db ADDRESS] migrate [--as-owner]

Create or upgrade the workspace schema. A SQLite workspace is upgraded by whoever opens it (after a
backup). A shared PostgreSQL workspace only by its owner:
  --as-owner          run the migrations as the database's owner: the login must be a superuser or a
                      member of orion_owner (on a new database: a role with CREATEROLE); afterwards
                      every table, view and function belongs to orion_owner, which nobody logs in
                      as, so no member's login ever owns (and bypasses the row security of) a table.
Members' logins never migrate: when the schema is behind, they are told to ask the owner.
)"_s;
         },
         nullptr, nullptr, always, runMigrate},
        {u"demo"_s,
         [] {
             return uR"(Usage: orion [--db ADDRESS] demo [--connections C] [--days D] [--metrics N] [--seed S]

Replace the demo connections and their synthetic sync history.
  --connections C     demo connections (default 6)
  --days D            days of history (default 90)
  --metrics N         total sync runs (default: about 6 per connection per day)
  --seed S            random seed (default fixed, so runs are reproducible)
)"_s;
         },
         checkDemo, nullptr, always, runDemo},
        {u"workspace"_s, workspaceHelp, [](Invocation &i) { return checkWorkspaceArguments(i.takeSub(), i.args); },
         [](const Invocation &) { return Command::Needs::Address; }, nullptr,
         [](Invocation &i, Workspace *) { return runWorkspace(i.sub, i.args, i.parser, i.config); }},
    };
}

} // namespace Orion::Cli

#pragma once

#include "store/connectionstore.h"
#include "workspace/databaseconfig.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Orion {
class Workspace;
class Connector;
} // namespace Orion

namespace Orion::Cli {

// One call of `orion COMMAND [SUB] ARGS… [OPTIONS]`, as the command table's functions see it.
struct Invocation
{
    const QCommandLineParser &parser;
    QString command;
    QString sub;           // the sub-command, taken from args by the command's check
    QStringList args;      // the positional arguments after the command (and the sub-command)
    DatabaseConfig config; // the workspace's address (commands that need one)
    QString password;

    bool json() const { return parser.isSet(QStringLiteral("json")); }
    bool isSet(const QString &option) const { return parser.isSet(option); }
    QString value(const QString &option) const { return parser.value(option); }
    QStringList values(const QString &option) const { return parser.values(option); }
    // Takes the sub-command from args (empty when there is none).
    QString takeSub();
};

// A row of the command table: `orion NAME …`.
struct Command
{
    enum class Needs {
        Nothing,   // runs without a workspace (run gets nullptr)
        Address,   // gets the workspace's address in the invocation, opens what it needs itself
        Workspace, // gets the open workspace
    };
    QString name;
    QString (*help)();
    // Checks the shape of the arguments before anything is opened: 0 when fine, else usage()'s status.
    // Takes the sub-command from the arguments. nullptr: the command takes no argument.
    int (*check)(Invocation &) = nullptr;
    // What the command needs (may depend on the sub-command: `spec validate` needs nothing).
    Needs (*needs)(const Invocation &) = nullptr;
    // With Needs::Workspace: whether a missing SQLite workspace is created.
    bool (*creates)(const Invocation &) = nullptr;
    int (*run)(Invocation &, Workspace *) = nullptr;
};

// The families, one file each.
QList<Command> connectionCommands(); // connection, connections, connectors, records
QList<Command> syncCommands();       // sync, push, soql, slack
QList<Command> reportCommands();     // analytics, runs, alert
QList<Command> workspaceCommands();  // migrate, demo, workspace
QList<Command> mappingCommands();    // map, mappings
QList<Command> specCommands();       // spec, marketplace
QList<Command> queueCommands();      // worker, schedule, jobs, workers
QList<Command> webhookCommands();    // webhook serve

// Shared by the families.
bool intOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max, qint64 *value, QString *error);
bool intOption(const QCommandLineParser &parser, const QString &name, int min, int max, int *value, QString *error);
std::unique_ptr<Workspace> openWorkspace(const Invocation &invocation, bool createIfMissing, QString *error);

// The connection NAME and its connector (nullptr when the connector is unknown). On failure the
// exit status to return: usage() for a name that does not exist, fail() for a database error.
struct NamedConnection
{
    ConnectionStore::Connection connection; // valid when status is 0
    const Connector *connector = nullptr;
    int status = 0;
};
NamedConnection findConnection(Workspace &workspace, const QString &name);

} // namespace Orion::Cli

#pragma once

#include "workspace/databaseconfig.h"

#include <QCommandLineParser>
#include <QStringList>

namespace Orion::Cli {

// `orion workspace check|recover|backup|backups` on a SQLite workspace.
QString workspaceHelp();
// Checks the shape of the arguments: 0 when fine, else the usage() exit status.
int checkWorkspaceArguments(const QString &sub, const QStringList &args);
int runWorkspace(const QString &sub, const QStringList &args, const QCommandLineParser &parser, const DatabaseConfig &config);

} // namespace Orion::Cli

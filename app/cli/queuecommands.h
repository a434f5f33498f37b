#pragma once

#include "workspace/databaseconfig.h"

#include <QCommandLineParser>
#include <QStringList>

namespace Orion {
class Workspace;
}

namespace Orion::Cli {

// `orion worker`, `orion schedule set|list`, `orion jobs enqueue|list|cancel|retry`, `orion workers`.
QString workerHelp();
QString scheduleHelp();
QString jobsHelp();
int runWorker(const QCommandLineParser &parser, const DatabaseConfig &config, const QString &password);
int runSchedule(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace &workspace);
int runJobs(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace &workspace);
int runWorkers(const QCommandLineParser &parser, Workspace &workspace);

} // namespace Orion::Cli

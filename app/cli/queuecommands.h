#pragma once

#include "workspace/databaseconfig.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace Orion {
class CredentialStore;
class Workspace;
} // namespace Orion

namespace Orion::Cli {

// `orion worker`, `orion schedule set|list`, `orion jobs enqueue|list|cancel|retry`, `orion workers`.
QString workerHelp();
QString scheduleHelp();
QString jobsHelp();
int runWorker(const QCommandLineParser &parser, const DatabaseConfig &config, const QString &password);
int runSchedule(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace &workspace);
int runJobs(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace &workspace);
int runWorkers(const QCommandLineParser &parser, Workspace &workspace);
// The secrets of every owner's connections, by connection id: sealed to the pool's key (--key-file)
// when there is one, else this machine's keychain or secrets file. nullptr with *error.
std::shared_ptr<CredentialStore> poolCredentials(const QCommandLineParser &parser, const DatabaseConfig &config, const QString &password,
                                                 QString *error);

} // namespace Orion::Cli

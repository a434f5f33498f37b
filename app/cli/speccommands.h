#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace Orion {
class Workspace;
}

namespace Orion::Cli {

QString specHelp();
// `orion spec validate FILE` (no workspace); `orion spec deploy FILE` and `orion spec list` (workspace).
bool specNeedsWorkspace(const QString &sub);
int runSpec(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace *workspace);

QString marketplaceHelp();
int runMarketplace(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace &workspace);

} // namespace Orion::Cli

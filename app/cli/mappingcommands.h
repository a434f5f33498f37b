#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace Orion {
class Workspace;
}

namespace Orion::Cli {

// `orion map SAMPLE.json …`: suggestions for a sample file (no workspace needed).
int runMap(const QStringList &args, const QCommandLineParser &parser);
// `orion mappings suggest|list|approve|reject|export|import|validate …` on a connection's stored mappings.
int runMappings(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace &workspace);

QString mapHelp();
QString mappingsHelp();

} // namespace Orion::Cli

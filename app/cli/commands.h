#pragma once

#include <QStringList>

namespace Orion::Cli {

// Runs `orion ARGS…` and returns the exit code: 0 success, 1 failure (one line on stderr), 2 usage.
int run(const QStringList &arguments);

} // namespace Orion::Cli

#pragma once

#include <QString>
#include <QTextStream>

namespace Orion::Cli {

QTextStream &out();
// A failure: one line on stderr, exit status 1.
int fail(const QString &message);
// Bad usage or input that names something that does not exist: one line, exit status 2, nothing written.
int usage(const QString &message);

} // namespace Orion::Cli

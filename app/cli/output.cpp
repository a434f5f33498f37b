#include "output.h"

namespace Orion::Cli {

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
    err << "orion: " << QString(message).replace(u'\n', u' ') << Qt::endl;
    return 2;
}

} // namespace Orion::Cli

// orion: the headless command (migrations, demo data; later syncs and workers).
#include "commands.h"

#include <QCoreApplication>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
#if defined(__GLIBC__)
    // Syncs read on several threads; glibc gives each thread an arena of its own (up to eight per
    // core) and keeps what they freed, which a 1,000,000-record Bulk API read measured as ~15 MB of
    // resident memory more (bench_sync --connector salesforce). Two arenas, set before any thread.
    mallopt(M_ARENA_MAX, 4);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Orion"_s);
    QCoreApplication::setOrganizationDomain(u"orion.example.org"_s);
    QCoreApplication::setApplicationName(u"orion-studio"_s); // shares the GUI's settings and data folder
    QCoreApplication::setApplicationVersion(QStringLiteral(ORION_VERSION));
    return Orion::Cli::run(QCoreApplication::arguments());
}

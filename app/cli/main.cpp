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
    // core) and keeps what they freed: a 1,000,000-record Bulk API read peaked at 110 MB with the
    // default and at 93 MB with four arenas (bench_sync --connector salesforce), with Stripe's
    // loopback rate unchanged; two arenas cost Stripe a quarter of its rate. Set before any thread.
    mallopt(M_ARENA_MAX, 4);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Orion"_s);
    QCoreApplication::setOrganizationDomain(u"orion.example.org"_s);
    QCoreApplication::setApplicationName(u"orion-studio"_s); // shares the GUI's settings and data folder
    QCoreApplication::setApplicationVersion(QStringLiteral(ORION_VERSION));
    return Orion::Cli::run(QCoreApplication::arguments());
}

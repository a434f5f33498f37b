// orion: the headless command (migrations, demo data; later syncs and workers).
#include "commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Orion"_s);
    QCoreApplication::setOrganizationDomain(u"orion.example.org"_s);
    QCoreApplication::setApplicationName(u"orion-studio"_s); // shares the GUI's settings and data folder
    QCoreApplication::setApplicationVersion(QStringLiteral(ORION_VERSION));
    return Orion::Cli::run(QCoreApplication::arguments());
}

// orion-studio: the desktop application.
#include "common/languages.h"
#include "common/theme.h"
#include "runtime/secretstore.h"
#include "services/workspaceservice.h"
#include "services/workspacesettings.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cstdio>

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
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Orion"_s);
    QApplication::setOrganizationDomain(u"orion.example.org"_s);
    QApplication::setApplicationName(u"orion-studio"_s);
    QApplication::setApplicationDisplayName(u"Orion Connector Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(ORION_VERSION));
    QGuiApplication::setDesktopFileName(u"org.orion.ConnectorStudio"_s);

    Orion::Languages::install(&app, Orion::WorkspaceSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build, map and monitor business system connectors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        u"workspace"_s, QApplication::translate("main", "Open this workspace instead of the saved one (a SQLite file or postgresql://…)."),
        u"address"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, QApplication::translate("main", "Save a screenshot of the main window to <file> once the workspace is shown, then quit."),
        u"file"_s);
    parser.addOption(workspaceOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    Orion::KeychainSecretStore secrets(u"org.orion.ConnectorStudio"_s);
    Orion::WorkspaceService workspace;
    Orion::Theme::apply(Orion::WorkspaceSettings::theme());
    Orion::MainWindow window(&workspace, &secrets);
    if (!parser.isSet(screenshotOption)) // screenshots at the default size
        window.restoreLayout();
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString path = QFileInfo(parser.value(screenshotOption)).absoluteFilePath();
        auto save = [&window, path] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            const bool ok = window.grab().save(path);
            std::fprintf(ok ? stdout : stderr, ok ? "Screenshot saved to %s\n" : "Cannot write %s\n", qPrintable(QDir::toNativeSeparators(path)));
            QApplication::exit(ok ? 0 : 1);
        };
        QObject::connect(&window, &Orion::MainWindow::workspaceReady, &window, [save] { QTimer::singleShot(300, save); });
        QObject::connect(&workspace, &Orion::WorkspaceService::workspaceOpenFailed, &window, [save] { QTimer::singleShot(300, save); });
    }

    if (parser.isSet(workspaceOption)) {
        QString error;
        QString password;
        const auto config = Orion::DatabaseConfig::fromUrl(parser.value(workspaceOption), &password, &error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "orion-studio: %s\n", qPrintable(error));
            return 2;
        }
        if (password.isEmpty())
            password = qEnvironmentVariable("ORION_DB_PASSWORD");
        window.openWorkspace(config, password);
    } else {
        window.openConfiguredWorkspace();
    }
    return app.exec();
}

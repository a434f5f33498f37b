#pragma once

#include "mapping/llmmapper.h"
#include "workspace/databaseconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Orion {

// The application's persistent choices (QSettings): which workspace to open and the UI language.
// Never stores a password.
class WorkspaceSettings
{
public:
    static DatabaseConfig databaseConfig();
    static void setDatabaseConfig(const DatabaseConfig &config);
    static QString defaultSqlitePath();
    static QString demoSqlitePath();
    // Workspaces opened before, newest first, at most kRecentWorkspaces (addresses without passwords).
    static constexpr int kRecentWorkspaces = 8;
    static QList<DatabaseConfig> recentWorkspaces();
    static void addRecentWorkspace(const DatabaseConfig &config);
    static void clearRecentWorkspaces();

    // The colours: "system" (the desktop's, the default), "light" or "dark".
    static QString theme();
    static void setTheme(const QString &theme);
    // The main window's geometry and state (QMainWindow::saveGeometry/saveState) and its last page.
    static QByteArray windowGeometry();
    static QByteArray windowState();
    static int lastPage();
    static void setWindowLayout(const QByteArray &geometry, const QByteArray &state, int page);

    // "" = the system language, otherwise "en", "de", "fr".
    static QString language();
    static void setLanguage(const QString &language);

    // The mapping assistant's LLM (provider, base URL, model, limits); never the key, which lives in
    // the system keychain under llmKeyName(). Unset: the environment's (ORION_LLM_*), else none.
    static LlmSettings llmSettings();
    static void setLlmSettings(const LlmSettings &settings);
    static QString llmKeyName() { return QStringLiteral("llm-api-key"); }

    // ISO 3166 alpha-2 region for national phone numbers in mappings (format_phone): ORION_DEFAULT_REGION,
    // else the saved choice, else the system locale's territory.
    static QString defaultPhoneRegion();
    static void setDefaultPhoneRegion(const QString &region);
};

} // namespace Orion

#pragma once

#include "workspace/databaseconfig.h"

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

    // "" = the system language, otherwise "en", "de", "fr".
    static QString language();
    static void setLanguage(const QString &language);
};

} // namespace Orion

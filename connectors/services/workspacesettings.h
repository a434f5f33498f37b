#pragma once

#include "mapping/llmmapper.h"
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

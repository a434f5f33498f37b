#include "services/workspacesettings.h"

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Orion {

QString WorkspaceSettings::defaultSqlitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"workspace.db"_s);
}

QString WorkspaceSettings::demoSqlitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo-workspace.db"_s);
}

DatabaseConfig WorkspaceSettings::databaseConfig()
{
    QSettings s;
    s.beginGroup(u"workspace"_s);
    DatabaseConfig config;
    config.engine = s.value(u"engine"_s).toString() == "postgresql"_L1 ? DatabaseConfig::Engine::PostgreSql : DatabaseConfig::Engine::Sqlite;
    config.sqlitePath = s.value(u"sqlitePath"_s, defaultSqlitePath()).toString();
    config.host = s.value(u"host"_s, config.host).toString();
    config.port = s.value(u"port"_s, config.port).toInt();
    config.database = s.value(u"database"_s, config.database).toString();
    config.user = s.value(u"user"_s).toString();
    DatabaseConfig::sslModeFromName(s.value(u"sslMode"_s, u"auto"_s).toString(), &config.sslMode);
    config.sslRootCert = s.value(u"sslRootCert"_s).toString();
    return config;
}

void WorkspaceSettings::setDatabaseConfig(const DatabaseConfig &config)
{
    QSettings s;
    s.beginGroup(u"workspace"_s);
    s.setValue(u"engine"_s, config.engine == DatabaseConfig::Engine::PostgreSql ? u"postgresql"_s : u"sqlite"_s);
    s.setValue(u"sqlitePath"_s, config.sqlitePath);
    s.setValue(u"host"_s, config.host);
    s.setValue(u"port"_s, config.port);
    s.setValue(u"database"_s, config.database);
    s.setValue(u"user"_s, config.user);
    s.setValue(u"sslMode"_s, DatabaseConfig::sslModeName(config.sslMode));
    s.setValue(u"sslRootCert"_s, config.sslRootCert);
}

QList<DatabaseConfig> WorkspaceSettings::recentWorkspaces()
{
    QList<DatabaseConfig> configs;
    for (const QString &address : QSettings().value(u"workspace/recent"_s).toStringList()) {
        QString error;
        const DatabaseConfig config = DatabaseConfig::fromUrl(address, nullptr, &error);
        if (error.isEmpty() && configs.size() < kRecentWorkspaces)
            configs << config;
    }
    return configs;
}

void WorkspaceSettings::addRecentWorkspace(const DatabaseConfig &config)
{
    QStringList addresses = QSettings().value(u"workspace/recent"_s).toStringList();
    addresses.removeAll(config.toUrl());
    addresses.prepend(config.toUrl());
    QSettings().setValue(u"workspace/recent"_s, addresses.mid(0, kRecentWorkspaces));
}

void WorkspaceSettings::clearRecentWorkspaces()
{
    QSettings().remove(u"workspace/recent"_s);
}

QString WorkspaceSettings::theme()
{
    const QString theme = QSettings().value(u"ui/theme"_s).toString();
    return theme == "light"_L1 || theme == "dark"_L1 ? theme : u"system"_s;
}

void WorkspaceSettings::setTheme(const QString &theme)
{
    QSettings().setValue(u"ui/theme"_s, theme);
}

QByteArray WorkspaceSettings::windowGeometry()
{
    return QSettings().value(u"window/geometry"_s).toByteArray();
}

QByteArray WorkspaceSettings::windowState()
{
    return QSettings().value(u"window/state"_s).toByteArray();
}

int WorkspaceSettings::lastPage()
{
    return QSettings().value(u"window/page"_s, 0).toInt();
}

void WorkspaceSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state, int page)
{
    QSettings s;
    s.setValue(u"window/geometry"_s, geometry);
    s.setValue(u"window/state"_s, state);
    s.setValue(u"window/page"_s, page);
}

QString WorkspaceSettings::language()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void WorkspaceSettings::setLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

QString WorkspaceSettings::defaultPhoneRegion()
{
    const QString env = qEnvironmentVariable("ORION_DEFAULT_REGION").trimmed().toUpper();
    if (env.size() == 2)
        return QString(env);
    const QString saved = QSettings().value(u"mapping/defaultRegion"_s).toString();
    if (saved.size() == 2)
        return QString(saved);
    const QString system = QLocale::territoryToCode(QLocale::system().territory());
    return system.size() == 2 ? system : u"US"_s;
}

void WorkspaceSettings::setDefaultPhoneRegion(const QString &region)
{
    QSettings().setValue(u"mapping/defaultRegion"_s, region.trimmed().toUpper());
}

LlmSettings WorkspaceSettings::llmSettings()
{
    QSettings s;
    if (!s.contains(u"llm/provider"_s))
        return LlmSettings::fromEnvironment();
    LlmSettings l;
    LlmSettings::providerFromName(s.value(u"llm/provider"_s).toString(), &l.provider);
    l.baseUrl = QUrl(s.value(u"llm/baseUrl"_s).toString());
    l.model = s.value(u"llm/model"_s).toString();
    l.maxSampleRows = std::clamp(s.value(u"llm/maxSampleRows"_s, 5).toInt(), 0, 50);
    l.maskValues = s.value(u"llm/maskValues"_s, false).toBool();
    l.inputUsdPerMTok = s.value(u"llm/inputUsdPerMTok"_s, -1.0).toDouble();
    l.outputUsdPerMTok = s.value(u"llm/outputUsdPerMTok"_s, -1.0).toDouble();
    l.apiKey = qEnvironmentVariable("ORION_LLM_API_KEY"); // the keychain's value, read by the app, wins
    return l;
}

void WorkspaceSettings::setLlmSettings(const LlmSettings &l)
{
    QSettings s;
    s.setValue(u"llm/provider"_s, LlmSettings::providerName(l.provider));
    s.setValue(u"llm/baseUrl"_s, l.baseUrl.toString());
    s.setValue(u"llm/model"_s, l.model);
    s.setValue(u"llm/maxSampleRows"_s, l.maxSampleRows);
    s.setValue(u"llm/maskValues"_s, l.maskValues);
    s.setValue(u"llm/inputUsdPerMTok"_s, l.inputUsdPerMTok);
    s.setValue(u"llm/outputUsdPerMTok"_s, l.outputUsdPerMTok);
}

} // namespace Orion

#include "workspacesettings.h"

#include <QDir>
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
    config.engine = s.value(u"engine"_s).toString() == "postgresql"_L1 ? DatabaseConfig::Engine::PostgreSql
                                                                       : DatabaseConfig::Engine::Sqlite;
    config.sqlitePath = s.value(u"sqlitePath"_s, defaultSqlitePath()).toString();
    config.host = s.value(u"host"_s, config.host).toString();
    config.port = s.value(u"port"_s, config.port).toInt();
    config.database = s.value(u"database"_s, config.database).toString();
    config.user = s.value(u"user"_s).toString();
    DatabaseConfig::sslModeFromName(s.value(u"sslMode"_s, u"prefer"_s).toString(), &config.sslMode);
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
}

QString WorkspaceSettings::language()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void WorkspaceSettings::setLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

} // namespace Orion

#include "databaseconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {
struct SslName
{
    DatabaseConfig::SslMode mode;
    QLatin1StringView name;
};
constexpr SslName kSslNames[] = {
    {DatabaseConfig::SslMode::Disable, "disable"_L1}, {DatabaseConfig::SslMode::Allow, "allow"_L1},
    {DatabaseConfig::SslMode::Prefer, "prefer"_L1},   {DatabaseConfig::SslMode::Require, "require"_L1},
    {DatabaseConfig::SslMode::VerifyCa, "verify-ca"_L1}, {DatabaseConfig::SslMode::VerifyFull, "verify-full"_L1},
};

} // namespace

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.engine = Engine::Sqlite;
    config.sqlitePath = path;
    return config;
}

QString DatabaseConfig::sslModeName(SslMode mode)
{
    for (const auto &entry : kSslNames) {
        if (entry.mode == mode)
            return QString(entry.name);
    }
    return u"prefer"_s;
}

bool DatabaseConfig::sslModeFromName(const QString &name, SslMode *mode)
{
    for (const auto &entry : kSslNames) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0) {
            *mode = entry.mode;
            return true;
        }
    }
    return false;
}

DatabaseConfig DatabaseConfig::fromUrl(const QString &text, QString *password, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return DatabaseConfig{};
    };
    if (error)
        error->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(DatabaseConfig::tr("The database address is empty."));

    if (trimmed.startsWith(u"postgres://"_s) || trimmed.startsWith(u"postgresql://"_s)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return fail(DatabaseConfig::tr("The PostgreSQL address is not a valid URL: %1").arg(url.errorString()));
        DatabaseConfig config;
        config.engine = Engine::PostgreSql;
        config.host = url.host().isEmpty() ? u"localhost"_s : url.host();
        config.port = url.port(5432);
        if (config.port <= 0 || config.port > 65535)
            return fail(DatabaseConfig::tr("The PostgreSQL port must be between 1 and 65535."));
        config.user = url.userName(QUrl::FullyDecoded);
        QString path = url.path(QUrl::FullyDecoded);
        if (path.startsWith(u'/'))
            path.remove(0, 1);
        if (path.isEmpty())
            return fail(DatabaseConfig::tr("The PostgreSQL address names no database (postgresql://user@host:port/database)."));
        config.database = path;
        const QUrlQuery query(url);
        if (query.hasQueryItem(u"sslmode"_s)) {
            const QString mode = query.queryItemValue(u"sslmode"_s);
            if (!sslModeFromName(mode, &config.sslMode))
                return fail(DatabaseConfig::tr("Unknown sslmode \"%1\": use disable, allow, prefer, require, verify-ca or verify-full.")
                                .arg(mode));
        }
        if (password)
            *password = url.password(QUrl::FullyDecoded);
        return config;
    }

    QString path = trimmed;
    if (path.startsWith(u"sqlite://"_s))
        path = QUrl(path).toLocalFile();
    else if (path.startsWith(u"sqlite:"_s))
        path = path.mid(7);
    else if (path.contains(u"://"_s))
        return fail(DatabaseConfig::tr("Unsupported database address \"%1\": use a SQLite file path or postgresql://…")
                        .arg(QUrl(trimmed).scheme()));
    if (path.isEmpty())
        return fail(DatabaseConfig::tr("The SQLite address names no file."));
    return sqlite(QDir::cleanPath(QDir::current().absoluteFilePath(path)));
}

QString DatabaseConfig::toUrl() const
{
    if (engine == Engine::Sqlite)
        return u"sqlite:"_s + sqlitePath;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    query.addQueryItem(u"sslmode"_s, sslModeName(sslMode));
    url.setQuery(query);
    return url.toString();
}

QString DatabaseConfig::displayName() const
{
    if (engine == Engine::Sqlite)
        return DatabaseConfig::tr("SQLite — %1").arg(QDir::toNativeSeparators(sqlitePath));
    const QString who = user.isEmpty() ? QString() : user + u'@';
    return DatabaseConfig::tr("PostgreSQL — %1%2:%3/%4").arg(who, host).arg(port).arg(database);
}

QString DatabaseConfig::secretKey() const
{
    return u"postgresql/%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

} // namespace Orion

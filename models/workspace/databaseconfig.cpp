#include "databaseconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
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
    {DatabaseConfig::SslMode::Disable, "disable"_L1},    {DatabaseConfig::SslMode::Allow, "allow"_L1},
    {DatabaseConfig::SslMode::Prefer, "prefer"_L1},      {DatabaseConfig::SslMode::Require, "require"_L1},
    {DatabaseConfig::SslMode::VerifyCa, "verify-ca"_L1}, {DatabaseConfig::SslMode::VerifyFull, "verify-full"_L1},
    {DatabaseConfig::SslMode::Auto, "auto"_L1},
};

} // namespace

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.engine = Engine::Sqlite;
    config.sqlitePath = path;
    return config;
}

bool DatabaseConfig::isLocalHost(const QString &host)
{
    if (host.isEmpty() || host.startsWith(u'/') || host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true; // Unix-domain sockets and the loopback name
    if (host == u"::1"_s || host == u"[::1]"_s)
        return true;
    const QStringList parts = host.split(u'.');
    return parts.size() == 4 && parts.first() == u"127"_s;
}

DatabaseConfig::SslMode DatabaseConfig::effectiveSslMode() const
{
    if (sslMode != SslMode::Auto)
        return sslMode;
    return isLocalHost(host) ? SslMode::Prefer : SslMode::VerifyFull;
}

QString DatabaseConfig::libpqSslOptions(QString *error) const
{
    const SslMode mode = effectiveSslMode();
    QString options = u"sslmode="_s + sslModeName(mode);
    QString root = sslRootCert;
    if (root.isEmpty() && (mode == SslMode::VerifyFull || mode == SslMode::VerifyCa)
        && !QFileInfo::exists(QDir::homePath() + u"/.postgresql/root.crt"_s))
        root = u"system"_s; // libpq ≥ 16: the operating system's trusted CAs
    if (!root.isEmpty()) {
        // Qt's driver turns ';' into ' ' and libpq splits at spaces: such a path cannot be passed.
        if (root.contains(u' ') || root.contains(u';') || root.contains(u'\'') || root.contains(u'\\')) {
            if (error)
                *error = DatabaseConfig::tr("The CA certificate path \"%1\" cannot contain spaces, semicolons, quotes or backslashes.").arg(root);
            return {};
        }
        if (root != u"system"_s && !QFileInfo(root).isFile()) {
            if (error)
                *error = DatabaseConfig::tr("The CA certificate file %1 does not exist.").arg(QDir::toNativeSeparators(root));
            return {};
        }
        if (root == u"system"_s && mode == SslMode::VerifyCa)
            options = u"sslmode=verify-full"_s; // libpq accepts sslrootcert=system with verify-full only
        options += u";sslrootcert="_s + root;
    }
    return options;
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
                return fail(
                    DatabaseConfig::tr("Unknown sslmode \"%1\": use auto, disable, allow, prefer, require, verify-ca or verify-full.").arg(mode));
        }
        if (query.hasQueryItem(u"sslrootcert"_s))
            config.sslRootCert = query.queryItemValue(u"sslrootcert"_s, QUrl::FullyDecoded);
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
        return fail(DatabaseConfig::tr("Unsupported database address \"%1\": use a SQLite file path or postgresql://…").arg(QUrl(trimmed).scheme()));
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
    if (!sslRootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, sslRootCert);
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

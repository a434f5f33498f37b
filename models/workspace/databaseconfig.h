#pragma once

#include <QCoreApplication>

#include <QMetaType>
#include <QString>

class QUrl;

namespace Orion {

// Where a workspace lives: an embedded SQLite file (the default) or a shared PostgreSQL database.
// Never holds a password: that lives in the OS keychain (or the environment for the CLI).
struct DatabaseConfig
{
    Q_DECLARE_TR_FUNCTIONS(Orion::DatabaseConfig)
public:
    enum class Engine { Sqlite, PostgreSql };
    // Auto (the default): verify-full for every host but loopback ones and Unix sockets, where TLS
    // is offered (prefer). The numeric values are stored in settings: append only.
    enum class SslMode { Disable, Allow, Prefer, Require, VerifyCa, VerifyFull, Auto };

    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database = QStringLiteral("orion");
    QString user;
    SslMode sslMode = SslMode::Auto;
    // PEM file of the CA(s) that signed the server's certificate (libpq sslrootcert). Empty: libpq's
    // ~/.postgresql/root.crt when it exists, else the system's trusted CAs (sslrootcert=system).
    QString sslRootCert;

    static DatabaseConfig sqlite(const QString &path);

    // Parses "sqlite:/path/file.db", a bare file path, or
    // "postgresql://user[:password]@host[:port]/database?sslmode=require".
    // A password in the URL is returned through *password (if given), never kept in the config.
    static DatabaseConfig fromUrl(const QString &text, QString *password = nullptr, QString *error = nullptr);
    QString toUrl() const; // without password

    // "SQLite — /home/me/…/workspace.db" or "PostgreSQL — alice@db.example:5432/orion"
    QString displayName() const;
    // A stable key for the keychain entry of this server's password.
    QString secretKey() const;

    // What is sent to libpq: Auto resolved against the host.
    SslMode effectiveSslMode() const;
    static bool isLocalHost(const QString &host);
    // The libpq options for TLS ("sslmode=verify-full;sslrootcert=system"), or an error for a CA
    // path libpq's option string cannot carry.
    QString libpqSslOptions(QString *error) const;

    static QString sslModeName(SslMode mode);
    static bool sslModeFromName(const QString &name, SslMode *mode);

    bool operator==(const DatabaseConfig &) const = default;
};

} // namespace Orion

Q_DECLARE_METATYPE(Orion::DatabaseConfig)

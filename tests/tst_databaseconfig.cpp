#include "workspace/databaseconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using Orion::DatabaseConfig;

class TstDatabaseConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void postgresUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("sslMode");
        QTest::newRow("full") << u"postgresql://alice:s%40cret@db.example.org:6543/orion?sslmode=verify-full"_s << u"db.example.org"_s << 6543
                              << u"orion"_s << u"alice"_s << u"s@cret"_s << int(DatabaseConfig::SslMode::VerifyFull);
        QTest::newRow("defaults") << u"postgres://bob@localhost/team"_s << u"localhost"_s << 5432 << u"team"_s << u"bob"_s << QString()
                                  << int(DatabaseConfig::SslMode::Auto);
        QTest::newRow("ipv6") << u"postgresql://carol@[::1]:5433/x?sslmode=disable"_s << u"::1"_s << 5433 << u"x"_s << u"carol"_s << QString()
                              << int(DatabaseConfig::SslMode::Disable);
    }
    void postgresUrl()
    {
        QFETCH(QString, url);
        QString password;
        QString error;
        const auto config = DatabaseConfig::fromUrl(url, &password, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(config.engine, DatabaseConfig::Engine::PostgreSql);
        QTEST(config.host, "host");
        QTEST(config.port, "port");
        QTEST(config.database, "database");
        QTEST(config.user, "user");
        QTEST(password, "password");
        QTEST(int(config.sslMode), "sslMode");
        QVERIFY(!config.toUrl().contains(u"s@cret"_s));
        QVERIFY(!config.toUrl().contains(u"s%40cret"_s));
        // Round trip without the password.
        QString again;
        QCOMPARE(DatabaseConfig::fromUrl(config.toUrl(), &again, &error), config);
        QVERIFY(again.isEmpty());
    }

    // Nothing but a loopback host or a socket gets an unverified TLS mode unless asked for.
    void sslModeDefaultsToVerifyFullAwayFromThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("options");
        QTest::newRow("remote host") << u"postgresql://a@db.example.org/orion"_s << u"sslmode=verify-full;sslrootcert=system"_s;
        QTest::newRow("remote address") << u"postgresql://a@10.1.2.3/orion"_s << u"sslmode=verify-full;sslrootcert=system"_s;
        QTest::newRow("localhost") << u"postgresql://a@localhost/orion"_s << u"sslmode=prefer"_s;
        QTest::newRow("loopback") << u"postgresql://a@127.0.0.1:5433/orion"_s << u"sslmode=prefer"_s;
        QTest::newRow("ipv6 loopback") << u"postgresql://a@[::1]/orion"_s << u"sslmode=prefer"_s;
        QTest::newRow("explicit prefer") << u"postgresql://a@db.example.org/orion?sslmode=prefer"_s << u"sslmode=prefer"_s;
        QTest::newRow("own CA") << u"postgresql://a@db.example.org/orion?sslrootcert=%1"_s.arg(QStringLiteral(ORION_SOURCE_DIR) + u"/README.md"_s)
                                << u"sslmode=verify-full;sslrootcert="_s + QStringLiteral(ORION_SOURCE_DIR) + u"/README.md"_s;
    }
    void sslModeDefaultsToVerifyFullAwayFromThisComputer()
    {
        QFETCH(QString, url);
        QFETCH(QString, options);
        if (QFileInfo::exists(QDir::homePath() + u"/.postgresql/root.crt"_s))
            options.replace(u";sslrootcert=system"_s, QString());
        QString error;
        const auto config = DatabaseConfig::fromUrl(url, nullptr, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(config.libpqSslOptions(&error), options);
    }
    void unusableCaPathIsRefused()
    {
        DatabaseConfig config = DatabaseConfig::fromUrl(u"postgresql://a@db.example.org/orion"_s);
        config.sslRootCert = u"/tmp/my ca.pem;sslmode=disable"_s;
        QString error;
        QVERIFY(config.libpqSslOptions(&error).isEmpty());
        QVERIFY2(error.contains(u"cannot contain spaces"_s), qPrintable(error));
        config.sslRootCert = u"/nonexistent/ca.pem"_s;
        QVERIFY(config.libpqSslOptions(&error).isEmpty());
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    }

    void sqlitePaths()
    {
        QString error;
        auto config = DatabaseConfig::fromUrl(u"sqlite:/tmp/a/../w.db"_s, nullptr, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(config.engine, DatabaseConfig::Engine::Sqlite);
        QCOMPARE(config.sqlitePath, u"/tmp/w.db"_s);
        config = DatabaseConfig::fromUrl(u"relative.db"_s, nullptr, &error);
        QCOMPARE(config.sqlitePath, QDir::current().absoluteFilePath(u"relative.db"_s));
        QCOMPARE(DatabaseConfig::fromUrl(config.toUrl(), nullptr, &error), config);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << u"  "_s << u"empty"_s;
        QTest::newRow("no database") << u"postgresql://alice@host:5432/"_s << u"names no database"_s;
        QTest::newRow("bad sslmode") << u"postgresql://alice@host/db?sslmode=sometimes"_s << u"sometimes"_s;
        QTest::newRow("bad port") << u"postgresql://alice@host:99999/db"_s << u"not a valid URL"_s;
        QTest::newRow("unknown scheme") << u"mysql://root@host/db"_s << u"mysql"_s;
    }
    void errors()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QString error;
        DatabaseConfig::fromUrl(url, nullptr, &error);
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void displayAndSecretKeyHoldNoPassword()
    {
        QString password;
        QString error;
        const auto config = DatabaseConfig::fromUrl(u"postgresql://alice:topsecret@h:1/d"_s, &password, &error);
        QCOMPARE(password, u"topsecret"_s);
        QVERIFY(!config.displayName().contains(u"topsecret"_s));
        QVERIFY(!config.secretKey().contains(u"topsecret"_s));
        QCOMPARE(config.displayName(), u"PostgreSQL — alice@h:1/d"_s);
    }
};

QTEST_GUILESS_MAIN(TstDatabaseConfig)
#include "tst_databaseconfig.moc"

#pragma once

#include "runtime/secretowner.h"
#include "store/connectionstore.h"
#include "workspace/databaseconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Orion {
class Workspace;
}

namespace Orion::Test {

// The throw-away PostgreSQL server started by ./scripts/test:
//   ORION_TEST_PG_URL=postgresql://postgres@127.0.0.1:PORT/postgres, ORION_TEST_PG_PASSWORD=…
bool postgresAvailable();
QString postgresUnavailableReason();
DatabaseConfig postgresAdminConfig(); // the superuser, database "postgres"
QString postgresAdminPassword();

// Creates an empty database named orion_test_<random> and returns its config (superuser).
// dropPostgresDatabase() removes it (terminating leftover sessions).
DatabaseConfig createPostgresDatabase();
void dropPostgresDatabase(const QString &name);

// Creates (or resets the password of) a login role, member of `memberOf` when given.
bool ensureLoginRole(const QString &role, const QString &password, const QString &memberOf, QString *error);

// Runs SQL as the superuser on the "postgres" database (roles, databases).
bool adminExec(const QString &sql, QString *error);

// A plain connection of the given connector with default settings, with the uid uidFor(name).
ConnectionStore::NewConnection newConnection(const QString &name, const QString &connectorId);

// A fixed connection id per name (a name-based UUID), for tests that store a connection's secrets
// before they create it: create it with this uid (newConnection does) and store under owner(name).
QString uidFor(const QString &name);
SecretOwner owner(const QString &name);
// `c` with the uid uidFor(c.name) when it has none.
ConnectionStore::NewConnection withUid(ConnectionStore::NewConnection c);
// The secret owner of the connection called `name` in `workspace`, whatever its uid (made by the
// CLI or a dialog); fatal when there is none.
SecretOwner ownerIn(Workspace &workspace, const QString &name);
SecretOwner ownerIn(const DatabaseConfig &config, const QString &name, const QString &password = {});

// Overwrites the root page of `table`'s b-tree in a SQLite file with garbage, so its rows cannot be
// read and PRAGMA quick_check reports it. No connection may have the file open.
bool damageSqliteTable(const QString &path, const QString &table, QString *error);

// Where GUI tests save their screenshots: $ORION_SCREENSHOTS_DIR when set (scripts/screenshots sets
// it to docs/screenshots to refresh the README's pictures on purpose), else <build>/screenshots —
// never the source tree. The folder is created.
QString screenshotPath(const QString &name);

// SHA-256 of a file's bytes, to prove a file was not changed.
QByteArray fileHash(const QString &path);

// The records of a labelled mapping payload in tests/data/mapping/ (e.g. "stripe-customer.json").
QList<QJsonObject> mappingSample(const QString &file);

// Runs a program to its end (2 minutes at most) with extra environment variables.
struct ProcessOutcome
{
    int exitCode = -1;
    QString out;
    QString err;
};
ProcessOutcome runProgram(const QString &program, const QStringList &args, const QHash<QString, QString> &env = {}, const QByteArray &input = {});

// Tests that run every case on both engines: the data rows ("sqlite", "postgresql") of a global
// column "engine", fresh databases of the current row's engine, and their clean-up.
class EngineDatabases
{
public:
    static void addRows();     // from initTestCase_data()
    static bool isSqlite();    // the current global row
    DatabaseConfig fresh();    // an empty SQLite file or PostgreSQL database
    static QString password(); // of fresh()'s databases
    ~EngineDatabases();        // drops the PostgreSQL databases it created

private:
    QTemporaryDir m_dir;
    QStringList m_postgres;
    int m_files = 0;
};

} // namespace Orion::Test

#pragma once

#include "adapters/declarative/connectorspec.h"
#include "runtime/secretowner.h"
#include "store/connectionstore.h"
#include "store/recordstore.h"
#include "store/syncresult.h"
#include "store/workspace.h"
#include "workspace/databaseconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <functional>
#include <memory>

namespace Orion {
class CredentialStore;
class SyncJob;
class Workspace;
} // namespace Orion

namespace Orion::Test {

// The throw-away PostgreSQL server started by ./scripts/test:
//   ORION_TEST_PG_URL=postgresql://postgres@127.0.0.1:PORT/postgres, ORION_TEST_PG_PASSWORD=…
bool postgresAvailable();
QString postgresUnavailableReason();
DatabaseConfig postgresAdminConfig(); // the superuser, database "postgres"
QString postgresAdminPassword();

// Creates a database named orion_test_<random> and returns its config (superuser), migrated by its
// owner (`migrate --as-owner`: a member's login never migrates a shared workspace) unless
// Schema::None asks for an empty one. dropPostgresDatabase() removes it (terminating leftover sessions).
enum class Schema { Current, None };
DatabaseConfig createPostgresDatabase(Schema schema = Schema::Current);
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
// One statement on a workspace's connection, as its login: whether it ran, the rows it returned or
// changed, the first column of the first row, and the server's error. For attacks on row security.
struct SqlResult
{
    bool ok = false;
    int rows = 0;
    QVariant first;
    QString error;
};
SqlResult runSql(const Workspace &workspace, const QString &sql, const QVariantList &binds = {});

// A small valid custom connector spec (an API-key REST API with one customers stream).
ConnectorSpec ledgerlySpec(const QString &name, int version = 1);

// Workspace::open options of the owner who may migrate a shared workspace (asOwner).
Workspace::Options ownerOptions();

class EngineDatabases
{
public:
    static void addRows();  // from initTestCase_data()
    static bool isSqlite(); // the current global row
    // A new SQLite file or PostgreSQL database; with Schema::None both are empty (the first open
    // with ownerOptions() migrates them), else the PostgreSQL one is migrated by its owner.
    DatabaseConfig fresh(Schema schema = Schema::Current);
    static QString password(); // of fresh()'s databases
    ~EngineDatabases();        // drops the PostgreSQL databases it created

private:
    QTemporaryDir m_dir;
    QStringList m_postgres;
    int m_files = 0;
};

// A workspace of the current engine row with secrets in memory, and the calls a sync test makes.
class SyncHarness
{
public:
    void reset(EngineDatabases &databases); // a fresh database and an empty secret store
    std::unique_ptr<Workspace> open() const;
    // A connection (with the uid uidFor(name)) and its secrets.
    qint64 addConnection(const QString &name, const QString &connector, const QJsonObject &settings, const QHash<QString, QString> &secrets = {});
    // `configure` sees the job before it runs (a progress handler that cancels it).
    SyncResult sync(const QString &connection, const QString &stream, bool fullRefresh = false, QStringList *log = nullptr,
                    const std::function<void(SyncJob &)> &configure = {}) const;
    QJsonObject checkpoint(qint64 connectionId, const QString &stream) const;
    bool setCheckpoint(qint64 connectionId, const QString &stream, const QJsonObject &checkpoint) const;
    QList<QJsonObject> records(qint64 connectionId, RecordKind kind, RecordStore::Deleted deleted = RecordStore::Deleted::Hidden) const;
    qint64 scalar(const QString &sql, const QVariantList &binds = {}) const;

    DatabaseConfig config;
    std::shared_ptr<CredentialStore> credentials;
};

} // namespace Orion::Test

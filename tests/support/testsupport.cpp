#include "testsupport.h"

#include "runtime/credentialstore.h"
#include "runtime/httpclient.h"
#include "services/syncjob.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Orion::Test {

bool postgresAvailable()
{
    return !qEnvironmentVariable("ORION_TEST_PG_URL").isEmpty();
}

QString postgresUnavailableReason()
{
    return u"ORION_TEST_PG_URL is not set: run the suite through ./scripts/test, which starts PostgreSQL"_s;
}

DatabaseConfig postgresAdminConfig()
{
    QString password;
    QString error;
    DatabaseConfig config = DatabaseConfig::fromUrl(qEnvironmentVariable("ORION_TEST_PG_URL"), &password, &error);
    config.sslMode = DatabaseConfig::SslMode::Disable;
    return config;
}

QString postgresAdminPassword()
{
    return qEnvironmentVariable("ORION_TEST_PG_PASSWORD");
}

bool adminExec(const QString &sql, QString *error)
{
    const QString name = u"orion-test-admin"_s;
    bool ok = false;
    {
        const DatabaseConfig config = postgresAdminConfig();
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false) : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setUserName(config.user);
        db.setPassword(postgresAdminPassword());
        db.setDatabaseName(u"postgres"_s);
        if (!db.isOpen() && !db.open()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (!ok)
            *error = q.lastError().text();
    }
    return ok;
}

DatabaseConfig createPostgresDatabase(Schema schema)
{
    DatabaseConfig config = postgresAdminConfig();
    config.database = u"orion_test_%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
    QString error;
    if (!adminExec(u"CREATE DATABASE %1"_s.arg(config.database), &error))
        qFatal("cannot create test database: %s", qPrintable(error));
    if (schema == Schema::Current && !Workspace::open(config, postgresAdminPassword(), &error, ownerOptions()))
        qFatal("cannot migrate the test database: %s", qPrintable(error));
    return config;
}

SqlResult runSql(const Workspace &workspace, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(workspace.database());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    SqlResult r;
    r.ok = q.exec();
    if (!r.ok) {
        r.error = q.lastError().text();
        return r;
    }
    if (q.isSelect()) {
        while (q.next()) {
            if (r.rows == 0)
                r.first = q.value(0);
            ++r.rows;
        }
    } else {
        r.rows = q.numRowsAffected();
    }
    return r;
}

ConnectorSpec ledgerlySpec(const QString &name, int version)
{
    const QJsonObject json{
        {u"spec_version"_s, 1},
        {u"name"_s, name},
        {u"version"_s, version},
        {u"display_name"_s, u"Ledgerly"_s},
        {u"category"_s, u"accounting"_s},
        {u"base_url"_s, u"https://api.ledgerly.example"_s},
        {u"authenticator"_s,
         QJsonObject{{u"type"_s, u"api_key"_s}, {u"inject_into"_s, u"header"_s}, {u"name"_s, u"X-API-Key"_s}, {u"secret"_s, u"token"_s}}},
        {u"streams"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"customers"_s},
                                {u"kind"_s, u"customer"_s},
                                {u"path"_s, u"/customers"_s},
                                {u"record_selector"_s, QJsonObject{{u"path"_s, u"data"_s}}},
                                {u"primary_key"_s, u"id"_s},
                                {u"paginator"_s, QJsonObject{{u"type"_s, u"none"_s}}}}}}};
    ConnectorSpec s;
    QStringList errors;
    if (!ConnectorSpec::fromJson(json, &s, &errors))
        qFatal("%s", qPrintable(errors.join(u"; "_s)));
    return s;
}

Workspace::Options ownerOptions()
{
    Workspace::Options options;
    options.asOwner = true;
    return options;
}

void dropPostgresDatabase(const QString &name)
{
    QString error;
    adminExec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name), &error);
}

bool ensureLoginRole(const QString &role, const QString &password, const QString &memberOf, QString *error)
{
    // Role names and passwords here are fixed test literals, not user input.
    const QString sql = uR"(DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 LOGIN; END IF;
        ALTER ROLE %1 LOGIN PASSWORD '%2'; END $$)"_s.arg(role, password);
    if (!adminExec(sql, error))
        return false;
    if (!memberOf.isEmpty())
        return adminExec(u"GRANT %1 TO %2"_s.arg(memberOf, role), error);
    return true;
}

ConnectionStore::NewConnection newConnection(const QString &name, const QString &connectorId)
{
    ConnectionStore::NewConnection c;
    c.uid = uidFor(name);
    c.name = name;
    c.connectorId = connectorId;
    return c;
}

QString uidFor(const QString &name)
{
    static const QUuid tests = QUuid::fromString(u"6b1f6a52-5d0e-4b43-9a8c-0d1c2f7e9a10"_s);
    return QUuid::createUuidV5(tests, name).toString(QUuid::WithoutBraces);
}

SecretOwner owner(const QString &name)
{
    return SecretOwner::connection(uidFor(name), name);
}

ConnectionStore::NewConnection withUid(ConnectionStore::NewConnection c)
{
    if (c.uid.isEmpty())
        c.uid = uidFor(c.name.trimmed());
    return c;
}

SecretOwner ownerIn(Workspace &workspace, const QString &name)
{
    QString error;
    const auto c = ConnectionStore(workspace).connectionByName(name, &error);
    if (!c)
        qFatal("no connection %s: %s", qPrintable(name), qPrintable(error));
    return SecretOwner::connection(c->uid, c->name, c->legacySecretName);
}

SecretOwner ownerIn(const DatabaseConfig &config, const QString &name, const QString &password)
{
    QString error;
    auto workspace = Workspace::open(config, password, &error);
    if (!workspace)
        qFatal("cannot open the workspace: %s", qPrintable(error));
    return ownerIn(*workspace, name);
}

bool damageSqliteTable(const QString &path, const QString &table, QString *error)
{
    qint64 root = 0, pageSize = 0;
    const QString name = u"damage-table"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            q.prepare(u"SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
            q.addBindValue(table);
            if (q.exec() && q.next())
                root = q.value(0).toLongLong();
            QSqlQuery size(db);
            if (size.exec(u"PRAGMA page_size"_s) && size.next())
                pageSize = size.value(0).toLongLong();
            QSqlQuery(db).exec(u"PRAGMA journal_mode = DELETE"_s); // everything in the main file
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (root <= 0 || pageSize <= 0) {
        if (error->isEmpty())
            *error = u"no table %1 in %2"_s.arg(table, path);
        return false;
    }
    // No connection is open here, so writing the file directly breaks no lock.
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((root - 1) * pageSize) || file.write(QByteArray(int(pageSize), '\xA5')) != pageSize) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("ORION_SCREENSHOTS_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(ORION_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

QList<QJsonObject> mappingSample(const QString &file)
{
    QFile f(QStringLiteral(ORION_SOURCE_DIR) + u"/tests/data/mapping/"_s + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    QList<QJsonObject> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value("records"_L1).toArray())
        out << v.toObject();
    return out;
}

ProcessOutcome runProgram(const QString &program, const QStringList &args, const QHash<QString, QString> &env, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void EngineDatabases::addRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

bool EngineDatabases::isSqlite()
{
    QFETCH_GLOBAL(QString, engine);
    return engine == "sqlite"_L1;
}

DatabaseConfig EngineDatabases::fresh(Schema schema)
{
    if (isSqlite())
        return DatabaseConfig::sqlite(m_dir.filePath(u"w%1.db"_s.arg(++m_files)));
    if (!postgresAvailable())
        qFatal("%s", qPrintable(postgresUnavailableReason()));
    DatabaseConfig config = createPostgresDatabase(schema);
    m_postgres.append(config.database);
    return config;
}

QString EngineDatabases::password()
{
    return isSqlite() ? QString() : postgresAdminPassword();
}

EngineDatabases::~EngineDatabases()
{
    for (const QString &name : std::as_const(m_postgres))
        dropPostgresDatabase(name);
}

void SyncHarness::reset(EngineDatabases &databases)
{
    config = databases.fresh();
    credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
    open();
}

std::unique_ptr<Workspace> SyncHarness::open() const
{
    QString error;
    auto w = Workspace::open(config, EngineDatabases::password(), &error);
    if (!w)
        qFatal("open failed: %s", qPrintable(error));
    return w;
}

qint64 SyncHarness::addConnection(const QString &name, const QString &connector, const QJsonObject &settings, const QHash<QString, QString> &secrets)
{
    QString error;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        if (!credentials->setSecret(owner(name), it.key(), it.value(), &error))
            qFatal("%s", qPrintable(error));
    }
    auto w = open();
    ConnectionStore::NewConnection c;
    c.name = name;
    c.connectorId = connector;
    c.settings = settings;
    const qint64 id = ConnectionStore(*w).createConnection(withUid(c), &error);
    if (!id)
        qFatal("%s", qPrintable(error));
    return id;
}

SyncResult SyncHarness::sync(const QString &connection, const QString &stream, bool fullRefresh, QStringList *log,
                             const std::function<void(SyncJob &)> &configure) const
{
    SyncRequest request;
    request.database = config;
    request.databasePassword = EngineDatabases::password();
    request.connection = connection;
    request.stream = stream;
    request.fullRefresh = fullRefresh;
    SyncJob job(request, credentials);
    HttpClient::Options options;
    options.retry.baseDelayMs = 5;
    options.retry.maxDelayMs = 20;
    job.setHttpOptions(options);
    if (log)
        job.setLogHandler([log](const QString &line) { log->append(line); });
    if (configure)
        configure(job);
    const QList<SyncResult> results = job.run();
    return results.isEmpty() ? SyncResult() : results.first();
}

QJsonObject SyncHarness::checkpoint(qint64 connectionId, const QString &stream) const
{
    auto w = open();
    QString error;
    return RecordStore(*w).checkpoint(connectionId, stream, &error);
}

bool SyncHarness::setCheckpoint(qint64 connectionId, const QString &stream, const QJsonObject &checkpoint) const
{
    auto w = open();
    QSqlQuery q(w->database());
    q.prepare(w->isPostgres() ? u"UPDATE sync_state SET checkpoint = CAST(? AS jsonb) WHERE connection_id = ? AND stream = ?"_s
                              : u"UPDATE sync_state SET checkpoint = ? WHERE connection_id = ? AND stream = ?"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(checkpoint).toJson(QJsonDocument::Compact)));
    q.addBindValue(connectionId);
    q.addBindValue(stream);
    return q.exec() && q.numRowsAffected() == 1;
}

QList<QJsonObject> SyncHarness::records(qint64 connectionId, RecordKind kind, RecordStore::Deleted deleted) const
{
    auto w = open();
    QString error;
    const QList<QJsonObject> list = RecordStore(*w).records(connectionId, kind, &error, deleted);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    return list;
}

qint64 SyncHarness::scalar(const QString &sql, const QVariantList &binds) const
{
    auto w = open();
    const SqlResult r = runSql(*w, sql, binds);
    if (!r.ok)
        qFatal("%s: %s", qPrintable(sql), qPrintable(r.error));
    return r.first.toLongLong();
}

} // namespace Orion::Test

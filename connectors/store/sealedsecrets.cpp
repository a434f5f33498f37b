#include "store/sealedsecrets.h"

#include "store/workspace.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

// "connection/<uid>/<key>" → (uid, key); anything else (a builder spec's scope) is not sealed.
bool splitKey(const QString &storageKey, QString *uid, QString *key)
{
    const QStringList parts = storageKey.split(u'/');
    if (parts.size() != 3 || parts.at(0) != "connection"_L1 || QUuid::fromString(parts.at(1)).isNull())
        return false;
    *uid = parts.at(1);
    *key = parts.at(2);
    return true;
}

} // namespace

std::optional<SealedSecrets::PoolPublicKey> SealedSecrets::currentPoolKey(Workspace &workspace, QString *error)
{
    QSqlQuery q(workspace.database());
    if (!q.exec(u"SELECT id, public_key FROM worker_pool_keys WHERE retired_at IS NULL"_s)) {
        *error = tr("Cannot read the worker pool key: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return PoolPublicKey{q.value(0).toLongLong(), q.value(1).toByteArray()};
}

bool SealedSecrets::sealFor(Workspace &workspace, const QString &connectionUid, const QHash<QString, QString> &values, QString *warning,
                            QString *error)
{
    const auto pool = currentPoolKey(workspace, error);
    if (!pool) {
        if (!error->isEmpty())
            return false;
        *warning = tr("There is no worker pool key yet, so the workers cannot read this connection's secrets: run 'orion worker "
                      "keygen' on a worker, then save the connection again.");
        return true;
    }
    QSqlQuery q(workspace.database());
    q.prepare(u"SELECT orion_put_sealed_secret(CAST(? AS uuid), ?, ?, ?)"_s);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QByteArray sealed = SealedBox::seal(it.value().toUtf8(), pool->publicKey);
        if (sealed.isEmpty()) {
            *error = tr("The %1 could not be sealed for the workers.").arg(it.key());
            return false;
        }
        q.addBindValue(connectionUid);
        q.addBindValue(it.key());
        q.addBindValue(pool->id);
        q.addBindValue(sealed);
        if (!q.exec()) {
            *error = tr("Cannot store the %1 for the workers: %2").arg(it.key(), q.lastError().databaseText());
            return false;
        }
    }
    return true;
}

bool SealedSecrets::removeFor(Workspace &workspace, const QString &connectionUid, QString *error)
{
    QSqlQuery q(workspace.database());
    q.prepare(u"SELECT orion_remove_sealed_secrets(CAST(? AS uuid), NULL)"_s);
    q.addBindValue(connectionUid);
    if (!q.exec()) {
        *error = tr("Cannot withdraw the connection's secrets from the workers: %1").arg(q.lastError().databaseText());
        return false;
    }
    return true;
}

std::optional<SealedSecrets::Generated> SealedSecrets::generate(Workspace &workspace, const std::optional<SealedBox::PoolKey> &previous,
                                                                const std::function<bool(const SealedBox::PoolKey &, QString *)> &keep,
                                                                QString *error)
{
    QSqlDatabase db = workspace.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    auto fail = [&](const QString &message) {
        db.rollback();
        *error = message;
        return std::nullopt;
    };
    QSqlQuery q(db);
    // One keygen at a time, across workers.
    if (!q.exec(u"LOCK TABLE worker_pool_keys IN SHARE ROW EXCLUSIVE MODE"_s))
        return fail(tr("Cannot lock the worker pool keys: %1").arg(q.lastError().databaseText()));
    const auto current = currentPoolKey(workspace, error);
    if (!error->isEmpty())
        return fail(*error);
    if (current && !previous)
        return fail(tr("The worker pool already has a key (id %1). Copy its key file to this worker, or make a new one with "
                       "'orion worker keygen --rotate --key-file CURRENT-KEY-FILE'.")
                        .arg(current->id));
    if (previous && (!current || current->id != previous->id || current->publicKey != previous->keys.publicKey))
        return fail(tr("The key file given is not the pool's current key, so the sealed secrets could not be opened to reseal them."));
    Generated result;
    result.key.keys = SealedBox::generate();
    if (!result.key.keys.isValid())
        return fail(tr("libsodium could not make a key pair."));
    if (current) {
        q.prepare(u"UPDATE worker_pool_keys SET retired_at = now() WHERE id = ?"_s);
        q.addBindValue(current->id);
        if (!q.exec())
            return fail(tr("Cannot retire the old pool key: %1").arg(q.lastError().databaseText()));
    }
    q.prepare(u"INSERT INTO worker_pool_keys (public_key) VALUES (?) RETURNING id"_s);
    q.addBindValue(result.key.keys.publicKey);
    if (!q.exec() || !q.next())
        return fail(tr("Cannot store the pool key: %1").arg(q.lastError().databaseText()));
    result.key.id = q.value(0).toLongLong();
    if (current) {
        QSqlQuery rows(db);
        rows.prepare(u"SELECT connection_uid, key, sealed FROM connection_secrets WHERE pool_key_id = ? FOR UPDATE"_s);
        rows.addBindValue(current->id);
        if (!rows.exec())
            return fail(tr("Cannot read the sealed secrets: %1").arg(rows.lastError().databaseText()));
        QSqlQuery update(db);
        update.prepare(
            u"UPDATE connection_secrets SET sealed = ?, pool_key_id = ?, updated_at = now() WHERE connection_uid = CAST(? AS uuid) AND key = ?"_s);
        while (rows.next()) {
            const auto plain = SealedBox::open(rows.value(2).toByteArray(), previous->keys);
            if (!plain)
                return fail(tr("A sealed secret (%1 of connection %2) does not open with the current key; nothing was changed.")
                                .arg(rows.value(1).toString(), rows.value(0).toString()));
            update.addBindValue(SealedBox::seal(*plain, result.key.keys.publicKey));
            update.addBindValue(result.key.id);
            update.addBindValue(rows.value(0).toString());
            update.addBindValue(rows.value(1).toString());
            if (!update.exec())
                return fail(tr("Cannot reseal a secret: %1").arg(update.lastError().databaseText()));
            ++result.resealed;
        }
    }
    if (!keep(result.key, error))
        return fail(*error);
    if (!db.commit())
        return fail(db.lastError().text());
    return result;
}

SealedSecretBackend::SealedSecretBackend(DatabaseConfig config, QString password, SealedBox::PoolKey key)
    : m_config(std::move(config))
    , m_password(std::move(password))
    , m_key(std::move(key))
{
}

QString SealedSecretBackend::name() const
{
    return tr("sealed secrets of the workspace (pool key %1)").arg(m_key.id);
}

std::unique_ptr<Workspace> SealedSecretBackend::open(QString *error) const
{
    Workspace::Options options;
    options.migrate = false;
    return Workspace::open(m_config, m_password, error, options);
}

bool SealedSecretBackend::read(const QString &storageKey, QString *value, bool *found, QString *error)
{
    *found = false;
    QString uid, key;
    if (!splitKey(storageKey, &uid, &key))
        return true;
    const auto workspace = open(error);
    if (!workspace)
        return false;
    QSqlQuery q(workspace->database());
    q.prepare(u"SELECT sealed, pool_key_id FROM connection_secrets WHERE connection_uid = CAST(? AS uuid) AND key = ?"_s);
    q.addBindValue(uid);
    q.addBindValue(key);
    if (!q.exec()) {
        *error = tr("Cannot read the sealed secrets: %1").arg(q.lastError().databaseText());
        return false;
    }
    if (!q.next())
        return true;
    if (q.value(1).toLongLong() != m_key.id) {
        *error = tr("The %1 of this connection is sealed to pool key %2, but this worker holds key %3: copy the current key file "
                    "to it.")
                     .arg(key)
                     .arg(q.value(1).toLongLong())
                     .arg(m_key.id);
        return false;
    }
    const auto plain = SealedBox::open(q.value(0).toByteArray(), m_key.keys);
    if (!plain) {
        *error = tr("The sealed %1 of this connection does not open with the pool key (changed, or sealed to another key).").arg(key);
        return false;
    }
    *value = QString::fromUtf8(*plain);
    *found = true;
    return true;
}

bool SealedSecretBackend::write(const QString &storageKey, const QString &value, QString *error)
{
    QString uid, key;
    if (!splitKey(storageKey, &uid, &key)) {
        *error = tr("Only connections' secrets are sealed for the workers.");
        return false;
    }
    const auto workspace = open(error);
    if (!workspace)
        return false;
    QSqlQuery q(workspace->database());
    q.prepare(u"INSERT INTO connection_secrets (connection_uid, key, pool_key_id, sealed) VALUES (CAST(? AS uuid), ?, ?, ?) "
              "ON CONFLICT (connection_uid, key) DO UPDATE SET pool_key_id = EXCLUDED.pool_key_id, sealed = EXCLUDED.sealed, "
              "written_by = EXCLUDED.written_by, updated_at = now()"_s);
    q.addBindValue(uid);
    q.addBindValue(key);
    q.addBindValue(m_key.id);
    q.addBindValue(SealedBox::seal(value.toUtf8(), m_key.keys.publicKey));
    if (!q.exec()) {
        *error = tr("Cannot store the sealed %1: %2").arg(key, q.lastError().databaseText());
        return false;
    }
    return true;
}

bool SealedSecretBackend::remove(const QString &storageKey, QString *error)
{
    QString uid, key;
    if (!splitKey(storageKey, &uid, &key))
        return true;
    const auto workspace = open(error);
    if (!workspace)
        return false;
    QSqlQuery q(workspace->database());
    q.prepare(u"DELETE FROM connection_secrets WHERE connection_uid = CAST(? AS uuid) AND key = ?"_s);
    q.addBindValue(uid);
    q.addBindValue(key);
    if (!q.exec()) {
        *error = q.lastError().databaseText();
        return false;
    }
    return true;
}

namespace {

// A session-level advisory lock, held by its own connection until destroyed.
class AdvisoryLock : public ScopeLock
{
public:
    AdvisoryLock(std::unique_ptr<Workspace> workspace, QString scope)
        : m_workspace(std::move(workspace))
        , m_scope(std::move(scope))
    {
    }
    ~AdvisoryLock() override
    {
        QSqlQuery q(m_workspace->database());
        q.prepare(u"SELECT pg_advisory_unlock(hashtextextended(?, 0))"_s);
        q.addBindValue(m_scope);
        q.exec();
    }
    std::unique_ptr<Workspace> m_workspace;
    QString m_scope;
};

} // namespace

std::unique_ptr<ScopeLock> SealedSecretBackend::lock(const QString &scope, QString *error)
{
    auto workspace = open(error);
    if (!workspace)
        return nullptr;
    QSqlQuery q(workspace->database());
    // Bounded: a refresh takes seconds; a holder that died releases the lock with its session.
    if (!q.exec(u"SET lock_timeout = '90s'"_s)) {
        *error = q.lastError().databaseText();
        return nullptr;
    }
    q.prepare(u"SELECT pg_advisory_lock(hashtextextended(?, 0))"_s);
    q.addBindValue(QString(u"orion-refresh:"_s + scope));
    if (!q.exec()) {
        *error = tr("Another worker has been refreshing this connection's token for too long: %1").arg(q.lastError().databaseText());
        return nullptr;
    }
    return std::make_unique<AdvisoryLock>(std::move(workspace), u"orion-refresh:"_s + scope);
}

} // namespace Orion

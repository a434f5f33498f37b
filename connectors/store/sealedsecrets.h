#pragma once

#include "runtime/credentialstore.h"
#include "runtime/sealedbox.h"
#include "workspace/databaseconfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace Orion {

class Workspace;

// Secrets sealed to the worker pool's key in a PostgreSQL workspace (migration 14: worker_pool_keys,
// connection_secrets). The desktop of a connection's owner seals them (SealedSecrets::sealFor, on
// "Run on workers"); only holders of the pool's private key — the workers — can open them.
class SealedSecrets
{
    Q_DECLARE_TR_FUNCTIONS(Orion::SealedSecrets)
public:
    struct PoolPublicKey
    {
        qint64 id = 0;
        QByteArray publicKey;
    };
    // The current pool key, or nullopt (none made yet; *error only for a database error).
    static std::optional<PoolPublicKey> currentPoolKey(Workspace &workspace, QString *error);

    // As the connection's owner: stores `values` (key → plain value) sealed to the current pool key
    // (through orion_put_sealed_secret, which checks the owner). Without a pool key nothing is stored
    // and *warning says so. Runs in the caller's transaction.
    static bool sealFor(Workspace &workspace, const QString &connectionUid, const QHash<QString, QString> &values, QString *warning, QString *error);
    // As the owner: the workers lose access to the connection's secrets ("Run on workers" off).
    static bool removeFor(Workspace &workspace, const QString &connectionUid, QString *error);

    // `orion worker keygen`: a new pool key pair, its public half stored as the current key. With
    // `previous` (the key file of the current key) the current key is retired and every sealed
    // secret resealed to the new one, in one transaction; without it, refused when a key exists.
    struct Generated
    {
        SealedBox::PoolKey key;
        int resealed = 0;
    };
    // `keep` stores the new key (the key file) before the commit: if it fails, nothing changes.
    static std::optional<Generated> generate(Workspace &workspace, const std::optional<SealedBox::PoolKey> &previous,
                                             const std::function<bool(const SealedBox::PoolKey &, QString *)> &keep, QString *error);
};

// A worker's secret backend over connection_secrets: reads open the sealed values with the pool's
// private key; writes (a rotated refresh token) reseal to the pool key, so every worker sees the
// newest one; lock() is a PostgreSQL advisory lock on the scope, so refreshes of one connection
// are serialised across every worker. Opens a database connection per call (thread-safe).
class SealedSecretBackend : public SecretBackend
{
    Q_DECLARE_TR_FUNCTIONS(Orion::SealedSecretBackend)
public:
    SealedSecretBackend(DatabaseConfig config, QString password, SealedBox::PoolKey key);
    bool read(const QString &key, QString *value, bool *found, QString *error) override;
    bool write(const QString &key, const QString &value, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    QString name() const override;
    std::unique_ptr<ScopeLock> lock(const QString &scope, QString *error) override;

private:
    std::unique_ptr<Workspace> open(QString *error) const;
    DatabaseConfig m_config;
    QString m_password;
    SealedBox::PoolKey m_key;
};

} // namespace Orion

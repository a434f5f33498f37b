#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>

#include "runtime/secretowner.h"

#include <memory>
#include <optional>

namespace Orion {

// Held around read → refresh → save of a rotating token, so that two processes never present the
// same refresh token (the second waits, then reads the token the first one saved).
class ScopeLock
{
public:
    virtual ~ScopeLock() = default;
};

// Synchronous secret storage for worker threads and the headless CLI. Implementations are
// thread-safe and never log values.
class SecretBackend
{
public:
    virtual ~SecretBackend() = default;
    // Serialises `scope` across the processes that share this store; nullptr with *error when it
    // cannot be had in time. The default is a lock file in <config folder>/orion-studio/locks (the
    // processes of one machine); a store shared through a database locks there.
    virtual std::unique_ptr<ScopeLock> lock(const QString &scope, QString *error);
    // Returns false only for a backend error (*error set); a missing entry is found == false.
    virtual bool read(const QString &key, QString *value, bool *found, QString *error) = 0;
    virtual bool write(const QString &key, const QString &value, QString *error) = 0;
    virtual bool remove(const QString &key, QString *error) = 0;
    virtual QString name() const = 0;
};

// The OS keychain (Secret Service, macOS Keychain, Windows Credential Manager) through QtKeychain.
class KeychainSecretBackend : public SecretBackend
{
public:
    // The same service name as the GUI's KeychainSecretStore, so both see the same entries.
    explicit KeychainSecretBackend(const QString &service = QStringLiteral("org.orion.ConnectorStudio"));
    bool read(const QString &key, QString *value, bool *found, QString *error) override;
    bool write(const QString &key, const QString &value, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    QString name() const override { return QCoreApplication::translate("Orion::KeychainSecretBackend", "system keychain"); }

    // True when a keychain service answers (on Linux: a D-Bus session with a Secret Service).
    static bool isReachable();

private:
    QString m_service;
};

// A JSON file readable only by its owner (0600), for machines without a keychain (servers,
// containers, CI). Writes are atomic and serialised across processes with a lock file.
class FileSecretBackend : public SecretBackend
{
    Q_DECLARE_TR_FUNCTIONS(Orion::FileSecretBackend)
public:
    explicit FileSecretBackend(const QString &path = defaultPath());
    bool read(const QString &key, QString *value, bool *found, QString *error) override;
    bool write(const QString &key, const QString &value, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    QString name() const override;
    QString path() const { return m_path; }

    static QString defaultPath(); // <config folder>/orion-studio/secrets.json

private:
    bool update(const QString &key, const std::optional<QString> &value, QString *error);
    QString m_path;
    QMutex m_mutex;
};

class MemorySecretBackend : public SecretBackend
{
public:
    bool read(const QString &key, QString *value, bool *found, QString *error) override;
    bool write(const QString &key, const QString &value, QString *error) override;
    bool remove(const QString &key, QString *error) override;
    QString name() const override { return QStringLiteral("memory"); }
    std::unique_ptr<ScopeLock> lock(const QString &, QString *) override { return std::make_unique<ScopeLock>(); } // one process

private:
    QMutex m_mutex;
    QHash<QString, QString> m_values;
};

// Secrets of connections. Lookup order (documented in the README):
//   1. the stored value (keychain or secrets file): what the GUI saved, or a value rotated at run time;
//   2. for connections made before schema 14: the entry stored under the name, moved to the id;
//   3. the environment variable ORION_SECRET_<CONNECTION>_<KEY> (the initial value for single-user
//      headless runs).
// 2 and 3 only for Users::One.
// A stored rotated value therefore wins over the environment's initial one. Values changed at run
// time (rotated refresh tokens, access tokens) are always written to the store, never to the database.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(Orion::CredentialStore)
public:
    // One: a desktop or a single-user CLI, which also reads name-keyed entries from before schema 14
    // and the environment. Several: a worker serving several owners, which reads only by id (a
    // name does not say whose secret it is).
    enum class Users { One, Several };
    explicit CredentialStore(std::shared_ptr<SecretBackend> backend, Users users = Users::One);

    // The keychain when one is reachable, otherwise the secrets file. ORION_SECRET_BACKEND=keychain|file
    // forces one.
    static std::shared_ptr<CredentialStore> createDefault(Users users = Users::One);
    // For a trial run (Test Connection, the builder's test reads): the secrets entered for
    // `connection` (key → value) first, then what `stored` holds (nothing when null); what a service
    // rotates during the run stays in this store's memory, for the caller to sort out.
    static std::shared_ptr<CredentialStore> overlay(const SecretOwner &owner, const QHash<QString, QString> &entered,
                                                    std::shared_ptr<CredentialStore> stored);

    // The variable a single-user CLI reads for `key` of the connection called `name`.
    static QString environmentVariable(const QString &name, const QString &key);
    // Two names that map to the same variable ("acme-x", "acme_x") are refused for one owner.
    static QString normalizedName(const QString &name);
    static QString storageKey(const SecretOwner &owner, const QString &key);

    // nullopt when the secret is set nowhere; *error for a backend failure.
    std::optional<QString> secret(const SecretOwner &owner, const QString &key, QString *error) const;
    bool setSecret(const SecretOwner &owner, const QString &key, const QString &value, QString *error);
    bool removeSecret(const SecretOwner &owner, const QString &key, QString *error);

    SecretBackend &backend() const { return *m_backend; }
    Users users() const { return m_users; }

private:
    std::shared_ptr<SecretBackend> m_backend;
    Users m_users;
};

} // namespace Orion

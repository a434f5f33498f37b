#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace Orion {

// Where passwords and tokens live. Asynchronous because OS keychains are (D-Bus, prompts); callbacks
// run on the caller's thread. Implementations never log values.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(bool found, const QString &value, const QString &error)>;
    using WriteCallback = std::function<void(const QString &error)>; // empty error = success

    using QObject::QObject;

    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &value, WriteCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
    virtual QString backendName() const = 0;
};

// The OS keychain through QtKeychain (Secret Service/KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    QString backendName() const override;

private:
    QString m_service;
};

// Process memory only: tests, and sessions where the user declines to store secrets.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &value, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    QString backendName() const override;

    QStringList keys() const { return m_values.keys(); }

private:
    QHash<QString, QString> m_values;
};

} // namespace Orion

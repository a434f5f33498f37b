#include "runtime/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Orion {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound)
            done(false, {}, {});
        else if (job->error() != QKeychain::NoError)
            done(false, {}, tr("The system keychain could not be read: %1").arg(job->errorString()));
        else
            done(true, job->textData(), {});
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString()
                                                : tr("The password could not be saved in the system keychain: %1").arg(job->errorString()));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : tr("The keychain entry could not be removed: %1").arg(job->errorString()));
    });
    job->start();
}

QString KeychainSecretStore::backendName() const
{
    return tr("System keychain");
}

// The memory store answers asynchronously too, so callers cannot come to rely on synchronous replies.
void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    const auto it = m_values.constFind(key);
    const bool found = it != m_values.cend();
    const QString value = found ? *it : QString();
    QMetaObject::invokeMethod(this, [found, value, done = std::move(done)] { done(found, value, {}); }, Qt::QueuedConnection);
}

void MemorySecretStore::write(const QString &key, const QString &value, WriteCallback done)
{
    m_values.insert(key, value);
    QMetaObject::invokeMethod(this, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString &key, WriteCallback done)
{
    m_values.remove(key);
    QMetaObject::invokeMethod(this, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
}

QString MemorySecretStore::backendName() const
{
    return tr("Memory (not saved)");
}

} // namespace Orion

#include "runtime/credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSemaphore>
#include <QSet>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Orion {

namespace CredentialDetail {

struct JobOutcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text; // a read job's secret
};

// Runs a keychain job on the main thread: QtKeychain queues every job on an executor that lives
// there and is not safe to drive from other threads (a partitioned sync's readers all read the
// connection's secrets). On the main thread a local event loop waits for it; another thread waits
// while the main thread's event loop (the GUI's, or a sync's wait in the CLI) runs it.
JobOutcome runJob(const std::function<QKeychain::Job *()> &make)
{
    auto outcome = std::make_shared<JobOutcome>();
    auto done = std::make_shared<QSemaphore>();
    auto start = [make, outcome, done] {
        QKeychain::Job *job = make();
        job->setAutoDelete(true);
        QObject::connect(job, &QKeychain::Job::finished, job, [outcome, done](QKeychain::Job *finished) {
            outcome->error = finished->error();
            outcome->errorString = finished->errorString();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                outcome->text = read->textData();
            done->release();
        });
        job->start();
        return job;
    };
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread()) {
        QKeychain::Job *job = start();
        QEventLoop loop;
        QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        if (!done->tryAcquire())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        return *outcome;
    }
    QMetaObject::invokeMethod(app, [start] { start(); }, Qt::QueuedConnection);
    if (!done->tryAcquire(1, 120'000)) {
        JobOutcome late;
        late.errorString = QCoreApplication::translate("Orion::CredentialStore", "the keychain did not answer within two minutes");
        return late;
    }
    return *outcome;
}

} // namespace CredentialDetail

namespace {

class LockFileScopeLock : public ScopeLock
{
public:
    explicit LockFileScopeLock(const QString &path)
        : m_file(path)
    {
    }
    QLockFile m_file;
};

} // namespace

std::unique_ptr<ScopeLock> SecretBackend::lock(const QString &scope, QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/orion-studio/locks"_s;
    if (!QDir().mkpath(folder)) {
        *error = QCoreApplication::translate("Orion::CredentialStore", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return nullptr;
    }
    const QString name = QString::fromLatin1(QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    auto lock = std::make_unique<LockFileScopeLock>(folder + u'/' + name + u".lock"_s);
    lock->m_file.setStaleLockTime(std::chrono::minutes(2));
    if (!lock->m_file.tryLock(std::chrono::seconds(90))) {
        *error = QCoreApplication::translate("Orion::CredentialStore", "Another process has been refreshing this connection's token for too long.");
        return nullptr;
    }
    return lock;
}

KeychainSecretBackend::KeychainSecretBackend(const QString &service)
    : m_service(service)
{
}

bool KeychainSecretBackend::read(const QString &key, QString *value, bool *found, QString *error)
{
    const auto job = CredentialDetail::runJob([service = m_service, key] {
        auto *read = new QKeychain::ReadPasswordJob(service);
        read->setKey(key);
        return read;
    });
    *found = job.error == QKeychain::NoError;
    if (*found)
        *value = job.text;
    if (job.error == QKeychain::NoError || job.error == QKeychain::EntryNotFound)
        return true;
    *error = QCoreApplication::translate("Orion::CredentialStore", "The system keychain could not be read: %1").arg(job.errorString);
    return false;
}

bool KeychainSecretBackend::write(const QString &key, const QString &value, QString *error)
{
    const auto job = CredentialDetail::runJob([service = m_service, key, value] {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setKey(key);
        write->setTextData(value);
        return write;
    });
    if (job.error == QKeychain::NoError)
        return true;
    *error = QCoreApplication::translate("Orion::CredentialStore", "The system keychain could not save a secret: %1").arg(job.errorString);
    return false;
}

bool KeychainSecretBackend::remove(const QString &key, QString *error)
{
    const auto job = CredentialDetail::runJob([service = m_service, key] {
        auto *remove = new QKeychain::DeletePasswordJob(service);
        remove->setKey(key);
        return remove;
    });
    if (job.error == QKeychain::NoError || job.error == QKeychain::EntryNotFound)
        return true;
    *error = job.errorString;
    return false;
}

bool KeychainSecretBackend::isReachable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
#endif
    KeychainSecretBackend probe;
    QString value, error;
    bool found = false;
    return probe.read(u"orion-probe"_s, &value, &found, &error);
}

FileSecretBackend::FileSecretBackend(const QString &path)
    : m_path(path)
{
}

QString FileSecretBackend::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/orion-studio/secrets.json"_s;
}

QString FileSecretBackend::name() const
{
    return tr("secrets file %1").arg(QDir::toNativeSeparators(m_path));
}

bool FileSecretBackend::read(const QString &key, QString *value, bool *found, QString *error)
{
    QMutexLocker locker(&m_mutex);
    *found = false;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the secrets file %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("The secrets file %1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), parseError.errorString());
        return false;
    }
    const QJsonValue entry = doc.object().value(key);
    if (entry.isString()) {
        *found = true;
        *value = entry.toString();
    }
    return true;
}

bool FileSecretBackend::update(const QString &key, const std::optional<QString> &value, QString *error)
{
    QMutexLocker locker(&m_mutex);
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QFile::setPermissions(info.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QLockFile lock(m_path + u".lock"_s);
    lock.setStaleLockTime(std::chrono::seconds(30));
    if (!lock.tryLock(std::chrono::seconds(10))) {
        *error = tr("The secrets file %1 is locked by another process.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    QJsonObject object;
    QFile existing(m_path);
    if (existing.exists() && !existing.open(QIODevice::ReadOnly)) {
        // Rewriting it with only the new key would lose every other secret.
        *error = tr("Cannot read the secrets file %1 (%2); it was not changed.").arg(QDir::toNativeSeparators(m_path), existing.errorString());
        return false;
    }
    if (existing.isOpen()) {
        const QJsonDocument doc = QJsonDocument::fromJson(existing.readAll());
        if (!doc.isObject() && existing.size() > 0) {
            *error = tr("The secrets file %1 is damaged; it was not changed.").arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        object = doc.object();
        existing.close();
    }
    if (value)
        object.insert(key, *value);
    else
        object.remove(key);
    QSaveFile file(m_path);
    // Owner-only before any byte is written; QSaveFile keeps these permissions on commit.
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the secrets file %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write the secrets file %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

bool FileSecretBackend::write(const QString &key, const QString &value, QString *error)
{
    return update(key, value, error);
}

bool FileSecretBackend::remove(const QString &key, QString *error)
{
    return update(key, std::nullopt, error);
}

bool MemorySecretBackend::read(const QString &key, QString *value, bool *found, QString *)
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_values.constFind(key);
    *found = it != m_values.constEnd();
    if (*found)
        *value = *it;
    return true;
}

bool MemorySecretBackend::write(const QString &key, const QString &value, QString *)
{
    QMutexLocker locker(&m_mutex);
    m_values.insert(key, value);
    return true;
}

bool MemorySecretBackend::remove(const QString &key, QString *)
{
    QMutexLocker locker(&m_mutex);
    m_values.remove(key);
    return true;
}

SecretOwner SecretOwner::connection(const QString &uid, const QString &name, const QString &legacyName)
{
    return {u"connection/"_s + uid, name, legacyName};
}

SecretOwner SecretOwner::unsaved(const QString &name)
{
    return connection(QUuid::createUuid().toString(QUuid::WithoutBraces), name);
}

SecretOwner SecretOwner::spec(const QString &name)
{
    return {u"spec/"_s + name, name, {}};
}

CredentialStore::CredentialStore(std::shared_ptr<SecretBackend> backend, Users users)
    : m_backend(std::move(backend))
    , m_users(users)
{
}

namespace {

// Values in memory first (entered, or written during the run), then the fallback store's backend.
class OverlaySecretBackend : public SecretBackend
{
public:
    OverlaySecretBackend(QHash<QString, QString> values, std::shared_ptr<CredentialStore> fallback)
        : m_values(std::move(values))
        , m_fallback(std::move(fallback))
    {
    }
    bool read(const QString &key, QString *value, bool *found, QString *error) override
    {
        {
            const QMutexLocker lock(&m_mutex);
            if (m_removed.contains(key)) {
                *found = false;
                return true;
            }
            if (const auto it = m_values.constFind(key); it != m_values.cend()) {
                *value = *it;
                *found = true;
                return true;
            }
        }
        if (!m_fallback) {
            *found = false;
            return true;
        }
        return m_fallback->backend().read(key, value, found, error);
    }
    bool write(const QString &key, const QString &value, QString *) override
    {
        const QMutexLocker lock(&m_mutex);
        m_removed.remove(key);
        m_values.insert(key, value);
        return true;
    }
    bool remove(const QString &key, QString *) override
    {
        const QMutexLocker lock(&m_mutex);
        m_values.remove(key);
        m_removed.insert(key);
        return true;
    }
    QString name() const override { return QStringLiteral("trial"); }
    std::unique_ptr<ScopeLock> lock(const QString &scope, QString *error) override
    {
        return m_fallback ? m_fallback->backend().lock(scope, error) : std::make_unique<ScopeLock>();
    }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_values;
    QSet<QString> m_removed; // removed during the run: not read from the fallback either
    std::shared_ptr<CredentialStore> m_fallback;
};

} // namespace

std::shared_ptr<CredentialStore> CredentialStore::overlay(const SecretOwner &owner, const QHash<QString, QString> &entered,
                                                          std::shared_ptr<CredentialStore> stored)
{
    QHash<QString, QString> values;
    for (auto it = entered.cbegin(); it != entered.cend(); ++it)
        values.insert(storageKey(owner, it.key()), it.value());
    const Users users = stored ? stored->m_users : Users::One;
    return std::make_shared<CredentialStore>(std::make_shared<OverlaySecretBackend>(std::move(values), std::move(stored)), users);
}

std::shared_ptr<CredentialStore> CredentialStore::createDefault(Users users)
{
    const QString forced = qEnvironmentVariable("ORION_SECRET_BACKEND").toLower();
    if (forced == "file"_L1)
        return std::make_shared<CredentialStore>(std::make_shared<FileSecretBackend>(), users);
    if (forced == "keychain"_L1 || (forced.isEmpty() && KeychainSecretBackend::isReachable()))
        return std::make_shared<CredentialStore>(std::make_shared<KeychainSecretBackend>(), users);
    return std::make_shared<CredentialStore>(std::make_shared<FileSecretBackend>(), users);
}

QString CredentialStore::normalizedName(const QString &name)
{
    QString result = name.trimmed().toUpper();
    for (QChar &c : result) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    }
    return result;
}

QString CredentialStore::environmentVariable(const QString &name, const QString &key)
{
    return u"ORION_SECRET_"_s + normalizedName(name) + u'_' + normalizedName(key);
}

QString CredentialStore::storageKey(const SecretOwner &owner, const QString &key)
{
    return owner.scope + u'/' + key;
}

std::optional<QString> CredentialStore::secret(const SecretOwner &owner, const QString &key, QString *error) const
{
    if (!owner.isValid()) {
        *error = tr("No connection was named for the %1 secret.").arg(key);
        return std::nullopt;
    }
    QString value;
    bool found = false;
    if (!m_backend->read(storageKey(owner, key), &value, &found, error))
        return std::nullopt;
    if (found)
        return value;
    if (m_users == Users::One && !owner.legacyName.isEmpty()) {
        // Stored before connections had ids: moved to the id, so no other workspace's or member's
        // connection of that name finds it again.
        const QString legacyKey = u"connection/"_s + owner.legacyName + u'/' + key;
        if (!m_backend->read(legacyKey, &value, &found, error))
            return std::nullopt;
        if (found) {
            QString ignored;
            if (m_backend->write(storageKey(owner, key), value, &ignored))
                m_backend->remove(legacyKey, &ignored);
            return value;
        }
    }
    if (m_users == Users::One) {
        const QByteArray variable = environmentVariable(owner.label, key).toLatin1();
        if (qEnvironmentVariableIsSet(variable.constData()))
            return qEnvironmentVariable(variable.constData());
    }
    return std::nullopt;
}

bool CredentialStore::setSecret(const SecretOwner &owner, const QString &key, const QString &value, QString *error)
{
    if (!owner.isValid()) {
        *error = tr("No connection was named for the %1 secret.").arg(key);
        return false;
    }
    return m_backend->write(storageKey(owner, key), value, error);
}

bool CredentialStore::removeSecret(const SecretOwner &owner, const QString &key, QString *error)
{
    if (!owner.legacyName.isEmpty())
        m_backend->remove(u"connection/"_s + owner.legacyName + u'/' + key, error);
    return m_backend->remove(storageKey(owner, key), error);
}

} // namespace Orion

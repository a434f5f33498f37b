#include "runtime/sealedbox.h"

#include <sodium.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Orion {

static_assert(SealedBox::kPublicKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(SealedBox::kSecretKeyBytes == crypto_box_SECRETKEYBYTES);
static_assert(SealedBox::kOverheadBytes == crypto_box_SEALBYTES);

namespace {

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

SealedBox::KeyPair SealedBox::generate()
{
    KeyPair keys;
    if (!ready())
        return keys;
    keys.publicKey.resize(kPublicKeyBytes);
    keys.secretKey.resize(kSecretKeyBytes);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()), reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    return keys;
}

QByteArray SealedBox::seal(const QByteArray &plain, const QByteArray &publicKey)
{
    if (!ready() || publicKey.size() != kPublicKeyBytes)
        return {};
    QByteArray sealed(plain.size() + kOverheadBytes, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), reinterpret_cast<const unsigned char *>(plain.constData()),
                        static_cast<unsigned long long>(plain.size()), reinterpret_cast<const unsigned char *>(publicKey.constData()))
        != 0)
        return {};
    return sealed;
}

std::optional<QByteArray> SealedBox::open(const QByteArray &sealed, const KeyPair &keys)
{
    if (!ready() || !keys.isValid() || sealed.size() < kOverheadBytes)
        return std::nullopt;
    QByteArray plain(sealed.size() - kOverheadBytes, Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()), reinterpret_cast<const unsigned char *>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()), reinterpret_cast<const unsigned char *>(keys.publicKey.constData()),
                             reinterpret_cast<const unsigned char *>(keys.secretKey.constData()))
        != 0)
        return std::nullopt;
    return plain;
}

QString SealedBox::defaultKeyFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/orion-studio/worker-pool.key"_s;
}

std::optional<SealedBox::PoolKey> SealedBox::readKeyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = tr("There is no worker pool key file %1 (make one with 'orion worker keygen').").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) {
        *error = tr("The worker pool key file %1 is readable by others; make it owner-only (chmod 600).").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the worker pool key file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    PoolKey key;
    key.id = o.value("pool_key_id"_L1).toInteger();
    key.keys.publicKey = QByteArray::fromBase64(o.value("public_key"_L1).toString().toLatin1());
    key.keys.secretKey = QByteArray::fromBase64(o.value("secret_key"_L1).toString().toLatin1());
    // The halves must belong together: a sealed probe opens only with the right secret key.
    const QByteArray probe = seal("orion", key.keys.publicKey);
    if (key.id <= 0 || !key.keys.isValid() || open(probe, key.keys) != QByteArray("orion")) {
        *error = tr("The worker pool key file %1 is damaged.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return key;
}

bool SealedBox::writeKeyFile(const QString &path, const PoolKey &key, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the worker pool key file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QJsonObject o{{u"pool_key_id"_s, key.id},
                        {u"public_key"_s, QString::fromLatin1(key.keys.publicKey.toBase64())},
                        {u"secret_key"_s, QString::fromLatin1(key.keys.secretKey.toBase64())}};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write the worker pool key file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return true;
}

} // namespace Orion

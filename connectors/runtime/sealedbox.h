#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Orion {

// Anonymous public-key encryption for the secrets a desktop hands to the worker pool, as GitHub
// Actions stores repository secrets: libsodium's crypto_box_seal (X25519 + XSalsa20-Poly1305). The
// sender needs only the pool's public key and cannot open what it sealed; only the holder of the
// private key can, and any change to a ciphertext makes it fail to open.
class SealedBox
{
    Q_DECLARE_TR_FUNCTIONS(Orion::SealedBox)
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 32;
    static constexpr int kOverheadBytes = 48; // a sealed value is this much longer than the plain one

    struct KeyPair
    {
        QByteArray publicKey;
        QByteArray secretKey;
        bool isValid() const { return publicKey.size() == kPublicKeyBytes && secretKey.size() == kSecretKeyBytes; }
    };

    static KeyPair generate();
    // An empty result only if libsodium cannot start or the key is not a public key.
    static QByteArray seal(const QByteArray &plain, const QByteArray &publicKey);
    // nullopt when the value was sealed to another key, or changed.
    static std::optional<QByteArray> open(const QByteArray &sealed, const KeyPair &keys);

    // The key file a worker reads its pool key pair from: JSON {"pool_key_id", "public_key",
    // "secret_key"} (base64), readable by its owner only. *error when missing, unreadable, too open
    // or damaged.
    struct PoolKey
    {
        qint64 id = 0; // worker_pool_keys.id
        KeyPair keys;
    };
    static std::optional<PoolKey> readKeyFile(const QString &path, QString *error);
    static bool writeKeyFile(const QString &path, const PoolKey &key, QString *error);
    static QString defaultKeyFile(); // <config folder>/orion-studio/worker-pool.key
};

} // namespace Orion

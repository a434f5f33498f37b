#pragma once

#include <QByteArray>
#include <QReadWriteLock>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Orion {

// Removes secrets from anything that may be shown, logged or stored: known secret values wherever
// they appear, the values of credential-bearing headers, and credential query parameters.
// Thread-safe.
class Redactor
{
public:
    static constexpr QStringView kMask = u"[redacted]";

    void addSecret(const QString &value); // values shorter than 4 characters are ignored
    QString redact(const QString &text) const;
    QString redactUrl(const QUrl &url) const;
    QString redactHeader(const QByteArray &name, const QByteArray &value) const;

    static bool isSensitiveHeader(const QByteArray &name);
    static bool isSensitiveQueryItem(const QString &name);
    // A parameter, header or field name that carries a credential (hapikey, api_token, client_secret,
    // access_key, signature, sig, x-api-key, …); paging tokens (page_token, next_token) are not.
    static bool isCredentialName(const QString &name);
    // A value shaped like a credential: vendor prefixes (sk_live_, xoxb-, ghp_, AKIA…), JWTs, or a
    // long high-entropy run of token characters (UUIDs are identifiers, not secrets).
    static bool looksLikeSecretValue(const QString &value);

private:
    mutable QReadWriteLock m_lock;
    QStringList m_secrets;
};

} // namespace Orion

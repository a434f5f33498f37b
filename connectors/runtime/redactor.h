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

private:
    mutable QReadWriteLock m_lock;
    QStringList m_secrets;
};

} // namespace Orion

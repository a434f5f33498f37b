#include "runtime/redactor.h"

#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Orion {

void Redactor::addSecret(const QString &value)
{
    if (value.size() < 4)
        return;
    QWriteLocker locker(&m_lock);
    if (m_secrets.contains(value))
        return;
    m_secrets.append(value);
    // Longest first, so a secret that contains another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redact(const QString &text) const
{
    QString result = text;
    QReadLocker locker(&m_lock);
    for (const QString &secret : m_secrets) {
        result.replace(secret, kMask.toString());
        // Also the forms a secret takes inside URLs and form bodies.
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            result.replace(encoded, kMask.toString());
        const QString base64 = QString::fromLatin1(secret.toUtf8().toBase64());
        if (base64.size() >= 8)
            result.replace(base64, kMask.toString());
    }
    return result;
}

bool Redactor::isSensitiveHeader(const QByteArray &name)
{
    static const QByteArrayList names = {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key",
                                         "api-key", "x-auth-token", "x-hubspot-api-key", "x-access-token"};
    return names.contains(name.toLower());
}

bool Redactor::isSensitiveQueryItem(const QString &name)
{
    static const QStringList names = {u"api_key"_s, u"apikey"_s, u"key"_s, u"token"_s, u"access_token"_s,
                                      u"refresh_token"_s, u"client_secret"_s, u"password"_s, u"hapikey"_s,
                                      u"code"_s, u"code_verifier"_s, u"secret"_s, u"signature"_s};
    return names.contains(name.toLower());
}

QString Redactor::redactUrl(const QUrl &url) const
{
    QUrl copy = url;
    copy.setPassword(QString());
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isSensitiveQueryItem(item.first))
                item.second = kMask.toString();
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return redact(copy.toString(QUrl::RemoveUserInfo));
}

QString Redactor::redactHeader(const QByteArray &name, const QByteArray &value) const
{
    if (isSensitiveHeader(name)) {
        // Keep the scheme ("Bearer", "Basic") so the log still says what kind of credential was sent.
        const qsizetype space = value.indexOf(' ');
        return space > 0 && space < 10 ? QString::fromLatin1(value.left(space)) + u' ' + kMask : kMask.toString();
    }
    return redact(QString::fromLatin1(value));
}

} // namespace Orion

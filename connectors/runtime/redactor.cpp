#include "runtime/redactor.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

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
    static const QByteArrayList names = {"authorization", "proxy-authorization", "cookie",        "set-cookie", "x-api-key", "api-key",
                                         "x-auth-token",  "x-hubspot-api-key",   "x-access-token"};
    return names.contains(name.toLower());
}

bool Redactor::isSensitiveQueryItem(const QString &name)
{
    static const QStringList names
        = {u"api_key"_s,  u"apikey"_s,  u"key"_s,  u"token"_s,         u"access_token"_s, u"refresh_token"_s, u"client_secret"_s,
           u"password"_s, u"hapikey"_s, u"code"_s, u"code_verifier"_s, u"secret"_s,       u"signature"_s};
    return names.contains(name.toLower()) || isCredentialName(name);
}

bool Redactor::isCredentialName(const QString &name)
{
    const QString lower = name.toLower();
    // Paging tokens are not credentials.
    static const QRegularExpression paging(u"^(page|next|prev|previous|continuation|sync|cursor|pagination|after|before)[-_]?token$"_s);
    if (paging.match(lower).hasMatch())
        return false;
    // Names *about* a credential: its kind, lifetime, address or owner (token_type, expires_in, …).
    static const QRegularExpression about(
        u"([-_.](type|types|type_hint|hint|expires_in|expiry|expires_at|expires|url|uri|endpoint|name|id_prefix|count|length|method))$"_s);
    if (about.match(lower).hasMatch())
        return false;
    static const QRegularExpression credential(
        u"(^|[-_.])(api[-_]?key|apikey|hapikey|app[-_]?key|appkey|access[-_]?key|secret[-_]?key|private[-_]?key|client[-_]?secret|"
        "secret|token|access[-_]?token|auth[-_]?token|api[-_]?token|id[-_]?token|refresh[-_]?token|bearer|auth|authorization|"
        "password|passwd|pwd|passphrase|signature|sig|session|sessionid|session[-_]?id|cookie|code[-_]?verifier|credentials?)($|[-_.])"_s);
    return credential.match(lower).hasMatch() || lower.contains(u"secret"_s) || lower.contains(u"password"_s) || lower.endsWith(u"token"_s);
}

bool Redactor::looksLikeSecretValue(const QString &value)
{
    static const QRegularExpression known(
        u"^(sk|rk)_(live|test)_[A-Za-z0-9]{8,}|^xox[abposr]-[A-Za-z0-9-]{8,}|^xapp-[A-Za-z0-9-]{8,}|^gh[pousr]_[A-Za-z0-9]{20,}|"
        "^github_pat_[A-Za-z0-9_]{20,}|^glpat-[A-Za-z0-9_-]{16,}|^AKIA[0-9A-Z]{16}$|^pat-[a-z0-9-]{16,}|^SG\\.[A-Za-z0-9_-]{16,}|"
        "^eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*$"_s);
    if (known.match(value).hasMatch())
        return true;
    // A long run of random-looking characters: letters and digits mixed, high entropy, no spaces.
    if (value.size() < 24 || value.size() > 4096)
        return false;
    static const QRegularExpression tokenChars(u"^[A-Za-z0-9_\\-+/=.~]+$"_s);
    static const QRegularExpression uuid(u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    if (!tokenChars.match(value).hasMatch() || uuid.match(value).hasMatch())
        return false;
    bool letter = false, digit = false;
    QHash<QChar, int> counts;
    for (const QChar c : value) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
        ++counts[c];
    }
    if (!letter || !digit)
        return false;
    double entropy = 0;
    for (const int n : std::as_const(counts)) {
        const double p = double(n) / double(value.size());
        entropy -= p * std::log2(p);
    }
    return entropy >= 4.0;
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

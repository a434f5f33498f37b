#include "runtime/webhooksignature.h"

#include <QMessageAuthenticationCode>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

using Result = WebhookSignature::Result;
using Verdict = WebhookSignature::Verdict;

Result verdict(Verdict v, const QString &reason, qint64 timestamp = -1)
{
    return Result{v, reason, timestamp};
}

// A whole number of seconds (or ms) since the epoch, nothing else.
bool parseTime(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 16)
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    *value = text.toLongLong();
    return true;
}

Result checkAge(qint64 signedSecs, qint64 nowSecs, bool futureAllowed, const QString &header)
{
    const qint64 age = nowSecs - signedSecs;
    if (age > WebhookSignature::kToleranceSeconds || (!futureAllowed && age < -WebhookSignature::kToleranceSeconds))
        return verdict(Verdict::Stale,
                       WebhookSignature::tr("%1 is %2 s from this server's clock (at most %3 s are accepted): a stale or replayed delivery")
                           .arg(header)
                           .arg(age)
                           .arg(WebhookSignature::kToleranceSeconds),
                       signedSecs);
    return verdict(Verdict::Valid, {}, signedSecs);
}

Result stripe(const WebhookSignature::Delivery &d, const QByteArray &secret, qint64 now)
{
    const QByteArray header = d.header("stripe-signature");
    if (header.isEmpty())
        return verdict(Verdict::Missing, WebhookSignature::tr("The Stripe-Signature header is missing."));
    qint64 t = -1;
    QList<QByteArray> v1;
    for (const QByteArray &part : header.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = part.left(eq).trimmed(), value = part.mid(eq + 1).trimmed();
        if (key == "t" && !parseTime(value, &t))
            return verdict(Verdict::Malformed, WebhookSignature::tr("Stripe-Signature has a timestamp that is not a Unix time."));
        if (key == "v1")
            v1.append(value);
    }
    if (t < 0)
        return verdict(Verdict::Malformed, WebhookSignature::tr("Stripe-Signature has no timestamp (t=)."));
    if (v1.isEmpty())
        return verdict(Verdict::Malformed, WebhookSignature::tr("Stripe-Signature has no v1 signature."));
    const QByteArray expected = WebhookSignature::hmacSha256(secret, QByteArray::number(t) + '.' + d.body).toHex();
    bool matched = false;
    for (const QByteArray &candidate : v1) // every one compared: the time taken says nothing about which
        matched = WebhookSignature::constantTimeEquals(candidate, expected) || matched;
    if (!matched)
        return verdict(Verdict::Mismatch, WebhookSignature::tr("No Stripe v1 signature matches the body with this endpoint's secret."), t);
    return checkAge(t, now, false, u"Stripe-Signature's timestamp"_s);
}

Result quickBooks(const WebhookSignature::Delivery &d, const QByteArray &secret)
{
    const QByteArray header = d.header("intuit-signature");
    if (header.isEmpty())
        return verdict(Verdict::Missing, WebhookSignature::tr("The intuit-signature header is missing."));
    const auto decoded = QByteArray::fromBase64Encoding(header.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return verdict(Verdict::Malformed, WebhookSignature::tr("intuit-signature is not a base64 HMAC-SHA256."));
    if (!WebhookSignature::constantTimeEquals(decoded.decoded, WebhookSignature::hmacSha256(secret, d.body)))
        return verdict(Verdict::Mismatch, WebhookSignature::tr("intuit-signature does not match the body with this connection's verifier token."));
    return verdict(Verdict::Valid, {});
}

Result hubSpot(const WebhookSignature::Delivery &d, const QByteArray &secret, qint64 now)
{
    const QByteArray signature = d.header("x-hubspot-signature-v3");
    const QByteArray timestamp = d.header("x-hubspot-request-timestamp");
    if (signature.isEmpty() || timestamp.isEmpty())
        return verdict(Verdict::Missing, WebhookSignature::tr("X-HubSpot-Signature-v3 or X-HubSpot-Request-Timestamp is missing."));
    qint64 ms = -1;
    if (!parseTime(timestamp, &ms))
        return verdict(Verdict::Malformed, WebhookSignature::tr("X-HubSpot-Request-Timestamp is not a time in milliseconds."));
    const auto decoded = QByteArray::fromBase64Encoding(signature.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return verdict(Verdict::Malformed, WebhookSignature::tr("X-HubSpot-Signature-v3 is not a base64 HMAC-SHA256."));
    const QByteArray message = d.method + WebhookSignature::hubSpotUri(d.url) + d.body + timestamp;
    if (!WebhookSignature::constantTimeEquals(decoded.decoded, WebhookSignature::hmacSha256(secret, message)))
        return verdict(Verdict::Mismatch, WebhookSignature::tr("X-HubSpot-Signature-v3 does not match this request with the app's secret."),
                       ms / 1000);
    // HubSpot: "reject the request if the timestamp is older than 5 minutes".
    return checkAge(ms / 1000, now, false, u"X-HubSpot-Request-Timestamp"_s);
}

Result slack(const WebhookSignature::Delivery &d, const QByteArray &secret, qint64 now)
{
    const QByteArray signature = d.header("x-slack-signature");
    const QByteArray timestamp = d.header("x-slack-request-timestamp");
    if (signature.isEmpty() || timestamp.isEmpty())
        return verdict(Verdict::Missing, WebhookSignature::tr("X-Slack-Signature or X-Slack-Request-Timestamp is missing."));
    qint64 ts = -1;
    if (!parseTime(timestamp, &ts))
        return verdict(Verdict::Malformed, WebhookSignature::tr("X-Slack-Request-Timestamp is not a Unix time."));
    if (!signature.startsWith("v0="))
        return verdict(Verdict::Malformed, WebhookSignature::tr("X-Slack-Signature is not a v0 signature."));
    const QByteArray expected = "v0=" + WebhookSignature::hmacSha256(secret, "v0:" + timestamp + ':' + d.body).toHex();
    if (!WebhookSignature::constantTimeEquals(signature, expected))
        return verdict(Verdict::Mismatch, WebhookSignature::tr("X-Slack-Signature does not match the body with the app's signing secret."), ts);
    return checkAge(ts, now, false, u"X-Slack-Request-Timestamp"_s);
}

} // namespace

QByteArray WebhookSignature::Delivery::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

WebhookSignature::Result WebhookSignature::verify(Scheme scheme, const Delivery &delivery, const QByteArray &secret, qint64 nowSecs)
{
    if (secret.isEmpty())
        return verdict(Verdict::Missing, tr("This connection has no webhook secret, so no delivery can be verified."));
    switch (scheme) {
    case Scheme::Stripe: return stripe(delivery, secret, nowSecs);
    case Scheme::QuickBooks: return quickBooks(delivery, secret);
    case Scheme::HubSpotV3: return hubSpot(delivery, secret, nowSecs);
    case Scheme::SlackV0: return slack(delivery, secret, nowSecs);
    }
    return verdict(Verdict::Malformed, tr("Unknown signature scheme."));
}

QByteArray WebhookSignature::hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray WebhookSignature::hubSpotUri(const QString &url)
{
    // HubSpot decodes exactly these escapes before signing (upper or lower case hex).
    static const std::pair<const char *, char> escapes[] = {{"%3A", ':'},  {"%2F", '/'}, {"%3F", '?'}, {"%40", '@'}, {"%21", '!'}, {"%24", '$'},
                                                            {"%27", '\''}, {"%28", '('}, {"%29", ')'}, {"%2A", '*'}, {"%2C", ','}, {"%3B", ';'}};
    const QByteArray in = url.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in.at(i) == '%' && i + 2 < in.size()) {
            const QByteArray code = in.mid(i, 3).toUpper();
            bool replaced = false;
            for (const auto &[escape, plain] : escapes) {
                if (code == escape) {
                    out.append(plain);
                    i += 2;
                    replaced = true;
                    break;
                }
            }
            if (replaced)
                continue;
        }
        out.append(in.at(i));
    }
    return out;
}

bool WebhookSignature::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) // the length of a signature is no secret
        return false;
    static const bool initialised = sodium_init() >= 0;
    Q_UNUSED(initialised);
    return sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace Orion

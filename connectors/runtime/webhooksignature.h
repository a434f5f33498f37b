#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace Orion {

// Checks that a webhook delivery comes from the vendor: each scheme's HMAC-SHA256 over the raw
// body (never a re-serialised one), compared in constant time, and its timestamp within the
// vendor's tolerance where the scheme signs one.
//   Stripe:     Stripe-Signature "t=…,v1=…[,v1=…]"; hex HMAC(endpoint secret, t + "." + body); any v1 may
//               match (secret rotation); |now − t| ≤ 300 s.
//   QuickBooks: intuit-signature: base64 HMAC(verifier token, body); no timestamp (replays are caught
//               by the delivery's digest).
//   HubSpot v3: X-HubSpot-Signature-v3: base64 HMAC(app secret, method + URI + body + timestamp), where the
//               URI is the full URL as requested with HubSpot's listed escapes decoded;
//               X-HubSpot-Request-Timestamp in ms, at most 300 s old.
//   Slack v0:   X-Slack-Signature "v0=" + hex HMAC(signing secret, "v0:" + timestamp + ":" + body);
//               X-Slack-Request-Timestamp in s, |now − ts| ≤ 300 s.
class WebhookSignature
{
    Q_DECLARE_TR_FUNCTIONS(Orion::WebhookSignature)
public:
    enum class Scheme { Stripe, QuickBooks, HubSpotV3, SlackV0 };
    enum class Verdict { Valid, Missing, Malformed, Mismatch, Stale };
    static constexpr qint64 kToleranceSeconds = 300;

    struct Delivery
    {
        QByteArray method = "POST";
        QString url;                                      // the full URL the sender used (HubSpot signs it)
        QList<std::pair<QByteArray, QByteArray>> headers; // names compared case-insensitively
        QByteArray body;
        QByteArray header(const QByteArray &name) const;
    };

    struct Result
    {
        Verdict verdict = Verdict::Missing;
        QString reason;        // for the log and the answer; never the secret or the expected signature
        qint64 timestamp = -1; // the signed time (s), when the scheme has one
        bool ok() const { return verdict == Verdict::Valid; }
    };

    static Result verify(Scheme scheme, const Delivery &delivery, const QByteArray &secret, qint64 nowSecs);

    // The signatures themselves (the senders' side, for tests and tools).
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
    static QByteArray hubSpotUri(const QString &url); // the URL with HubSpot's listed escapes decoded
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace Orion

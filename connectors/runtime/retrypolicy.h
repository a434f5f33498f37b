#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Orion {

// When to retry an HTTP request and how long to wait. Pure functions of their inputs, so every
// decision is testable without a network.
struct RetryPolicy
{
    int maxRetries = 5;            // retries after the first attempt
    int baseDelayMs = 500;         // first backoff
    int maxDelayMs = 30'000;       // cap on exponential backoff
    int maxRetryAfterMs = 120'000; // a longer Retry-After is reported instead of slept through
    int rateLimitWaitMs = 0;       // a 429 without Retry-After waits this long (QuickBooks says 60 s); 0 = backoff

    // Status codes that may succeed on a later attempt: 408, 425, 429 and 5xx except 501/505.
    static bool isRetryableStatus(int status);

    // Retry-After as delta-seconds ("120") or an HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT", also the
    // obsolete RFC 850 and asctime forms). Returns the wait in milliseconds (never negative), or
    // nothing when the header is absent or unparseable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    // Exponential backoff with jitter for retry number `retry` (1-based): a random point in
    // [delay/2, delay] where delay = min(maxDelay, base * 2^(retry-1)). `unitRandom` is in [0, 1).
    qint64 backoffMs(int retry, double unitRandom) const;

    enum class Verdict { Done, Retry, GiveUp };
    struct Decision
    {
        Verdict verdict = Verdict::Done;
        qint64 delayMs = 0;
        bool fromRetryAfter = false;
    };
    // status 0 means a network error (no response). retriesSoFar counts retries already made.
    Decision decide(int status, bool networkError, const QByteArray &retryAfter, int retriesSoFar, const QDateTime &now, double unitRandom) const;
};

} // namespace Orion

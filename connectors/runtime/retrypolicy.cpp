#include "runtime/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Orion {

bool RetryPolicy::isRetryableStatus(int status)
{
    if (status == 408 || status == 425 || status == 429)
        return true;
    return status >= 500 && status <= 599 && status != 501 && status != 505;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // HTTP-date: IMF-fixdate, RFC 850 and asctime (RFC 9110 §5.6.7). Always GMT.
    const QString text = QString::fromLatin1(trimmed).simplified();
    static const QString formats[] = {u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s, u"ddd MMM d HH:mm:ss yyyy"_s};
    const QLocale c = QLocale::c();
    for (const QString &format : formats) {
        QDateTime when = c.toDateTime(text, format);
        if (!when.isValid())
            continue;
        if (when.date().year() < 1970) // two-digit RFC 850 years
            when = when.addYears(100);
        when.setTimeZone(QTimeZone::UTC);
        return std::max<qint64>(0, now.msecsTo(when));
    }
    return std::nullopt;
}

qint64 RetryPolicy::backoffMs(int retry, double unitRandom) const
{
    const double exponential = double(baseDelayMs) * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min(double(maxDelayMs), exponential);
    return qint64(capped / 2 + capped / 2 * std::clamp(unitRandom, 0.0, 1.0));
}

RetryPolicy::Decision RetryPolicy::decide(int status, bool networkError, const QByteArray &retryAfter, int retriesSoFar, const QDateTime &now,
                                          double unitRandom) const
{
    const bool retryable = networkError || isRetryableStatus(status);
    if (!retryable)
        return {};
    if (retriesSoFar >= maxRetries)
        return {Verdict::GiveUp, 0, false};
    if (status == 429 || status == 503) {
        if (const auto wait = parseRetryAfter(retryAfter, now)) {
            if (*wait > maxRetryAfterMs)
                return {Verdict::GiveUp, *wait, true};
            return {Verdict::Retry, *wait, true};
        }
        if (status == 429 && rateLimitWaitMs > 0)
            return {Verdict::Retry, rateLimitWaitMs, false};
    }
    return {Verdict::Retry, backoffMs(retriesSoFar + 1, unitRandom), false};
}

} // namespace Orion

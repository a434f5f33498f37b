#pragma once

#include <QMutex>
#include <QString>

#include <chrono>
#include <memory>

namespace Orion {

// A token bucket shared by every request of one connection, across threads and concurrent readers:
// at most `perSecond` requests per second on average, with bursts up to `burst`. reserve() books the
// next slot and returns how long the caller must wait before sending.
//
// The rate adapts (AIMD): a 429 from the service halves it for every reader of the connection at
// once (not below 1/s), and each successful answer adds back a small step until the configured rate
// is reached again.
class RateBudget
{
public:
    RateBudget(double perSecond, int burst);

    // The budget of a connection; created on first use, shared afterwards. perSecond <= 0 = unlimited.
    static std::shared_ptr<RateBudget> forKey(const QString &key, double perSecond, int burst);

    std::chrono::milliseconds reserve();
    void throttled(); // the service answered 429: multiplicative decrease
    void succeeded(); // a 2xx answer: additive increase back towards the configured rate

    double perSecond() const { return m_ceiling; } // the configured rate
    double currentRate() const;                    // the rate now, after any 429s
    int throttles() const;                         // 429s seen

private:
    using Clock = std::chrono::steady_clock;
    mutable QMutex m_mutex;
    double m_ceiling;
    double m_rate;
    double m_burst;
    double m_tokens;
    int m_throttles = 0;
    Clock::time_point m_last;
    Clock::time_point m_lastDecrease;
};

} // namespace Orion

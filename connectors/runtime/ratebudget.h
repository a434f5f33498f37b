#pragma once

#include <QMutex>
#include <QString>

#include <chrono>
#include <memory>

namespace Orion {

// A token bucket shared by every request of one connection, across threads: at most `perSecond`
// requests per second on average, with bursts up to `burst`. reserve() books the next slot and
// returns how long the caller must wait before sending.
class RateBudget
{
public:
    RateBudget(double perSecond, int burst);

    // The budget of a connection; created on first use, shared afterwards. perSecond <= 0 = unlimited.
    static std::shared_ptr<RateBudget> forKey(const QString &key, double perSecond, int burst);

    std::chrono::milliseconds reserve();
    double perSecond() const { return m_perSecond; }

private:
    using Clock = std::chrono::steady_clock;
    QMutex m_mutex;
    double m_perSecond;
    double m_burst;
    double m_tokens;
    Clock::time_point m_last;
};

} // namespace Orion

#include "runtime/ratebudget.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Orion {

RateBudget::RateBudget(double perSecond, int burst)
    : m_ceiling(perSecond)
    , m_rate(perSecond)
    , m_burst(std::max(1, burst))
    , m_tokens(std::max(1, burst))
    , m_last(Clock::now())
    , m_lastDecrease(Clock::time_point::min())
{
}

std::shared_ptr<RateBudget> RateBudget::forKey(const QString &key, double perSecond, int burst)
{
    if (perSecond <= 0)
        return {};
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<RateBudget>> budgets;
    QMutexLocker locker(&mutex);
    auto existing = budgets.value(key).lock();
    if (existing && existing->m_ceiling == perSecond)
        return existing;
    auto created = std::make_shared<RateBudget>(perSecond, burst);
    budgets.insert(key, created);
    return created;
}

std::chrono::milliseconds RateBudget::reserve()
{
    QMutexLocker locker(&m_mutex);
    const auto now = Clock::now();
    const double elapsed = std::chrono::duration<double>(now - m_last).count();
    m_last = now;
    m_tokens = std::min(m_burst, m_tokens + elapsed * m_rate);
    m_tokens -= 1.0; // may go negative: later callers queue behind this one
    if (m_tokens >= 0)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(qint64(std::ceil(-m_tokens / m_rate * 1000.0)));
}

void RateBudget::throttled()
{
    QMutexLocker locker(&m_mutex);
    ++m_throttles;
    const auto now = Clock::now();
    // Several readers see the same overload at once: one halving per second, not one per reader.
    if (m_lastDecrease != Clock::time_point::min() && now - m_lastDecrease < std::chrono::seconds(1))
        return;
    m_lastDecrease = now;
    m_rate = std::max(1.0, m_rate / 2.0);
    m_tokens = std::min(m_tokens, 0.0); // no burst straight after a 429
}

void RateBudget::succeeded()
{
    QMutexLocker locker(&m_mutex);
    if (m_rate < m_ceiling) // back to the full rate after about 20 answers per halving
        m_rate = std::min(m_ceiling, m_rate + m_ceiling / 40.0);
}

double RateBudget::currentRate() const
{
    QMutexLocker locker(&m_mutex);
    return m_rate;
}

int RateBudget::throttles() const
{
    QMutexLocker locker(&m_mutex);
    return m_throttles;
}

} // namespace Orion

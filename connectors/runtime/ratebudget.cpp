#include "runtime/ratebudget.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Orion {

RateBudget::RateBudget(double perSecond, int burst)
    : m_perSecond(perSecond)
    , m_burst(std::max(1, burst))
    , m_tokens(std::max(1, burst))
    , m_last(Clock::now())
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
    if (existing && existing->m_perSecond == perSecond)
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
    m_tokens = std::min(m_burst, m_tokens + elapsed * m_perSecond);
    m_tokens -= 1.0; // may go negative: later callers queue behind this one
    if (m_tokens >= 0)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(qint64(std::ceil(-m_tokens / m_perSecond * 1000.0)));
}

} // namespace Orion

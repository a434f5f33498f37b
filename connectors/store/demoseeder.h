#pragma once

#include <QCoreApplication>

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

namespace Orion {

class Workspace;

// Seeds clearly labelled demo connections ("Demo · …", is_demo = true) and synthetic sync history:
// mixed statuses, a failing streak on one connection, a degraded one, duration outliers and gaps.
// Re-seeding replaces earlier demo connections (and only those). Deterministic for a given seed.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(Orion::DemoSeeder)

public:
    struct Options
    {
        int connections = 6;
        int days = 90;
        qint64 metrics = 0; // total runs; 0 = about six runs per connection per day
        quint32 seed = 20261125;
        QDateTime now; // end of the history (UTC); default: the current time
    };
    struct Result
    {
        int connections = 0;
        qint64 metrics = 0;
    };

    explicit DemoSeeder(Workspace &workspace);

    // progress(done, total) is called from the calling thread; returning false via *cancel stops the
    // seeding and rolls it back.
    bool seed(const Options &options, Result *result, QString *error, const std::function<void(qint64, qint64)> &progress = {},
              const std::atomic_bool *cancel = nullptr);

private:
    Workspace &m_workspace;
};

} // namespace Orion

#include "connectionsummary.h"

using namespace Qt::StringLiterals;

namespace Orion {

QString healthStatusName(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy: return u"healthy"_s;
    case HealthStatus::Degraded: return u"degraded"_s;
    case HealthStatus::Failed: return u"failed"_s;
    case HealthStatus::Unknown: break;
    }
    return u"unknown"_s;
}

HealthStatus healthStatusFromName(const QString &name)
{
    if (name == "healthy"_L1)
        return HealthStatus::Healthy;
    if (name == "degraded"_L1)
        return HealthStatus::Degraded;
    if (name == "failed"_L1)
        return HealthStatus::Failed;
    return HealthStatus::Unknown;
}

} // namespace Orion

#include "syncrun.h"
#include "common/enumnames.h"

using namespace Qt::StringLiterals;

namespace Orion {

QString SyncRun::statusName(Status status)
{
    return enumName(status);
}

bool SyncRun::statusFromName(const QString &name, Status *status)
{
    const auto value = enumFromName<Status>(name);
    if (value)
        *status = *value;
    return value.has_value();
}

} // namespace Orion

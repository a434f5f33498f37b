#include "syncrun.h"

using namespace Qt::StringLiterals;

namespace Orion {

QString SyncRun::statusName(Status status)
{
    switch (status) {
    case Status::Succeeded: return u"succeeded"_s;
    case Status::Partial: return u"partial"_s;
    case Status::Failed: return u"failed"_s;
    case Status::Cancelled: return u"cancelled"_s;
    }
    return {};
}

bool SyncRun::statusFromName(const QString &name, Status *status)
{
    for (Status s : {Status::Succeeded, Status::Partial, Status::Failed, Status::Cancelled}) {
        if (statusName(s) == name) {
            *status = s;
            return true;
        }
    }
    return false;
}

} // namespace Orion

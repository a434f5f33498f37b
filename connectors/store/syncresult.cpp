#include "store/syncresult.h"

using namespace Qt::StringLiterals;

namespace Orion {

QJsonObject SyncResult::toJson() const
{
    QString statusText;
    switch (status) {
    case SyncRun::Status::Succeeded: statusText = u"succeeded"_s; break;
    case SyncRun::Status::Partial: statusText = u"partial"_s; break;
    case SyncRun::Status::Cancelled: statusText = u"cancelled"_s; break;
    case SyncRun::Status::Failed: statusText = u"failed"_s; break;
    }
    return QJsonObject{
        {u"connection"_s, connection},
        {u"stream"_s, stream},
        {u"status"_s, statusText},
        {u"records_read"_s, recordsRead},
        {u"records_written"_s, recordsWritten},
        {u"records_deleted"_s, recordsDeleted},
        {u"records_failed"_s, recordsFailed},
        {u"duration_ms"_s, durationMs},
        {u"requests"_s, requests},
        {u"partitions"_s, partitions},
        {u"error_class"_s, errorClass == ErrorClass::None ? QJsonValue(QJsonValue::Null) : QJsonValue(errorClassName(errorClass))},
        {u"error"_s, error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)},
        {u"drift"_s, driftToJson(drift)},
    };
}

} // namespace Orion

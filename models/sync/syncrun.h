#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Orion {

// One finished sync run of one stream of one connection: a row of sync_metrics.
struct SyncRun
{
    enum class Status { Succeeded, Partial, Failed, Cancelled };

    qint64 id = 0;
    qint64 connectionId = 0;
    QString stream;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC
    Status status = Status::Succeeded;
    qint64 recordsProcessed = 0;
    qint64 recordsFailed = 0;
    qint64 durationMs = 0;
    QString errorClass;
    QString errorMessage;

    static QString statusName(Status status);
    static bool statusFromName(const QString &name, Status *status);
};

} // namespace Orion

Q_DECLARE_METATYPE(Orion::SyncRun)

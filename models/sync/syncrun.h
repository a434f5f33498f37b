#pragma once

#include "mapping/mappingdrift.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Orion {

// One finished sync run of one stream of one connection: a row of sync_metrics.
struct SyncRun
{
    Q_GADGET
public:
    enum class Status { Succeeded, Partial, Failed, Cancelled };
    Q_ENUM(Status)

    qint64 id = 0;
    qint64 connectionId = 0;
    QString connectionName; // for display; not stored in sync_metrics
    QString stream;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC
    Status status = Status::Succeeded;
    qint64 recordsProcessed = 0; // records read from the source
    qint64 recordsWritten = 0;
    qint64 recordsDeleted = 0; // records marked deleted at the source
    qint64 recordsFailed = 0;
    qint64 durationMs = 0;
    qint64 requests = 0; // HTTP requests sent, retries included
    int partitions = 0;  // windows of a partitioned read (0: read as one)
    QString errorClass;
    QString errorMessage;
    QString log;         // the run's log lines, secrets redacted
    DriftFindings drift; // approved mappings' source fields found vanished or retyped

    static QString statusName(Status status);
    static bool statusFromName(const QString &name, Status *status);
};

} // namespace Orion

Q_DECLARE_METATYPE(Orion::SyncRun)

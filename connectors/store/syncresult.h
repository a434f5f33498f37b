#pragma once

#include "runtime/failure.h"
#include "sync/syncrun.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Orion {

// What one sync of one stream came to: recorded as a run, returned by SyncJob, written into a
// worker's job, formatted into alerts.
struct SyncResult
{
    enum class Outcome {
        Ran,     // a run happened and was recorded (whatever its status)
        Invalid, // unknown connection, connector or stream, bad settings, missing secret: nothing written
        Refused, // the same connection and stream is already syncing: nothing written
        Error,   // the workspace could not be opened or written
    };
    Outcome outcome = Outcome::Ran;
    QString connection;
    QString stream;
    SyncRun::Status status = SyncRun::Status::Failed;
    qint64 recordsRead = 0;
    qint64 recordsWritten = 0;
    qint64 recordsDeleted = 0; // stored records marked deleted at the source
    qint64 recordsFailed = 0;
    qint64 durationMs = 0;
    qint64 requests = 0; // HTTP requests the run sent, retries included
    int partitions = 0;  // windows of a partitioned read (0: read as one)
    ErrorClass errorClass = ErrorClass::None;
    QString error;
    bool reauthorize = false;
    qint64 runId = 0;
    DriftFindings drift;     // approved mappings' source fields found vanished or retyped
    bool driftIsNew = false; // … of which some the connection did not have before the run (drift alerts)

    bool succeeded() const { return outcome == Outcome::Ran && status == SyncRun::Status::Succeeded; }
    // {"connection":…,"stream":…,"status":…,"records_read":N,"records_written":N,"records_failed":N,"records_deleted":N,
    //  "duration_ms":N,"requests":N,"partitions":N,"error_class":…,"error":…,"drift":[DriftFinding…]}
    QJsonObject toJson() const;
};

} // namespace Orion

Q_DECLARE_METATYPE(Orion::SyncResult)

// Bulk API 2.0 ingest jobs for SalesforceConnector::writeCustomers: one job per upload under the
// size limit, polled with backoff, results saved to temporary files and joined on the external id.
#include "adapters/salesforce/salesforceconnector.h"

#include "adapters/salesforce/salesforcedetail.h"
#include "runtime/csv.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Orion {

using SalesforceDetail::jsonRequest;

WriteOutcome SalesforceConnector::upsertBulk(const ConnectorContext &ctx, const UnifiedCustomers &customers) const
{
    WriteOutcome outcome;
    QString instance;
    if (!instanceUrl(ctx, &instance, &outcome.failure))
        return outcome;
    const QString object = ctx.setting(u"push_object"_s);
    const QString extField = ctx.setting(u"external_id_field"_s);
    const qint64 maxBytes = std::max<qint64>(1, ctx.settings.value("bulk_max_upload_mb"_L1).toInteger(100)) * 1024 * 1024;
    const qint64 timeoutMs = ctx.settings.value("bulk_timeout_seconds"_L1).toInteger(1800) * 1000;

    // Columns: the external id, then every field any record sets, in a stable order.
    QStringList columns{extField};
    QList<QJsonObject> bodies;
    QSet<QString> seenIds;
    UnifiedCustomers valid;
    for (const UnifiedCustomer &c : customers) {
        if (c.externalId.isEmpty() || seenIds.contains(c.externalId)) {
            outcome.fail(c.externalId,
                         c.externalId.isEmpty() ? tr("a record without external_id cannot be upserted")
                                                : tr("the external_id appears twice in this push"));
            continue;
        }
        seenIds.insert(c.externalId);
        valid.append(c);
        const QJsonObject fields = pushFields(object, c);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!columns.contains(it.key()))
                columns.append(it.key());
        }
        bodies.append(fields);
    }
    const QByteArray header = Csv::writeRow(columns);
    // One job per upload that fits under the limit.
    QList<QByteArray> uploads;
    QList<QStringList> uploadIds;
    QByteArray current = header;
    QStringList currentIds;
    for (qsizetype i = 0; i < valid.size(); ++i) {
        QStringList row{valid.at(i).externalId};
        for (qsizetype col = 1; col < columns.size(); ++col)
            row.append(bodies.at(i).value(columns.at(col)).toString());
        const QByteArray line = Csv::writeRow(row);
        if (current.size() + line.size() > maxBytes && !currentIds.isEmpty()) {
            uploads.append(current);
            uploadIds.append(currentIds);
            current = header;
            currentIds.clear();
        }
        current += line;
        currentIds.append(valid.at(i).externalId);
    }
    if (!currentIds.isEmpty()) {
        uploads.append(current);
        uploadIds.append(currentIds);
    }

    const QString jobs = instance + apiPath(ctx) + u"/jobs/ingest"_s;
    const auto jobError = [](const HttpResponse &r) { return errorFor(r, u"the Bulk job"_s); };
    for (qsizetype u = 0; u < uploads.size(); ++u) {
        Failure failure;
        QJsonObject job;
        QString jobId;
        QSet<QString> reported;
        // Records of uploads not yet sent are "not sent"; those of a job Salesforce accepted are not:
        // it may have written them, so they are reported with the job to look up instead.
        auto fail = [&](const Failure &f, bool accepted) {
            outcome.failure = f;
            if (accepted) {
                outcome.failure.message = tr("Bulk job %1 was accepted by Salesforce, but its outcome could not be read: %2").arg(jobId, f.message);
                for (const QString &id : uploadIds.at(u)) {
                    if (!reported.contains(id))
                        outcome.fail(id,
                                     tr("sent in Bulk job %1; its outcome is unknown (%2). Check the job in Salesforce "
                                        "before pushing again.")
                                         .arg(jobId, f.message));
                }
            }
            for (qsizetype rest = accepted ? u + 1 : u; rest < uploads.size(); ++rest) {
                for (const QString &id : uploadIds.at(rest))
                    outcome.fail(id, tr("not sent: %1").arg(f.message));
            }
            return outcome;
        };
        const QJsonObject create{{u"object"_s, object},
                                 {u"externalIdFieldName"_s, extField},
                                 {u"contentType"_s, u"CSV"_s},
                                 {u"operation"_s, u"upsert"_s},
                                 {u"lineEnding"_s, u"LF"_s}};
        if (!ctx.http->fetchJsonObject(jsonRequest("POST", QUrl(jobs), create), u"Salesforce"_s, jobError, &job, &failure))
            return fail(failure, false);
        jobId = job.value("id"_L1).toString();
        const QString contentUrl
            = job.value("contentUrl"_L1).toString(u"services/data/v"_s + ctx.setting(u"api_version"_s) + u"/jobs/ingest/"_s + jobId + u"/batches"_s);
        ctx.log(u"Bulk job %1 created for %2 records (%3 KB)"_s.arg(jobId).arg(uploadIds.at(u).size()).arg(uploads.at(u).size() / 1024));
        const QUrl jobUrl(jobs + u'/' + jobId);
        // A job left open is deleted by Salesforce after a week; aborting it says at once that it will not run.
        auto abandon = [&](const Failure &f) {
            QJsonObject ignored;
            Failure ignoredFailure;
            ctx.http->fetchJsonObject(jsonRequest("PATCH", jobUrl, QJsonObject{{u"state"_s, u"Aborted"_s}}), u"Salesforce"_s, jobError, &ignored,
                                      &ignoredFailure);
            return fail(f, false);
        };
        HttpRequest upload;
        upload.method = "PUT";
        upload.url = QUrl(instance + u'/' + contentUrl);
        upload.headers = {{"Content-Type", "text/csv"}, {"Accept", "application/json"}};
        upload.body = uploads.at(u);
        const HttpResponse uploaded = ctx.http->send(upload);
        if (uploaded.status != 201 && !uploaded.isSuccess())
            return uploaded.failure.errorClass == ErrorClass::Cancelled ? fail(uploaded.failure, false)
                                                                        : abandon(errorFor(uploaded, u"the Bulk upload"_s));
        if (!ctx.http->fetchJsonObject(jsonRequest("PATCH", jobUrl, QJsonObject{{u"state"_s, u"UploadComplete"_s}}), u"Salesforce"_s, jobError, &job,
                                       &failure)) {
            // The answer was lost, or the request was refused: the job's state tells which.
            QJsonObject now;
            Failure readFailure;
            if (failure.errorClass == ErrorClass::Cancelled
                || !ctx.http->fetchJsonObject(jsonRequest("GET", jobUrl), u"Salesforce"_s, jobError, &now, &readFailure))
                return fail(failure, true);
            if (now.value("state"_L1).toString() == "Open"_L1)
                return abandon(failure);
            job = now;
            ctx.log(u"Bulk job %1: the answer to UploadComplete was lost, but the job is %2"_s.arg(jobId, job.value("state"_L1).toString()));
        }
        // From here on Salesforce has the records. Poll with backoff until the job is done.
        if (Failure f = SalesforceDetail::waitForBulkJob(ctx, jobUrl, timeoutMs, &job))
            return fail(f, true);
        const QString state = job.value("state"_L1).toString();
        ctx.log(u"Bulk job %1 %2: %3 processed, %4 failed%5"_s.arg(jobId, state)
                    .arg(job.value("numberRecordsProcessed"_L1).toInteger())
                    .arg(job.value("numberRecordsFailed"_L1).toInteger())
                    .arg(job.value("errorMessage"_L1).toString().isEmpty() ? QString() : u" — "_s + job.value("errorMessage"_L1).toString()));
        outcome.details.append(QJsonObject{{u"job_id"_s, jobId},
                                           {u"state"_s, state},
                                           {u"records"_s, qint64(uploadIds.at(u).size())},
                                           {u"processed"_s, job.value("numberRecordsProcessed"_L1)},
                                           {u"failed"_s, job.value("numberRecordsFailed"_L1)},
                                           {u"error"_s, job.value("errorMessage"_L1)}});

        // Results come back in any order: join them on the external id. A result can be larger than
        // any answer kept in memory, so each is saved to a temporary file and read a row at a time.
        auto results = [&](const QString &kind,
                           const std::function<void(const QString &id, const QStringList &row, const QStringList &columns)> &onRow) -> bool {
            QTemporaryFile file;
            auto unreadable = [&](const Failure &f) {
                fail(f, true);
                return false;
            };
            if (!file.open())
                return unreadable(Failure::system(tr("no temporary file for the %1 of the Bulk job: %2").arg(kind, file.errorString())));
            HttpRequest request;
            request.url = QUrl(jobUrl.toString() + u'/' + kind + u'/');
            request.headers = {{"Accept", "text/csv"}};
            request.saveTo = &file;
            const HttpResponse r = ctx.http->send(request);
            if (!r.isSuccess())
                return unreadable(r.failure ? r.failure : errorFor(r, kind));
            file.seek(0);
            Csv::Reader reader(&file);
            QStringList columnNames, row;
            if (!reader.next(&columnNames) && !reader.error().isEmpty())
                return unreadable(Failure::system(tr("Salesforce sent unreadable %1: %2").arg(kind, reader.error())));
            const qsizetype idColumn = columnNames.indexOf(extField);
            while (reader.next(&row)) {
                const QString id = row.value(idColumn);
                if (idColumn < 0 || !seenIds.contains(id) || reported.contains(id))
                    continue;
                reported.insert(id);
                onRow(id, row, columnNames);
            }
            if (!reader.error().isEmpty())
                return unreadable(Failure::system(tr("Salesforce sent unreadable %1: %2").arg(kind, reader.error())));
            return true;
        };
        if (!results(u"successfulResults"_s, [&](const QString &, const QStringList &row, const QStringList &resultColumns) {
                if (row.value(resultColumns.indexOf(u"sf__Created"_s)) == "true"_L1)
                    ++outcome.created;
                else
                    ++outcome.updated;
            }))
            return outcome;
        if (!results(u"failedResults"_s, [&](const QString &id, const QStringList &row, const QStringList &resultColumns) {
                outcome.fail(id, row.value(resultColumns.indexOf(u"sf__Error"_s)));
            }))
            return outcome;
        if (state != "JobComplete"_L1) {
            const QString why = tr("not processed: the job ended %1 (%2)").arg(state, job.value("errorMessage"_L1).toString());
            if (!results(u"unprocessedrecords"_s, [&](const QString &id, const QStringList &, const QStringList &) { outcome.fail(id, why); }))
                return outcome;
        }
        for (const QString &id : uploadIds.at(u)) {
            if (!reported.contains(id))
                outcome.fail(id, tr("Bulk job %1 reported no result for this record").arg(jobId));
        }
    }
    return outcome;
}

} // namespace Orion

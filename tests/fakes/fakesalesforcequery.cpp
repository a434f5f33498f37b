// FakeSalesforce: Bulk API 2.0 query jobs, as documented in the Bulk API 2.0 Developer Guide
// ("Create a Query Job", "Get Information About a Query Job", "Get Results for a Query Job",
// "Get Parallel Results for a Query Job"):
//   POST /jobs/query {operation: query|queryAll, query, contentType: CSV, columnDelimiter: COMMA, lineEnding: LF}
//     → 200 with the job (state UploadComplete); aggregate queries (COUNT()) are refused.
//   GET /jobs/query/{id} → UploadComplete, InProgress … JobComplete | Failed (errorMessage).
//   GET /jobs/query/{id}/results[?locator=&maxRecords=] → CSV with Sforce-Locator (the next set,
//     or "null") and Sforce-NumberOfRecords; only once JobComplete; only with the job's API version (409).
//   GET /jobs/query/{id}/resultPages[?locator=] (API 58.0+) → up to five resultUrl links, each one
//     result set, with nextRecordsUrl and done.
#include "fakesalesforce.h"

#include "runtime/csv.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Orion::Fakes {

namespace {

QString locatorOf(qint64 offset)
{
    return QString::fromLatin1(QByteArray::number(offset).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 offsetOf(const QString &locator, bool *ok)
{
    const auto decoded = QByteArray::fromBase64Encoding(locator.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(decoded);
    return *ok ? decoded.decoded.toLongLong(ok) : 0;
}

QString csvValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString(); // null → empty, as Salesforce writes it
}

} // namespace

void FakeSalesforce::setBulkQueryChunk(int records)
{
    QMutexLocker locker(&m_mutex);
    m_queryChunk = std::max(1, records);
}

void FakeSalesforce::setBulkQueryFails(bool on)
{
    QMutexLocker locker(&m_mutex);
    m_queryFails = on;
}

qint64 FakeSalesforce::bulkQueryResultRequests() const
{
    QMutexLocker locker(&m_mutex);
    return m_queryResultRequests;
}

FakeResponse FakeSalesforce::bulkQuery(const RecordedRequest &request, const QString &version, const QStringList &parts)
{
    const auto notFound = [] { return error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s); };
    if (parts.isEmpty()) {
        if (request.method != "POST")
            return error(405, u"METHOD_NOT_ALLOWED"_s, u"HTTP Method '%1' not allowed. Allowed are POST"_s.arg(QString::fromLatin1(request.method)));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString operation = body.value("operation"_L1).toString();
        if (operation != "query"_L1 && operation != "queryAll"_L1)
            return error(400, u"INVALIDJOB"_s, u"InvalidJob : Invalid operation: '%1'"_s.arg(operation));
        if (body.value("contentType"_L1).toString(u"CSV"_s) != "CSV"_L1 || body.value("columnDelimiter"_L1).toString(u"COMMA"_s) != "COMMA"_L1
            || body.value("lineEnding"_L1).toString(u"LF"_s) != "LF"_L1)
            return error(400, u"INVALIDJOB"_s, u"InvalidJob : this fake writes CSV with COMMA and LF only"_s);
        Query q;
        FakeResponse failure;
        bool countOnly = false;
        if (!select(body.value("query"_L1).toString(), &q, &failure, &countOnly, operation == "queryAll"_L1))
            return failure;
        if (countOnly)
            return error(400, u"INVALIDJOB"_s, u"InvalidJob : Aggregate Relationships not supported in Bulk Query"_s);
        const QString id = u"750FAKEQ%1"_s.arg(m_queryJobs.size() + 1, 10, 10, QChar(u'0'));
        const QString now = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+0000"_s;
        QJsonObject info{{u"id"_s, id},
                         {u"operation"_s, operation},
                         {u"object"_s, q.sObject},
                         {u"createdById"_s, u"005FAKE"_s},
                         {u"createdDate"_s, now},
                         {u"systemModstamp"_s, now},
                         {u"state"_s, u"UploadComplete"_s},
                         {u"concurrencyMode"_s, u"Parallel"_s},
                         {u"contentType"_s, u"CSV"_s},
                         {u"apiVersion"_s, version.toDouble()},
                         {u"lineEnding"_s, u"LF"_s},
                         {u"columnDelimiter"_s, u"COMMA"_s}};
        m_queryJobs.insert(id, QueryJob{info, q, version, 0});
        return FakeResponse::json(200, info);
    }
    const auto job = m_queryJobs.find(parts.at(0));
    if (job == m_queryJobs.end())
        return notFound();
    if (parts.size() == 1 && request.method == "GET") {
        QJsonObject info = job->info;
        const int polls = job->polls++;
        if (info.value("state"_L1).toString() == "Aborted"_L1)
            return FakeResponse::json(200, info);
        QString state = polls < m_pollsUntilDone ? (polls == 0 ? u"UploadComplete"_s : u"InProgress"_s) : u"JobComplete"_s;
        if (state == "JobComplete"_L1 && m_queryFails) {
            state = u"Failed"_s;
            info.insert(u"errorMessage"_s, u"QUERY_TIMEOUT: Your query request was running for too long."_s);
        }
        info.insert(u"state"_s, state);
        info.insert(u"numberRecordsProcessed"_s, state == "JobComplete"_L1 ? qint64(job->query.indexes.size()) : 0);
        info.insert(u"retries"_s, 0);
        job->info.insert(u"state"_s, state);
        return FakeResponse::json(200, info);
    }
    if (parts.size() == 1 && request.method == "PATCH") { // abort
        if (QJsonDocument::fromJson(request.body).object().value("state"_L1).toString() != "Aborted"_L1)
            return error(400, u"INVALIDJOB"_s, u"InvalidJob : a query job can only be set to Aborted"_s);
        job->info.insert(u"state"_s, u"Aborted"_s);
        return FakeResponse::json(200, job->info);
    }
    if (parts.size() != 2 || request.method != "GET")
        return notFound();
    if (parts.at(1) == "resultPages"_L1 && version.toDouble() < 58.0)
        return notFound(); // the parallel links arrived with API 58.0
    if (parts.at(1) != "results"_L1 && parts.at(1) != "resultPages"_L1)
        return notFound();
    if (version != job->version)
        return error(409, u"INVALIDJOBSTATE"_s, u"Use API version %1 to get the results of this job"_s.arg(job->version));
    if (job->info.value("state"_L1).toString() != "JobComplete"_L1)
        return error(400, u"INVALIDJOBSTATE"_s,
                     u"The job is %1; results are available once it is JobComplete"_s.arg(job->info.value("state"_L1).toString()));
    bool ok = true;
    const QString locator = request.query.queryItemValue(u"locator"_s, QUrl::FullyDecoded);
    const qint64 offset = locator.isEmpty() ? 0 : offsetOf(locator, &ok);
    if (!ok || offset < 0 || offset > job->query.indexes.size())
        return error(400, u"INVALIDLOCATOR"_s, u"Invalid locator: '%1'"_s.arg(locator.left(40)));
    const qint64 size = job->query.indexes.size();
    if (parts.at(1) == "resultPages"_L1) {
        QJsonArray links;
        qint64 at = offset;
        for (; at < size && links.size() < 5; at += m_queryChunk)
            links.append(QJsonObject{
                {u"resultUrl"_s,
                 u"/services/data/v%1/jobs/query/%2/results?locator=%3&maxRecords=%4"_s.arg(version, parts.at(0), locatorOf(at)).arg(m_queryChunk)}});
        QJsonObject body{{u"resultPages"_s, links}, {u"done"_s, at >= size}};
        body.insert(u"nextRecordsUrl"_s,
                    at >= size ? QJsonValue()
                               : QJsonValue(u"/services/data/v%1/jobs/query/%2/resultPages?locator=%3"_s.arg(version, parts.at(0), locatorOf(at))));
        return FakeResponse::json(200, body);
    }
    if (m_resultFailures != 0) {
        if (m_resultFailures > 0)
            --m_resultFailures;
        return error(503, u"SERVER_UNAVAILABLE"_s, u"Server temporarily unavailable"_s);
    }
    const qint64 asked = request.query.queryItemValue(u"maxRecords"_s).toLongLong();
    return queryResults(parts.at(0), offset, asked > 0 ? asked : m_queryChunk);
}

FakeResponse FakeSalesforce::queryResults(const QString &jobId, qint64 offset, qint64 maxRecords)
{
    ++m_queryResultRequests;
    const Query &q = m_queryJobs[jobId].query;
    QByteArray csv = Csv::writeRow(q.fields);
    const qint64 end = std::min<qint64>(q.indexes.size(), offset + maxRecords);
    QStringList row;
    for (qint64 i = offset; i < end; ++i) {
        const QJsonObject full = recordLocked(q.sObject, q.indexes.at(i));
        row.clear();
        for (const QString &f : q.fields) {
            const QString head = f.section(u'.', 0, 0);
            const QJsonValue value = full.value(head);
            row.append(csvValue(head == f ? value : value.toObject().value(f.section(u'.', 1))));
        }
        csv += Csv::writeRow(row);
    }
    const QByteArray next = end < q.indexes.size() ? locatorOf(end).toLatin1() : QByteArray("null");
    return FakeResponse{200, csv, "text/csv", {{"Sforce-Locator", next}, {"Sforce-NumberOfRecords", QByteArray::number(end - offset)}}};
}

} // namespace Orion::Fakes

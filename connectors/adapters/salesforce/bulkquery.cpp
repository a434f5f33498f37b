// Large reads through Bulk API 2.0 query jobs: when a read would return bulk_query_threshold records
// or more (counted with SELECT COUNT()), one query job selects them, and its result sets — the
// resultUrl links of /resultPages (API 58.0+) — are the read's partitions, downloaded by concurrent
// readers as CSV and mapped in pages of 500 rows. Each link is one window with its own checkpoint
// (the rows committed); a link stays valid as long as the
// job exists (Salesforce keeps it for seven days), so an interrupted run resumes the links it had not
// committed. Smaller reads, and orgs on an older API version, use the REST query.
#include "adapters/salesforce/salesforceconnector.h"

#include "adapters/salesforce/salesforcedetail.h"
#include "adapters/salesforce/soql.h"
#include "runtime/csv.h"

#include <QBuffer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

using SalesforceDetail::jsonRequest;

namespace SalesforceDetail {

namespace {

// Bulk CSV holds text only; these fields are typed in the records a REST query answers.
QJsonValue typedValue(const QString &field, const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(); // Bulk writes null as an empty field
    if (field == "IsClosed"_L1 || field == "IsWon"_L1 || field == "IsDeleted"_L1)
        return text == "true"_L1;
    if (field == "Amount"_L1) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        return ok ? QJsonValue(value) : QJsonValue(text);
    }
    return text;
}

// One result set of a query job: downloaded once, then mapped a page at a time (so that only a
// page of records is held per reader, not a whole set); the window's checkpoint counts the rows
// committed, and a resumed window downloads its set again and skips them.
class BulkResultReader : public StreamReader
{
public:
    static constexpr qint64 kRowsPerPage = 500;

    BulkResultReader(const ConnectorContext &ctx, const QJsonObject &window, const QJsonObject &checkpoint)
        : m_ctx(ctx)
        , m_window(window)
        , m_skip(checkpoint.value("rows"_L1).toInteger(0))
        , m_rows(m_skip)
        , m_maxSeen(checkpoint.value("since"_L1).toString(window.value("from"_L1).toString()))
    {
    }

    bool next(Page *page, Failure *failure) override
    {
        if (!m_csv && !download(failure))
            return false;
        QStringList row;
        const QString object = m_window.value("object"_L1).toString();
        qint64 taken = 0;
        bool more = true;
        while (taken < kRowsPerPage && (more = m_csv->next(&row))) {
            QJsonObject record;
            for (qsizetype c = 0; c < m_header.size() && c < row.size(); ++c) {
                const QString &field = m_header.at(c);
                const qsizetype dot = field.indexOf(u'.');
                if (dot < 0) {
                    record.insert(field, typedValue(field, row.at(c)));
                } else { // Account.Name → {"Account": {"Name": …}}, as the REST query nests it
                    QJsonObject parent = record.value(field.left(dot)).toObject();
                    parent.insert(field.mid(dot + 1), typedValue(field.mid(dot + 1), row.at(c)));
                    record.insert(field.left(dot), parent);
                }
            }
            addRecord(m_ctx, object, record, page, &m_maxSeen);
            ++taken;
        }
        if (!more && !m_csv->error().isEmpty()) {
            *failure = Failure::system(SalesforceConnector::tr("Salesforce sent unreadable Bulk query results: %1").arg(m_csv->error()));
            return false;
        }
        m_rows += taken;
        page->done = !more;
        page->checkpoint = QJsonObject{{u"rows"_s, m_rows}, {u"since"_s, m_maxSeen}};
        return true;
    }

private:
    bool download(Failure *failure)
    {
        QString instance;
        if (!SalesforceConnector::instanceUrl(m_ctx, &instance, failure))
            return false;
        HttpRequest request;
        request.url = QUrl(instance + m_window.value("url"_L1).toString());
        request.headers = {{"Accept", "text/csv"}};
        const HttpResponse response = m_ctx.http->send(request);
        if (!response.isSuccess()) {
            *failure = SalesforceConnector::errorFor(response, u"the Bulk query results"_s);
            if (response.status == 404)
                failure->message = SalesforceConnector::tr("Bulk query job %1 no longer exists (Salesforce keeps a job's results for seven days); "
                                                           "run a full refresh to read the stream again.")
                                       .arg(m_window.value("job"_L1).toString());
            return false;
        }
        m_body = response.body;
        m_buffer.setBuffer(&m_body);
        m_buffer.open(QIODevice::ReadOnly);
        m_csv = std::make_unique<Csv::Reader>(&m_buffer);
        m_csv->next(&m_header);
        QStringList skipped;
        for (qint64 i = 0; i < m_skip && m_csv->next(&skipped); ++i) { }
        return true;
    }

    const ConnectorContext &m_ctx;
    QJsonObject m_window;
    qint64 m_skip;
    qint64 m_rows;
    QString m_maxSeen;
    QByteArray m_body;
    QBuffer m_buffer;
    std::unique_ptr<Csv::Reader> m_csv;
    QStringList m_header;
};

} // namespace

} // namespace SalesforceDetail

QList<QJsonObject> SalesforceConnector::planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, int readers,
                                                       Failure *failure) const
{
    if (!this->stream(stream) || readers < 2 || checkpoint.contains("next_url"_L1)) // a REST read in progress resumes where it stopped
        return {};
    const qint64 threshold = ctx.settings.value("bulk_query_threshold"_L1).toInteger(10000);
    if (threshold <= 0 || ctx.setting(u"api_version"_s).toDouble() < 58.0)
        return {};
    QString instance;
    if (!instanceUrl(ctx, &instance, failure))
        return {};
    const QString object = sObjectOf(stream);
    const QString since = checkpoint.value("since"_L1).toString();
    const QString base = instance + apiPath(ctx);
    const auto queryError = [](const HttpResponse &r) { return errorFor(r, u"the Bulk query job"_s); };

    QString count = u"SELECT COUNT() FROM "_s + object;
    if (!since.isEmpty())
        count += u" WHERE SystemModstamp >= "_s + Soql::dateTime(SalesforceDetail::parseDate(since));
    QUrl countUrl(base + u"/query"_s);
    countUrl.setQuery(QUrlQuery{{u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(count))}});
    QJsonObject counted;
    if (!ctx.http->fetchJsonObject(
            jsonRequest("GET", countUrl), u"Salesforce"_s, [&](const HttpResponse &r) { return errorFor(r, object); }, &counted, failure))
        return {};
    const qint64 total = counted.value("totalSize"_L1).toInteger();
    if (total < threshold)
        return {};

    const QJsonObject create{{u"operation"_s, u"queryAll"_s}, // deleted records too, as the REST read
                             {u"query"_s, SalesforceDetail::selectSoql(object, since, false)},
                             {u"contentType"_s, u"CSV"_s},
                             {u"columnDelimiter"_s, u"COMMA"_s},
                             {u"lineEnding"_s, u"LF"_s}};
    QJsonObject job;
    if (!ctx.http->fetchJsonObject(jsonRequest("POST", QUrl(base + u"/jobs/query"_s), create), u"Salesforce"_s, queryError, &job, failure))
        return {};
    const QString jobId = job.value("id"_L1).toString();
    const QUrl jobUrl(base + u"/jobs/query/"_s + QString::fromLatin1(QUrl::toPercentEncoding(jobId)));
    ctx.log(u"%1 %2 record(s) to read: Bulk API 2.0 query job %3"_s.arg(total).arg(object, jobId));
    auto abort = [&](const Failure &why) {
        QJsonObject ignored;
        Failure ignoredFailure;
        ctx.http->fetchJsonObject(jsonRequest("PATCH", jobUrl, QJsonObject{{u"state"_s, u"Aborted"_s}}), u"Salesforce"_s, queryError, &ignored,
                                  &ignoredFailure);
        *failure = why;
        return QList<QJsonObject>();
    };
    const qint64 timeoutMs = ctx.settings.value("bulk_timeout_seconds"_L1).toInteger(1800) * 1000;
    if (Failure f = SalesforceDetail::waitForBulkJob(ctx, jobUrl, timeoutMs, &job)) {
        if (f.errorClass == ErrorClass::Cancelled || f.errorClass == ErrorClass::Transient)
            return abort(f.errorClass == ErrorClass::Cancelled ? f : Failure::transient(tr("Bulk query job %1: %2").arg(jobId, f.message)));
        *failure = f;
        return {};
    }
    const QString state = job.value("state"_L1).toString();
    if (state != "JobComplete"_L1) {
        *failure = Failure::system(
            tr("Bulk query job %1 ended %2: %3").arg(jobId, state, job.value("errorMessage"_L1).toString(tr("Salesforce gave no reason"))));
        return {};
    }
    // The result sets, five links an answer.
    QList<QJsonObject> windows;
    QUrl pages(jobUrl.toString() + u"/resultPages"_s);
    while (!pages.isEmpty()) {
        QJsonObject body;
        if (!ctx.http->fetchJsonObject(jsonRequest("GET", pages), u"Salesforce"_s, queryError, &body, failure))
            return {};
        for (const QJsonValue &link : body.value("resultPages"_L1).toArray()) {
            const QJsonObject o = link.toObject();
            const QString url = o.value("resultUrl"_L1).toString(o.value("resultLink"_L1).toString());
            if (url.startsWith(u'/'))
                windows.append(QJsonObject{{u"job"_s, jobId}, {u"url"_s, url}, {u"object"_s, object}, {u"from"_s, since}});
        }
        const QString next = body.value("nextRecordsUrl"_L1).toString();
        pages = body.value("done"_L1).toBool(true) || !next.startsWith(u'/') ? QUrl() : QUrl(instance + next);
    }
    if (windows.isEmpty())
        *failure = Failure::system(tr("Bulk query job %1 finished, but Salesforce listed no result sets.").arg(jobId));
    else
        ctx.log(u"Bulk query job %1: %2 result set(s)"_s.arg(jobId).arg(windows.size()));
    return windows;
}

std::unique_ptr<StreamReader> SalesforceConnector::openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                                 const QJsonObject &checkpoint) const
{
    if (!this->stream(stream))
        return nullptr;
    return std::make_unique<SalesforceDetail::BulkResultReader>(ctx, window, checkpoint);
}

QJsonObject SalesforceConnector::joinPartitions(const QString &, const QList<QJsonObject> &finished) const
{
    // The next incremental read starts at the newest change any result set held.
    QString newest;
    for (const QJsonObject &checkpoint : finished) {
        const QString since = checkpoint.value("since"_L1).toString();
        if (!since.isEmpty() && (newest.isEmpty() || SalesforceDetail::parseDate(since) > SalesforceDetail::parseDate(newest)))
            newest = since;
    }
    return newest.isEmpty() ? QJsonObject() : QJsonObject{{u"since"_s, newest}};
}

int SalesforceConnector::defaultConcurrency(const ConnectorContext &) const
{
    return 4; // result sets downloaded at once; a REST read is one pipelined reader regardless
}

} // namespace Orion

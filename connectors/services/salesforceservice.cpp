#include "services/salesforceservice.h"

#include "adapters/connectorsession.h"
#include "adapters/salesforce/salesforceconnector.h"
#include "adapters/salesforce/soql.h"
#include "runtime/credentialstore.h"
#include "runtime/httpclient.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

// Signs in on the calling (worker) thread and runs work with the session's context; the answer's
// error is redacted with the session's secrets.
template<typename Answer, typename Work>
Answer inSession(const std::shared_ptr<CredentialStore> &credentials, const SalesforceService::Target &target,
                 const std::shared_ptr<std::atomic<bool>> &cancel, const Work &work)
{
    Answer answer;
    SalesforceConnector connector;
    QString error;
    const auto effective = connector.validateSettings(target.settings, &error);
    if (!effective) {
        answer.failure = Failure::config(error);
        return answer;
    }
    ConnectorSession session(connector, target.connectionId, target.owner, *effective, credentials);
    session.http().setCancelFlag(cancel.get());
    if (!session.isReady()) {
        answer.failure = session.failure();
        return answer;
    }
    work(session.context(), &answer);
    answer.failure.message = session.redact(answer.failure.message);
    return answer;
}

} // namespace

SalesforceService::SalesforceService(std::shared_ptr<CredentialStore> credentials, Target target, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_target(std::move(target))
{
}

SalesforceService::~SalesforceService()
{
    cancelAll();
}

template<typename Answer, typename Work> int SalesforceService::start(Work work, void (SalesforceService::*signal)(int, const Answer &))
{
    const int id = ++m_nextId;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_running.insert(id, cancel);
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, id, signal] {
        watcher->deleteLater();
        m_running.remove(id);
        Q_EMIT(this->*signal)(id, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([credentials = m_credentials, target = m_target, cancel, work = std::move(work)] {
        return inSession<Answer>(credentials, target, cancel, work);
    }));
    return id;
}

int SalesforceService::query(const QString &soql)
{
    QString error;
    if (!Soql::validate(soql, &error)) {
        const int id = ++m_nextId;
        QueryAnswer refused;
        refused.failure = Failure::config(error);
        QMetaObject::invokeMethod(this, [this, id, refused] { Q_EMIT queryAnswered(id, refused); }, Qt::QueuedConnection);
        return id;
    }
    return start<QueryAnswer>(
        [soql](const ConnectorContext &ctx, QueryAnswer *answer) {
            QElapsedTimer timer;
            timer.start();
            answer->failure = SalesforceConnector::query(
                ctx, soql,
                [answer](const QJsonArray &records) {
                    for (const QJsonValue &r : records) {
                        if (answer->records.size() < kMaxRecords)
                            answer->records << r.toObject();
                    }
                },
                &answer->total);
            answer->ms = timer.elapsed();
        },
        &SalesforceService::queryAnswered);
}

int SalesforceService::describe(const QString &sObject)
{
    return start<FieldsAnswer>(
        [sObject](const ConnectorContext &ctx, FieldsAnswer *answer) {
            answer->sObject = sObject;
            QList<std::pair<QString, QString>> fields;
            answer->failure = SalesforceConnector::describe(ctx, sObject, &fields);
            for (const auto &f : fields)
                answer->fields << f.first;
        },
        &SalesforceService::fieldsAnswered);
}

int SalesforceService::loadBulkJobs()
{
    return start<JobsAnswer>(
        [](const ConnectorContext &ctx, JobsAnswer *answer) { answer->failure = SalesforceConnector::bulkJobs(ctx, &answer->jobs); },
        &SalesforceService::bulkJobsAnswered);
}

int SalesforceService::loadBulkJobRows(const QString &jobId, bool withUnprocessed)
{
    return start<JobRowsAnswer>(
        [jobId, withUnprocessed](const ConnectorContext &ctx, JobRowsAnswer *answer) {
            answer->jobId = jobId;
            answer->failure = SalesforceConnector::bulkJobResults(ctx, jobId, u"failedResults"_s, &answer->failed);
            if (!answer->failure && withUnprocessed)
                answer->failure = SalesforceConnector::bulkJobResults(ctx, jobId, u"unprocessedrecords"_s, &answer->unprocessed);
        },
        &SalesforceService::bulkJobRowsAnswered);
}

void SalesforceService::cancel(int id)
{
    if (const auto flag = m_running.value(id))
        flag->store(true);
}

void SalesforceService::cancelAll()
{
    for (const auto &flag : std::as_const(m_running))
        flag->store(true);
}

} // namespace Orion

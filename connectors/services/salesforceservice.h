#pragma once

#include "runtime/failure.h"
#include "runtime/secretowner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Orion {

class CredentialStore;

// The Salesforce tools of one connection for the app's dialogs (SOQL editor, Bulk API job inspector):
// each call signs in with the connection's settings and secrets on a worker thread, runs, redacts
// the connection's secrets from any error, and answers on the service's thread with the id it was
// given. Calls can be cancelled; destroying the service cancels what still runs.
class SalesforceService : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        qint64 connectionId = 0;
        SecretOwner owner;    // whose secrets, and the name for messages
        QJsonObject settings; // never secrets: those come from the credential store
    };
    struct QueryAnswer
    {
        Failure failure;
        QList<QJsonObject> records; // at most kMaxRecords (total says how many matched)
        qint64 total = 0;
        qint64 ms = 0;
    };
    struct FieldsAnswer
    {
        Failure failure;
        QString sObject;
        QStringList fields;
    };
    struct JobsAnswer
    {
        Failure failure;
        QJsonArray jobs;
    };
    struct JobRowsAnswer
    {
        Failure failure;
        QString jobId;
        QList<QStringList> failed;      // CSV rows with a header: sf__Id, sf__Error, the record's columns
        QList<QStringList> unprocessed; // for failed or aborted jobs
    };
    static constexpr qsizetype kMaxRecords = 50'000; // kept of a query's answer (all pages are still read)

    SalesforceService(std::shared_ptr<CredentialStore> credentials, Target target, QObject *parent = nullptr);
    ~SalesforceService() override;

    // A query that Soql::validate refuses is not sent: queryAnswered comes at once with the reason.
    int query(const QString &soql);
    int describe(const QString &sObject);
    int loadBulkJobs();
    int loadBulkJobRows(const QString &jobId, bool withUnprocessed);
    void cancel(int id);
    void cancelAll();
    bool isRunning(int id) const { return m_running.contains(id); }

Q_SIGNALS:
    void queryAnswered(int id, const Orion::SalesforceService::QueryAnswer &answer);
    void fieldsAnswered(int id, const Orion::SalesforceService::FieldsAnswer &answer);
    void bulkJobsAnswered(int id, const Orion::SalesforceService::JobsAnswer &answer);
    void bulkJobRowsAnswered(int id, const Orion::SalesforceService::JobRowsAnswer &answer);

private:
    template<typename Answer, typename Work> int start(Work work, void (SalesforceService::*signal)(int, const Answer &));

    std::shared_ptr<CredentialStore> m_credentials;
    Target m_target;
    int m_nextId = 0;
    QHash<int, std::shared_ptr<std::atomic<bool>>> m_running;
};

} // namespace Orion

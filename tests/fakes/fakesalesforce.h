#pragma once

#include "fakeservice.h"

#include <QSet>

namespace Orion::Fakes {

// Salesforce (api-contracts.md §1): the OAuth token endpoint (refresh with optional rotation, an
// answer with instance_url and no expiry, invalid_grant), sessions that expire on the fake's clock
// (401 INVALID_SESSION_ID), SOQL queries with nextRecordsUrl locators that can be expired
// (INVALID_QUERY_LOCATOR) and pages shorter than asked, queryAll (deleted records from the recycle
// bin, IsDeleted = true; query leaves them out), describe, upsert by external id
// (201/200/300/404, REQUIRED_FIELD_MISSING), Bulk API 2.0 ingest jobs (state machine, results in
// shuffled order, failed and unprocessed rows), Bulk API 2.0 query jobs (create, poll, CSV results paged
// by Sforce-Locator, resultPages links from API 58.0 on, the job's API version required) and
// Sforce-Limit-Info on every API answer.
// Records are generated from their index: object i has SystemModstamp kEpoch + i seconds.
class FakeSalesforce : public FakeService
{
public:
    static constexpr qint64 kEpoch = 1'750'000'000;

    FakeSalesforce();

    void setRecordCount(const QString &sObject, qint64 count); // Account, Contact, Lead, Opportunity
    void touch(const QString &sObject, qint64 index);          // now the newest change
    // Deletes the record: it goes to the recycle bin (IsDeleted = true, SystemModstamp the newest
    // change), leaves query and Bulk "query" answers and stays in queryAll and Bulk "queryAll" ones.
    void deleteRecord(const QString &sObject, qint64 index);
    void enableOAuth(const QString &clientId, const QString &clientSecret, const QString &refreshToken, bool rotate);
    QString currentRefreshToken() const;
    void expireSessions();                             // every access token now answers 401 INVALID_SESSION_ID
    void expireLocators();                             // every nextRecordsUrl now answers INVALID_QUERY_LOCATOR
    void setShortPages(bool on);                       // answer half of the asked batch size
    void addDuplicateExternalId(const QString &value); // upserting it answers 300
    void setBulkFailAfter(int rows);                   // jobs fail after processing this many rows (-1: never)
    void setBulkPollsUntilDone(int polls);
    void setBulkResultFailures(int count);          // the next count result downloads answer 503 (-1: all of them)
    void setBulkLoseUploadCompleteAnswers(bool on); // UploadComplete is applied, but answered 500 (a lost answer)
    void setBulkRefuseUploads(bool on);             // uploads answer 400 INVALID_CONTENT_TYPE
    void setBulkQueryChunk(int records);            // records per query result set (a resultPages link; default 10,000)
    void setBulkQueryFails(bool on);                // query jobs end Failed with an errorMessage
    qint64 bulkQueryResultRequests() const;         // result sets downloaded
    int bulkJobsInState(const QString &state) const;
    int tokenRequests() const;
    qint64 apiCalls() const;
    QHash<QString, QJsonObject> upserted(const QString &sObject) const; // external id → fields
    qint64 bulkJobMs() const;                                           // sum of the fake's own job latency (UploadComplete → done)
    QList<QByteArray> bulkUploads() const;

protected:
    FakeResponse handle(const RecordedRequest &request) override;

private:
    FakeResponse token(const RecordedRequest &request);
    FakeResponse authorize(const RecordedRequest &request);
    FakeResponse query(const RecordedRequest &request, bool withDeleted);
    FakeResponse nextPage(const QString &locator);
    FakeResponse page(const QString &locatorId, qint64 offset, int batch);
    FakeResponse upsert(const QString &sObject, const QString &field, const QString &value, const QByteArray &body);
    FakeResponse bulk(const RecordedRequest &request, const QStringList &parts);
    FakeResponse bulkQuery(const RecordedRequest &request, const QString &version, const QStringList &parts);
    FakeResponse queryResults(const QString &jobId, qint64 offset, qint64 maxRecords);
    QJsonObject recordLocked(const QString &sObject, qint64 index) const;
    qint64 modstampLocked(const QString &sObject, qint64 index) const;
    static FakeResponse error(int status, const QString &code, const QString &message);
    FakeResponse api(FakeResponse response);

    QHash<QString, qint64> m_counts;
    QHash<QString, QHash<qint64, qint64>> m_touched;
    bool m_oauth = false;
    QString m_clientId, m_clientSecret, m_refreshToken;
    bool m_rotate = false;
    QSet<QString> m_sessions;
    int m_tokenRequests = 0;
    int m_serial = 0;
    qint64 m_apiCalls = 0;
    struct Query
    {
        QString sObject;
        QStringList fields;
        QList<qint64> indexes;
    };
    QHash<QString, Query> m_locators;
    // Parses the SOQL the fake understands into the records it selects (countOnly: SELECT COUNT()).
    bool select(const QString &soql, Query *out, FakeResponse *failure, bool *countOnly, bool withDeleted = false);
    void touchLocked(const QString &sObject, qint64 index);
    QHash<QString, QSet<qint64>> m_deleted; // in the recycle bin
    struct QueryJob
    {
        QJsonObject info;
        Query query;
        QString version;
        int polls = 0;
    };
    QHash<QString, QueryJob> m_queryJobs;
    int m_queryChunk = 10000;
    bool m_queryFails = false;
    qint64 m_queryResultRequests = 0;
    bool m_shortPages = false;
    QSet<QString> m_duplicates;
    QHash<QString, QHash<QString, QJsonObject>> m_upserted;
    QHash<QString, std::pair<QString, QString>> m_codes; // code → (challenge, redirect)
    struct Job
    {
        QJsonObject info;
        QByteArray csv;
        int polls = 0;
        qint64 startedMs = 0;
        QList<QStringList> successful, failed, unprocessed;
        QStringList header;
    };
    QHash<QString, Job> m_jobs;
    int m_failAfter = -1;
    int m_pollsUntilDone = 2;
    int m_resultFailures = 0;
    bool m_loseUploadComplete = false;
    bool m_refuseUploads = false;
    qint64 m_bulkJobMs = 0;
    QList<QByteArray> m_uploads;
};

} // namespace Orion::Fakes

// QuickBooks Online against its fake: STARTPOSITION paging with the empty answer, incremental by
// LastUpdatedTime, invoices with lines, throttling with a non-JSON 429, an expired access token
// (lowercase fault), refresh-token rotation under concurrent requests, invalid_grant, and pushes:
// create with requestid, sparse update with SyncToken and the stale-token (5010) retry.
#include "fakequickbooks.h"
#include "testsupport.h"

#include "adapters/quickbooks/quickbooksconnector.h"
#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "services/pagepipeline.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeQuickBooks;

class TstQuickBooks : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeQuickBooks m_qbo;
    DatabaseConfig m_db;
    std::shared_ptr<CredentialStore> m_credentials;
    int m_counter = 0;

    static HttpClient::Options fast()
    {
        HttpClient::Options o;
        o.retry.baseDelayMs = 5;
        o.retry.maxDelayMs = 20;
        o.retry.maxRetries = 3;
        return o;
    }

    void addConnection(const QString &name, const QJsonObject &extra = {})
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        ConnectionStore store(*w);
        ConnectionStore::NewConnection c;
        c.name = name;
        c.connectorId = u"quickbooks"_s;
        c.settings = {{u"api_base"_s, m_qbo.baseUrl().toString()},
                      {u"token_url"_s, QString(m_qbo.baseUrl().toString() + u"/oauth2/v1/tokens/bearer"_s)},
                      {u"realm_id"_s, m_qbo.realm()},
                      {u"client_id"_s, u"ABqbo-client"_s},
                      {u"requests_per_second"_s, u"0"_s},
                      {u"throttle_wait_seconds"_s, u"1"_s},
                      {u"concurrency"_s, u"1"_s}}; // the keyset walk; partitionedRead… set more
        for (auto it = extra.begin(); it != extra.end(); ++it)
            c.settings.insert(it.key(), it.value());
        m_credentials->setSecret(Test::owner(name), u"refresh_token"_s, m_qbo.currentRefreshToken(), &error);
        m_credentials->setSecret(Test::owner(name), u"client_secret"_s, u"qbo-secret"_s, &error);
        QVERIFY2(store.createConnection(Test::withUid(c), &error), qPrintable(error));
    }

    SyncResult sync(const QString &name, const QString &stream, const std::function<void(SyncJob &)> &setup = {})
    {
        SyncRequest request;
        request.database = m_db;
        request.connection = name;
        request.stream = stream;
        SyncJob job(request, m_credentials);
        job.setHttpOptions(fast());
        if (setup)
            setup(job);
        return job.run().first();
    }

    qint64 scalar(const QString &sql)
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        QSqlQuery q(w->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_qbo.start());
    }

    void init()
    {
        m_db = DatabaseConfig::sqlite(m_dir.filePath(u"qbo%1.db"_s.arg(++m_counter)));
        QString error;
        QVERIFY(Workspace::open(m_db, {}, &error));
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        m_qbo.enableOAuth(u"ABqbo-client"_s, u"qbo-secret"_s, u"AB11-initial"_s);
        m_qbo.setCounts(0, 0);
        m_qbo.setTokenDelay(0);
        m_qbo.clearRequests();
        OAuth2RefreshAuthenticator::clearTokenCache();
    }

    void pagesByStartPositionUntilTheEmptyAnswer()
    {
        m_qbo.setCounts(2000, 0); // exactly two full pages: the third answer is `"QueryResponse": {}`
        addConnection(u"qbo"_s);
        const SyncResult r = sync(u"qbo"_s, u"customers"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 2000);
        // Keyset pages: each query starts at the newest LastUpdatedTime read so far, never at an offset
        // that an edit elsewhere could shift.
        QStringList queries;
        for (const auto &req : m_qbo.requests()) {
            const QString q = req.query.queryItemValue(u"query"_s, QUrl::FullyDecoded);
            if (q.contains(u"STARTPOSITION"_s))
                queries << q;
        }
        QCOMPARE(queries.size(), 3);
        QVERIFY2(!queries.at(0).contains(u"WHERE"_s) && queries.at(1).contains(u"WHERE MetaData.LastUpdatedTime >= '"_s)
                     && queries.at(2).contains(u"WHERE MetaData.LastUpdatedTime >= '"_s),
                 qPrintable(queries.join(u'\n')));
        for (const QString &q : std::as_const(queries))
            QVERIFY2(q.contains(u"STARTPOSITION 1 MAXRESULTS 1000"_s), qPrintable(q));
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers"_s), qint64(2000));
        auto w = Workspace::open(m_db, {}, nullptr);
        RecordStore store(*w);
        QString error;
        const QJsonObject c = store.records(1, RecordKind::Customer, &error).first();
        QCOMPARE(c.value("external_id"_L1).toString(), u"1"_s);
        QCOMPARE(c.value("full_name"_L1).toString(), u"Customer 0"_s);
        QCOMPARE(c.value("company"_L1).toString(), u"Company 0 & Sons"_s);
        QCOMPARE(c.value("phone"_L1).toString(), u"+16505551000"_s);
        QCOMPARE(c.value("address"_L1).toObject().value("country"_L1).toString(), u"US"_s);
        // -08:00 in the answer, UTC in the store.
        QCOMPARE(c.value("updated_at"_L1).toString(),
                 QDateTime::fromSecsSinceEpoch(FakeQuickBooks::kEpoch, QTimeZone::UTC).toString(Qt::ISODateWithMs));
    }

    // Records edited while a full sync walks the pages move to the end of the order; none may be lost.
    void recordsEditedDuringTheWalkAreAllRead()
    {
        m_qbo.setCounts(2500, 0);
        addConnection(u"moving"_s, {{u"page_size"_s, 500}});
        m_qbo.touchCustomerAfterQuery(1, 10); // already read: moves behind the rest
        m_qbo.touchCustomerAfterQuery(1, 20);
        m_qbo.touchCustomerAfterQuery(2, 700);  // read on page 2, moves again
        m_qbo.touchCustomerAfterQuery(3, 2400); // not read yet: read once, at its new place
        const SyncResult r = sync(u"moving"_s, u"customers"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers"_s), qint64(2500));
        QVERIFY(r.recordsRead >= 2500 && r.recordsRead <= 2503); // the edited ones may come twice, absorbed by the upsert
    }

    void incrementalByLastUpdatedTime()
    {
        m_qbo.setCounts(50, 0);
        addConnection(u"inc"_s);
        QVERIFY(sync(u"inc"_s, u"customers"_s).succeeded());
        // A checkpoint of before Change Data Capture (no changed_since): the query by LastUpdatedTime.
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_state WHERE json_extract(checkpoint, '$.changed_since') IS NOT NULL"_s), qint64(1));
        {
            auto w = Workspace::open(m_db, {}, nullptr);
            QVERIFY(QSqlQuery(w->database()).exec(u"UPDATE sync_state SET checkpoint = json_remove(checkpoint, '$.changed_since')"_s));
        }
        m_qbo.touchCustomer(3);
        m_qbo.clearRequests();
        const SyncResult r = sync(u"inc"_s, u"customers"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 2); // the boundary record (≥) and the touched one
        QVERIFY(m_qbo.requests().first().query.queryItemValue(u"query"_s, QUrl::FullyDecoded).contains(u"WHERE MetaData.LastUpdatedTime >= '"_s));
    }

    void invoicesWithTheirLines()
    {
        m_qbo.setCounts(5, 12);
        addConnection(u"inv"_s);
        const SyncResult r = sync(u"inv"_s, u"invoices"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        auto w = Workspace::open(m_db, {}, nullptr);
        RecordStore store(*w);
        QString error;
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject &i : store.records(1, RecordKind::Invoice, &error))
            byId.insert(i.value("external_id"_L1).toString(), i);
        QCOMPARE(byId.size(), 12);
        const QJsonObject first = byId.value(u"1000"_s); // unit 100.25 × 1 + 50 setup + 8.50 tax, paid
        QCOMPARE(first.value("total"_L1).toInteger(), 15875);
        QCOMPARE(first.value("tax"_L1).toInteger(), 850);
        QCOMPARE(first.value("subtotal"_L1).toInteger(), 15025);
        QCOMPARE(first.value("status"_L1).toString(), u"paid"_s);
        QCOMPARE(first.value("currency"_L1).toString(), u"USD"_s);
        QCOMPARE(first.value("line_items"_L1).toArray().size(), 2); // the subtotal line is not an item
        QCOMPARE(first.value("line_items"_L1).toArray().first().toObject().value("unit_amount"_L1).toInteger(), 10025);
        QCOMPARE(byId.value(u"1001"_s).value("currency"_L1).toString(), u"CAD"_s);
        QCOMPARE(byId.value(u"1001"_s).value("status"_L1).toString(), u"open"_s);
    }

    void throttledRequestsWaitAndRetry()
    {
        m_qbo.setCounts(10, 0);
        addConnection(u"thr"_s);
        QVERIFY(sync(u"thr"_s, u"customers"_s).succeeded()); // token first
        m_qbo.throttleNext(1);                               // 429 with an HTML body
        QStringList log;
        QElapsedTimer timer;
        timer.start();
        const SyncResult r = sync(u"thr"_s, u"customers"_s, [&](SyncJob &job) { job.setLogHandler([&](const QString &l) { log << l; }); });
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed()))); // throttle_wait_seconds = 1
        QVERIFY2(log.filter(u"→ 429"_s).size() == 1, qPrintable(log.join(u'\n')));
    }

    void expiredAccessTokenRefreshes()
    {
        m_qbo.setCounts(10, 0);
        addConnection(u"exp"_s);
        QVERIFY(sync(u"exp"_s, u"customers"_s).succeeded());
        const int before = m_qbo.tokenRequests();
        m_qbo.expireAccessTokens(); // 401 with {"fault":{"error":[…]}} in lower case
        const SyncResult r = sync(u"exp"_s, u"customers"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(m_qbo.tokenRequests(), before + 1);
        QString error;
        QCOMPARE(m_credentials->secret(Test::owner(u"exp"_s), u"refresh_token"_s, &error).value_or(QString()), m_qbo.currentRefreshToken());
    }

    void concurrentSyncsShareOneRefresh()
    {
        m_qbo.setCounts(300, 300);
        addConnection(u"busy"_s, {{u"page_size"_s, u"100"_s}});
        m_qbo.setTokenDelay(300);
        const int before = m_qbo.tokenRequests();
        SyncResult customers, invoices;
        std::thread a([&] { customers = sync(u"busy"_s, u"customers"_s); });
        std::thread b([&] { invoices = sync(u"busy"_s, u"invoices"_s); });
        a.join();
        b.join();
        QVERIFY2(customers.succeeded(), qPrintable(customers.error));
        QVERIFY2(invoices.succeeded(), qPrintable(invoices.error));
        // The refresh token rotates on every refresh: a second, concurrent refresh would have used the
        // old one and failed with invalid_grant. There was exactly one.
        QCOMPARE(m_qbo.tokenRequests(), before + 1);
        QString error;
        QCOMPARE(m_credentials->secret(Test::owner(u"busy"_s), u"refresh_token"_s, &error).value_or(QString()), m_qbo.currentRefreshToken());
    }

    void invalidGrantMeansReauthorise()
    {
        m_qbo.setCounts(1, 0);
        addConnection(u"stale"_s);
        QString error;
        m_credentials->setSecret(Test::owner(u"stale"_s), u"refresh_token"_s, u"AB11-old"_s, &error);
        const SyncResult r = sync(u"stale"_s, u"customers"_s);
        QVERIFY(r.reauthorize);
        QCOMPARE(r.errorClass, ErrorClass::Config);
    }

    void pushCreatesOrSparselyUpdates()
    {
        m_qbo.setCounts(5, 0);
        addConnection(u"push"_s);
        UnifiedCustomers customers;
        UnifiedCustomer fresh;
        fresh.externalId = u"crm-1"_s;
        fresh.fullName = u"Brand New Co"_s;
        fresh.email = u"ap@brandnew.test"_s;
        customers << fresh;
        UnifiedCustomer existing;
        existing.externalId = u"crm-2"_s;
        existing.fullName = u"Customer 2"_s; // matches DisplayName of Id 3
        existing.email = u"billing@customer2.test"_s;
        customers << existing;
        UnifiedCustomer nameless;
        nameless.externalId = u"crm-3"_s;
        customers << nameless;
        m_qbo.makeStale(u"3"_s); // someone else edits customer 3 just before our update
        SyncRequest request;
        request.database = m_db;
        request.connection = u"push"_s;
        QStringList log;
        const PushResult r = SyncJob::pushCustomers(request, m_credentials, customers, fast(), [&](const QString &l) { log << l; });
        QVERIFY2(!r.write.failure, qPrintable(r.write.failure.message));
        QCOMPARE(r.write.created, 1);
        QCOMPARE(r.write.updated, 1);
        QCOMPARE(r.write.failed, 1);
        QCOMPARE(r.write.failures.first().externalId, u"crm-3"_s);
        QCOMPARE(log.filter(u"stale SyncToken"_s).size(), 1);
        const QJsonObject updated = m_qbo.customer(u"3"_s);
        QCOMPARE(updated.value("PrimaryEmailAddr"_L1).toObject().value("Address"_L1).toString(), u"billing@customer2.test"_s);
        QCOMPARE(updated.value("CompanyName"_L1).toString(), u"Company 2 & Sons"_s); // sparse: untouched fields kept
        QCOMPARE(updated.value("SyncToken"_L1).toString(), u"2"_s);
        // Pushing again: the new customer now exists by name and is updated, not created twice.
        const PushResult again = SyncJob::pushCustomers(request, m_credentials, customers.mid(0, 1), fast(), {});
        QCOMPARE(again.write.updated, 1);
        QCOMPARE(m_qbo.customersCreated(), 1);
    }

    // Partitions (issue 16): LastUpdatedTime windows [gte, lt) read by four readers cover every
    // record once; the stream's checkpoint is the newest change read; a failed run resumes every
    // window from its own checkpoint, reading nothing twice.
    void partitionedReadCoversEveryRecordOnceAndResumes()
    {
        m_qbo.setCounts(6000, 0);
        addConnection(u"wide"_s, {{u"concurrency"_s, u"4"_s}, {u"page_size"_s, u"500"_s}});
        const SyncResult r = sync(u"wide"_s, u"customers"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 6000);
        QCOMPARE(r.partitions, 12); // min(4 readers × 4, 6,000 / 500 pages)
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers"_s), qint64(6000));
        qint64 windowed = 0;
        for (const auto &req : m_qbo.requests())
            windowed += req.query.queryItemValue(u"query"_s, QUrl::FullyDecoded).contains(u" AND MetaData.LastUpdatedTime < '"_s) ? 1 : 0;
        QVERIFY(windowed >= 11);
        auto w = Workspace::open(m_db, {}, nullptr);
        const QJsonObject done = RecordStore(*w).checkpoint(1, u"customers"_s, nullptr);
        QCOMPARE(QDateTime::fromString(done.value("since"_L1).toString(), Qt::ISODate), QDateTime::fromSecsSinceEpoch(FakeQuickBooks::kEpoch + 5999));
        // The next run asks Change Data Capture for what changed since the read began: one request.
        m_qbo.renameCustomer(17, u"Renamed After The Read"_s);
        m_qbo.clearRequests();
        const SyncResult incremental = sync(u"wide"_s, u"customers"_s);
        QVERIFY2(incremental.succeeded(), qPrintable(incremental.error));
        QCOMPARE(incremental.recordsRead, 1);
        QCOMPARE(incremental.partitions, 0);
        QCOMPARE(m_qbo.requests().size(), 1);
        QVERIFY(m_qbo.requests().first().path.endsWith(u"/cdc"_s));

        m_qbo.setCounts(6000, 0);
        addConnection(u"flaky"_s, {{u"concurrency"_s, u"4"_s}, {u"page_size"_s, u"250"_s}});
        const QString query = u"/v3/company/"_s + m_qbo.realm() + u"/query"_s;
        const SyncResult failed = sync(u"flaky"_s, u"customers"_s, [&](SyncJob &job) {
            job.setProgressHandler([&](const SyncProgress &p) {
                if (p.pages == 6)
                    m_qbo.injectFault({query, 503, "<html>Service Unavailable</html>", {}, 0, false, 40});
            });
        });
        m_qbo.clearFaults();
        QCOMPARE(failed.status, SyncRun::Status::Failed);
        const qint64 kept = scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = 2"_s);
        QCOMPARE(kept, failed.recordsWritten);
        QVERIFY(kept > 0 && kept < 6000);
        auto w2 = Workspace::open(m_db, {}, nullptr);
        const auto state = PartitionState::fromCheckpoint(RecordStore(*w2).checkpoint(2, u"customers"_s, nullptr));
        QVERIFY(state && state->finished() < state->size());
        const SyncResult resumed = sync(u"flaky"_s, u"customers"_s);
        QVERIFY2(resumed.succeeded(), qPrintable(resumed.error));
        QCOMPARE(resumed.recordsRead, 6000 - kept); // nothing read twice, nothing lost
        QCOMPARE(resumed.partitions, state->size());
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers WHERE connection_id = 2"_s), qint64(6000));
    }
};

QTEST_GUILESS_MAIN(TstQuickBooks)
#include "tst_quickbooks.moc"

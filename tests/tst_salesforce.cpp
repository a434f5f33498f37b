// Salesforce against its fake: SOQL binding, the four streams and their mapping, nextRecordsUrl with
// short pages, incremental by SystemModstamp, an expired session (refresh once, retry once),
// invalid_grant, an expired query locator on resume, REST upsert 201/200/300/404, and Bulk API 2.0
// with failed, unprocessed and out-of-order results, CSV edge cases and uploads split under the limit.
#include "fakesalesforce.h"
#include "testsupport.h"
#include "timeouts.h"

#include "adapters/salesforce/salesforceconnector.h"
#include "adapters/salesforce/soql.h"
#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "runtime/csv.h"
#include "services/salesforceservice.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeSalesforce;

class TstSalesforce : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeSalesforce m_sf;
    DatabaseConfig m_db;
    std::shared_ptr<CredentialStore> m_credentials;
    int m_counter = 0;

    static HttpClient::Options fast()
    {
        HttpClient::Options o;
        o.retry.baseDelayMs = 5;
        o.retry.maxDelayMs = 20;
        o.retry.maxRetries = 2;
        return o;
    }

    qint64 addConnection(const QString &name, const QJsonObject &extra = {})
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        ConnectionStore store(*w);
        ConnectionStore::NewConnection c;
        c.name = name;
        c.connectorId = u"salesforce"_s;
        c.settings = {{u"login_url"_s, m_sf.baseUrl().toString()}, {u"client_id"_s, u"3MVG9-orion"_s}, {u"requests_per_second"_s, u"0"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            c.settings.insert(it.key(), it.value());
        m_credentials->setSecret(Test::owner(name), u"refresh_token"_s, m_sf.currentRefreshToken(), &error);
        m_credentials->setSecret(Test::owner(name), u"client_secret"_s, u"sf-consumer-secret"_s, &error);
        return store.createConnection(Test::withUid(c), &error);
    }

    QList<SyncResult> sync(const QString &name, const QString &stream = {}, const std::function<void(SyncJob &)> &setup = {})
    {
        SyncRequest request;
        request.database = m_db;
        request.connection = name;
        request.stream = stream;
        SyncJob job(request, m_credentials);
        job.setHttpOptions(fast());
        if (setup)
            setup(job);
        return job.run();
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

    PushResult push(const QString &name, const UnifiedCustomers &customers, bool bulk = false, const HttpClient::Options &http = fast())
    {
        SyncRequest request;
        request.database = m_db;
        request.connection = name;
        Connector::WriteOptions options;
        options.bulk = bulk;
        return SyncJob::pushCustomers(request, m_credentials, customers, http, {}, options);
    }

    qint64 upsertedWithPrefix(const QString &prefix) const
    {
        const auto keys = m_sf.upserted(u"Contact"_s).keys();
        return std::count_if(keys.cbegin(), keys.cend(), [&](const QString &k) { return k.startsWith(prefix); });
    }

    static UnifiedCustomers bulkCustomers(const QString &prefix, int count, const QString &lastName = u"Row"_s)
    {
        UnifiedCustomers customers;
        for (int i = 0; i < count; ++i) {
            UnifiedCustomer c;
            c.externalId = u"%1-%2"_s.arg(prefix).arg(i);
            c.lastName = lastName;
            customers << c;
        }
        return customers;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sf.start());
    }

    void init()
    {
        m_db = DatabaseConfig::sqlite(m_dir.filePath(u"sf%1.db"_s.arg(++m_counter)));
        QString error;
        QVERIFY(Workspace::open(m_db, {}, &error));
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        m_sf.enableOAuth(u"3MVG9-orion"_s, u"sf-consumer-secret"_s, u"5Aep861sf-refresh"_s, false);
        for (const char *o : {"Account", "Contact", "Lead", "Opportunity"})
            m_sf.setRecordCount(QString::fromLatin1(o), 0);
        m_sf.setShortPages(false);
        m_sf.setBulkFailAfter(-1);
        m_sf.setBulkPollsUntilDone(2);
        m_sf.clearRequests();
        OAuth2RefreshAuthenticator::clearTokenCache();
    }

    void soqlLiteralsAndBinding()
    {
        QCOMPARE(Soql::literal(u"O'Brien \\ \"x\"\n"_s), u"'O\\'Brien \\\\ \\\"x\\\"\\n'"_s);
        QCOMPARE(Soql::literal(42), u"42"_s);
        QCOMPARE(Soql::literal(true), u"true"_s);
        QCOMPARE(Soql::literal(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC)), u"2026-01-02T03:04:05Z"_s);
        QString error;
        // An injection attempt stays inside its literal.
        const QString ok = Soql::bind(u"SELECT Id FROM Contact WHERE Email = ? AND LastName = 'Wh?t'"_s, {u"x' OR Name != '"_s}, &error);
        QCOMPARE(ok, u"SELECT Id FROM Contact WHERE Email = 'x\\' OR Name != \\'' AND LastName = 'Wh?t'"_s);
        QVERIFY(Soql::bind(u"SELECT Id FROM Contact WHERE Email = ?"_s, {}, &error).isEmpty());
        QVERIFY(error.contains(u"placeholders"_s));
        QVERIFY(Soql::bind(u"SELECT Id FROM Contact"_s, {1}, &error).isEmpty());
        for (const QString &bad : {u"DELETE FROM Contact"_s, u"SELECT Id FROM Contact; SELECT Id FROM Lead"_s, u"SELECT Id FROM Contact -- all"_s,
                                   u"SELECT Id FROM Contact WHERE Name = 'x"_s}) {
            QVERIFY2(!Soql::validate(bad, &error), qPrintable(bad));
        }
        QVERIFY(Soql::validate(u"SELECT Id FROM Contact WHERE Name = 'a;b -- /* c'"_s, &error));
        // A ? inside a literal is text, not a placeholder.
        QCOMPARE(Soql::bind(u"SELECT Id FROM Lead WHERE Company = 'Who?' AND Email = ?"_s, {u"a@b.c"_s}, &error),
                 u"SELECT Id FROM Lead WHERE Company = 'Who?' AND Email = 'a@b.c'"_s);
    }

    void csvEdgeCases()
    {
        const QList<QStringList> rows{{u"External_Id__c"_s, u"LastName"_s, u"MailingStreet"_s},
                                      {u"a,1"_s, u"O\"Brien"_s, u"1 Main St\nFloor 2"_s},
                                      {u"é-2"_s, u"Ünïcødé 漢字"_s, QString()},
                                      {u"3"_s, u" spaced "_s, u"\r\n"_s}};
        const QByteArray csv = Csv::write(rows);
        QVERIFY(csv.contains("\"a,1\",\"O\"\"Brien\",\"1 Main St\nFloor 2\"\n"));
        QList<QStringList> back;
        QString error;
        QVERIFY2(Csv::parse(csv, &back, &error), qPrintable(error));
        QCOMPARE(back, rows);
        QVERIFY(Csv::parse("a,b\r\n1,2\r\n", &back, &error));
        QCOMPARE(back, (QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}}));
        QVERIFY(!Csv::parse("a,\"b\n", &back, &error));
        QVERIFY(error.contains(u"not closed"_s));
        QVERIFY(!Csv::parse("\"a\"x,b\n", &back, &error));
        // The reader refills its buffer every 64 KiB: an escaped quote and a CRLF straddling the
        // boundary read the same as in one piece.
        for (const qsizetype shift : {0, 1, 2}) {
            const QString big = QString(65536 - 3 - shift, u'x') + u"\"\"end"_s;
            const QList<QStringList> straddling{{big, u"tail"_s}, {u"1"_s, u"2"_s}};
            QByteArray text = Csv::write(straddling);
            text.replace("tail\n", "tail\r\n");
            QBuffer device(&text);
            QVERIFY(device.open(QIODevice::ReadOnly));
            Csv::Reader reader(&device);
            QStringList row;
            QList<QStringList> read;
            while (reader.next(&row))
                read.append(row);
            QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
            QCOMPARE(read, straddling);
        }
    }

    void readsEveryStreamWithShortPages()
    {
        m_sf.setRecordCount(u"Account"_s, 30);
        m_sf.setRecordCount(u"Contact"_s, 4500);
        m_sf.setRecordCount(u"Lead"_s, 10);
        m_sf.setRecordCount(u"Opportunity"_s, 21);
        m_sf.setShortPages(true);
        const qint64 id = addConnection(u"sf"_s);
        QStringList log;
        const auto results = sync(u"sf"_s, {}, [&](SyncJob &job) { job.setLogHandler([&](const QString &l) { log << l; }); });
        QCOMPARE(results.size(), 4);
        for (const SyncResult &r : results)
            QVERIFY2(r.succeeded(), qPrintable(r.stream + u": "_s + r.error));
        QCOMPARE(results.at(1).recordsRead, 4500);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers"_s), qint64(30 + 4500 + 10));
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_invoices"_s), qint64(21));
        QVERIFY(m_sf.requestCount(u"/services/data/v60.0/query/"_s) >= 4); // followed nextRecordsUrl through short pages
        QVERIFY(!log.filter(u"Salesforce API usage: "_s).isEmpty());

        auto w = Workspace::open(m_db, {}, nullptr);
        RecordStore store(*w);
        QString error;
        QHash<QString, QJsonObject> byId;
        for (const QJsonObject &c : store.records(id, RecordKind::Customer, &error))
            byId.insert(c.value("external_id"_L1).toString(), c);
        const QJsonObject contact = byId.value(u"003000000000000003"_s);
        QCOMPARE(contact.value("company"_L1).toString(), u"Account 3"_s);
        QCOMPARE(contact.value("email"_L1).toString(), u"dmitri.contact3@example.net"_s);
        QCOMPARE(contact.value("phone"_L1).toString(), u"+12125551003"_s);
        QCOMPARE(contact.value("address"_L1).toObject().value("country"_L1).toString(), u"US"_s);
        const QJsonObject account = byId.value(u"001000000000000001"_s);
        QCOMPARE(account.value("address"_L1).toObject().value("line1"_L1).toString(), u"2 Market Street"_s);
        QCOMPARE(account.value("address"_L1).toObject().value("line2"_L1).toString(), u"Suite 1"_s);
        QCOMPARE(account.value("address"_L1).toObject().value("country"_L1).toString(), u"DE"_s);
        QCOMPARE(account.value("updated_at"_L1).toString(),
                 QDateTime::fromSecsSinceEpoch(FakeSalesforce::kEpoch + 1, QTimeZone::UTC).toString(Qt::ISODateWithMs));
        QHash<QString, QJsonObject> invoices;
        for (const QJsonObject &i : store.records(id, RecordKind::Invoice, &error))
            invoices.insert(i.value("external_id"_L1).toString(), i);
        const QJsonObject won = invoices.value(u"006000000000000001"_s); // Amount 1010.99, Closed Won
        QCOMPARE(won.value("total"_L1).toInteger(), 101099);
        QCOMPARE(won.value("status"_L1).toString(), u"paid"_s);
        QCOMPARE(won.value("amount_due"_L1).toInteger(), 0);
        QCOMPARE(invoices.value(u"006000000000000002"_s).value("status"_L1).toString(), u"void"_s);
        QCOMPARE(invoices.value(u"006000000000000003"_s).value("status"_L1).toString(), u"open"_s);
        QCOMPARE(invoices.value(u"006000000000000007"_s).value("total"_L1).toInteger(), 0); // no Amount
        QCOMPARE(invoices.value(u"006000000000000003"_s).value("customer_external_id"_L1).toString(), u"001000000000000003"_s);
    }

    void incrementalBySystemModstamp()
    {
        m_sf.setRecordCount(u"Contact"_s, 300);
        addConnection(u"inc"_s);
        QVERIFY(sync(u"inc"_s, u"contacts"_s).first().succeeded());
        m_sf.touch(u"Contact"_s, 17);
        m_sf.clearRequests();
        const SyncResult r = sync(u"inc"_s, u"contacts"_s).first();
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 2); // the boundary record (≥) and the touched one
        const QString q = m_sf.requests().last().query.queryItemValue(u"q"_s, QUrl::FullyDecoded);
        QVERIFY2(q.contains(u"WHERE SystemModstamp >= 2025-06-15T"_s), qPrintable(q));
    }

    void expiredSessionRefreshesOnceAndRetries()
    {
        m_sf.setRecordCount(u"Lead"_s, 5);
        addConnection(u"sess"_s);
        QVERIFY(sync(u"sess"_s, u"leads"_s).first().succeeded());
        const int before = m_sf.tokenRequests();
        m_sf.expireSessions(); // the cached access token now gets 401 INVALID_SESSION_ID
        const SyncResult r = sync(u"sess"_s, u"leads"_s).first();
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(m_sf.tokenRequests(), before + 1);
    }

    void invalidGrantMeansReauthorise()
    {
        m_sf.setRecordCount(u"Lead"_s, 5);
        addConnection(u"revoked"_s);
        QString error;
        m_credentials->setSecret(Test::owner(u"revoked"_s), u"refresh_token"_s, u"5Aep861sf-revoked"_s, &error);
        const int before = m_sf.tokenRequests();
        const SyncResult r = sync(u"revoked"_s, u"leads"_s).first();
        QCOMPARE(r.errorClass, ErrorClass::Config);
        QVERIFY(r.reauthorize);
        QCOMPARE(m_sf.tokenRequests(), before + 1);
    }

    void rotatedRefreshTokenIsSaved()
    {
        m_sf.enableOAuth(u"3MVG9-orion"_s, u"sf-consumer-secret"_s, u"5Aep861sf-refresh"_s, true);
        m_sf.setRecordCount(u"Lead"_s, 3);
        addConnection(u"rot"_s);
        QVERIFY(sync(u"rot"_s, u"leads"_s).first().succeeded());
        QString error;
        QCOMPARE(m_credentials->secret(Test::owner(u"rot"_s), u"refresh_token"_s, &error).value_or(QString()), m_sf.currentRefreshToken());
        QVERIFY(m_sf.currentRefreshToken().contains(u"rotated"_s));
    }

    void expiredLocatorOnResumeQueriesAgain()
    {
        m_sf.setRecordCount(u"Contact"_s, 1000);
        addConnection(u"loc"_s, {{u"page_size"_s, u"200"_s}});
        const SyncResult first = sync(u"loc"_s, u"contacts"_s, [](SyncJob &job) {
                                     job.setProgressHandler([&job](const SyncProgress &p) {
                                         if (p.pages == 2)
                                             job.cancel();
                                     });
                                 }).first();
        QCOMPARE(first.status, SyncRun::Status::Cancelled);
        QCOMPARE(first.recordsWritten, 400);
        m_sf.expireLocators(); // days later: the saved nextRecordsUrl is gone
        QStringList log;
        const SyncResult second
            = sync(u"loc"_s, u"contacts"_s, [&](SyncJob &job) { job.setLogHandler([&](const QString &l) { log << l; }); }).first();
        QVERIFY2(second.succeeded(), qPrintable(second.error));
        QCOMPARE(log.filter(u"query locator expired"_s).size(), 1);
        QCOMPARE(second.recordsRead, 601); // from the newest stored change on (inclusive), not from scratch
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers"_s), qint64(1000));
    }

    void restUpsertStatuses()
    {
        m_sf.setRecordCount(u"Contact"_s, 1);
        addConnection(u"up"_s);
        m_sf.addDuplicateExternalId(u"dup-1"_s);
        UnifiedCustomers customers;
        for (const auto &[id, name] :
             {std::pair{u"crm-1"_s, u"Ada Lovelace"_s}, std::pair{u"dup-1"_s, u"Twin Record"_s}, std::pair{u"crm-2"_s, QString()}}) {
            UnifiedCustomer c;
            c.externalId = id;
            c.fullName = name;
            c.email = id + u"@example.com"_s;
            c.address = {u"1 Main"_s, u"Floor 2"_s, u"Springfield"_s, u"IL"_s, u"62701"_s, u"US"_s};
            customers << c;
        }
        PushResult r = push(u"up"_s, customers);
        QVERIFY2(!r.write.failure, qPrintable(r.write.failure.message));
        QCOMPARE(r.write.created, 1);
        QCOMPARE(r.write.failed, 2);
        QCOMPARE(r.write.failures.at(0).externalId, u"dup-1"_s);
        QVERIFY(r.write.failures.at(0).error.contains(u"matches several records"_s));
        QCOMPARE(r.write.failures.at(1).externalId, u"crm-2"_s);
        QVERIFY(r.write.failures.at(1).error.contains(u"REQUIRED_FIELD_MISSING"_s));
        const QJsonObject stored = m_sf.upserted(u"Contact"_s).value(u"crm-1"_s);
        QCOMPARE(stored.value("LastName"_L1).toString(), u"Lovelace"_s);
        QCOMPARE(stored.value("MailingStreet"_L1).toString(), u"1 Main\nFloor 2"_s);
        QVERIFY(!stored.contains("External_Id__c"_L1));
        // 300 is not retried: one request for it.
        int dupRequests = 0;
        for (const auto &req : m_sf.requests())
            dupRequests += req.path.endsWith("/dup-1"_L1) ? 1 : 0;
        QCOMPARE(dupRequests, 1);
        r = push(u"up"_s, customers.mid(0, 1));
        QCOMPARE(r.write.updated, 1);
        // A wrong external-id field fails the whole push.
        addConnection(u"badfield"_s, {{u"external_id_field"_s, u"Nope__c"_s}});
        r = push(u"badfield"_s, customers.mid(0, 1));
        QCOMPARE(r.write.failure.errorClass, ErrorClass::Config);
        QVERIFY(r.write.failure.message.contains(u"NOT_FOUND"_s));
    }

    void bulkUpsertJoinsResultsOnTheExternalId()
    {
        addConnection(u"bulk"_s, {{u"push_object"_s, u"Contact"_s}});
        m_sf.addDuplicateExternalId(u"ext-77"_s);
        UnifiedCustomers customers;
        for (int i = 0; i < 2500; ++i) {
            UnifiedCustomer c;
            c.externalId = u"ext-%1"_s.arg(i);
            c.firstName = u"Zoë, \"Z\""_s;
            c.lastName = i % 250 == 5 ? QString() : u"Müller-%1"_s.arg(i);
            c.address.line1 = u"1 Main St"_s;
            c.address.line2 = u"Floor, 2"_s;
            customers << c;
        }
        const PushResult r = push(u"bulk"_s, customers); // 2,500 ≥ the 2,000 threshold: Bulk API 2.0
        QVERIFY2(!r.write.failure, qPrintable(r.write.failure.message));
        QCOMPARE(r.write.created, 2500 - 10 - 1);
        QCOMPARE(r.write.failed, 11);
        QSet<QString> failedIds;
        for (const RecordFailure &f : r.write.failures) {
            failedIds.insert(f.externalId);
            QVERIFY2(f.error.startsWith(u"REQUIRED_FIELD_MISSING"_s) || f.error.startsWith(u"DUPLICATE_EXTERNAL_ID"_s), qPrintable(f.error));
        }
        QVERIFY(failedIds.contains(u"ext-5"_s) && failedIds.contains(u"ext-77"_s) && failedIds.contains(u"ext-2255"_s));
        QCOMPARE(r.write.details.size(), 1);
        QCOMPARE(r.write.details.first().toObject().value("state"_L1).toString(), u"JobComplete"_s);
        // CSV round trip: quotes, commas, newlines and unicode arrive intact.
        const QJsonObject stored = m_sf.upserted(u"Contact"_s).value(u"ext-9"_s);
        QCOMPARE(stored.value("FirstName"_L1).toString(), u"Zoë, \"Z\""_s);
        QCOMPARE(stored.value("LastName"_L1).toString(), u"Müller-9"_s);
        QCOMPARE(stored.value("MailingStreet"_L1).toString(), u"1 Main St\nFloor, 2"_s);
        // Small sets use REST unless --bulk.
        m_sf.clearRequests();
        QCOMPARE(push(u"bulk"_s, customers.mid(0, 3)).write.updated, 3);
        QCOMPARE(m_sf.requestCount(u"/services/data/v60.0/jobs"_s), 0);
        QCOMPARE(push(u"bulk"_s, customers.mid(0, 3), true).write.updated, 3);
        QVERIFY(m_sf.requestCount(u"/services/data/v60.0/jobs"_s) > 0);
    }

    void bulkFailedJobReportsUnprocessedRows()
    {
        addConnection(u"bulkfail"_s);
        m_sf.setBulkFailAfter(100);
        UnifiedCustomers customers;
        for (int i = 0; i < 300; ++i) {
            UnifiedCustomer c;
            c.externalId = u"u-%1"_s.arg(i);
            c.lastName = u"Row %1"_s.arg(i);
            customers << c;
        }
        const PushResult r = push(u"bulkfail"_s, customers, true);
        QCOMPARE(r.write.created, 100);
        QCOMPARE(r.write.failed, 200);
        QVERIFY(r.write.failures.first().error.startsWith(u"not processed: the job ended Failed"_s));
        QCOMPARE(r.write.details.first().toObject().value("state"_L1).toString(), u"Failed"_s);
    }

    void bulkSplitsUploadsUnderTheLimit()
    {
        addConnection(u"split"_s, {{u"bulk_max_upload_mb"_s, u"1"_s}});
        UnifiedCustomers customers;
        const QString padding(60, u'x');
        for (int i = 0; i < 20000; ++i) {
            UnifiedCustomer c;
            c.externalId = u"s-%1"_s.arg(i);
            c.lastName = padding;
            customers << c;
        }
        const PushResult r = push(u"split"_s, customers, true);
        QVERIFY2(!r.write.failure, qPrintable(r.write.failure.message));
        QCOMPARE(r.write.created, 20000);
        const auto uploads = m_sf.bulkUploads();
        QVERIFY(r.write.details.size() >= 2);
        for (const QByteArray &u : uploads.mid(uploads.size() - r.write.details.size()))
            QVERIFY2(u.size() <= 1024 * 1024, qPrintable(QString::number(u.size())));
    }

    void bulkResultsAreNotBoundByTheAnswerCap()
    {
        // Uploads may be 100 MB, so results can be larger than any answer the client keeps in
        // memory: they are saved to a file and read from there. Here the cap is 128 KB and the
        // successful results about 0.5 MB.
        addConnection(u"bigresults"_s);
        HttpClient::Options small = fast();
        small.maxResponseBytes = 128 * 1024;
        const UnifiedCustomers customers = bulkCustomers(u"big"_s, 6000, QString(40, u'n'));
        const PushResult r = push(u"bigresults"_s, customers, true, small);
        QVERIFY2(!r.write.failure, qPrintable(r.write.failure.message));
        QCOMPARE(r.write.created, 6000);
        QCOMPARE(r.write.failed, 0);
        QCOMPARE(upsertedWithPrefix(u"big-"_s), 6000);
    }

    void acceptedBulkJobsAreNeverReportedUnsent()
    {
        // Two uploads; the first job's results cannot be read. Salesforce wrote those records, so
        // they must not be called "not sent"; the second upload was never sent.
        addConnection(u"unread"_s, {{u"bulk_max_upload_mb"_s, u"1"_s}});
        const UnifiedCustomers customers = bulkCustomers(u"acc"_s, 20000, QString(60, u'x'));
        m_sf.setBulkResultFailures(-1);
        const PushResult r = push(u"unread"_s, customers, true);
        m_sf.setBulkResultFailures(0);
        QVERIFY(r.write.failure);
        QCOMPARE(r.write.failure.errorClass, ErrorClass::Transient);
        QVERIFY2(r.write.failure.message.contains(u"was accepted by Salesforce"_s), qPrintable(r.write.failure.message));
        QCOMPARE(r.write.details.size(), 1);
        const QString jobId = r.write.details.first().toObject().value("job_id"_L1).toString();
        const qint64 firstUpload = r.write.details.first().toObject().value("records"_L1).toInteger();
        QVERIFY(firstUpload > 0 && firstUpload < 20000);
        QCOMPARE(r.write.failed, 20000);
        qint64 unknown = 0, unsent = 0;
        for (const RecordFailure &f : r.write.failures) {
            const int index = f.externalId.mid(4).toInt();
            if (index < firstUpload) {
                QVERIFY2(f.error.contains(jobId) && f.error.contains(u"outcome is unknown"_s), qPrintable(f.error));
                ++unknown;
            } else {
                QVERIFY2(f.error.startsWith(u"not sent"_s), qPrintable(f.error));
                ++unsent;
            }
        }
        QCOMPARE(unknown, firstUpload);
        QCOMPARE(unsent, 20000 - firstUpload);
        // What Salesforce did: the accepted job's records are there.
        QCOMPARE(upsertedWithPrefix(u"acc-"_s), firstUpload);

        // A lost answer to UploadComplete: the job's state says it was accepted, and the push goes on.
        m_sf.setBulkLoseUploadCompleteAnswers(true);
        const PushResult lost = push(u"unread"_s, bulkCustomers(u"lost"_s, 300), true);
        m_sf.setBulkLoseUploadCompleteAnswers(false);
        QVERIFY2(!lost.write.failure, qPrintable(lost.write.failure.message));
        QCOMPARE(lost.write.created, 300);
    }

    void refusedBulkUploadAbortsTheJob()
    {
        // An upload refused by Salesforce leaves no open job behind, and its records are "not sent".
        addConnection(u"refused"_s);
        m_sf.setBulkRefuseUploads(true);
        const PushResult r = push(u"refused"_s, bulkCustomers(u"ref"_s, 50), true);
        m_sf.setBulkRefuseUploads(false);
        QVERIFY(r.write.failure);
        QCOMPARE(r.write.failed, 50);
        QVERIFY2(r.write.failures.first().error.startsWith(u"not sent"_s), qPrintable(r.write.failures.first().error));
        QCOMPARE(m_sf.bulkJobsInState(u"Open"_s), 0);
        QVERIFY(m_sf.bulkJobsInState(u"Aborted"_s) >= 1);
    }

    // The dialogs' service: a query answers with its records and the total; one that is not a
    // single SELECT is answered at once and never sent; describe lists the fields; answers carry the
    // id they were started with; a revoked refresh token says what to do, with no secret in it.
    void salesforceServiceAnswersTheDialogs()
    {
        m_sf.setRecordCount(u"Contact"_s, 3);
        const qint64 id = addConnection(u"svc"_s);
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        const auto connection = ConnectionStore(*w).connectionById(id, &error);
        QVERIFY(connection);
        SalesforceService service(m_credentials, {id, SecretOwner::connection(connection->uid, connection->name), connection->settings});
        QSignalSpy queries(&service, &SalesforceService::queryAnswered);
        QSignalSpy fields(&service, &SalesforceService::fieldsAnswered);

        const int first = service.query(u"SELECT Id, Email FROM Contact"_s);
        QVERIFY(service.isRunning(first));
        QVERIFY(queries.wait(OrionTest::EventTimeout));
        QCOMPARE(queries.first().at(0).toInt(), first);
        auto answer = queries.first().at(1).value<SalesforceService::QueryAnswer>();
        QVERIFY2(!answer.failure, qPrintable(answer.failure.message));
        QCOMPARE(answer.records.size(), 3);
        QCOMPARE(answer.total, 3);
        QVERIFY(answer.records.first().contains("Email"_L1));
        QVERIFY(!service.isRunning(first));

        const qint64 calls = m_sf.apiCalls();
        const int refused = service.query(u"DELETE FROM Contact"_s);
        QVERIFY(queries.size() == 2 || queries.wait(OrionTest::EventTimeout));
        QCOMPARE(queries.at(1).at(0).toInt(), refused);
        answer = queries.at(1).at(1).value<SalesforceService::QueryAnswer>();
        QCOMPARE(answer.failure.errorClass, ErrorClass::Config);
        QCOMPARE(m_sf.apiCalls(), calls);

        const int describe = service.describe(u"Contact"_s);
        QVERIFY(fields.wait(OrionTest::EventTimeout));
        QCOMPARE(fields.first().at(0).toInt(), describe);
        const auto described = fields.first().at(1).value<SalesforceService::FieldsAnswer>();
        QCOMPARE(described.sObject, u"Contact"_s);
        QVERIFY(described.fields.contains(u"Email"_s));

        // Revoked at Salesforce: the answer says to sign in again and holds no secret.
        m_sf.enableOAuth(u"3MVG9-orion"_s, u"sf-consumer-secret"_s, u"5Aep861sf-other"_s, false);
        OAuth2RefreshAuthenticator::clearTokenCache();
        service.query(u"SELECT Id FROM Contact"_s);
        QVERIFY(queries.wait(OrionTest::EventTimeout));
        answer = queries.last().at(1).value<SalesforceService::QueryAnswer>();
        QCOMPARE(answer.failure.errorClass, ErrorClass::Config);
        QVERIFY(answer.failure.reauthorize);
        QVERIFY(!answer.failure.message.contains(u"sf-consumer-secret"_s));
        QVERIFY(!answer.failure.message.contains(u"5Aep861sf-refresh"_s));
    }

    void describeListsFields()
    {
        m_sf.setRecordCount(u"Contact"_s, 1);
        addConnection(u"desc"_s);
        HttpClient http(fast());
        ResolvedConnection resolved;
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        QCOMPARE(SyncJob::resolve(*w, u"desc"_s, m_credentials, &resolved, &error), SyncResult::Outcome::Ran);
        const ConnectorContext ctx
            = ConnectorContext::create(resolved.connection.id, resolved.secretOwner(), resolved.settings, m_credentials, &http);
        Failure failure;
        auto auth = resolved.connector->createAuthenticator(ctx, &failure);
        http.setAuthenticator(auth.get());
        QList<std::pair<QString, QString>> fields;
        QVERIFY(!SalesforceConnector::describe(ctx, u"Contact"_s, &fields));
        QStringList names;
        for (const auto &f : fields)
            names << f.first;
        QVERIFY(names.contains(u"Email"_s) && names.contains(u"External_Id__c"_s));
        QCOMPARE(SalesforceConnector::describe(ctx, u"Nope"_s, &fields).errorClass, ErrorClass::Config);
    }
};

QTEST_GUILESS_MAIN(TstSalesforce)
#include "tst_salesforce.moc"

// Salesforce reads through Bulk API 2.0 query jobs (issue 16) against the fake: a large read is one
// job whose result sets are read concurrently, each set a partition with its checkpoint; the records
// map exactly as the REST query's do (CSV text typed back); small reads and API versions before 58.0
// use REST; sets are mapped in pages of 2,000 rows; a failed download resumes every set after its
// last committed row, with the same job; a failed
// job says why and writes nothing.
#include "fakesalesforce.h"
#include "testsupport.h"

#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "services/pagepipeline.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeSalesforce;

class TstBulkQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeSalesforce m_sf;
    DatabaseConfig m_db;
    std::shared_ptr<CredentialStore> m_credentials;
    int m_counter = 0;

    qint64 addConnection(const QString &name, const QJsonObject &extra = {})
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        ConnectionStore store(*w);
        ConnectionStore::NewConnection c;
        c.name = name;
        c.connectorId = u"salesforce"_s;
        c.settings = {{u"login_url"_s, m_sf.baseUrl().toString()},
                      {u"client_id"_s, u"3MVG9-orion"_s},
                      {u"requests_per_second"_s, u"0"_s},
                      {u"concurrency"_s, u"4"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            c.settings.insert(it.key(), it.value());
        m_credentials->setSecret(Test::owner(name), u"refresh_token"_s, m_sf.currentRefreshToken(), &error);
        m_credentials->setSecret(Test::owner(name), u"client_secret"_s, u"sf-consumer-secret"_s, &error);
        const qint64 id = store.createConnection(Test::withUid(c), &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        return id;
    }

    SyncResult sync(const QString &name, const QString &stream, const std::function<void(SyncJob &)> &setup = {})
    {
        SyncRequest request;
        request.database = m_db;
        request.connection = name;
        request.stream = stream;
        SyncJob job(request, m_credentials);
        HttpClient::Options o;
        o.retry.baseDelayMs = 5;
        o.retry.maxDelayMs = 20;
        o.retry.maxRetries = 2;
        job.setHttpOptions(o);
        if (setup)
            setup(job);
        return job.run().first();
    }

    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        QSqlQuery q(w->database());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    // Every stored row of a connection, as text without the connection and bookkeeping columns.
    QStringList rows(const QString &table, qint64 connection, const QString &columns)
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        QSqlQuery q(w->database());
        q.prepare(u"SELECT %1 FROM %2 WHERE connection_id = ? ORDER BY external_id"_s.arg(columns, table));
        q.addBindValue(connection);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        QStringList out;
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < q.record().count(); ++c)
                values << q.value(c).toString();
            out << values.join(u'|');
        }
        return out;
    }

    QJsonObject checkpoint(qint64 id, const QString &stream)
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        return RecordStore(*w).checkpoint(id, stream, &error);
    }

    qint64 jobsCreated() const
    {
        qint64 n = 0;
        for (const auto &r : m_sf.requests())
            n += r.method == "POST" && r.path.endsWith("/jobs/query"_L1) ? 1 : 0;
        return n;
    }

    qint64 resultRequests() const
    {
        qint64 n = 0;
        for (const auto &r : m_sf.requests())
            n += r.path.endsWith("/results"_L1) ? 1 : 0;
        return n;
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
        m_db = DatabaseConfig::sqlite(m_dir.filePath(u"bq%1.db"_s.arg(++m_counter)));
        QString error;
        QVERIFY(Workspace::open(m_db, {}, &error));
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        m_sf.enableOAuth(u"3MVG9-orion"_s, u"sf-consumer-secret"_s, u"5Aep861sf-refresh"_s, false);
        for (const char *o : {"Account", "Contact", "Lead", "Opportunity"})
            m_sf.setRecordCount(QString::fromLatin1(o), 0);
        m_sf.setBulkPollsUntilDone(2);
        m_sf.setBulkQueryChunk(2000);
        m_sf.setBulkQueryFails(false);
        m_sf.setBulkResultFailures(0);
        m_sf.clearRequests();
        OAuth2RefreshAuthenticator::clearTokenCache();
    }

    void largeReadIsOneJobWhoseResultSetsAreReadConcurrently_data()
    {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("object");
        QTest::newRow("contacts") << u"contacts"_s << u"Contact"_s;
        QTest::newRow("opportunities") << u"opportunities"_s << u"Opportunity"_s;
        QTest::newRow("accounts") << u"accounts"_s << u"Account"_s;
    }
    void largeReadIsOneJobWhoseResultSetsAreReadConcurrently()
    {
        QFETCH(QString, stream);
        QFETCH(QString, object);
        m_sf.setRecordCount(object, 25'000);
        const qint64 bulk = addConnection(u"bulk"_s);
        const qint64 rest = addConnection(u"rest"_s, {{u"bulk_query_threshold"_s, u"0"_s}});
        const SyncResult read = sync(u"bulk"_s, stream);
        QVERIFY2(read.succeeded(), qPrintable(read.error));
        QCOMPARE(read.recordsRead, 25'000);
        QCOMPARE(read.partitions, 13); // 25,000 records in result sets of 2,000
        QCOMPARE(jobsCreated(), 1);
        QCOMPARE(resultRequests(), 13);
        // The job selected the stream's fields and no ORDER BY (Bulk queries need none).
        bool created = false;
        for (const auto &r : m_sf.requests()) {
            if (r.method == "POST" && r.path.endsWith("/jobs/query"_L1)) {
                created = true;
                QVERIFY(r.body.contains("\"operation\":\"queryAll\"")); // deleted records too, to be marked
                QVERIFY(!r.body.contains("ORDER BY"));
                QVERIFY(r.body.contains(QByteArray(QByteArray("SystemModstamp, IsDeleted FROM ") + object.toLatin1())));
            }
        }
        QVERIFY(created);

        // The REST query maps the same records to the very same rows.
        const SyncResult viaRest = sync(u"rest"_s, stream);
        QVERIFY2(viaRest.succeeded(), qPrintable(viaRest.error));
        QCOMPARE(jobsCreated(), 1);
        const bool invoices = object == "Opportunity"_L1;
        const QString table = invoices ? u"unified_invoices"_s : u"unified_customers"_s;
        const QString columns = invoices ? u"external_id, number, customer_external_id, currency, total, amount_due, status, issued_at, due_at"_s
                                         : u"external_id, full_name, first_name, last_name, email, phone, company, address_line1, address_line2, "
                                           "address_city, address_region, address_postal_code, address_country, created_at, updated_at"_s;
        const QStringList viaBulk = rows(table, bulk, columns);
        QCOMPARE(viaBulk.size(), 25'000);
        QCOMPARE(viaBulk, rows(table, rest, columns));

        // The stream's checkpoint is the newest change: the next read asks only for what changed since.
        QCOMPARE(checkpoint(bulk, stream).value("since"_L1).toString(), checkpoint(rest, stream).value("since"_L1).toString());
        m_sf.touch(object, 7);
        m_sf.touch(object, 8);
        const SyncResult incremental = sync(u"bulk"_s, stream);
        QVERIFY2(incremental.succeeded(), qPrintable(incremental.error));
        QCOMPARE(incremental.recordsRead, 3); // the two changed and the newest already seen (≥ since)
        QCOMPARE(jobsCreated(), 1);           // a small read: REST
    }

    void smallReadsAndOlderApiVersionsUseRest()
    {
        m_sf.setRecordCount(u"Contact"_s, 9'999);
        addConnection(u"small"_s);
        const SyncResult small = sync(u"small"_s, u"contacts"_s);
        QVERIFY2(small.succeeded(), qPrintable(small.error));
        QCOMPARE(small.recordsRead, 9'999);
        QCOMPARE(small.partitions, 0);
        QCOMPARE(jobsCreated(), 0);

        m_sf.setRecordCount(u"Contact"_s, 20'000);
        addConnection(u"old"_s, {{u"api_version"_s, u"57.0"_s}}); // no resultPages before 58.0
        const SyncResult old = sync(u"old"_s, u"contacts"_s);
        QVERIFY2(old.succeeded(), qPrintable(old.error));
        QCOMPARE(old.recordsRead, 20'000);
        QCOMPARE(jobsCreated(), 0);
    }

    void failedDownloadResumesOnlyTheUncommittedResultSets()
    {
        m_sf.setRecordCount(u"Lead"_s, 30'000);
        m_sf.setBulkQueryChunk(5000); // sets of 5,000 read in pages of 2,000: windows also stop inside a set
        const qint64 id = addConnection(u"flaky"_s);
        const SyncResult failed = sync(u"flaky"_s, u"leads"_s, [this](SyncJob &job) {
            job.setProgressHandler([this](const SyncProgress &p) {
                if (p.pages == 4)
                    m_sf.setBulkResultFailures(-1); // every download from now on answers 503
            });
        });
        QCOMPARE(failed.status, SyncRun::Status::Failed);
        const qint64 kept = scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id});
        QCOMPARE(kept, failed.recordsWritten);
        QVERIFY2(kept >= 4 * 500 && kept < 30'000, qPrintable(QString::number(kept))); // four pages of 500 rows, at least
        const auto state = PartitionState::fromCheckpoint(checkpoint(id, u"leads"_s));
        QVERIFY(state);
        QCOMPARE(state->size(), 6);
        QVERIFY(state->finished() < 6);

        m_sf.setBulkResultFailures(0);
        m_sf.clearRequests();
        const SyncResult resumed = sync(u"flaky"_s, u"leads"_s);
        QVERIFY2(resumed.succeeded(), qPrintable(resumed.error));
        QCOMPARE(resumed.recordsRead, 30'000 - kept);      // nothing read twice, nothing lost
        QCOMPARE(jobsCreated(), 0);                        // the same job's result sets
        QCOMPARE(resultRequests(), 6 - state->finished()); // the unfinished ones downloaded again
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(30'000));
        QVERIFY(!PartitionState::fromCheckpoint(checkpoint(id, u"leads"_s)));
    }

    void failedJobSaysWhyAndWritesNothing()
    {
        m_sf.setRecordCount(u"Contact"_s, 12'000);
        const qint64 id = addConnection(u"timeout"_s);
        m_sf.setBulkQueryFails(true);
        const SyncResult failed = sync(u"timeout"_s, u"contacts"_s);
        QCOMPARE(failed.status, SyncRun::Status::Failed);
        QVERIFY2(failed.error.contains(u"QUERY_TIMEOUT"_s) && failed.error.contains(u"750FAKEQ"_s), qPrintable(failed.error));
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(0));
        QVERIFY(checkpoint(id, u"contacts"_s).isEmpty());
        QCOMPARE(resultRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TstBulkQuery)
#include "tst_bulkquery.moc"

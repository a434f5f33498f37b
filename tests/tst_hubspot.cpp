// HubSpot partitions (issue 16) against the fake, which keeps search's documented limit of five
// requests a second (429 without Retry-After): a large incremental read is split into
// lastmodifieddate windows [GTE, LT) searched concurrently, every changed contact read once, and the
// search budget keeps all readers together within the limit — without it, the fake refuses.
#include "fakehubspot.h"
#include "testsupport.h"

#include "runtime/credentialstore.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeHubSpot;

class TstHubSpot : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeHubSpot m_hubspot;
    DatabaseConfig m_db;
    std::shared_ptr<CredentialStore> m_credentials;
    int m_counter = 0;

    // A connection whose last sync was long ago: the next read is a search for everything since.
    qint64 addLongAgo(const QString &name, const QJsonObject &extra)
    {
        QString error;
        m_credentials->setSecret(Test::owner(name), u"access_token"_s, m_hubspot.privateAppToken(), &error);
        auto w = Workspace::open(m_db, {}, &error);
        ConnectionStore store(*w);
        ConnectionStore::NewConnection c;
        c.name = name;
        c.connectorId = u"hubspot"_s;
        c.settings = {{u"api_base"_s, m_hubspot.baseUrl().toString()}, {u"requests_per_second"_s, u"0"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            c.settings.insert(it.key(), it.value());
        const qint64 id = store.createConnection(Test::withUid(c), &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        Page page;
        page.checkpoint = QJsonObject{{u"lastmodified"_s, 1}};
        qint64 written = 0;
        if (!RecordStore(*w).writePage(id, u"customers"_s, page, &written, &error))
            qFatal("%s", qPrintable(error));
        return id;
    }

    SyncResult sync(const QString &name)
    {
        SyncRequest request;
        request.database = m_db;
        request.connection = name;
        SyncJob job(request, m_credentials);
        HttpClient::Options o;
        o.retry.baseDelayMs = 250; // search's 429 has no Retry-After: back off past the second
        o.retry.maxDelayMs = 1000;
        o.retry.maxRetries = 4;
        job.setHttpOptions(o);
        return job.run().first();
    }

    qint64 scalar(const QString &sql, qint64 id)
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        QSqlQuery q(w->database());
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_hubspot.start());
    }

    void init()
    {
        m_db = DatabaseConfig::sqlite(m_dir.filePath(u"hs%1.db"_s.arg(++m_counter)));
        QString error;
        QVERIFY(Workspace::open(m_db, {}, &error));
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        m_hubspot.setSearchRateLimit(5);
        m_hubspot.clearRequests();
    }

    void largeIncrementalReadSearchesWindowsWithinTheSearchLimit()
    {
        m_hubspot.setContactCount(2500);
        const qint64 id = addLongAgo(u"crm"_s, {}); // default concurrency and search budget
        const SyncResult r = sync(u"crm"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 2500);
        QCOMPARE(r.partitions, 12); // three readers × four, under search's 10,000-result cap each
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers WHERE connection_id = ?"_s, id), qint64(2500));
        // The readers together kept to five a second: a request delayed on its way (a busy machine)
        // can still meet a 429 now and then — it is retried, and halves the search budget — but not
        // the flood of the unbudgeted readers below (≥ 10).
        QVERIFY2(m_hubspot.searchThrottled() < 8, qPrintable(QString::number(m_hubspot.searchThrottled())));
        qint64 bounded = 0, lists = 0;
        for (const auto &request : m_hubspot.requests()) {
            bounded += request.body.contains("\"operator\":\"LT\"") ? 1 : 0;
            lists += request.path == "/crm/v3/objects/contacts"_L1 && request.query.queryItemValue(u"archived"_s) != "true"_L1 ? 1 : 0;
        }
        QVERIFY(bounded >= 11);
        QCOMPARE(lists, 0);
        auto w = Workspace::open(m_db, {}, nullptr);
        const qint64 newest = RecordStore(*w).checkpoint(id, u"customers"_s, nullptr).value("lastmodified"_L1).toInteger();
        QCOMPARE(newest, FakeHubSpot::kEpochMs + 2499 * 1000); // the newest change, for the next read
    }

    void withoutTheSearchBudgetTheServiceRefuses()
    {
        m_hubspot.setContactCount(2500);
        addLongAgo(u"greedy"_s, {{u"search_requests_per_second"_s, u"0"_s}, {u"concurrency"_s, u"4"_s}});
        sync(u"greedy"_s); // may still finish: 429s are retried
        QVERIFY2(m_hubspot.searchThrottled() >= 10, qPrintable(QString::number(m_hubspot.searchThrottled())));
    }
};

QTEST_GUILESS_MAIN(TstHubSpot)
#include "tst_hubspot.moc"

// Pipelined and partitioned reads (issue 16) against the Stripe fake, on SQLite and PostgreSQL:
// windows of `created` that cover the range without gaps, every record stored once, a checkpoint per
// window that a failed or cancelled run resumes from, read-ahead bounded while pages are written,
// and one adaptive rate budget for all the readers of a connection.
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "runtime/credentialstore.h"
#include "runtime/ratebudget.h"
#include "services/pagepipeline.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeStripe;
using Orion::Fakes::Fault;

class TstPartitions : public QObject
{
    Q_OBJECT

    Test::EngineDatabases m_databases;
    FakeStripe m_stripe;
    DatabaseConfig m_db;
    std::shared_ptr<CredentialStore> m_credentials;

    std::unique_ptr<Workspace> open()
    {
        QString error;
        auto w = Workspace::open(m_db, Test::EngineDatabases::password(), &error);
        if (!w)
            qFatal("open failed: %s", qPrintable(error));
        return w;
    }

    qint64 addStripe(const QString &name, const QJsonObject &extra = {})
    {
        QString error;
        m_credentials->setSecret(Test::owner(name), u"api_key"_s, m_stripe.apiKey(), &error);
        auto w = open();
        ConnectionStore store(*w);
        ConnectionStore::NewConnection c;
        c.name = name;
        c.connectorId = u"stripe"_s;
        c.settings = {{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, u"0"_s}, {u"concurrency"_s, u"4"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            c.settings.insert(it.key(), it.value());
        const qint64 id = store.createConnection(Test::withUid(c), &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        return id;
    }

    SyncResult sync(const QString &connection, const std::function<void(SyncJob &)> &setup = {}, bool fullRefresh = false)
    {
        SyncRequest request;
        request.database = m_db;
        request.databasePassword = Test::EngineDatabases::password();
        request.connection = connection;
        request.stream = u"customers"_s;
        request.fullRefresh = fullRefresh;
        SyncJob job(request, m_credentials);
        HttpClient::Options options;
        options.retry.baseDelayMs = 5;
        options.retry.maxDelayMs = 20;
        options.retry.maxRetries = 3;
        job.setHttpOptions(options);
        if (setup)
            setup(job);
        return job.run().first();
    }

    qint64 scalar(const QString &sql, const QVariantList &binds = {})
    {
        auto w = open();
        QSqlQuery q(w->database());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    QJsonObject checkpoint(qint64 id)
    {
        auto w = open();
        QString error;
        return RecordStore(*w).checkpoint(id, u"customers"_s, &error);
    }

    // The created[gte]/created[lt] windows the readers asked for (limit=100 pages, not the planner's probes).
    QList<std::pair<qint64, qint64>> windowsRequested() const
    {
        QSet<std::pair<qint64, qint64>> windows;
        for (const auto &r : m_stripe.requests()) {
            if (r.path != "/v1/customers"_L1 || r.query.queryItemValue(u"limit"_s) != "100"_L1 || r.query.hasQueryItem(u"starting_after"_s))
                continue;
            const qint64 gte = r.query.hasQueryItem(u"created[gte]"_s) ? r.query.queryItemValue(u"created[gte]"_s).toLongLong() : -1;
            const qint64 lt = r.query.hasQueryItem(u"created[lt]"_s) ? r.query.queryItemValue(u"created[lt]"_s).toLongLong() : -1;
            windows.insert({gte, lt});
        }
        QList<std::pair<qint64, qint64>> sorted(windows.begin(), windows.end());
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::EngineDatabases::addRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        QVERIFY(m_stripe.start());
    }

    void init()
    {
        m_db = m_databases.fresh();
        open();
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        m_stripe.setCustomerCount(5000);
        m_stripe.setResponseDelay(0);
        m_stripe.clearFaults();
        m_stripe.clearRequests();
    }

    // The fake writes its list answers directly (a benchmark measures the client, not the fake's
    // QJsonObjects): the same customers as customer() builds, renamed ones included.
    void fakeListAnswersHoldTheSameCustomers()
    {
        m_stripe.renameCustomer(41, u"Zoë \"Quote\" O'Brien\\"_s);
        for (qint64 i = 0; i < 400; ++i) {
            QJsonParseError error;
            const QJsonDocument text = QJsonDocument::fromJson(m_stripe.customerText(i), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(text.object(), m_stripe.customer(i));
        }
        QCOMPARE(m_stripe.customer(41).value("name"_L1).toString(), u"Zoë \"Quote\" O'Brien\\"_s);
        m_stripe.renameCustomer(41, u"Ana Nguyen"_s); // its own name again
    }

    void everyRecordOnceFromWindowsWithoutGaps()
    {
        const qint64 id = addStripe(u"wide"_s);
        const SyncResult r = sync(u"wide"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 5000); // each record read once: no window overlaps another
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(5000));
        QCOMPARE(r.partitions, 4 * 4);                       // four readers, four windows each
        QVERIFY(r.requests > 50);                            // 50 pages and the planner's probes
        QCOMPARE(m_stripe.requestCount(u"/v1/events"_s), 1); // the newest event, noted before the windows are read
        QCOMPARE(r.requests, qint64(m_stripe.requestCount(u"/v1/customers"_s) + 1));
        // Activity's figures: the run's row keeps what it cost the budget and how it was split.
        QCOMPARE(scalar(u"SELECT requests FROM sync_metrics WHERE id = ?"_s, {r.runId}), r.requests);
        QCOMPARE(scalar(u"SELECT partitions FROM sync_metrics WHERE id = ?"_s, {r.runId}), qint64(16));

        // The windows tile the range: the oldest open below, the newest open above, each starting where
        // the one before ends.
        auto windows = windowsRequested();
        QCOMPARE(windows.count({-1, -1}), 1); // the planner's first page, unbounded
        windows.removeAll({-1, -1});
        QCOMPARE(windows.size(), 16);
        QCOMPARE(windows.first().first, -1);
        QCOMPARE(windows.last().second, -1);
        for (qsizetype i = 1; i < windows.size(); ++i)
            QCOMPARE(windows.at(i).first, windows.at(i - 1).second);
        // Done: the next run reads the events after the one noted before the windows (none then).
        const QJsonObject done = checkpoint(id);
        QCOMPARE(done.value("created_gte"_L1).toInteger(), FakeStripe::kEpoch + 4999 / 2);
        QVERIFY(done.value("events_after"_L1).isString()); // "" when Stripe had no event yet
        QVERIFY(done.value("events_checked_at"_L1).isDouble());
        m_stripe.addCustomers(4);
        m_stripe.clearRequests();
        const SyncResult next = sync(u"wide"_s);
        QVERIFY2(next.succeeded(), qPrintable(next.error));
        QCOMPARE(next.recordsRead, 4); // the four customer.created events, read as one
        QCOMPARE(next.partitions, 0);
        QCOMPARE(m_stripe.requestCount(u"/v1/customers"_s), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(5004));
    }

    void smallStreamsAreReadAsOne()
    {
        m_stripe.setCustomerCount(80);
        addStripe(u"small"_s);
        const SyncResult r = sync(u"small"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 80);
        QCOMPARE(r.partitions, 0);
        // The planner's first page says there is no second, then the read: the newest event and the page.
        QCOMPARE(m_stripe.requestCount(u"/v1/customers"_s), 2);
        QCOMPARE(m_stripe.requestCount(u"/v1/events"_s), 1);
        QCOMPARE(r.requests, qint64(3));
    }

    void failedWindowResumesEveryWindowFromItsCheckpoint()
    {
        const qint64 id = addStripe(u"flaky"_s);
        // After ten pages, every reader's next request fails on every attempt (1 + 3 retries): the run
        // fails, the pages committed until then stay, each with its window's checkpoint.
        const SyncResult failed = sync(u"flaky"_s, [this](SyncJob &job) {
            job.setProgressHandler([this](const SyncProgress &p) {
                if (p.pages == 10)
                    m_stripe.injectFault({u"/v1/customers"_s, 502, "<html>Bad gateway</html>", {}, 0, false, 40});
            });
        });
        m_stripe.clearFaults();
        QCOMPARE(failed.status, SyncRun::Status::Failed);
        QCOMPARE(failed.errorClass, ErrorClass::Transient);
        const qint64 kept = scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id});
        QCOMPARE(kept, failed.recordsWritten);
        QVERIFY(kept > 0 && kept < 5000);
        const auto state = PartitionState::fromCheckpoint(checkpoint(id));
        QVERIFY(state);
        QCOMPARE(state->size(), 16);
        QVERIFY(state->finished() < 16);

        m_stripe.clearRequests();
        const SyncResult resumed = sync(u"flaky"_s);
        QVERIFY2(resumed.succeeded(), qPrintable(resumed.error));
        QCOMPARE(resumed.recordsRead, 5000 - kept); // nothing read twice, nothing lost
        QCOMPARE(resumed.partitions, 16);
        for (const auto &r : m_stripe.requests()) // no new plan: the saved windows are resumed
            QVERIFY(r.query.queryItemValue(u"limit"_s) == "100"_L1);
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(5000));
        QVERIFY(!PartitionState::fromCheckpoint(checkpoint(id)));
    }

    void cancelStopsEveryReaderAndAFullRefreshPlansAgain()
    {
        const qint64 id = addStripe(u"stop"_s);
        m_stripe.setResponseDelay(20);
        const SyncResult cancelled = sync(u"stop"_s, [](SyncJob &job) {
            job.setProgressHandler([&job](const SyncProgress &p) {
                if (p.pages == 5)
                    job.cancel();
            });
        });
        QCOMPARE(cancelled.status, SyncRun::Status::Cancelled);
        QCOMPARE(cancelled.recordsWritten, scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}));
        QVERIFY(PartitionState::fromCheckpoint(checkpoint(id)));
        // A full refresh ignores the saved windows and reads everything again.
        m_stripe.setResponseDelay(0);
        const SyncResult full = sync(u"stop"_s, {}, true);
        QVERIFY2(full.succeeded(), qPrintable(full.error));
        QCOMPARE(full.recordsRead, 5000);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(5000));
    }

    // Pipelining: while the run thread is busy with page 1 (here: held in the progress handler), the
    // reader goes on fetching — but only as far as its queue allows, so memory stays flat.
    void readerFetchesAheadWhilePagesAreWritten()
    {
        addStripe(u"ahead"_s, {{u"concurrency"_s, u"1"_s}});
        int seenAtFirstPage = 0;
        const SyncResult r = sync(u"ahead"_s, [&](SyncJob &job) {
            job.setProgressHandler([&](const SyncProgress &p) {
                if (p.pages != 1)
                    return;
                // Page 1 written; pages 2 and 3 wait in the queue and the reader holds page 4.
                QTRY_COMPARE_WITH_TIMEOUT(m_stripe.requestCount(u"/v1/customers"_s), 1 + 1 + PagePipeline::kPagesPerReader, OrionTest::EventTimeout);
                seenAtFirstPage = m_stripe.requestCount(u"/v1/customers"_s);
            });
        });
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(seenAtFirstPage, 4);
        QCOMPARE(r.recordsRead, 5000);
        QCOMPARE(r.requests, qint64(50 + 1)); // and the newest event, noted first
    }

    // 429s slow the whole connection: the budget every reader draws from halves (once per burst of
    // 429s, not once per reader) and climbs back with successful answers.
    void tooManyRequestsSlowEveryReader()
    {
        RateBudget budget(40, 1);
        budget.throttled();
        budget.throttled(); // the other readers' 429s of the same overload
        QCOMPARE(budget.currentRate(), 20.0);
        QCOMPARE(budget.throttles(), 2);
        for (int i = 0; i < 19; ++i)
            budget.succeeded();
        QVERIFY(budget.currentRate() < 40.0);
        budget.succeeded();
        QCOMPARE(budget.currentRate(), 40.0);
        QCOMPARE(budget.perSecond(), 40.0);

        addStripe(u"busy"_s, {{u"requests_per_second"_s, u"50"_s}});
        m_stripe.injectFault(
            {u"/v1/customers"_s, 429, R"({"error":{"type":"rate_limit_error","message":"Too many requests"}})", {{"Retry-After", "0"}}, 0, false, 3});
        QStringList log;
        const SyncResult r = sync(u"busy"_s, [&](SyncJob &job) { job.setLogHandler([&](const QString &line) { log << line; }); });
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 5000);
        const QString slowed = log.filter(u"asked to slow down"_s).value(0);
        QVERIFY2(slowed.contains(u"3 time(s)"_s) || slowed.contains(u"3 times"_s), qPrintable(log.join(u'\n')));
    }

    void savedPartitionStateIsCheckedBeforeUse()
    {
        QVERIFY(!PartitionState::fromCheckpoint({}));
        QVERIFY(!PartitionState::fromCheckpoint(QJsonDocument::fromJson(R"({"partitions":{"windows":[{}],"checkpoints":[],"done":[]}})").object()));
        QVERIFY(
            !PartitionState::fromCheckpoint(QJsonDocument::fromJson(R"({"partitions":{"windows":[{}],"checkpoints":[{}],"done":["no"]}})").object()));
        PartitionState state = PartitionState::planned({QJsonObject{{u"lt"_s, 10}}, QJsonObject{{u"gte"_s, 10}}});
        state.checkpoints[1] = {{u"starting_after"_s, u"cus_1"_s}};
        state.done[0] = true;
        const auto back = PartitionState::fromCheckpoint(state.toCheckpoint());
        QVERIFY(back);
        QCOMPARE(back->windows, state.windows);
        QCOMPARE(back->checkpoints, state.checkpoints);
        QCOMPARE(back->unfinished(), QList<int>{1});
    }
};

QTEST_GUILESS_MAIN(TstPartitions)
#include "tst_partitions.moc"

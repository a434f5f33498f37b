// The sync engine with the Stripe and HubSpot adapters against their fakes, on SQLite files and on
// the real PostgreSQL server: paging, incremental cursors, resume from checkpoints, cancellation,
// the one-sync-per-stream rule, error classes, metrics and health, writes, and secrets never stored.
#include "fakehubspot.h"
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "adapters/hubspot/hubspotconnector.h"
#include "adapters/stripe/stripeconnector.h"
#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "runtime/httpclient.h"
#include "services/syncjob.h"
#include "services/syncservice.h"
#include "store/connectionstore.h"
#include "store/mappingstore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeHubSpot;
using Orion::Fakes::FakeStripe;
using Orion::Fakes::Fault;

class TstSync : public QObject
{
    Q_OBJECT

    Test::EngineDatabases m_databases;
    FakeStripe m_stripe;
    FakeHubSpot m_hubspot;
    DatabaseConfig m_db;
    std::shared_ptr<CredentialStore> m_credentials;

    static bool isSqlite() { return Test::EngineDatabases::isSqlite(); }
    static QString password() { return Test::EngineDatabases::password(); }

    std::unique_ptr<Workspace> open()
    {
        QString error;
        auto w = Workspace::open(m_db, password(), &error);
        if (!w)
            qFatal("open failed: %s", qPrintable(error));
        return w;
    }

    qint64 addConnection(const QString &name, const QString &connector, const QJsonObject &settings)
    {
        auto w = open();
        ConnectionStore store(*w);
        ConnectionStore::NewConnection c;
        c.name = name;
        c.connectorId = connector;
        c.settings = settings;
        QString error;
        const qint64 id = store.createConnection(Test::withUid(c), &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        return id;
    }

    // One reader: these cases pin the sequential read's pages and checkpoints (tst_partitions covers
    // Stripe's default, partitioned read).
    qint64 addStripe(const QString &name)
    {
        QString error;
        m_credentials->setSecret(Test::owner(name), u"api_key"_s, m_stripe.apiKey(), &error);
        return addConnection(name, u"stripe"_s,
                             {{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, u"0"_s}, {u"concurrency"_s, u"1"_s}});
    }

    qint64 addHubSpot(const QString &name)
    {
        QString error;
        m_credentials->setSecret(Test::owner(name), u"access_token"_s, m_hubspot.privateAppToken(), &error);
        return addConnection(name, u"hubspot"_s,
                             {{u"api_base"_s, m_hubspot.baseUrl().toString()},
                              {u"requests_per_second"_s, u"0"_s},
                              {u"search_requests_per_second"_s, u"0"_s},
                              {u"concurrency"_s, u"1"_s}}); // one search walk; tst_hubspot partitions
    }

    static HttpClient::Options fast()
    {
        HttpClient::Options options;
        options.retry.baseDelayMs = 5;
        options.retry.maxDelayMs = 20;
        options.retry.maxRetries = 3;
        options.transferTimeout = std::chrono::milliseconds(3000);
        return options;
    }

    QList<SyncResult> sync(const QString &connection, const QString &stream = {}, bool fullRefresh = false,
                           const std::function<void(SyncJob &)> &setup = {})
    {
        SyncRequest request;
        request.database = m_db;
        request.databasePassword = password();
        request.connection = connection;
        request.stream = stream;
        request.fullRefresh = fullRefresh;
        SyncJob job(request, m_credentials);
        job.setHttpOptions(fast());
        if (setup)
            setup(job);
        return job.run();
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

    // An authenticated context for calling a connector's write operations directly.
    struct WriteSession
    {
        HttpClient http{fast()};
        ConnectorContext ctx;
        std::unique_ptr<Authenticator> authenticator;
        Failure failure;
    };
    std::unique_ptr<WriteSession> writeSession(const Connector &connector, const QString &name, const QUrl &apiBase)
    {
        auto session = std::make_unique<WriteSession>();
        QString error;
        session->ctx = ConnectorContext::create(0, Test::owner(name),
                                                connector.validateSettings({{u"api_base"_s, apiBase.toString()}}, &error).value_or(QJsonObject()),
                                                m_credentials, &session->http);
        session->authenticator = connector.createAuthenticator(session->ctx, &session->failure);
        session->http.setAuthenticator(session->authenticator.get());
        return session;
    }

    QList<QJsonObject> records(qint64 connectionId, RecordKind kind)
    {
        auto w = open();
        RecordStore store(*w);
        QString error;
        return store.records(connectionId, kind, &error);
    }

private Q_SLOTS:
    void initTestCase_data() { Test::EngineDatabases::addRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        QVERIFY(m_stripe.start());
        QVERIFY(m_hubspot.start());
        m_hubspot.setSearchRateLimit(0); // these tests walk search unthrottled; tst_hubspot keeps the limit
    }

    void init()
    {
        m_db = m_databases.fresh();
        open(); // create and migrate
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        m_stripe.setCustomerCount(250);
        m_stripe.setInvoiceCount(0);
        m_stripe.setResponseDelay(0);
        m_stripe.clearRequests();
        m_hubspot.setContactCount(0);
        m_hubspot.clearRequests();
        m_hubspot.clearUpserted();
        OAuth2RefreshAuthenticator::clearTokenCache();
    }

    // Only approved mappings drive a sync: they rebuild each record from its source record, fields
    // without an approved rule stay empty, a suggested rule does nothing, and field errors are logged.
    void approvedMappingsDriveTheSync()
    {
        const qint64 id = addStripe(u"mapped-stripe"_s);
        m_stripe.setCustomerCount(20);
        {
            auto w = open();
            MappingStore mappings(*w);
            auto rule = [](const QString &target, const QString &path, Transformation t, double confidence) {
                MappingSuggestion s;
                s.targetField = target;
                s.sourcePath = path;
                s.transformation = t;
                s.confidence = confidence;
                s.reasoning = u"test"_s;
                return s;
            };
            QString error;
            QVERIFY2(mappings.saveSuggestions(id, u"customers"_s, MappingTarget::Customer,
                                              {rule(u"email"_s, u"email"_s, Transformation::None, 0.99),
                                               rule(u"company"_s, u"email"_s, Transformation::ExtractEmailDomain, 0.95),
                                               rule(u"full_name"_s, u"name"_s, Transformation::None, 0.97),
                                               rule(u"created_at"_s, u"created"_s, Transformation::ParseDatetime, 0.96),
                                               rule(u"address.country"_s, u"address.country"_s, Transformation::None, 0.9),
                                               rule(u"phone"_s, u"phone"_s, Transformation::FormatPhone, 0.5)},
                                              &error)
                         == 6,
                     qPrintable(error));
            QList<qint64> approve;
            for (const StoredMapping &m : mappings.list(id, u"customers"_s, &error))
                if (m.suggestion.targetField != "phone"_L1) // left suggested: must not apply
                    approve << m.id;
            QVERIFY2(mappings.decide(approve, StoredMapping::Status::Approved, u"test"_s, MappingStore::Via::Cli, &error), qPrintable(error));
        }
        QStringList log;
        const auto results
            = sync(u"mapped-stripe"_s, u"customers"_s, false, [&](SyncJob &job) { job.setLogHandler([&](const QString &line) { log << line; }); });
        QVERIFY2(results.first().succeeded(), qPrintable(results.first().error));
        QVERIFY2(log.join(u'\n').contains(u"Applying 5 approved field mapping"_s), qPrintable(log.join(u'\n')));
        const auto stored = records(id, RecordKind::Customer);
        QCOMPARE(stored.size(), 20);
        for (const QJsonObject &c : stored) {
            const QString externalId = c.value("external_id"_L1).toString();
            qint64 index = -1;
            for (qint64 i = 0; i < 20; ++i)
                if (FakeStripe::customerId(i) == externalId)
                    index = i;
            QVERIFY(index >= 0); // the connector's id kept: no rule maps external_id
            const QJsonObject raw = m_stripe.customer(index);
            QCOMPARE(c.value("email"_L1).toString(), raw.value("email"_L1).toString());
            QCOMPARE(c.value("company"_L1).toString(), u"example.com"_s); // the approved rule, not the connector's "Company N"
            QCOMPARE(c.value("full_name"_L1).toString(), raw.value("name"_L1).toString());
            QVERIFY(c.value("phone"_L1).isNull());      // only suggested
            QVERIFY(c.value("first_name"_L1).isNull()); // no rule
            QCOMPARE(c.value("created_at"_L1).toString(),
                     QDateTime::fromSecsSinceEpoch(raw.value("created"_L1).toInteger(), QTimeZone::UTC).toString(Qt::ISODateWithMs));
        }
    }

    void stripeFullSyncMatchesTheFake()
    {
        const qint64 id = addStripe(u"acme-stripe"_s);
        QList<SyncProgress> progress;
        const auto results = sync(u"acme-stripe"_s, u"customers"_s, false,
                                  [&](SyncJob &job) { job.setProgressHandler([&](const SyncProgress &p) { progress << p; }); });
        QCOMPARE(results.size(), 1);
        const SyncResult &r = results.first();
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 250);
        QCOMPARE(r.recordsWritten, 250);
        QCOMPARE(progress.size(), 3); // 100 + 100 + 50
        QCOMPARE(progress.last().recordsRead, 250);
        QCOMPARE(m_stripe.requestCount(u"/v1/customers"_s), 3);

        const auto stored = records(id, RecordKind::Customer);
        QCOMPARE(stored.size(), 250);
        QSet<QString> ids;
        for (const QJsonObject &c : stored)
            ids.insert(c.value("external_id"_L1).toString());
        QCOMPARE(ids.size(), 250);
        // Mapping checked against the fake's own record.
        auto find = [&](qint64 index) {
            for (const QJsonObject &c : stored) {
                if (c.value("external_id"_L1).toString() == FakeStripe::customerId(index))
                    return c;
            }
            return QJsonObject();
        };
        const QJsonObject us = find(0);
        QCOMPARE(us.value("phone"_L1).toString(), u"+14155550000"_s);
        QCOMPARE(us.value("address"_L1).toObject().value("country"_L1).toString(), u"US"_s);
        QCOMPARE(us.value("company"_L1).toString(), u"Company 0"_s);
        QCOMPARE(us.value("first_name"_L1).toString(), u"Jenny"_s);
        QCOMPARE(us.value("raw"_L1).toObject(), m_stripe.customer(0));
        QCOMPARE(find(1).value("phone"_L1).toString(), u"+49301234501"_s); // national number, DE address
        QCOMPARE(find(2).value("phone"_L1).toString(), u"call reception, ext. 12"_s);
        QCOMPARE(find(2).value("address"_L1).toObject().value("country"_L1).type(), QJsonValue::Null);
        QCOMPARE(find(13).value("last_name"_L1).toString(), u"García"_s);
        QCOMPARE(find(249).value("created_at"_L1).toString(),
                 QDateTime::fromSecsSinceEpoch(FakeStripe::kEpoch + 124, QTimeZone::UTC).toString(Qt::ISODateWithMs));

        // One metrics row; health healthy; checkpoint at the newest created value.
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_metrics WHERE connection_id = ? AND status = 'succeeded' "
                        "AND records_processed = 250 AND records_written = 250"_s,
                        {id}),
                 qint64(1));
        QCOMPARE(scalar(u"SELECT count(*) FROM connector_health WHERE connection_id = ? AND status = 'healthy'"_s, {id}), qint64(1));
        auto w = open();
        RecordStore store(*w);
        QString error;
        // … and the newest event when the read began (none): the next run reads the events after it.
        const QJsonObject done = store.checkpoint(id, u"customers"_s, &error);
        QCOMPARE(done.value("created_gte"_L1).toInteger(), FakeStripe::kEpoch + 249 / 2);
        QCOMPARE(done.value("events_after"_L1).toString(), QString());
        QVERIFY(std::abs(done.value("events_checked_at"_L1).toInteger() - QDateTime::currentSecsSinceEpoch()) < 600);
    }

    void stripeIncrementalReadsOnlyNewRecords()
    {
        const qint64 id = addStripe(u"inc"_s);
        QVERIFY(sync(u"inc"_s, u"customers"_s).first().succeeded());
        m_stripe.addCustomers(11);
        m_stripe.updateCustomer(250, u"Renamed Person"_s);
        m_stripe.clearRequests();
        const SyncResult r = sync(u"inc"_s, u"customers"_s).first();
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        // The 12 events since the full read, and nothing else.
        QCOMPARE(r.recordsRead, 12);
        QCOMPARE(m_stripe.requestCount(u"/v1/customers"_s), 0);
        QCOMPARE(m_stripe.requests().first().path, u"/v1/events"_s);
        QCOMPARE(records(id, RecordKind::Customer).size(), 261);
        // --full-refresh reads everything again and leaves no duplicates.
        const SyncResult full = sync(u"inc"_s, u"customers"_s, true).first();
        QCOMPARE(full.recordsRead, 261);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(261));
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ? AND full_name = 'Renamed Person'"_s, {id}), qint64(1));
    }

    void stripeInvoicesWithAllTheirLines()
    {
        m_stripe.setInvoiceCount(120);
        const qint64 id = addStripe(u"billing"_s);
        const auto results = sync(u"billing"_s); // every stream
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(1).stream, u"invoices"_s);
        QVERIFY2(results.at(1).succeeded(), qPrintable(results.at(1).error));
        QCOMPARE(results.at(1).recordsRead, 120);
        const auto invoices = records(id, RecordKind::Invoice);
        QCOMPARE(invoices.size(), 120);
        for (const QJsonObject &inv : invoices) {
            const qint64 index = inv.value("external_id"_L1).toString().mid(3).toLongLong();
            const QJsonObject source = m_stripe.invoice(index);
            QCOMPARE(inv.value("line_items"_L1).toArray().size(), index % 50 == 0 ? 12 : 2);
            qint64 sum = 0;
            for (const QJsonValue &line : inv.value("line_items"_L1).toArray())
                sum += line.toObject().value("amount"_L1).toInteger();
            QCOMPARE(sum, inv.value("subtotal"_L1).toInteger());
            QCOMPARE(inv.value("total"_L1).toInteger(), source.value("total"_L1).toInteger());
            QCOMPARE(inv.value("tax"_L1).toInteger(), inv.value("total"_L1).toInteger() - inv.value("subtotal"_L1).toInteger());
            QCOMPARE(inv.value("currency"_L1).toString(), source.value("currency"_L1).toString().toUpper());
            QCOMPARE(inv.value("status"_L1).toString(), source.value("status"_L1).toString());
        }
        QCOMPARE(m_stripe.requestCount(u"/v1/invoices/in_000000000/lines"_s), 1);
    }

    void cancelledSyncResumesFromItsCheckpoint()
    {
        m_stripe.setCustomerCount(500);
        const qint64 id = addStripe(u"resume"_s);
        const SyncResult first = sync(u"resume"_s, u"customers"_s, false, [](SyncJob &job) {
                                     job.setProgressHandler([&job](const SyncProgress &p) {
                                         if (p.pages == 2)
                                             job.cancel();
                                     });
                                 }).first();
        QCOMPARE(first.status, SyncRun::Status::Cancelled);
        QCOMPARE(first.errorClass, ErrorClass::Cancelled);
        QCOMPARE(first.recordsWritten, 200);
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_metrics WHERE connection_id = ? AND status = 'cancelled'"_s, {id}), qint64(1));
        m_stripe.clearRequests();
        const SyncResult second = sync(u"resume"_s, u"customers"_s).first();
        QVERIFY2(second.succeeded(), qPrintable(second.error));
        QCOMPARE(second.recordsRead, 300); // only what the first run had not committed
        QCOMPARE(m_stripe.requests().first().query.queryItemValue(u"starting_after"_s), FakeStripe::customerId(300));
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(500));
    }

    void failedPageKeepsEarlierPagesAndResumes()
    {
        m_stripe.setCustomerCount(300);
        const qint64 id = addStripe(u"flaky"_s);
        // Page 2 fails on every attempt (1 + 3 retries): a transient failure after page 1 was committed.
        m_stripe.injectFault({u"/v1/customers"_s, 0, {}, {}, 0, false, 1});
        m_stripe.injectFault({u"/v1/customers"_s, 502, "<html>Bad gateway</html>", {}, 0, false, 4});
        const SyncResult failed = sync(u"flaky"_s, u"customers"_s).first();
        QCOMPARE(failed.status, SyncRun::Status::Failed);
        QCOMPARE(failed.errorClass, ErrorClass::Transient);
        QCOMPARE(failed.recordsWritten, 100);
        QCOMPARE(scalar(u"SELECT consecutive_failures FROM connector_health WHERE connection_id = ?"_s, {id}), qint64(1));
        const SyncResult retried = sync(u"flaky"_s, u"customers"_s).first();
        QVERIFY2(retried.succeeded(), qPrintable(retried.error));
        QCOMPARE(retried.recordsRead, 200);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(300));
        QCOMPARE(scalar(u"SELECT consecutive_failures FROM connector_health WHERE connection_id = ?"_s, {id}), qint64(0));
    }

    // A 200 whose JSON is cut short (a flaky proxy) is asked for again, then fails as transient.
    void truncatedAnswersAreRetriedThenTransient()
    {
        m_stripe.setCustomerCount(300);
        const qint64 id = addStripe(u"truncating"_s);
        m_stripe.injectFault({u"/v1/customers"_s, 0, {}, {}, 0, false, 1});
        m_stripe.injectFault({u"/v1/customers"_s, 0, {}, {}, 0, true, 2}); // page 2 cut short twice
        QStringList log;
        const SyncResult ok = sync(u"truncating"_s, u"customers"_s, false, [&](SyncJob &job) {
                                  job.setLogHandler([&](const QString &line) { log << line; });
                              }).first();
        QVERIFY2(ok.succeeded(), qPrintable(ok.error + u'\n' + log.join(u'\n')));
        QCOMPARE(ok.recordsWritten, 300);
        QCOMPARE(log.filter(u"the answer does not parse"_s).size(), 2);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(300));

        m_stripe.injectFault({u"/v1/customers"_s, 0, {}, {}, 0, true, 50});
        const SyncResult failed = sync(u"truncating"_s, u"customers"_s, true).first();
        m_stripe.clearFaults();
        QCOMPARE(failed.status, SyncRun::Status::Failed);
        QCOMPARE(failed.errorClass, ErrorClass::Transient);
        QVERIFY2(failed.error.contains(u"gave up after"_s), qPrintable(failed.error));
    }

    // PostgreSQL's text and jsonb refuse U+0000: a record holding one must not block the stream.
    void nulCharactersDoNotBlockTheStream()
    {
        m_stripe.setCustomerCount(150);
        m_stripe.renameCustomer(7, u"Ada\u0000Lovelace"_s);
        // …and text beyond the Basic Multilingual Plane and in CJK stored exactly (UTF-8 bound directly).
        const QString wide = u"\u5c71\u7530 \U0001F600 Zo\u00eb \"q\" \\"_s;
        m_stripe.renameCustomer(8, wide);
        const qint64 id = addStripe(u"nul"_s);
        const SyncResult r = sync(u"nul"_s, u"customers"_s).first();
        m_stripe.renameCustomer(7, u"Customer 7"_s);
        m_stripe.renameCustomer(8, u"Customer 8"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsWritten, 150);
        QCOMPARE(r.recordsFailed, 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(150));
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ? AND full_name = 'AdaLovelace'"_s, {id}), qint64(1));
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ? AND full_name = ?"_s, {id, wide}), qint64(1));
    }

    void rateLimitedPagesWaitAndSucceed()
    {
        addStripe(u"limited"_s);
        m_stripe.injectFault({u"/v1/customers"_s,
                              429,
                              R"({"error":{"type":"invalid_request_error","message":"Too many requests","code":"rate_limit"}})",
                              {{"Retry-After", "1"}},
                              0,
                              false,
                              1});
        QStringList log;
        const SyncResult r
            = sync(u"limited"_s, u"customers"_s, false, [&](SyncJob &job) { job.setLogHandler([&](const QString &line) { log << line; }); }).first();
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QVERIFY2(r.durationMs >= 950, qPrintable(QString::number(r.durationMs)));
        QCOMPARE(log.filter(u"(Retry-After)"_s).size(), 1);
    }

    void wrongKeyIsAConfigFailure()
    {
        const qint64 id = addStripe(u"badkey"_s);
        QString error;
        m_credentials->setSecret(Test::owner(u"badkey"_s), u"api_key"_s, u"sk_test_WRONG_51Hxyzabcdef"_s, &error);
        const SyncResult r = sync(u"badkey"_s, u"customers"_s).first();
        QCOMPARE(r.outcome, SyncResult::Outcome::Ran);
        QCOMPARE(r.status, SyncRun::Status::Failed);
        QCOMPARE(r.errorClass, ErrorClass::Config);
        QVERIFY2(r.error.contains(u"401"_s) && r.error.contains(u"Invalid API Key"_s), qPrintable(r.error));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_metrics WHERE connection_id = ? AND error_class = 'config'"_s, {id}), qint64(1));
    }

    void invalidRequestsWriteNothing()
    {
        addStripe(u"valid"_s);
        addConnection(u"nosecret"_s, u"stripe"_s, {{u"api_base"_s, m_stripe.baseUrl().toString()}});
        addConnection(u"future"_s, u"zendesk"_s, {});
        addConnection(u"badsetting"_s, u"stripe"_s, {{u"api_base"_s, u"ftp://example.com"_s}});
        const struct
        {
            QString connection, stream, expected;
        } cases[] = {
            {u"missing"_s, QString(), u"There is no connection named \"missing\"."_s},
            {u"valid"_s, u"orders"_s, u"Stripe has no stream \"orders\" (streams: customers, invoices)."_s},
            {u"nosecret"_s, QString(), u"ORION_SECRET_NOSECRET_API_KEY"_s},
            {u"future"_s, QString(), u"connector \"zendesk\""_s},
            {u"badsetting"_s, QString(), u"\"api_base\" must be an https address"_s},
        };
        for (const auto &c : cases) {
            const auto results = sync(c.connection, c.stream);
            QCOMPARE(results.size(), 1);
            QCOMPARE(results.first().outcome, SyncResult::Outcome::Invalid);
            QVERIFY2(results.first().error.contains(c.expected), qPrintable(results.first().error));
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_metrics"_s), qint64(0));
        QCOMPARE(m_stripe.requestCount(), 0);
    }

    void oneSyncPerConnectionAndStream()
    {
        m_stripe.setCustomerCount(400);
        addStripe(u"busy"_s);
        addStripe(u"other"_s);
        m_stripe.setResponseDelay(150);
        std::atomic<bool> firstStarted{false};
        SyncResult first;
        std::thread runner([&] {
            first = sync(u"busy"_s, u"customers"_s, false, [&](SyncJob &job) {
                        job.setLogHandler([&](const QString &) { firstStarted = true; });
                    }).first();
        });
        QTRY_VERIFY_WITH_TIMEOUT(firstStarted.load(), OrionTest::EventTimeout);
        const SyncResult refused = sync(u"busy"_s, u"customers"_s).first();
        QCOMPARE(refused.outcome, SyncResult::Outcome::Refused);
        QVERIFY2(refused.error.contains(u"already running"_s), qPrintable(refused.error));
        // Another stream of the same connection, and another connection, run concurrently.
        m_stripe.setInvoiceCount(3);
        const SyncResult invoices = sync(u"busy"_s, u"invoices"_s).first();
        QVERIFY2(invoices.succeeded(), qPrintable(invoices.error));
        const SyncResult otherConnection = sync(u"other"_s, u"customers"_s).first();
        QVERIFY2(otherConnection.succeeded(), qPrintable(otherConnection.error));
        runner.join();
        QVERIFY2(first.succeeded(), qPrintable(first.error));
        m_stripe.setResponseDelay(0);
        // The refused attempt recorded nothing: 1 + 1 + 1 runs.
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_metrics"_s), qint64(3));
    }

    void serviceRunsConnectionsConcurrentlyAndBatchesDelivery()
    {
        if (!isSqlite())
            return; // the service is engine-independent
        m_stripe.setCustomerCount(600);
        addStripe(u"one"_s);
        addStripe(u"two"_s);
        m_stripe.setResponseDelay(40);
        SyncService service(m_credentials);
        service.setDatabase(m_db, password());
        service.setHttpOptions(fast());
        QSignalSpy started(&service, &SyncService::jobStarted);
        QSignalSpy finished(&service, &SyncService::jobFinished);
        QSignalSpy refused(&service, &SyncService::jobRefused);
        QSignalSpy logs(&service, &SyncService::jobLog);
        QSignalSpy progress(&service, &SyncService::jobProgress);
        QElapsedTimer timer;
        timer.start();
        const int a = service.start(u"one"_s, u"customers"_s);
        const int b = service.start(u"two"_s, u"customers"_s);
        QVERIFY(a > 0 && b > 0 && a != b);
        QCOMPARE(service.start(u"one"_s), 0); // already running: refused at once
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().at(1).toString().contains(u"already syncing"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, OrionTest::EventTimeout);
        const qint64 elapsed = timer.elapsed();
        m_stripe.setResponseDelay(0);
        for (const auto &f : finished)
            QVERIFY(f.at(1).value<QList<SyncResult>>().first().succeeded());
        // Both ran at once: before the first job finished, each had already fetched pages. (The fake
        // answers one request at a time, so overlap, not elapsed time, is the evidence.)
        QSet<int> fetchedBeforeFirstFinish;
        bool oneFinished = false;
        for (const auto &l : logs) {
            for (const QString &line : l.at(1).toStringList()) {
                if (oneFinished)
                    break;
                if (line.contains(u"GET "_s))
                    fetchedBeforeFirstFinish.insert(l.at(0).toInt());
                oneFinished = line.contains(u"succeeded: "_s); // a job's summary line
            }
        }
        QCOMPARE(fetchedBeforeFirstFinish, (QSet<int>{a, b}));
        // Delivery is batched on a 100 ms timer: far fewer signals than pages and log lines.
        QVERIFY2(logs.size() <= 2 * (elapsed / 100 + 2), qPrintable(QString::number(logs.size()))); // ≤ 1 per job per tick
        QVERIFY(progress.size() >= 2);
        qint64 lines = 0;
        for (const auto &l : logs)
            lines += l.at(1).toStringList().size();
        QVERIFY(lines >= 14); // 2 × (start + 6 requests + summary)
        QCOMPARE(service.runningCount(), 0);
    }

    void secretsNeverReachTheDatabase()
    {
        addStripe(u"secretive"_s);
        const QString key = m_stripe.apiKey();
        sync(u"secretive"_s, u"customers"_s);
        QString error;
        m_credentials->setSecret(Test::owner(u"secretive"_s), u"api_key"_s, u"sk_test_also_secret_value_99"_s, &error);
        sync(u"secretive"_s, u"customers"_s); // fails with 401, the fake echoes a prefix of the key
        auto w = open();
        QSqlQuery q(w->database());
        QVERIFY(q.exec(u"SELECT log, coalesce(error_message, '') FROM sync_metrics"_s));
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString text = q.value(0).toString() + q.value(1).toString();
            QVERIFY2(!text.contains(key) && !text.contains(u"sk_test_also_secret_value_99"_s), qPrintable(text));
            QVERIFY(text.contains(u"GET "_s)); // the request log is there, redacted
        }
        QCOMPARE(rows, 2);
        QVERIFY(q.exec(u"SELECT settings FROM connections"_s) && q.next());
        QVERIFY(!q.value(0).toString().contains(u"sk_test"_s));
        if (isSqlite()) {
            w.reset();
            QFile file(m_db.sqlitePath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(key.toUtf8()));
            QFile wal(m_db.sqlitePath + u"-wal"_s);
            if (wal.open(QIODevice::ReadOnly))
                QVERIFY(!wal.readAll().contains(key.toUtf8()));
        }
    }

    void stripeCreatesCustomersIdempotently()
    {
        const QString name = u"writer"_s;
        addStripe(name);
        StripeConnector stripe;
        auto session = writeSession(stripe, name, m_stripe.baseUrl());
        QVERIFY2(session->authenticator, qPrintable(session->failure.message));
        HttpClient &http = session->http;
        const ConnectorContext &ctx = session->ctx;
        UnifiedCustomers customers;
        for (int i = 0; i < 3; ++i) {
            UnifiedCustomer c;
            c.externalId = u"crm-%1"_s.arg(i);
            c.fullName = u"Ada Lovelace %1"_s.arg(i);
            c.email = u"ada%1@example.com"_s.arg(i);
            c.address.country = u"GB"_s;
            customers << c;
        }
        UnifiedCustomer bad;
        bad.externalId = u"crm-bad"_s;
        bad.email = u"not-an-email"_s;
        customers << bad;
        WriteOutcome outcome = stripe.writeCustomers(ctx, customers);
        QCOMPARE(outcome.created, 3);
        QCOMPARE(outcome.failed, 1);
        QCOMPARE(outcome.failures.first().externalId, u"crm-bad"_s);
        QVERIFY2(outcome.failures.first().error.contains(u"Invalid email"_s), qPrintable(outcome.failures.first().error));
        QCOMPARE(m_stripe.createdCustomers().size(), 3);
        // A retry of the same operation (e.g. after a lost response) replays instead of duplicating.
        m_stripe.injectFault({u"/v1/customers"_s, 0, {}, {}, 0, false, 1});
        outcome = stripe.writeCustomers(ctx, customers.mid(0, 3));
        QCOMPARE(outcome.created, 3);
        QCOMPARE(m_stripe.createdCustomers().size(), 3);
        QVERIFY(m_stripe.idempotentReplays() >= 3);
        const auto posts = m_stripe.requests();
        for (const auto &r : posts) {
            if (r.method == "POST")
                QVERIFY(r.header("idempotency-key").startsWith("orion-"));
        }
        // The same key with different parameters is Stripe's idempotency_error.
        HttpRequest reuse;
        reuse.method = "POST";
        reuse.url = QUrl(m_stripe.baseUrl().toString() + u"/v1/customers"_s);
        reuse.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                         {"Idempotency-Key", StripeConnector::idempotencyKey(name, StripeConnector::customerForm(customers.first()))}};
        reuse.body = "name=Someone%20Else";
        const HttpResponse conflict = http.send(reuse);
        QCOMPARE(conflict.status, 400);
        QCOMPARE(StripeConnector::errorFor(conflict, u"customers"_s).errorClass, ErrorClass::Config);
        QVERIFY(conflict.body.contains("idempotency_error"));
    }

    void hubspotContactsWithCompanies()
    {
        m_hubspot.setContactCount(230);
        const qint64 id = addHubSpot(u"crm"_s);
        const SyncResult r = sync(u"crm"_s).first();
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 230);
        QCOMPARE(m_hubspot.requestCount(u"/crm/v3/objects/contacts"_s), 4); // three pages, then the archived contacts
        QCOMPARE(m_hubspot.requestCount(u"/crm/v3/objects/companies/batch/read"_s), 3);
        const auto stored = records(id, RecordKind::Customer);
        QCOMPARE(stored.size(), 230);
        for (const QJsonObject &c : stored) {
            const qint64 index = c.value("external_id"_L1).toString().toLongLong() - 1000;
            const QString expected = index % 3 == 0 ? u"Globex %1"_s.arg(500 + index % 7) : u"Acme %1"_s.arg(index % 13);
            QCOMPARE(c.value("company"_L1).toString(), expected);
            QCOMPARE(c.value("source"_L1).toString(), u"hubspot"_s);
        }
        const QJsonObject &first = stored.first(); // "1000": Maria, United States
        QCOMPARE(first.value("address"_L1).toObject().value("country"_L1).toString(), u"US"_s);
        QCOMPARE(first.value("phone"_L1).toString(), u"+12125550147"_s);
        QCOMPARE(first.value("updated_at"_L1).toString(),
                 QDateTime::fromMSecsSinceEpoch(FakeHubSpot::kEpochMs, QTimeZone::UTC).toString(Qt::ISODateWithMs));
    }

    void hubspotIncrementalUsesSearch()
    {
        m_hubspot.setContactCount(150);
        const qint64 id = addHubSpot(u"crm-inc"_s);
        QVERIFY(sync(u"crm-inc"_s).first().succeeded());
        m_hubspot.touchContact(7, u"Changed"_s);
        m_hubspot.clearRequests();
        const SyncResult r = sync(u"crm-inc"_s).first();
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        int listRequests = 0;
        for (const auto &request : m_hubspot.requests()) // the list is read only for its archived contacts
            listRequests += request.path == "/crm/v3/objects/contacts"_L1 && request.query.queryItemValue(u"archived"_s) != "true"_L1 ? 1 : 0;
        QCOMPARE(listRequests, 0);
        QVERIFY(m_hubspot.requestCount(u"/crm/v3/objects/contacts/search"_s) >= 1);
        // The 300 s overlap re-reads the newest contacts (one per second in the fake) plus the change.
        QCOMPARE(r.recordsRead, 150);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ? AND first_name = 'Changed'"_s, {id}), qint64(1));
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(150));
    }

    void hubspotSearchPastTenThousandOpensANewWindow()
    {
        if (!isSqlite())
            return; // engine-independent; once is enough for 10,250 records
        m_hubspot.setContactCount(10'250);
        const qint64 id = addHubSpot(u"crm-big"_s);
        {
            auto w = open();
            RecordStore store(*w);
            Page page;
            page.checkpoint = QJsonObject{{u"lastmodified"_s, 1}}; // as if synced long ago
            qint64 written = 0;
            QString error;
            QVERIFY2(store.writePage(id, u"customers"_s, page, &written, &error), qPrintable(error));
        }
        QStringList log;
        const SyncResult r
            = sync(u"crm-big"_s, {}, false, [&](SyncJob &job) { job.setLogHandler([&](const QString &line) { log << line; }); }).first();
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(log.filter(u"search window reached"_s).size(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {id}), qint64(10'250));
    }

    void hubspotBatchUpsertByEmail()
    {
        const QString name = u"crm-write"_s;
        addHubSpot(name);
        HubSpotConnector hubspot;
        auto session = writeSession(hubspot, name, m_hubspot.baseUrl());
        QVERIFY2(session->authenticator, qPrintable(session->failure.message));
        const ConnectorContext &ctx = session->ctx;
        UnifiedCustomers customers;
        for (int i = 0; i < 250; ++i) {
            UnifiedCustomer c;
            c.externalId = u"row-%1"_s.arg(i);
            c.fullName = u"Grace Hopper %1"_s.arg(i);
            c.email = i % 100 == 7 ? u"broken-email-%1"_s.arg(i) : (i == 249 ? QString() : u"grace%1@example.com"_s.arg(i));
            customers << c;
        }
        const WriteOutcome outcome = hubspot.writeCustomers(ctx, customers);
        QVERIFY2(!outcome.failure, qPrintable(outcome.failure.message));
        QCOMPARE(outcome.created, 246);
        QCOMPARE(outcome.failed, 4); // three invalid emails, one without an email
        QStringList failedIds;
        for (const RecordFailure &f : outcome.failures)
            failedIds << f.externalId;
        QCOMPARE(failedIds.count(u"row-107"_s), 1);
        QVERIFY(failedIds.contains(u"row-249"_s));
        QCOMPARE(outcome.failures.at(failedIds.indexOf(u"row-249"_s)).error, u"HubSpot upserts contacts by email, and this record has none"_s);
        QCOMPARE(m_hubspot.requestCount(u"/crm/v3/objects/contacts/batch/upsert"_s), 3); // 249 inputs in batches of 100
        QCOMPARE(m_hubspot.upserted().value(u"grace3@example.com"_s).value("firstname"_L1).toString(), u"Grace Hopper"_s);
        const WriteOutcome again = hubspot.writeCustomers(ctx, customers);
        QCOMPARE(again.created, 0);
        QCOMPARE(again.updated, 246);
    }

    void hubspotOAuthSyncRotatesTheRefreshToken()
    {
        m_hubspot.setContactCount(20);
        m_hubspot.enableOAuth(u"app-42"_s, u"client-secret-value"_s, u"rt-first"_s, 1800, true);
        const QString name = u"crm-oauth"_s;
        QString error;
        m_credentials->setSecret(Test::owner(name), u"refresh_token"_s, u"rt-first"_s, &error);
        m_credentials->setSecret(Test::owner(name), u"client_secret"_s, u"client-secret-value"_s, &error);
        addConnection(name, u"hubspot"_s,
                      {{u"api_base"_s, m_hubspot.baseUrl().toString()},
                       {u"auth"_s, u"oauth"_s},
                       {u"token_url"_s, QString(m_hubspot.baseUrl().toString() + u"/oauth/v1/token"_s)},
                       {u"client_id"_s, u"app-42"_s}});
        const SyncResult r = sync(name).first();
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(m_credentials->secret(Test::owner(name), u"refresh_token"_s, &error).value_or(QString()), m_hubspot.currentRefreshToken());
        // Revoked: the run fails as a config error asking to re-authorise, without retry loops.
        OAuth2RefreshAuthenticator::clearTokenCache();
        m_hubspot.enableOAuth(u"app-42"_s, u"client-secret-value"_s, u"rt-someone-else"_s, 1800, true);
        const int before = m_hubspot.tokenRequests();
        const SyncResult revoked = sync(name).first();
        QCOMPARE(revoked.status, SyncRun::Status::Failed);
        QCOMPARE(revoked.errorClass, ErrorClass::Config);
        QVERIFY(revoked.reauthorize);
        QCOMPARE(m_hubspot.tokenRequests(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TstSync)
#include "tst_sync.moc"

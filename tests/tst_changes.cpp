// Changes as they happen, on SQLite files and on the real PostgreSQL server: after a read of the
// list, a sync applies what changed since through the vendor's change feed (Stripe's Events API),
// creations, updates and deletions, in the order they were made; deleted records are marked, not
// removed, and hidden unless asked for; an interrupted feed resumes from its last committed page;
// a feed whose history no longer reaches the checkpoint falls back to reading the list.
#include "fakehubspot.h"
#include "fakequickbooks.h"
#include "fakesalesforce.h"
#include "fakeslack.h"
#include "fakestripe.h"
#include "testsupport.h"

#include "runtime/authenticator.h"
#include "services/syncjob.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeHubSpot;
using Orion::Fakes::FakeQuickBooks;
using Orion::Fakes::FakeSalesforce;
using Orion::Fakes::FakeSlack;
using Orion::Fakes::FakeStripe;

class TstChanges : public QObject
{
    Q_OBJECT

    Test::EngineDatabases m_databases;
    Test::SyncHarness m_h;
    FakeStripe m_stripe;
    FakeQuickBooks m_qbo;
    FakeSlack m_slack;
    FakeHubSpot m_hub;
    FakeSalesforce m_sf;
    qint64 m_clock = 0; // seconds the fake's clock was moved on

    qint64 addStripe(const QString &name, int concurrency = 1)
    {
        return m_h.addConnection(
            name, u"stripe"_s,
            {{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, u"0"_s}, {u"concurrency"_s, QString::number(concurrency)}},
            {{u"api_key"_s, m_stripe.apiKey()}});
    }

    qint64 addQuickBooks(const QString &name, int concurrency = 1)
    {
        return m_h.addConnection(name, u"quickbooks"_s,
                                 {{u"api_base"_s, m_qbo.baseUrl().toString()},
                                  {u"token_url"_s, QString(m_qbo.baseUrl().toString() + u"/oauth2/v1/tokens/bearer"_s)},
                                  {u"realm_id"_s, m_qbo.realm()},
                                  {u"client_id"_s, u"ABqbo-client"_s},
                                  {u"requests_per_second"_s, u"0"_s},
                                  {u"concurrency"_s, QString::number(concurrency)}},
                                 {{u"refresh_token"_s, m_qbo.currentRefreshToken()}, {u"client_secret"_s, u"qbo-secret"_s}});
    }

    QJsonObject customer(qint64 connectionId, const QString &externalId, RecordStore::Deleted deleted = RecordStore::Deleted::Included)
    {
        for (const QJsonObject &c : m_h.records(connectionId, RecordKind::Customer, deleted))
            if (c.value("external_id"_L1).toString() == externalId)
                return c;
        return {};
    }

    void advanceClock(qint64 seconds)
    {
        m_stripe.advanceClock(seconds);
        m_clock += seconds;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::EngineDatabases::addRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        QVERIFY(m_stripe.start());
        QVERIFY(m_qbo.start());
        QVERIFY(m_slack.start());
        QVERIFY(m_hub.start());
        QVERIFY(m_sf.start());
        m_sf.enableOAuth(u"3MVG9-orion"_s, u"sf-consumer-secret"_s, u"5Aep861sf-refresh"_s, false);
        m_hub.setSearchRateLimit(0);
        m_qbo.enableOAuth(u"ABqbo-client"_s, u"qbo-secret"_s, u"AB11-initial"_s);
    }

    void init()
    {
        m_h.reset(m_databases);
        m_stripe.resetChanges();
        m_stripe.setCustomerCount(1000);
        m_qbo.setCounts(0, 0);
        OAuth2RefreshAuthenticator::clearTokenCache();
    }

    void cleanup()
    {
        m_stripe.advanceClock(-m_clock);
        m_clock = 0;
    }

    // A created, an updated and a deleted customer reach the store through the events, not by
    // reading the list again; the deleted one is marked with the time Stripe deleted it, counted in
    // the run and hidden from the records unless they are asked for.
    void eventsCarryCreatesUpdatesAndDeletions()
    {
        QFETCH_GLOBAL(QString, engine);
        Q_UNUSED(engine)
        const qint64 id = addStripe(u"billing"_s, 4); // the list read in windows
        SyncResult r = m_h.sync(u"billing"_s, u"customers"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 1000);
        QVERIFY(r.partitions > 1);

        m_stripe.addCustomers(2);                        // cus_1000, cus_1001
        m_stripe.updateCustomer(3, u"Renamed Person"_s); // stored, now renamed
        m_stripe.deleteCustomer(5);                      // stored, now deleted
        m_stripe.deleteCustomer(1000);                   // created and deleted before the sync saw it
        m_stripe.clearRequests();
        QStringList log;
        r = m_h.sync(u"billing"_s, u"customers"_s, false, &log);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 5);    // five events
        QCOMPARE(r.recordsDeleted, 1); // cus_5 (cus_1000 was never stored)
        QCOMPARE(r.partitions, 0);
        QCOMPARE(m_stripe.requestCount(u"/v1/customers"_s), 0);
        QVERIFY(m_stripe.requestCount(u"/v1/events"_s) >= 1);
        QVERIFY2(log.join(u'\n').contains(u"marked deleted at the source"_s), qPrintable(log.join(u'\n')));
        QCOMPARE(m_h.scalar(u"SELECT records_deleted FROM sync_metrics WHERE id = ?"_s, {r.runId}), qint64(1));

        QCOMPARE(customer(id, FakeStripe::customerId(3)).value("full_name"_L1).toString(), u"Renamed Person"_s);
        QVERIFY(!customer(id, FakeStripe::customerId(1001)).isEmpty());
        QVERIFY(customer(id, FakeStripe::customerId(1000)).isEmpty());
        const QJsonObject deleted = customer(id, FakeStripe::customerId(5));
        const QDateTime deletedAt = QDateTime::fromString(deleted.value("deleted_at"_L1).toString(), Qt::ISODateWithMs);
        QVERIFY2(deletedAt.isValid(), QJsonDocument(deleted).toJson().constData());
        QVERIFY(std::abs(deletedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(customer(id, FakeStripe::customerId(5), RecordStore::Deleted::Hidden).isEmpty());
        QCOMPARE(m_h.records(id, RecordKind::Customer).size(), 1000);                                 // 999 + cus_1001
        QCOMPARE(m_h.records(id, RecordKind::Customer, RecordStore::Deleted::Included).size(), 1001); // and cus_5

        // Nothing new: one request, nothing read; the deletion is not counted twice.
        m_stripe.clearRequests();
        r = m_h.sync(u"billing"_s, u"customers"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 0);
        QCOMPARE(r.recordsDeleted, 0);
        QCOMPARE(m_stripe.requests().size(), 1);
        QVERIFY(m_stripe.requests().first().query.hasQueryItem(u"ending_before"_s));
    }

    // Events arrive newest first, a hundred a page; they are applied oldest first, so the last
    // change wins, and a feed cancelled after its first page resumes after that page's last event:
    // every event applied once, none skipped. (No event existed at the full read, so the first page
    // is found by time: the oldest of Stripe's pages, 50 of the 250; then a hundred at a time.)
    void feedResumesAfterItsLastCommittedPage()
    {
        m_stripe.setCustomerCount(50);
        const qint64 id = addStripe(u"feed"_s);
        QVERIFY(m_h.sync(u"feed"_s, u"customers"_s).succeeded());
        for (int i = 0; i < 250; ++i)
            m_stripe.updateCustomer(i % 50, u"Name %1"_s.arg(i));
        const SyncResult first = m_h.sync(u"feed"_s, u"customers"_s, false, nullptr, [](SyncJob &job) {
            job.setProgressHandler([&job](const SyncProgress &p) {
                if (p.pages == 1)
                    job.cancel();
            });
        });
        QCOMPARE(first.status, SyncRun::Status::Cancelled);
        QCOMPARE(first.recordsRead, 50);
        const QString after = m_h.checkpoint(id, u"customers"_s).value("events_after"_L1).toString();
        QVERIFY(after.startsWith(u"evt_"_s));
        // The first page holds the oldest fifty: customer 7's first name applied, so far.
        QCOMPARE(customer(id, FakeStripe::customerId(7)).value("full_name"_L1).toString(), u"Name 7"_s);

        m_stripe.clearRequests();
        const SyncResult rest = m_h.sync(u"feed"_s, u"customers"_s);
        QVERIFY2(rest.succeeded(), qPrintable(rest.error));
        QCOMPARE(rest.recordsRead, 200);         // 50 + 200 = 250: each event once
        QCOMPARE(m_stripe.requests().size(), 2); // two pages of a hundred, forwards
        QCOMPARE(m_stripe.requests().first().query.queryItemValue(u"ending_before"_s), after);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(customer(id, FakeStripe::customerId(i)).value("full_name"_L1).toString(), u"Name %1"_s.arg(200 + i));
    }

    // Stripe keeps events for 30 days: a checkpoint older than that reads the list in full again
    // (and notes the newest event for the next run).
    void historyGoneFallsBackToTheList()
    {
        m_stripe.setCustomerCount(300);
        const qint64 id = addStripe(u"old"_s);
        QVERIFY(m_h.sync(u"old"_s, u"customers"_s).succeeded());
        QJsonObject stale = m_h.checkpoint(id, u"customers"_s);
        stale.insert(u"events_checked_at"_s, QDateTime::currentSecsSinceEpoch() - 31 * 24 * 3600);
        QVERIFY(m_h.setCheckpoint(id, u"customers"_s, stale));
        m_stripe.renameCustomer(9, u"Changed Without An Event"_s); // only a read of the list sees it
        m_stripe.clearRequests();
        QStringList log;
        const SyncResult r = m_h.sync(u"old"_s, u"customers"_s, false, &log);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 300);
        QVERIFY2(log.join(u'\n').contains(u"older than Stripe keeps"_s), qPrintable(log.join(u'\n')));
        QCOMPARE(customer(id, FakeStripe::customerId(9)).value("full_name"_L1).toString(), u"Changed Without An Event"_s);
        QVERIFY(m_h.checkpoint(id, u"customers"_s).value("events_checked_at"_L1).toInteger() > QDateTime::currentSecsSinceEpoch() - 600);
    }

    // The last event applied is no longer kept, but the feed was read to its end recently: the events
    // since then are found by time (created[gte]), not by reading the list.
    void purgedCursorIsFoundByTime()
    {
        m_stripe.setCustomerCount(30);
        const qint64 id = addStripe(u"quiet"_s);
        QVERIFY(m_h.sync(u"quiet"_s, u"customers"_s).succeeded());
        m_stripe.updateCustomer(1, u"First Change"_s);
        QVERIFY(m_h.sync(u"quiet"_s, u"customers"_s).succeeded());
        QVERIFY(m_h.checkpoint(id, u"customers"_s).value("events_after"_L1).toString().startsWith(u"evt_"_s));
        advanceClock(31 * 24 * 3600); // Stripe's clock: that event is gone
        m_stripe.updateCustomer(2, u"Second Change"_s);
        m_stripe.clearRequests();
        QStringList log;
        const SyncResult r = m_h.sync(u"quiet"_s, u"customers"_s, false, &log);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 1);
        QVERIFY2(log.join(u'\n').contains(u"is no longer kept"_s), qPrintable(log.join(u'\n')));
        QCOMPARE(m_stripe.requestCount(u"/v1/customers"_s), 0);
        QCOMPARE(customer(id, FakeStripe::customerId(2)).value("full_name"_L1).toString(), u"Second Change"_s);
    }

    // A checkpoint written before the Events API (created_gte alone) still reads only the new
    // records, and notes the newest event so the next run reads the events.
    void checkpointOfBeforeTheEventsStillReadsOnlyNewRecords()
    {
        m_stripe.setCustomerCount(261);
        const qint64 id = addStripe(u"inc"_s);
        QVERIFY(m_h.sync(u"inc"_s, u"customers"_s).succeeded());
        QVERIFY(m_h.setCheckpoint(id, u"customers"_s, {{u"created_gte"_s, FakeStripe::kEpoch + 260 / 2}}));
        m_stripe.clearRequests();
        const SyncResult old = m_h.sync(u"inc"_s, u"customers"_s);
        QVERIFY2(old.succeeded(), qPrintable(old.error));
        QCOMPARE(old.recordsRead, 1); // created ≥ the newest second: customer 260 again
        QVERIFY(m_stripe.requests().last().query.hasQueryItem(u"created[gte]"_s));
        QVERIFY(m_h.checkpoint(id, u"customers"_s).value("events_after"_L1).isString());
    }

    // A record deleted and then synced again (a restored one) is live again.
    void aRecordSyncedAgainIsLiveAgain()
    {
        m_stripe.setCustomerCount(20);
        const qint64 id = addStripe(u"back"_s);
        QVERIFY(m_h.sync(u"back"_s, u"customers"_s).succeeded());
        m_stripe.deleteCustomer(4);
        QVERIFY(m_h.sync(u"back"_s, u"customers"_s).succeeded());
        QVERIFY(customer(id, FakeStripe::customerId(4), RecordStore::Deleted::Hidden).isEmpty());
        m_stripe.updateCustomer(4, u"Restored"_s); // as a source that restores archived records would report it
        QVERIFY(m_h.sync(u"back"_s, u"customers"_s).succeeded());
        const QJsonObject back = customer(id, FakeStripe::customerId(4), RecordStore::Deleted::Hidden);
        QCOMPARE(back.value("full_name"_L1).toString(), u"Restored"_s);
        QVERIFY(!back.contains("deleted_at"_L1));
    }

    // QuickBooks: after a walk of the query API, one Change Data Capture request brings what changed
    // since the walk began — a new and a renamed customer, one made inactive (QuickBooks' deletion of
    // a customer), a deleted invoice — and marks the deleted ones.
    void quickBooksChangesComeFromChangeDataCapture()
    {
        m_qbo.setCounts(2500, 40);
        const qint64 id = addQuickBooks(u"books"_s, 4); // the walk in windows
        SyncResult r = m_h.sync(u"books"_s, u"customers"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 2500);
        QVERIFY(r.partitions > 1);
        QVERIFY2(m_h.sync(u"books"_s, u"invoices"_s).succeeded(), "invoices");
        QVERIFY(m_h.checkpoint(id, u"customers"_s).value("changed_since"_L1).isString());

        m_qbo.addCustomer(u"Brand New Ltd"_s);
        m_qbo.renameCustomer(10, u"Renamed Customer"_s);
        m_qbo.deactivateCustomer(20);
        m_qbo.deleteInvoice(7);
        m_qbo.clearRequests();
        r = m_h.sync(u"books"_s, u"customers"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 3);
        QCOMPARE(r.recordsDeleted, 1);
        QCOMPARE(m_qbo.requests().size(), 1);
        QVERIFY(m_qbo.requests().first().path.endsWith(u"/cdc"_s));
        QCOMPARE(m_qbo.requests().first().query.queryItemValue(u"entities"_s), u"Customer"_s);
        QCOMPARE(customer(id, u"11"_s).value("full_name"_L1).toString().isEmpty(), false);
        QCOMPARE(customer(id, u"11"_s).value("company"_L1).toString(), u"Company 10 & Sons"_s);
        QVERIFY(customer(id, u"21"_s).value("deleted_at"_L1).isString());
        QVERIFY(customer(id, u"21"_s, RecordStore::Deleted::Hidden).isEmpty());
        QCOMPARE(m_h.records(id, RecordKind::Customer).size(), 2500); // 2500 - 1 + 1

        const SyncResult invoices = m_h.sync(u"books"_s, u"invoices"_s);
        QVERIFY2(invoices.succeeded(), qPrintable(invoices.error));
        QCOMPARE(invoices.recordsDeleted, 1);
        QCOMPARE(m_h.records(id, RecordKind::Invoice).size(), 39);
        QCOMPARE(m_h.records(id, RecordKind::Invoice, RecordStore::Deleted::Included).size(), 40);
    }

    // More changes than one answer holds (1,000): they are applied, and the changed records are read
    // by query from the last sync's time, so none is missed; a checkpoint older than QuickBooks' 30
    // days of change data is read by query too.
    void quickBooksBeyondWhatChangeDataHolds()
    {
        m_qbo.setCounts(1500, 0);
        const qint64 id = addQuickBooks(u"busy"_s);
        QVERIFY(m_h.sync(u"busy"_s, u"customers"_s).succeeded());
        for (int i = 0; i < 1200; ++i)
            m_qbo.renameCustomer(i, u"Bulk Edit %1"_s.arg(i));
        m_qbo.deactivateCustomer(1300);
        QStringList log;
        SyncResult r = m_h.sync(u"busy"_s, u"customers"_s, false, &log);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QVERIFY2(log.join(u'\n').contains(u"limit of 1000 changes"_s), qPrintable(log.join(u'\n')));
        QCOMPARE(customer(id, u"1200"_s).value("full_name"_L1).toString().isEmpty(), false);
        for (const int i : {0, 999, 1199})
            QCOMPARE(m_h.scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ? AND external_id = ? AND CAST(raw AS TEXT) LIKE ?"_s,
                                {id, QString::number(i + 1), u"%%Bulk Edit %1\"%%"_s.arg(i)}),
                     qint64(1));
        QVERIFY(m_h.checkpoint(id, u"customers"_s).value("changed_since"_L1).isString());

        QJsonObject old = m_h.checkpoint(id, u"customers"_s);
        old.insert(u"changed_since"_s, QDateTime::currentDateTimeUtc().addDays(-31).toString(Qt::ISODate));
        QVERIFY(m_h.setCheckpoint(id, u"customers"_s, old));
        m_qbo.renameCustomer(5, u"After A Long Pause"_s);
        m_qbo.clearRequests();
        log.clear();
        r = m_h.sync(u"busy"_s, u"customers"_s, false, &log);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QVERIFY2(log.join(u'\n').contains(u"reading by query"_s), qPrintable(log.join(u'\n')));
        QVERIFY(!m_qbo.requests().first().path.endsWith(u"/cdc"_s));
        QCOMPARE(
            m_h.scalar(u"SELECT count(*) FROM unified_customers WHERE connection_id = ? AND CAST(raw AS TEXT) LIKE '%After A Long Pause%'"_s, {id}),
            qint64(1));
        // The walk noted a new time: the next run is Change Data Capture again.
        m_qbo.clearRequests();
        QVERIFY(m_h.sync(u"busy"_s, u"customers"_s).succeeded());
        QVERIFY(m_qbo.requests().first().path.endsWith(u"/cdc"_s));
    }

    // Slack: a member deactivated since the last sync is marked deleted (bots are never stored).
    void slackDeactivatedMembersAreMarked()
    {
        m_slack.setUsers(60);
        const qint64 id = m_h.addConnection(u"team"_s, u"slack"_s,
                                            {{u"api_base"_s, QString(m_slack.baseUrl().toString() + u"/api"_s)}, {u"requests_per_second"_s, u"0"_s}},
                                            {{u"bot_token"_s, QString::fromLatin1(FakeSlack::kBotToken)}});
        SyncResult r = m_h.sync(u"team"_s, u"users"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        const qsizetype live = m_h.records(id, RecordKind::Customer).size();
        QCOMPARE(r.recordsDeleted, 0); // the members deactivated before were never stored
        m_slack.deactivateUser(0);
        r = m_h.sync(u"team"_s, u"users"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsDeleted, 1);
        QCOMPARE(m_h.records(id, RecordKind::Customer).size(), live - 1);
        QVERIFY(customer(id, u"U1000"_s).value("deleted_at"_L1).isString());
    }

    // HubSpot: contacts deleted (archived) since the last sync are marked, by the incremental
    // search's run (sequential and partitioned) and by a full read; a contact changed in the same
    // run stays live.
    void hubSpotArchivedContactsAreMarked()
    {
        m_hub.setContactCount(600);
        const QJsonObject settings{
            {u"api_base"_s, m_hub.baseUrl().toString()}, {u"requests_per_second"_s, u"0"_s}, {u"search_requests_per_second"_s, u"0"_s}};
        const qint64 one = m_h.addConnection(u"hub1"_s, u"hubspot"_s, settings, {{u"access_token"_s, m_hub.privateAppToken()}});
        QJsonObject partitioned = settings;
        partitioned.insert(u"concurrency"_s, u"3"_s);
        const qint64 three = m_h.addConnection(u"hub3"_s, u"hubspot"_s, partitioned, {{u"access_token"_s, m_hub.privateAppToken()}});
        for (const QString &name : {u"hub1"_s, u"hub3"_s}) {
            const SyncResult r = m_h.sync(name, u"customers"_s);
            QVERIFY2(r.succeeded(), qPrintable(r.error));
            QCOMPARE(r.recordsDeleted, 0);
        }
        QCOMPARE(m_h.records(one, RecordKind::Customer).size(), 600);
        m_hub.archiveContact(7);
        m_hub.archiveContact(420);
        for (qint64 i = 100; i < 350; ++i) // enough changes for the partitioned run to plan windows
            m_hub.touchContact(i, u"Renamed"_s);
        m_hub.archiveContact(200); // changed, then deleted
        for (const qint64 id : {one, three}) {
            m_hub.clearRequests();
            const SyncResult r = m_h.sync(id == one ? u"hub1"_s : u"hub3"_s, u"customers"_s);
            QVERIFY2(r.succeeded(), qPrintable(r.error));
            QCOMPARE(r.recordsDeleted, 3);
            QCOMPARE(m_h.records(id, RecordKind::Customer).size(), 597);
            for (const qint64 index : {7, 200, 420}) {
                const QJsonObject c = customer(id, FakeHubSpot::contactId(index));
                QCOMPARE(QDateTime::fromString(c.value("deleted_at"_L1).toString(), Qt::ISODateWithMs),
                         QDateTime::fromString(m_hub.contact(index).value("archivedAt"_L1).toString(), Qt::ISODateWithMs));
            }
            QCOMPARE(customer(id, FakeHubSpot::contactId(150)).value("first_name"_L1).toString(), u"Renamed"_s);
            QVERIFY(customer(id, FakeHubSpot::contactId(150)).value("deleted_at"_L1).isUndefined());
            qsizetype archivedReads = 0, searches = 0;
            for (const auto &request : m_hub.requests()) {
                archivedReads += request.query.queryItemValue(u"archived"_s) == "true"_L1;
                searches += request.path.endsWith(u"/search"_s);
            }
            QCOMPARE(archivedReads, 1);
            QVERIFY(searches >= 3); // read by search, not by listing every contact again
        }
        QCOMPARE(m_h.scalar(u"SELECT COUNT(*) FROM sync_metrics WHERE records_deleted = 3"_s), 2);

        // A full read marks what was archived since, too; what was marked before is not counted again.
        m_hub.archiveContact(9);
        const SyncResult r = m_h.sync(u"hub1"_s, u"customers"_s, true);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsDeleted, 1);
        QCOMPARE(m_h.records(one, RecordKind::Customer).size(), 596);
    }

    // Salesforce: records deleted since the last sync (in the recycle bin) come back from queryAll
    // with IsDeleted and are marked, by the REST read and by the Bulk API 2.0 queryAll job alike;
    // an invoice (opportunity) too.
    void salesforceDeletedRecordsAreMarked()
    {
        m_sf.setRecordCount(u"Contact"_s, 300);
        m_sf.setRecordCount(u"Opportunity"_s, 40);
        const QJsonObject settings{
            {u"login_url"_s, m_sf.baseUrl().toString()}, {u"client_id"_s, u"3MVG9-orion"_s}, {u"requests_per_second"_s, u"0"_s}};
        const QHash<QString, QString> secrets{{u"refresh_token"_s, m_sf.currentRefreshToken()}, {u"client_secret"_s, u"sf-consumer-secret"_s}};
        QJsonObject bulk = settings;
        bulk.insert(u"bulk_query_threshold"_s, u"1"_s);
        bulk.insert(u"concurrency"_s, u"2"_s);
        QJsonObject rest = settings;
        rest.insert(u"bulk_query_threshold"_s, u"0"_s);
        const qint64 restId = m_h.addConnection(u"sf-rest"_s, u"salesforce"_s, rest, secrets);
        const qint64 bulkId = m_h.addConnection(u"sf-bulk"_s, u"salesforce"_s, bulk, secrets);
        for (const QString &name : {u"sf-rest"_s, u"sf-bulk"_s}) {
            QVERIFY2(m_h.sync(name, u"contacts"_s).succeeded(), qPrintable(name));
            QVERIFY2(m_h.sync(name, u"opportunities"_s).succeeded(), qPrintable(name));
        }
        m_sf.deleteRecord(u"Contact"_s, 12);
        m_sf.deleteRecord(u"Contact"_s, 250);
        m_sf.touch(u"Contact"_s, 40);
        m_sf.deleteRecord(u"Opportunity"_s, 3);
        for (const qint64 id : {restId, bulkId}) {
            const QString name = id == restId ? u"sf-rest"_s : u"sf-bulk"_s;
            SyncResult r = m_h.sync(name, u"contacts"_s);
            QVERIFY2(r.succeeded(), qPrintable(r.error));
            QCOMPARE(r.recordsDeleted, 2);
            QVERIFY(r.recordsRead >= 3 && r.recordsRead <= 4); // what changed since (two deletions, one update) and the newest of before
            QCOMPARE(m_h.records(id, RecordKind::Customer).size(), 298);
            const QJsonObject gone = customer(id, u"003%1"_s.arg(12, 15, 10, QChar(u'0')));
            QVERIFY2(gone.value("deleted_at"_L1).isString(), QJsonDocument(gone).toJson().constData());
            r = m_h.sync(name, u"opportunities"_s);
            QVERIFY2(r.succeeded(), qPrintable(r.error));
            QCOMPARE(r.recordsDeleted, 1);
            QCOMPARE(m_h.records(id, RecordKind::Invoice).size(), 39);
            // A full read of the list reads the recycle bin as well and counts nothing twice.
            r = m_h.sync(name, u"contacts"_s, true);
            QVERIFY2(r.succeeded(), qPrintable(r.error));
            QCOMPARE(r.recordsDeleted, 0);
            QCOMPARE(m_h.records(id, RecordKind::Customer).size(), 298);
        }
        qsizetype queryAll = 0, bulkQueryAll = 0;
        for (const auto &request : m_sf.requests()) {
            queryAll += request.path.endsWith(u"/queryAll"_s);
            bulkQueryAll += request.path.endsWith(u"/jobs/query"_s) && request.body.contains("\"queryAll\"");
        }
        QVERIFY(queryAll >= 3);
        QVERIFY(bulkQueryAll >= 3);
    }

    // `orion records` hides deleted records unless --include-deleted.
    void cliHidesDeletedRecordsUnlessAsked()
    {
        m_stripe.setCustomerCount(10);
        addStripe(u"cli"_s);
        QVERIFY(m_h.sync(u"cli"_s, u"customers"_s).succeeded());
        m_stripe.deleteCustomer(0);
        QVERIFY(m_h.sync(u"cli"_s, u"customers"_s).succeeded());
        QTemporaryDir dir;
        const QHash<QString, QString> env{{u"ORION_DB_PASSWORD"_s, Test::EngineDatabases::password()},
                                          {u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)}};
        const QStringList args{u"--db"_s, m_h.config.toUrl(), u"records"_s, u"cli"_s, u"--stream"_s, u"customers"_s};
        auto o = Test::runProgram(QStringLiteral(ORION_CLI_PATH), args, env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(o.out.count(u'\n'), 9);
        QVERIFY(!o.out.contains(FakeStripe::customerId(0)));
        o = Test::runProgram(QStringLiteral(ORION_CLI_PATH), args + QStringList{u"--include-deleted"_s}, env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const QStringList lines = o.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 10);
        const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(first.value("external_id"_L1).toString(), FakeStripe::customerId(0));
        QVERIFY(first.value("deleted_at"_L1).isString());
        QCOMPARE(QJsonDocument::fromJson(lines.at(1).toUtf8()).object().value("deleted_at"_L1), QJsonValue(QJsonValue::Undefined));
    }
};

QTEST_GUILESS_MAIN(TstChanges)
#include "tst_changes.moc"

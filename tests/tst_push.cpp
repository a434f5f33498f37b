// Push with a dry run: the plan (create / update with a field-by-field diff / unchanged / refused
// and why) found by reading the target, the same plan printed by `orion push --dry-run`, and the
// Push dialog walked as a user would — source, Dry Run, the plan, Apply — against the HubSpot fake,
// with the outcome recorded in Activity; Stripe updates by id what a dry run matched.
#include "fakehubspot.h"
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "connections/pushdialog.h"
#include "runtime/credentialstore.h"
#include "services/pushplanner.h"
#include "services/syncservice.h"
#include "store/connectionstore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeHubSpot;
using Orion::Fakes::FakeStripe;

class TstPush : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeHubSpot m_hub;
    FakeStripe m_stripe;
    DatabaseConfig m_db;
    std::shared_ptr<CredentialStore> m_credentials;
    UnifiedCustomers m_crm; // the target's records after its first read
    int m_counter = 0;

    static UnifiedCustomer customer(const QString &id, const QString &first, const QString &last, const QString &email)
    {
        UnifiedCustomer c;
        c.source = u"stripe"_s;
        c.externalId = id;
        c.firstName = first;
        c.lastName = last;
        c.email = email;
        return c;
    }

    qint64 addConnection(const QString &name, const QString &connector, const QJsonObject &settings)
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        ConnectionStore::NewConnection c = Test::newConnection(name, connector);
        for (auto it = settings.begin(); it != settings.end(); ++it)
            c.settings.insert(it.key(), it.value());
        const qint64 id = ConnectionStore(*w).createConnection(c, &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        return id;
    }

    UnifiedCustomers stored(const QString &connection)
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        UnifiedCustomers out;
        if (!PushPlanner::storedCustomers(*w, connection, {}, &out, &error))
            qFatal("%s", qPrintable(error));
        return out;
    }

    // The source: five customers of a Stripe connection's store, against the CRM's contacts.
    UnifiedCustomers sourceRecords()
    {
        UnifiedCustomer changed = m_crm.at(0);
        changed.source = u"stripe"_s;
        changed.externalId = u"cus_A"_s;
        changed.phone = u"+12125550199"_s;
        changed.company = u"Initech"_s;
        UnifiedCustomer same = m_crm.at(1);
        same.source = u"stripe"_s;
        same.externalId = u"cus_B"_s;
        same.email = same.email.toUpper(); // e-mail addresses match whatever their case
        return {changed, same, customer(u"cus_C"_s, u"Nina"_s, u"New"_s, u"nina.new@example.net"_s),
                customer(u"cus_D"_s, u"Bad"_s, u"Address"_s, u"not-an-address"_s),
                customer(u"cus_E"_s, u"Nina"_s, u"Again"_s, u" Nina.New@example.net"_s)};
    }

    void storeSource(const UnifiedCustomers &records)
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        const auto shop = ConnectionStore(*w).connectionByName(u"shop"_s, &error);
        Page page;
        page.customers = records;
        for (UnifiedCustomer &c : page.customers)
            c.connectionId = shop->id;
        page.sourceRecords = page.customers.size();
        page.done = true;
        qint64 written = 0;
        QVERIFY2(RecordStore(*w).writePage(shop->id, u"customers"_s, page, &written, &error), qPrintable(error));
    }

    static void checkPlan(const PushPlan &plan)
    {
        QCOMPARE(plan.items.size(), 5);
        QCOMPARE(plan.items.at(0).action, PushItem::Action::Update);
        QStringList fields;
        for (const PushChange &c : plan.items.at(0).changes)
            fields << c.field;
        QCOMPARE(fields, (QStringList{u"phone"_s, u"company"_s}));
        QCOMPARE(plan.items.at(0).changes.first().after, u"+12125550199"_s);
        QVERIFY(!plan.items.at(0).targetId.isEmpty());
        QCOMPARE(plan.items.at(1).action, PushItem::Action::Unchanged);
        QCOMPARE(plan.items.at(2).action, PushItem::Action::Create);
        QCOMPARE(plan.items.at(3).action, PushItem::Action::Refused);
        QVERIFY2(plan.items.at(3).reason.contains(u"not a valid e-mail"_s), qPrintable(plan.items.at(3).reason));
        QCOMPARE(plan.items.at(4).action, PushItem::Action::Refused); // the same address as record 3
        QVERIFY2(plan.items.at(4).reason.contains(u"3"_s), qPrintable(plan.items.at(4).reason));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 9));
        QVERIFY(m_dir.isValid());
        QVERIFY(m_hub.start());
        QVERIFY(m_stripe.start());
        m_hub.setSearchRateLimit(0);
    }

    void init()
    {
        m_db = DatabaseConfig::sqlite(m_dir.filePath(u"push%1.db"_s.arg(++m_counter)));
        QString error;
        QVERIFY(Workspace::open(m_db, {}, &error));
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        m_hub.setContactCount(20);
        m_hub.clearUpserted();
        addConnection(u"shop"_s, u"stripe"_s, {{u"api_base"_s, m_stripe.baseUrl().toString()}});
        addConnection(u"crm"_s, u"hubspot"_s,
                      {{u"api_base"_s, m_hub.baseUrl().toString()}, {u"requests_per_second"_s, u"0"_s}, {u"search_requests_per_second"_s, u"0"_s}});
        QVERIFY(m_credentials->setSecret(Test::owner(u"crm"_s), u"access_token"_s, m_hub.privateAppToken(), &error));
        QVERIFY(m_credentials->setSecret(Test::owner(u"shop"_s), u"api_key"_s, m_stripe.apiKey(), &error));
        SyncRequest request;
        request.database = m_db;
        request.connection = u"crm"_s;
        QVERIFY(SyncJob(request, m_credentials).run().first().succeeded());
        m_crm = stored(u"crm"_s);
        QCOMPARE(m_crm.size(), 20);
    }

    // The rules of the plan, on records alone.
    void planRules()
    {
        const PushPlan plan = PushPlanner::plan(u"crm"_s, sourceRecords(), m_crm);
        checkPlan(plan);
        QCOMPARE(plan.toWrite().size(), 2);
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value("creates"_L1).toInt(), 1);
        QCOMPARE(json.value("updates"_L1).toInt(), 1);
        QCOMPARE(json.value("unchanged"_L1).toInt(), 1);
        QCOMPARE(json.value("refused"_L1).toInt(), 2);
        const QJsonObject update = json.value("records"_L1).toArray().first().toObject();
        QCOMPARE(update.value("changes"_L1).toObject().value("phone"_L1).toObject().value("after"_L1).toString(), u"+12125550199"_s);
        // An empty value never erases the target's.
        UnifiedCustomer sparse = m_crm.at(2);
        sparse.phone.clear();
        sparse.company.clear();
        QCOMPARE(PushPlanner::plan(u"crm"_s, {sparse}, m_crm).items.first().action, PushItem::Action::Unchanged);
    }

    // `orion push --dry-run --json` prints the plan and writes nothing.
    void cliDryRunPrintsThePlan()
    {
        storeSource(sourceRecords());
        QTemporaryDir config;
        const QHash<QString, QString> env{{u"XDG_CONFIG_HOME"_s, config.filePath(u"config"_s)},
                                          {u"ORION_SECRET_CRM_ACCESS_TOKEN"_s, m_hub.privateAppToken()}};
        const auto o = Test::runProgram(QStringLiteral(ORION_CLI_PATH),
                                        {u"--db"_s, m_db.sqlitePath, u"push"_s, u"crm"_s, u"--stream"_s, u"customers"_s, u"--from-connection"_s,
                                         u"shop"_s, u"--dry-run"_s, u"--json"_s},
                                        env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const QJsonObject plan = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(plan.value("target"_L1).toString(), u"crm"_s);
        QCOMPARE(plan.value("records"_L1).toArray().size(), 5);
        QStringList actions;
        for (const QJsonValue &r : plan.value("records"_L1).toArray())
            actions << r.toObject().value("action"_L1).toString();
        QCOMPARE(actions, (QStringList{u"update"_s, u"unchanged"_s, u"create"_s, u"refused"_s, u"refused"_s}));
        QVERIFY(m_hub.upserted().isEmpty()); // a dry run writes nothing
        // A filter narrows the source.
        const auto filtered = Test::runProgram(QStringLiteral(ORION_CLI_PATH),
                                               {u"--db"_s, m_db.sqlitePath, u"push"_s, u"crm"_s, u"--stream"_s, u"customers"_s,
                                                u"--from-connection"_s, u"shop"_s, u"--filter"_s, u"nina"_s, u"--dry-run"_s, u"--json"_s},
                                               env);
        QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.err));
        QCOMPARE(QJsonDocument::fromJson(filtered.out.toUtf8()).object().value("records"_L1).toArray().size(), 2);
    }

    // The dialog: source → Dry Run → the plan → Apply, with screenshots; only the creates and updates
    // are written, and the push is a run of the target in Activity with a line per record.
    void dialogDryRunThenApply()
    {
        storeSource(sourceRecords());
        SyncService sync(m_credentials);
        sync.setDatabase(m_db, {});
        PushDialog dialog(&sync, u"crm"_s, {u"shop"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.applyButton()->isEnabled()); // nothing to apply before a dry run
        QVERIFY(dialog.applyButton()->toolTip().contains(u"dry run"_s));
        dialog.setSourceConnection(u"shop"_s);
        QSignalSpy shown(&dialog, &PushDialog::planShown);
        QTest::mouseClick(dialog.dryRunButton(), Qt::LeftButton);
        QVERIFY(shown.wait(OrionTest::EventTimeout));
        checkPlan(dialog.plan());
        QCOMPARE(dialog.planView()->model()->rowCount(), 5);
        QVERIFY(dialog.planView()->model()->index(0, 2).data().toString().contains(u"+12125550199"_s));
        QVERIFY(dialog.applyButton()->isEnabled());
        QVERIFY(m_hub.upserted().isEmpty());
        QVERIFY(dialog.grab().save(Test::screenshotPath(u"push-dry-run.png"_s)));

        QSignalSpy finished(&dialog, &PushDialog::applyFinished);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QVERIFY(finished.wait(OrionTest::EventTimeout));
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(u"1 created, 1 updated, 0 failed"_s), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.applyButton()->isEnabled()); // the target changed: dry-run again first
        QVERIFY(dialog.grab().save(Test::screenshotPath(u"push-applied.png"_s)));
        const auto upserted = m_hub.upserted();
        QCOMPARE(upserted.size(), 2);
        QVERIFY(upserted.contains(u"nina.new@example.net"_s));
        QVERIFY(upserted.contains(m_crm.at(0).email));
        QCOMPARE(upserted.value(m_crm.at(0).email).value("company"_L1).toString(), u"Initech"_s);

        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        const QList<SyncRun> runs = ConnectionStore(*w).runs({}, &error);
        QVERIFY(!runs.isEmpty());
        const SyncRun &push = runs.first();
        QCOMPARE(push.connectionName, u"crm"_s);
        QCOMPARE(push.recordsWritten, 2);
        QCOMPARE(push.recordsFailed, 2); // the refused ones
        QCOMPARE(push.status, SyncRun::Status::Partial);
        QVERIFY2(push.log.contains(u"created Nina New <nina.new@example.net>"_s), qPrintable(push.log));
        QVERIFY2(push.log.contains(u"(phone, company)"_s), qPrintable(push.log));
        QVERIFY2(push.log.contains(u"refused Bad Address <not-an-address>"_s), qPrintable(push.log));
        QVERIFY2(push.log.contains(u"unchanged"_s), qPrintable(push.log));
    }

    // Stripe has no upsert: what a dry run matched is updated by id (POST /v1/customers/{id}).
    void stripeUpdatesWhatTheDryRunMatched()
    {
        m_stripe.resetChanges();
        m_stripe.setCustomerCount(5);
        SyncRequest read;
        read.database = m_db;
        read.connection = u"shop"_s;
        read.stream = u"customers"_s;
        QVERIFY(SyncJob(read, m_credentials).run().first().succeeded());
        UnifiedCustomer known = stored(u"shop"_s).at(2);
        known.externalId = u"crm-7"_s;
        known.firstName = u"Renamed"_s;
        known.fullName = u"Renamed Person"_s;
        const UnifiedCustomers records{known, customer(u"crm-8"_s, u"Brand"_s, u"New"_s, u"brand.new@example.net"_s)};
        PushPlan plan;
        QString error;
        QVERIFY2(PushPlanner::dryRun(read, m_credentials, records, {}, nullptr, &plan, &error), qPrintable(error));
        QCOMPARE(plan.count(PushItem::Action::Update), 1);
        QCOMPARE(plan.count(PushItem::Action::Create), 1);
        const PushResult r = PushPlanner::apply(read, m_credentials, plan, {}, nullptr);
        QCOMPARE(r.write.updated, 1);
        QCOMPARE(r.write.created, 1);
        QCOMPARE(m_stripe.updatedCustomers().size(), 1);
        QCOMPARE(m_stripe.updatedCustomers().first().first, plan.items.first().targetId);
        QCOMPARE(m_stripe.createdCustomers().size(), 1);
    }
};

QTEST_MAIN(TstPush)
#include "tst_push.moc"

// Drift alarms from approved mappings, on SQLite files and on the real PostgreSQL server: a sync
// that finds an approved rule's source field gone or retyped marks the connection degraded with the
// field named (health, the run, Activity's rows), per stream, until the rule is approved again; a
// Slack "drift" rule posts once per change; `orion spec test --cassette --connection` reports the
// same against a recording, without storing anything.
#include "fakeledgerly.h"
#include "fakeslack.h"
#include "fakestripe.h"
#include "testsupport.h"

#include "adapters/declarative/connectorspec.h"
#include "runtime/credentialstore.h"
#include "services/alerts.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/mappingstore.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeLedgerly;
using Orion::Fakes::FakeSlack;
using Orion::Fakes::FakeStripe;

class TstDrift : public QObject
{
    Q_OBJECT

    Test::EngineDatabases m_databases;
    FakeStripe m_stripe;
    FakeSlack m_slack;
    FakeLedgerly m_ledgerly;
    DatabaseConfig m_db;
    std::shared_ptr<CredentialStore> m_credentials;

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
        ConnectionStore::NewConnection c;
        c.name = name;
        c.connectorId = connector;
        c.settings = settings;
        QString error;
        const qint64 id = ConnectionStore(*w).createConnection(Test::withUid(c), &error);
        if (!id)
            qFatal("%s", qPrintable(error));
        return id;
    }

    qint64 addStripe(const QString &name)
    {
        QString error;
        m_credentials->setSecret(Test::owner(name), u"api_key"_s, m_stripe.apiKey(), &error);
        return addConnection(name, u"stripe"_s,
                             {{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, u"0"_s}, {u"concurrency"_s, u"1"_s}});
    }

    // Suggests and approves one rule per (target, source) pair; returns the ids by target field.
    QHash<QString, qint64> approve(qint64 connectionId, const QString &stream, const QList<std::pair<QString, QString>> &rules,
                                   MappingTarget target = MappingTarget::Customer)
    {
        auto w = open();
        MappingStore mappings(*w);
        MappingSuggestions suggestions;
        for (const auto &[field, path] : rules) {
            MappingSuggestion s;
            s.targetField = field;
            s.sourcePath = path;
            s.transformation = field == "created_at"_L1 ? Transformation::ParseDatetime : Transformation::None;
            s.confidence = 0.95;
            s.reasoning = u"test"_s;
            suggestions << s;
        }
        QString error;
        if (mappings.saveSuggestions(connectionId, stream, target, suggestions, &error) != rules.size())
            qFatal("%s", qPrintable(error));
        QHash<QString, qint64> ids;
        for (const StoredMapping &m : mappings.list(connectionId, stream, &error))
            ids.insert(m.suggestion.targetField, m.id);
        if (!mappings.decide(ids.values(), StoredMapping::Status::Approved, u"admin"_s, MappingStore::Via::Cli, &error))
            qFatal("%s", qPrintable(error));
        return ids;
    }

    SyncResult sync(const QString &connection, const QString &stream, QStringList *log = nullptr)
    {
        Test::SyncHarness h;
        h.config = m_db;
        h.credentials = m_credentials;
        return h.sync(connection, stream, false, log);
    }

    ConnectionSummary summary(qint64 id)
    {
        auto w = open();
        QString error;
        for (const ConnectionSummary &c : ConnectionStore(*w).connections(&error))
            if (c.id == id)
                return c;
        qFatal("no connection %lld: %s", id, qPrintable(error));
    }

    FieldBaselines baselines(qint64 id, const QString &stream)
    {
        auto w = open();
        QString error;
        return MappingStore(*w).baselines(id, stream, &error);
    }

    // Ledgerly's customers by offset pages of 50, with these mappings of the spec's own.
    QJsonObject ledgerlySpec(const QJsonArray &mappings) const
    {
        QJsonObject stream{{u"name"_s, u"customers"_s},         {u"kind"_s, u"customer"_s},
                           {u"path"_s, u"/offset/customers"_s}, {u"record_selector"_s, QJsonObject{{u"path"_s, u"data"_s}}},
                           {u"primary_key"_s, u"id"_s},         {u"paginator"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 50}}}};
        if (!mappings.isEmpty())
            stream.insert(u"mappings"_s, mappings);
        return QJsonObject{
            {u"spec_version"_s, 1},
            {u"name"_s, u"ledgerly"_s},
            {u"version"_s, 1},
            {u"display_name"_s, u"Ledgerly"_s},
            {u"base_url"_s, m_ledgerly.baseUrl().toString()},
            {u"authenticator"_s,
             QJsonObject{{u"type"_s, u"api_key"_s}, {u"inject_into"_s, u"header"_s}, {u"name"_s, u"X-API-Key"_s}, {u"secret"_s, u"token"_s}}},
            {u"streams"_s, QJsonArray{stream}}};
    }

    static const FieldBaseline *find(const FieldBaselines &all, const QString &field)
    {
        for (const FieldBaseline &b : all)
            if (b.targetField == field)
                return &b;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::EngineDatabases::addRows(); }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        QVERIFY(m_stripe.start());
        QVERIFY(m_slack.start());
        m_slack.setChannels(50); // C1…: the alert's channel exists
        QVERIFY(m_ledgerly.start());
        m_ledgerly.setAuth(FakeLedgerly::Auth::HeaderKey);
    }

    void init()
    {
        m_db = m_databases.fresh();
        open();
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        m_stripe.resetChanges();
        m_stripe.setCustomerCount(40);
        m_stripe.setInvoiceCount(0);
        m_stripe.setCustomerReshape({});
    }

    // A field the API stopped sending (Stripe renaming "email"): the next sync that reads records is
    // still written, but the connection turns degraded with the field named, in its health, its run
    // and the run's log; other streams' runs leave the finding standing; approving the rule again
    // accepts the new shape.
    void vanishedFieldDegradesTheConnectionUntilApprovedAgain()
    {
        const qint64 id = addStripe(u"billing"_s);
        const auto ids = approve(id, u"customers"_s, {{u"email"_s, u"email"_s}, {u"full_name"_s, u"name"_s}, {u"created_at"_s, u"created"_s}});
        SyncResult r = sync(u"billing"_s, u"customers"_s);
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QVERIFY(r.drift.isEmpty());
        QCOMPARE(summary(id).health, HealthStatus::Healthy);
        FieldBaselines seen = baselines(id, u"customers"_s);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(find(seen, u"email"_s)->records, 40);
        QCOMPARE(find(seen, u"email"_s)->present, 40);
        QCOMPARE(find(seen, u"email"_s)->type, u"string"_s);
        QCOMPARE(find(seen, u"created_at"_s)->type, u"number"_s);

        // The API changes; 20 new customers come in the next incremental read.
        m_stripe.setCustomerReshape([](QJsonObject &c) { c.insert(u"email_address"_s, c.take(u"email"_s)); });
        m_stripe.addCustomers(20);
        QStringList log;
        r = sync(u"billing"_s, u"customers"_s, &log);
        QCOMPARE(r.status, SyncRun::Status::Succeeded);
        QCOMPARE(r.recordsRead, 20); // their customer.created events
        QCOMPARE(r.drift.size(), 1);
        const DriftFinding &f = r.drift.first();
        QCOMPARE(f.targetField, u"email"_s);
        QCOMPARE(f.problem, DriftFinding::Problem::Vanished);
        QCOMPARE(f.records, r.recordsRead);
        QCOMPARE(f.present, 0);
        QVERIFY2(log.join(u'\n').contains(u"Drift: email: missing from all %1 record(s) read"_s.arg(r.recordsRead)), qPrintable(log.join(u'\n')));
        ConnectionSummary c = summary(id);
        QCOMPARE(c.health, HealthStatus::Degraded);
        QCOMPARE(driftFields(c.drift), QStringList{u"email"_s});
        {
            auto w = open();
            QString error;
            ConnectionStore::RunFilter filter;
            filter.connectionId = id;
            const QList<SyncRun> runs = ConnectionStore(*w).runs(filter, &error);
            QCOMPARE(runs.size(), 2);
            QCOMPARE(runs.first().drift, r.drift); // newest first
            QVERIFY(runs.last().drift.isEmpty());
            QVERIFY(runs.first().log.contains(u"Drift: email"_s));
        }
        // The alarm keeps its baseline: the next records without the field are drift again.
        QCOMPARE(find(baselines(id, u"customers"_s), u"email"_s)->records, 40);
        QCOMPARE(find(baselines(id, u"customers"_s), u"full_name"_s)->records, 40 + r.recordsRead);
        m_stripe.addCustomers(10);
        QCOMPARE(sync(u"billing"_s, u"customers"_s).drift.size(), 1);
        // Another stream's clean run leaves the customers' finding standing.
        QVERIFY(sync(u"billing"_s, u"invoices"_s).succeeded());
        c = summary(id);
        QCOMPARE(c.health, HealthStatus::Degraded);
        QCOMPARE(c.drift.size(), 1);
        QCOMPARE(c.drift.first().stream, u"customers"_s);
        // Approving the rule again accepts the change: its baseline starts again.
        {
            auto w = open();
            QString error;
            QVERIFY2(MappingStore(*w).decide({ids.value(u"email"_s)}, StoredMapping::Status::Approved, u"admin"_s, MappingStore::Via::Cli, &error),
                     qPrintable(error));
        }
        QCOMPARE(find(baselines(id, u"customers"_s), u"email"_s)->records, 0);
        m_stripe.addCustomers(10);
        log.clear();
        r = sync(u"billing"_s, u"customers"_s, &log);
        QVERIFY2(r.succeeded() && r.drift.isEmpty(), qPrintable(driftText(r.drift)));
        QVERIFY2(!log.join(u'\n').contains(u"Cannot"_s), qPrintable(log.join(u'\n')));
        const FieldBaseline *relearned = find(baselines(id, u"customers"_s), u"email"_s);
        QCOMPARE(relearned->records, r.recordsRead); // what the new shape holds: the field absent
        QCOMPARE(relearned->present, 0);
        c = summary(id);
        QCOMPARE(c.health, HealthStatus::Healthy);
        QVERIFY(c.drift.isEmpty());
    }

    // A field whose values changed type (a timestamp now sent as text) is named with both types; a
    // field that is now null everywhere is not retyped (null is no evidence).
    void retypedFieldIsNamedWithBothTypes()
    {
        const qint64 id = addStripe(u"typed"_s);
        approve(id, u"customers"_s, {{u"created_at"_s, u"created"_s}, {u"phone"_s, u"phone"_s}});
        QVERIFY(sync(u"typed"_s, u"customers"_s).succeeded());
        m_stripe.setCustomerReshape([](QJsonObject &c) {
            c.insert(u"created"_s, QDateTime::fromSecsSinceEpoch(c.value("created"_L1).toInteger(), QTimeZone::UTC).toString(Qt::ISODate));
            c.insert(u"phone"_s, QJsonValue());
        });
        m_stripe.addCustomers(10);
        const SyncResult r = sync(u"typed"_s, u"customers"_s);
        QCOMPARE(r.drift.size(), 1);
        const DriftFinding &f = r.drift.first();
        QCOMPARE(f.targetField, u"created_at"_s);
        QCOMPARE(f.problem, DriftFinding::Problem::Retyped);
        QCOMPARE(f.expectedType, u"number"_s);
        QCOMPARE(f.seenType, u"string"_s);
        QCOMPARE(f.mismatched, r.recordsRead);
        QVERIFY2(f.describe().contains(u"created_at ← created: was number, now string in %1 of %1"_s.arg(r.recordsRead)), qPrintable(f.describe()));
        QCOMPARE(summary(id).health, HealthStatus::Degraded);
    }

    // A Slack rule on "drift" posts when a run finds drift the connection did not have, naming the
    // field — once per change, not on every run that still sees it.
    void driftAlertPostsOncePerChange()
    {
        QString error;
        m_credentials->setSecret(Test::owner(u"team-slack"_s), u"bot_token"_s, QString::fromLatin1(FakeSlack::kBotToken), &error);
        const qint64 slack = addConnection(u"team-slack"_s, u"slack"_s,
                                           {{u"api_base"_s, QString(m_slack.baseUrl().toString() + u"/api"_s)}, {u"requests_per_second"_s, u"0"_s}});
        const qint64 id = addStripe(u"watched"_s);
        approve(id, u"customers"_s, {{u"email"_s, u"email"_s}});
        {
            auto w = open();
            AlertRule rule;
            rule.connectionId = id;
            rule.slackConnectionId = slack;
            rule.channel = u"C31"_s;
            rule.trigger = AlertRule::Trigger::Drift;
            QVERIFY2(Alerts(*w).addRule(rule, &error), qPrintable(error));
        }
        const qsizetype before = m_slack.posted().size();
        QVERIFY(sync(u"watched"_s, u"customers"_s).succeeded());
        QCOMPARE(m_slack.posted().size(), before); // no drift: no alert
        m_stripe.setCustomerReshape([](QJsonObject &c) { c.remove(u"email"_s); });
        m_stripe.addCustomers(5);
        QStringList log;
        const SyncResult drifted = sync(u"watched"_s, u"customers"_s, &log);
        QCOMPARE(drifted.drift.size(), 1);
        QVERIFY2(m_slack.posted().size() == before + 1, qPrintable(log.join(u'\n')));
        QVERIFY2(log.last().contains(u"drift alert posted to C31"_s), qPrintable(log.last()));
        const QJsonObject alert = m_slack.posted().last();
        QCOMPARE(alert.value("channel"_L1).toString(), u"C31"_s);
        const QString text = alert.value("text"_L1).toString();
        QVERIFY2(text.contains(u"degraded"_s) && text.contains(u"email"_s) && text.contains(u"(run %1)"_s.arg(drifted.runId)), qPrintable(text));
        const QString blocks = QString::fromUtf8(QJsonDocument(alert.value("blocks"_L1).toArray()).toJson());
        QVERIFY2(blocks.contains(u"Schema drift"_s) && blocks.contains(u"missing from all %1 record(s) read"_s.arg(drifted.recordsRead)),
                 qPrintable(blocks));
        // Still drifted on the next run: no second alert.
        m_stripe.addCustomers(5);
        QCOMPARE(sync(u"watched"_s, u"customers"_s).drift.size(), 1);
        QCOMPARE(m_slack.posted().size(), before + 1);
    }

    // A custom connector's own mappings (approved in the builder) are watched when the review has
    // approved none: a field the API renamed degrades the connection, named.
    void aCustomConnectorsOwnMappingsAreWatched()
    {
        ConnectorSpec spec;
        QStringList errors;
        QVERIFY(ConnectorSpec::fromJson(ledgerlySpec(QJsonArray{QJsonObject{{u"target_field"_s, u"email"_s}, {u"source_path"_s, u"email"_s}},
                                                                QJsonObject{{u"target_field"_s, u"full_name"_s}, {u"source_path"_s, u"name"_s}}}),
                                        &spec, &errors));
        QString error;
        {
            auto w = open();
            QVERIFY2(CustomConnectorStore(*w).save(spec, true, &error), qPrintable(error));
        }
        m_ledgerly.setCustomerCount(60);
        const qint64 id = addConnection(u"own-mappings"_s, u"custom:ledgerly"_s, {});
        m_credentials->setSecret(Test::owner(u"own-mappings"_s), u"token"_s, QString::fromLatin1(FakeLedgerly::kKey), &error);
        SyncResult r = sync(u"own-mappings"_s, u"customers"_s);
        QVERIFY2(r.succeeded() && r.drift.isEmpty(), qPrintable(r.error));
        m_ledgerly.setCustomerReshape([](QJsonObject &c) { c.insert(u"mail"_s, c.take(u"email"_s)); });
        const auto restore = qScopeGuard([this] { m_ledgerly.setCustomerReshape({}); });
        r = sync(u"own-mappings"_s, u"customers"_s);
        QCOMPARE(driftFields(r.drift), QStringList{u"email"_s});
        QCOMPARE(r.drift.first().records, 60);
        QCOMPARE(summary(id).health, HealthStatus::Degraded);
    }

    // orion spec test --cassette --connection: the connection's approved fields checked against a
    // recording as a sync would (exit status 3 on drift), nothing stored.
    void specTestReportsDriftAgainstARecording()
    {
        QTemporaryDir dir;
        const QJsonObject specJson = ledgerlySpec({});
        const QString specFile = dir.filePath(u"ledgerly.json"_s);
        {
            QFile f(specFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(specJson).toJson());
        }
        ConnectorSpec spec;
        QStringList errors;
        QVERIFY(ConnectorSpec::fromJson(specJson, &spec, &errors));
        QString error;
        {
            auto w = open();
            QVERIFY2(CustomConnectorStore(*w).save(spec, true, &error), qPrintable(error));
        }
        m_ledgerly.setCustomerCount(120);
        const qint64 id = addConnection(u"ledger"_s, u"custom:ledgerly"_s, {});
        m_credentials->setSecret(Test::owner(u"ledger"_s), u"token"_s, QString::fromLatin1(FakeLedgerly::kKey), &error);
        approve(id, u"customers"_s, {{u"email"_s, u"email"_s}, {u"full_name"_s, u"name"_s}});
        const SyncResult synced = sync(u"ledger"_s, u"customers"_s);
        QVERIFY2(synced.succeeded(), qPrintable(synced.error));
        const FieldBaselines seen = baselines(id, u"customers"_s);
        QCOMPARE(find(seen, u"email"_s)->present, 120);

        const QString cli = QStringLiteral(ORION_CLI_PATH);
        const QString cassette = dir.filePath(u"ledgerly.cassette.json"_s);
        const QHash<QString, QString> env{{u"ORION_SECRET_LEDGERLY_TOKEN"_s, QString::fromLatin1(FakeLedgerly::kKey)},
                                          {u"ORION_SECRET_BACKEND"_s, u"file"_s},
                                          {u"ORION_DB_PASSWORD"_s, password()},
                                          {u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)}};
        const QStringList db{u"--db"_s, m_db.toUrl()};
        auto o = Test::runProgram(cli, {u"spec"_s, u"test"_s, specFile, u"--record"_s, cassette, u"--pages"_s, u"2"_s}, env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        o = Test::runProgram(
            cli, db + QStringList{u"spec"_s, u"test"_s, specFile, u"--cassette"_s, cassette, u"--pages"_s, u"2"_s, u"--connection"_s, u"ledger"_s},
            env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(u"No drift in the 2 approved field(s) of ledger (2 with sync history)."_s), qPrintable(o.out));
        // The recording as the API answers after a change: "email" renamed.
        QFile f(cassette);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray recorded = f.readAll();
        f.close();
        QVERIFY(recorded.contains("email"));
        recorded.replace("\\\"email\\\"", "\\\"mail\\\"").replace("\"email\"", "\"mail\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(recorded);
        f.close();
        o = Test::runProgram(cli,
                             db
                                 + QStringList{u"spec"_s, u"test"_s, specFile, u"--cassette"_s, cassette, u"--pages"_s, u"2"_s, u"--connection"_s,
                                               u"ledger"_s, u"--json"_s},
                             env);
        QCOMPARE(o.exitCode, 3);
        const QJsonObject drift = QJsonDocument::fromJson(o.out.toUtf8()).object().value("drift"_L1).toObject();
        const DriftFindings findings = driftFromJson(drift.value("findings"_L1).toArray());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().targetField, u"email"_s);
        QCOMPARE(findings.first().problem, DriftFinding::Problem::Vanished);
        QCOMPARE(findings.first().records, 100);
        o = Test::runProgram(
            cli, db + QStringList{u"spec"_s, u"test"_s, specFile, u"--cassette"_s, cassette, u"--pages"_s, u"2"_s, u"--connection"_s, u"ledger"_s},
            env);
        QCOMPARE(o.exitCode, 3);
        QVERIFY2(o.out.contains(u"Drift: email: missing from all 100 record(s) read"_s), qPrintable(o.out));
        // Nothing stored: the health and baselines are as the sync left them.
        QCOMPARE(summary(id).health, HealthStatus::Healthy);
        QCOMPARE(baselines(id, u"customers"_s), seen);
        // A connection of another connector is refused by name.
        addStripe(u"not-ledgerly"_s);
        o = Test::runProgram(cli, db + QStringList{u"spec"_s, u"test"_s, specFile, u"--cassette"_s, cassette, u"--connection"_s, u"not-ledgerly"_s},
                             env);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(u"uses the connector stripe, not custom:ledgerly"_s), qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(TstDrift)
#include "tst_drift.moc"

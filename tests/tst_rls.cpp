// Row-level security on the real PostgreSQL server: two user roles and an admin, each connected as itself.
#include "testsupport.h"

#include "adapters/declarative/declarativeconnector.h"
#include "adapters/registry/connectorregistry.h"
#include "services/customconnectorservice.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/mappingstore.h"
#include "store/workspace.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {
using Result = Test::SqlResult;
Result run(const Workspace &w, const QString &sql, const QVariantList &binds = {})
{
    return Test::runSql(w, sql, binds);
}
} // namespace

class TstRls : public QObject
{
    Q_OBJECT

    DatabaseConfig m_db;
    std::unique_ptr<Workspace> m_alice, m_bob, m_carol;
    qint64 m_aliceConnection = 0;

    std::unique_ptr<Workspace> connectAs(const QString &role)
    {
        DatabaseConfig config = m_db;
        config.user = role;
        QString error;
        auto w = Workspace::open(config, role + u"-pw"_s, &error);
        if (!w)
            qFatal("cannot connect as %s: %s", qPrintable(role), qPrintable(error));
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        m_db = Test::createPostgresDatabase();
        // The superuser creates the schema (and the group roles) once.
        QString error;
        {
            auto admin = Workspace::open(m_db, Test::postgresAdminPassword(), &error);
            QVERIFY2(admin, qPrintable(error));
        }
        QVERIFY2(Test::ensureLoginRole(u"orion_alice"_s, u"orion_alice-pw"_s, u"orion_user"_s, &error), qPrintable(error));
        QVERIFY2(Test::ensureLoginRole(u"orion_bob"_s, u"orion_bob-pw"_s, u"orion_user"_s, &error), qPrintable(error));
        QVERIFY2(Test::ensureLoginRole(u"orion_carol"_s, u"orion_carol-pw"_s, u"orion_admin"_s, &error), qPrintable(error));
        m_alice = connectAs(u"orion_alice"_s);
        m_bob = connectAs(u"orion_bob"_s);
        m_carol = connectAs(u"orion_carol"_s);
        QCOMPARE(m_alice->userName(), u"orion_alice"_s);

        ConnectionStore store(*m_alice);
        m_aliceConnection = store.createConnection(Test::newConnection(u"Alice's Stripe"_s, u"stripe"_s), &error);
        QVERIFY2(m_aliceConnection, qPrintable(error));
        SyncRun r;
        r.connectionId = m_aliceConnection;
        r.stream = u"invoices"_s;
        r.startedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        r.finishedAt = QDateTime::currentDateTimeUtc();
        r.durationMs = 60000;
        QVERIFY2(store.recordSyncRun(r, &error), qPrintable(error)); // the health trigger runs as alice
        // Alice proposes two mappings; only an admin (Carol) may approve one.
        QVERIFY(run(*m_alice,
                    u"INSERT INTO schema_mappings (connection_id, source_path, target_field, confidence, "
                    "status) VALUES (?, 'email_address', 'email', 0.9, 'suggested'), "
                    "(?, 'tel', 'phone', 0.4, 'suggested')"_s,
                    {m_aliceConnection, m_aliceConnection})
                    .ok);
        const Result approved = run(*m_carol,
                                    u"UPDATE schema_mappings SET status = 'approved', decided_by = 'carol' "
                                    "WHERE connection_id = ? AND target_field = 'email'"_s,
                                    {m_aliceConnection});
        QVERIFY2(approved.ok && approved.rows == 1, qPrintable(approved.error));
        QVERIFY(run(*m_alice, u"INSERT INTO custom_connectors (name, spec) VALUES ('mine', '{}')"_s).ok);
        QVERIFY(run(*m_alice, u"SELECT orion_refresh_analytics()"_s).ok);
    }

    void cleanupTestCase()
    {
        m_alice.reset();
        m_bob.reset();
        m_carol.reset();
        Test::dropPostgresDatabase(m_db.database);
    }

    void ownerSeesOwnRows()
    {
        QCOMPARE(run(*m_alice, u"SELECT * FROM connections"_s).rows, 1);
        QCOMPARE(run(*m_alice, u"SELECT * FROM sync_metrics"_s).rows, 1);
        QCOMPARE(run(*m_alice, u"SELECT * FROM connector_health"_s).rows, 1);
        QCOMPARE(run(*m_alice, u"SELECT * FROM schema_mappings"_s).rows, 2);
        QCOMPARE(run(*m_alice, u"SELECT * FROM custom_connectors"_s).rows, 1);
        QCOMPARE(run(*m_alice, u"SELECT * FROM connector_analytics_visible"_s).rows, 1);
    }

    void otherRoleSeesNothingOfIt()
    {
        QCOMPARE(run(*m_bob, u"SELECT * FROM connections"_s).rows, 0);
        QCOMPARE(run(*m_bob, u"SELECT * FROM sync_metrics"_s).rows, 0);
        QCOMPARE(run(*m_bob, u"SELECT * FROM connector_health"_s).rows, 0);
        QCOMPARE(run(*m_bob, u"SELECT * FROM custom_connectors"_s).rows, 0);
        QCOMPARE(run(*m_bob, u"SELECT * FROM connector_analytics_visible"_s).rows, 0);
        // The materialized view itself is not readable by members (it cannot apply row security).
        const Result direct = run(*m_bob, u"SELECT * FROM connector_analytics"_s);
        QVERIFY(!direct.ok);
        QVERIFY2(direct.error.contains(u"permission denied"_s), qPrintable(direct.error));
    }

    void otherRoleCannotChangeIt()
    {
        Result r = run(*m_bob, u"UPDATE connections SET name = 'stolen' WHERE id = ?"_s, {m_aliceConnection});
        QVERIFY(r.ok);
        QCOMPARE(r.rows, 0);
        r = run(*m_bob, u"DELETE FROM connections WHERE id = ?"_s, {m_aliceConnection});
        QVERIFY(r.ok);
        QCOMPARE(r.rows, 0);
        r = run(*m_bob, u"DELETE FROM sync_metrics"_s);
        QCOMPARE(r.rows, 0);
        // Writing metrics against someone else's connection is refused.
        r = run(*m_bob,
                u"INSERT INTO sync_metrics (connection_id, stream, started_at, status) VALUES (?, 's', now(), "
                "'failed')"_s,
                {m_aliceConnection});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"row-level security"_s), qPrintable(r.error));
        // Nor can a row be created in someone else's name.
        r = run(*m_bob, u"INSERT INTO connections (name, connector_id, owner) VALUES ('x', 'stripe', 'orion_alice')"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"row-level security"_s), qPrintable(r.error));
        // Alice's data is untouched.
        QCOMPARE(run(*m_alice, u"SELECT * FROM connections WHERE name = 'Alice''s Stripe'"_s).rows, 1);
        QCOMPARE(run(*m_alice, u"SELECT * FROM sync_metrics"_s).rows, 1);
        QCOMPARE(run(*m_alice, u"SELECT * FROM connector_health WHERE status = 'healthy'"_s).rows, 1);
    }

    // The Custom Connectors view and what it registers for Add Connection: each member's own only,
    // also where two members chose the same name; another member's version cannot be deployed.
    void customConnectorCatalogIsPerMember()
    {
        QString error;
        QJsonObject alices = Test::ledgerlySpec(u"shared-name"_s, 2).json();
        alices.insert(u"display_name"_s, u"Alice's Ledger"_s);
        ConnectorSpec alice;
        QStringList errors;
        QVERIFY(ConnectorSpec::fromJson(alices, &alice, &errors));
        QVERIFY2(CustomConnectorStore(*m_alice).save(alice, true, &error), qPrintable(error));
        QVERIFY2(CustomConnectorStore(*m_bob).save(Test::ledgerlySpec(u"shared-name"_s, 1), true, &error), qPrintable(error));

        const auto bobs = CustomConnectorService::catalogOn(m_bob.get());
        QVERIFY2(bobs.error.isEmpty(), qPrintable(bobs.error));
        QCOMPARE(bobs.entries.size(), 1);
        QCOMPARE(bobs.entries.first().name, u"shared-name"_s);
        QCOMPARE(bobs.entries.first().latestVersion(), 1);
        QVERIFY(bobs.entries.first().displayName != u"Alice's Ledger"_s);
        const auto *registered = dynamic_cast<const DeclarativeConnector *>(ConnectorRegistry::instance().find(u"custom:shared-name"_s));
        QVERIFY(registered);
        QCOMPARE(registered->spec().version(), 1); // Bob's, not Alice's version 2
        QVERIFY(registered->displayName() != u"Alice's Ledger"_s);
        // Alice's version 2 is not Bob's to deploy, and Alice's "mine" not his to export.
        QVERIFY(!CustomConnectorStore(*m_bob).deploy(u"shared-name"_s, 2, &error));
        QVERIFY(!CustomConnectorStore(*m_bob).spec(u"mine"_s, 1, &error));
        QCOMPARE(CustomConnectorStore(*m_alice).deployed(u"shared-name"_s, u"orion_alice"_s, &error)->version(), 2);
        const auto alicesCatalog = CustomConnectorService::catalogOn(m_alice.get());
        QCOMPARE(alicesCatalog.entries.size(), 2); // "mine" and her "shared-name"
    }

    void approvedMappingsAreReadableByAll()
    {
        QCOMPARE(run(*m_bob, u"SELECT * FROM schema_mappings"_s).rows, 1);
        QCOMPARE(run(*m_bob, u"SELECT * FROM schema_mappings WHERE status = 'approved'"_s).rows, 1);
        const Result r = run(*m_bob, u"UPDATE schema_mappings SET status = 'rejected'"_s);
        QVERIFY(r.ok);
        QCOMPARE(r.rows, 0); // readable, not writable
    }

    // What the syncs saw of a member's mapped fields (drift alarms) is theirs: another member neither
    // reads nor changes it, nor writes a row in their connection's name to blind the alarm; an admin
    // reads it only.
    void driftBaselinesArePerMember()
    {
        QString error;
        FieldBaselines alices = MappingStore(*m_alice).baselines(m_aliceConnection, u"customers"_s, &error);
        QCOMPARE(alices.size(), 1);
        QVERIFY(alices.first().ruleKey.startsWith(u"mapping:"_s));
        FieldBaseline seen = alices.first();
        seen.records = 300;
        seen.present = 300;
        seen.type = u"string"_s;
        QVERIFY2(MappingStore(*m_alice).saveBaselines(m_aliceConnection, u"customers"_s, alices, {seen}, &error), qPrintable(error));
        QCOMPARE(run(*m_alice, u"SELECT * FROM mapping_baselines"_s).rows, 1);
        QCOMPARE(run(*m_bob, u"SELECT * FROM mapping_baselines"_s).rows, 0);
        QCOMPARE(run(*m_bob, u"UPDATE mapping_baselines SET records = 0, present = 0"_s).rows, 0);
        QCOMPARE(run(*m_bob, u"DELETE FROM mapping_baselines"_s).rows, 0);
        QCOMPARE(run(*m_carol, u"SELECT * FROM mapping_baselines"_s).rows, 1);
        QCOMPARE(run(*m_carol, u"UPDATE mapping_baselines SET records = 0, present = 0"_s).rows, 0);
        // A row in Alice's connection's name (another key, or hers: nothing to overwrite it with).
        const Result r = run(*m_bob,
                             u"INSERT INTO mapping_baselines (connection_id, stream, rule_key, target_field, source_path) "
                             "VALUES (?, 'customers', ?, 'email', 'email')"_s,
                             {m_aliceConnection, seen.ruleKey});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"row-level security"_s) || r.error.contains(u"duplicate"_s), qPrintable(r.error));
        QVERIFY(!MappingStore(*m_bob).saveBaselines(m_aliceConnection, u"customers"_s, {}, {seen}, &error));
        // Alice's syncs still see what they saw.
        const FieldBaselines after = MappingStore(*m_alice).baselines(m_aliceConnection, u"customers"_s, &error);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().records, 300);
        QCOMPARE(after.first().present, 300);
    }

    // Approval is enforced by the database, not only by the GUI.
    // Publishing: pending until an admin approves; pending entries are the submitter's and admins'.
    void marketplacePublishingNeedsAnAdmin()
    {
        // Submissions go through the definer function, in the submitter's name (tst_security_pg tries
        // the rest: forged publisher, counts and evidence).
        Result r = run(*m_bob, u"SELECT orion_submit_listing('custom:bobs-crm', 'Bob''s CRM', '', 'crm', 'free', '{}', '1', '{}')"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        r = run(*m_bob,
                u"INSERT INTO connector_marketplace (connector_id, name, publisher, category, status, submitted_by) "
                "VALUES ('custom:fake', 'Fake', 'Alice', 'crm', 'pending', 'orion_alice')"_s);
        QVERIFY(!r.ok); // not in someone else's name, nor directly at all
        QCOMPARE(run(*m_bob, u"SELECT * FROM connector_marketplace WHERE connector_id = 'custom:bobs-crm'"_s).rows, 1);
        QCOMPARE(run(*m_alice, u"SELECT * FROM connector_marketplace WHERE connector_id = 'custom:bobs-crm'"_s).rows, 0);
        r = run(*m_bob, u"UPDATE connector_marketplace SET status = 'approved' WHERE connector_id = 'custom:bobs-crm'"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"permission denied"_s), qPrintable(r.error));
        r = run(*m_carol, u"UPDATE connector_marketplace SET status = 'approved' WHERE connector_id = 'custom:bobs-crm'"_s);
        QVERIFY2(r.ok && r.rows == 1, qPrintable(r.error));
        QCOMPARE(run(*m_alice, u"SELECT * FROM connector_marketplace WHERE connector_id = 'custom:bobs-crm'"_s).rows, 1);
        // Ratings: one per user, averaged by the definer-rights trigger; nobody rates their own listing.
        QVERIFY(
            run(*m_alice,
                u"INSERT INTO marketplace_ratings (marketplace_id, stars) SELECT id, 5 FROM connector_marketplace WHERE connector_id = 'custom:bobs-crm'"_s)
                .ok);
        QVERIFY(
            run(*m_carol,
                u"INSERT INTO marketplace_ratings (marketplace_id, stars) SELECT id, 2 FROM connector_marketplace WHERE connector_id = 'custom:bobs-crm'"_s)
                .ok);
        r = run(
            *m_bob,
            u"INSERT INTO marketplace_ratings (marketplace_id, stars) SELECT id, 5 FROM connector_marketplace WHERE connector_id = 'custom:bobs-crm'"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"row-level security"_s), qPrintable(r.error));
        r = run(*m_bob, u"UPDATE marketplace_ratings SET stars = 1 WHERE rater = 'orion_alice'"_s);
        QCOMPARE(r.rows, 0); // not another user's rating
        const Result avg = run(*m_alice, u"SELECT rating FROM connector_marketplace WHERE connector_id = 'custom:bobs-crm' AND rating = 3.5"_s);
        QCOMPARE(avg.rows, 1);
    }

    void onlyAdminsDecideMappings()
    {
        // Alice may edit her suggestion, but not approve or reject it, nor touch the approved one.
        Result r = run(*m_alice, u"UPDATE schema_mappings SET source_path = 'phone_number' WHERE target_field = 'phone'"_s);
        QVERIFY2(r.ok && r.rows == 1, qPrintable(r.error));
        r = run(*m_alice, u"UPDATE schema_mappings SET status = 'approved' WHERE target_field = 'phone'"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"row-level security"_s), qPrintable(r.error));
        r = run(*m_alice, u"UPDATE schema_mappings SET source_path = 'x' WHERE target_field = 'email'"_s);
        QVERIFY(r.ok);
        QCOMPARE(r.rows, 0);
        r = run(*m_alice, u"DELETE FROM schema_mappings WHERE target_field = 'email'"_s);
        QCOMPARE(r.rows, 0);
        r = run(*m_alice,
                u"INSERT INTO schema_mappings (connection_id, source_path, target_field, confidence, status) "
                "VALUES (?, 'mobile', 'phone', 0.5, 'approved')"_s,
                {m_aliceConnection});
        QVERIFY(!r.ok);
        // Nor record a decision in the audit as if she had approved.
        r = run(*m_alice,
                u"INSERT INTO mapping_decisions (connection_id, stream, target_field, source_path, transformation, "
                "confidence, provider, decision, decided_by, via) VALUES (?, 'customers', 'phone', 'tel', 'none', 0.4, "
                "'local', 'approved', 'alice', 'desktop')"_s,
                {m_aliceConnection});
        QVERIFY(!r.ok);
        // Nor put herself on the Slack approvers list.
        r = run(*m_alice, u"INSERT INTO mapping_approvers (connection_id, slack_user_id) VALUES (?, 'U_ALICE')"_s, {m_aliceConnection});
        QVERIFY(!r.ok);
        // Carol sees Alice's connection to review it, decides, and records it.
        QCOMPARE(run(*m_carol, u"SELECT * FROM connections WHERE id = ?"_s, {m_aliceConnection}).rows, 1);
        r = run(*m_carol, u"UPDATE schema_mappings SET status = 'rejected' WHERE connection_id = ? AND target_field = 'phone'"_s,
                {m_aliceConnection});
        QVERIFY2(r.ok && r.rows == 1, qPrintable(r.error));
        r = run(*m_carol,
                u"INSERT INTO mapping_decisions (connection_id, stream, target_field, source_path, transformation, "
                "confidence, provider, decision, decided_by, via) VALUES (?, 'customers', 'phone', 'phone_number', 'none', "
                "0.4, 'local', 'rejected', 'carol', 'desktop')"_s,
                {m_aliceConnection});
        QVERIFY2(r.ok, qPrintable(r.error));
        r = run(*m_carol, u"INSERT INTO mapping_approvers (connection_id, slack_user_id) VALUES (?, 'U_CAROL')"_s, {m_aliceConnection});
        QVERIFY2(r.ok, qPrintable(r.error));
        // Alice reads the audit of her connection; Bob sees none of it.
        QCOMPARE(run(*m_alice, u"SELECT * FROM mapping_decisions"_s).rows, 1);
        QCOMPARE(run(*m_bob, u"SELECT * FROM mapping_decisions"_s).rows, 0);
        QCOMPARE(run(*m_alice, u"SELECT * FROM mapping_approvers"_s).rows, 1);
        // One approved rule per target field of a stream.
        r = run(*m_carol,
                u"INSERT INTO schema_mappings (connection_id, source_path, target_field, confidence, status) "
                "VALUES (?, 'mail', 'email', 0.5, 'approved')"_s,
                {m_aliceConnection});
        QVERIFY(!r.ok);
    }

    void marketplaceIsAdminWritable()
    {
        // A member cannot list a connector directly: only a pending submission of his own.
        Result r = run(*m_bob,
                       u"INSERT INTO connector_marketplace (connector_id, name, publisher, category) "
                       "VALUES ('bobs', 'Bob''s', 'Bob', 'crm')"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"permission denied"_s), qPrintable(r.error));
        r = run(*m_carol,
                u"INSERT INTO connector_marketplace (connector_id, name, publisher, category) "
                "VALUES ('acme', 'ACME', 'ACME Inc.', 'accounting')"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(run(*m_bob, u"SELECT * FROM connector_marketplace WHERE connector_id = 'acme'"_s).rows, 1);
        r = run(*m_bob, u"UPDATE connector_marketplace SET rating = 5"_s);
        QVERIFY(!r.ok);
        // Installing is a user's own row, and the count follows through the definer-rights trigger.
        r = run(*m_bob,
                u"INSERT INTO user_installed_connectors (marketplace_id) "
                "SELECT id FROM connector_marketplace WHERE connector_id = 'acme'"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QSqlQuery q(m_alice->database());
        QVERIFY(q.exec(u"SELECT install_count FROM connector_marketplace WHERE connector_id = 'acme'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(run(*m_alice, u"SELECT * FROM user_installed_connectors"_s).rows, 0); // bob's install is private
    }
};

QTEST_GUILESS_MAIN(TstRls)
#include "tst_rls.moc"

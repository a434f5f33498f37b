// A team's shared PostgreSQL workspace tried as an attacker would: member A (ann), member B (ben),
// an admin (ada) and the worker role, each logged in as itself on a real server. Every test names
// the trust rule it proves and fails when that rule is broken (docs/SECURITY.md lists them).
// Elsewhere: secrets by id and sealed secrets (tst_workers), the refresh lock across processes
// (tst_cli_sync), a worker killed and restarted under the same name (tst_workers), Slack approvals
// (tst_mappingreviewservice, tst_syncgui), the basic policies (tst_rls).
#include "testsupport.h"

#include "store/connectionstore.h"
#include "store/mappingstore.h"
#include "store/marketplacestore.h"
#include "store/migrator.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstSecurityPg : public QObject
{
    Q_OBJECT

    DatabaseConfig m_db;
    std::unique_ptr<Workspace> m_admin; // the superuser (the tests' eyes, bypasses row security)
    std::unique_ptr<Workspace> m_ann, m_ben, m_ada, m_worker;
    qint64 m_annShop = 0, m_annSlack = 0, m_benShop = 0;

    std::unique_ptr<Workspace> login(const QString &role, const QString &password)
    {
        DatabaseConfig config = m_db;
        config.user = role;
        QString error;
        auto w = Workspace::open(config, password, &error);
        if (!w)
            qFatal("cannot log in as %s: %s", qPrintable(role), qPrintable(error));
        return w;
    }
    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        const Test::SqlResult r = Test::runSql(*m_admin, sql, binds);
        if (!r.ok)
            qFatal("%s: %s", qPrintable(sql), qPrintable(r.error));
        return r.first.toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        m_db = Test::createPostgresDatabase(); // migrated by its owner, as README "Team setup" says
        QString error;
        m_admin = Workspace::open(m_db, Test::postgresAdminPassword(), &error);
        QVERIFY2(m_admin, qPrintable(error));
        QVERIFY2(Test::ensureLoginRole(u"orion_sec_ann"_s, u"ann-pw"_s, u"orion_user"_s, &error), qPrintable(error));
        QVERIFY2(Test::ensureLoginRole(u"orion_sec_ben"_s, u"ben-pw"_s, u"orion_user"_s, &error), qPrintable(error));
        QVERIFY2(Test::ensureLoginRole(u"orion_sec_ada"_s, u"ada-pw"_s, u"orion_admin"_s, &error), qPrintable(error));
        QVERIFY2(Test::ensureLoginRole(u"orion_sec_worker"_s, u"worker-pw"_s, u"orion_worker"_s, &error), qPrintable(error));
        m_ann = login(u"orion_sec_ann"_s, u"ann-pw"_s);
        m_ben = login(u"orion_sec_ben"_s, u"ben-pw"_s);
        m_ada = login(u"orion_sec_ada"_s, u"ada-pw"_s);
        m_worker = login(u"orion_sec_worker"_s, u"worker-pw"_s);

        ConnectionStore anns(*m_ann);
        m_annShop = anns.createConnection(Test::newConnection(u"shop"_s, u"stripe"_s), &error);
        m_annSlack = anns.createConnection(Test::newConnection(u"team-slack"_s, u"slack"_s), &error);
        ConnectionStore::NewConnection bens = Test::newConnection(u"shop"_s, u"stripe"_s);
        bens.uid = QUuid::createUuid().toString(QUuid::WithoutBraces); // the same name, another connection
        m_benShop = ConnectionStore(*m_ben).createConnection(bens, &error);
        QVERIFY2(m_annShop && m_annSlack && m_benShop, qPrintable(error));
        SyncRun run;
        run.connectionId = m_annShop;
        run.stream = u"customers"_s;
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-30);
        run.finishedAt = QDateTime::currentDateTimeUtc();
        run.recordsProcessed = 3;
        QVERIFY2(anns.recordSyncRun(run, &error), qPrintable(error));
        QVERIFY(Test::runSql(
                    *m_ann, u"INSERT INTO sync_state (connection_id, stream, checkpoint) VALUES (?, 'customers', '{\"starting_after\":\"cus_3\"}')"_s,
                    {m_annShop})
                    .ok);
        QVERIFY(Test::runSql(
                    *m_ann,
                    u"INSERT INTO unified_customers (connection_id, source, external_id, email) VALUES (?, 'stripe', 'cus_1', 'a@example.com')"_s,
                    {m_annShop})
                    .ok);
    }
    void cleanupTestCase()
    {
        m_ann.reset();
        m_ben.reset();
        m_ada.reset();
        m_worker.reset();
        m_admin.reset();
        Test::dropPostgresDatabase(m_db.database);
    }

    // Rule: an admin reads every connection's data (to review mappings) but writes only their own.
    // (connections_admin_read made every "visible connection" policy an admin write policy.)
    void anAdminReadsButNeverWritesAnotherMembersData()
    {
        QCOMPARE(Test::runSql(*m_ada, u"SELECT * FROM sync_state WHERE connection_id = ?"_s, {m_annShop}).rows, 1);
        QCOMPARE(Test::runSql(*m_ada, u"SELECT * FROM unified_customers WHERE connection_id = ?"_s, {m_annShop}).rows, 1);
        Test::SqlResult r = Test::runSql(*m_ada, u"UPDATE sync_state SET checkpoint = '{}' WHERE connection_id = ?"_s, {m_annShop});
        QVERIFY(r.ok);
        QCOMPARE(r.rows, 0);
        r = Test::runSql(*m_ada, u"DELETE FROM unified_customers WHERE connection_id = ?"_s, {m_annShop});
        QCOMPARE(r.rows, 0);
        r = Test::runSql(*m_ada, u"DELETE FROM sync_metrics WHERE connection_id = ?"_s, {m_annShop});
        QCOMPARE(r.rows, 0);
        r = Test::runSql(*m_ada, u"UPDATE connector_health SET status = 'healthy', consecutive_failures = 0 WHERE connection_id = ?"_s, {m_annShop});
        QCOMPARE(r.rows, 0);
        r = Test::runSql(*m_ada, u"INSERT INTO sync_metrics (connection_id, stream, started_at, status) VALUES (?, 'customers', now(), 'failed')"_s,
                         {m_annShop});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"row-level security"_s), qPrintable(r.error));
        // An alert rule posting through Ann's Slack connection: refused, for Ann's connection or Ada's own.
        r = Test::runSql(*m_ada, u"INSERT INTO alert_rules (connection_id, slack_connection_id, channel, trigger) VALUES (?, ?, 'C1', 'failure')"_s,
                         {m_annShop, m_annSlack});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"row-level security"_s), qPrintable(r.error));
        QString error;
        const qint64 adas = ConnectionStore(*m_ada).createConnection(Test::newConnection(u"adas-shop"_s, u"stripe"_s), &error);
        QVERIFY2(adas, qPrintable(error));
        r = Test::runSql(*m_ada, u"INSERT INTO alert_rules (connection_id, slack_connection_id, channel, trigger) VALUES (?, ?, 'C1', 'failure')"_s,
                         {adas, m_annSlack});
        QVERIFY(!r.ok);
        // Ann's data is as she left it.
        QCOMPARE(count(u"SELECT count(*) FROM sync_state WHERE connection_id = ? AND checkpoint::text LIKE '%cus_3%'"_s, {m_annShop}), 1);
        QCOMPARE(count(u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s, {m_annShop}), 1);
        QCOMPARE(count(u"SELECT count(*) FROM sync_metrics WHERE connection_id = ?"_s, {m_annShop}), 1);
        QCOMPARE(count(u"SELECT count(*) FROM alert_rules"_s), 0);
        // Her own writes still work, and Ben sees none of it.
        r = Test::runSql(*m_ann, u"INSERT INTO alert_rules (connection_id, slack_connection_id, channel, trigger) VALUES (?, ?, 'C1', 'failure')"_s,
                         {m_annShop, m_annSlack});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(Test::runSql(*m_ada, u"SELECT * FROM alert_rules"_s).rows, 1); // the admin reads it
        QCOMPARE(Test::runSql(*m_ada, u"UPDATE alert_rules SET channel = 'C666'"_s).rows, 0);
        QCOMPARE(Test::runSql(*m_ada, u"DELETE FROM alert_rules"_s).rows, 0);
        QCOMPARE(Test::runSql(*m_ben, u"SELECT * FROM alert_rules"_s).rows, 0);
        QCOMPARE(Test::runSql(*m_ben, u"SELECT * FROM sync_state"_s).rows, 0);
    }

    // Rule: the worker role changes only a connection's schedule columns and never deletes what a
    // sync wrote.
    void theWorkerChangesOnlyTheScheduleAndDeletesNothing()
    {
        Test::SqlResult r
            = Test::runSql(*m_worker, u"UPDATE connections SET settings = '{\"api_base\":\"https://evil.example\"}' WHERE id = ?"_s, {m_annShop});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"permission denied"_s), qPrintable(r.error));
        r = Test::runSql(*m_worker, u"UPDATE connections SET next_sync_at = now() WHERE id = ?"_s, {m_annShop});
        QVERIFY2(r.ok && r.rows == 1, qPrintable(r.error));
        for (const QString &table : {u"unified_customers"_s, u"sync_metrics"_s, u"sync_state"_s}) {
            r = Test::runSql(*m_worker, u"DELETE FROM %1"_s.arg(table));
            QVERIFY2(!r.ok && r.error.contains(u"permission denied"_s), qPrintable(table + u": "_s + r.error));
        }
    }

    // Rule: a marketplace submission is the submitter's: publisher and submitter are the login, counts
    // start at zero, the evidence is checked and stamped by the server; members cannot insert rows.
    void marketplaceSubmissionsAreServerChecked()
    {
        Test::SqlResult r = Test::runSql(*m_ben,
                                         u"INSERT INTO connector_marketplace (connector_id, name, publisher, category, status, submitted_by, "
                                         "install_count, rating, evidence) VALUES ('custom:forged', 'Forged', 'Orion', 'crm', 'pending', "
                                         "'orion_sec_ben', 99999, 5, '{\"result\":\"passed\",\"records\":1000000}')"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"permission denied"_s), qPrintable(r.error));
        // Through the function: whatever the client claims, the server decides who and when.
        r = Test::runSql(*m_ben,
                         u"SELECT orion_submit_listing('custom:bens-crm', 'Ben''s CRM', 'CRM', 'crm', 'free', '{}', '1', "
                         "'{\"result\":\"passed\",\"records\":12,\"fixture_run_at\":\"2001-01-01T00:00:00Z\"}')"_s);
        QVERIFY2(r.ok, qPrintable(r.error));
        QSqlQuery q(m_admin->database());
        QVERIFY(q.exec(u"SELECT publisher, submitted_by, install_count, rating, status, evidence FROM connector_marketplace "
                       "WHERE connector_id = 'custom:bens-crm'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"orion_sec_ben"_s);
        QCOMPARE(q.value(1).toString(), u"orion_sec_ben"_s);
        QCOMPARE(q.value(2).toInt(), 0);
        QVERIFY(q.value(3).isNull());
        QCOMPARE(q.value(4).toString(), u"pending"_s);
        const QJsonObject evidence = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        QCOMPARE(evidence.value("records"_L1).toInt(), 12);
        QCOMPARE(evidence.value("reported_by"_L1).toString(), u"orion_sec_ben"_s);
        const QDateTime at = QDateTime::fromString(evidence.value("fixture_run_at"_L1).toString(), Qt::ISODate);
        QVERIFY2(at.secsTo(QDateTime::currentDateTimeUtc()) < 600, qPrintable(evidence.value("fixture_run_at"_L1).toString()));
        // Evidence of any other shape, and listings that are not custom connectors, are refused.
        for (const QString &bad : {u"'{\"result\":\"perfect\",\"records\":1}'"_s, u"'{\"result\":\"passed\",\"records\":-5}'"_s,
                                   u"'{\"result\":\"passed\",\"records\":1,\"install_count\":500}'"_s, u"'[1,2]'"_s}) {
            r = Test::runSql(*m_ben, u"SELECT orion_submit_listing('custom:bens-other', 'x', '', 'crm', 'free', '{}', '1', %1)"_s.arg(bad));
            QVERIFY2(!r.ok, qPrintable(bad));
        }
        r = Test::runSql(*m_ben, u"SELECT orion_submit_listing('stripe', 'Stripe', '', 'crm', 'free', '{}', '1', '{}')"_s);
        QVERIFY(!r.ok);
        QCOMPARE(count(u"SELECT count(*) FROM connector_marketplace WHERE connector_id IN ('custom:bens-other', 'stripe', 'custom:forged')"_s), 0);
        // Nor can an admin write the counts.
        r = Test::runSql(*m_ada, u"UPDATE connector_marketplace SET install_count = 1000 WHERE connector_id = 'custom:bens-crm'"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"permission denied"_s), qPrintable(r.error));
    }

    // The app's own publishing path goes through the function: what it stores is in the login's name.
    void theAppPublishesThroughTheServerFunction()
    {
        QString error;
        QVERIFY2(MarketplaceStore(*m_ben).publish(Test::ledgerlySpec(u"bens-ledger"_s), u"accounting"_s, u"free"_s,
                                                  QJsonObject{{u"result"_s, u"passed"_s}, {u"records"_s, 3}}, &error),
                 qPrintable(error));
        QCOMPARE(count(u"SELECT count(*) FROM connector_marketplace WHERE connector_id = 'custom:bens-ledger' AND publisher = 'orion_sec_ben' "
                       "AND status = 'pending' AND (evidence->>'records')::int = 3"_s),
                 1);
        QVERIFY(!MarketplaceStore(*m_ben).publish(Test::ledgerlySpec(u"bens-ledger"_s), u"accounting"_s, u"free"_s, {}, &error));
        QVERIFY2(error.contains(u"already in the marketplace"_s), qPrintable(error));
    }

    // Rule: a new version of a listing is its publisher's to submit and an admin's to approve; until
    // then the listed version stays what members see and install, counts and ratings kept. Another
    // member cannot take the name over, nor does a version go down; no member reviews.
    void aNewVersionWaitsForReviewWhileTheListedOneStays()
    {
        QString error;
        const auto publish = [&](Workspace &w, const QString &name, int version) {
            return MarketplaceStore(w).publish(Test::ledgerlySpec(name, version), u"accounting"_s, u"free"_s,
                                               QJsonObject{{u"result"_s, u"passed"_s}, {u"records"_s, version * 10}}, &error);
        };
        QVERIFY2(publish(*m_ben, u"bens-books"_s, 1), qPrintable(error));
        QVERIFY2(publish(*m_ben, u"bens-books"_s, 2), qPrintable(error)); // not approved yet: the submission is replaced
        QCOMPARE(count(u"SELECT count(*) FROM connector_marketplace WHERE connector_id = 'custom:bens-books' AND version = '2' "
                       "AND pending_version IS NULL AND status = 'pending'"_s),
                 1);
        QVERIFY(!MarketplaceStore(*m_ben).setStatus(u"custom:bens-books"_s, u"approved"_s, &error));
        QVERIFY2(error.contains(u"Only an administrator"_s), qPrintable(error));
        QVERIFY2(MarketplaceStore(*m_ada).setStatus(u"custom:bens-books"_s, u"approved"_s, &error), qPrintable(error));
        QVERIFY2(MarketplaceStore(*m_ann).install(u"custom:bens-books"_s, &error), qPrintable(error));
        QVERIFY2(MarketplaceStore(*m_ann).rate(u"custom:bens-books"_s, 4, &error), qPrintable(error));

        // Version 3 waits beside the listed version 2, which Ann still sees and gets.
        QVERIFY2(publish(*m_ben, u"bens-books"_s, 3), qPrintable(error));
        auto listed = MarketplaceStore(*m_ann).find(u"custom:bens-books"_s, &error);
        QVERIFY(listed);
        QCOMPARE(listed->status, u"approved"_s);
        QCOMPARE(listed->version, u"2"_s);
        QCOMPARE(listed->pendingVersion, u"3"_s);
        QCOMPARE(listed->spec.value("version"_L1).toInt(), 2);
        QCOMPARE(listed->evidence.value("records"_L1).toInt(), 20);
        // Nobody else takes the name; versions only go up; a member's own evidence is not stamped in.
        QVERIFY(!publish(*m_ann, u"bens-books"_s, 9));
        QVERIFY2(error.contains(u"listed by orion_sec_ben"_s), qPrintable(error));
        QVERIFY(!publish(*m_ben, u"bens-books"_s, 3));
        QVERIFY2(error.contains(u"Version 3 of custom:bens-books is already in the marketplace"_s), qPrintable(error));
        Test::SqlResult r = Test::runSql(*m_ben, u"UPDATE connector_marketplace SET pending_evidence = '{\"result\":\"passed\",\"records\":999}'"_s);
        QVERIFY(!r.ok || r.rows == 0);
        r = Test::runSql(*m_ben, u"SELECT orion_review_listing('custom:bens-books', 'approved')"_s);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"permission denied"_s) || r.error.contains(u"administrator"_s), qPrintable(r.error));

        // Approved: version 3 is the listing, with its own evidence; installs and ratings stay.
        QVERIFY2(MarketplaceStore(*m_ada).setStatus(u"custom:bens-books"_s, u"approved"_s, &error), qPrintable(error));
        listed = MarketplaceStore(*m_ann).find(u"custom:bens-books"_s, &error);
        QCOMPARE(listed->version, u"3"_s);
        QVERIFY(listed->pendingVersion.isEmpty());
        QCOMPARE(listed->spec.value("version"_L1).toInt(), 3);
        QCOMPARE(listed->evidence.value("records"_L1).toInt(), 30);
        QCOMPARE(listed->evidence.value("reported_by"_L1).toString(), u"orion_sec_ben"_s);
        QCOMPARE(listed->installCount, 1);
        QCOMPARE(listed->rating, 4.0);
        // Rejected: version 4 is dropped, version 3 stays listed and approved.
        QVERIFY2(publish(*m_ben, u"bens-books"_s, 4), qPrintable(error));
        QVERIFY2(MarketplaceStore(*m_ada).setStatus(u"custom:bens-books"_s, u"rejected"_s, &error), qPrintable(error));
        listed = MarketplaceStore(*m_ann).find(u"custom:bens-books"_s, &error);
        QCOMPARE(listed->version, u"3"_s);
        QCOMPARE(listed->status, u"approved"_s);
        QVERIFY(listed->pendingVersion.isEmpty());
    }

    // Rule: installs and ratings only of listings the member can see that are approved; never a
    // rating of one's own listing. The counts follow through the definer functions (which still work
    // with row security forced).
    void installsAndRatingsNeedAnApprovedListing()
    {
        QVERIFY(Test::runSql(*m_ann, u"SELECT orion_submit_listing('custom:anns-erp', 'Ann''s ERP', '', 'custom', 'free', '{}', '1', '{}')"_s).ok);
        const qint64 pending = count(u"SELECT id FROM connector_marketplace WHERE connector_id = 'custom:anns-erp'"_s);
        // Ben cannot see it, and so cannot install or rate it (by id, guessed).
        QCOMPARE(Test::runSql(*m_ben, u"SELECT * FROM connector_marketplace WHERE id = ?"_s, {pending}).rows, 0);
        Test::SqlResult r = Test::runSql(*m_ben, u"INSERT INTO user_installed_connectors (marketplace_id) VALUES (?)"_s, {pending});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"row-level security"_s), qPrintable(r.error));
        r = Test::runSql(*m_ben, u"INSERT INTO marketplace_ratings (marketplace_id, stars) VALUES (?, 1)"_s, {pending});
        QVERIFY(!r.ok);
        // Ann can see her pending listing but not install it before approval.
        r = Test::runSql(*m_ann, u"INSERT INTO user_installed_connectors (marketplace_id) VALUES (?)"_s, {pending});
        QVERIFY(!r.ok);
        QCOMPARE(count(u"SELECT install_count FROM connector_marketplace WHERE id = ?"_s, {pending}), 0);
        // Approved: Ben installs it (count 1) and rates it; Ann cannot rate her own.
        QCOMPARE(Test::runSql(*m_ada, u"UPDATE connector_marketplace SET status = 'approved' WHERE id = ?"_s, {pending}).rows, 1);
        r = Test::runSql(*m_ben, u"INSERT INTO user_installed_connectors (marketplace_id) VALUES (?)"_s, {pending});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(count(u"SELECT install_count FROM connector_marketplace WHERE id = ?"_s, {pending}), 1);
        QVERIFY(Test::runSql(*m_ben, u"INSERT INTO marketplace_ratings (marketplace_id, stars) VALUES (?, 4)"_s, {pending}).ok);
        r = Test::runSql(*m_ann, u"INSERT INTO marketplace_ratings (marketplace_id, stars) VALUES (?, 5)"_s, {pending});
        QVERIFY(!r.ok);
        QCOMPARE(count(u"SELECT round(rating::numeric * 100) FROM connector_marketplace WHERE id = ?"_s, {pending}), 400);
        // Uninstalled: the count follows.
        QCOMPARE(Test::runSql(*m_ben, u"DELETE FROM user_installed_connectors WHERE marketplace_id = ?"_s, {pending}).rows, 1);
        QCOMPARE(count(u"SELECT install_count FROM connector_marketplace WHERE id = ?"_s, {pending}), 0);
    }

    // Rule: no member's login owns anything (an owner bypasses row security); every object belongs to
    // orion_owner, which nobody logs in as, and every table forces row security.
    void everyObjectBelongsToTheOwnerRoleAndForcesRowSecurity()
    {
        QCOMPARE(count(uR"(SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> 'orion_owner')"_s),
                 0);
        QCOMPARE(count(uR"(SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                          WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'orion_owner')"_s),
                 0);
        QCOMPARE(count(uR"(SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                          WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity AND NOT c.relforcerowsecurity)"_s),
                 0);
        QVERIFY(count(uR"(SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                         WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relforcerowsecurity)"_s)
                >= 15);
        QCOMPARE(count(u"SELECT count(*) FROM pg_roles WHERE rolname = 'orion_owner' AND (rolcanlogin OR rolbypassrls OR rolsuper)"_s), 0);
        for (const QString &member : {u"orion_sec_ann"_s, u"orion_sec_ben"_s, u"orion_sec_ada"_s, u"orion_sec_worker"_s})
            QVERIFY2(!count(u"SELECT count(*) FROM pg_roles WHERE rolname = ? AND pg_has_role(rolname, 'orion_owner', 'MEMBER')"_s, {member}),
                     qPrintable(member));
        // The analytics view, refreshed by the definer function as orion_owner, still sees every run
        // (and shows each member only theirs).
        QVERIFY(Test::runSql(*m_ann, u"SELECT orion_refresh_analytics()"_s).ok);
        QCOMPARE(Test::runSql(*m_ann, u"SELECT * FROM connector_analytics_visible"_s).rows, 1);
        QCOMPARE(Test::runSql(*m_ben, u"SELECT * FROM connector_analytics_visible"_s).rows, 0);
    }

    // Rule: a member's login never migrates a shared workspace, explicitly or not; the owner does.
    void aMembersLoginNeverMigrates()
    {
        const DatabaseConfig empty = Test::createPostgresDatabase(Test::Schema::None);
        DatabaseConfig asBen = empty;
        asBen.user = u"orion_sec_ben"_s;
        QString error;
        QVERIFY(!Workspace::open(asBen, u"ben-pw"_s, &error));
        QVERIFY2(error.contains(u"migrate --as-owner"_s), qPrintable(error));
        QVERIFY(!Workspace::open(asBen, u"ben-pw"_s, &error, Test::ownerOptions()));
        QVERIFY2(error.contains(u"may not migrate"_s), qPrintable(error));
        // Nothing was created.
        {
            Workspace::Options look;
            look.migrate = false;
            auto w = Workspace::open(empty, Test::postgresAdminPassword(), &error, look);
            QVERIFY2(w, qPrintable(error));
            QCOMPARE(Test::runSql(*w, u"SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"_s).first.toInt(), 0);
        }
        // The owner migrates; afterwards the member opens it as usual.
        QVERIFY2(Workspace::open(empty, Test::postgresAdminPassword(), &error, Test::ownerOptions()), qPrintable(error));
        auto ben = Workspace::open(asBen, u"ben-pw"_s, &error);
        QVERIFY2(ben, qPrintable(error));
        QCOMPARE(ben->schemaVersion(), Migrator::latestBundledVersion(DatabaseConfig::Engine::PostgreSql));
        ben.reset();
        Test::dropPostgresDatabase(empty.database);
    }

    // Rule: a decision is about the suggestion the reviewer saw. Ann (the owner) changes the source
    // after Ada looked at it: Ada's approval of what she saw is refused, nothing is approved.
    void anApprovalIsPinnedToTheRevisionReviewed()
    {
        QString error;
        MappingSuggestions proposed;
        MappingSuggestion email;
        email.targetField = u"email"_s;
        email.sourcePath = u"email"_s;
        email.confidence = 0.9;
        proposed << email;
        QCOMPARE(MappingStore(*m_ann).saveSuggestions(m_annShop, u"customers"_s, MappingTarget::Customer, proposed, &error), 1);
        const StoredMappings seenByAda = MappingStore(*m_ada).list(m_annShop, u"customers"_s, &error);
        QCOMPARE(seenByAda.size(), 1);
        const StoredMapping &shown = seenByAda.first();
        // Ann points it at another field (her right: it is still a suggestion).
        QVERIFY2(MappingStore(*m_ann).edit(shown.id, u"metadata.personal_email"_s, Transformation::None, {}, u"ann"_s, &error), qPrintable(error));
        // Nor can she set the revision back by hand.
        QVERIFY(Test::runSql(*m_ann, u"UPDATE schema_mappings SET revision = ? WHERE id = ?"_s, {shown.revision, shown.id}).ok);
        QCOMPARE(count(u"SELECT revision FROM schema_mappings WHERE id = ?"_s, {shown.id}), shown.revision + 1);
        QVERIFY(!MappingStore(*m_ada).decide({shown.id}, StoredMapping::Status::Approved, u"ada"_s, MappingStore::Via::Desktop, &error,
                                             {{shown.id, shown.revision}}));
        QVERIFY2(error.contains(u"changed after it was reviewed"_s) && error.contains(u"metadata.personal_email"_s), qPrintable(error));
        QCOMPARE(count(u"SELECT count(*) FROM schema_mappings WHERE status = 'approved'"_s), 0);
        // Reviewed again, approved; the audit names the revision.
        const StoredMapping again = MappingStore(*m_ada).mapping(shown.id, &error).value();
        QVERIFY2(MappingStore(*m_ada).decide({again.id}, StoredMapping::Status::Approved, u"ada"_s, MappingStore::Via::Desktop, &error,
                                             {{again.id, again.revision}}),
                 qPrintable(error));
        QCOMPARE(count(u"SELECT revision FROM mapping_decisions WHERE mapping_id = ? AND decision = 'approved'"_s, {again.id}), again.revision);
        // Approving does not change the revision; editing the approved rule sends it back for review.
        QCOMPARE(MappingStore(*m_ada).mapping(again.id, &error)->revision, again.revision);
    }
};

QTEST_GUILESS_MAIN(TstSecurityPg)
#include "tst_security_pg.moc"

// Stored mapping suggestions and decisions on both engines: suggestions replace only undecided
// rows, edits reopen decided ones, approving withdraws an earlier approval of the same field, every
// decision is audited, approved sets apply, export and import round-trip (a bad file writes nothing),
// calibration per confidence band, approvers; on PostgreSQL a member cannot decide through the store.
#include "testsupport.h"

#include "mapping/localmatcher.h"
#include "mapping/sourceprofile.h"
#include "store/connectionstore.h"
#include "store/mappingstore.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstMappingStore : public QObject
{
    Q_OBJECT
    Test::EngineDatabases m_databases;

    static QList<QJsonObject> sample(const QString &file) { return Test::mappingSample(file); }

    static qint64 idOf(const StoredMappings &rows, const QString &target)
    {
        for (const StoredMapping &m : rows)
            if (m.suggestion.targetField == target)
                return m.id;
        return 0;
    }

private Q_SLOTS:
    void initTestCase_data() { Test::EngineDatabases::addRows(); }
    void initTestCase() { QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason())); }

    void reviewLifecycle()
    {
        QString error;
        auto w = Workspace::open(m_databases.fresh(), Test::EngineDatabases::password(), &error);
        QVERIFY2(w, qPrintable(error));
        ConnectionStore connections(*w);
        const qint64 conn = connections.createConnection(Test::newConnection(u"qb"_s, u"quickbooks"_s), &error);
        MappingStore store(*w);
        const QList<QJsonObject> records = sample(u"quickbooks-customer.json"_s);
        const MappingSuggestions suggestions = LocalMatcher::suggest(SourceProfile::profile(records), MappingTarget::Customer);
        QCOMPARE(store.saveSuggestions(conn, u"customers"_s, MappingTarget::Customer, suggestions, &error), suggestions.size());
        StoredMappings rows = store.list(conn, u"customers"_s, &error);
        QCOMPARE(rows.size(), suggestions.size());
        QCOMPARE(rows.first().suggestion.targetField, u"external_id"_s);
        QCOMPARE(rows.first().suggestion.alternatives, suggestions.first().alternatives);
        QVERIFY(store.approvedSet(conn, u"customers"_s, &error).isEmpty()); // nothing approved: nothing drives a sync

        // Approve everything at ≥ 0.9 in one go; reject the rest that has a source.
        const QList<qint64> high = store.undecidedAtOrAbove(conn, u"customers"_s, 0.9, &error);
        QVERIFY(high.size() >= 8);
        QVERIFY2(store.decide(high, StoredMapping::Status::Approved, u"Ada Admin"_s, MappingStore::Via::Desktop, &error), qPrintable(error));
        rows = store.list(conn, u"customers"_s, &error);
        int approved = 0;
        for (const StoredMapping &m : rows) {
            if (m.status == StoredMapping::Status::Approved) {
                ++approved;
                QCOMPARE(m.decidedBy, u"Ada Admin"_s);
                QVERIFY(m.decidedAt.isValid());
                QVERIFY(m.suggestion.confidence >= 0.9);
            }
        }
        QCOMPARE(approved, high.size());
        // An unmapped suggestion cannot be approved.
        qint64 unmapped = 0;
        for (const StoredMapping &m : rows)
            if (m.suggestion.isUnmapped())
                unmapped = m.id;
        QVERIFY(unmapped);
        QVERIFY(!store.decide({unmapped}, StoredMapping::Status::Approved, u"Ada"_s, MappingStore::Via::Desktop, &error));
        QVERIFY(error.contains(u"no source field"_s));

        // Re-suggesting keeps the decided rows and replaces only undecided ones.
        QVERIFY(store.saveSuggestions(conn, u"customers"_s, MappingTarget::Customer, suggestions, &error) >= 0);
        QCOMPARE(store.list(conn, u"customers"_s, &error).size(), rows.size());

        // The approved set applies to records.
        const MappingSet set = store.approvedSet(conn, u"customers"_s, &error);
        QCOMPARE(set.rules().size(), high.size());
        UnifiedCustomer c;
        QList<MappingSet::FieldError> fieldErrors;
        QVERIFY2(set.toCustomer(records.first(), &c, &fieldErrors, &error), qPrintable(error));
        QCOMPARE(c.externalId, u"58"_s);
        QCOMPARE(c.email, u"Birds@Intuit.com"_s);
        QCOMPARE(c.address.postalCode, u"94326"_s);

        // Editing an approved rule reopens it (audited); approving another source withdraws the first.
        const qint64 email = idOf(rows, u"email"_s);
        QVERIFY2(store.edit(email, u"PrimaryEmailAddr.Address"_s, Transformation::None, {}, u"Ada Admin"_s, &error), qPrintable(error));
        QCOMPARE(store.mapping(email, &error)->status, StoredMapping::Status::Suggested);
        QVERIFY(store.decide({email}, StoredMapping::Status::Approved, u"Ada Admin"_s, MappingStore::Via::Cli, &error));
        const qint64 phone = idOf(rows, u"phone"_s);
        QVERIFY(store.decide({phone}, StoredMapping::Status::Rejected, u"Ada Admin"_s, MappingStore::Via::Desktop, &error));
        QCOMPARE(store.mapping(phone, &error)->status, StoredMapping::Status::Rejected);
        QVERIFY(store.approvedSet(conn, u"customers"_s, &error).rules().size() == high.size() - (high.contains(phone) ? 1 : 0));

        // The audit has every decision with who and how.
        const auto audit = store.decisions(conn, &error);
        QCOMPARE(audit.size(), high.size() + 3); // bulk approval, reopen, re-approval, rejection
        QCOMPARE(audit.at(high.size()).decision, u"suggested"_s);
        QCOMPARE(audit.last().decision, u"rejected"_s);
        QCOMPARE(audit.at(high.size() + 1).via, u"cli"_s);

        // Calibration: the latest decision per mapping, by band.
        const auto bands = store.calibration(conn, &error);
        QCOMPARE(bands.size(), 4);
        int decided = 0;
        for (const auto &b : bands)
            decided += b.approved + b.rejected;
        QCOMPARE(decided, high.size() + (high.contains(phone) ? 0 : 1));

        // Export, then import into another connection keeping the decisions.
        const QJsonObject exported = store.exportSet(conn, u"customers"_s, &error);
        QCOMPARE(exported.value("mappings"_L1).toArray().size(), rows.size());
        const qint64 other = connections.createConnection(Test::newConnection(u"qb2"_s, u"quickbooks"_s), &error);
        QCOMPARE(store.importSet(other, exported, true, u"Ada Admin"_s, &error), rows.size());
        QCOMPARE(store.approvedSet(other, u"customers"_s, &error).rules().size(), store.approvedSet(conn, u"customers"_s, &error).rules().size());
        // A damaged file writes nothing.
        QJsonObject broken = exported;
        QJsonArray list = broken.value("mappings"_L1).toArray();
        QJsonObject last = list.last().toObject();
        last.insert(u"confidence"_s, 7);
        list.replace(list.size() - 1, last);
        broken.insert(u"mappings"_s, list);
        const StoredMappings before = store.list(other, u"customers"_s, &error);
        QCOMPARE(store.importSet(other, broken, true, u"Ada"_s, &error), -1);
        QVERIFY2(error.contains(u"confidence"_s) && error.contains(u"mappings[%1]"_s.arg(list.size() - 1)), qPrintable(error));
        QCOMPARE(store.list(other, u"customers"_s, &error), before);
        QCOMPARE(store.importSet(other, QJsonObject{{u"format"_s, u"csv"_s}}, false, u"Ada"_s, &error), -1);

        // Approvers.
        QVERIFY(store.setApprovers(conn, {u"U1"_s, u" U2 "_s, QString()}, &error));
        QCOMPARE(store.approvers(conn, &error), (QStringList{u"U1"_s, u"U2"_s}));
    }

    // PostgreSQL: the store reports a member's attempt to decide clearly, and nothing changes. SQLite:
    // the local user is the administrator and decides.
    void membersCannotDecide()
    {
        QString error;
        if (Test::EngineDatabases::isSqlite()) {
            auto local = Workspace::open(m_databases.fresh(), {}, &error);
            ConnectionStore connections(*local);
            const qint64 conn = connections.createConnection(Test::newConnection(u"mine"_s, u"stripe"_s), &error);
            MappingStore store(*local);
            QVERIFY(store.saveSuggestions(conn, u"customers"_s, MappingTarget::Customer,
                                          LocalMatcher::suggest(SourceProfile::profile(sample(u"stripe-customer.json"_s)), MappingTarget::Customer),
                                          &error)
                    > 0);
            QVERIFY2(store.decide({store.list(conn, u"customers"_s, &error).first().id}, StoredMapping::Status::Approved, u"me"_s,
                                  MappingStore::Via::Desktop, &error),
                     qPrintable(error));
            return;
        }
        const DatabaseConfig db = m_databases.fresh();
        {
            auto admin = Workspace::open(db, Test::postgresAdminPassword(), &error);
            QVERIFY2(admin, qPrintable(error));
        }
        QVERIFY2(Test::ensureLoginRole(u"orion_mapper"_s, u"orion_mapper-pw"_s, u"orion_user"_s, &error), qPrintable(error));
        DatabaseConfig member = db;
        member.user = u"orion_mapper"_s;
        auto w = Workspace::open(member, u"orion_mapper-pw"_s, &error);
        QVERIFY2(w, qPrintable(error));
        ConnectionStore connections(*w);
        const qint64 conn = connections.createConnection(Test::newConnection(u"mine"_s, u"stripe"_s), &error);
        MappingStore store(*w);
        const MappingSuggestions suggestions
            = LocalMatcher::suggest(SourceProfile::profile(sample(u"stripe-customer.json"_s)), MappingTarget::Customer);
        QVERIFY2(store.saveSuggestions(conn, u"customers"_s, MappingTarget::Customer, suggestions, &error) > 0, qPrintable(error));
        const StoredMappings rows = store.list(conn, u"customers"_s, &error);
        QVERIFY(!store.decide({rows.first().id}, StoredMapping::Status::Approved, u"me"_s, MappingStore::Via::Desktop, &error));
        QCOMPARE(error, u"Only an administrator may approve or reject mappings."_s);
        QCOMPARE(store.list(conn, u"customers"_s, &error), rows);
        QVERIFY(store.decisions(conn, &error).isEmpty());
        // Members may still edit their suggestions.
        QVERIFY2(store.edit(rows.at(1).id, u"name"_s, Transformation::SplitName, {}, u"me"_s, &error), qPrintable(error));
        w.reset();
    }
};

QTEST_GUILESS_MAIN(TstMappingStore)
#include "tst_mappingstore.moc"

// The mapping review's rules without a widget (services/mappingreviewservice): decisions are
// recorded for the workspace's actor; "approve all at or above" touches only undecided rows at or
// above the threshold; a Slack click counts only for a listed approver and is recorded for that
// Slack user; approver lists and mapping-set files are checked before anything is written; the
// matcher keeps the local suggestions when the LLM fails and says why; the asynchronous calls
// answer with values on the GUI thread.
#include "fakellm.h"
#include "testsupport.h"
#include "timeouts.h"

#include "runtime/credentialstore.h"
#include "services/mappingreviewservice.h"
#include "services/syncservice.h"
#include "services/workspaceservice.h"
#include "store/connectionstore.h"
#include "store/mappingstore.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeLlm;

class TstMappingReviewService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_connection = 0;
    FakeLlm m_llm;

    static MappingSuggestion suggestion(const QString &target, const QString &source, double confidence)
    {
        MappingSuggestion s;
        s.targetField = target;
        s.sourcePath = source;
        s.confidence = confidence;
        s.reasoning = u"test"_s;
        s.provider = u"local"_s;
        return s;
    }

    // Stores a fresh set of suggestions for the "customers" stream and returns them by target field.
    QHash<QString, StoredMapping> fresh(const MappingSuggestions &suggestions)
    {
        QString error;
        MappingStore store(*m_workspace);
        for (const StoredMapping &m : store.list(m_connection, u"customers"_s, &error))
            if (m.status != StoredMapping::Status::Suggested)
                store.edit(m.id, m.suggestion.sourcePath, m.suggestion.transformation, {}, u"reset"_s, &error); // back to undecided
        if (store.saveSuggestions(m_connection, u"customers"_s, MappingTarget::Customer, suggestions, &error) < 0)
            qFatal("%s", qPrintable(error));
        QHash<QString, StoredMapping> byField;
        for (const StoredMapping &m : store.list(m_connection, u"customers"_s, &error))
            byField.insert(m.suggestion.targetField, m);
        return byField;
    }

    StoredMapping reread(qint64 id) const
    {
        QString error;
        const auto m = MappingStore(*m_workspace).mapping(id, &error);
        return m ? *m : StoredMapping();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_llm.start());
        m_config = DatabaseConfig::sqlite(m_dir.filePath(u"review.db"_s));
        QString error;
        m_workspace = Workspace::open(m_config, {}, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_connection = ConnectionStore(*m_workspace).createConnection(Test::newConnection(u"billing"_s, u"stripe"_s), &error);
        QVERIFY2(m_connection > 0, qPrintable(error));
    }

    void decisionsAreRecordedForTheActor()
    {
        const auto rows = fresh({suggestion(u"email"_s, u"email"_s, 0.97), suggestion(u"name"_s, u"name"_s, 0.8)});
        const auto o = MappingReviewService::decideOn(m_workspace.get(), {rows[u"email"_s].id}, true);
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.count, 1);
        const StoredMapping email = reread(rows[u"email"_s].id);
        QCOMPARE(email.status, StoredMapping::Status::Approved);
        QCOMPARE(email.decidedBy, m_workspace->actor());
        QCOMPARE(reread(rows[u"name"_s].id).status, StoredMapping::Status::Suggested);
        const auto rejected = MappingReviewService::decideOn(m_workspace.get(), {rows[u"name"_s].id}, false);
        QVERIFY(rejected.ok);
        QCOMPARE(reread(rows[u"name"_s].id).status, StoredMapping::Status::Rejected);
        QVERIFY(!MappingReviewService::decideOn(nullptr, {rows[u"name"_s].id}, true).ok);
    }

    void approveAtOrAboveTouchesOnlyUndecidedRowsAtOrAbove()
    {
        const auto rows = fresh({suggestion(u"email"_s, u"email"_s, 0.95), suggestion(u"name"_s, u"name"_s, 0.9),
                                 suggestion(u"phone"_s, u"phone"_s, 0.89), suggestion(u"company"_s, u"description"_s, 0.99)});
        QVERIFY(MappingReviewService::decideOn(m_workspace.get(), {rows[u"company"_s].id}, false).ok); // decided: stays rejected
        const auto o = MappingReviewService::approveAtOrAboveOn(m_workspace.get(), m_connection, u"customers"_s, 0.9);
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.count, 2);
        QCOMPARE(reread(rows[u"email"_s].id).status, StoredMapping::Status::Approved);
        QCOMPARE(reread(rows[u"name"_s].id).status, StoredMapping::Status::Approved);
        QCOMPARE(reread(rows[u"phone"_s].id).status, StoredMapping::Status::Suggested);
        QCOMPARE(reread(rows[u"company"_s].id).status, StoredMapping::Status::Rejected);
        // Nothing left at or above: an honest zero, not an error.
        const auto again = MappingReviewService::approveAtOrAboveOn(m_workspace.get(), m_connection, u"customers"_s, 0.9);
        QVERIFY(again.ok);
        QCOMPARE(again.count, 0);
    }

    void slackDecisionsCountOnlyForApprovers()
    {
        const auto rows = fresh({suggestion(u"email"_s, u"email"_s, 0.8)});
        const qint64 id = rows[u"email"_s].id;
        const int shown = rows[u"email"_s].revision;
        QVERIFY(MappingReviewService::setApproversOn(m_workspace.get(), m_connection, {u"U0ADMIN1"_s}).ok);

        // Someone else in the channel clicks Approve: ignored, and the row stays undecided.
        auto o = MappingReviewService::slackDecisionOn(m_workspace.get(), id, shown, true, u"U0INTRUDER"_s, u"mallory"_s);
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(u"mallory"_s) && o.message.contains(u"not an approver"_s), qPrintable(o.message));
        QCOMPARE(reread(id).status, StoredMapping::Status::Suggested);
        // No user id at all (a crafted envelope): ignored too.
        QVERIFY(!MappingReviewService::slackDecisionOn(m_workspace.get(), id, shown, true, QString(), u"nobody"_s).ok);
        QCOMPARE(reread(id).status, StoredMapping::Status::Suggested);
        // A mapping that does not exist.
        o = MappingReviewService::slackDecisionOn(m_workspace.get(), id + 1000, 1, true, u"U0ADMIN1"_s, u"alice"_s);
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QString::number(id + 1000)), qPrintable(o.message));
        // The owner changes the suggestion after the request went out: the approver's click on the old
        // question decides nothing (item 8: decisions are pinned to what the reviewer saw).
        QString error;
        QVERIFY2(MappingStore(*m_workspace).edit(id, u"billing_email"_s, Transformation::None, {}, u"owner"_s, &error), qPrintable(error));
        QCOMPARE(reread(id).revision, shown + 1);
        o = MappingReviewService::slackDecisionOn(m_workspace.get(), id, shown, true, u"U0ADMIN1"_s, u"alice"_s);
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(u"changed after it was reviewed"_s), qPrintable(o.message));
        QCOMPARE(reread(id).status, StoredMapping::Status::Suggested);
        // A request without a revision (crafted, or from before revisions) decides nothing either.
        QVERIFY(!MappingReviewService::slackDecisionOn(m_workspace.get(), id, 0, true, u"U0ADMIN1"_s, u"alice"_s).ok);

        // The approver, on the current question: recorded for the Slack user, via Slack, with its revision.
        o = MappingReviewService::slackDecisionOn(m_workspace.get(), id, shown + 1, false, u"U0ADMIN1"_s, u"alice"_s);
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.connectionId, m_connection);
        const StoredMapping decided = reread(id);
        QCOMPARE(decided.status, StoredMapping::Status::Rejected);
        QVERIFY2(decided.decidedBy.contains(u"alice"_s) && decided.decidedBy.contains(u"U0ADMIN1"_s), qPrintable(decided.decidedBy));
        const auto audit = MappingStore(*m_workspace).decisions(m_connection, &error);
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.last().via, u"slack"_s); // the newest decision
        QCOMPARE(audit.last().decidedBy, decided.decidedBy);
        // Every click is in slack_approvals: the intruder's, the empty one, the stale and the revision-less
        // ones refused, the approver's honoured (the unknown mapping names no connection).
        const auto clicks = MappingStore(*m_workspace).slackClicks(Test::uidFor(u"billing"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(clicks.size(), 5);
        QCOMPARE(clicks.at(0).click.slackUserId, u"U0INTRUDER"_s);
        QVERIFY(!clicks.at(0).click.honoured);
        QVERIFY(clicks.at(0).click.reason.contains(u"not an approver"_s));
        QVERIFY(clicks.at(2).click.reason.contains(u"changed after it was reviewed"_s));
        QVERIFY(!clicks.at(3).click.honoured);
        QVERIFY(clicks.at(4).click.honoured);
        QCOMPARE(clicks.at(4).click.action, u"reject_mapping"_s);
    }

    // A sync approval clicked in Slack counts only from one of the connection's approvers, and only
    // for a connection of this workspace (by its immutable id); the answer names the connection to sync.
    void slackSyncApprovalsCountOnlyForApprovers()
    {
        const QString uid = Test::uidFor(u"billing"_s);
        QVERIFY(MappingReviewService::setApproversOn(m_workspace.get(), m_connection, {}).ok);
        auto o = MappingReviewService::slackSyncDecisionOn(m_workspace.get(), uid, true, u"U0ADMIN1"_s, u"alice"_s);
        QVERIFY(!o.ok); // nobody listed: nobody approves
        QVERIFY2(o.message.contains(u"not an approver of billing"_s), qPrintable(o.message));
        QVERIFY(MappingReviewService::setApproversOn(m_workspace.get(), m_connection, {u"U0ADMIN1"_s}).ok);
        QVERIFY(!MappingReviewService::slackSyncDecisionOn(m_workspace.get(), uid, true, u"U0INTRUDER"_s, u"mallory"_s).ok);
        QVERIFY(!MappingReviewService::slackSyncDecisionOn(m_workspace.get(), uid, true, QString(), u"nobody"_s).ok);
        for (const QString &other : {QUuid::createUuid().toString(QUuid::WithoutBraces), QString::number(m_connection), u"billing"_s}) {
            o = MappingReviewService::slackSyncDecisionOn(m_workspace.get(), other, true, u"U0ADMIN1"_s, u"alice"_s);
            QVERIFY(!o.ok); // another connection's id, a row number, a name: none is this connection
            QVERIFY2(o.message.contains(u"not in this workspace"_s), qPrintable(o.message));
        }
        o = MappingReviewService::slackSyncDecisionOn(m_workspace.get(), uid, true, u"U0ADMIN1"_s, u"alice"_s);
        QVERIFY2(o.ok, qPrintable(o.message));
        QVERIFY(o.approved);
        QCOMPARE(o.connectionName, u"billing"_s);
        o = MappingReviewService::slackSyncDecisionOn(m_workspace.get(), uid, false, u"U0ADMIN1"_s, u"alice"_s);
        QVERIFY(o.ok && !o.approved);
        QString error;
        const auto clicks = MappingStore(*m_workspace).slackClicks(uid, &error);
        QStringList outcomes;
        for (const auto &c : clicks)
            if (c.click.action.endsWith("_sync"_L1))
                outcomes << (c.click.honoured ? u"honoured"_s : u"refused"_s) + u":"_s + c.click.slackUserId;
        QCOMPARE(outcomes,
                 (QStringList{u"refused:U0ADMIN1"_s, u"refused:U0INTRUDER"_s, u"refused:?"_s, u"honoured:U0ADMIN1"_s, u"honoured:U0ADMIN1"_s}));
        QVERIFY(MappingReviewService::setApproversOn(m_workspace.get(), m_connection, {}).ok);
    }

    void approverListsAreCheckedBeforeTheyAreStored()
    {
        QVERIFY(MappingReviewService::setApproversOn(m_workspace.get(), m_connection, {u"U0ADMIN1"_s}).ok);
        const auto bad = MappingReviewService::setApproversOn(m_workspace.get(), m_connection, {u"U0ADMIN2"_s, u"alice@example.com"_s});
        QVERIFY(!bad.ok);
        QVERIFY2(bad.message.contains(u"alice@example.com"_s), qPrintable(bad.message));
        QString error;
        QCOMPARE(MappingStore(*m_workspace).approvers(m_connection, &error), QStringList{u"U0ADMIN1"_s}); // unchanged
        const auto good = MappingReviewService::setApproversOn(m_workspace.get(), m_connection, {u" W0ENT1 "_s, u""_s, u"U0ADMIN2"_s, u"W0ENT1"_s});
        QVERIFY2(good.ok, qPrintable(good.message));
        QCOMPARE(good.approvers, (QStringList{u"W0ENT1"_s, u"U0ADMIN2"_s})); // trimmed, blanks and repeats dropped
        QCOMPARE(MappingStore(*m_workspace).approvers(m_connection, &error), (QStringList{u"U0ADMIN2"_s, u"W0ENT1"_s}));
    }

    void mappingSetFilesAreCheckedBeforeAnythingIsWritten()
    {
        const auto rows = fresh({suggestion(u"email"_s, u"email"_s, 0.9), suggestion(u"phone"_s, u"mobile"_s, 0.7)});
        QVERIFY(MappingReviewService::decideOn(m_workspace.get(), {rows[u"email"_s].id}, true).ok);
        const QString path = m_dir.filePath(u"set.json"_s);
        const auto exported = MappingReviewService::exportOn(m_workspace.get(), m_connection, u"customers"_s, path);
        QVERIFY2(exported.ok, qPrintable(exported.message));
        QVERIFY(exported.count >= 2);
        // An export to a folder that does not exist says where.
        const auto unwritable
            = MappingReviewService::exportOn(m_workspace.get(), m_connection, u"customers"_s, m_dir.filePath(u"no/such/set.json"_s));
        QVERIFY(!unwritable.ok);
        QVERIFY2(unwritable.message.contains(u"no/such/set.json"_s), qPrintable(unwritable.message));

        QString error;
        const StoredMappings before = MappingStore(*m_workspace).list(m_connection, u"customers"_s, &error);
        const QString notJson = m_dir.filePath(u"broken.json"_s);
        QFile f(notJson);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"orion-mappings\", \"mappings\": [");
        f.close();
        auto o = MappingReviewService::importOn(m_workspace.get(), m_connection, notJson, false);
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(u"not a mapping set"_s), qPrintable(o.message));
        o = MappingReviewService::importOn(m_workspace.get(), m_connection, m_dir.filePath(u"missing.json"_s), false);
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(u"missing.json"_s), qPrintable(o.message));
        QCOMPARE(MappingStore(*m_workspace).list(m_connection, u"customers"_s, &error), before); // nothing changed

        // The exported file imports again, as suggestions to review.
        o = MappingReviewService::importOn(m_workspace.get(), m_connection, path, false);
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.count, exported.count);
    }

    void sourcePathsMustBeFieldsOfTheSamples()
    {
        const SourceFields fields
            = SourceProfile::profile({QJsonObject{{u"email"_s, u"a@example.com"_s}, {u"address"_s, QJsonObject{{u"city"_s, u"Oslo"_s}}}}});
        QVERIFY(MappingReviewService::checkSourcePath(fields, u"address.city"_s).isEmpty());
        QVERIFY(MappingReviewService::checkSourcePath(fields, QString()).isEmpty()); // "unmapped"
        QVERIFY(MappingReviewService::checkSourcePath({}, u"anything"_s).isEmpty()); // no samples to check against
        QVERIFY(MappingReviewService::checkSourcePath(fields, u"adress.city"_s).contains(u"adress.city"_s));
    }

    void approvalQuestionsAreTheUndecidedMappedRows()
    {
        StoredMappings rows;
        for (const auto &[id, status, source] :
             {std::tuple{1, StoredMapping::Status::Suggested, u"email"_s}, std::tuple{2, StoredMapping::Status::Approved, u"name"_s},
              std::tuple{3, StoredMapping::Status::Suggested, QString()}, std::tuple{4, StoredMapping::Status::Rejected, u"phone"_s}}) {
            StoredMapping m;
            m.id = id;
            m.status = status;
            m.suggestion = suggestion(u"field%1"_s.arg(id), source, 0.75);
            rows << m;
        }
        const auto questions = MappingReviewService::approvalQuestions(u"billing"_s, u"customers"_s, rows);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.first().first, u"mapping:1:1"_s); // row 1 as shown: revision 1
        QVERIFY2(questions.first().second.contains(u"billing"_s) && questions.first().second.contains(u"`email`"_s),
                 qPrintable(questions.first().second));
    }

    void aFailedLlmLeavesTheLocalSuggestionsAndSaysWhy()
    {
        const QList<QJsonObject> records = Test::mappingSample(u"stripe-customer.json"_s);
        QVERIFY(!records.isEmpty());
        const MappingReviewService::Match local = MappingReviewService::match(records, {}, MappingTarget::Customer, {}, nullptr);
        QVERIFY2(local.error.isEmpty(), qPrintable(local.error));
        QCOMPARE(local.run.mode, MappingRun::Mode::Local);

        LlmSettings llm;
        llm.provider = LlmSettings::Provider::Anthropic;
        llm.baseUrl = m_llm.baseUrl();
        llm.apiKey = QString::fromLatin1(FakeLlm::kKey);
        llm.model = u"claude-sonnet-4-5"_s;
        llm.maxAttempts = 1;
        m_llm.scriptNext(FakeLlm::Script::Refusal, 10);
        const MappingReviewService::Match fallback = MappingReviewService::match(records, {}, MappingTarget::Customer, llm, nullptr);
        QVERIFY(m_llm.requestCount() > 0);
        QVERIFY2(fallback.error.isEmpty(), qPrintable(fallback.error));
        QVERIFY2(fallback.warning.contains(u"refused"_s), qPrintable(fallback.warning));
        QCOMPARE(fallback.run.mode, MappingRun::Mode::Local);
        QCOMPARE(fallback.run.suggestions, local.run.suggestions);

        const auto stored
            = MappingReviewService::storeSuggestions(m_workspace.get(), m_connection, u"customers"_s, MappingTarget::Customer, fallback);
        QVERIFY2(stored.ok, qPrintable(stored.message));
        QVERIFY2(stored.message.contains(u"LLM was not used"_s), qPrintable(stored.message));
        MappingReviewService::Match nothing;
        nothing.error = u"no fields"_s;
        const auto refused
            = MappingReviewService::storeSuggestions(m_workspace.get(), m_connection, u"customers"_s, MappingTarget::Customer, nothing);
        QVERIFY(!refused.ok);
        QVERIFY(refused.message.contains(u"no fields"_s));
    }

    void asynchronousCallsAnswerWithValues()
    {
        fresh({suggestion(u"email"_s, u"email"_s, 0.96)});
        WorkspaceService workspace;
        SyncService sync(std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>()));
        QSignalSpy opened(&workspace, &WorkspaceService::workspaceOpened);
        workspace.open(m_config, {});
        QVERIFY(opened.size() || opened.wait(OrionTest::EventTimeout));
        MappingReviewService service(&workspace, &sync);
        QSignalSpy reviews(&service, &MappingReviewService::reviewAvailable);
        QSignalSpy finished(&service, &MappingReviewService::finished);

        service.load(42, m_connection, u"customers"_s, MappingTarget::Customer);
        QVERIFY(reviews.size() || reviews.wait(OrionTest::EventTimeout));
        const auto review = reviews.takeFirst().at(0).value<MappingReviewService::Review>();
        QCOMPARE(review.request, 42);
        QVERIFY2(review.error.isEmpty(), qPrintable(review.error));
        QCOMPARE(review.calibration.size(), 4);
        qint64 email = 0;
        for (const StoredMapping &m : review.mappings)
            if (m.suggestion.targetField == "email"_L1)
                email = m.id;
        QVERIFY(email > 0);

        service.decide({email}, true);
        QVERIFY(finished.size() || finished.wait(OrionTest::EventTimeout));
        auto o = finished.takeFirst().at(0).value<MappingReviewService::Outcome>();
        QCOMPARE(o.operation, MappingReviewService::Operation::Decide);
        QVERIFY2(o.ok, qPrintable(o.message));

        // A bad approver list is refused without a database round trip, still as an answer.
        service.setApprovers(m_connection, {u"not-an-id"_s});
        QVERIFY(finished.size() || finished.wait(OrionTest::EventTimeout));
        o = finished.takeFirst().at(0).value<MappingReviewService::Outcome>();
        QCOMPARE(o.operation, MappingReviewService::Operation::SetApprovers);
        QVERIFY(!o.ok);

        // The matcher on the pool, then the store on the workspace thread.
        service.suggest(m_connection, u"customers"_s, MappingTarget::Customer, Test::mappingSample(u"stripe-customer.json"_s), {}, {});
        QVERIFY(finished.size() || finished.wait(OrionTest::EventTimeout));
        o = finished.takeFirst().at(0).value<MappingReviewService::Outcome>();
        QCOMPARE(o.operation, MappingReviewService::Operation::Suggest);
        QVERIFY2(o.ok && o.count > 0, qPrintable(o.message));
        QVERIFY(!service.isSuggesting());
    }
};

QTEST_GUILESS_MAIN(TstMappingReviewService)
#include "tst_mappingreviewservice.moc"

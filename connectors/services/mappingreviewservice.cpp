#include "services/mappingreviewservice.h"

#include "adapters/connectorsession.h"
#include "adapters/slack/slackconnector.h"
#include "services/syncjob.h"
#include "services/syncservice.h"
#include "services/workspaceservice.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThreadPool>

using namespace Qt::StringLiterals;

// The texts keep the translation context of the page and the window they were first written for.

namespace Orion {

namespace {

QString noWorkspace()
{
    return QCoreApplication::translate("Orion::MappingsPage", "No workspace is open.");
}

MappingReviewService::Outcome failed(MappingReviewService::Operation operation, const QString &error)
{
    MappingReviewService::Outcome o;
    o.operation = operation;
    o.message = error;
    return o;
}

MappingReviewService::Outcome succeeded(MappingReviewService::Operation operation, int count, const QString &message, qint64 connectionId = 0)
{
    MappingReviewService::Outcome o;
    o.operation = operation;
    o.ok = true;
    o.count = count;
    o.message = message;
    o.connectionId = connectionId;
    return o;
}

} // namespace

MappingReviewService::MappingReviewService(WorkspaceService *workspace, SyncService *sync, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_sync(sync)
{
}

MappingReviewService::~MappingReviewService()
{
    cancelSuggest();
}

// ---- the rules ---------------------------------------------------------------------------------

MappingReviewService::Review MappingReviewService::review(Workspace *workspace, qint64 connectionId, const QString &stream, MappingTarget target)
{
    Review r;
    r.connectionId = connectionId;
    r.stream = stream;
    r.target = target;
    if (!workspace) {
        r.error = noWorkspace();
        return r;
    }
    MappingStore store(*workspace);
    r.mappings = store.list(connectionId, stream, &r.error);
    if (r.error.isEmpty())
        r.calibration = store.calibration(0, &r.error);
    if (r.error.isEmpty()) {
        RecordStore records(*workspace);
        const RecordKind kind = target == MappingTarget::Customer ? RecordKind::Customer : RecordKind::Invoice;
        for (const QJsonObject &record : records.records(connectionId, kind, &r.error)) {
            if (r.samples.size() >= 200)
                break;
            const QJsonObject raw = record.value("raw"_L1).toObject();
            if (!raw.isEmpty())
                r.samples << raw;
        }
    }
    return r;
}

MappingReviewService::Match MappingReviewService::match(const QList<QJsonObject> &records, const QString &documentation, MappingTarget target,
                                                        const LlmSettings &llm, const std::atomic<bool> *cancel)
{
    Match m;
    const MappingRun::Mode mode = llm.isConfigured() ? MappingRun::Mode::Hybrid : MappingRun::Mode::Local;
    const SourceFields fields = SourceProfile::profile(records);
    if (MappingEngine::run(fields, target, documentation, mode, llm, cancel, &m.run, &m.error) || mode == MappingRun::Mode::Local
        || (cancel && cancel->load()))
        return m;
    // The LLM failed (unreachable, refused, cut off): the local matcher's suggestions still stand,
    // and the reason is shown; nothing from the failed answer is used.
    m.warning = m.error;
    m.error.clear();
    m.run = MappingRun();
    MappingEngine::run(fields, target, QString(), MappingRun::Mode::Local, llm, cancel, &m.run, &m.error);
    return m;
}

MappingReviewService::Outcome MappingReviewService::storeSuggestions(Workspace *workspace, qint64 connectionId, const QString &stream,
                                                                     MappingTarget target, const Match &match)
{
    Outcome o;
    o.operation = Operation::Suggest;
    o.connectionId = connectionId;
    if (!match.error.isEmpty())
        return failed(Operation::Suggest, QCoreApplication::translate("Orion::MappingsPage", "No suggestions: %1").arg(match.error));
    if (!workspace)
        return failed(Operation::Suggest, noWorkspace());
    QString error;
    const int stored = MappingStore(*workspace).saveSuggestions(connectionId, stream, target, match.run.suggestions, &error);
    if (stored < 0)
        return failed(Operation::Suggest, error);
    QString usage;
    if (!match.warning.isEmpty())
        usage = QCoreApplication::translate("Orion::MappingsPage", " · the LLM was not used: %1").arg(match.warning);
    else if (match.run.mode != MappingRun::Mode::Local)
        usage = QCoreApplication::translate("Orion::MappingsPage", " · %1 field(s) asked of the LLM, %2 + %3 tokens, %4")
                    .arg(match.run.llmFields)
                    .arg(match.run.inputTokens)
                    .arg(match.run.outputTokens)
                    .arg(match.run.estimatedUsd < 0 ? QCoreApplication::translate("Orion::MappingsPage", "cost unknown")
                                                    : u"$"_s + QString::number(match.run.estimatedUsd, 'f', 4));
    o.ok = true;
    o.count = stored;
    o.message = QCoreApplication::translate("Orion::MappingsPage", "%n suggestion(s) stored for review", nullptr, stored) + usage;
    return o;
}

MappingReviewService::Outcome MappingReviewService::decideOn(Workspace *workspace, const QList<qint64> &ids, bool approve,
                                                             const QHash<qint64, int> &seen)
{
    if (!workspace)
        return failed(Operation::Decide, noWorkspace());
    QString error;
    if (!MappingStore(*workspace)
             .decide(ids, approve ? StoredMapping::Status::Approved : StoredMapping::Status::Rejected, workspace->actor(), MappingStore::Via::Desktop,
                     &error, seen))
        return failed(Operation::Decide, error);
    const int count = int(ids.size());
    return succeeded(Operation::Decide, count,
                     approve ? QCoreApplication::translate("Orion::MappingsPage", "Approved %n mapping(s).", nullptr, count)
                             : QCoreApplication::translate("Orion::MappingsPage", "Rejected %n mapping(s).", nullptr, count));
}

MappingReviewService::Outcome MappingReviewService::approveAtOrAboveOn(Workspace *workspace, qint64 connectionId, const QString &stream,
                                                                       double threshold)
{
    if (!workspace)
        return failed(Operation::ApproveAtOrAbove, noWorkspace());
    QString error;
    MappingStore store(*workspace);
    const QList<qint64> ids = store.undecidedAtOrAbove(connectionId, stream, threshold, &error);
    if (!error.isEmpty())
        return failed(Operation::ApproveAtOrAbove, error);
    if (!ids.isEmpty() && !store.decide(ids, StoredMapping::Status::Approved, workspace->actor(), MappingStore::Via::Desktop, &error))
        return failed(Operation::ApproveAtOrAbove, error);
    const int count = int(ids.size());
    return succeeded(
        Operation::ApproveAtOrAbove, count,
        QCoreApplication::translate("Orion::MappingsPage", "Approved %n mapping(s) at or above %1.", nullptr, count).arg(threshold, 0, 'f', 2),
        connectionId);
}

MappingReviewService::Outcome MappingReviewService::editOn(Workspace *workspace, qint64 mappingId, const QString &sourcePath,
                                                           Transformation transformation)
{
    if (!workspace)
        return failed(Operation::Edit, noWorkspace());
    QString error;
    if (!MappingStore(*workspace).edit(mappingId, sourcePath, transformation, {}, workspace->actor(), &error))
        return failed(Operation::Edit, error);
    return succeeded(Operation::Edit, 1, QCoreApplication::translate("Orion::MappingsPage", "Changed; review it again before it drives syncs."));
}

MappingReviewService::Outcome MappingReviewService::exportOn(Workspace *workspace, qint64 connectionId, const QString &stream, const QString &path)
{
    if (!workspace)
        return failed(Operation::Export, noWorkspace());
    QString error;
    const QJsonObject json = MappingStore(*workspace).exportSet(connectionId, stream, &error);
    if (!error.isEmpty())
        return failed(Operation::Export, error);
    QFile f(path);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size() || !f.flush())
        return failed(Operation::Export, QCoreApplication::translate("Orion::MappingsPage", "Cannot write %1: %2").arg(path, f.errorString()));
    return succeeded(Operation::Export, int(json.value("mappings"_L1).toArray().size()),
                     QCoreApplication::translate("Orion::MappingsPage", "Exported to %1.").arg(path), connectionId);
}

MappingReviewService::Outcome MappingReviewService::importOn(Workspace *workspace, qint64 connectionId, const QString &path, bool keepDecisions)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failed(Operation::Import, QCoreApplication::translate("Orion::MappingsPage", "Cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failed(Operation::Import, QCoreApplication::translate("Orion::MappingsPage", "%1 is not a mapping set (JSON object).").arg(path));
    if (!workspace)
        return failed(Operation::Import, noWorkspace());
    QString error;
    const int count = MappingStore(*workspace).importSet(connectionId, doc.object(), keepDecisions, workspace->actor(), &error);
    if (count < 0)
        return failed(Operation::Import, error);
    return succeeded(Operation::Import, count, QCoreApplication::translate("Orion::MappingsPage", "Imported %n mapping(s).", nullptr, count),
                     connectionId);
}

QString MappingReviewService::checkApprovers(const QStringList &slackUserIds, QStringList *ids)
{
    static const QRegularExpression slackId(u"^[UW][A-Z0-9]{2,}$"_s);
    ids->clear();
    for (const QString &raw : slackUserIds) {
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!slackId.match(trimmed).hasMatch()) {
            ids->clear();
            return QCoreApplication::translate("Orion::MappingsPage", "\"%1\" is not a Slack user id (U… or W…).").arg(trimmed);
        }
        if (!ids->contains(trimmed))
            *ids << trimmed;
    }
    return {};
}

MappingReviewService::Outcome MappingReviewService::setApproversOn(Workspace *workspace, qint64 connectionId, const QStringList &slackUserIds)
{
    QStringList ids;
    const QString problem = checkApprovers(slackUserIds, &ids);
    if (!problem.isEmpty())
        return failed(Operation::SetApprovers, problem);
    if (!workspace)
        return failed(Operation::SetApprovers, noWorkspace());
    QString error;
    if (!MappingStore(*workspace).setApprovers(connectionId, ids, &error))
        return failed(Operation::SetApprovers, error);
    Outcome o = succeeded(Operation::SetApprovers, int(ids.size()), QString(), connectionId);
    o.approvers = ids;
    o.message = QCoreApplication::translate("Orion::MappingsPage", "Slack approvers: %1")
                    .arg(ids.isEmpty() ? QCoreApplication::translate("Orion::MappingsPage", "nobody") : ids.join(u", "_s));
    return o;
}

namespace {
// slack_approvals: one row per click on whichever desktop received it; a failure to audit is said, not
// hidden, but does not undo a decision already committed.
void auditSlackClick(Workspace &workspace, const QString &connectionUid, qint64 connectionId, const QString &action, const QString &subject,
                     const QString &slackUserId, bool honoured, const QString &reason)
{
    QString error;
    if (!MappingStore(workspace).recordSlackClick({connectionUid, connectionId, action, subject, slackUserId, honoured, reason}, &error))
        qWarning("orion: %s", qUtf8Printable(error));
}
} // namespace

MappingReviewService::Outcome MappingReviewService::slackDecisionOn(Workspace *workspace, qint64 mappingId, int revision, bool approve,
                                                                    const QString &slackUserId, const QString &slackUserName)
{
    if (!workspace)
        return failed(Operation::SlackDecision, noWorkspace());
    QString error;
    MappingStore store(*workspace);
    const auto mapping = store.mapping(mappingId, &error);
    if (!mapping)
        return failed(
            Operation::SlackDecision,
            error.isEmpty()
                ? QCoreApplication::translate("Orion::MainWindow", "A Slack decision names mapping %1, which no longer exists.").arg(mappingId)
                : error);
    const auto connection = ConnectionStore(*workspace).connectionById(mapping->connectionId, &error);
    const QString uid = connection ? connection->uid : QString();
    const QString action = approve ? u"approve_mapping"_s : u"reject_mapping"_s;
    const QString subject = u"%1 (revision %2)"_s.arg(mapping->suggestion.targetField).arg(revision);
    const auto refuse = [&](const QString &reason) {
        if (!uid.isEmpty())
            auditSlackClick(*workspace, uid, mapping->connectionId, action, subject, slackUserId, false, reason);
        return failed(Operation::SlackDecision, reason);
    };
    const QStringList approvers = store.approvers(mapping->connectionId, &error);
    if (!error.isEmpty())
        return failed(Operation::SlackDecision, error);
    if (slackUserId.isEmpty() || !approvers.contains(slackUserId))
        return refuse(QCoreApplication::translate("Orion::MainWindow", "%1 is not an approver of these mappings: their Slack decision was ignored.")
                          .arg(slackUserName));
    if (revision <= 0)
        return refuse(QCoreApplication::translate("Orion::MainWindow",
                                                  "%1 answered a request that does not say which version of %2 it showed: ask in Slack again.")
                          .arg(slackUserName, mapping->suggestion.targetField));
    if (!store.decide({mappingId}, approve ? StoredMapping::Status::Approved : StoredMapping::Status::Rejected,
                      QCoreApplication::translate("Orion::MainWindow", "Slack: %1 (%2)").arg(slackUserName, slackUserId), MappingStore::Via::Slack,
                      &error, {{mappingId, revision}}))
        return refuse(error);
    if (!uid.isEmpty())
        auditSlackClick(*workspace, uid, mapping->connectionId, action, subject, slackUserId, true, QString());
    Outcome o;
    o.operation = Operation::SlackDecision;
    o.ok = true;
    o.count = 1;
    o.connectionId = mapping->connectionId;
    o.message = approve
        ? QCoreApplication::translate("Orion::MainWindow", "%1 approved %2 in Slack.").arg(slackUserName, mapping->suggestion.targetField)
        : QCoreApplication::translate("Orion::MainWindow", "%1 rejected %2 in Slack.").arg(slackUserName, mapping->suggestion.targetField);
    return o;
}

QList<std::pair<QString, QString>> MappingReviewService::approvalQuestions(const QString &connectionName, const QString &stream,
                                                                           const StoredMappings &mappings)
{
    QList<std::pair<QString, QString>> questions;
    for (const StoredMapping &m : mappings)
        if (m.status == StoredMapping::Status::Suggested && !m.suggestion.isUnmapped())
            questions.append(
                {u"mapping:%1:%2"_s.arg(m.id).arg(m.revision), // the button's value: this row as it was shown
                 QCoreApplication::translate("Orion::MappingsPage", "*%1* / %2: map *%3* ← `%4` (%5, confidence %6)?\n%7")
                     .arg(connectionName, stream, m.suggestion.targetField, m.suggestion.sourcePath, transformationName(m.suggestion.transformation))
                     .arg(m.suggestion.confidence, 0, 'f', 2)
                     .arg(m.suggestion.reasoning.left(300))});
    return questions;
}

MappingReviewService::Outcome MappingReviewService::postApprovalRequests(const SlackAccess &access, const QString &slackConnection,
                                                                         const QString &channel, const QList<std::pair<QString, QString>> &questions)
{
    QString error;
    Workspace::Options wo;
    wo.createIfMissing = false;
    auto workspace = Workspace::open(access.database, access.databasePassword, &error, wo);
    if (!workspace)
        return failed(Operation::AskInSlack, error);
    ResolvedConnection slack;
    if (SyncJob::resolve(*workspace, slackConnection, access.credentials, &slack, &error) != SyncResult::Outcome::Ran)
        return failed(Operation::AskInSlack, error);
    ConnectorSession session(*slack.connector, slack.connection.id, slack.secretOwner(), slack.settings, access.credentials, access.httpOptions);
    if (!session.isReady())
        return failed(Operation::AskInSlack, session.failure().message);
    Outcome o;
    o.operation = Operation::AskInSlack;
    for (const auto &[value, question] : questions) {
        QString ts;
        Failure failure;
        if (!SlackConnector::postMessage(session.context(), channel, question, SlackConnector::approvalBlocks(question, value), &ts, &failure)) {
            o.message = session.redact(failure.message);
            return o; // o.count says how many went out before the failure
        }
        ++o.count;
    }
    o.ok = true;
    o.message = QCoreApplication::translate("Orion::MappingsPage", "Asked in %1: %n request(s) posted; only the connection's approvers can decide.",
                                            nullptr, o.count)
                    .arg(channel);
    return o;
}

QString MappingReviewService::checkSourcePath(const SourceFields &fields, const QString &sourcePath)
{
    if (sourcePath.isEmpty() || fields.isEmpty())
        return {};
    for (const SourceField &f : fields)
        if (f.path == sourcePath)
            return {};
    return QCoreApplication::translate("Orion::MappingsPage", "\"%1\" is not a field of the sample records.").arg(sourcePath);
}

// ---- the asynchronous calls --------------------------------------------------------------------

template<typename Work> void MappingReviewService::onWorkspace(Operation operation, Work work)
{
    if (!m_workspace) {
        answer(failed(operation, noWorkspace()));
        return;
    }
    QPointer<MappingReviewService> self = this;
    m_workspace->submit([self, work = std::move(work)](Workspace *workspace) {
        const Outcome o = work(workspace);
        QMetaObject::invokeMethod(qApp, [self, o] {
            if (self)
                Q_EMIT self->finished(o);
        });
    });
}

void MappingReviewService::answer(const Outcome &outcome)
{
    QPointer<MappingReviewService> self = this;
    QMetaObject::invokeMethod(
        this,
        [self, outcome] {
            if (self)
                Q_EMIT self->finished(outcome);
        },
        Qt::QueuedConnection);
}

void MappingReviewService::load(int request, qint64 connectionId, const QString &stream, MappingTarget target)
{
    if (!m_workspace)
        return;
    QPointer<MappingReviewService> self = this;
    m_workspace->submit([self, request, connectionId, stream, target](Workspace *workspace) {
        Review r = review(workspace, connectionId, stream, target);
        r.request = request;
        QMetaObject::invokeMethod(qApp, [self, r] {
            if (self)
                Q_EMIT self->reviewAvailable(r);
        });
    });
}

void MappingReviewService::suggest(qint64 connectionId, const QString &stream, MappingTarget target, const QList<QJsonObject> &records,
                                   const QString &documentation, const LlmSettings &llm)
{
    if (records.isEmpty()) {
        answer(failed(Operation::Suggest, QCoreApplication::translate("Orion::MappingsPage", "The sample has no records.")));
        return;
    }
    cancelSuggest();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    QPointer<MappingReviewService> self = this;
    QThreadPool::globalInstance()->start([self, cancel, connectionId, stream, target, records, documentation, llm] {
        const Match m = match(records, documentation, target, llm, cancel.get());
        QMetaObject::invokeMethod(qApp, [self, cancel, connectionId, stream, target, m] {
            if (!self)
                return;
            if (self->m_cancel == cancel)
                self->m_cancel.reset();
            if (cancel->load()) {
                Q_EMIT self->finished(
                    failed(Operation::Suggest, QCoreApplication::translate("Orion::MappingsPage", "No suggestions: %1").arg(m.error)));
                return;
            }
            self->onWorkspace(Operation::Suggest, [connectionId, stream, target, m](Workspace *workspace) {
                return storeSuggestions(workspace, connectionId, stream, target, m);
            });
        });
    });
}

void MappingReviewService::cancelSuggest()
{
    if (m_cancel)
        m_cancel->store(true);
}

void MappingReviewService::decide(const QList<qint64> &ids, bool approve, const QHash<qint64, int> &seen)
{
    onWorkspace(Operation::Decide, [ids, approve, seen](Workspace *workspace) { return decideOn(workspace, ids, approve, seen); });
}

void MappingReviewService::approveAtOrAbove(qint64 connectionId, const QString &stream, double threshold)
{
    onWorkspace(Operation::ApproveAtOrAbove,
                [connectionId, stream, threshold](Workspace *workspace) { return approveAtOrAboveOn(workspace, connectionId, stream, threshold); });
}

void MappingReviewService::edit(qint64 mappingId, const QString &sourcePath, Transformation transformation)
{
    onWorkspace(Operation::Edit,
                [mappingId, sourcePath, transformation](Workspace *workspace) { return editOn(workspace, mappingId, sourcePath, transformation); });
}

void MappingReviewService::exportSet(qint64 connectionId, const QString &stream, const QString &path)
{
    onWorkspace(Operation::Export, [connectionId, stream, path](Workspace *workspace) { return exportOn(workspace, connectionId, stream, path); });
}

void MappingReviewService::importSet(qint64 connectionId, const QString &path, bool keepDecisions)
{
    onWorkspace(Operation::Import,
                [connectionId, path, keepDecisions](Workspace *workspace) { return importOn(workspace, connectionId, path, keepDecisions); });
}

void MappingReviewService::loadApprovers(qint64 connectionId)
{
    onWorkspace(Operation::LoadApprovers, [connectionId](Workspace *workspace) {
        if (!workspace)
            return failed(Operation::LoadApprovers, noWorkspace());
        Outcome o;
        o.operation = Operation::LoadApprovers;
        o.connectionId = connectionId;
        QString error;
        o.approvers = MappingStore(*workspace).approvers(connectionId, &error);
        o.ok = error.isEmpty();
        o.message = error;
        o.count = int(o.approvers.size());
        return o;
    });
}

void MappingReviewService::setApprovers(qint64 connectionId, const QStringList &slackUserIds)
{
    QStringList ids;
    const QString problem = checkApprovers(slackUserIds, &ids);
    if (!problem.isEmpty()) {
        answer(failed(Operation::SetApprovers, problem)); // refused before any database work
        return;
    }
    onWorkspace(Operation::SetApprovers, [connectionId, ids](Workspace *workspace) { return setApproversOn(workspace, connectionId, ids); });
}

void MappingReviewService::recordSlackDecision(qint64 mappingId, int revision, bool approve, const QString &slackUserId, const QString &slackUserName)
{
    onWorkspace(Operation::SlackDecision, [mappingId, revision, approve, slackUserId, slackUserName](Workspace *workspace) {
        return slackDecisionOn(workspace, mappingId, revision, approve, slackUserId, slackUserName);
    });
}

void MappingReviewService::recordSlackSyncDecision(const QString &connectionUid, bool approve, const QString &slackUserId,
                                                   const QString &slackUserName)
{
    onWorkspace(Operation::SlackSyncDecision, [connectionUid, approve, slackUserId, slackUserName](Workspace *workspace) {
        return slackSyncDecisionOn(workspace, connectionUid, approve, slackUserId, slackUserName);
    });
}

MappingReviewService::Outcome MappingReviewService::slackSyncDecisionOn(Workspace *workspace, const QString &connectionUid, bool approve,
                                                                        const QString &slackUserId, const QString &slackUserName)
{
    if (!workspace)
        return failed(Operation::SlackSyncDecision, noWorkspace());
    QString error;
    const auto connection = ConnectionStore(*workspace).connectionByUid(connectionUid, &error);
    if (!connection) // deleted, or another member's (not visible to this user)
        return failed(Operation::SlackSyncDecision,
                      error.isEmpty()
                          ? QCoreApplication::translate("Orion::MainWindow",
                                                        "A Slack sync approval names connection %1, which is not in this workspace: ignored.")
                                .arg(connectionUid)
                          : error);
    const QString action = approve ? u"approve_sync"_s : u"reject_sync"_s;
    const auto refuse = [&](const QString &reason) {
        auditSlackClick(*workspace, connection->uid, connection->id, action, connection->name, slackUserId, false, reason);
        return failed(Operation::SlackSyncDecision, reason);
    };
    // Only the desktop of the connection's owner starts its sync (an admin sees every connection, and
    // Socket Mode may deliver the click to any desktop listening on the Slack app).
    if (workspace->isPostgres() && connection->owner != workspace->userName())
        return refuse(
            QCoreApplication::translate("Orion::MainWindow", "The Slack sync approval for %1 is for its owner's desktop (%2): ignored here.")
                .arg(connection->name, connection->owner));
    const QStringList approvers = MappingStore(*workspace).approvers(connection->id, &error);
    if (!error.isEmpty())
        return failed(Operation::SlackSyncDecision, error);
    if (slackUserId.isEmpty() || !approvers.contains(slackUserId))
        return refuse(QCoreApplication::translate("Orion::MainWindow", "%1 is not an approver of %2: their Slack decision was ignored.")
                          .arg(slackUserName, connection->name));
    auditSlackClick(*workspace, connection->uid, connection->id, action, connection->name, slackUserId, true, QString());
    Outcome o;
    o.operation = Operation::SlackSyncDecision;
    o.ok = true;
    o.count = 1;
    o.connectionId = connection->id;
    o.connectionName = connection->name;
    o.approved = approve;
    o.message = approve
        ? QCoreApplication::translate("Orion::MainWindow", "%1 approved in Slack: syncing %2.").arg(slackUserName, connection->name)
        : QCoreApplication::translate("Orion::MainWindow", "%1 rejected the sync of %2 in Slack.").arg(slackUserName, connection->name);
    return o;
}

void MappingReviewService::askInSlack(const QString &connectionName, const QString &stream, const StoredMappings &mappings,
                                      const QString &slackConnection, const QString &channel)
{
    const auto questions = approvalQuestions(connectionName, stream, mappings);
    if (questions.isEmpty()) {
        answer(failed(Operation::AskInSlack, QCoreApplication::translate("Orion::MappingsPage", "Nothing is waiting for review.")));
        return;
    }
    SlackAccess access;
    access.database = m_sync->database();
    access.databasePassword = m_sync->databasePassword();
    access.credentials = m_sync->credentials();
    access.httpOptions = m_sync->httpOptions();
    QPointer<MappingReviewService> self = this;
    QThreadPool::globalInstance()->start([self, access, slackConnection, channel, questions] {
        const Outcome o = postApprovalRequests(access, slackConnection, channel, questions);
        QMetaObject::invokeMethod(qApp, [self, o] {
            if (self)
                Q_EMIT self->finished(o);
        });
    });
}

} // namespace Orion

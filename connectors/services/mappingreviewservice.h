#pragma once

#include "mapping/mappingengine.h"
#include "mapping/sourceprofile.h"
#include "runtime/httpclient.h"
#include "store/mappingstore.h"
#include "workspace/databaseconfig.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <utility>

namespace Orion {

class CredentialStore;
class SyncService;
class Workspace;
class WorkspaceService;

// The mapping review for the Mappings page and the Slack listener: loading a stream's suggestions
// with samples and calibration, running the matcher (local, or with the LLM and the local matcher
// as the fallback), deciding, editing, importing and exporting, the Slack approvers and the
// decisions clicked in Slack. Each call returns at once: database work runs on the workspace
// thread, the matcher and Slack posts on the thread pool; answers are signals carrying values.
// The rules are static functions on an open workspace, tested without widgets.
class MappingReviewService : public QObject
{
    Q_OBJECT
public:
    struct Review
    {
        int request = 0; // the caller's number for this load, returned as given
        qint64 connectionId = 0;
        QString stream;
        MappingTarget target = MappingTarget::Customer;
        StoredMappings mappings;
        QList<QJsonObject> samples; // up to 200 stored source records of the stream
        QList<BandDecisions> calibration;
        QString error;
    };
    enum class Operation {
        Suggest,
        Decide,
        ApproveAtOrAbove,
        Edit,
        Export,
        Import,
        LoadApprovers,
        SetApprovers,
        SlackDecision,
        SlackSyncDecision,
        AskInSlack
    };
    struct Outcome
    {
        Operation operation = Operation::Decide;
        bool ok = false;
        int count = 0;         // rows decided, stored or imported; requests posted
        QString message;       // what to tell the user: what happened, or the error when !ok
        QStringList approvers; // LoadApprovers, SetApprovers
        qint64 connectionId = 0;
        QString connectionName; // SlackSyncDecision: the connection to sync when ok and approved
        bool approved = false;  // SlackSyncDecision
    };
    // What a Slack post needs, taken from the SyncService on the caller's thread when the call starts.
    struct SlackAccess
    {
        DatabaseConfig database;
        QString databasePassword;
        std::shared_ptr<CredentialStore> credentials;
        HttpClient::Options httpOptions;
    };
    struct Match
    {
        MappingRun run;
        QString error;   // no suggestions at all
        QString warning; // the LLM failed and the local matcher's suggestions were kept
    };

    MappingReviewService(WorkspaceService *workspace, SyncService *sync, QObject *parent = nullptr);
    ~MappingReviewService() override;

    void load(int request, qint64 connectionId, const QString &stream, MappingTarget target); // → reviewAvailable
    // Matches the records' fields (the LLM when configured), then stores the suggestions → finished(Suggest).
    void suggest(qint64 connectionId, const QString &stream, MappingTarget target, const QList<QJsonObject> &records, const QString &documentation,
                 const LlmSettings &llm);
    void cancelSuggest();
    bool isSuggesting() const { return bool(m_cancel); }
    // seen: the revision of each row the reviewer saw (rows changed since are not decided).
    void decide(const QList<qint64> &ids, bool approve, const QHash<qint64, int> &seen = {});
    void approveAtOrAbove(qint64 connectionId, const QString &stream, double threshold);
    void edit(qint64 mappingId, const QString &sourcePath, Transformation transformation);
    void exportSet(qint64 connectionId, const QString &stream, const QString &path);
    void importSet(qint64 connectionId, const QString &path, bool keepDecisions);
    void loadApprovers(qint64 connectionId);
    void setApprovers(qint64 connectionId, const QStringList &slackUserIds);
    void recordSlackDecision(qint64 mappingId, int revision, bool approve, const QString &slackUserId, const QString &slackUserName);
    // An Approve/Reject click on a sync approval request ("sync:<connection id>"): honoured only when
    // the connection is this workspace user's own (row-level security hides the others) and the
    // Slack user is on its approvers list, as for mappings. The answer names the connection to sync.
    void recordSlackSyncDecision(const QString &connectionUid, bool approve, const QString &slackUserId, const QString &slackUserName);
    static Outcome slackSyncDecisionOn(Workspace *workspace, const QString &connectionUid, bool approve, const QString &slackUserId,
                                       const QString &slackUserName);
    // Posts one approval request per undecided suggestion of `mappings` to a Slack channel.
    void askInSlack(const QString &connectionName, const QString &stream, const StoredMappings &mappings, const QString &slackConnection,
                    const QString &channel);

    // The rules, on the calling thread with an open workspace (nullptr: none open). Decisions are
    // recorded for Workspace::actor(), Slack decisions for the Slack user.
    static Review review(Workspace *workspace, qint64 connectionId, const QString &stream, MappingTarget target);
    static Match match(const QList<QJsonObject> &records, const QString &documentation, MappingTarget target, const LlmSettings &llm,
                       const std::atomic<bool> *cancel);
    static Outcome storeSuggestions(Workspace *workspace, qint64 connectionId, const QString &stream, MappingTarget target, const Match &match);
    static Outcome decideOn(Workspace *workspace, const QList<qint64> &ids, bool approve, const QHash<qint64, int> &seen = {});
    static Outcome approveAtOrAboveOn(Workspace *workspace, qint64 connectionId, const QString &stream, double threshold);
    static Outcome editOn(Workspace *workspace, qint64 mappingId, const QString &sourcePath, Transformation transformation);
    static Outcome exportOn(Workspace *workspace, qint64 connectionId, const QString &stream, const QString &path);
    static Outcome importOn(Workspace *workspace, qint64 connectionId, const QString &path, bool keepDecisions);
    static Outcome setApproversOn(Workspace *workspace, qint64 connectionId, const QStringList &slackUserIds);
    // Counts only when the Slack user is on the connection's approvers list.
    // Every click, honoured or refused, is audited in slack_approvals.
    static Outcome slackDecisionOn(Workspace *workspace, qint64 mappingId, int revision, bool approve, const QString &slackUserId,
                                   const QString &slackUserName);
    static QList<std::pair<QString, QString>> approvalQuestions(const QString &connectionName, const QString &stream, const StoredMappings &mappings);
    static Outcome postApprovalRequests(const SlackAccess &access, const QString &slackConnection, const QString &channel,
                                        const QList<std::pair<QString, QString>> &questions);
    // Empty when `sourcePath` may be used (a field of the samples, or no samples to check against).
    static QString checkSourcePath(const SourceFields &fields, const QString &sourcePath);
    // Empty when every entry is a Slack user id (U… or W…, blanks skipped); the ids in *ids.
    static QString checkApprovers(const QStringList &slackUserIds, QStringList *ids);

Q_SIGNALS:
    void reviewAvailable(const Orion::MappingReviewService::Review &review);
    void finished(const Orion::MappingReviewService::Outcome &outcome);

private:
    template<typename Work> void onWorkspace(Operation operation, Work work); // operation: for the answer when no workspace service is left
    void answer(const Outcome &outcome);

    QPointer<WorkspaceService> m_workspace;
    SyncService *m_sync;
    std::shared_ptr<std::atomic<bool>> m_cancel; // while the matcher runs
};

} // namespace Orion

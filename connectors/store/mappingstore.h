#pragma once

#include "mapping/driftcheck.h"
#include "mapping/mapping.h"
#include "mapping/mappingset.h"

#include <QCoreApplication>

#include <optional>

namespace Orion {

class Workspace;

// Stored mapping suggestions and the decisions on them. Use on the thread that owns the Workspace.
// On PostgreSQL row-level security decides who may approve (orion_admin); a refusal comes back as
// the database's error.
class MappingStore
{
    Q_DECLARE_TR_FUNCTIONS(Orion::MappingStore)

public:
    explicit MappingStore(Workspace &workspace);

    // Replaces the stream's undecided suggestions with these (decided rows stay). Returns the count stored.
    int saveSuggestions(qint64 connectionId, const QString &stream, MappingTarget target, const MappingSuggestions &suggestions, QString *error);
    // Every stored row of a connection (all streams when stream is empty), by stream and target field order.
    StoredMappings list(qint64 connectionId, const QString &stream, QString *error) const;
    std::optional<StoredMapping> mapping(qint64 id, QString *error) const;
    // Edits a row's source path, transformation and parameters; a decided row goes back to "suggested".
    bool edit(qint64 id, const QString &sourcePath, Transformation transformation, const QJsonObject &parameters, const QString &editedBy,
              QString *error);

    enum class Via { Desktop, Cli, Slack, Import };
    // The revision of each row that the reviewer saw (StoredMapping::revision): a row that changed
    // since is not decided. Rows without an entry are decided as they are now (the bulk "approve all
    // at or above" reads them in the same transaction).
    using Seen = QHash<qint64, int>;
    // Approves or rejects rows in one transaction, auditing each with its revision. Approving a row
    // withdraws an earlier approval of another source for the same field. All or nothing.
    bool decide(const QList<qint64> &ids, StoredMapping::Status decision, const QString &decidedBy, Via via, QString *error, const Seen &seen = {});
    // The ids of the stream's undecided rows at or above the threshold (for "approve all ≥ t").
    QList<qint64> undecidedAtOrAbove(qint64 connectionId, const QString &stream, double threshold, QString *error) const;

    // The approved rules of a stream, ready to apply; empty when nothing is approved.
    MappingSet approvedSet(qint64 connectionId, const QString &stream, QString *error) const;
    // The stream's approved rules with a source, as drift alarms watch them: each keyed by its id,
    // revision and approval, with what the syncs have seen of it (zero counts when nothing yet).
    FieldBaselines baselines(qint64 connectionId, const QString &stream, QString *error) const;
    // Fills in what the syncs have seen of these fields (by their keys); unknown keys stay at zero.
    bool loadBaselines(qint64 connectionId, const QString &stream, FieldBaselines *fields, QString *error) const;
    // Stores `updated`, and forgets the stream's baselines whose key is not in `watched` (rules
    // edited, approved again or gone). All or nothing.
    bool saveBaselines(qint64 connectionId, const QString &stream, const FieldBaselines &watched, const FieldBaselines &updated, QString *error);

    // {"format": "orion-mappings", "version": 1, "connection", "stream", "target", "mappings": [...]}.
    QJsonObject exportSet(qint64 connectionId, const QString &stream, QString *error) const;
    // Imports rows as undecided suggestions (keepDecisions: as exported, audited as "import"; on
    // PostgreSQL only admins may). Validates the whole file first: nothing is written on error.
    int importSet(qint64 connectionId, const QJsonObject &json, bool keepDecisions, const QString &importedBy, QString *error);

    // Calibration: per confidence band, how many decided suggestions were approved and rejected.
    using BandStats = BandDecisions;
    QList<BandStats> calibration(qint64 connectionId /* 0 = all visible */, QString *error) const;

    struct Decision
    {
        QString targetField;
        QString sourcePath;
        QString decision;
        QString decidedBy;
        QString via;
        QDateTime decidedAt;
    };
    QList<Decision> decisions(qint64 connectionId, QString *error) const;

    // slack_approvals: every Approve/Reject click from Slack, honoured or refused (append-only).
    struct SlackClick
    {
        QString connectionUid;
        qint64 connectionId = 0;
        QString action; // approve_sync, reject_sync, approve_mapping, reject_mapping
        QString subject;
        QString slackUserId;
        bool honoured = false;
        QString reason;
    };
    bool recordSlackClick(const SlackClick &click, QString *error);
    struct SlackClickRecord
    {
        SlackClick click;
        QString databaseUser;
        QDateTime clickedAt;
    };
    QList<SlackClickRecord> slackClicks(const QString &connectionUid, QString *error) const;

    QStringList approvers(qint64 connectionId, QString *error) const;
    bool setApprovers(qint64 connectionId, const QStringList &slackUserIds, QString *error);

private:
    // The same without a transaction of their own (callers hold one).
    int insertSuggestions(qint64 connectionId, const QString &stream, MappingTarget target, const MappingSuggestions &suggestions, QString *error);
    bool decideRows(const QList<qint64> &ids, StoredMapping::Status decision, const QString &decidedBy, Via via, QString *error, const Seen &seen);

    Workspace &m_workspace;
};

} // namespace Orion

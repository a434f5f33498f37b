#include "store/mappingstore.h"

#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

namespace MappingStoreDetail {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// A null QString binds as SQL NULL; these columns hold "" for "none".
QString nn(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QJsonArray alternativesJson(const QList<MappingAlternative> &alternatives)
{
    QJsonArray a;
    for (const MappingAlternative &alt : alternatives)
        a.append(QJsonObject{
            {u"source_path"_s, alt.sourcePath}, {u"transformation"_s, transformationName(alt.transformation)}, {u"confidence"_s, alt.confidence}});
    return a;
}

QString viaName(MappingStore::Via via)
{
    switch (via) {
    case MappingStore::Via::Cli: return u"cli"_s;
    case MappingStore::Via::Slack: return u"slack"_s;
    case MappingStore::Via::Import: return u"import"_s;
    case MappingStore::Via::Desktop: break;
    }
    return u"desktop"_s;
}

constexpr auto kColumns = "id, connection_id, stream, target, target_field, source_path, transformation, parameters, confidence, "
                          "reasoning, alternatives, provider, status, decided_by, decided_at, revision";

StoredMapping readRow(const QSqlQuery &q)
{
    StoredMapping m;
    m.id = q.value(0).toLongLong();
    m.connectionId = q.value(1).toLongLong();
    m.stream = q.value(2).toString();
    MappingSuggestion &s = m.suggestion;
    s.targetField = q.value(4).toString();
    s.sourcePath = q.value(5).toString();
    transformationFromName(q.value(6).toString(), &s.transformation);
    s.parameters = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    s.confidence = q.value(8).toDouble();
    s.reasoning = q.value(9).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array()) {
        const QJsonObject a = v.toObject();
        MappingAlternative alt;
        alt.sourcePath = a.value("source_path"_L1).toString();
        transformationFromName(a.value("transformation"_L1).toString(), &alt.transformation);
        alt.confidence = a.value("confidence"_L1).toDouble();
        s.alternatives.append(alt);
    }
    s.provider = q.value(11).toString();
    StoredMapping::statusFromName(q.value(12).toString(), &m.status);
    m.decidedBy = q.value(13).toString();
    m.decidedAt = ConnectionStore::toUtc(q.value(14));
    m.revision = q.value(15).toInt();
    return m;
}

// Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
        , m_open(m_db.transaction())
    {
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace MappingStoreDetail

using namespace MappingStoreDetail;

MappingStore::MappingStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

int MappingStore::saveSuggestions(qint64 connectionId, const QString &stream, MappingTarget target, const MappingSuggestions &suggestions,
                                  QString *error)
{
    Transaction tx(m_workspace.database());
    if (!tx.isOpen()) {
        *error = tr("Cannot store the suggestions: %1").arg(m_workspace.database().lastError().text());
        return -1;
    }
    const int stored = insertSuggestions(connectionId, stream, target, suggestions, error);
    if (stored < 0)
        return -1;
    if (!tx.commit()) {
        *error = tr("Cannot store the suggestions: %1").arg(m_workspace.database().lastError().text());
        return -1;
    }
    return stored;
}

int MappingStore::insertSuggestions(qint64 connectionId, const QString &stream, MappingTarget target, const MappingSuggestions &suggestions,
                                    QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM schema_mappings WHERE connection_id = ? AND stream = ? AND status = 'suggested'"_s);
    q.addBindValue(connectionId);
    q.addBindValue(stream);
    if (!q.exec()) {
        *error = tr("Cannot store the suggestions: %1").arg(q.lastError().text());
        return -1;
    }
    int stored = 0;
    for (const MappingSuggestion &s : suggestions) {
        q.prepare(u"INSERT INTO schema_mappings (connection_id, stream, target, target_field, source_path, transformation, parameters, "
                  "confidence, reasoning, alternatives, provider) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (connection_id, stream, target_field, source_path) DO NOTHING"_s);
        q.addBindValue(connectionId);
        q.addBindValue(stream);
        q.addBindValue(mappingTargetName(target));
        q.addBindValue(s.targetField);
        q.addBindValue(nn(s.sourcePath));
        q.addBindValue(transformationName(s.transformation));
        q.addBindValue(json(s.parameters));
        q.addBindValue(s.confidence);
        q.addBindValue(nn(s.reasoning));
        q.addBindValue(json(alternativesJson(s.alternatives)));
        q.addBindValue(s.provider.isEmpty() ? u"local"_s : s.provider);
        if (!q.exec()) {
            *error = tr("Cannot store the suggestion for %1: %2").arg(s.targetField, q.lastError().text());
            return -1;
        }
        stored += q.numRowsAffected() > 0;
    }
    return stored;
}

StoredMappings MappingStore::list(qint64 connectionId, const QString &stream, QString *error) const
{
    StoredMappings out;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT %1 FROM schema_mappings WHERE connection_id = ? AND (? = '' OR stream = ?) ORDER BY stream, id"_s.arg(QLatin1StringView(kColumns)));
    q.addBindValue(connectionId);
    q.addBindValue(stream.isNull() ? u""_s : stream);
    q.addBindValue(stream);
    if (!q.exec()) {
        *error = tr("Cannot read the mappings: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next())
        out.append(readRow(q));
    return out;
}

std::optional<StoredMapping> MappingStore::mapping(qint64 id, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT %1 FROM schema_mappings WHERE id = ?"_s.arg(QLatin1StringView(kColumns)));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = tr("Cannot read the mappings: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

bool MappingStore::edit(qint64 id, const QString &sourcePath, Transformation transformation, const QJsonObject &parameters, const QString &editedBy,
                        QString *error)
{
    QString readError;
    const auto current = mapping(id, &readError);
    if (!current) {
        *error = readError.isEmpty() ? tr("There is no mapping %1.").arg(id) : readError;
        return false;
    }
    Transaction tx(m_workspace.database());
    QSqlQuery q(m_workspace.database());
    q.prepare(u"UPDATE schema_mappings SET source_path = ?, transformation = ?, parameters = ?, status = 'suggested', "
              "decided_by = NULL, decided_at = NULL, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(nn(sourcePath));
    q.addBindValue(transformationName(transformation));
    q.addBindValue(json(parameters));
    q.addBindValue(QDateTime::currentDateTimeUtc());
    q.addBindValue(id);
    if (!tx.isOpen() || !q.exec()) {
        *error = tr("Cannot change the mapping: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("You may not change this mapping (a decided mapping needs an administrator).");
        return false;
    }
    if (current->status != StoredMapping::Status::Suggested) {
        // Reopened: audited like a decision.
        q.prepare(u"INSERT INTO mapping_decisions (mapping_id, connection_id, stream, target_field, source_path, transformation, "
                  "confidence, provider, decision, decided_by, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'suggested', ?, 'desktop')"_s);
        for (const QVariant &v :
             QVariantList{id, current->connectionId, current->stream, current->suggestion.targetField, nn(sourcePath),
                          transformationName(transformation), current->suggestion.confidence, nn(current->suggestion.provider), nn(editedBy)})
            q.addBindValue(v);
        if (!q.exec()) {
            *error = tr("Cannot record the change: %1").arg(q.lastError().text());
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tr("Cannot change the mapping: %1").arg(m_workspace.database().lastError().text());
        return false;
    }
    return true;
}

bool MappingStore::decide(const QList<qint64> &ids, StoredMapping::Status decision, const QString &decidedBy, Via via, QString *error,
                          const Seen &seen)
{
    if (decision == StoredMapping::Status::Suggested) {
        *error = tr("A decision is approve or reject.");
        return false;
    }
    if (decidedBy.trimmed().isEmpty()) {
        *error = tr("A decision needs the name of who decided.");
        return false;
    }
    Transaction tx(m_workspace.database());
    if (!tx.isOpen()) {
        *error = tr("Cannot record the decision: %1").arg(m_workspace.database().lastError().text());
        return false;
    }
    if (!decideRows(ids, decision, decidedBy, via, error, seen))
        return false;
    if (!tx.commit()) {
        *error = tr("Cannot record the decision: %1").arg(m_workspace.database().lastError().text());
        return false;
    }
    return true;
}

bool MappingStore::decideRows(const QList<qint64> &ids, StoredMapping::Status decision, const QString &decidedBy, Via via, QString *error,
                              const Seen &seen)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString status = StoredMapping::statusName(decision);
    for (const qint64 id : ids) {
        QString readError;
        const auto m = mapping(id, &readError);
        if (!m) {
            *error = readError.isEmpty() ? tr("There is no mapping %1.").arg(id) : readError;
            return false;
        }
        if (seen.contains(id) && seen.value(id) != m->revision) {
            *error = tr("The suggestion for %1 changed after it was reviewed (it now maps %2): review it again.")
                         .arg(m->suggestion.targetField, m->suggestion.sourcePath.isEmpty() ? tr("nothing") : m->suggestion.sourcePath);
            return false;
        }
        if (decision == StoredMapping::Status::Approved && m->suggestion.isUnmapped()) {
            *error = tr("%1 has no source field to approve: choose one first.").arg(m->suggestion.targetField);
            return false;
        }
        QSqlQuery q(m_workspace.database());
        if (decision == StoredMapping::Status::Approved) {
            // Withdraw an earlier approval of another source for the same field.
            q.prepare(u"UPDATE schema_mappings SET status = 'suggested', decided_by = NULL, decided_at = NULL "
                      "WHERE connection_id = ? AND stream = ? AND target_field = ? AND status = 'approved' AND id <> ?"_s);
            q.addBindValue(m->connectionId);
            q.addBindValue(m->stream);
            q.addBindValue(m->suggestion.targetField);
            q.addBindValue(id);
            if (!q.exec()) {
                *error = tr("Cannot record the decision: %1").arg(q.lastError().text());
                return false;
            }
        }
        // The revision read above, again in the statement: a change committed in between by another
        // session (PostgreSQL, read committed) decides nothing.
        q.prepare(u"UPDATE schema_mappings SET status = ?, decided_by = ?, decided_at = ?, updated_at = ? WHERE id = ? AND revision = ?"_s);
        q.addBindValue(status);
        q.addBindValue(decidedBy);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(id);
        q.addBindValue(m->revision);
        if (!q.exec() || q.numRowsAffected() == 0) {
            QString again;
            const auto now2 = q.lastError().isValid() ? std::nullopt : mapping(id, &again);
            *error = now2 && now2->revision != m->revision
                ? tr("The suggestion for %1 changed while it was being decided: review it again.").arg(m->suggestion.targetField)
                : q.lastError().text().contains(u"row-level security"_s) || q.numRowsAffected() == 0
                ? tr("Only an administrator may approve or reject mappings.")
                : tr("Cannot record the decision: %1").arg(q.lastError().text());
            return false;
        }
        q.prepare(u"INSERT INTO mapping_decisions (mapping_id, connection_id, stream, target_field, source_path, transformation, "
                  "confidence, provider, decision, decided_by, via, decided_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v :
             QVariantList{id, m->connectionId, m->stream, m->suggestion.targetField, nn(m->suggestion.sourcePath),
                          transformationName(m->suggestion.transformation), m->suggestion.confidence,
                          m->suggestion.provider.isEmpty() ? u"local"_s : m->suggestion.provider, status, decidedBy, viaName(via), now, m->revision})
            q.addBindValue(v);
        if (!q.exec()) {
            *error = tr("Cannot record the decision: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

QList<qint64> MappingStore::undecidedAtOrAbove(qint64 connectionId, const QString &stream, double threshold, QString *error) const
{
    QList<qint64> ids;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id FROM schema_mappings WHERE connection_id = ? AND stream = ? AND status = 'suggested' "
              "AND source_path <> '' AND confidence >= ? ORDER BY id"_s);
    q.addBindValue(connectionId);
    q.addBindValue(stream);
    q.addBindValue(threshold - 1e-9);
    if (!q.exec()) {
        *error = tr("Cannot read the mappings: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

MappingSet MappingStore::approvedSet(qint64 connectionId, const QString &stream, QString *error) const
{
    MappingSuggestions rules;
    MappingTarget target = MappingTarget::Customer;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT %1 FROM schema_mappings WHERE connection_id = ? AND stream = ? AND status = 'approved' ORDER BY id"_s.arg(
        QLatin1StringView(kColumns)));
    q.addBindValue(connectionId);
    q.addBindValue(stream);
    if (!q.exec()) {
        *error = tr("Cannot read the approved mappings: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next()) {
        mappingTargetFromName(q.value(3).toString(), &target);
        rules.append(readRow(q).suggestion);
    }
    return MappingSet(target, rules);
}

FieldBaselines MappingStore::baselines(qint64 connectionId, const QString &stream, QString *error) const
{
    FieldBaselines result;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT id, revision, decided_at, target_field, source_path FROM schema_mappings "
              "WHERE connection_id = ? AND stream = ? AND status = 'approved' AND source_path <> '' ORDER BY id"_s);
    q.addBindValue(connectionId);
    q.addBindValue(stream);
    if (!q.exec()) {
        *error = tr("Cannot read what the syncs saw of the mapped fields: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next()) {
        FieldBaseline b;
        const QString approved = q.value(2).isNull() ? QString() : ConnectionStore::toUtc(q.value(2)).toString(Qt::ISODateWithMs);
        b.ruleKey = u"mapping:%1:%2:%3"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toInt()).arg(approved);
        b.targetField = q.value(3).toString();
        b.sourcePath = q.value(4).toString();
        result.append(b);
    }
    if (!loadBaselines(connectionId, stream, &result, error))
        return {};
    return result;
}

bool MappingStore::loadBaselines(qint64 connectionId, const QString &stream, FieldBaselines *fields, QString *error) const
{
    if (fields->isEmpty())
        return true;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT rule_key, records, present, value_type FROM mapping_baselines WHERE connection_id = ? AND stream = ?"_s);
    q.addBindValue(connectionId);
    q.addBindValue(stream);
    if (!q.exec()) {
        *error = tr("Cannot read what the syncs saw of the mapped fields: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        for (FieldBaseline &b : *fields) {
            if (b.ruleKey != q.value(0).toString())
                continue;
            b.records = q.value(1).toLongLong();
            b.present = q.value(2).toLongLong();
            b.type = q.value(3).toString();
        }
    }
    return true;
}

bool MappingStore::saveBaselines(qint64 connectionId, const QString &stream, const FieldBaselines &watched, const FieldBaselines &updated,
                                 QString *error)
{
    Transaction tx(m_workspace.database());
    const auto failed = [&](const QString &why) {
        *error = tr("Cannot store what the sync saw of the mapped fields: %1").arg(why);
        return false;
    };
    if (!tx.isOpen())
        return failed(m_workspace.database().lastError().text());
    QStringList keep;
    for (const FieldBaseline &b : watched)
        keep << b.ruleKey;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT rule_key FROM mapping_baselines WHERE connection_id = ? AND stream = ?"_s);
    q.addBindValue(connectionId);
    q.addBindValue(stream);
    if (!q.exec())
        return failed(q.lastError().text());
    QStringList stale;
    while (q.next())
        if (!keep.contains(q.value(0).toString()))
            stale << q.value(0).toString();
    q.prepare(u"DELETE FROM mapping_baselines WHERE connection_id = ? AND stream = ? AND rule_key = ?"_s);
    for (const QString &key : std::as_const(stale)) {
        for (const QVariant &v : QVariantList{connectionId, stream, key})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q.lastError().text());
    }
    q.prepare(u"INSERT INTO mapping_baselines (connection_id, stream, rule_key, target_field, source_path, records, present, value_type, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (connection_id, stream, rule_key) DO UPDATE SET records = excluded.records, "
              "present = excluded.present, value_type = excluded.value_type, updated_at = excluded.updated_at"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const FieldBaseline &b : updated) {
        for (const QVariant &v : QVariantList{connectionId, stream, b.ruleKey, b.targetField, b.sourcePath, b.records, b.present, nn(b.type), now})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q.lastError().text());
    }
    if (!tx.commit())
        return failed(m_workspace.database().lastError().text());
    return true;
}

QJsonObject MappingStore::exportSet(qint64 connectionId, const QString &stream, QString *error) const
{
    QString listError;
    const StoredMappings rows = list(connectionId, stream, &listError);
    if (!listError.isEmpty()) {
        *error = listError;
        return {};
    }
    QJsonArray mappings;
    QString target = u"customer"_s;
    {
        QSqlQuery q(m_workspace.database());
        q.prepare(u"SELECT target FROM schema_mappings WHERE connection_id = ? AND stream = ? LIMIT 1"_s);
        q.addBindValue(connectionId);
        q.addBindValue(stream);
        if (q.exec() && q.next())
            target = q.value(0).toString();
    }
    for (const StoredMapping &m : rows) {
        QJsonObject o = m.suggestion.toJson();
        o.insert(u"status"_s, StoredMapping::statusName(m.status));
        if (!m.decidedBy.isEmpty())
            o.insert(u"decided_by"_s, m.decidedBy);
        if (m.decidedAt.isValid())
            o.insert(u"decided_at"_s, m.decidedAt.toString(Qt::ISODateWithMs));
        mappings.append(o);
    }
    return QJsonObject{
        {u"format"_s, u"orion-mappings"_s}, {u"version"_s, 1}, {u"stream"_s, stream}, {u"target"_s, target}, {u"mappings"_s, mappings}};
}

int MappingStore::importSet(qint64 connectionId, const QJsonObject &json, bool keepDecisions, const QString &importedBy, QString *error)
{
    if (json.value("format"_L1).toString() != "orion-mappings"_L1 || json.value("version"_L1).toInt() != 1) {
        *error = tr("Not an Orion mapping set (format \"orion-mappings\", version 1).");
        return -1;
    }
    const QString stream = json.value("stream"_L1).toString();
    MappingTarget target;
    if (stream.isEmpty() || !mappingTargetFromName(json.value("target"_L1).toString(), &target)) {
        *error = tr("The mapping set needs a stream and a target (customer or invoice).");
        return -1;
    }
    // Validate everything before writing anything.
    struct Row
    {
        MappingSuggestion suggestion;
        StoredMapping::Status status = StoredMapping::Status::Suggested;
    };
    QList<Row> rows;
    const QJsonArray list = json.value("mappings"_L1).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Row row;
        QString why;
        if (!MappingSuggestion::fromJson(list.at(i).toObject(), &row.suggestion, &why)) {
            *error = tr("mappings[%1].%2").arg(i).arg(why);
            return -1;
        }
        if (!findTargetField(target, row.suggestion.targetField)) {
            *error = tr("mappings[%1].target_field: %2 is not a field of the unified %3")
                         .arg(i)
                         .arg(row.suggestion.targetField, mappingTargetName(target));
            return -1;
        }
        if (keepDecisions && !StoredMapping::statusFromName(list.at(i).toObject().value("status"_L1).toString(u"suggested"_s), &row.status)) {
            *error = tr("mappings[%1].status: must be suggested, approved or rejected").arg(i);
            return -1;
        }
        rows.append(row);
    }
    MappingSuggestions suggestions;
    for (const Row &r : rows)
        suggestions.append(r.suggestion);
    Transaction tx(m_workspace.database());
    // Decided rows of the stream are replaced by the import's.
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM schema_mappings WHERE connection_id = ? AND stream = ?"_s);
    q.addBindValue(connectionId);
    q.addBindValue(stream);
    if (!tx.isOpen() || !q.exec()) {
        *error = tr("Cannot import the mappings: %1").arg(q.lastError().text());
        return -1;
    }
    const int stored = insertSuggestions(connectionId, stream, target, suggestions, error);
    if (stored < 0)
        return -1;
    if (keepDecisions) {
        for (const Row &r : rows) {
            if (r.status == StoredMapping::Status::Suggested)
                continue;
            q.prepare(u"SELECT id FROM schema_mappings WHERE connection_id = ? AND stream = ? AND target_field = ? AND source_path = ?"_s);
            q.addBindValue(connectionId);
            q.addBindValue(stream);
            q.addBindValue(r.suggestion.targetField);
            q.addBindValue(nn(r.suggestion.sourcePath));
            if (!q.exec() || !q.next()) {
                *error = tr("Cannot import the mappings: %1").arg(q.lastError().text());
                return -1;
            }
            if (!decideRows({q.value(0).toLongLong()}, r.status, importedBy, Via::Import, error, {}))
                return -1;
        }
    }
    if (!tx.commit()) {
        *error = tr("Cannot import the mappings: %1").arg(m_workspace.database().lastError().text());
        return -1;
    }
    return stored;
}

QList<MappingStore::BandStats> MappingStore::calibration(qint64 connectionId, QString *error) const
{
    QList<BandStats> out;
    for (ConfidenceBand b : {ConfidenceBand::High, ConfidenceBand::Medium, ConfidenceBand::Low, ConfidenceBand::VeryLow})
        out.append({b, 0, 0});
    // The latest decision per mapping (a reopened and re-decided mapping counts once).
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    q.prepare(uR"(SELECT d.confidence, d.decision FROM mapping_decisions d
                   WHERE d.decision IN ('approved', 'rejected') AND (? = 0 OR d.connection_id = ?)
                     AND d.id = (SELECT max(d2.id) FROM mapping_decisions d2
                                  WHERE d2.connection_id = d.connection_id AND d2.stream = d.stream
                                    AND d2.target_field = d.target_field AND d2.source_path = d.source_path))"_s);
    q.addBindValue(connectionId);
    q.addBindValue(connectionId);
    if (!q.exec()) {
        *error = tr("Cannot read the decisions: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next()) {
        BandStats &b = out[int(confidenceBand(q.value(0).toDouble()))];
        (q.value(1).toString() == "approved"_L1 ? b.approved : b.rejected)++;
    }
    return out;
}

QList<MappingStore::Decision> MappingStore::decisions(qint64 connectionId, QString *error) const
{
    QList<Decision> out;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT target_field, source_path, decision, decided_by, via, decided_at FROM mapping_decisions "
              "WHERE connection_id = ? ORDER BY id"_s);
    q.addBindValue(connectionId);
    if (!q.exec()) {
        *error = tr("Cannot read the decisions: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    ConnectionStore::toUtc(q.value(5))});
    return out;
}

bool MappingStore::recordSlackClick(const SlackClick &click, QString *error)
{
    const bool pg = m_workspace.isPostgres();
    QSqlQuery q(m_workspace.database());
    q.prepare(pg ? u"INSERT INTO slack_approvals (connection_uid, connection_id, action, subject, slack_user_id, outcome, reason) "
                   "VALUES (CAST(? AS uuid), ?, ?, ?, ?, ?, ?)"_s
                 : u"INSERT INTO slack_approvals (connection_uid, connection_id, action, subject, slack_user_id, outcome, reason, database_user) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(click.connectionUid);
    q.addBindValue(click.connectionId > 0 ? QVariant(click.connectionId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(click.action);
    q.addBindValue(click.subject.isEmpty() ? u""_s : click.subject);
    q.addBindValue(click.slackUserId.isEmpty() ? u"?"_s : click.slackUserId);
    q.addBindValue(click.honoured ? u"honoured"_s : u"refused"_s);
    q.addBindValue(click.reason.isEmpty() ? u""_s : click.reason);
    if (!pg)
        q.addBindValue(m_workspace.actor());
    if (!q.exec()) {
        *error = tr("The Slack click could not be audited: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

QList<MappingStore::SlackClickRecord> MappingStore::slackClicks(const QString &connectionUid, QString *error) const
{
    QList<SlackClickRecord> clicks;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT connection_uid, connection_id, action, subject, slack_user_id, outcome, reason, database_user, clicked_at "
              "FROM slack_approvals WHERE connection_uid = %1 ORDER BY id"_s.arg(m_workspace.isPostgres() ? u"CAST(? AS uuid)"_s : u"?"_s));
    q.addBindValue(connectionUid);
    if (!q.exec()) {
        *error = tr("Cannot read the Slack approvals: %1").arg(q.lastError().text());
        return clicks;
    }
    while (q.next()) {
        SlackClickRecord r;
        r.click = {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toString(),   q.value(5).toString() == "honoured"_L1,
                   q.value(6).toString()};
        r.databaseUser = q.value(7).toString();
        r.clickedAt = ConnectionStore::toUtc(q.value(8));
        clicks << r;
    }
    return clicks;
}

QStringList MappingStore::approvers(qint64 connectionId, QString *error) const
{
    QStringList out;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT slack_user_id FROM mapping_approvers WHERE connection_id = ? ORDER BY slack_user_id"_s);
    q.addBindValue(connectionId);
    if (!q.exec()) {
        *error = tr("Cannot read the approvers: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool MappingStore::setApprovers(qint64 connectionId, const QStringList &slackUserIds, QString *error)
{
    Transaction tx(m_workspace.database());
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM mapping_approvers WHERE connection_id = ?"_s);
    q.addBindValue(connectionId);
    if (!tx.isOpen() || !q.exec()) {
        *error = tr("Cannot change the approvers: %1").arg(q.lastError().text());
        return false;
    }
    for (const QString &id : slackUserIds) {
        if (id.trimmed().isEmpty())
            continue;
        q.prepare(u"INSERT INTO mapping_approvers (connection_id, slack_user_id) VALUES (?, ?)"_s);
        q.addBindValue(connectionId);
        q.addBindValue(id.trimmed());
        if (!q.exec()) {
            *error = tr("Cannot change the approvers: %1").arg(q.lastError().text());
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tr("Cannot change the approvers: %1").arg(m_workspace.database().lastError().text());
        return false;
    }
    return true;
}

} // namespace Orion

#include "mapping/mappingreviewmodel.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Orion {

MappingReviewModel::MappingReviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString MappingReviewModel::statusLabel(StoredMapping::Status status)
{
    switch (status) {
    case StoredMapping::Status::Approved: return tr("Approved");
    case StoredMapping::Status::Rejected: return tr("Rejected");
    case StoredMapping::Status::Suggested: break;
    }
    return tr("Suggested");
}

void MappingReviewModel::setMappings(MappingTarget target, const StoredMappings &mappings)
{
    // The same rows in the same order (a refresh after a decision): update in place.
    bool sameRows = target == m_target && mappings.size() == m_mappings.size();
    for (qsizetype i = 0; sameRows && i < mappings.size(); ++i)
        sameRows = mappings.at(i).id == m_mappings.at(i).id;
    if (sameRows) {
        for (qsizetype i = 0; i < mappings.size(); ++i) {
            if (!(mappings.at(i) == m_mappings.at(i))) {
                m_mappings[i] = mappings.at(i);
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
        }
        return;
    }
    beginResetModel();
    m_target = target;
    m_mappings = mappings;
    endResetModel();
}

const StoredMapping *MappingReviewModel::mappingAt(int row) const
{
    return row >= 0 && row < m_mappings.size() ? &m_mappings.at(row) : nullptr;
}

int MappingReviewModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_mappings.size(); ++i)
        if (m_mappings.at(i).id == id)
            return int(i);
    return -1;
}

int MappingReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mappings.size());
}

int MappingReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredMapping &m = m_mappings.at(index.row());
    const MappingSuggestion &s = m.suggestion;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TargetColumn: return s.targetField;
        case SourceColumn: return s.isUnmapped() ? tr("(no source)") : s.sourcePath;
        case TransformationColumn: return transformationName(s.transformation);
        case ConfidenceColumn: return QString::number(s.confidence, 'f', 2);
        case StatusColumn: return statusLabel(m.status);
        case DecidedByColumn: return m.decidedBy;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TargetColumn) {
            const TargetField *f = findTargetField(m_target, s.targetField);
            return f ? QVariant(QString(f->description + (f->required ? tr(" (required)") : QString()))) : QVariant();
        }
        if (index.column() == DecidedByColumn && m.decidedAt.isValid())
            return QLocale().toString(m.decidedAt.toLocalTime(), QLocale::LongFormat);
        return s.reasoning;
    case Qt::AccessibleTextRole:
        if (index.column() == ConfidenceColumn)
            return tr("Confidence %1, %2").arg(QString::number(s.confidence, 'f', 2), confidenceBandLabel(confidenceBand(s.confidence)));
        break;
    case IdRole: return m.id;
    case ConfidenceRole: return s.confidence;
    case BandRole: return int(confidenceBand(s.confidence));
    case StatusRole: return int(m.status);
    case RevisionRole: return m.revision;
    case RequiredRole: {
        const TargetField *f = findTargetField(m_target, s.targetField);
        return f && f->required;
    }
    case SortRole:
        switch (index.column()) {
        case ConfidenceColumn: return s.confidence;
        case StatusColumn: return int(m.status);
        case TargetColumn: return index.row(); // the unified schema's order
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    default: break;
    }
    return {};
}

QVariant MappingReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn: return tr("Unified field");
    case SourceColumn: return tr("Source path");
    case TransformationColumn: return tr("Transformation");
    case ConfidenceColumn: return tr("Confidence");
    case StatusColumn: return tr("Status");
    case DecidedByColumn: return tr("Decided by");
    }
    return {};
}

MappingFilterProxy::MappingFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MappingReviewModel::SortRole);
}

void MappingFilterProxy::setBand(int band)
{
    m_band = band;
    invalidateRowsFilter();
}

void MappingFilterProxy::setStatus(int status)
{
    m_status = status;
    invalidateRowsFilter();
}

void MappingFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

bool MappingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_band >= 0 && i.data(MappingReviewModel::BandRole).toInt() != m_band)
        return false;
    if (m_status >= 0 && i.data(MappingReviewModel::StatusRole).toInt() != m_status)
        return false;
    if (!m_text.isEmpty()) {
        const QString field = i.data().toString();
        const QString path = sourceModel()->index(sourceRow, MappingReviewModel::SourceColumn, sourceParent).data().toString();
        if (!field.contains(m_text, Qt::CaseInsensitive) && !path.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Orion

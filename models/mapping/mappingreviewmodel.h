#pragma once

#include "mapping/mapping.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Orion {

// The stored suggestions of one connection's stream for review: target field, source path,
// transformation, confidence, status and who decided. Value snapshots; rows keep their identity
// (by id) across updates so selections survive a refresh.
class MappingReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TargetColumn, SourceColumn, TransformationColumn, ConfidenceColumn, StatusColumn, DecidedByColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ConfidenceRole, // double 0..1
        BandRole,       // ConfidenceBand as int
        StatusRole,     // StoredMapping::Status as int
        RevisionRole,   // StoredMapping::revision: what a decision says it saw
        RequiredRole,   // bool: a required unified field
        SortRole,
    };

    explicit MappingReviewModel(QObject *parent = nullptr);

    void setMappings(MappingTarget target, const StoredMappings &mappings);
    const StoredMappings &mappings() const { return m_mappings; }
    MappingTarget target() const { return m_target; }
    const StoredMapping *mappingAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(StoredMapping::Status status);

private:
    MappingTarget m_target = MappingTarget::Customer;
    StoredMappings m_mappings;
};

// Filters the review by confidence band and status (-1 = any) and by text in field or path.
class MappingFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MappingFilterProxy(QObject *parent = nullptr);
    void setBand(int band);
    void setStatus(int status);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_band = -1;
    int m_status = -1;
    QString m_text;
};

} // namespace Orion

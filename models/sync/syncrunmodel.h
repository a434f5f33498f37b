#pragma once

#include "sync/syncrun.h"

#include <QAbstractTableModel>
#include <QList>

namespace Orion {

// Sync runs, newest first, for the Activity page. Holds value snapshots; formatting of durations and
// colours lives in the view.
class SyncRunModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartedColumn,
        ConnectionColumn,
        StreamColumn,
        StatusColumn,
        ReadColumn,
        WrittenColumn,
        FailedColumn,
        DurationColumn,
        RateColumn, // requests/s achieved (the service's rate budget spent)
        ErrorColumn,
        ColumnCount
    };
    enum Role {
        RunIdRole = Qt::UserRole + 1,
        StatusRole,     // SyncRun::Status as int
        StatusNameRole, // "succeeded", …
        ErrorClassRole,
        LogRole,
        ConnectionIdRole,
        DriftRole, // bool: the run found approved mappings' fields vanished or retyped
        SortRole,
    };

    explicit SyncRunModel(QObject *parent = nullptr);
    static double requestsPerSecond(const SyncRun &run);

    void setRuns(const QList<SyncRun> &runs);
    const QList<SyncRun> &runs() const { return m_runs; }
    int rowOfRun(qint64 runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatDuration(qint64 ms);

private:
    QList<SyncRun> m_runs;
};

} // namespace Orion

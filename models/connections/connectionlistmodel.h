#pragma once

#include "connectionsummary.h"

#include <QAbstractTableModel>

namespace Orion {

// The workspace's connections as a table. Holds a value snapshot; display formatting (relative times,
// health colours) lives in ui/. setConnections() diffs by id so selections survive a refresh.
class ConnectionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ConnectorColumn, HealthColumn, LastSyncColumn, FailuresColumn, LastSuccessColumn, ScheduleColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        HealthRole,              // Orion::HealthStatus as int
        LastSyncAtRole,          // QDateTime (UTC), invalid when never synced
        LastSyncStatusRole,      // QString
        ConsecutiveFailuresRole, // int
        IsDemoRole,              // bool
        LastSuccessAtRole,       // QDateTime (UTC), invalid when no run succeeded
        NextSyncAtRole,          // QDateTime (UTC), invalid when manual
        ScheduleRole,            // QString, the schedule's text form ("every 15m", "cron …")
        RunOnWorkersRole,        // bool
        DriftFieldsRole,         // QStringList: the mapped fields standing as drifted (health is degraded while any)
        SortRole,
    };

    explicit ConnectionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setConnections(const ConnectionSummaries &connections);
    const ConnectionSummaries &connections() const { return m_connections; }
    const ConnectionSummary *connectionAt(int row) const;
    int rowOfId(qint64 id) const;

    static QString connectorDisplayName(const QString &connectorId);

private:
    ConnectionSummaries m_connections;
};

} // namespace Orion

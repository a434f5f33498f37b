#include "connectionlistmodel.h"

#include "sync/schedule.h"

#include <QSet>

#include <limits>

using namespace Qt::StringLiterals;

namespace Orion {

ConnectionListModel::ConnectionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ConnectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ConnectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectionListModel::connectorDisplayName(const QString &connectorId)
{
    static const QHash<QString, QString> names = {
        {u"stripe"_s, u"Stripe"_s}, {u"hubspot"_s, u"HubSpot"_s}, {u"salesforce"_s, u"Salesforce"_s}, {u"quickbooks"_s, u"QuickBooks Online"_s},
        {u"slack"_s, u"Slack"_s},
    };
    if (const auto it = names.constFind(connectorId); it != names.cend())
        return *it;
    if (connectorId.startsWith(u"custom:"_s))
        return connectorId.mid(7);
    return connectorId;
}

QVariant ConnectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionSummary &c = m_connections.at(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        if (index.column() == HealthColumn && !c.drift.isEmpty()) {
            QStringList lines{tr("Schema drift in the approved mappings:")};
            for (const DriftFinding &f : c.drift)
                lines << u"• %1 / %2"_s.arg(f.stream, f.describe());
            return lines.join(u'\n');
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return c.name;
        case ConnectorColumn: return connectorDisplayName(c.connectorId);
        case HealthColumn: return healthStatusName(c.health);
        case LastSyncColumn: return c.lastSyncAt.isValid() ? QVariant(c.lastSyncAt) : QVariant();
        case FailuresColumn: return c.consecutiveFailures;
        case LastSuccessColumn: return c.lastSuccessAt.isValid() ? QVariant(c.lastSuccessAt) : QVariant();
        case ScheduleColumn: {
            QString problem;
            const auto schedule = Schedule::fromText(c.schedule, &problem);
            QString text = schedule ? schedule->describe() : c.schedule;
            if (c.runOnWorkers)
                text += tr(" · on workers");
            return text;
        }
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return c.name.toLower();
        case ConnectorColumn: return connectorDisplayName(c.connectorId).toLower();
        case HealthColumn: return int(c.health);
        case LastSyncColumn: return c.lastSyncAt.isValid() ? c.lastSyncAt.toMSecsSinceEpoch() : qint64(0);
        case FailuresColumn: return c.consecutiveFailures;
        case LastSuccessColumn: return c.lastSuccessAt.isValid() ? c.lastSuccessAt.toMSecsSinceEpoch() : qint64(0);
        case ScheduleColumn: return c.nextSyncAt.isValid() ? c.nextSyncAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        }
        break;
    case NextSyncAtRole: return c.nextSyncAt;
    case ScheduleRole: return c.schedule;
    case RunOnWorkersRole: return c.runOnWorkers;
    case DriftFieldsRole: return driftFields(c.drift);
    case IdRole: return c.id;
    case HealthRole: return int(c.health);
    case LastSyncAtRole: return c.lastSyncAt;
    case LastSuccessAtRole: return c.lastSuccessAt;
    case LastSyncStatusRole: return c.lastSyncStatus;
    case ConsecutiveFailuresRole: return c.consecutiveFailures;
    case IsDemoRole: return c.isDemo;
    default: break;
    }
    return {};
}

QVariant ConnectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ConnectorColumn: return tr("Connector");
    case HealthColumn: return tr("Health");
    case LastSyncColumn: return tr("Last sync");
    case FailuresColumn: return tr("Failures in a row");
    case LastSuccessColumn: return tr("Last success");
    case ScheduleColumn: return tr("Schedule");
    }
    return {};
}

QHash<int, QByteArray> ConnectionListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "connectionId");
    names.insert(HealthRole, "health");
    names.insert(DriftFieldsRole, "driftFields");
    names.insert(LastSyncAtRole, "lastSyncAt");
    names.insert(LastSuccessAtRole, "lastSuccessAt");
    names.insert(LastSyncStatusRole, "lastSyncStatus");
    names.insert(ConsecutiveFailuresRole, "consecutiveFailures");
    names.insert(IsDemoRole, "isDemo");
    names.insert(NextSyncAtRole, "nextSyncAt");
    names.insert(ScheduleRole, "schedule");
    names.insert(RunOnWorkersRole, "runOnWorkers");
    return names;
}

const ConnectionSummary *ConnectionListModel::connectionAt(int row) const
{
    return row >= 0 && row < m_connections.size() ? &m_connections.at(row) : nullptr;
}

int ConnectionListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_connections.size(); ++row) {
        if (m_connections.at(row).id == id)
            return row;
    }
    return -1;
}

void ConnectionListModel::setConnections(const ConnectionSummaries &connections)
{
    // Remove rows whose id is gone (from the bottom up, merging runs), update rows that stayed in place,
    // append new ones. Keeps persistent indexes (selection, current row) of unchanged rows valid.
    QSet<qint64> incoming;
    for (const auto &c : connections)
        incoming.insert(c.id);
    for (int row = int(m_connections.size()) - 1; row >= 0;) {
        if (incoming.contains(m_connections.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_connections.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_connections.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Remaining rows are a subsequence of `connections` in the new order only if the order is unchanged;
    // otherwise fall back to a reset.
    QHash<qint64, int> newPosition;
    for (int i = 0; i < connections.size(); ++i)
        newPosition.insert(connections.at(i).id, i);
    bool ordered = true;
    for (int row = 1; row < m_connections.size() && ordered; ++row)
        ordered = newPosition.value(m_connections.at(row - 1).id) < newPosition.value(m_connections.at(row).id);
    if (!ordered) {
        beginResetModel();
        m_connections = connections;
        endResetModel();
        return;
    }

    int row = 0;
    for (int i = 0; i < connections.size(); ++i) {
        const ConnectionSummary &c = connections.at(i);
        if (row < m_connections.size() && m_connections.at(row).id == c.id) {
            if (!(m_connections.at(row) == c)) {
                m_connections[row] = c;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, row, row);
            m_connections.insert(row, c);
            endInsertRows();
        }
        ++row;
    }
}

} // namespace Orion

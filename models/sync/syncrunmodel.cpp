#include "sync/syncrunmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Orion {

SyncRunModel::SyncRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SyncRunModel::setRuns(const QList<SyncRun> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int SyncRunModel::rowOfRun(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

int SyncRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncRunModel::formatDuration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return tr("%1 min %2 s").arg(ms / 60'000).arg((ms / 1000) % 60);
}

QVariant SyncRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncRun &run = m_runs.at(index.row());
    switch (role) {
    case RunIdRole: return run.id;
    case StatusRole: return int(run.status);
    case StatusNameRole: return SyncRun::statusName(run.status);
    case ErrorClassRole: return run.errorClass;
    case LogRole: return run.log;
    case ConnectionIdRole: return run.connectionId;
    case DriftRole: return !run.drift.isEmpty();
    case Qt::ToolTipRole:
        if (index.column() == RateColumn && run.requests > 0)
            return tr("%n request(s) in %1", nullptr, int(run.requests)).arg(formatDuration(run.durationMs));
        if ((index.column() == StatusColumn || index.column() == ErrorColumn) && !run.drift.isEmpty()) {
            QStringList lines{tr("Schema drift: the connection is degraded until the rule is edited or approved again")};
            for (const DriftFinding &f : run.drift)
                lines << u"• "_s + f.describe();
            if (!run.errorMessage.isEmpty())
                lines.prepend(run.errorMessage);
            return lines.join(u'\n');
        }
        return index.column() == ErrorColumn && !run.errorMessage.isEmpty() ? QVariant(run.errorMessage) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() >= ReadColumn && index.column() <= RateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case StartedColumn: return run.startedAt;
        case ReadColumn: return run.recordsProcessed;
        case WrittenColumn: return run.recordsWritten;
        case FailedColumn: return run.recordsFailed;
        case DurationColumn: return run.durationMs;
        case RateColumn: return requestsPerSecond(run);
        case StatusColumn: return int(run.status);
        default: break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartedColumn: return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
        case ConnectionColumn: return run.connectionName;
        case StreamColumn: return run.stream;
        case StatusColumn:
            if (!run.drift.isEmpty() && run.status != SyncRun::Status::Failed && run.status != SyncRun::Status::Cancelled)
                return run.status == SyncRun::Status::Succeeded ? tr("Succeeded · drift") : tr("Partial · drift");
            switch (run.status) {
            case SyncRun::Status::Succeeded: return tr("Succeeded");
            case SyncRun::Status::Partial: return tr("Partial");
            case SyncRun::Status::Failed: return tr("Failed");
            case SyncRun::Status::Cancelled: return tr("Cancelled");
            }
            return {};
        case ReadColumn: return role == Qt::DisplayRole ? QVariant(QLocale().toString(run.recordsProcessed)) : QVariant(run.recordsProcessed);
        case WrittenColumn: return role == Qt::DisplayRole ? QVariant(QLocale().toString(run.recordsWritten)) : QVariant(run.recordsWritten);
        case FailedColumn: return role == Qt::DisplayRole ? QVariant(QLocale().toString(run.recordsFailed)) : QVariant(run.recordsFailed);
        case DurationColumn: return formatDuration(run.durationMs);
        // A rate over less than a second says nothing about the budget spent (one request in 1 ms is not
        // "1,000 a second"): such runs show none; the tooltip gives the count either way.
        case RateColumn: return run.requests > 0 && run.durationMs >= 1000 ? QLocale().toString(requestsPerSecond(run), 'f', 1) : QString();
        case ErrorColumn:
            if (run.errorMessage.isEmpty())
                return run.drift.isEmpty() ? QString() : tr("Drift: %1").arg(driftFields(run.drift).join(u", "_s));
            return QString(run.errorClass + u": "_s + run.errorMessage);
        default: return {};
        }
    default: return {};
    }
}

double SyncRunModel::requestsPerSecond(const SyncRun &run)
{
    return run.durationMs > 0 ? double(run.requests) * 1000.0 / double(run.durationMs) : 0.0;
}

QVariant SyncRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn: return tr("Started");
    case ConnectionColumn: return tr("Connection");
    case StreamColumn: return tr("Stream");
    case StatusColumn: return tr("Status");
    case ReadColumn: return tr("Read");
    case WrittenColumn: return tr("Written");
    case FailedColumn: return tr("Failed");
    case DurationColumn: return tr("Duration");
    case RateColumn: return tr("Requests/s");
    case ErrorColumn: return tr("Error");
    default: return {};
    }
}

} // namespace Orion

#include "common/connectiondelegate.h"
#include "common/statuscolors.h"

#include <QApplication>

#include "connections/connectionlistmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Orion {

QString ConnectionDelegate::healthLabel(int health)
{
    switch (HealthStatus(health)) {
    case HealthStatus::Healthy: return tr("Healthy");
    case HealthStatus::Degraded: return tr("Degraded");
    case HealthStatus::Failed: return tr("Failed");
    case HealthStatus::Unknown: break;
    }
    return tr("No syncs yet");
}

QColor ConnectionDelegate::healthColor(int health)
{
    const QPalette palette = QApplication::palette();
    switch (HealthStatus(health)) {
    case HealthStatus::Healthy: return StatusColors::color(StatusColors::Role::Success, palette);
    case HealthStatus::Degraded: return StatusColors::color(StatusColors::Role::Warning, palette);
    case HealthStatus::Failed: return StatusColors::color(StatusColors::Role::Error, palette);
    case HealthStatus::Unknown: break;
    }
    return StatusColors::color(StatusColors::Role::Neutral, palette);
}

QString ConnectionDelegate::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return tr("Never");
    const qint64 seconds = when.secsTo(now);
    if (seconds < 0)
        return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat); // clock skew: show the time
    if (seconds < 60)
        return tr("Just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    if (seconds < 7 * 86400)
        return tr("%n day(s) ago", nullptr, int(seconds / 86400));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

void ConnectionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.column()) {
    case ConnectionListModel::HealthColumn: {
        const int health = index.data(ConnectionListModel::HealthRole).toInt();
        option->text = healthLabel(health);
        if (const QStringList drifted = index.data(ConnectionListModel::DriftFieldsRole).toStringList(); !drifted.isEmpty())
            option->text = tr("%1 · drift: %2").arg(option->text, drifted.join(u", "_s));
        const int size = option->decorationSize.height() > 0 ? option->decorationSize.height() : 16;
        const qreal dpr = option->widget ? option->widget->devicePixelRatioF() : 1.0;
        QPixmap dot(QSize(size, size) * dpr);
        dot.setDevicePixelRatio(dpr);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(healthColor(health));
        painter.drawEllipse(QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6));
        painter.end();
        option->icon = QIcon(dot);
        option->features |= QStyleOptionViewItem::HasDecoration;
        break;
    }
    case ConnectionListModel::LastSyncColumn: {
        const QDateTime when = index.data(ConnectionListModel::LastSyncAtRole).toDateTime();
        option->text = relativeTime(when, QDateTime::currentDateTimeUtc());
        break;
    }
    case ConnectionListModel::LastSuccessColumn: {
        const QDateTime when = index.data(ConnectionListModel::LastSuccessAtRole).toDateTime();
        option->text = when.isValid() ? relativeTime(when, QDateTime::currentDateTimeUtc()) : tr("Never");
        break;
    }
    case ConnectionListModel::FailuresColumn: option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter; break;
    case ConnectionListModel::ScheduleColumn: {
        if (index.data(ConnectionListModel::IsDemoRole).toBool()) {
            if (index.data(ConnectionListModel::ScheduleRole).toString() != u"manual"_s)
                option->text = tr("%1 (demo: not run)").arg(option->text);
            break;
        }
        const QDateTime next = index.data(ConnectionListModel::NextSyncAtRole).toDateTime();
        if (next.isValid()) {
            const QDateTime local = next.toLocalTime();
            // Today: the time; this week: the weekday too; later: the date.
            const qint64 days = QDate::currentDate().daysTo(local.date());
            const QString when = QLocale().toString(local, days == 0 ? u"HH:mm"_s : days < 7 ? u"ddd HH:mm"_s : u"d MMM HH:mm"_s);
            option->text = tr("%1 · next %2").arg(option->text, when);
        }
        break;
    }
    case ConnectionListModel::NameColumn:
        if (index.data(ConnectionListModel::IsDemoRole).toBool())
            option->font.setItalic(true);
        break;
    default: break;
    }
}

bool ConnectionDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.column() == ConnectionListModel::LastSuccessColumn) {
        const QDateTime when = index.data(ConnectionListModel::LastSuccessAtRole).toDateTime();
        QToolTip::showText(event->globalPos(), when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : tr("Never"), view);
        return true;
    }
    if (event->type() == QEvent::ToolTip && index.column() == ConnectionListModel::LastSyncColumn) {
        const QDateTime when = index.data(ConnectionListModel::LastSyncAtRole).toDateTime();
        const QString status = index.data(ConnectionListModel::LastSyncStatusRole).toString();
        QString text = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : tr("Never synced");
        if (!status.isEmpty())
            text += u" — "_s + status;
        QToolTip::showText(event->globalPos(), text, view);
        return true;
    }
    if (event->type() == QEvent::ToolTip && index.column() == ConnectionListModel::HealthColumn) {
        const int failures = index.data(ConnectionListModel::ConsecutiveFailuresRole).toInt();
        QString text = healthLabel(index.data(ConnectionListModel::HealthRole).toInt());
        if (failures > 0)
            text += u" — "_s + tr("%n consecutive failure(s)", nullptr, failures);
        QToolTip::showText(event->globalPos(), text, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Orion

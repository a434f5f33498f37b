#pragma once

#include <QStyledItemDelegate>

namespace Orion {

// Presents ConnectionListModel cells: health as a coloured dot with a translated label, last sync as
// a relative time ("3 hours ago") with the exact time in the tooltip.
class ConnectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString healthLabel(int health);
    static QColor healthColor(int health);
    static QString relativeTime(const QDateTime &when, const QDateTime &now);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Orion

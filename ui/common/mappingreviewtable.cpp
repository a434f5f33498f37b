#include "common/mappingreviewtable.h"
#include "common/retranslate.h"
#include "common/statuscolors.h"
#include "common/tablecolumns.h"

#include <QApplication>

#include "mapping/mappingreviewmodel.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

// Confidence as a bar in its band's colour with the number beside it.
class ConfidenceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const double c = index.data(MappingReviewModel::ConfidenceRole).toDouble();
        const QRect r = opt.rect.adjusted(6, opt.rect.height() / 2 - 4, -44, -(opt.rect.height() / 2 - 4));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor track = opt.palette.color(QPalette::Mid);
        track.setAlpha(70);
        painter->setBrush(track);
        painter->drawRoundedRect(r, 3, 3);
        painter->setBrush(MappingReviewTable::bandColor(confidenceBand(c)));
        painter->drawRoundedRect(QRect(r.left(), r.top(), int(r.width() * std::clamp(c, 0.0, 1.0)), r.height()), 3, 3);
        painter->setPen(opt.state & QStyle::State_Selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text));
        painter->drawText(opt.rect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, text);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        return {std::max(s.width() + 70, 110), s.height()};
    }
};

} // namespace

QColor MappingReviewTable::bandColor(ConfidenceBand band)
{
    const QPalette palette = QApplication::palette();
    switch (band) {
    case ConfidenceBand::High: return StatusColors::color(StatusColors::Role::Success, palette);
    case ConfidenceBand::Medium: return StatusColors::color(StatusColors::Role::Info, palette);
    case ConfidenceBand::Low: return StatusColors::color(StatusColors::Role::Warning, palette);
    case ConfidenceBand::VeryLow: break;
    }
    return StatusColors::color(StatusColors::Role::Error, palette);
}

MappingReviewTable::MappingReviewTable(QWidget *parent)
    : QTableView(parent)
    , m_model(new MappingReviewModel(this))
    , m_proxy(new MappingFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);
    setItemDelegateForColumn(MappingReviewModel::ConfidenceColumn, new ConfidenceDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    sortByColumn(MappingReviewModel::TargetColumn, Qt::AscendingOrder);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    // Every column can be dragged wider (a long source path) or hidden; they open as wide as what they show.
    TableColumns::makeAdjustable(this, u"mappings"_s);
    // Queued: the view lays out its new rows first, and a burst of inserts is measured once it is in.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { TableColumns::fitToContents(this); }, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { TableColumns::fitToContents(this); }, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] { TableColumns::fitToContents(this); }, Qt::QueuedConnection);
    onLanguageChange(this, [this] { setAccessibleName(tr("Mapping suggestions")); });
}

QList<int> MappingReviewTable::selectedModelRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace Orion

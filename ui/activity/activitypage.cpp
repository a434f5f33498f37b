#include "activitypage.h"
#include "common/statuscolors.h"
#include "common/tablecolumns.h"

#include "sync/syncrunmodel.h"

#include "common/pagetitle.h"
#include "common/retranslate.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace Orion {

// Status, connection and free-text filters over the run model.
class RunFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatus(int status) // -1 = all
    {
        m_status = status;
        invalidateRowsFilter();
    }
    void setConnection(const QString &connection)
    {
        m_connection = connection;
        invalidateRowsFilter();
    }
    void setText(const QString &text)
    {
        m_text = text;
        invalidateRowsFilter();
    }
    void setDay(const QDate &day)
    {
        m_day = day;
        invalidateRowsFilter();
    }
    QDate day() const { return m_day; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (m_status >= 0 && index.data(SyncRunModel::StatusRole).toInt() != m_status)
            return false;
        if (!m_connection.isEmpty() && sourceModel()->index(row, SyncRunModel::ConnectionColumn, parent).data().toString() != m_connection)
            return false;
        if (m_day.isValid()) {
            const qint64 runId = index.data(SyncRunModel::RunIdRole).toLongLong();
            const auto *model = static_cast<const SyncRunModel *>(sourceModel());
            const int r = model->rowOfRun(runId);
            if (r < 0 || model->runs().at(r).startedAt.toUTC().date() != m_day)
                return false;
        }
        if (m_text.isEmpty())
            return true;
        for (int column : {int(SyncRunModel::ConnectionColumn), int(SyncRunModel::StreamColumn), int(SyncRunModel::ErrorColumn)}) {
            if (sourceModel()->index(row, column, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    int m_status = -1;
    QDate m_day;
    QString m_connection;
    QString m_text;
};

namespace {

// A coloured dot before the status text, like the Connections page's health badge.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() != SyncRunModel::StatusColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int d = opt.fontMetrics.height() / 2;
        QColor colour;
        switch (SyncRun::Status(index.data(SyncRunModel::StatusRole).toInt())) {
        case SyncRun::Status::Succeeded:
            colour = StatusColors::color(index.data(SyncRunModel::DriftRole).toBool() ? StatusColors::Role::Warning : StatusColors::Role::Success,
                                         opt.palette);
            break;
        case SyncRun::Status::Partial: colour = StatusColors::color(StatusColors::Role::Warning, opt.palette); break;
        case SyncRun::Status::Failed: colour = StatusColors::color(StatusColors::Role::Error, opt.palette); break;
        case SyncRun::Status::Cancelled: colour = StatusColors::color(StatusColors::Role::Neutral, opt.palette); break;
        }
        const QString text = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        const QRect r = opt.rect.adjusted(6, 0, 0, 0);
        painter->drawEllipse(QRect(r.left(), r.center().y() - d / 2, d, d));
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(r.adjusted(d + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() == SyncRunModel::StatusColumn)
            size.rwidth() += option.fontMetrics.height();
        return size;
    }
};

} // namespace

ActivityPage::ActivityPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new SyncRunModel(this))
    , m_proxy(new RunFilterProxy(this))
    , m_view(new QTableView(this))
    , m_status(new QComboBox(this))
    , m_connection(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_dayChip(new QToolButton(this))
{
    auto *title = createPageTitle(QString(), this);

    m_status->addItem(QString(), -1);
    for (const auto status : {SyncRun::Status::Succeeded, SyncRun::Status::Partial, SyncRun::Status::Failed, SyncRun::Status::Cancelled})
        m_status->addItem(QString(), int(status));
    m_connection->addItem(QString(), QString());
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text->setClearButtonEnabled(true);
    auto *refresh = new QToolButton(this);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SyncRunModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new StatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SyncRunModel::StartedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    TableColumns::makeAdjustable(m_view, u"activity"_s);

    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    lowerLayout->addWidget(m_details);
    lowerLayout->addWidget(m_log, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_text, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_connection);
    bar->addWidget(m_dayChip);
    bar->addWidget(refresh);
    m_dayChip->hide();
    connect(m_dayChip, &QToolButton::clicked, this, [this] {
        m_proxy->setDay({});
        m_dayChip->hide();
        updateSummary();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_status->currentData().toInt());
        updateSummary();
    });
    connect(m_connection, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setConnection(m_connection->currentData().toString());
        updateSummary();
    });
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        updateSummary();
    });
    connect(refresh, &QToolButton::clicked, this, &ActivityPage::refreshRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityPage::showSelectedRun);
    setFocusProxy(m_view);
    onLanguageChange(this, [=, this] {
        setPageTitle(title, tr("Activity"));
        const QStringList statuses = {tr("All statuses"), tr("Succeeded"), tr("Partial"), tr("Failed"), tr("Cancelled")};
        setItemTexts(m_status, statuses);
        m_status->setAccessibleName(tr("Filter by status"));
        m_connection->setItemText(0, tr("All connections"));
        m_connection->setAccessibleName(tr("Filter by connection"));
        m_text->setPlaceholderText(tr("Search connection, stream or error…"));
        m_text->setAccessibleName(tr("Search runs"));
        refresh->setText(tr("Refresh")); // before the shortcut: setText() replaces it with the mnemonic
        refresh->setShortcut(QKeySequence::Refresh);
        refresh->setToolTip(tr("Reload the sync history (F5)"));
        m_view->setAccessibleName(tr("Sync runs"));
        m_log->setAccessibleName(tr("Run log"));
        m_log->setPlaceholderText(tr("Select a run to see its log."));
        m_dayChip->setToolTip(tr("Showing one day's runs; click to show every day"));
        if (m_proxy->day().isValid())
            m_dayChip->setText(tr("%1 ✕").arg(QLocale().toString(m_proxy->day(), QLocale::ShortFormat)));
        retranslateModel(m_model);
        updateSummary();
        showSelectedRun();
    });
}

QSortFilterProxyModel *ActivityPage::proxy() const
{
    return m_proxy;
}

void ActivityPage::setRuns(const QList<SyncRun> &runs)
{
    qint64 selected = 0;
    if (const QModelIndex current = m_view->selectionModel()->currentIndex(); current.isValid())
        selected = current.data(SyncRunModel::RunIdRole).toLongLong();
    m_model->setRuns(runs);
    // Connection filter choices follow the data; keep the current choice.
    const QString chosen = m_connection->currentData().toString();
    QStringList names;
    for (const SyncRun &r : runs) {
        if (!names.contains(r.connectionName))
            names << r.connectionName;
    }
    names.sort(Qt::CaseInsensitive);
    m_connection->blockSignals(true);
    while (m_connection->count() > 1)
        m_connection->removeItem(1);
    for (const QString &name : names)
        m_connection->addItem(name, name);
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(chosen)));
    m_connection->blockSignals(false);
    TableColumns::fitToContents(m_view); // only wider: a search that shows short rows keeps the widths
    if (selected)
        selectRun(selected);
    updateSummary();
    showSelectedRun();
}

void ActivityPage::showRunsOf(const QString &connection, const QDate &day)
{
    if (!connection.isEmpty() && m_connection->findData(connection) < 0)
        m_connection->addItem(connection, connection);
    m_connection->setCurrentIndex(connection.isEmpty() ? 0 : m_connection->findData(connection));
    m_proxy->setDay(day);
    m_dayChip->setVisible(day.isValid());
    m_dayChip->setText(day.isValid() ? tr("%1 ✕").arg(QLocale().toString(day, QLocale::ShortFormat)) : QString());
    updateSummary();
}

void ActivityPage::selectRun(qint64 runId)
{
    const int row = m_model->rowOfRun(runId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ActivityPage::showSelectedRun()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->setText(tr("No run selected."));
        m_log->clear();
        return;
    }
    const int row = m_proxy->mapToSource(current).row();
    const SyncRun &run = m_model->runs().at(row);
    QString details = tr("%1 / %2 — started %3, %4")
                          .arg(run.connectionName, run.stream, QLocale().toString(run.startedAt.toLocalTime(), QLocale::LongFormat),
                               SyncRunModel::formatDuration(run.durationMs));
    if (run.requests > 0)
        details += u"\n"_s
            + tr("%n request(s) at %1/s", nullptr, int(std::min<qint64>(run.requests, INT_MAX)))
                  .arg(QLocale().toString(SyncRunModel::requestsPerSecond(run), 'f', 1));
    if (run.partitions > 0)
        details += u" · "_s + tr("read in %n partition(s)", nullptr, run.partitions);
    if (!run.errorMessage.isEmpty())
        details += u"\n"_s + tr("Error (%1): %2").arg(run.errorClass, run.errorMessage);
    for (const DriftFinding &f : run.drift)
        details += u"\n"_s + tr("Schema drift: %1").arg(f.describe());
    m_details->setText(details);
    m_log->setPlainText(run.log.isEmpty() ? tr("(This run recorded no log.)") : run.log);
}

void ActivityPage::updateSummary()
{
    int failed = 0;
    for (const SyncRun &r : m_model->runs())
        failed += r.status == SyncRun::Status::Failed;
    QString text = tr("%n run(s)", nullptr, int(m_model->runs().size()));
    if (failed)
        text += u" · "_s + tr("%n failed", nullptr, failed);
    if (m_proxy->rowCount() != m_model->rowCount())
        text += u" · "_s + tr("%n shown", nullptr, m_proxy->rowCount());
    m_summary->setText(text);
}

} // namespace Orion

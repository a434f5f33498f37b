#include "dashboardpage.h"

#include "common/connectiondelegate.h"
#include "common/pagetitle.h"
#include "common/retranslate.h"
#include "connections/connectionlistmodel.h"
#include "sync/syncrunmodel.h"

#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Orion {

namespace DashboardDetail {

const QColor kSucceeded(0x2e, 0x9d, 0x5b);
const QColor kPartial(0xd9, 0x8e, 0x04);
const QColor kFailed(0xd6, 0x3b, 0x2f);
const QColor kCancelled(0x8a, 0x94, 0xa3);
const QColor kRecords(0x3b, 0x7d, 0xd8);

// The buckets' axis: date (or hour) labels on whole buckets, every few of them, so each label sits
// exactly under its bar or point. indexSpace: bars (x = bucket index); otherwise x = msecs.
QCategoryAxis *bucketAxis(const AnalyticsResult &r, bool indexSpace)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(r.series.size());
    if (n == 0) {
        axis->setRange(0, 1);
        return axis;
    }
    const auto pos = [&](int i) { return indexSpace ? double(i) : double(r.series.at(i).bucket.toMSecsSinceEpoch()); };
    const int step = std::max(1, (n + 6) / 7);
    const QString format = r.hourly ? u"HH:mm"_s : u"MMM d"_s;
    for (int i = (n - 1) % step; i < n; i += step) // the newest bucket always labelled
        axis->append(QLocale().toString(r.hourly ? r.series.at(i).bucket.toLocalTime() : r.series.at(i).bucket, format), pos(i)); // days are UTC days
    const double half = indexSpace ? 0.5 : (r.hourly ? 1800.0 : 43200.0) * 1000.0;
    axis->setRange(pos(0) - half, pos(n - 1) + half);
    axis->setGridLineVisible(false);
    return axis;
}

} // namespace DashboardDetail

using namespace DashboardDetail;

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_range(new QComboBox(this))
    , m_connection(new QComboBox(this))
    , m_connector(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_health(new QTableView(this))
    , m_healthModel(new ConnectionListModel(this))
    , m_debounce(new QTimer(this))
{
    auto *title = createPageTitle(QString(), this);
    for (const auto range : {AnalyticsFilter::Range::Day, AnalyticsFilter::Range::Week, AnalyticsFilter::Range::Month,
                             AnalyticsFilter::Range::Quarter, AnalyticsFilter::Range::Custom})
        m_range->addItem(QString(), int(range));
    m_range->setCurrentIndex(2);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(today.addDays(1));
        edit->hide();
        connect(edit, &QDateEdit::dateChanged, this, &DashboardPage::requestRefresh);
    }
    m_from->setDate(today.addDays(-13));
    m_to->setDate(today);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = AnalyticsFilter::Range(m_range->currentData().toInt()) == AnalyticsFilter::Range::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
    });
    m_connection->addItem(QString(), QString());
    m_connector->addItem(QString(), QString());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_range);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(m_connection);
    bar->addWidget(m_connector);

    // KPI tiles.
    auto *tiles = new QHBoxLayout;
    QList<QFrame *> tileFrames;
    QList<QLabel *> captions;
    for (int i = 0; i < 5; ++i) {
        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        auto *caption = new QLabel(tile);
        tileFrames << tile;
        captions << caption;
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(u"—"_s, tile);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setWeight(QFont::DemiBold);
        value->setFont(big);
        auto *change = new QLabel(tile);
        auto *layout = new QVBoxLayout(tile);
        layout->addWidget(caption);
        layout->addWidget(value);
        layout->addWidget(change);
        tiles->addWidget(tile);
        m_kpiValues << value;
        m_kpiChanges << change;
    }

    // Charts.
    auto *grid = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        auto *chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        view->setFocusPolicy(Qt::StrongFocus); // Tab reaches each chart; the Menu key or Shift+F10 opens its export menu
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this, [this, i, view](const QPoint &pos) { showExportMenu(i, view->mapToGlobal(pos)); });
        auto *menuKey = new QAction(view);
        menuKey->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
        menuKey->setShortcutContext(Qt::WidgetShortcut);
        connect(menuKey, &QAction::triggered, this, [this, i, view] { showExportMenu(i, view->mapToGlobal(view->rect().center())); });
        view->addAction(menuKey);
        grid->addWidget(view, i / 2, i % 2);
        m_views << view;
    }

    m_health->setModel(m_healthModel);
    m_health->setItemDelegate(new ConnectionDelegate(m_health));
    m_health->verticalHeader()->hide();
    m_health->horizontalHeader()->setStretchLastSection(true);
    m_health->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_health->horizontalHeader()->setSectionResizeMode(ConnectionListModel::NameColumn, QHeaderView::Stretch);
    m_health->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_health->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_health->setMaximumHeight(170);
    connect(m_health, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT runsRequested(m_healthModel->index(index.row(), 0).data().toString(), QDate()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addLayout(tiles);
    layout->addLayout(grid, 1);
    layout->addWidget(m_health);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(40); // coalesces bursts (several runs recorded at once) without adding visible delay
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_inFlight) {
            m_pending = true;
            return;
        }
        m_inFlight = true;
        Q_EMIT queryRequested(++m_request, filter());
    });
    for (QComboBox *combo : {m_range, m_connection, m_connector})
        connect(combo, &QComboBox::currentIndexChanged, this, &DashboardPage::requestRefresh);
    applyTheme();
    onLanguageChange(this, [=, this] {
        setPageTitle(title, tr("Dashboard"));
        const QStringList ranges{tr("Last 24 hours"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Custom…")};
        setItemTexts(m_range, ranges);
        m_range->setAccessibleName(tr("Time range"));
        m_from->setAccessibleName(tr("From day"));
        m_to->setAccessibleName(tr("To day"));
        m_connection->setItemText(0, tr("All connections"));
        m_connection->setAccessibleName(tr("Connection filter"));
        m_connector->setItemText(0, tr("All connectors"));
        m_connector->setAccessibleName(tr("Connector filter"));
        const QStringList names{tr("Syncs"), tr("Records"), tr("Success rate"), tr("Error rate"), tr("Average duration")};
        for (int i = 0; i < names.size(); ++i) {
            tileFrames.at(i)->setAccessibleName(names.at(i));
            captions.at(i)->setText(names.at(i));
        }
        const QStringList chartNames{tr("Syncs by status"), tr("Error rate"), tr("Duration"), tr("Records and failures per connection")};
        for (int i = 0; i < chartNames.size(); ++i) {
            m_views.at(i)->chart()->setTitle(chartNames.at(i));
            m_views.at(i)->setAccessibleName(chartNames.at(i));
        }
        m_health->setAccessibleName(tr("Connection health"));
        retranslateModel(m_healthModel);
        if (m_request > 0)
            requestRefresh(); // the figures, series and summary, in the new language
    });
}

void DashboardPage::openRunsNear(double msecsSinceEpoch)
{
    // A click lands between points: the nearest bucket is the one meant.
    const AnalyticsPoint *nearest = nullptr;
    double best = 0;
    for (const AnalyticsPoint &p : m_result.series) {
        const double d = std::abs(double(p.bucket.toMSecsSinceEpoch()) - msecsSinceEpoch);
        if (!nearest || d < best) {
            nearest = &p;
            best = d;
        }
    }
    if (nearest)
        Q_EMIT runsRequested(m_connection->currentIndex() > 0 ? m_connection->currentText() : QString(), nearest->bucket.date());
}

void DashboardPage::showExportMenu(int chart, const QPoint &globalPos)
{
    QMenu menu(this);
    for (const auto &[label, suffix] :
         {std::pair{tr("Export as PNG…"), u"png"_s}, std::pair{tr("Export as SVG…"), u"svg"_s}, std::pair{tr("Export data as CSV…"), u"csv"_s}}) {
        menu.addAction(label, this, [this, chart, suffix] {
            const QString path = QFileDialog::getSaveFileName(this, tr("Export"), u"dashboard."_s + suffix, u"*."_s + suffix);
            if (path.isEmpty())
                return;
            QString error;
            if (!exportChart(chart, path, &error))
                QMessageBox::warning(this, tr("Export"), error);
        });
    }
    menu.exec(globalPos);
}

AnalyticsFilter DashboardPage::filter() const
{
    AnalyticsFilter f;
    f.range = AnalyticsFilter::Range(m_range->currentData().toInt());
    f.customFrom = m_from->date();
    f.customTo = m_to->date();
    const qint64 id = m_connection->currentData().toLongLong();
    if (id > 0)
        f.connectionIds << id;
    if (!m_connector->currentData().toString().isEmpty())
        f.connectorIds << m_connector->currentData().toString();
    return f;
}

void DashboardPage::setRange(AnalyticsFilter::Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

void DashboardPage::setCustomRange(const QDate &from, const QDate &to)
{
    QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    setRange(AnalyticsFilter::Range::Custom);
    requestRefresh();
}

void DashboardPage::setConnectionFilter(const QString &name)
{
    m_connection->setCurrentIndex(name.isEmpty() ? 0 : std::max(0, m_connection->findText(name)));
}

void DashboardPage::requestRefresh()
{
    m_debounce->start();
}

void DashboardPage::setConnections(const ConnectionSummaries &connections)
{
    m_healthModel->setConnections(connections);
    const qint64 chosen = m_connection->currentData().toLongLong();
    const QString chosenConnector = m_connector->currentData().toString();
    QSignalBlocker a(m_connection), b(m_connector);
    while (m_connection->count() > 1)
        m_connection->removeItem(1);
    while (m_connector->count() > 1)
        m_connector->removeItem(1);
    QStringList connectors;
    for (const ConnectionSummary &c : connections) {
        m_connection->addItem(c.name, c.id);
        if (!connectors.contains(c.connectorId))
            connectors << c.connectorId;
    }
    std::sort(connectors.begin(), connectors.end(), [](const QString &x, const QString &y) {
        return ConnectionListModel::connectorDisplayName(x).localeAwareCompare(ConnectionListModel::connectorDisplayName(y)) < 0;
    });
    for (const QString &c : connectors)
        m_connector->addItem(ConnectionListModel::connectorDisplayName(c), c);
    m_connection->setCurrentIndex(std::max(0, m_connection->findData(chosen)));
    m_connector->setCurrentIndex(std::max(0, m_connector->findData(chosenConnector)));
    requestRefresh();
}

void DashboardPage::showError(int requestId, const QString &error)
{
    if (requestId != m_request)
        return;
    m_inFlight = false;
    m_summary->setText(error);
    if (m_pending) { // asked for again while this one ran: ask now
        m_pending = false;
        requestRefresh();
    }
}

void DashboardPage::showResult(int requestId, const AnalyticsResult &result)
{
    if (requestId < m_request) { // a newer request is on its way
        return;
    }
    m_inFlight = false;
    m_result = result;
    const QLocale locale;
    const auto &now = result.current;
    const auto &before = result.previous;
    QColor colour;
    const bool comparable = before.syncs > 0; // rates and durations of a period without runs say nothing
    const QList<std::pair<QString, QString>> tiles{
        {locale.toString(now.syncs), QString()},
        {locale.toString(now.records), QString()},
        {locale.toString(now.successRate() * 100.0, 'f', 1) + u" %"_s, QString()},
        {locale.toString(now.errorRate() * 100.0, 'f', 1) + u" %"_s, QString()},
        {SyncRunModel::formatDuration(qRound64(now.avgDurationMs)), QString()},
    };
    const double values[][2] = {{double(now.syncs), double(before.syncs)},
                                {double(now.records), double(before.records)},
                                {now.successRate(), before.successRate()},
                                {now.errorRate(), before.errorRate()},
                                {now.avgDurationMs, before.avgDurationMs}};
    for (int i = 0; i < 5; ++i) {
        m_kpiValues.at(i)->setText(tiles.at(i).first);
        const KpiMeasure measure = i < 2 ? KpiMeasure::Count : i < 4 ? KpiMeasure::Rate : KpiMeasure::Duration;
        QString changeLine = tr("no runs in the previous period");
        colour = QColor();
        if (measure == KpiMeasure::Count || comparable)
            changeLine = tr("%1 vs previous period").arg(kpiChange(values[i][0], values[i][1], measure, i >= 3, &colour));
        if (i == 1 && now.recordsDeleted > 0) // deletions seen at the source in the range
            changeLine += u'\n'
                + tr("%Ln marked deleted at the source", nullptr, int(std::min<qint64>(now.recordsDeleted, std::numeric_limits<int>::max())));
        m_kpiChanges.at(i)->setText(changeLine);
        QPalette p = m_kpiChanges.at(i)->palette();
        p.setColor(QPalette::WindowText, colour.isValid() ? colour : palette().color(QPalette::PlaceholderText));
        m_kpiChanges.at(i)->setPalette(p);
    }
    const QString queried = result.queryMs < 1 ? tr("queried in under 1 ms") : tr("queried in %1 ms").arg(result.queryMs);
    if (result.hourly)
        m_summary->setText(tr("%1 – %2 UTC · %3")
                               .arg(locale.toString(result.from, QLocale::ShortFormat), locale.toString(result.to, QLocale::ShortFormat), queried));
    else // whole UTC days, the last one included
        m_summary->setText(tr("%1 – %2 (UTC days) · %3")
                               .arg(locale.toString(result.from.date(), QLocale::ShortFormat),
                                    locale.toString(result.to.date().addDays(-1), QLocale::ShortFormat), queried));
    m_healthModel->setConnections(result.health);
    rebuildCharts();
    Q_EMIT updated();
    if (m_pending) {
        m_pending = false;
        requestRefresh();
    }
}

QString DashboardPage::kpiChange(double now, double before, KpiMeasure measure, bool lowerIsBetter, QColor *colour)
{
    *colour = QColor();
    const QLocale locale;
    if (measure == KpiMeasure::Rate) { // rates change by percentage points, not by a share of themselves
        const double points = (now - before) * 100.0;
        if (std::abs(points) < 0.05)
            return tr("no change");
        if (std::abs(points) >= 0.5)
            *colour = (lowerIsBetter ? points < 0 : points > 0) ? kSucceeded : kFailed;
        return (points > 0 ? u"▲ "_s : u"▼ "_s) + tr("%1 pp", "percentage points").arg(locale.toString(std::abs(points), 'f', 1));
    }
    if (before == 0)
        return now == 0 ? tr("no change") : tr("new");
    const double change = (now - before) / before;
    if (std::abs(change) < 0.0005)
        return tr("no change");
    if (std::abs(change) >= 0.005)
        *colour = (lowerIsBetter ? change < 0 : change > 0) ? kSucceeded : kFailed;
    if (change >= 1.0) { // doubled or more: a factor stays readable where "45,057.1 %" does not
        const double factor = now / before;
        return u"▲ "_s
            + (factor >= 100 ? tr("over 100×") : tr("%1×", "times the previous period").arg(locale.toString(factor, 'f', factor < 10 ? 1 : 0)));
    }
    return (change > 0 ? u"▲ "_s : u"▼ "_s) + locale.toString(std::abs(change) * 100.0, 'f', 1) + u" %"_s;
}

bool DashboardPage::isQuerying() const
{
    return m_debounce->isActive() || m_inFlight;
}

QString DashboardPage::kpiText(int index) const
{
    return m_kpiValues.value(index) ? m_kpiValues.at(index)->text() + u" · "_s + m_kpiChanges.at(index)->text() : QString();
}

void DashboardPage::rebuildCharts()
{
    const AnalyticsResult &r = m_result;
    const QString span = r.series.isEmpty() ? QString()
                                            : QLocale().toString(r.hourly ? r.from.toLocalTime() : r.from, u"MMM d"_s) + u" – "_s
            + QLocale().toString(r.hourly ? r.to.toLocalTime() : r.to.addDays(-1), u"MMM d"_s);
    m_views.at(0)->chart()->setTitle(tr("Syncs by status, %1").arg(span));

    // 1. Syncs per bucket, stacked by status; click opens those runs.
    {
        QChart *chart = m_views.at(0)->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        auto *series = new QStackedBarSeries;
        const std::pair<QString, QColor> sets[]
            = {{tr("Succeeded"), kSucceeded}, {tr("Partial"), kPartial}, {tr("Failed"), kFailed}, {tr("Cancelled"), kCancelled}};
        for (int s = 0; s < 4; ++s) {
            auto *set = new QBarSet(sets[s].first);
            set->setColor(sets[s].second);
            set->setBorderColor(sets[s].second);
            for (const AnalyticsPoint &p : r.series)
                *set << double(s == 0 ? p.succeeded : s == 1 ? p.partial : s == 2 ? p.failed : p.cancelled);
            connect(set, &QBarSet::hovered, this, [this, set](bool on, int index) {
                if (on && index < m_result.series.size())
                    QToolTip::showText(QCursor::pos(),
                                       tr("%1 — %2: %3")
                                           .arg(QLocale().toString(m_result.series.at(index).bucket, QLocale::ShortFormat), set->label())
                                           .arg(qint64(set->at(index))));
            });
            connect(set, &QBarSet::clicked, this, [this](int index) {
                if (index < m_result.series.size())
                    Q_EMIT runsRequested(m_connection->currentIndex() > 0 ? m_connection->currentText() : QString(),
                                         m_result.series.at(index).bucket.date());
            });
            series->append(set);
        }
        series->setBarWidth(0.85);
        chart->addSeries(series);
        auto *x = bucketAxis(r, true);
        auto *y = new QValueAxis;
        y->setLabelFormat(u"%d"_s);
        y->setMin(0);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        y->setMax(std::max(1.0, y->max())); // no runs: a 0–1 axis, not a NaN one
        y->applyNiceNumbers();
    }
    // 2. Error rate (%) over time; 3. duration average with a min–max band.
    auto timeAxis = [&](QChart *chart) {
        QCategoryAxis *x = bucketAxis(r, false);
        chart->addAxis(x, Qt::AlignBottom);
        return x;
    };
    {
        QChart *chart = m_views.at(1)->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        auto *line = new QLineSeries;
        line->setName(tr("Failed runs, %"));
        line->setColor(kFailed);
        line->setPointsVisible(r.series.size() <= 40);
        double top = 5;
        for (const AnalyticsPoint &p : r.series) {
            line->append(double(p.bucket.toMSecsSinceEpoch()), p.errorRate() * 100.0);
            top = std::max(top, p.errorRate() * 100.0);
        }
        connect(line, &QLineSeries::hovered, this, [](const QPointF &point, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   tr("%1: %2 %")
                                       .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(point.x())), QLocale::ShortFormat))
                                       .arg(QLocale().toString(point.y(), 'f', 1)));
        });
        connect(line, &QLineSeries::clicked, this, [this](const QPointF &point) { openRunsNear(point.x()); });
        chart->addSeries(line);
        auto *x = timeAxis(chart);
        auto *y = new QValueAxis;
        y->setRange(0, std::clamp(top * 1.15, 1.0, 100.0)); // an empty range would make nice numbers NaN
        y->applyNiceNumbers();
        y->setLabelFormat(u"%.0f %%"_s);
        chart->addAxis(y, Qt::AlignLeft);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    {
        QChart *chart = m_views.at(2)->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        auto *low = new QLineSeries;
        auto *high = new QLineSeries;
        auto *avg = new QLineSeries;
        avg->setName(tr("Average"));
        avg->setColor(kRecords);
        double top = 1;
        for (const AnalyticsPoint &p : r.series) {
            const double t = double(p.bucket.toMSecsSinceEpoch());
            // Seconds; a huge outlier widens the band, not the average line's scale beyond 3× its peak.
            low->append(t, double(p.minDurationMs) / 1000.0);
            high->append(t, double(p.maxDurationMs) / 1000.0);
            avg->append(t, p.avgDurationMs / 1000.0);
            top = std::max(top, p.avgDurationMs / 1000.0);
        }
        auto *band = new QAreaSeries(high, low);
        band->setName(tr("Min–max"));
        QColor fill = kRecords;
        fill.setAlpha(50);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        chart->addSeries(avg);
        auto *x = timeAxis(chart);
        auto *y = new QValueAxis;
        y->setRange(0, std::max(1.0, top * 3));
        y->applyNiceNumbers();
        y->setLabelFormat(u"%.1f s"_s);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(band), static_cast<QAbstractSeries *>(avg)}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        connect(avg, &QLineSeries::clicked, this, [this](const QPointF &point) { openRunsNear(point.x()); });
        connect(avg, &QLineSeries::hovered, this, [](const QPointF &point, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), tr("average %1 s").arg(QLocale().toString(point.y(), 'f', 2)));
        });
    }
    // 4. Records and failures per connection, horizontal so names stay readable; click opens the runs.
    {
        QChart *chart = m_views.at(3)->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        auto *records = new QBarSet(tr("Records"));
        auto *failures = new QBarSet(tr("Failed runs"));
        QStringList names;
        for (qsizetype i = r.perConnection.size() - 1; i >= 0; --i) { // first connection on top
            const AnalyticsConnection &c = r.perConnection.at(i);
            names << c.name;
            *records << double(c.records);
            *failures << double(c.failures);
        }
        auto *recordSeries = new QHorizontalBarSeries;
        recordSeries->append(records);
        auto *failSeries = new QHorizontalBarSeries;
        failSeries->append(failures);
        failSeries->setBarWidth(0.35);
        chart->addSeries(recordSeries);
        chart->addSeries(failSeries);
        auto *y = new QBarCategoryAxis;
        y->append(names);
        auto *x = new QValueAxis;
        x->setLabelFormat(u"%d"_s);
        x->setMin(0);
        auto *x2 = new QValueAxis;
        x2->setLabelFormat(u"%d"_s);
        x2->setMin(0);
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(x2, Qt::AlignTop);
        recordSeries->attachAxis(y);
        recordSeries->attachAxis(x);
        failSeries->attachAxis(y);
        failSeries->attachAxis(x2);
        x->setMax(std::max(1.0, x->max()));
        x->applyNiceNumbers();
        x2->setMax(std::max(4.0, x2->max()));
        x2->applyNiceNumbers();
        const qsizetype n = r.perConnection.size();
        for (QBarSet *set : {records, failures}) {
            connect(set, &QBarSet::hovered, this, [this, set, n](bool on, int index) {
                const qsizetype row = n - 1 - index;
                if (on && row >= 0 && row < m_result.perConnection.size())
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("%1 — %2: %3").arg(m_result.perConnection.at(row).name, set->label()).arg(QLocale().toString(qint64(set->at(index)))));
            });
            connect(set, &QBarSet::clicked, this, [this, n](int index) {
                const qsizetype row = n - 1 - index;
                if (row >= 0 && row < m_result.perConnection.size())
                    Q_EMIT runsRequested(m_result.perConnection.at(row).name, QDate());
            });
        }
    }
    applyTheme();
}

void DashboardPage::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChartView *view : m_views) {
        QChart *chart = view->chart();
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().color(QPalette::Base));
        chart->setTitleBrush(palette().color(QPalette::Text));
        chart->legend()->setLabelColor(palette().color(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(palette().color(QPalette::Text));
            axis->setGridLineColor(palette().color(QPalette::Mid));
        }
    }
    // The theme resets fonts and series colours: put them back.

    if (!m_views.isEmpty() && !m_result.series.isEmpty()) {
        const auto series = m_views.at(0)->chart()->series();
        if (!series.isEmpty()) {
            const QColor colours[] = {kSucceeded, kPartial, kFailed, kCancelled};
            const auto sets = qobject_cast<QStackedBarSeries *>(series.first()) ? static_cast<QStackedBarSeries *>(series.first())->barSets()
                                                                                : QList<QBarSet *>();
            for (int i = 0; i < sets.size() && i < 4; ++i) {
                sets.at(i)->setColor(colours[i]);
                sets.at(i)->setBorderColor(colours[i]);
            }
        }
        const auto errorSeries = m_views.at(1)->chart()->series();
        if (!errorSeries.isEmpty())
            static_cast<QLineSeries *>(errorSeries.first())->setColor(kFailed);
        const auto durations = m_views.at(2)->chart()->series();
        if (durations.size() == 2) {
            QColor fill = kRecords;
            fill.setAlpha(dark ? 90 : 50);
            static_cast<QAreaSeries *>(durations.at(0))->setBrush(fill);
            static_cast<QAreaSeries *>(durations.at(0))->setPen(Qt::NoPen);
            static_cast<QLineSeries *>(durations.at(1))->setColor(kRecords);
        }
        const auto bars = m_views.at(3)->chart()->series();
        if (bars.size() == 2) {
            static_cast<QAbstractBarSeries *>(bars.at(0))->barSets().first()->setColor(kRecords);
            static_cast<QAbstractBarSeries *>(bars.at(1))->barSets().first()->setColor(kFailed);
        }
    }
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

QString DashboardPage::csvFor(int chart) const
{
    QStringList lines;
    if (chart == 3) {
        lines << u"connection,connector,syncs,records,failed_runs"_s;
        for (const AnalyticsConnection &c : m_result.perConnection)
            lines << u"\"%1\",%2,%3,%4,%5"_s.arg(QString(c.name).replace(u'"', u"\"\""_s), c.connectorId).arg(c.syncs).arg(c.records).arg(c.failures);
    } else {
        lines << u"bucket,succeeded,partial,failed,cancelled,records,records_failed,error_rate,avg_duration_ms,min_duration_ms,max_duration_ms"_s;
        for (const AnalyticsPoint &p : m_result.series)
            lines << u"%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11"_s.arg(p.bucket.toString(Qt::ISODate))
                         .arg(p.succeeded)
                         .arg(p.partial)
                         .arg(p.failed)
                         .arg(p.cancelled)
                         .arg(p.records)
                         .arg(p.recordsFailed)
                         .arg(p.errorRate(), 0, 'f', 4)
                         .arg(p.avgDurationMs, 0, 'f', 1)
                         .arg(p.minDurationMs)
                         .arg(p.maxDurationMs);
    }
    return lines.join(u'\n') + u'\n';
}

bool DashboardPage::exportChart(int index, const QString &path, QString *error) const
{
    if (index < 0 || index >= m_views.size()) {
        *error = tr("There is no chart %1.").arg(index);
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    QChartView *view = m_views.at(index);
    if (suffix == "png"_L1) {
        if (!view->grab().save(path, "PNG")) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        return true;
    }
    if (suffix == "svg"_L1) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(view->rect());
        svg.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        view->render(&painter);
        painter.end();
        return QFileInfo::exists(path);
    }
    if (suffix == "csv"_L1) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        file.write(csvFor(index).toUtf8());
        if (!file.commit()) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }
    *error = tr("Export as .png, .svg or .csv.");
    return false;
}

} // namespace Orion

#pragma once

#include "analytics/analyticsdata.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTimer;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace Orion {

class ConnectionListModel;

// Health and analytics at a glance: KPI tiles with their change against the previous period, syncs
// per day stacked by status, error rate, duration (average with a min–max band), records and
// failures per connection, and every connection's health. Range and filters; hover for exact
// values; click a bar or point to open those runs in Activity; right-click a chart (or focus it and press
// the Menu key or Shift+F10) to export it (PNG, SVG) or its data (CSV). The data comes from WorkspaceService on its thread; stale answers are
// dropped.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);

    AnalyticsFilter filter() const;
    void setRange(AnalyticsFilter::Range range);
    void setConnectionFilter(const QString &name);           // empty = all
    void setCustomRange(const QDate &from, const QDate &to); // UTC days, inclusive
    void setConnections(const ConnectionSummaries &connections);
    // Called with the answer to the request with this id; older answers are ignored.
    void showResult(int requestId, const AnalyticsResult &result);
    void showError(int requestId, const QString &error);
    int currentRequest() const { return m_request; }
    const AnalyticsResult &result() const { return m_result; }
    bool isQuerying() const; // a query is due or under way

    QString kpiText(int index) const; // for tests: the tiles' texts
    // A tile's change against the previous period, and its colour (invalid: neutral). Counts and
    // durations relative ("▲ 12.5 %", "▲ 3.2×" from a doubling on, "over 100×"), rates in
    // percentage points ("▼ 2.0 pp"); "no change" without an arrow when it rounds to nothing.
    enum class KpiMeasure { Count, Rate, Duration };
    static QString kpiChange(double now, double before, KpiMeasure measure, bool lowerIsBetter, QColor *colour);
    QList<QChartView *> chartViews() const { return m_views; }
    bool exportChart(int index, const QString &path, QString *error) const; // .png, .svg or .csv by suffix
    void requestRefresh();                                                  // coalesced: at most one query in flight plus one pending

Q_SIGNALS:
    // A new query is needed (range or filter changed, data arrived): the shell forwards it.
    void queryRequested(int requestId, const Orion::AnalyticsFilter &filter);
    // The charts show a new answer (benchmarks measure data arrival → updated).
    void updated();
    // Drill-down: show these runs in Activity.
    void runsRequested(const QString &connection, const QDate &day);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildCharts();
    void applyTheme();
    QString csvFor(int chart) const;
    void showExportMenu(int chart, const QPoint &globalPos);
    void openRunsNear(double msecsSinceEpoch); // drill-down from a line chart

    QComboBox *m_range;
    QComboBox *m_connection;
    QComboBox *m_connector;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_summary;
    QList<QLabel *> m_kpiValues;
    QList<QLabel *> m_kpiChanges;
    QList<QChartView *> m_views;
    QTableView *m_health;
    ConnectionListModel *m_healthModel;
    QTimer *m_debounce;
    AnalyticsResult m_result;
    int m_request = 0;
    bool m_inFlight = false;
    bool m_pending = false;
};

} // namespace Orion

#pragma once

#include "sync/syncrun.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace Orion {

class RunFilterProxy;
class SyncRunModel;

// The history of sync runs: status, records, duration, error class and message; filterable by
// status, connection and text; the selected run's log below.
class ActivityPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPage(QWidget *parent = nullptr);

    void setRuns(const QList<SyncRun> &runs);
    SyncRunModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const;
    QTableView *view() const { return m_view; }
    QPlainTextEdit *logView() const { return m_log; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *connectionFilter() const { return m_connection; }
    QLineEdit *textFilter() const { return m_text; }
    void selectRun(qint64 runId);
    // Drill-down from the dashboard: one connection (empty = all) and one UTC day (invalid = all).
    void showRunsOf(const QString &connection, const QDate &day);

Q_SIGNALS:
    void refreshRequested();

private:
    void showSelectedRun();
    void updateSummary();

    SyncRunModel *m_model;
    RunFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_status;
    QComboBox *m_connection;
    QLineEdit *m_text;
    QLabel *m_summary;
    QLabel *m_details;
    QPlainTextEdit *m_log;
    QToolButton *m_dayChip;
};

} // namespace Orion

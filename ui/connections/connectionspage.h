#pragma once

#include "connections/connectionsummary.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Orion {

class ConnectionListModel;

// The workspace's connections: connector, health and last sync, with filtering and sorting.
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPage(QWidget *parent = nullptr);

    void setConnections(const ConnectionSummaries &connections);
    ConnectionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isShowingEmptyState() const;

Q_SIGNALS:
    void demoWorkspaceRequested();
    void refreshRequested();

private:
    void updateSummary();

    ConnectionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QPushButton *m_demoButton;
};

} // namespace Orion

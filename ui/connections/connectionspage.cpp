#include "connectionspage.h"

#include "connectiondelegate.h"
#include "connections/connectionlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

ConnectionsPage::ConnectionsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConnectionListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_demoButton(new QPushButton(tr("Create Demo Workspace"), this))
{
    auto *title = new QLabel(tr("Connections"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAccessibleName(tr("Connections"));

    m_filter->setPlaceholderText(tr("Filter by name or connector…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter connections"));
    auto *refresh = new QToolButton(this);
    refresh->setText(tr("Refresh"));
    refresh->setToolTip(tr("Reload the connections from the workspace (F5)"));
    refresh->setShortcut(QKeySequence::Refresh);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConnectionListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ConnectionDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ConnectionListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionListModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionListModel::ConnectorColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConnectionListModel::HealthColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Connections table"));

    // Empty state: say what to do instead of showing a blank table.
    auto *empty = new QWidget(this);
    auto *emptyText = new QLabel(tr("<h3>No connections yet</h3><p>Connections link a connector to one of your "
                                    "accounts. To explore the app with sample data, create a demo workspace.</p>"),
                                 empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(m_demoButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &ConnectionsPage::updateSummary);
    connect(refresh, &QToolButton::clicked, this, &ConnectionsPage::refreshRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &ConnectionsPage::demoWorkspaceRequested);
    setFocusProxy(m_view);
    updateSummary();
}

void ConnectionsPage::setConnections(const ConnectionSummaries &connections)
{
    m_model->setConnections(connections);
    for (int column : {int(ConnectionListModel::ConnectorColumn), int(ConnectionListModel::HealthColumn)})
        m_view->resizeColumnToContents(column);
    updateSummary();
}

bool ConnectionsPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 1;
}

void ConnectionsPage::updateSummary()
{
    const auto &all = m_model->connections();
    int failed = 0;
    int degraded = 0;
    for (const auto &c : all) {
        failed += c.health == HealthStatus::Failed;
        degraded += c.health == HealthStatus::Degraded;
    }
    QString text = tr("%n connection(s)", nullptr, int(all.size()));
    if (failed)
        text += u" · "_s + tr("%n failed", nullptr, failed);
    if (degraded)
        text += u" · "_s + tr("%n degraded", nullptr, degraded);
    if (!m_filter->text().isEmpty())
        text += u" · "_s + tr("%n shown", nullptr, m_proxy->rowCount());
    m_summary->setText(text);
    m_stack->setCurrentIndex(all.isEmpty() ? 1 : 0);
}

} // namespace Orion

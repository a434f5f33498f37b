#include "workerspage.h"

#include "common/pagetitle.h"
#include "common/retranslate.h"
#include "services/workspaceservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

namespace WorkersDetail {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString stateLabel(QueuedJob::State state)
{
    switch (state) {
    case QueuedJob::State::Queued: return WorkersPage::tr("Queued");
    case QueuedJob::State::Running: return WorkersPage::tr("Running");
    case QueuedJob::State::Succeeded: return WorkersPage::tr("Succeeded");
    case QueuedJob::State::Failed: return WorkersPage::tr("Failed");
    case QueuedJob::State::Cancelled: return WorkersPage::tr("Cancelled");
    }
    return {};
}

QTableView *table(QWidget *parent, QStandardItemModel *model)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

constexpr int kStateRole = Qt::UserRole + 1; // on the Job column: the QueuedJob::State

} // namespace WorkersDetail

using namespace WorkersDetail;

WorkersPage::WorkersPage(WorkspaceService *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_queue(new JobQueueService(workspace, this))
    , m_notice(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_workersModel(new QStandardItemModel(0, 5, this))
    , m_state(new QComboBox(this))
    , m_jobsModel(new QStandardItemModel(0, 8, this))
    , m_cancel(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_workers = table(this, m_workersModel);
    m_jobs = table(this, m_jobsModel);
    const QList<QueuedJob::State> states
        = {QueuedJob::State::Queued, QueuedJob::State::Running, QueuedJob::State::Failed, QueuedJob::State::Succeeded, QueuedJob::State::Cancelled};
    m_state->addItem(QString(), QString());
    for (QueuedJob::State s : states)
        m_state->addItem(QString(), QueuedJob::stateName(s));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notice->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // fills the page when the tables are hidden
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *workersBox = new QWidget(this);
    auto *workersLayout = new QVBoxLayout(workersBox);
    workersLayout->setContentsMargins(0, 0, 0, 0);
    auto *workersLabel = new QLabel(workersBox);
    workersLabel->setBuddy(m_workers);
    workersLayout->addWidget(workersLabel);
    workersLayout->addWidget(m_workers);
    auto *jobsBox = new QWidget(this);
    auto *jobsLayout = new QVBoxLayout(jobsBox);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    auto *jobsBar = new QHBoxLayout;
    auto *jobsLabel = new QLabel(jobsBox);
    jobsLabel->setBuddy(m_state);
    jobsBar->addWidget(jobsLabel);
    jobsBar->addWidget(m_state);
    jobsBar->addStretch();
    jobsBar->addWidget(m_cancel);
    jobsBar->addWidget(m_retry);
    jobsBar->addWidget(m_refresh);
    jobsLayout->addLayout(jobsBar);
    jobsLayout->addWidget(m_jobs);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_body = splitter;
    splitter->addWidget(workersBox);
    splitter->addWidget(jobsBox);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({160, 400});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    auto *title = createPageTitle(QString(), this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &WorkersPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &WorkersPage::refresh);
    connect(m_state, &QComboBox::currentIndexChanged, this, &WorkersPage::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &WorkersPage::cancelSelected);
    connect(m_queue, &JobQueueService::snapshotAvailable, this, &WorkersPage::onSnapshot);
    connect(m_queue, &JobQueueService::changeFinished, this, &WorkersPage::onChangeFinished);
    connect(m_retry, &QPushButton::clicked, this, &WorkersPage::retrySelected);
    connect(m_jobs->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkersPage::updateButtons);
    if (workspace)
        connect(workspace, &WorkspaceService::workspaceOpened, this, [this] {
            m_status->clear(); // about the previous workspace
            if (isVisible())
                refresh();
        });
    onLanguageChange(this, [=, this] {
        setPageTitle(title, tr("Workers"));
        m_workers->setAccessibleName(tr("Workers"));
        m_jobs->setAccessibleName(tr("Job queue"));
        m_workersModel->setHorizontalHeaderLabels({tr("Worker"), tr("Host"), tr("Running"), tr("Jobs done"), tr("Last heartbeat")});
        m_jobsModel->setHorizontalHeaderLabels(
            {tr("Job"), tr("Connection"), tr("Stream"), tr("State"), tr("Records"), tr("Attempts"), tr("Worker"), tr("Error")});
        m_state->setItemText(0, tr("All jobs"));
        for (int i = 0; i < states.size(); ++i)
            m_state->setItemText(i + 1, stateLabel(states.at(i)));
        m_state->setAccessibleName(tr("Show jobs"));
        m_cancel->setText(tr("&Cancel Job"));
        m_cancel->setToolTip(tr("A queued job ends at once; a running one is asked to stop at its worker's next heartbeat"));
        m_retry->setText(tr("&Retry Job"));
        m_retry->setToolTip(tr("Queue a failed or cancelled job again"));
        m_refresh->setText(tr("Re&fresh"));
        workersLabel->setText(tr("&Live workers"));
        jobsLabel->setText(tr("&Queue:"));
        if (m_workspace && m_workspace->isOpen())
            refresh(); // the rows' states and times, in the new language
    });
    updateButtons();
}

void WorkersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void WorkersPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void WorkersPage::refresh()
{
    if (!m_workspace)
        return;
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    const int generation = ++m_generation;
    const QString state = m_state->currentData().toString();
    m_queue->load(generation, state);
}

void WorkersPage::onSnapshot(const JobQueueService::Snapshot &snapshot)
{
    m_loading = false;
    if (snapshot.request == m_generation)
        display(snapshot.workers, snapshot.jobs, snapshot.counts, snapshot.queueAvailable ? snapshot.error : u"sqlite"_s);
    if (std::exchange(m_again, false))
        refresh();
}

void WorkersPage::display(const QList<WorkerInfo> &workers, const QList<QueuedJob> &jobs, const QHash<QString, int> &counts, const QString &error)
{
    const bool sqlite = error == "sqlite"_L1;
    m_notice->setVisible(sqlite || !error.isEmpty());
    m_notice->setText(sqlite ? tr("Workers run syncs from a PostgreSQL workspace's job queue, on this or other machines "
                                  "(orion worker --db postgresql://…). On this SQLite workspace the app runs schedules itself.")
                             : error);
    const std::optional<qint64> selected = selectedJob();

    m_workersModel->setRowCount(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const WorkerInfo &w : workers) {
        QString heartbeat = when(w.lastHeartbeat);
        if (w.stoppedAt.isValid())
            heartbeat = tr("stopped %1").arg(when(w.stoppedAt));
        else if (w.lastHeartbeat.secsTo(now) > 60)
            heartbeat = tr("%1 (silent)").arg(heartbeat);
        QList<QStandardItem *> row{new QStandardItem(w.name), new QStandardItem(w.host),
                                   new QStandardItem(tr("%1 of %2").arg(w.running).arg(w.concurrency)),
                                   new QStandardItem(QLocale().toString(w.jobsDone)), new QStandardItem(heartbeat)};
        if (w.stoppedAt.isValid())
            for (QStandardItem *item : row)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        m_workersModel->appendRow(row);
    }
    m_jobsModel->setRowCount(0);
    for (const QueuedJob &j : jobs) {
        auto *id = new QStandardItem(QString::number(j.id));
        id->setData(j.id, Qt::UserRole);
        id->setData(int(j.state), kStateRole);
        QString state = stateLabel(j.state);
        if (j.cancelRequested && j.state == QueuedJob::State::Running)
            state = tr("%1, stop asked").arg(state);
        if (j.state == QueuedJob::State::Queued && j.runAfter > now)
            state = tr("%1, retry at %2").arg(state, QLocale().toString(j.runAfter.toLocalTime().time(), QLocale::ShortFormat));
        auto *problem = new QStandardItem(j.errorClass.isEmpty() ? j.errorMessage : u"%1: %2"_s.arg(j.errorClass, j.errorMessage));
        problem->setToolTip(j.errorMessage);
        auto *records = new QStandardItem(j.state == QueuedJob::State::Queued ? QString() : QLocale().toString(j.recordsRead));
        records->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_jobsModel->appendRow({id, new QStandardItem(j.connectionName), new QStandardItem(j.stream), new QStandardItem(state), records,
                                new QStandardItem(u"%1/%2"_s.arg(j.attempts).arg(j.maxAttempts)), new QStandardItem(j.leaseOwner), problem});
    }
    // Fit every column but the last, which takes the rest of the width.
    for (QTableView *view : {m_workers, m_jobs})
        for (int c = 0; c + 1 < view->model()->columnCount(); ++c)
            view->resizeColumnToContents(c);
    if (selected)
        selectJob(*selected);
    int live = 0;
    for (const WorkerInfo &w : workers)
        live += w.stoppedAt.isValid() ? 0 : 1;
    m_summary->setText(sqlite ? QString()
                              : tr("%n live worker(s)", nullptr, live) + u" · "_s + tr("%n queued", nullptr, counts.value(u"queued"_s)) + u" · "_s
                               + tr("%n running", nullptr, counts.value(u"running"_s)) + u" · "_s
                               + tr("%n failed", nullptr, counts.value(u"failed"_s)));
    m_body->setVisible(!sqlite);
    updateButtons();
    Q_EMIT refreshed();
}

std::optional<qint64> WorkersPage::selectedJob() const
{
    const QModelIndexList rows = m_jobs->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_jobsModel->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void WorkersPage::selectJob(qint64 id)
{
    for (int row = 0; row < m_jobsModel->rowCount(); ++row) {
        if (m_jobsModel->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_jobs->selectRow(row);
            return;
        }
    }
}

void WorkersPage::updateButtons()
{
    std::optional<QueuedJob::State> state;
    if (const QModelIndexList rows = m_jobs->selectionModel()->selectedRows(); !rows.isEmpty())
        state = QueuedJob::State(m_jobsModel->item(rows.first().row(), 0)->data(kStateRole).toInt());
    using S = QueuedJob::State;
    m_cancel->setEnabled(state == S::Queued || state == S::Running);
    m_retry->setEnabled(state == S::Failed || state == S::Cancelled);
}

void WorkersPage::cancelSelected()
{
    if (const auto id = selectedJob())
        m_queue->change(*id, JobQueueService::Change::Cancel);
}

void WorkersPage::retrySelected()
{
    if (const auto id = selectedJob())
        m_queue->change(*id, JobQueueService::Change::Retry);
}

void WorkersPage::onChangeFinished(qint64 job, JobQueueService::Change change, bool ok, const QString &error)
{
    const QString done = change == JobQueueService::Change::Cancel ? tr("Job %1: cancelled (a running job stops at its worker's next heartbeat).")
                                                                   : tr("Job %1 is queued again.");
    m_status->setText(ok ? done.arg(job) : error);
    Q_EMIT actionFinished(ok, m_status->text());
    refresh();
}

QString WorkersPage::summaryText() const
{
    return m_summary->text();
}

QString WorkersPage::statusText() const
{
    return m_status->text();
}

} // namespace Orion

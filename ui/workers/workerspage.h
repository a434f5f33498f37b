#pragma once

#include "services/jobqueueservice.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Orion {

class WorkspaceService;

// The workers of a PostgreSQL workspace and their queue: live workers (name, host, running jobs out
// of their slots, jobs done, last heartbeat), the jobs (queued, running, failed …) with cancel and
// retry, refreshed every two seconds while the page is shown. On SQLite it says why there is nothing
// here: the app runs schedules itself.
class WorkersPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorkersPage(WorkspaceService *workspace, QWidget *parent = nullptr);

    void refresh();
    void selectJob(qint64 id);
    void cancelSelected();
    void retrySelected();
    QStandardItemModel *workersModel() const { return m_workersModel; }
    QStandardItemModel *jobsModel() const { return m_jobsModel; }
    QString summaryText() const;
    QString statusText() const;

Q_SIGNALS:
    void refreshed(); // a refresh's results are shown
    void actionFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void display(const QList<WorkerInfo> &workers, const QList<QueuedJob> &jobs, const QHash<QString, int> &counts, const QString &error);
    std::optional<qint64> selectedJob() const;
    void updateButtons();
    void onSnapshot(const JobQueueService::Snapshot &snapshot);
    void onChangeFinished(qint64 job, JobQueueService::Change change, bool ok, const QString &error);

    QPointer<WorkspaceService> m_workspace;
    JobQueueService *m_queue;
    QLabel *m_notice;
    QLabel *m_summary;
    QTableView *m_workers;
    QStandardItemModel *m_workersModel;
    QComboBox *m_state;
    QTableView *m_jobs;
    QStandardItemModel *m_jobsModel;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_refresh;
    QLabel *m_status;
    QWidget *m_body = nullptr; // the tables: hidden on SQLite
    QTimer m_timer;
    bool m_loading = false;
    bool m_again = false; // a refresh was asked for while one was loading
    int m_generation = 0;
};

} // namespace Orion

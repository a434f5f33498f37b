#pragma once

#include "services/salesforceservice.h"

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Orion {

class CredentialStore;

// The Bulk API 2.0 job inspector of a Salesforce connection: every ingest job with its state and
// processed/failed counts; for the selected job, its failed rows with Salesforce's error next to the
// external id (and unprocessed rows of failed jobs). Calls run on worker threads.
class BulkJobsDialog : public QDialog
{
    Q_OBJECT
public:
    BulkJobsDialog(std::shared_ptr<CredentialStore> credentials, qint64 connectionId, const SecretOwner &owner, const QJsonObject &settings,
                   QWidget *parent = nullptr);

    void reload();
    void showJob(int row);
    QStandardItemModel *jobs() const { return m_jobs; }
    QStandardItemModel *rows() const { return m_rows; }
    QString statusText() const;

Q_SIGNALS:
    void jobsLoaded(bool ok);
    void rowsLoaded(bool ok);

private:
    void setStatus(const QString &text, bool error);

    void showJobs(int id, const SalesforceService::JobsAnswer &answer);
    void showRows(int id, const SalesforceService::JobRowsAnswer &answer);

    SalesforceService *m_service;
    QTableView *m_jobView;
    QTableView *m_rowView;
    QStandardItemModel *m_jobs;
    QStandardItemModel *m_rows;
    QLabel *m_status;
    QPushButton *m_refresh;
    QJsonArray m_jobInfo;
    QJsonObject m_shownJob;
    int m_jobsId = 0;
    int m_rowsId = 0;
};

} // namespace Orion

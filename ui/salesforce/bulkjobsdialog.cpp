#include "bulkjobsdialog.h"
#include "common/statuscolors.h"

#include "services/salesforceservice.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

BulkJobsDialog::BulkJobsDialog(std::shared_ptr<CredentialStore> credentials, qint64 connectionId, const SecretOwner &owner,
                               const QJsonObject &settings, QWidget *parent)
    : QDialog(parent)
    , m_service(new SalesforceService(std::move(credentials), {connectionId, owner, settings}, this))
    , m_jobView(new QTableView(this))
    , m_rowView(new QTableView(this))
    , m_jobs(new QStandardItemModel(0, 6, this))
    , m_rows(new QStandardItemModel(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    setWindowTitle(tr("Bulk Jobs — %1").arg(owner.label));
    m_jobs->setHorizontalHeaderLabels({tr("Job"), tr("Object"), tr("State"), tr("Processed"), tr("Failed"), tr("Created")});
    for (QTableView *view : {m_jobView, m_rowView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
    }
    m_jobView->setModel(m_jobs);
    m_jobView->setAccessibleName(tr("Bulk jobs"));
    m_rowView->setModel(m_rows);
    m_rowView->setAccessibleName(tr("Failed rows of the selected job"));
    m_status->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_jobView);
    splitter->addWidget(m_rowView);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &BulkJobsDialog::reload);
    connect(m_jobView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showJob(current.row()); });
    connect(m_service, &SalesforceService::bulkJobsAnswered, this, &BulkJobsDialog::showJobs);
    connect(m_service, &SalesforceService::bulkJobRowsAnswered, this, &BulkJobsDialog::showRows);
    resize(860, 560);
    reload();
}

QString BulkJobsDialog::statusText() const
{
    return m_status->text();
}

void BulkJobsDialog::setStatus(const QString &text, bool error)
{
    StatusColors::showStatus(m_status, text, error);
}

void BulkJobsDialog::reload()
{
    setStatus(tr("Loading the jobs…"), false);
    m_refresh->setEnabled(false);
    m_jobsId = m_service->loadBulkJobs();
}

void BulkJobsDialog::showJobs(int id, const SalesforceService::JobsAnswer &answer)
{
    if (id != m_jobsId)
        return;
    m_refresh->setEnabled(true);
    if (answer.failure) {
        setStatus(answer.failure.message, true);
        Q_EMIT jobsLoaded(false);
        return;
    }
    m_jobInfo = answer.jobs;
    m_jobs->removeRows(0, m_jobs->rowCount());
    for (const QJsonValue &value : answer.jobs) {
        const QJsonObject job = value.toObject();
        QList<QStandardItem *> row{new QStandardItem(job.value("id"_L1).toString()),
                                   new QStandardItem(job.value("object"_L1).toString()),
                                   new QStandardItem(job.value("state"_L1).toString()),
                                   new QStandardItem(QLocale().toString(job.value("numberRecordsProcessed"_L1).toInteger())),
                                   new QStandardItem(QLocale().toString(job.value("numberRecordsFailed"_L1).toInteger())),
                                   new QStandardItem(job.value("createdDate"_L1).toString())};
        if (job.value("state"_L1).toString() == "Failed"_L1 || job.value("numberRecordsFailed"_L1).toInteger() > 0)
            row.at(2)->setForeground(StatusColors::color(StatusColors::Role::Error, palette()));
        m_jobs->appendRow(row);
    }
    m_jobView->resizeColumnsToContents();
    setStatus(tr("%n job(s). Select one to see its failed rows.", nullptr, int(answer.jobs.size())), false);
    Q_EMIT jobsLoaded(true);
}

void BulkJobsDialog::showJob(int row)
{
    if (row < 0 || row >= m_jobInfo.size())
        return;
    const QJsonObject job = m_jobInfo.at(row).toObject();
    const QString jobId = job.value("id"_L1).toString();
    const bool failedJob = job.value("state"_L1).toString() == "Failed"_L1 || job.value("state"_L1).toString() == "Aborted"_L1;
    setStatus(tr("Loading the failed rows of %1…").arg(jobId), false);
    m_shownJob = job;
    m_rowsId = m_service->loadBulkJobRows(jobId, failedJob);
}

void BulkJobsDialog::showRows(int id, const SalesforceService::JobRowsAnswer &answer)
{
    if (id != m_rowsId)
        return; // another job was selected meanwhile
    const QJsonObject &job = m_shownJob;
    if (answer.failure) {
        setStatus(answer.failure.message, true);
        Q_EMIT rowsLoaded(false);
        return;
    }
    // Failed rows: sf__Error next to the record's columns; unprocessed rows get the job's error.
    QStringList header = answer.failed.isEmpty() ? QStringList() : answer.failed.first().mid(2);
    if (header.isEmpty() && !answer.unprocessed.isEmpty())
        header = answer.unprocessed.first();
    m_rows->clear();
    m_rows->setHorizontalHeaderLabels(QStringList{tr("Error")} + header);
    for (qsizetype i = 1; i < answer.failed.size(); ++i) {
        const QStringList r = answer.failed.at(i);
        QList<QStandardItem *> items{new QStandardItem(r.value(1))};
        for (qsizetype c = 2; c < r.size(); ++c)
            items << new QStandardItem(r.at(c));
        m_rows->appendRow(items);
    }
    for (qsizetype i = 1; i < answer.unprocessed.size(); ++i) {
        QList<QStandardItem *> items{new QStandardItem(tr("not processed: %1").arg(job.value("errorMessage"_L1).toString()))};
        for (const QString &v : answer.unprocessed.at(i))
            items << new QStandardItem(v);
        m_rows->appendRow(items);
    }
    m_rowView->resizeColumnsToContents();
    setStatus(tr("%1: %2, %3 processed, %4 failed; %n row(s) listed.", nullptr, m_rows->rowCount())
                  .arg(job.value("id"_L1).toString(), job.value("state"_L1).toString())
                  .arg(job.value("numberRecordsProcessed"_L1).toInteger())
                  .arg(job.value("numberRecordsFailed"_L1).toInteger()),
              false);
    Q_EMIT rowsLoaded(true);
}

} // namespace Orion

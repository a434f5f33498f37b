#include "pushdialog.h"

#include "common/statuscolors.h"
#include "services/pushservice.h"
#include "services/syncservice.h"

#include <QAbstractTableModel>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

// The plan, one row per source record: action, record, what changes (or why it is refused).
class PushPlanModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    enum Column { Action, Record, Details, ColumnCount };

    void setPlan(const PushPlan *plan)
    {
        beginResetModel();
        m_plan = plan;
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() || !m_plan ? 0 : int(m_plan->items.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == Action ? PushDialog::tr("Action") : section == Record ? PushDialog::tr("Record") : PushDialog::tr("Changes or reason");
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!m_plan || !index.isValid())
            return {};
        const PushItem &item = m_plan->items.at(index.row());
        if (role == Qt::ForegroundRole && index.column() == Action) {
            const QPalette palette;
            if (item.action == PushItem::Action::Refused)
                return StatusColors::color(StatusColors::Role::Error, palette);
            if (item.action == PushItem::Action::Create || item.action == PushItem::Action::Update)
                return StatusColors::color(StatusColors::Role::Success, palette);
            return {};
        }
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Action: return PushPlan::actionLabel(item.action);
        case Record: return PushPlan::describe(item.record);
        case Details: {
            if (item.action == PushItem::Action::Refused)
                return item.reason;
            if (item.action == PushItem::Action::Create)
                return PushDialog::tr("new in %1").arg(m_plan->target);
            QStringList changes;
            for (const PushChange &c : item.changes)
                changes << (c.before.isEmpty() ? PushDialog::tr("%1: (empty) → “%2”").arg(c.field, c.after)
                                               : PushDialog::tr("%1: “%2” → “%3”").arg(c.field, c.before, c.after));
            return changes.isEmpty() ? PushDialog::tr("the same as %1's record %2").arg(m_plan->target, item.targetId)
                                     : changes.join(role == Qt::ToolTipRole ? u"\n"_s : u"; "_s);
        }
        default: return {};
        }
    }

private:
    const PushPlan *m_plan = nullptr;
};

PushDialog::PushDialog(SyncService *sync, const QString &target, const QStringList &sources, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_service(std::make_unique<PushService>(sync, sync ? sync->credentials() : nullptr))
    , m_fromConnection(new QRadioButton(tr("Stored &records of:"), this))
    , m_fromFile(new QRadioButton(tr("A JSON-&lines file:"), this))
    , m_source(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new PushPlanModel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_dryRun(new QPushButton(tr("&Dry Run"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Push Customers to %1").arg(target));
    m_source->addItems(sources);
    m_source->setAccessibleName(tr("Source connection"));
    m_filter->setPlaceholderText(tr("name, e-mail or company contains… (empty: all)"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_file->setPlaceholderText(tr("one unified customer per line, as orion records prints them"));
    m_file->setAccessibleName(tr("File"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_fromConnection);
    group->addButton(m_fromFile);
    (sources.isEmpty() ? m_fromFile : m_fromConnection)->setChecked(true);
    m_fromConnection->setEnabled(!sources.isEmpty());
    if (sources.isEmpty())
        m_fromConnection->setToolTip(tr("There is no other connection to read stored customers from"));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Push plan"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(PushPlanModel::Action, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PushPlanModel::Record, QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(PushPlanModel::Record, 260);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    auto *sourceForm = new QGridLayout;
    sourceForm->addWidget(m_fromConnection, 0, 0);
    sourceForm->addWidget(m_source, 0, 1);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    sourceForm->addWidget(filterLabel, 1, 0, Qt::AlignRight);
    sourceForm->addWidget(m_filter, 1, 1);
    sourceForm->addWidget(m_fromFile, 2, 0);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    sourceForm->addLayout(fileRow, 2, 1);
    sourceForm->setColumnStretch(1, 1);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_dryRun);
    actions->addWidget(m_apply);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    auto *intro = new QLabel(tr("Customers are matched to <b>%1</b>'s by e-mail. A dry run reads %1 and changes nothing; "
                                "<i>Apply</i> then writes what it shows.")
                                 .arg(target.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sourceForm);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(860, 560);

    m_dryRun->setDefault(true);
    connect(m_dryRun, &QPushButton::clicked, this, &PushDialog::dryRun);
    connect(m_apply, &QPushButton::clicked, this, &PushDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &PushDialog::cancelRunning);
    connect(m_browse, &QPushButton::clicked, this, &PushDialog::browse);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PushDialog::reject);
    const auto sourceChanged = [this] {
        m_planCurrent = false;
        updateButtons();
    };
    connect(group, &QButtonGroup::buttonToggled, this, sourceChanged);
    connect(m_source, &QComboBox::currentIndexChanged, this, sourceChanged);
    connect(m_filter, &QLineEdit::textChanged, this, sourceChanged);
    connect(m_file, &QLineEdit::textChanged, this, sourceChanged);
    connect(m_service.get(), &PushService::progress, this, [this](const QString &line) { m_status->setText(line); });
    connect(m_service.get(), &PushService::planned, this, &PushDialog::showPlan);
    connect(m_service.get(), &PushService::applied, this, [this](qint64 created, qint64 updated, qint64 failed, const QString &error) {
        setBusy(false, {});
        m_planCurrent = false; // the target changed: dry-run again before another Apply
        const QString outcome = tr("%1 created, %2 updated, %3 failed.").arg(created).arg(updated).arg(failed);
        m_summary->setText(tr("Applied to %1: the plan below was written; run a dry run again to compare with %1 as it is now.").arg(m_target));
        const QString detail = error.isEmpty() ? tr("Recorded in Activity.") : error;
        StatusColors::showStatus(m_status, outcome + u' ' + detail, !error.isEmpty() || failed > 0);
        updateButtons();
        Q_EMIT applyFinished(error.isEmpty() && failed == 0);
    });
    updateButtons();
}

PushDialog::~PushDialog() = default;

void PushDialog::setSourceConnection(const QString &connection, const QString &filter)
{
    m_fromConnection->setChecked(true);
    m_source->setCurrentText(connection);
    m_filter->setText(filter);
}

void PushDialog::setSourceFile(const QString &path)
{
    m_fromFile->setChecked(true);
    m_file->setText(path);
}

bool PushDialog::isBusy() const
{
    return m_service->isBusy();
}

QString PushDialog::statusText() const
{
    return m_status->text();
}

void PushDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_file->text();
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Customers to Push"), start, tr("JSON lines (*.jsonl *.ndjson *.json);;All files (*)"));
    if (!path.isEmpty())
        setSourceFile(path);
}

void PushDialog::setBusy(bool busy, const QString &what)
{
    m_progress->setVisible(busy);
    if (busy)
        StatusColors::showStatus(m_status, what, false);
    updateButtons();
}

void PushDialog::updateButtons()
{
    const bool busy = m_service->isBusy();
    const bool sourceReady = m_fromConnection->isChecked() ? m_source->count() > 0 : !m_file->text().trimmed().isEmpty();
    const int toWrite = m_plan.count(PushItem::Action::Create) + m_plan.count(PushItem::Action::Update);
    for (QWidget *w : std::initializer_list<QWidget *>{m_fromConnection, m_fromFile, m_source, m_filter, m_file, m_browse})
        w->setEnabled(!busy);
    m_fromConnection->setEnabled(!busy && m_source->count() > 0);
    m_dryRun->setEnabled(!busy && sourceReady);
    m_dryRun->setToolTip(busy               ? tr("A dry run or a push is running")
                             : !sourceReady ? tr("Choose the customers to push first")
                                            : tr("Read %1 and show what a push would do").arg(m_target));
    m_apply->setEnabled(!busy && m_planCurrent && toWrite > 0);
    m_apply->setToolTip(busy                 ? tr("A dry run or a push is running")
                            : !m_planCurrent ? tr("Run a dry run of this source first: Apply writes what it shows")
                            : toWrite == 0   ? tr("The dry run found nothing to create or update")
                                             : tr("Write %n customer(s) to %1", nullptr, toWrite).arg(m_target));
    m_cancel->setEnabled(busy);
    m_cancel->setToolTip(busy ? tr("Stop at the next page or record") : tr("Nothing is running"));
}

void PushDialog::dryRun()
{
    if (m_service->isBusy())
        return;
    PushService::Source source;
    if (m_fromConnection->isChecked()) {
        source.connection = m_source->currentText();
        source.filter = m_filter->text();
    } else {
        source.file = m_file->text().trimmed();
    }
    m_model->setPlan(nullptr);
    m_plan = {};
    m_planCurrent = false;
    m_summary->clear();
    m_service->dryRun(m_target, source);
    setBusy(true, tr("Dry run: reading %1…").arg(m_target));
}

void PushDialog::showPlan(const PushPlan &plan, const QString &error)
{
    setBusy(false, {});
    if (!error.isEmpty()) {
        StatusColors::showStatus(m_status, error, true);
        updateButtons();
        return;
    }
    m_plan = plan;
    m_planCurrent = true;
    m_model->setPlan(&m_plan);
    m_summary->setText(tr("Dry run: %1. Nothing has been written.").arg(m_plan.summary()));
    StatusColors::showStatus(m_status, tr("Review the plan, then Apply to write it."), false);
    updateButtons();
    Q_EMIT planShown();
}

void PushDialog::apply()
{
    if (m_service->isBusy() || !m_planCurrent)
        return;
    m_service->apply(m_plan);
    setBusy(true, tr("Writing %n customer(s) to %1…", nullptr, int(m_plan.toWrite().size())).arg(m_target));
}

void PushDialog::cancelRunning()
{
    m_service->cancel();
    m_status->setText(tr("Cancelling…"));
}

void PushDialog::reject()
{
    if (m_service->isBusy()) {
        // Closing while a push writes would leave its outcome unseen: ask first.
        if (QMessageBox::question(this, tr("Stop the Push?"), tr("A dry run or a push is running. Stop it and close?")) != QMessageBox::Yes)
            return;
        m_service->cancel();
    }
    QDialog::reject();
}

} // namespace Orion

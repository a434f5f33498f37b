#include "mappingspage.h"

#include "calibrationview.h"
#include "mappingdetails.h"
#include "sourcepathdialog.h"

#include "adapters/registry/connectorregistry.h"
#include "common/mappingreviewtable.h"
#include "common/pagetitle.h"
#include "common/retranslate.h"
#include "common/statuscolors.h"
#include "mapping/mappingreviewmodel.h"
#include "mapping/mappingset.h"
#include "mapping/sourceprofile.h"
#include "services/workspacesettings.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

MappingsPage::MappingsPage(MappingReviewService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_connection(new QComboBox(this))
    , m_stream(new QComboBox(this))
    , m_suggest(new QPushButton(this))
    , m_more(new QToolButton(this))
    , m_band(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new MappingReviewTable(this))
    , m_model(m_table->reviewModel())
    , m_proxy(m_table->proxy())
    , m_details(new MappingDetails(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_approveAll(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_validation(new QLabel(this))
    , m_cancel(new QToolButton(this))
    , m_calibration(new CalibrationView(this))
{
    auto *title = createPageTitle(QString(), this);
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(m_more);
    QAction *fromSample = moreMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Sample Records"), QString(), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        QList<QJsonObject> records;
        SourceFields fields;
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !SourceProfile::load(f.readAll(), 1000, &records, &fields, &error)) {
            showStatus(error.isEmpty() ? f.errorString() : error, true);
            return;
        }
        suggestFrom(records);
    });
    QAction *withDocs = moreMenu->addAction(QString(), this, [this] {
        // Documentation text helps the LLM (the local matcher reads names and values only).
        const QString path = QFileDialog::getOpenFileName(this, tr("API Documentation"), QString(),
                                                          tr("Text, Markdown or HTML (*.txt *.md *.html *.htm);;All files (*)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            showStatus(f.errorString(), true);
            return;
        }
        if (!m_llm.isConfigured())
            showStatus(tr("No LLM is set up (Settings → Mapping assistant): the documentation is not used by the local matcher."), true);
        if (m_samples.isEmpty()) {
            showStatus(tr("Sync the connection first, or suggest from a sample file."), true);
            return;
        }
        suggestFrom(m_samples, QString::fromUtf8(f.read(64 * 1024)));
    });
    moreMenu->addSeparator();
    QAction *exportSet = moreMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Mapping Set"), currentStream() + u"-mappings.json"_s, tr("JSON (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    QAction *importSet = moreMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Mapping Set"), QString(), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        const auto keep = QMessageBox::question(this, tr("Import Mapping Set"),
                                                tr("Keep the decisions recorded in the file? (No: import them as suggestions to review.)"),
                                                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (keep != QMessageBox::Cancel)
            importFrom(path, keep == QMessageBox::Yes);
    });
    moreMenu->addSeparator();
    QAction *askSlack = moreMenu->addAction(QString(), this, [this] {
        QStringList slack;
        for (const ConnectionSummary &c : std::as_const(m_connections))
            if (c.connectorId == "slack"_L1)
                slack << c.name;
        if (slack.isEmpty()) {
            showStatus(tr("Add a Slack connection first."), true);
            return;
        }
        bool ok = false;
        const QString via
            = slack.size() == 1 ? slack.first() : QInputDialog::getItem(this, tr("Ask in Slack"), tr("Slack connection:"), slack, 0, false, &ok);
        if (via.isEmpty())
            return;
        const QString channel = QInputDialog::getText(this, tr("Ask in Slack"), tr("Channel:"), QLineEdit::Normal, u"#data-admins"_s, &ok);
        if (ok && !channel.trimmed().isEmpty())
            askInSlack(via, channel.trimmed());
    });
    QAction *approvers = moreMenu->addAction(QString(), this, [this] {
        const qint64 id = currentConnectionId();
        if (id <= 0)
            return;
        m_service->loadApprovers(id);
    });
    m_more->setMenu(moreMenu);

    auto *bar = new QHBoxLayout;
    auto *connectionLabel = new QLabel(this);
    connectionLabel->setBuddy(m_connection);
    auto *streamLabel = new QLabel(this);
    streamLabel->setBuddy(m_stream);
    bar->addWidget(connectionLabel);
    bar->addWidget(m_connection, 2);
    bar->addWidget(streamLabel);
    bar->addWidget(m_stream, 1);
    bar->addWidget(m_suggest);
    bar->addWidget(m_more);

    const QList<ConfidenceBand> bands{ConfidenceBand::High, ConfidenceBand::Medium, ConfidenceBand::Low, ConfidenceBand::VeryLow};
    m_band->addItem(QString(), -1);
    for (ConfidenceBand b : bands)
        m_band->addItem(QString(), int(b));
    const QList<StoredMapping::Status> statuses{StoredMapping::Status::Suggested, StoredMapping::Status::Approved, StoredMapping::Status::Rejected};
    m_statusFilter->addItem(QString(), -1);
    for (auto st : statuses)
        m_statusFilter->addItem(QString(), int(st));
    m_filter->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_band);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_filter, 1);

    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({760, 440});
    split->setChildrenCollapsible(false);

    auto *review = new QWidget(this);
    auto *reviewLayout = new QVBoxLayout(review);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    reviewLayout->addLayout(filters);
    reviewLayout->addWidget(split, 1);
    m_validation->setWordWrap(true);
    reviewLayout->addWidget(m_validation);
    auto *actions = new QHBoxLayout;
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(0.9);
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    actions->addStretch();
    actions->addWidget(m_approveAll);
    actions->addWidget(m_threshold);
    reviewLayout->addLayout(actions);

    m_tabs->addTab(review, QString());
    m_tabs->addTab(m_calibration, QString());

    m_cancel->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(statusRow);

    // Keyboard: decisions from the table and the page.
    auto *approveKey = new QAction(this);
    approveKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    approveKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(approveKey, &QAction::triggered, this, &MappingsPage::approveSelected);
    auto *rejectKey = new QAction(this);
    rejectKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    rejectKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(rejectKey, &QAction::triggered, this, &MappingsPage::rejectSelected);
    addActions({approveKey, rejectKey});

    connect(m_approve, &QPushButton::clicked, this, &MappingsPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &MappingsPage::rejectSelected);
    connect(m_approveAll, &QPushButton::clicked, this, [this] { approveAtOrAbove(m_threshold->value()); });
    connect(m_suggest, &QPushButton::clicked, this, &MappingsPage::suggest);
    connect(m_cancel, &QToolButton::clicked, m_service, &MappingReviewService::cancelSuggest);
    connect(m_details, &MappingDetails::editRequested, this, &MappingsPage::editCurrent);
    connect(m_details, &MappingDetails::browseRequested, this, [this] {
        const QString path = chooseSourcePath();
        if (!path.isEmpty())
            m_details->setSourcePath(path);
    });
    connect(m_service, &MappingReviewService::reviewAvailable, this, &MappingsPage::showReview);
    connect(m_service, &MappingReviewService::finished, this, &MappingsPage::showOutcome);
    connect(m_band, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setBand(m_band->currentData().toInt()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setStatus(m_statusFilter->currentData().toInt()); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MappingFilterProxy::setText);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MappingsPage::updateDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MappingsPage::updateDetails);
    connect(m_connection, &QComboBox::currentIndexChanged, this, [this] {
        const QSignalBlocker block(m_stream);
        m_stream->clear();
        const qint64 id = currentConnectionId();
        for (const ConnectionSummary &c : std::as_const(m_connections)) {
            if (c.id != id)
                continue;
            if (const Connector *connector = ConnectorRegistry::instance().find(c.connectorId))
                for (const StreamSpec &s : connector->streams())
                    m_stream->addItem(s.name, int(s.kind));
        }
        reload();
    });
    connect(m_stream, &QComboBox::currentIndexChanged, this, &MappingsPage::reload);
    m_approve->setEnabled(false); // until a row is selected
    m_reject->setEnabled(false);
    onLanguageChange(this, [=, this] {
        setPageTitle(title, tr("Mappings"));
        m_connection->setAccessibleName(tr("Connection"));
        m_stream->setAccessibleName(tr("Stream"));
        m_suggest->setText(tr("&Suggest Mappings"));
        m_more->setText(tr("More"));
        m_more->setAccessibleName(tr("More mapping actions"));
        fromSample->setText(tr("Suggest from a Sample File…"));
        withDocs->setText(tr("Suggest with API Documentation…"));
        exportSet->setText(tr("Export Mapping Set…"));
        importSet->setText(tr("Import Mapping Set…"));
        askSlack->setText(tr("Ask for Approval in Slack…"));
        approvers->setText(tr("Slack Approvers…"));
        connectionLabel->setText(tr("Connection:"));
        streamLabel->setText(tr("Stream:"));
        m_band->setItemText(0, tr("All confidences"));
        for (int i = 0; i < bands.size(); ++i)
            m_band->setItemText(i + 1, confidenceBandLabel(bands.at(i)));
        m_band->setAccessibleName(tr("Confidence filter"));
        m_statusFilter->setItemText(0, tr("Any status"));
        for (int i = 0; i < statuses.size(); ++i)
            m_statusFilter->setItemText(i + 1, MappingReviewModel::statusLabel(statuses.at(i)));
        m_statusFilter->setAccessibleName(tr("Status filter"));
        m_filter->setPlaceholderText(tr("Filter by field or path…"));
        m_filter->setAccessibleName(tr("Filter mappings"));
        m_validation->setAccessibleName(tr("Validation of the approved mappings"));
        m_approve->setText(tr("&Approve"));
        m_reject->setText(tr("&Reject"));
        m_approveAll->setText(tr("Approve All at or Above"));
        updateActionTips();
        m_threshold->setAccessibleName(tr("Approval threshold"));
        m_tabs->setTabText(0, tr("Review"));
        m_tabs->setTabText(1, tr("Calibration"));
        // QTabBar names its scroll buttons once, in Qt's catalogue; it does not rename them itself.
        static constexpr const char *qtContext = "QTabBar";
        for (QToolButton *button : m_tabs->tabBar()->findChildren<QToolButton *>()) {
            if (button->objectName() == "ScrollLeftButton"_L1)
                button->setAccessibleName(QCoreApplication::translate(qtContext, "Scroll Left"));
            else if (button->objectName() == "ScrollRightButton"_L1)
                button->setAccessibleName(QCoreApplication::translate(qtContext, "Scroll Right"));
        }
        m_cancel->setText(tr("Cancel"));
        m_status->setAccessibleName(tr("Mapping status"));
        approveKey->setText(tr("Approve"));
        rejectKey->setText(tr("Reject"));
        retranslateModel(m_model);
        if (currentConnectionId() > 0)
            reload(); // the status and validation lines, in the new language
    });
    updateDetails();
}

MappingsPage::~MappingsPage() = default; // the service (which may go first) cancels its own matcher

QChartView *MappingsPage::calibrationChart() const
{
    return m_calibration->chartView();
}

void MappingsPage::setConnections(const ConnectionSummaries &connections)
{
    const QString current = m_connection->currentText();
    m_connections = connections;
    {
        const QSignalBlocker block(m_connection);
        m_connection->clear();
        for (const ConnectionSummary &c : connections) {
            const Connector *connector = ConnectorRegistry::instance().find(c.connectorId);
            if (connector && !connector->streams().isEmpty() && c.connectorId != "slack"_L1)
                m_connection->addItem(c.name, c.id);
        }
        const int index = m_connection->findText(current);
        m_connection->setCurrentIndex(index >= 0 ? index : (m_connection->count() ? 0 : -1));
    }
    Q_EMIT m_connection->currentIndexChanged(m_connection->currentIndex()); // streams and mappings of the selection
}

void MappingsPage::selectConnection(const QString &name, const QString &stream)
{
    m_connection->setCurrentIndex(m_connection->findText(name));
    const int s = m_stream->findText(stream);
    if (s >= 0)
        m_stream->setCurrentIndex(s);
}

qint64 MappingsPage::currentConnectionId() const
{
    return m_connection->currentData().toLongLong();
}

QString MappingsPage::currentStream() const
{
    return m_stream->currentText();
}

MappingTarget MappingsPage::currentTarget() const
{
    return RecordKind(m_stream->currentData().toInt()) == RecordKind::Invoice ? MappingTarget::Invoice : MappingTarget::Customer;
}

QString MappingsPage::statusText() const
{
    return m_status->text();
}

void MappingsPage::showStatus(const QString &text, bool error)
{
    StatusColors::showStatus(m_status, text, error);
}

void MappingsPage::setBusy(bool busy, const QString &text)
{
    const bool any = !selectedIds().isEmpty();
    m_suggest->setEnabled(!busy);
    m_approve->setEnabled(!busy && any);
    m_reject->setEnabled(!busy && any);
    m_approveAll->setEnabled(!busy);
    m_details->setEditEnabled(!busy);
    m_cancel->setVisible(busy && m_service->isSuggesting());
    updateActionTips();
    showStatus(text);
}

void MappingsPage::updateActionTips()
{
    // A disabled action says why; an enabled one what it does, with its key.
    const QString busy = tr("Wait for the current operation to finish, or cancel it");
    const bool any = !selectedIds().isEmpty();
    m_suggest->setToolTip(m_suggest->isEnabled() ? tr("Propose mappings for this stream from its stored source records") : busy);
    m_approve->setToolTip(m_approve->isEnabled() ? tr("Approve the selected mappings (Ctrl+Return)")
                              : any              ? busy
                                                 : tr("Select one or more mappings to approve them"));
    m_reject->setToolTip(m_reject->isEnabled() ? tr("Reject the selected mappings (Ctrl+Delete)")
                             : any             ? busy
                                               : tr("Select one or more mappings to reject them"));
    m_approveAll->setToolTip(m_approveAll->isEnabled() ? tr("Approve every pending suggestion whose confidence is at or above the threshold") : busy);
}

void MappingsPage::reload()
{
    const int generation = ++m_generation;
    const qint64 id = currentConnectionId();
    const QString stream = currentStream();
    if (id <= 0 || stream.isEmpty()) {
        m_model->setMappings(currentTarget(), {});
        return;
    }
    m_service->load(generation, id, stream, currentTarget());
}

void MappingsPage::showReview(const MappingReviewService::Review &review)
{
    if (review.request != m_generation)
        return; // an answer for an earlier selection
    if (!review.error.isEmpty()) {
        showStatus(review.error, true);
        return;
    }
    // Samples: the stream's stored source records, or (when there are none) the sample file last
    // used for this stream, so previews and edits work before the first sync.
    const QString key = QString::number(review.connectionId) + u'/' + review.stream;
    if (!review.samples.isEmpty() || key != m_samplesKey) {
        m_samples = review.samples;
        m_samplesKey = key;
    }
    m_fields = SourceProfile::profile(m_samples);
    // The edit box offers every sample path (and the paths of stored suggestions).
    QStringList paths;
    for (const SourceField &f : std::as_const(m_fields))
        paths << f.path;
    for (const StoredMapping &m : review.mappings)
        if (!m.suggestion.isUnmapped() && !paths.contains(m.suggestion.sourcePath))
            paths << m.suggestion.sourcePath;
    m_details->setPaths(paths);
    const QList<qint64> selected = selectedIds();
    m_model->setMappings(review.target, review.mappings);
    for (const qint64 id : selected) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            m_table->selectionModel()->select(m_proxy->mapFromSource(m_model->index(row, 0)),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    int approved = 0, pending = 0;
    for (const StoredMapping &m : review.mappings) {
        approved += m.status == StoredMapping::Status::Approved;
        pending += m.status == StoredMapping::Status::Suggested && !m.suggestion.isUnmapped();
    }
    if (review.mappings.isEmpty())
        showStatus(m_samples.isEmpty()
                       ? tr("No suggestions yet. Sync %1 first, or suggest from a sample file (More).").arg(m_connection->currentText())
                       : tr("No suggestions yet: Suggest Mappings proposes them from %n stored record(s).", nullptr, int(m_samples.size())));
    else if (!m_afterReload.isEmpty())
        showStatus(m_afterReload); // what the action that caused this reload did
    else
        showStatus(tr("%1 approved, %2 waiting for review · only approved mappings drive syncs").arg(approved).arg(pending));
    m_afterReload.clear();
    m_calibration->setDecisions(review.calibration);
    showValidation(review.target, review.mappings);
    updateDetails();
    Q_EMIT reloaded();
}

// The approved set checked against the samples: what a sync would do with it.
void MappingsPage::showValidation(MappingTarget target, const StoredMappings &mappings)
{
    MappingSuggestions approvedRules;
    for (const StoredMapping &m : mappings)
        if (m.status == StoredMapping::Status::Approved)
            approvedRules << m.suggestion;
    MappingSet approvedSet(target, approvedRules);
    approvedSet.setDefaultRegion(WorkspaceSettings::defaultPhoneRegion());
    const MappingSet::Validation v = approvedSet.validate(m_samples);
    QPalette vp = m_validation->palette();
    if (approvedRules.isEmpty()) {
        m_validation->setText(tr("Nothing approved yet: syncs of this stream use the connector's built-in mapping."));
        vp.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    } else if (v.ok()) {
        m_validation->setText(tr("✓ The approved mappings check out against %n sample record(s): required fields covered, no transformation errors.",
                                 nullptr, int(m_samples.size())));
        vp.setColor(QPalette::WindowText, MappingReviewTable::bandColor(ConfidenceBand::High));
    } else {
        m_validation->setText(tr("⚠ Before syncing: %1").arg(v.problems.join(u"; "_s)));
        vp.setColor(QPalette::WindowText, MappingReviewTable::bandColor(ConfidenceBand::Low));
    }
    m_validation->setPalette(vp);
}

void MappingsPage::showOutcome(const MappingReviewService::Outcome &o)
{
    using Op = MappingReviewService::Operation;
    if (o.operation == Op::SlackSyncDecision)
        return; // the shell's: it says so and starts the sync
    if (o.operation == Op::SlackDecision) {
        if (o.ok)
            reload(); // a decision made in Slack (the window shows who made it)
        return;
    }
    if (o.operation == Op::LoadApprovers) {
        if (!o.ok) {
            showStatus(o.message, true);
            return;
        }
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Slack Approvers"),
                                                   tr("Slack user ids who may approve these mappings from Slack (U…, comma-separated):"),
                                                   QLineEdit::Normal, o.approvers.join(u", "_s), &ok);
        if (ok)
            setApprovers(text.split(u',', Qt::SkipEmptyParts));
        return;
    }
    setBusy(false, QString());
    const bool changed = o.ok
        && (o.operation == Op::Suggest || o.operation == Op::Decide || o.operation == Op::ApproveAtOrAbove || o.operation == Op::Edit
            || o.operation == Op::Import);
    if (changed && o.operation == Op::Suggest)
        m_afterReload = o.message; // shown with the reloaded suggestions
    if (changed)
        reload();
    if (!(changed && o.operation == Op::Suggest))
        showStatus(o.message, !o.ok);
    switch (o.operation) {
    case Op::Suggest:
        if (o.ok)
            Q_EMIT suggestionsStored(o.count);
        break;
    case Op::Decide:
    case Op::ApproveAtOrAbove:
        if (o.ok)
            Q_EMIT decided(o.count);
        break;
    case Op::Export: Q_EMIT exported(o.ok ? QString() : o.message); break;
    case Op::Import: Q_EMIT imported(o.ok ? o.count : -1, o.ok ? QString() : o.message); break;
    case Op::SetApprovers: Q_EMIT approversChanged(o.approvers, o.ok ? QString() : o.message); break;
    case Op::AskInSlack: Q_EMIT slackRequestsPosted(o.count, o.ok ? QString() : o.message); break;
    case Op::Edit:
    case Op::LoadApprovers:
    case Op::SlackDecision:
    case Op::SlackSyncDecision: break;
    }
}

QString MappingsPage::validationText() const
{
    return m_validation->text();
}

void MappingsPage::setApprovers(const QStringList &slackUserIds)
{
    QStringList ids;
    const QString problem = MappingReviewService::checkApprovers(slackUserIds, &ids);
    if (!problem.isEmpty()) { // at once, while the dialog's text is still in mind
        showStatus(problem, true);
        Q_EMIT approversChanged({}, problem);
        return;
    }
    m_service->setApprovers(currentConnectionId(), ids);
}

QString MappingsPage::chooseSourcePath()
{
    SourcePathDialog dialog(m_fields, m_details->sourcePath(), this);
    m_sourceDialog = &dialog;
    dialog.exec();
    m_sourceDialog = nullptr;
    return dialog.path();
}

QList<qint64> MappingsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << i.data(MappingReviewModel::IdRole).toLongLong();
    return ids;
}

QString MappingsPage::detailsText() const
{
    return m_details->text();
}

void MappingsPage::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    const bool any = !selectedIds().isEmpty();
    m_approve->setEnabled(any && m_suggest->isEnabled()); // m_suggest is off while busy
    m_reject->setEnabled(any && m_suggest->isEnabled());
    updateActionTips();
    m_details->showMapping(m_model->mappingAt(row), m_model->target(), m_model->mappings(), m_samples);
}

void MappingsPage::suggest()
{
    if (m_samples.isEmpty()) {
        showStatus(tr("%1 has no stored %2 records to learn from: sync it first, or suggest from a sample file (More).")
                       .arg(m_connection->currentText(), currentStream()),
                   true);
        return;
    }
    suggestFrom(m_samples);
}

void MappingsPage::suggestFrom(const QList<QJsonObject> &records, const QString &documentation)
{
    const qint64 id = currentConnectionId();
    const QString stream = currentStream();
    if (id <= 0 || stream.isEmpty())
        return;
    if (!records.isEmpty()) {
        m_samples = records;
        m_samplesKey = QString::number(id) + u'/' + stream;
    }
    m_service->suggest(id, stream, currentTarget(), records, documentation, m_llm);
    setBusy(true,
            m_llm.isConfigured() ? tr("Matching fields; asking %1 about the unclear ones…").arg(LlmSettings::providerName(m_llm.provider))
                                 : tr("Matching fields…"));
}

void MappingsPage::decide(bool approve)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // The revisions shown: a suggestion changed since (by its owner, on another desktop) is not decided.
    QHash<qint64, int> seen;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        seen.insert(i.data(MappingReviewModel::IdRole).toLongLong(), i.data(MappingReviewModel::RevisionRole).toInt());
    setBusy(true, approve ? tr("Approving…") : tr("Rejecting…"));
    m_service->decide(ids, approve, seen);
}

void MappingsPage::approveSelected()
{
    decide(true);
}

void MappingsPage::rejectSelected()
{
    decide(false);
}

void MappingsPage::approveAtOrAbove(double threshold)
{
    setBusy(true, tr("Approving…"));
    m_service->approveAtOrAbove(currentConnectionId(), currentStream(), threshold);
}

void MappingsPage::editCurrent(const QString &sourcePath, Transformation transformation)
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const StoredMapping *m = m_model->mappingAt(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
    if (!m)
        return;
    const QString problem = MappingReviewService::checkSourcePath(m_fields, sourcePath);
    if (!problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    setBusy(true, tr("Saving…"));
    m_service->edit(m->id, sourcePath, transformation);
}

void MappingsPage::exportTo(const QString &path)
{
    m_service->exportSet(currentConnectionId(), currentStream(), path);
}

void MappingsPage::importFrom(const QString &path, bool keepDecisions)
{
    m_service->importSet(currentConnectionId(), path, keepDecisions);
}

void MappingsPage::askInSlack(const QString &slackConnection, const QString &channel)
{
    const auto pending = MappingReviewService::approvalQuestions(m_connection->currentText(), currentStream(), m_model->mappings());
    if (pending.isEmpty()) {
        showStatus(tr("Nothing is waiting for review."), true);
        return;
    }
    setBusy(true, tr("Posting %n approval request(s) to %1…", nullptr, int(pending.size())).arg(channel));
    m_service->askInSlack(m_connection->currentText(), currentStream(), m_model->mappings(), slackConnection, channel);
}

} // namespace Orion

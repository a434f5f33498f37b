#include "mappingspage.h"
#include "adapters/registry/connectorregistry.h"
#include "common/mappingreviewtable.h"

#include "adapters/slack/slackconnector.h"
#include "mapping/mappingreviewmodel.h"
#include "mapping/mappingset.h"
#include "mapping/sourceprofile.h"
#include "adapters/connectorsession.h"
#include "common/deliver.h"
#include "common/pagetitle.h"
#include "store/connectionstore.h"
#include "store/mappingstore.h"
#include "store/workspace.h"
#include "services/workspaceservice.h"
#include "services/workspacesettings.h"
#include "store/recordstore.h"
#include "services/syncjob.h"
#include "services/syncservice.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {

struct MappingsPage::Loaded
{
    int generation = 0;
    MappingTarget target = MappingTarget::Customer;
    StoredMappings mappings;
    QList<QJsonObject> samples;
    QList<MappingStore::BandStats> calibration;
    QString error;
};

MappingsPage::MappingsPage(WorkspaceService *workspace, SyncService *sync, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_sync(sync)
    , m_connection(new QComboBox(this))
    , m_stream(new QComboBox(this))
    , m_suggest(new QPushButton(tr("&Suggest Mappings"), this))
    , m_more(new QToolButton(this))
    , m_band(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new MappingReviewTable(this))
    , m_model(m_table->reviewModel())
    , m_proxy(m_table->proxy())
    , m_field(new QLabel(this))
    , m_reasoning(new QLabel(this))
    , m_alternatives(new QListWidget(this))
    , m_sourcePath(new QComboBox(this))
    , m_transformation(new QComboBox(this))
    , m_applyEdit(new QPushButton(tr("Apply &Edit"), this))
    , m_preview(new QTableWidget(0, 2, this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_approveAll(new QPushButton(tr("Approve All at or Above"), this))
    , m_status(new QLabel(this))
    , m_validation(new QLabel(this))
    , m_cancel(new QToolButton(this))
    , m_calibration(new QChartView(new QChart, this))
    , m_calibrationNote(new QLabel(this))
{
    auto *title = createPageTitle(tr("Mappings"), this);
    m_connection->setAccessibleName(tr("Connection"));
    m_stream->setAccessibleName(tr("Stream"));
    m_suggest->setToolTip(tr("Propose mappings for this stream from its stored source records"));
    m_more->setText(tr("More"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(m_more);
    moreMenu->addAction(tr("Suggest from a Sample File…"), this, [this] {
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
    moreMenu->addAction(tr("Suggest with API Documentation…"), this, [this] {
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
    moreMenu->addAction(tr("Export Mapping Set…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Mapping Set"), currentStream() + u"-mappings.json"_s, tr("JSON (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    moreMenu->addAction(tr("Import Mapping Set…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Mapping Set"), QString(), tr("JSON (*.json)"));
        if (path.isEmpty())
            return;
        const auto keep = QMessageBox::question(this, tr("Import Mapping Set"), tr("Keep the decisions recorded in the file? (No: import them as suggestions to review.)"),
                                                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
        if (keep != QMessageBox::Cancel)
            importFrom(path, keep == QMessageBox::Yes);
    });
    moreMenu->addSeparator();
    moreMenu->addAction(tr("Ask for Approval in Slack…"), this, [this] {
        QStringList slack;
        for (const ConnectionSummary &c : std::as_const(m_connections))
            if (c.connectorId == "slack"_L1)
                slack << c.name;
        if (slack.isEmpty()) {
            showStatus(tr("Add a Slack connection first."), true);
            return;
        }
        bool ok = false;
        const QString via = slack.size() == 1 ? slack.first() : QInputDialog::getItem(this, tr("Ask in Slack"), tr("Slack connection:"), slack, 0, false, &ok);
        if (via.isEmpty())
            return;
        const QString channel = QInputDialog::getText(this, tr("Ask in Slack"), tr("Channel:"), QLineEdit::Normal, u"#data-admins"_s, &ok);
        if (ok && !channel.trimmed().isEmpty())
            askInSlack(via, channel.trimmed());
    });
    moreMenu->addAction(tr("Slack Approvers…"), this, [this] {
        const qint64 id = currentConnectionId();
        if (id <= 0)
            return;
        QPointer<MappingsPage> page(this);
        m_workspace->submit([page, id](Workspace *w) {
            QString error;
            QStringList current;
            if (w)
                current = MappingStore(*w).approvers(id, &error);
            deliver(page, [current, error](MappingsPage *p) {
                if (!error.isEmpty()) {
                    p->showStatus(error, true);
                    return;
                }
                bool ok = false;
                const QString text = QInputDialog::getText(p, tr("Slack Approvers"),
                                                           tr("Slack user ids who may approve these mappings from Slack (U…, comma-separated):"),
                                                           QLineEdit::Normal, current.join(u", "_s), &ok);
                if (ok)
                    p->setApprovers(text.split(u',', Qt::SkipEmptyParts));
            });
        });
    });
    m_more->setMenu(moreMenu);
    m_more->setAccessibleName(tr("More mapping actions"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Connection:"), this));
    bar->addWidget(m_connection, 2);
    bar->addWidget(new QLabel(tr("Stream:"), this));
    bar->addWidget(m_stream, 1);
    bar->addWidget(m_suggest);
    bar->addWidget(m_more);

    m_band->addItem(tr("All confidences"), -1);
    for (ConfidenceBand b : {ConfidenceBand::High, ConfidenceBand::Medium, ConfidenceBand::Low, ConfidenceBand::VeryLow})
        m_band->addItem(confidenceBandLabel(b), int(b));
    m_band->setAccessibleName(tr("Confidence filter"));
    m_statusFilter->addItem(tr("Any status"), -1);
    for (auto st : {StoredMapping::Status::Suggested, StoredMapping::Status::Approved, StoredMapping::Status::Rejected})
        m_statusFilter->addItem(MappingReviewModel::statusLabel(st), int(st));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_filter->setPlaceholderText(tr("Filter by field or path…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter mappings"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_band);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_filter, 1);


    // Details.
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    auto *form = new QFormLayout;
    detailsLayout->addLayout(form);
    detailsLayout->addStretch(1);
    m_field->setWordWrap(true);
    m_field->setTextFormat(Qt::RichText);
    m_reasoning->setWordWrap(true);
    m_reasoning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasoning->setAccessibleName(tr("Reasoning"));
    m_alternatives->setAccessibleName(tr("Alternatives"));
    m_alternatives->setMaximumHeight(90);
    m_sourcePath->setEditable(true);
    m_sourcePath->setInsertPolicy(QComboBox::NoInsert);
    m_sourcePath->setAccessibleName(tr("Source path"));
    m_sourcePath->completer()->setFilterMode(Qt::MatchContains);
    m_sourcePath->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_transformation->addItems(transformationNames());
    m_transformation->setAccessibleName(tr("Transformation"));
    m_preview->setHorizontalHeaderLabels({tr("Source value"), tr("Unified value")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setMaximumHeight(170);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Sample values before and after"));
    form->addRow(m_field);
    form->addRow(tr("Why:"), m_reasoning);
    form->addRow(tr("Alternatives:"), m_alternatives);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    browse->setToolTip(tr("Choose the source field from the sample's schema tree"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_sourcePath, 1);
    pathRow->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = chooseSourcePath();
        if (!path.isEmpty())
            m_sourcePath->setCurrentText(path);
    });
    form->addRow(tr("Source path:"), pathRow);
    form->addRow(tr("Transformation:"), m_transformation);
    form->addRow(QString(), m_applyEdit);
    form->addRow(tr("Samples:"), m_preview);

    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(details);
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
    m_validation->setAccessibleName(tr("Validation of the approved mappings"));
    reviewLayout->addWidget(m_validation);
    auto *actions = new QHBoxLayout;
    m_approve->setToolTip(tr("Approve the selected mappings (Ctrl+Return)"));
    m_reject->setToolTip(tr("Reject the selected mappings (Ctrl+Delete)"));
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(0.9);
    m_threshold->setAccessibleName(tr("Approval threshold"));
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    actions->addStretch();
    actions->addWidget(m_approveAll);
    actions->addWidget(m_threshold);
    reviewLayout->addLayout(actions);

    auto *calibration = new QWidget(this);
    auto *calLayout = new QVBoxLayout(calibration);
    m_calibration->setRenderHint(QPainter::Antialiasing);
    m_calibration->setAccessibleName(tr("Approval rate per confidence band"));
    m_calibrationNote->setWordWrap(true);
    calLayout->addWidget(m_calibration, 1);
    calLayout->addWidget(m_calibrationNote);
    m_tabs->addTab(review, tr("Review"));
    m_tabs->addTab(calibration, tr("Calibration"));

    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);
    m_status->setAccessibleName(tr("Mapping status"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(statusRow);

    // Keyboard: decisions from the table and the page.
    auto *approveKey = new QAction(tr("Approve"), this);
    approveKey->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    approveKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(approveKey, &QAction::triggered, this, &MappingsPage::approveSelected);
    auto *rejectKey = new QAction(tr("Reject"), this);
    rejectKey->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    rejectKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(rejectKey, &QAction::triggered, this, &MappingsPage::rejectSelected);
    addActions({approveKey, rejectKey});

    connect(m_approve, &QPushButton::clicked, this, &MappingsPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &MappingsPage::rejectSelected);
    connect(m_approveAll, &QPushButton::clicked, this, [this] { approveAtOrAbove(m_threshold->value()); });
    connect(m_suggest, &QPushButton::clicked, this, &MappingsPage::suggest);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
    });
    connect(m_applyEdit, &QPushButton::clicked, this, [this] {
        Transformation t = Transformation::None;
        transformationFromName(m_transformation->currentText(), &t);
        editCurrent(m_sourcePath->currentText().trimmed(), t);
    });
    connect(m_alternatives, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_sourcePath->setCurrentText(item->data(Qt::UserRole).toString());
        m_transformation->setCurrentText(item->data(Qt::UserRole + 1).toString());
        m_sourcePath->setFocus();
    });
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
    updateDetails();
}

MappingsPage::~MappingsPage()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
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
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xd6, 0x3b, 0x2f) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

void MappingsPage::setBusy(bool busy, const QString &text)
{
    m_suggest->setEnabled(!busy);
    m_approve->setEnabled(!busy);
    m_reject->setEnabled(!busy);
    m_approveAll->setEnabled(!busy);
    m_applyEdit->setEnabled(!busy);
    m_cancel->setVisible(busy && m_cancelFlag);
    showStatus(text);
}

void MappingsPage::reload()
{
    const int generation = ++m_generation;
    const qint64 id = currentConnectionId();
    const QString stream = currentStream();
    const MappingTarget target = currentTarget();
    if (id <= 0 || stream.isEmpty()) {
        m_model->setMappings(target, {});
        return;
    }
    QPointer<MappingsPage> page(this);
    m_workspace->submit([page, generation, id, stream, target](Workspace *w) {
        Loaded loaded;
        loaded.generation = generation;
        loaded.target = target;
        if (!w) {
            loaded.error = tr("No workspace is open.");
        } else {
            MappingStore store(*w);
            loaded.mappings = store.list(id, stream, &loaded.error);
            if (loaded.error.isEmpty())
                loaded.calibration = store.calibration(0, &loaded.error);
            if (loaded.error.isEmpty()) {
                RecordStore records(*w);
                for (const QJsonObject &r : records.records(id, target == MappingTarget::Customer ? RecordKind::Customer : RecordKind::Invoice,
                                                            &loaded.error)) {
                    if (loaded.samples.size() >= 200)
                        break;
                    if (!r.value("raw"_L1).toObject().isEmpty())
                        loaded.samples << r.value("raw"_L1).toObject();
                }
            }
        }
        deliver(page, [loaded](MappingsPage *p) { p->showLoaded(loaded); });
    });
}

void MappingsPage::showLoaded(const Loaded &loaded)
{
    if (loaded.generation != m_generation)
        return; // an answer for an earlier selection
    if (!loaded.error.isEmpty()) {
        showStatus(loaded.error, true);
        return;
    }
    // Samples: the stream's stored source records, or (when there are none) the sample file last
    // used for this stream, so previews and edits work before the first sync.
    const QString key = QString::number(currentConnectionId()) + u'/' + currentStream();
    if (!loaded.samples.isEmpty() || key != m_samplesKey) {
        m_samples = loaded.samples;
        m_samplesKey = key;
    }
    m_fields = SourceProfile::profile(m_samples);
    // The edit box offers every sample path (and the paths of stored suggestions).
    QStringList paths;
    for (const SourceField &f : std::as_const(m_fields))
        paths << f.path;
    for (const StoredMapping &m : loaded.mappings)
        if (!m.suggestion.isUnmapped() && !paths.contains(m.suggestion.sourcePath))
            paths << m.suggestion.sourcePath;
    {
        const QSignalBlocker block(m_sourcePath);
        const QString text = m_sourcePath->currentText();
        m_sourcePath->clear();
        m_sourcePath->addItems(paths);
        m_sourcePath->setCurrentText(text);
    }
    const QList<qint64> selected = selectedIds();
    m_model->setMappings(loaded.target, loaded.mappings);
    for (const qint64 id : selected) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            m_table->selectionModel()->select(m_proxy->mapFromSource(m_model->index(row, 0)),
                                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    int approved = 0, pending = 0;
    for (const StoredMapping &m : loaded.mappings) {
        approved += m.status == StoredMapping::Status::Approved;
        pending += m.status == StoredMapping::Status::Suggested && !m.suggestion.isUnmapped();
    }
    if (loaded.mappings.isEmpty())
        showStatus(m_samples.isEmpty() ? tr("No suggestions yet. Sync %1 first, or suggest from a sample file (More).").arg(m_connection->currentText())
                                       : tr("No suggestions yet: Suggest Mappings proposes them from %n stored record(s).", nullptr, int(m_samples.size())));
    else if (!m_afterReload.isEmpty())
        showStatus(m_afterReload); // what the action that caused this reload did
    else
        showStatus(tr("%1 approved, %2 waiting for review · only approved mappings drive syncs").arg(approved).arg(pending));
    m_afterReload.clear();

    // Calibration: approval rate per band.
    QChart *chart = m_calibration->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Approval rate of past decisions per confidence band"));
    auto *set = new QBarSet(tr("Approved, %"));
    set->setColor(MappingReviewTable::bandColor(ConfidenceBand::High));
    QStringList labels;
    QString suggestion;
    for (const MappingStore::BandStats &b : loaded.calibration) {
        *set << b.approvalRate() * 100.0;
        labels << tr("%1 (%2 decided)").arg(confidenceBandLabel(b.band).toHtmlEscaped()).arg(b.approved + b.rejected); // axis labels are rich text
        if (b.approved + b.rejected >= 10 && b.approvalRate() >= 0.95 && suggestion.isEmpty() && b.band == ConfidenceBand::High)
            suggestion = confidenceBandLabel(b.band);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value %"_s);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%d %%"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    int decidedCount = 0;
    for (const auto &b : loaded.calibration)
        decidedCount += b.approved + b.rejected;
    m_calibrationNote->setText(decidedCount == 0
                                   ? tr("No decisions yet. As admins approve and reject, this shows how often each band is approved.")
                                   : suggestion.isEmpty() ? tr("%n decision(s) so far; not yet enough evidence (10 decisions at ≥ 95 % approval) for an auto-approve threshold.", nullptr, decidedCount)
                                                          : tr("Suggestions at %1 were approved at least 95 % of the time: approving them all at once is supported by the evidence.").arg(suggestion));
    // The approved set checked against the samples: what a sync would do with it.
    MappingSuggestions approvedRules;
    for (const StoredMapping &m : loaded.mappings)
        if (m.status == StoredMapping::Status::Approved)
            approvedRules << m.suggestion;
    MappingSet approvedSet(loaded.target, approvedRules);
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
    updateDetails();
    Q_EMIT reloaded();
}

QString MappingsPage::validationText() const
{
    return m_validation->text();
}

void MappingsPage::setApprovers(const QStringList &slackUserIds)
{
    const qint64 id = currentConnectionId();
    QStringList ids;
    static const QRegularExpression slackId(u"^[UW][A-Z0-9]{2,}$"_s);
    for (const QString &raw : slackUserIds) {
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!slackId.match(trimmed).hasMatch()) {
            showStatus(tr("\"%1\" is not a Slack user id (U… or W…).").arg(trimmed), true);
            Q_EMIT approversChanged({}, m_status->text());
            return;
        }
        ids << trimmed;
    }
    QPointer<MappingsPage> page(this);
    m_workspace->submit([page, id, ids](Workspace *w) {
        QString error;
        bool ok = false;
        if (w)
            ok = MappingStore(*w).setApprovers(id, ids, &error);
        deliver(page, [ok, error, ids](MappingsPage *p) {
            p->showStatus(ok ? tr("Slack approvers: %1").arg(ids.isEmpty() ? tr("nobody") : ids.join(u", "_s)) : error, !ok);
            Q_EMIT p->approversChanged(ok ? ids : QStringList(), ok ? QString() : error);
        });
    });
}

QString MappingsPage::chooseSourcePath()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Choose a Source Field"));
    auto *tree = new QTreeWidget(&dialog);
    tree->setHeaderLabels({tr("Field"), tr("Type"), tr("Sample")});
    tree->setAccessibleName(tr("Source schema"));
    QHash<QString, QTreeWidgetItem *> nodes;
    for (const SourceField &f : std::as_const(m_fields)) {
        // "BillAddr.City" → BillAddr › City; "emails[0].value" → emails[0] › value.
        QStringList parts;
        QString current;
        for (const QChar c : f.path) {
            if (c == u'.' && !current.endsWith(u'\\')) {
                parts << current;
                current.clear();
            } else {
                current += c;
            }
        }
        parts << current;
        QTreeWidgetItem *parent = nullptr;
        QString prefix;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            prefix += (i ? u"."_s : QString()) + parts.at(i);
            QTreeWidgetItem *&node = nodes[prefix];
            if (!node) {
                node = parent ? new QTreeWidgetItem(parent, {parts.at(i)}) : new QTreeWidgetItem(tree, {parts.at(i)});
                node->setExpanded(true);
            }
            parent = node;
        }
        parent->setText(1, f.type);
        parent->setText(2, f.samples.value(0).left(40));
        parent->setData(0, Qt::UserRole, f.path);
    }
    tree->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    QString picked;
    const auto accept = [&] {
        const QTreeWidgetItem *item = tree->currentItem();
        if (item && !item->data(0, Qt::UserRole).toString().isEmpty()) {
            picked = item->data(0, Qt::UserRole).toString();
            dialog.accept();
        }
    };
    connect(buttons, &QDialogButtonBox::accepted, &dialog, accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(tree, &QTreeWidget::itemActivated, &dialog, accept);
    // Start on the current path.
    if (QTreeWidgetItem *current = nodes.value(m_sourcePath->currentText()))
        tree->setCurrentItem(current);
    dialog.resize(560, 420);
    m_sourceDialog = &dialog;
    dialog.exec();
    m_sourceDialog = nullptr;
    return picked;
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
    QStringList alts;
    for (int i = 0; i < m_alternatives->count(); ++i)
        alts << m_alternatives->item(i)->text();
    return m_field->text() + u'\n' + m_reasoning->text() + u'\n' + alts.join(u'\n');
}

void MappingsPage::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    const StoredMapping *m = m_model->mappingAt(row);
    const bool any = !selectedIds().isEmpty();
    m_approve->setEnabled(any);
    m_reject->setEnabled(any);
    m_applyEdit->setEnabled(m);
    m_alternatives->clear();
    m_preview->setRowCount(0);
    if (!m) {
        m_field->setText(tr("<i>Select a mapping to see why it was proposed.</i>"));
        m_reasoning->clear();
        return;
    }
    const MappingSuggestion &s = m->suggestion;
    const TargetField *f = findTargetField(m_model->target(), s.targetField);
    m_field->setText(u"<b>%1</b> — %2%3"_s.arg(s.targetField.toHtmlEscaped(), f ? f->description.toHtmlEscaped() : QString(),
                                               f && f->required ? tr(" <b>(required)</b>") : QString()));
    m_reasoning->setText(s.reasoning.isEmpty() ? tr("(no reasoning given)") : s.reasoning);
    for (const MappingAlternative &a : s.alternatives) {
        auto *item = new QListWidgetItem(tr("%1 [%2] %3").arg(a.sourcePath, transformationName(a.transformation)).arg(a.confidence, 0, 'f', 2),
                                         m_alternatives);
        item->setData(Qt::UserRole, a.sourcePath);
        item->setData(Qt::UserRole + 1, transformationName(a.transformation));
        item->setToolTip(tr("Press Enter or double-click to use this source"));
    }
    m_sourcePath->setCurrentText(s.sourcePath);
    m_transformation->setCurrentText(transformationName(s.transformation));
    // Before → after on a few samples (with the currency rule, which amounts need).
    if (s.isUnmapped())
        return;
    MappingSuggestions rules{s};
    for (const StoredMapping &other : m_model->mappings())
        if (other.suggestion.targetField == "currency"_L1 && s.targetField != "currency"_L1 && !other.suggestion.isUnmapped())
            rules.prepend(other.suggestion);
    MappingSet set(m_model->target(), rules);
    set.setDefaultRegion(WorkspaceSettings::defaultPhoneRegion());
    for (const QJsonObject &record : std::as_const(m_samples)) {
        if (m_preview->rowCount() >= 5)
            break;
        const QJsonValue in = SourceProfile::valueAt(record, s.sourcePath);
        if (in.isUndefined() || in.isNull())
            continue;
        const MappingSet::Result r = set.apply(record);
        QString after;
        for (const MappingSet::FieldError &e : r.errors)
            if (e.targetField == s.targetField)
                after = tr("⚠ %1").arg(e.message);
        if (after.isEmpty()) {
            const QJsonValue v = s.targetField.startsWith("address."_L1) ? r.unified.value("address"_L1).toObject().value(s.targetField.mid(8))
                                                                         : r.unified.value(s.targetField);
            after = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        }
        const int row2 = m_preview->rowCount();
        m_preview->insertRow(row2);
        m_preview->setItem(row2, 0, new QTableWidgetItem(in.isString() ? in.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{in}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
        m_preview->setItem(row2, 1, new QTableWidgetItem(after));
    }
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
    const MappingTarget target = currentTarget();
    if (id <= 0 || stream.isEmpty())
        return;
    if (records.isEmpty()) {
        showStatus(tr("The sample has no records."), true);
        return;
    }
    m_samples = records;
    m_samplesKey = QString::number(id) + u'/' + stream;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    const MappingRun::Mode mode = m_llm.isConfigured() ? MappingRun::Mode::Hybrid : MappingRun::Mode::Local;
    setBusy(true, mode == MappingRun::Mode::Local ? tr("Matching fields…") : tr("Matching fields; asking %1 about the unclear ones…").arg(LlmSettings::providerName(m_llm.provider)));
    struct Outcome
    {
        MappingRun run;
        QString error;
        QString warning; // the LLM's failure when the local suggestions were kept
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, id, stream, target] {
        watcher->deleteLater();
        const Outcome o = watcher->result();
        m_cancelFlag.reset();
        if (!o.error.isEmpty()) {
            setBusy(false, QString());
            showStatus(tr("No suggestions: %1").arg(o.error), true);
            return;
        }
        QString usage;
        if (!o.warning.isEmpty())
            usage = tr(" · the LLM was not used: %1").arg(o.warning);
        else if (o.run.mode != MappingRun::Mode::Local)
            usage = tr(" · %1 field(s) asked of the LLM, %2 + %3 tokens, %4").arg(o.run.llmFields).arg(o.run.inputTokens).arg(o.run.outputTokens)
                        .arg(o.run.estimatedUsd < 0 ? tr("cost unknown") : u"$"_s + QString::number(o.run.estimatedUsd, 'f', 4));
        QPointer<MappingsPage> page(this);
        const MappingSuggestions suggestions = o.run.suggestions;
        m_workspace->submit([page, id, stream, target, suggestions, usage](Workspace *w) {
            QString error;
            int stored = -1;
            if (w) {
                MappingStore store(*w);
                stored = store.saveSuggestions(id, stream, target, suggestions, &error);
            } else {
                error = tr("No workspace is open.");
            }
            deliver(page, [stored, error, usage](MappingsPage *p) {
                p->setBusy(false, QString());
                if (stored < 0) {
                    p->showStatus(error, true);
                    return;
                }
                p->m_afterReload = tr("%n suggestion(s) stored for review", nullptr, stored) + usage;
                p->reload();
                Q_EMIT p->suggestionsStored(stored);
            });
        });
    });
    watcher->setFuture(QtConcurrent::run([records, documentation, target, llm = m_llm, mode, cancel = m_cancelFlag]() -> Outcome {
        Outcome o;
        const SourceFields fields = SourceProfile::profile(records);
        if (MappingEngine::run(fields, target, documentation, mode, llm, cancel.get(), &o.run, &o.error) || mode == MappingRun::Mode::Local
            || cancel->load())
            return o;
        // The LLM failed (unreachable, refused, cut off): the local matcher's suggestions still stand,
        // and the reason is shown; nothing from the failed answer is used.
        o.warning = o.error;
        o.error.clear();
        MappingEngine::run(fields, target, QString(), MappingRun::Mode::Local, llm, cancel.get(), &o.run, &o.error);
        return o;
    }));
}

void MappingsPage::decide(bool approve)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    setBusy(true, approve ? tr("Approving…") : tr("Rejecting…"));
    QPointer<MappingsPage> page(this);
    m_workspace->submit([page, ids, approve](Workspace *w) {
        QString error;
        bool ok = false;
        if (w) {
            MappingStore store(*w);
            ok = store.decide(ids, approve ? StoredMapping::Status::Approved : StoredMapping::Status::Rejected, w->actor(),
                              MappingStore::Via::Desktop, &error);
        }
        deliver(page, [ok, error, count = int(ids.size()), approve](MappingsPage *p) {
            p->setBusy(false, QString());
            if (!ok) {
                p->showStatus(error, true);
                return;
            }
            p->reload();
            p->showStatus(approve ? tr("Approved %n mapping(s).", nullptr, count) : tr("Rejected %n mapping(s).", nullptr, count));
            Q_EMIT p->decided(count);
        });
    });
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
    const qint64 id = currentConnectionId();
    const QString stream = currentStream();
    setBusy(true, tr("Approving…"));
    QPointer<MappingsPage> page(this);
    m_workspace->submit([page, id, stream, threshold](Workspace *w) {
        QString error;
        int count = -1;
        if (w) {
            MappingStore store(*w);
            const QList<qint64> ids = store.undecidedAtOrAbove(id, stream, threshold, &error);
            if (error.isEmpty())
                count = ids.isEmpty() || store.decide(ids, StoredMapping::Status::Approved, w->actor(), MappingStore::Via::Desktop, &error)
                            ? int(ids.size())
                            : -1;
        }
        deliver(page, [count, error, threshold](MappingsPage *p) {
            p->setBusy(false, QString());
            if (count < 0) {
                p->showStatus(error, true);
                return;
            }
            p->reload();
            p->showStatus(tr("Approved %n mapping(s) at or above %1.", nullptr, count).arg(threshold, 0, 'f', 2));
            Q_EMIT p->decided(count);
        });
    });
}

void MappingsPage::editCurrent(const QString &sourcePath, Transformation transformation)
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const StoredMapping *m = m_model->mappingAt(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
    if (!m)
        return;
    if (!sourcePath.isEmpty() && !m_fields.isEmpty()) {
        bool known = false;
        for (const SourceField &f : std::as_const(m_fields))
            known = known || f.path == sourcePath;
        if (!known) {
            showStatus(tr("\"%1\" is not a field of the sample records.").arg(sourcePath), true);
            return;
        }
    }
    const qint64 id = m->id;
    setBusy(true, tr("Saving…"));
    QPointer<MappingsPage> page(this);
    m_workspace->submit([page, id, sourcePath, transformation](Workspace *w) {
        QString error;
        bool ok = false;
        if (w) {
            MappingStore store(*w);
            ok = store.edit(id, sourcePath, transformation, {}, w->actor(), &error);
        }
        deliver(page, [ok, error](MappingsPage *p) {
            p->setBusy(false, QString());
            if (!ok) {
                p->showStatus(error, true);
                return;
            }
            p->reload();
            p->showStatus(tr("Changed; review it again before it drives syncs."));
        });
    });
}

void MappingsPage::exportTo(const QString &path)
{
    const qint64 id = currentConnectionId();
    const QString stream = currentStream();
    QPointer<MappingsPage> page(this);
    m_workspace->submit([page, id, stream, path](Workspace *w) {
        QString error;
        if (w) {
            MappingStore store(*w);
            const QJsonObject json = store.exportSet(id, stream, &error);
            if (error.isEmpty()) {
                QFile f(path);
                const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
                if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
                    error = tr("Cannot write %1: %2").arg(path, f.errorString());
            }
        }
        deliver(page, [error, path](MappingsPage *p) {
            p->showStatus(error.isEmpty() ? tr("Exported to %1.").arg(path) : error, !error.isEmpty());
            Q_EMIT p->exported(error);
        });
    });
}

void MappingsPage::importFrom(const QString &path, bool keepDecisions)
{
    const qint64 id = currentConnectionId();
    QPointer<MappingsPage> page(this);
    m_workspace->submit([page, id, path, keepDecisions](Workspace *w) {
        QString error;
        int count = -1;
        QFile f(path);
        QJsonParseError parseError;
        if (!f.open(QIODevice::ReadOnly)) {
            error = tr("Cannot read %1: %2").arg(path, f.errorString());
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                error = tr("%1 is not a mapping set (JSON object).").arg(path);
            else if (w) {
                MappingStore store(*w);
                count = store.importSet(id, doc.object(), keepDecisions, w->actor(), &error);
            }
        }
        deliver(page, [count, error](MappingsPage *p) {
            if (count >= 0)
                p->reload();
            p->showStatus(count >= 0 ? tr("Imported %n mapping(s).", nullptr, count) : error, count < 0);
            Q_EMIT p->imported(count, error);
        });
    });
}

void MappingsPage::askInSlack(const QString &slackConnection, const QString &channel)
{
    const QString connection = m_connection->currentText();
    const QString stream = currentStream();
    QList<std::pair<qint64, QString>> pending;
    for (const StoredMapping &m : m_model->mappings())
        if (m.status == StoredMapping::Status::Suggested && !m.suggestion.isUnmapped())
            pending.append({m.id, tr("*%1* / %2: map *%3* ← `%4` (%5, confidence %6)?\n%7")
                                      .arg(connection, stream, m.suggestion.targetField, m.suggestion.sourcePath,
                                           transformationName(m.suggestion.transformation))
                                      .arg(m.suggestion.confidence, 0, 'f', 2)
                                      .arg(m.suggestion.reasoning.left(300))});
    if (pending.isEmpty()) {
        showStatus(tr("Nothing is waiting for review."), true);
        return;
    }
    setBusy(true, tr("Posting %n approval request(s) to %1…", nullptr, int(pending.size())).arg(channel));
    auto *watcher = new QFutureWatcher<std::pair<int, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<int, QString>>::finished, this, [this, watcher, channel] {
        watcher->deleteLater();
        const auto [count, error] = watcher->result();
        setBusy(false, QString());
        showStatus(error.isEmpty() ? tr("Asked in %1: %n request(s) posted; only the connection's approvers can decide.", nullptr, count).arg(channel) : error,
                   !error.isEmpty());
        Q_EMIT slackRequestsPosted(count, error);
    });
    watcher->setFuture(QtConcurrent::run([config = m_sync->database(), password = m_sync->databasePassword(), credentials = m_sync->credentials(),
                                          options = m_sync->httpOptions(), slackConnection, channel, pending]() -> std::pair<int, QString> {
        QString error;
        Workspace::Options wo;
        wo.createIfMissing = false;
        auto workspace = Workspace::open(config, password, &error, wo);
        if (!workspace)
            return {0, error};
        ResolvedConnection slack;
        if (SyncJob::resolve(*workspace, slackConnection, credentials, &slack, &error) != SyncResult::Outcome::Ran)
            return {0, error};
        ConnectorSession session(*slack.connector, slack.connection.id, slack.connection.name, slack.settings, credentials, options);
        if (!session.isReady())
            return {0, session.failure().message};
        int posted = 0;
        for (const auto &[id, question] : pending) {
            QString ts;
            Failure failure;
            if (!SlackConnector::postMessage(session.context(), channel, question,
                                             SlackConnector::approvalBlocks(question, u"mapping:%1"_s.arg(id)), &ts, &failure))
                return {posted, session.redact(failure.message)};
            ++posted;
        }
        return {posted, QString()};
    }));
}

} // namespace Orion

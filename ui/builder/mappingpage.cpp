#include "mappingpage.h"

#include "adapters/declarative/spectester.h"
#include "common/deliver.h"
#include "common/localuser.h"
#include "common/mappingreviewtable.h"
#include "mapping/mappingengine.h"
#include "mapping/mappingreviewmodel.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {
namespace BuilderDetail {

MappingPage::MappingPage()
    : m_stream(new QComboBox(this))
    , m_table(new MappingReviewTable(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_approveHigh(new QPushButton(tr("Approve All ≥ 0.90"), this))
    , m_details(new QLabel(this))
    , m_status(new QLabel(this))
{
    setTitle(tr("Field Mapping"));
    setSubTitle(tr("How each stream's fields land in the unified schema. Suggestions come from the mapping engine with a confidence and a reason; "
                   "only approved mappings go into the spec."));
    m_stream->setAccessibleName(tr("Stream"));
    m_approve->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Stream:"), this));
    top->addWidget(m_stream, 1);
    top->addWidget(m_approveHigh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_details);
    layout->addWidget(m_message = messageLabel(this));
    static_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_stream);
    connect(m_stream, &QComboBox::currentIndexChanged, this, &MappingPage::showStream);
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(m_table->selectedModelRows(), StoredMapping::Status::Approved); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(m_table->selectedModelRows(), StoredMapping::Status::Rejected); });
    connect(m_approveHigh, &QPushButton::clicked, this, [this] { approveAtOrAbove(0.9); });
    connect(m_edit, &QPushButton::clicked, this, &MappingPage::editCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &MappingPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MappingPage::showDetails);
}

MappingReviewTable *MappingPage::table() const
{
    return m_table;
}

QString MappingPage::currentStream() const
{
    return m_stream->currentText();
}

void MappingPage::decide(const QList<int> &rows, StoredMapping::Status status)
{
    StoredMappings &list = state().mappings[currentStream()];
    const QString who = localUserName(); // as the workspace records it (Workspace::actor)
    for (int row : rows)
        if (row >= 0 && row < list.size() && !(status == StoredMapping::Status::Approved && list[row].suggestion.isUnmapped())) {
            list[row].status = status;
            list[row].decidedBy = who;
            list[row].decidedAt = QDateTime::currentDateTimeUtc();
        }
    wiz()->showPageError({});
    showStream();
}

void MappingPage::approveAtOrAbove(double threshold)
{
    QList<int> rows;
    const StoredMappings &list = state().mappings.value(currentStream());
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).suggestion.confidence >= threshold && !list.at(i).suggestion.isUnmapped()
            && list.at(i).status == StoredMapping::Status::Suggested)
            rows << i;
    decide(rows, StoredMapping::Status::Approved);
}

void MappingPage::initializePage()
{
    fromState();
    for (const QJsonObject &s : state().streams()) {
        const QString name = text(s, "name");
        if (state().mappedFrom.value(name) != state().testedWith.value(name) || !state().mappings.contains(name))
            suggest(name);
    }
}

void MappingPage::fromState()
{
    const QSignalBlocker block(m_stream);
    const QString keep = m_stream->currentText();
    m_stream->clear();
    m_stream->addItems(state().streamNames());
    m_stream->setCurrentIndex(std::max(0, m_stream->findText(keep)));
    showStream();
}

void MappingPage::toState()
{
    // Approved mappings become the streams' "mappings".
    QList<QJsonObject> streams = state().streams();
    for (QJsonObject &s : streams) {
        QJsonArray out;
        for (const StoredMapping &m : state().mappings.value(text(s, "name"))) {
            if (m.status != StoredMapping::Status::Approved || m.suggestion.isUnmapped())
                continue;
            QJsonObject o{{u"target_field"_s, m.suggestion.targetField}, {u"source_path"_s, m.suggestion.sourcePath}};
            if (m.suggestion.transformation != Transformation::None)
                o.insert(u"transformation"_s, transformationName(m.suggestion.transformation));
            if (!m.suggestion.parameters.isEmpty())
                o.insert(u"parameters"_s, m.suggestion.parameters);
            out.append(o);
        }
        if (out.isEmpty())
            s.remove(u"mappings"_s);
        else
            s.insert(u"mappings"_s, out);
    }
    state().setStreams(streams);
}

bool MappingPage::validatePage()
{
    if (m_running > 0)
        return fail(tr("Wait for the suggestions to arrive."));
    toState();
    for (const QJsonObject &s : state().streams()) {
        MappingTarget target = MappingTarget::Customer;
        mappingTargetFromName(text(s, "kind"), &target);
        QStringList approved;
        for (const QJsonValue &m : s.value("mappings"_L1).toArray())
            approved << text(m.toObject(), "target_field");
        QStringList missing;
        for (const TargetField &f : targetFields(target))
            if (f.required && !approved.contains(f.name))
                missing << f.name;
        if (!missing.isEmpty()) {
            m_stream->setCurrentText(text(s, "name"));
            return fail(tr("Stream %1: approve a mapping for the required field(s) %2 (select a row and press Edit to choose the source).")
                            .arg(text(s, "name"), missing.join(u", "_s)));
        }
    }
    return true;
}

void MappingPage::showStream()
{
    const QString name = currentStream();
    MappingTarget target = MappingTarget::Customer;
    mappingTargetFromName(text(state().stream(name), "kind"), &target);
    m_table->reviewModel()->setMappings(target, state().mappings.value(name));
    int approved = 0;
    for (const StoredMapping &m : state().mappings.value(name))
        approved += m.status == StoredMapping::Status::Approved;
    m_status->setText(m_running > 0 ? tr("Suggesting…") : tr("%1 of %2 approved").arg(approved).arg(state().mappings.value(name).size()));
    showDetails();
}

void MappingPage::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const StoredMapping *m = current.isValid() ? m_table->reviewModel()->mappingAt(m_table->proxy()->mapToSource(current).row()) : nullptr;
    if (!m) {
        m_details->setText(tr("Select a row to see why it was suggested."));
        return;
    }
    QStringList alternatives;
    for (const MappingAlternative &a : m->suggestion.alternatives)
        alternatives << u"%1 (%2)"_s.arg(a.sourcePath).arg(a.confidence, 0, 'f', 2);
    m_details->setText(u"<b>%1</b>: %2"_s.arg(m->suggestion.targetField.toHtmlEscaped(), m->suggestion.reasoning.toHtmlEscaped())
                       + (alternatives.isEmpty() ? QString() : u"<br>"_s + tr("Alternatives: %1").arg(alternatives.join(u", "_s).toHtmlEscaped())));
}

void MappingPage::editCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_table->proxy()->mapToSource(current).row();
    StoredMappings &list = state().mappings[currentStream()];
    if (row < 0 || row >= list.size())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Mapping of %1").arg(list[row].suggestion.targetField));
    auto *source = new QComboBox(&dialog);
    source->setEditable(true);
    for (const SourceField &f : state().reports.value(currentStream()).schema)
        source->addItem(f.path);
    source->setCurrentText(list[row].suggestion.sourcePath);
    auto *transformation = new QComboBox(&dialog);
    transformation->addItems(transformationNames());
    transformation->setCurrentText(transformationName(list[row].suggestion.transformation));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Source field:"), source);
    form->addRow(tr("&Transformation:"), transformation);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || source->currentText().trimmed().isEmpty())
        return;
    Transformation t = Transformation::None;
    transformationFromName(transformation->currentText(), &t);
    list[row].suggestion.sourcePath = source->currentText().trimmed();
    list[row].suggestion.transformation = t;
    list[row].suggestion.confidence = 1.0;
    list[row].suggestion.reasoning = tr("Set by hand.");
    decide({row}, StoredMapping::Status::Approved);
}

void MappingPage::suggest(const QString &stream)
{
    const SpecTester::Report report = state().reports.value(stream);
    MappingTarget target = MappingTarget::Customer;
    mappingTargetFromName(text(state().stream(stream), "kind"), &target);
    const LlmSettings llm = wiz()->llmSettings();
    const MappingRun::Mode mode = llm.provider == LlmSettings::Provider::None ? MappingRun::Mode::Local : MappingRun::Mode::Hybrid;
    const QString fingerprint = state().testedWith.value(stream);
    ++m_running;
    showStream();
    QPointer<ConnectorWizard> w = wiz();
    QPointer<MappingPage> page = this;
    (void)QtConcurrent::run([w, page, stream, fields = report.schema, target, mode, llm, fingerprint] {
        MappingRun run;
        QString error;
        MappingEngine::run(fields, target, {}, mode, llm, nullptr, &run, &error);
        deliver(w, [page, stream, run, error, fingerprint](ConnectorWizard *wizard) {
            if (!page)
                return;
            --page->m_running;
            if (error.isEmpty()) {
                StoredMappings list;
                for (const MappingSuggestion &s : run.suggestions) {
                    StoredMapping m;
                    m.id = list.size() + 1;
                    m.stream = stream;
                    m.suggestion = s;
                    list << m;
                }
                wizard->state().mappings.insert(stream, list);
                wizard->state().mappedFrom.insert(stream, fingerprint);
            }
            page->fromState();
            wizard->showPageError(error);
            Q_EMIT wizard->mappingsSuggested(stream, error);
        });
    });
}

} // namespace BuilderDetail
} // namespace Orion

#include "mappingdetails.h"

#include "common/retranslate.h"

#include "mapping/mappingset.h"
#include "services/workspacesettings.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The texts keep the translation context of the page they were first written for (Orion::MappingsPage).

namespace Orion {

MappingDetails::MappingDetails(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLabel(this))
    , m_reasoning(new QLabel(this))
    , m_alternatives(new QListWidget(this))
    , m_sourcePath(new QComboBox(this))
    , m_transformation(new QComboBox(this))
    , m_applyEdit(new QPushButton(this))
    , m_preview(new QTableWidget(0, 2, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch(1);
    m_field->setWordWrap(true);
    m_field->setTextFormat(Qt::RichText);
    m_reasoning->setWordWrap(true);
    m_reasoning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_alternatives->setMaximumHeight(90);
    m_sourcePath->setEditable(true);
    m_sourcePath->setInsertPolicy(QComboBox::NoInsert);
    m_sourcePath->completer()->setFilterMode(Qt::MatchContains);
    m_sourcePath->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_transformation->addItems(transformationNames());
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setMaximumHeight(170);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    form->addRow(m_field);
    addLabelledRow(form, m_reasoning);
    addLabelledRow(form, m_alternatives);
    auto *browse = new QToolButton(this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_sourcePath, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(this);
    pathLabel->setBuddy(m_sourcePath);
    form->addRow(pathLabel, pathRow);
    addLabelledRow(form, m_transformation);
    form->addRow(QString(), m_applyEdit);
    addLabelledRow(form, m_preview);
    onLanguageChange(this, [=, this] {
        m_reasoning->setAccessibleName(QCoreApplication::translate("Orion::MappingsPage", "Reasoning"));
        m_alternatives->setAccessibleName(QCoreApplication::translate("Orion::MappingsPage", "Alternatives"));
        m_sourcePath->setAccessibleName(QCoreApplication::translate("Orion::MappingsPage", "Source path"));
        m_transformation->setAccessibleName(QCoreApplication::translate("Orion::MappingsPage", "Transformation"));
        m_preview->setHorizontalHeaderLabels({QCoreApplication::translate("Orion::MappingsPage", "Source value"),
                                              QCoreApplication::translate("Orion::MappingsPage", "Unified value")});
        m_preview->setAccessibleName(QCoreApplication::translate("Orion::MappingsPage", "Sample values before and after"));
        setRowLabel(form, m_reasoning, QCoreApplication::translate("Orion::MappingsPage", "Why:"));
        setRowLabel(form, m_alternatives, QCoreApplication::translate("Orion::MappingsPage", "Alternatives:"));
        browse->setText(QCoreApplication::translate("Orion::MappingsPage", "Browse…"));
        browse->setToolTip(QCoreApplication::translate("Orion::MappingsPage", "Choose the source field from the sample's schema tree"));
        pathLabel->setText(QCoreApplication::translate("Orion::MappingsPage", "Source path:"));
        setRowLabel(form, m_transformation, QCoreApplication::translate("Orion::MappingsPage", "Transformation:"));
        setRowLabel(form, m_preview, QCoreApplication::translate("Orion::MappingsPage", "Samples:"));
        m_applyEdit->setText(QCoreApplication::translate("Orion::MappingsPage", "Apply &Edit"));
        if (m_empty)
            m_field->setText(QCoreApplication::translate("Orion::MappingsPage", "<i>Select a mapping to see why it was proposed.</i>"));
    });

    connect(browse, &QToolButton::clicked, this, &MappingDetails::browseRequested);
    connect(m_applyEdit, &QPushButton::clicked, this, [this] {
        Transformation t = Transformation::None;
        transformationFromName(m_transformation->currentText(), &t);
        Q_EMIT editRequested(m_sourcePath->currentText().trimmed(), t);
    });
    connect(m_alternatives, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_sourcePath->setCurrentText(item->data(Qt::UserRole).toString());
        m_transformation->setCurrentText(item->data(Qt::UserRole + 1).toString());
        m_sourcePath->setFocus();
    });
}

void MappingDetails::setPaths(const QStringList &paths)
{
    const QSignalBlocker block(m_sourcePath);
    const QString text = m_sourcePath->currentText();
    m_sourcePath->clear();
    m_sourcePath->addItems(paths);
    m_sourcePath->setCurrentText(text);
}

void MappingDetails::setSourcePath(const QString &path)
{
    m_sourcePath->setCurrentText(path);
}

QString MappingDetails::sourcePath() const
{
    return m_sourcePath->currentText();
}

void MappingDetails::setEditEnabled(bool enabled)
{
    m_applyEdit->setEnabled(enabled);
}

QString MappingDetails::text() const
{
    QStringList alts;
    for (int i = 0; i < m_alternatives->count(); ++i)
        alts << m_alternatives->item(i)->text();
    return m_field->text() + u'\n' + m_reasoning->text() + u'\n' + alts.join(u'\n');
}

void MappingDetails::showMapping(const StoredMapping *m, MappingTarget target, const StoredMappings &all, const QList<QJsonObject> &samples)
{
    m_applyEdit->setEnabled(m);
    m_alternatives->clear();
    m_preview->setRowCount(0);
    m_empty = !m;
    if (!m) {
        m_field->setText(QCoreApplication::translate("Orion::MappingsPage", "<i>Select a mapping to see why it was proposed.</i>"));
        m_reasoning->clear();
        return;
    }
    const MappingSuggestion &s = m->suggestion;
    const TargetField *f = findTargetField(target, s.targetField);
    m_field->setText(
        u"<b>%1</b> — %2%3"_s.arg(s.targetField.toHtmlEscaped(), f ? f->description.toHtmlEscaped() : QString(),
                                  f && f->required ? QCoreApplication::translate("Orion::MappingsPage", " <b>(required)</b>") : QString()));
    m_reasoning->setText(s.reasoning.isEmpty() ? QCoreApplication::translate("Orion::MappingsPage", "(no reasoning given)") : s.reasoning);
    for (const MappingAlternative &a : s.alternatives) {
        auto *item = new QListWidgetItem(QCoreApplication::translate("Orion::MappingsPage", "%1 [%2] %3")
                                             .arg(a.sourcePath, transformationName(a.transformation))
                                             .arg(a.confidence, 0, 'f', 2),
                                         m_alternatives);
        item->setData(Qt::UserRole, a.sourcePath);
        item->setData(Qt::UserRole + 1, transformationName(a.transformation));
        item->setToolTip(QCoreApplication::translate("Orion::MappingsPage", "Press Enter or double-click to use this source"));
    }
    m_sourcePath->setCurrentText(s.sourcePath);
    m_transformation->setCurrentText(transformationName(s.transformation));
    // Before → after on a few samples (with the currency rule, which amounts need).
    if (s.isUnmapped())
        return;
    MappingSuggestions rules{s};
    for (const StoredMapping &other : all)
        if (other.suggestion.targetField == "currency"_L1 && s.targetField != "currency"_L1 && !other.suggestion.isUnmapped())
            rules.prepend(other.suggestion);
    MappingSet set(target, rules);
    set.setDefaultRegion(WorkspaceSettings::defaultPhoneRegion());
    for (const QJsonObject &record : samples) {
        if (m_preview->rowCount() >= 5)
            break;
        const QJsonValue in = SourceProfile::valueAt(record, s.sourcePath);
        if (in.isUndefined() || in.isNull())
            continue;
        const MappingSet::Result r = set.apply(record);
        QString after;
        for (const MappingSet::FieldError &e : r.errors)
            if (e.targetField == s.targetField)
                after = QCoreApplication::translate("Orion::MappingsPage", "⚠ %1").arg(e.message);
        if (after.isEmpty()) {
            const QJsonValue v = s.targetField.startsWith("address."_L1) ? r.unified.value("address"_L1).toObject().value(s.targetField.mid(8))
                                                                         : r.unified.value(s.targetField);
            after = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
        }
        const QString before
            = in.isString() ? in.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{in}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(before));
        m_preview->setItem(row, 1, new QTableWidgetItem(after));
    }
}

} // namespace Orion

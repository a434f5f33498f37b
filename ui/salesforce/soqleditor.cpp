#include "soqleditor.h"
#include "common/statuscolors.h"

#include "common/codeview.h"

#include "adapters/salesforce/soql.h"
#include "services/salesforceservice.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

// A plain-text editor whose completer offers field names for the word under the cursor.
class SoqlTextEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    void setCompleter(QCompleter *completer)
    {
        m_completer = completer;
        completer->setWidget(this);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        QObject::connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
            QTextCursor cursor = textCursor();
            cursor.select(QTextCursor::WordUnderCursor);
            cursor.insertText(text);
            setTextCursor(cursor);
        });
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (m_completer && m_completer->popup()->isVisible()) {
            switch (event->key()) {
            case Qt::Key_Enter:
            case Qt::Key_Return:
            case Qt::Key_Escape:
            case Qt::Key_Tab:
            case Qt::Key_Backtab: event->ignore(); return; // the completer takes these
            default: break;
            }
        }
        const bool force = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
        if (!force)
            QPlainTextEdit::keyPressEvent(event);
        if (!m_completer)
            return;
        QTextCursor cursor = textCursor();
        cursor.select(QTextCursor::WordUnderCursor);
        const QString prefix = cursor.selectedText();
        if (!force && (prefix.size() < 2 || event->text().isEmpty())) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(prefix);
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
        QRect rect = cursorRect();
        rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
        m_completer->complete(rect);
    }

private:
    QCompleter *m_completer = nullptr;
};

namespace SoqlEditorDetail {

void flatten(const QJsonObject &object, const QString &prefix, QJsonObject *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == "attributes"_L1)
            continue;
        if (it->isObject())
            flatten(it->toObject(), prefix + it.key() + u'.', out);
        else
            out->insert(prefix + it.key(), *it);
    }
}

} // namespace SoqlEditorDetail

SoqlEditor::SoqlEditor(std::shared_ptr<CredentialStore> credentials, qint64 connectionId, const SecretOwner &owner, const QJsonObject &settings,
                       QWidget *parent)
    : QDialog(parent)
    , m_service(new SalesforceService(std::move(credentials), {connectionId, owner, settings}, this))
    , m_object(new QComboBox(this))
    , m_editor(new SoqlTextEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_results(new QStandardItemModel(this))
    , m_fieldModel(new QStringListModel(this))
    , m_completer(new QCompleter(m_fieldModel, this))
{
    setWindowTitle(tr("SOQL — %1").arg(owner.label));
    m_object->setEditable(true);
    m_object->addItems({u"Contact"_s, u"Account"_s, u"Lead"_s, u"Opportunity"_s});
    m_object->setAccessibleName(tr("sObject for field completion"));
    m_object->setToolTip(tr("Field names of this sObject are offered while you type (Ctrl+Space)"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setAccessibleName(tr("SOQL query"));
    m_editor->setPlaceholderText(u"SELECT Id, Name, Email FROM Contact WHERE LastModifiedDate = LAST_N_DAYS:7"_s);
    m_editor->setCompleter(m_completer);
    highlightDocument(m_editor->document(), u"SQL"_s, palette());
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_run->setToolTip(tr("Run the query (Ctrl+Return)"));
    m_cancel->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setModel(m_results);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Query results"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Fields of:"), this));
    bar->addWidget(m_object);
    bar->addStretch();
    bar->addWidget(m_run);
    bar->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_run, &QPushButton::clicked, this, &SoqlEditor::run);
    connect(m_cancel, &QPushButton::clicked, this, &SoqlEditor::cancel);
    connect(m_object, &QComboBox::currentTextChanged, this, &SoqlEditor::loadFields);
    connect(m_service, &SalesforceService::fieldsAnswered, this, &SoqlEditor::showFields);
    connect(m_service, &SalesforceService::queryAnswered, this, &SoqlEditor::showAnswer);
    resize(860, 560);
    setStatus(tr("Type a SELECT query and press Ctrl+Return."), false);
}

SoqlEditor::~SoqlEditor()
{
    cancel();
}

void SoqlEditor::setQuery(const QString &soql)
{
    m_editor->setPlainText(soql);
}

QString SoqlEditor::query() const
{
    return m_editor->toPlainText().trimmed();
}

QStringList SoqlEditor::completions() const
{
    return m_fieldModel->stringList();
}

QString SoqlEditor::statusText() const
{
    return m_status->text();
}

void SoqlEditor::setStatus(const QString &text, bool error)
{
    StatusColors::showStatus(m_status, text, error);
}

void SoqlEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_run->setEnabled(!busy);
    m_cancel->setEnabled(busy);
}

void SoqlEditor::cancel()
{
    m_service->cancel(m_queryId);
}

void SoqlEditor::loadFields(const QString &sObject)
{
    if (sObject.trimmed().isEmpty())
        return;
    m_fieldsId = m_service->describe(sObject);
}

void SoqlEditor::showFields(int id, const SalesforceService::FieldsAnswer &answer)
{
    if (id != m_fieldsId)
        return; // another sObject was asked for meanwhile
    if (answer.failure) {
        setStatus(tr("Fields of %1 could not be loaded: %2").arg(answer.sObject, answer.failure.message), true);
        Q_EMIT fieldsLoaded(false);
        return;
    }
    QStringList words = answer.fields;
    words << u"SELECT"_s << u"FROM"_s << u"WHERE"_s << u"ORDER BY"_s << u"LIMIT"_s << u"LAST_N_DAYS"_s;
    m_fieldModel->setStringList(words);
    setStatus(tr("%n field(s) of %1 available for completion (Ctrl+Space).", nullptr, int(answer.fields.size())).arg(answer.sObject), false);
    Q_EMIT fieldsLoaded(true);
}

void SoqlEditor::run()
{
    QString error;
    const QString soql = query();
    if (!Soql::validate(soql, &error)) {
        setStatus(tr("Not sent: %1.").arg(error), true);
        Q_EMIT queryFinished(false);
        return;
    }
    m_lastQuery = soql;
    setBusy(true);
    setStatus(tr("Running…"), false);
    m_queryId = m_service->query(soql);
}

void SoqlEditor::showAnswer(int id, const SalesforceService::QueryAnswer &answer)
{
    if (id != m_queryId)
        return; // a newer query was started
    setBusy(false);
    if (answer.failure) {
        setStatus(answer.failure.message, true);
        Q_EMIT queryFinished(false);
        return;
    }
    // Columns: the SELECT list's order first, then any other flattened field ("Account.Name" for
    // relationships).
    QStringList columns;
    static const QRegularExpression selectList(uR"(^\s*SELECT\s+(.+?)\s+FROM\s)"_s,
                                               QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QStringList selected = selectList.match(m_lastQuery).captured(1).split(u',', Qt::SkipEmptyParts);
    for (const QString &f : selected)
        columns << f.trimmed();
    QList<QJsonObject> rows;
    for (const QJsonObject &record : answer.records) {
        QJsonObject flat;
        SoqlEditorDetail::flatten(record, QString(), &flat);
        for (auto it = flat.begin(); it != flat.end(); ++it) {
            if (!columns.contains(it.key()))
                columns << it.key();
        }
        rows << flat;
    }
    columns.removeIf([&](const QString &c) { return std::none_of(rows.begin(), rows.end(), [&](const QJsonObject &r) { return r.contains(c); }); });
    m_results->clear();
    m_results->setHorizontalHeaderLabels(columns);
    for (const QJsonObject &row : rows) {
        QList<QStandardItem *> items;
        for (const QString &column : columns)
            items << new QStandardItem(row.value(column).toVariant().toString());
        m_results->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    setStatus(tr("%1 of %2 record(s) in %3 ms.").arg(QLocale().toString(qint64(rows.size())), QLocale().toString(answer.total)).arg(answer.ms),
              false);
    Q_EMIT queryFinished(true);
}

} // namespace Orion

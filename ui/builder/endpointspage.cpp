#include "endpointspage.h"

#include "common/deliver.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {
namespace BuilderDetail {

EndpointsPage::EndpointsPage()
    : m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Stream"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_import(new QToolButton(this))
    , m_notes(new QLabel(this))
{
    setTitle(tr("Endpoints"));
    setSubTitle(tr("The streams to read: one endpoint each. Add them by hand or import an OpenAPI, Postman, HAR or cURL description."));
    m_list->setAccessibleName(tr("Streams"));
    m_list->setMaximumWidth(220);
    m_kind->addItem(tr("Customers"), u"customer"_s);
    m_kind->addItem(tr("Invoices"), u"invoice"_s);
    m_method->addItems({u"GET"_s, u"POST"_s});
    m_path->setPlaceholderText(u"/customers"_s);
    m_name->setPlaceholderText(u"customers"_s);
    m_import->setText(tr("&Import"));
    m_import->setPopupMode(QToolButton::InstantPopup);
    m_import->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_import);
    menu->addAction(tr("OpenAPI 3.0/3.1 File (JSON or YAML)…"), this,
                    [this] { importFile(ConnectorWizard::ImportKind::OpenApi, tr("OpenAPI (*.json *.yaml *.yml)")); });
    menu->addAction(tr("Postman Collection v2.1…"), this,
                    [this] { importFile(ConnectorWizard::ImportKind::Postman, tr("Postman collection (*.json)")); });
    menu->addAction(tr("HAR File…"), this, [this] { importFile(ConnectorWizard::ImportKind::Har, tr("HTTP archive (*.har *.json)")); });
    menu->addAction(tr("cURL Command…"), this, [this] {
        bool ok = false;
        const QString command
            = QInputDialog::getMultiLineText(this, tr("Import a cURL Command"), tr("Paste the command (secrets in it are not copied):"), {}, &ok);
        if (ok && !command.trimmed().isEmpty())
            wiz()->importDefinition(ConnectorWizard::ImportKind::Curl, command.toUtf8());
    });
    m_import->setMenu(menu);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Stream name:"), m_name);
    form->addRow(tr("Unified &as:"), m_kind);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Path:"), m_path);
    form->addRow(tr("D&escription:"), m_description);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(columns, 1);
    layout->addWidget(m_notes);
    layout->addWidget(m_message = messageLabel(this));

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeCurrent();
        m_current = row;
        showCurrent();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        storeCurrent();
        const QStringList taken = names();
        QString name = u"customers"_s;
        for (int i = 2; taken.contains(name); ++i)
            name = u"stream_%1"_s.arg(i);
        m_streams.append(QJsonObject{{u"name"_s, name}, {u"kind"_s, u"customer"_s}, {u"path"_s, u"/"_s}});
        refreshList(int(m_streams.size()) - 1);
        m_name->setFocus();
        m_name->selectAll();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_current < 0 || m_current >= m_streams.size())
            return;
        m_streams.removeAt(m_current);
        m_current = -1;
        refreshList(int(std::min<qsizetype>(m_list->currentRow(), m_streams.size() - 1)));
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (auto *item = m_list->currentItem())
            item->setText(t);
    });
}

void EndpointsPage::setNotes(const QStringList &notes, const QString &error)
{
    m_notes->setText(error.isEmpty() ? notes.join(u'\n') : QString());
    setMessage(m_message, error, true);
}

void EndpointsPage::fromState()
{
    m_streams = state().streams();
    m_current = -1;
    refreshList(m_streams.isEmpty() ? -1 : 0);
}

void EndpointsPage::toState()
{
    storeCurrent();
    state().setStreams(m_streams);
}

bool EndpointsPage::validatePage()
{
    toState();
    if (m_streams.isEmpty())
        return fail(tr("Add at least one stream, by hand or with Import."));
    if (state().baseUrl().isEmpty())
        return fail(tr("The API's base URL is not known yet: enter it on the Basics page, or import a description that names its server."));
    static const QRegularExpression name(u"^[a-z][a-z0-9_]{0,63}$"_s);
    QStringList seen;
    for (int i = 0; i < m_streams.size(); ++i) {
        const QString n = text(m_streams.at(i), "name");
        m_list->setCurrentRow(i);
        if (!name.match(n).hasMatch())
            return fail(tr("Stream %1: the name may hold lower-case letters, digits and '_', starting with a letter.").arg(i + 1));
        if (seen.contains(n))
            return fail(tr("Two streams are called %1.").arg(n));
        seen << n;
        if (!text(m_streams.at(i), "path").startsWith(u'/') || text(m_streams.at(i), "path").contains(u".."_s))
            return fail(tr("Stream %1: the path must start with / and stay under the base URL.").arg(n));
    }
    // An import may have brought an authenticator after the Authentication page was passed.
    if (!state().previous) {
        const QJsonObject auth = state().authenticator();
        const QString type = text(auth, "type");
        QStringList needed;
        if (type == "api_key"_L1 || type == "bearer"_L1)
            needed << auth.value("secret"_L1).toString(u"token"_s);
        else if (type == "basic"_L1)
            needed << u"username"_s << u"password"_s;
        else if (type == "oauth2"_L1)
            needed << u"refresh_token"_s;
        for (const QString &secret : std::as_const(needed))
            if (state().secrets.value(secret).isEmpty())
                return fail(tr("The imported definition signs requests with the secret \"%1\", which is not entered yet: go Back to Authentication "
                               "and enter it.")
                                .arg(secret));
    }
    return true;
}

QStringList EndpointsPage::names() const
{
    QStringList out;
    for (const QJsonObject &s : m_streams)
        out << text(s, "name");
    return out;
}

void EndpointsPage::refreshList(int select)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const QJsonObject &s : std::as_const(m_streams))
        m_list->addItem(text(s, "name"));
    m_current = select;
    m_list->setCurrentRow(select);
    showCurrent();
}

void EndpointsPage::storeCurrent()
{
    if (m_current < 0 || m_current >= m_streams.size())
        return;
    QJsonObject &s = m_streams[m_current];
    s.insert(u"name"_s, m_name->text().trimmed());
    s.insert(u"kind"_s, m_kind->currentData().toString());
    s.insert(u"method"_s, m_method->currentText());
    s.insert(u"path"_s, m_path->text().trimmed());
    insertText(&s, u"description"_s, m_description->text());
}

void EndpointsPage::showCurrent()
{
    const bool has = m_current >= 0 && m_current < m_streams.size();
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_method),
                       static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_remove)})
        w->setEnabled(has);
    const QJsonObject s = has ? m_streams.at(m_current) : QJsonObject();
    m_name->setText(text(s, "name"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(s.value("kind"_L1).toString(u"customer"_s))));
    m_method->setCurrentText(s.value("method"_L1).toString(u"GET"_s));
    m_path->setText(text(s, "path"));
    m_description->setText(text(s, "description"));
}

void EndpointsPage::importFile(ConnectorWizard::ImportKind kind, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), {}, filter);
    if (path.isEmpty())
        return;
    QPointer<ConnectorWizard> w = wiz();
    // Read off the GUI thread: the file may be on a slow disk or share.
    (void)QtConcurrent::run([w, path, kind] {
        QFile f(path);
        const bool ok = f.open(QIODevice::ReadOnly) && f.size() <= 16 * 1024 * 1024;
        const QByteArray bytes = ok ? f.readAll() : QByteArray();
        const QString error = ok ? QString() : ConnectorWizard::tr("Cannot read %1 (missing, unreadable or over 16 MB).").arg(path);
        deliver(w, [bytes, error, kind](ConnectorWizard *wizard) {
            if (error.isEmpty())
                wizard->importDefinition(kind, bytes);
            else
                Q_EMIT wizard->imported({}, error);
        });
    });
}

} // namespace BuilderDetail
} // namespace Orion

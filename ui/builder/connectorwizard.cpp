#include "connectorwizard.h"

#include "common/codeview.h"
#include "adapters/declarative/connectordocs.h"
#include "adapters/declarative/connectorspec.h"
#include "adapters/declarative/specdetector.h"
#include "adapters/declarative/specimporter.h"
#include "adapters/declarative/spectester.h"
#include "mapping/mappingengine.h"
#include "mapping/mappingreviewmodel.h"
#include "mapping/sourceprofile.h"
#include "common/mappingreviewtable.h"
#include "runtime/credentialstore.h"
#include "common/deliver.h"
#include "services/customconnectorservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
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
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QUuid>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Orion {

// Everything the pages describe, in one place (the pages' widgets are views of it).
struct ConnectorWizard::State
{
    QJsonObject spec{{u"spec_version"_s, 1}, {u"category"_s, u"custom"_s}, {u"authenticator"_s, QJsonObject{{u"type"_s, u"none"_s}}}};
    QHash<QString, QString> secrets;                 // memory only: never in drafts, specs or fixtures
    QHash<QString, SpecTester::Report> reports;      // the last test read per stream
    QHash<QString, QString> testedWith;              // stream → fingerprint of the spec the read used
    QHash<QString, QJsonArray> fixtures;             // stream → recorded exchanges (redacted)
    QHash<QString, StoredMappings> mappings;         // stream → suggestions with their decisions
    QHash<QString, QString> mappedFrom;              // stream → fingerprint of the records suggested from
    std::optional<CustomConnectorStore::Stored> previous;
    int page = 0;                                    // where a draft was left

    QList<QJsonObject> streams() const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : spec.value("streams"_L1).toArray())
            out << v.toObject();
        return out;
    }
    void setStreams(const QList<QJsonObject> &list)
    {
        QJsonArray a;
        for (const QJsonObject &o : list)
            a.append(o);
        spec.insert(u"streams"_s, a);
    }
    QJsonObject stream(const QString &name) const
    {
        for (const QJsonObject &s : streams())
            if (s.value("name"_L1).toString() == name)
                return s;
        return {};
    }
    // What a test read of this stream depends on: a change makes the last read stale.
    QString fingerprint(const QString &name) const
    {
        QJsonObject s = stream(name);
        s.remove(u"mappings"_s);
        const QJsonObject key{{u"base_url"_s, spec.value("base_url"_L1)}, {u"authenticator"_s, spec.value("authenticator"_L1)}, {u"stream"_s, s}};
        return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(key).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1).toHex());
    }
    QJsonObject fixture() const
    {
        QJsonArray all;
        for (const QJsonObject &s : streams())
            for (const QJsonValue &v : fixtures.value(s.value("name"_L1).toString()))
                all.append(v);
        // The cassette format of `orion spec test --cassette`, so the fixture replays from the CLI too.
        return QJsonObject{{u"format"_s, u"orion-cassette"_s}, {u"version"_s, 1}, {u"spec"_s, spec.value("name"_L1)}, {u"interactions"_s, all}};
    }
};

namespace BuilderDetail {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setObjectName(u"pageMessage"_s);
    label->hide();
    return label;
}

void setMessage(QLabel *label, const QString &text, bool error)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xc6, 0x28, 0x28) : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(p);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLineEdit *secretEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    auto *reveal = edit->addAction(QIcon::fromTheme(u"view-visible"_s), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(QApplication::translate("Orion::ConnectorWizard", "Show the value"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    return edit;
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

void insertText(QJsonObject *o, const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty())
        o->remove(key);
    else
        o->insert(key, value.trimmed());
}

// The base class of the pages: access to the wizard and its state; Back never resets input.
class BuilderPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    ConnectorWizard *wiz() const { return static_cast<ConnectorWizard *>(wizard()); }
    ConnectorWizard::State &state() const { return wiz()->state(); }
    void cleanupPage() override {} // keep what was typed when going Back
    virtual void fromState() = 0;  // show the state
    virtual void toState() = 0;    // store what is shown (no checks)
    bool fail(const QString &message)
    {
        wiz()->showPageError(message);
        return false;
    }
    QLabel *m_message = nullptr;
};

// 1. Basics.
class BasicsPage : public BuilderPage
{
    Q_OBJECT
public:
    BasicsPage()
        : m_display(new QLineEdit(this))
        , m_name(new QLineEdit(this))
        , m_description(new QPlainTextEdit(this))
        , m_category(new QComboBox(this))
        , m_baseUrl(new QLineEdit(this))
    {
        setTitle(tr("Basics"));
        setSubTitle(tr("Name the connector and give the address of the API it reads."));
        m_display->setPlaceholderText(tr("Ledgerly Billing API"));
        m_name->setPlaceholderText(tr("derived from the name"));
        m_name->setToolTip(tr("Lower-case letters, digits and dashes; connections use it as custom:NAME"));
        m_description->setTabChangesFocus(true);
        m_description->setMaximumHeight(90);
        const QList<std::pair<QString, QString>> categories{{u"custom"_s, tr("Other")},       {u"accounting"_s, tr("Accounting")},
                                                            {u"crm"_s, tr("CRM")},            {u"marketing"_s, tr("Marketing")},
                                                            {u"communication"_s, tr("Communication")}};
        for (const auto &[key, label] : categories)
            m_category->addItem(label, key);
        m_baseUrl->setPlaceholderText(u"https://api.example.com/v1"_s);
        auto *form = new QFormLayout;
        form->addRow(tr("&Name:"), m_display);
        form->addRow(tr("&Identifier:"), m_name);
        form->addRow(tr("&Description:"), m_description);
        form->addRow(tr("&Category:"), m_category);
        form->addRow(tr("&Base URL:"), m_baseUrl);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        auto *hint = new QLabel(tr("The base URL must use https; plain http is accepted only for localhost and loopback addresses."), this);
        hint->setWordWrap(true);
        hint->setEnabled(false);
        layout->addWidget(hint);
        layout->addStretch();
        layout->addWidget(m_message = messageLabel(this));
        connect(m_display, &QLineEdit::textEdited, this, [this](const QString &t) {
            if (!m_nameEdited)
                m_name->setText(ConnectorSpec::nameFromTitle(t));
        });
        connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    }
    void fromState() override
    {
        const QJsonObject &s = state().spec;
        m_display->setText(text(s, "display_name"));
        m_name->setText(text(s, "name"));
        m_nameEdited = !m_name->text().isEmpty() && m_name->text() != ConnectorSpec::nameFromTitle(m_display->text());
        m_description->setPlainText(text(s, "description"));
        m_category->setCurrentIndex(std::max(0, m_category->findData(s.value("category"_L1).toString(u"custom"_s))));
        m_baseUrl->setText(text(s, "base_url"));
    }
    void toState() override
    {
        QJsonObject &s = state().spec;
        insertText(&s, u"display_name"_s, m_display->text());
        insertText(&s, u"name"_s, m_name->text());
        insertText(&s, u"description"_s, m_description->toPlainText());
        s.insert(u"category"_s, m_category->currentData().toString());
        insertText(&s, u"base_url"_s, m_baseUrl->text());
    }
    bool validatePage() override
    {
        toState();
        static const QRegularExpression name(u"^[a-z0-9][a-z0-9-]{0,62}$"_s);
        if (m_display->text().trimmed().isEmpty())
            return fail(tr("Give the connector a name."));
        if (!name.match(m_name->text()).hasMatch())
            return fail(tr("The identifier may hold only lower-case letters, digits and dashes (at most 63), starting with a letter or digit."));
        if (m_baseUrl->text().trimmed().isEmpty())
            return fail(tr("Enter the API's base URL."));
        if (const QString problem = ConnectorSpec::checkBaseUrl(m_baseUrl->text().trimmed()); !problem.isEmpty())
            return fail(tr("The base URL %1.").arg(problem));
        wiz()->editExisting(m_name->text()); // looks up an earlier version (for the version number and the diff)
        return true;
    }

private:
    QLineEdit *m_display;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_category;
    QLineEdit *m_baseUrl;
    bool m_nameEdited = false;
};

// 2. Authentication.
class AuthPage : public BuilderPage
{
    Q_OBJECT
public:
    AuthPage()
        : m_type(new QComboBox(this))
        , m_stack(new QStackedWidget(this))
        , m_keyIn(new QComboBox(this))
        , m_keyName(new QLineEdit(this))
        , m_keyPrefix(new QLineEdit(this))
        , m_key(secretEdit(this, tr("API key")))
        , m_token(secretEdit(this, tr("Bearer token")))
        , m_user(secretEdit(this, tr("User name")))
        , m_password(secretEdit(this, tr("Password")))
        , m_tokenUrl(new QLineEdit(this))
        , m_clientId(new QLineEdit(this))
        , m_scopes(new QLineEdit(this))
        , m_clientSecret(secretEdit(this, tr("Client secret")))
        , m_refreshToken(secretEdit(this, tr("Refresh token")))
    {
        setTitle(tr("Authentication"));
        setSubTitle(tr("How requests prove who they are. Secrets go to the system keychain when you save, never into the spec, drafts or fixtures."));
        m_type->addItem(tr("None"), u"none"_s);
        m_type->addItem(tr("API key"), u"api_key"_s);
        m_type->addItem(tr("Bearer token"), u"bearer"_s);
        m_type->addItem(tr("Basic (user name and password)"), u"basic"_s);
        m_type->addItem(tr("OAuth 2.0 (refresh token)"), u"oauth2"_s);
        m_type->setAccessibleName(tr("Authentication type"));
        m_keyIn->addItem(tr("Header"), u"header"_s);
        m_keyIn->addItem(tr("Query parameter"), u"query"_s);
        m_keyName->setText(u"X-API-Key"_s);
        m_keyPrefix->setPlaceholderText(tr("optional, e.g. Token"));
        m_user->setEchoMode(QLineEdit::Normal);
        m_tokenUrl->setPlaceholderText(u"https://auth.example.com/oauth/token"_s);
        m_scopes->setPlaceholderText(tr("space-separated, optional"));

        auto page = [this](const QList<std::pair<QString, QWidget *>> &rows) {
            auto *w = new QWidget(this);
            auto *form = new QFormLayout(w);
            form->setContentsMargins(0, 0, 0, 0);
            for (const auto &[label, field] : rows)
                form->addRow(label, field);
            m_stack->addWidget(w);
        };
        page({});
        page({{tr("Send &in:"), m_keyIn}, {tr("&Parameter name:"), m_keyName}, {tr("&Prefix:"), m_keyPrefix}, {tr("API &key:"), m_key}});
        page({{tr("&Token:"), m_token}});
        page({{tr("&User name:"), m_user}, {tr("Pass&word:"), m_password}});
        page({{tr("Token &URL:"), m_tokenUrl}, {tr("Client &ID:"), m_clientId}, {tr("&Scopes:"), m_scopes}, {tr("Client &secret:"), m_clientSecret},
              {tr("&Refresh token:"), m_refreshToken}});
        auto *form = new QFormLayout;
        form->addRow(tr("&Type:"), m_type);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_stack);
        layout->addStretch();
        layout->addWidget(m_message = messageLabel(this));
        connect(m_type, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);
    }
    QString type() const { return m_type->currentData().toString(); }
    void fromState() override
    {
        const QJsonObject auth = state().spec.value("authenticator"_L1).toObject();
        m_type->setCurrentIndex(std::max(0, m_type->findData(auth.value("type"_L1).toString(u"none"_s))));
        if (type() == "api_key"_L1) {
            m_keyIn->setCurrentIndex(std::max(0, m_keyIn->findData(text(auth, "inject_into"))));
            m_keyName->setText(text(auth, "name"));
            m_keyPrefix->setText(text(auth, "prefix"));
            m_secretName = auth.value("secret"_L1).toString(u"token"_s);
        } else if (type() == "bearer"_L1) {
            m_secretName = auth.value("secret"_L1).toString(u"token"_s);
        } else if (type() == "oauth2"_L1) {
            m_tokenUrl->setText(text(auth, "token_url"));
            m_clientId->setText(text(auth, "client_id"));
            QStringList scopes;
            for (const QJsonValue &v : auth.value("scopes"_L1).toArray())
                scopes << v.toString();
            m_scopes->setText(scopes.join(u' '));
        }
        const auto &secrets = state().secrets;
        m_key->setText(secrets.value(m_secretName));
        m_token->setText(secrets.value(m_secretName));
        m_user->setText(secrets.value(u"username"_s));
        m_password->setText(secrets.value(u"password"_s));
        m_clientSecret->setText(secrets.value(u"client_secret"_s));
        m_refreshToken->setText(secrets.value(u"refresh_token"_s));
    }
    void toState() override
    {
        QJsonObject auth{{u"type"_s, type()}};
        auto &secrets = state().secrets;
        secrets.clear();
        if (type() == "api_key"_L1) {
            auth.insert(u"inject_into"_s, m_keyIn->currentData().toString());
            auth.insert(u"name"_s, m_keyName->text().trimmed());
            insertText(&auth, u"prefix"_s, m_keyPrefix->text());
            auth.insert(u"secret"_s, m_secretName);
            secrets.insert(m_secretName, m_key->text());
        } else if (type() == "bearer"_L1) {
            auth.insert(u"secret"_s, m_secretName);
            secrets.insert(m_secretName, m_token->text());
        } else if (type() == "basic"_L1) {
            auth.insert(u"username_secret"_s, u"username"_s);
            auth.insert(u"password_secret"_s, u"password"_s);
            secrets.insert(u"username"_s, m_user->text());
            secrets.insert(u"password"_s, m_password->text());
        } else if (type() == "oauth2"_L1) {
            auth.insert(u"token_url"_s, m_tokenUrl->text().trimmed());
            auth.insert(u"client_id"_s, m_clientId->text().trimmed());
            const QStringList scopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
            if (!scopes.isEmpty())
                auth.insert(u"scopes"_s, QJsonArray::fromStringList(scopes));
            secrets.insert(u"client_secret"_s, m_clientSecret->text());
            secrets.insert(u"refresh_token"_s, m_refreshToken->text());
        }
        // An empty field keeps what the keychain holds (editing a saved connector).
        for (auto it = secrets.begin(); it != secrets.end();)
            it = it.value().isEmpty() ? secrets.erase(it) : std::next(it);
        state().spec.insert(u"authenticator"_s, auth);
    }
    bool validatePage() override
    {
        toState();
        const bool editing = state().previous.has_value();
        auto needSecret = [&](QLineEdit *edit, const QString &what) {
            if (edit->text().isEmpty() && !editing) {
                edit->setFocus();
                return fail(tr("Enter the %1; it is needed for the test read and kept in the keychain.").arg(what));
            }
            return true;
        };
        if (type() == "api_key"_L1) {
            static const QRegularExpression param(u"^[A-Za-z0-9_.-]{1,64}$"_s);
            if (!param.match(m_keyName->text().trimmed()).hasMatch())
                return fail(tr("The parameter name may hold letters, digits, '.', '_' and '-' only."));
            return needSecret(m_key, tr("API key"));
        }
        if (type() == "bearer"_L1)
            return needSecret(m_token, tr("token"));
        if (type() == "basic"_L1)
            return needSecret(m_user, tr("user name")) && needSecret(m_password, tr("password"));
        if (type() == "oauth2"_L1) {
            if (const QString problem = ConnectorSpec::checkBaseUrl(m_tokenUrl->text().trimmed()); !problem.isEmpty())
                return fail(tr("The token URL %1.").arg(problem));
            if (m_clientId->text().trimmed().isEmpty())
                return fail(tr("Enter the client ID."));
            return needSecret(m_refreshToken, tr("refresh token"));
        }
        return true;
    }

private:
    QComboBox *m_type;
    QStackedWidget *m_stack;
    QComboBox *m_keyIn;
    QLineEdit *m_keyName;
    QLineEdit *m_keyPrefix;
    QLineEdit *m_key;
    QLineEdit *m_token;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_scopes;
    QLineEdit *m_clientSecret;
    QLineEdit *m_refreshToken;
    QString m_secretName = u"token"_s;
};

// 3. Endpoints: streams by hand or from an imported definition.
class EndpointsPage : public BuilderPage
{
    Q_OBJECT
public:
    EndpointsPage()
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
        menu->addAction(tr("OpenAPI 3.0/3.1 File (JSON or YAML)…"), this, [this] { importFile(ConnectorWizard::ImportKind::OpenApi, tr("OpenAPI (*.json *.yaml *.yml)")); });
        menu->addAction(tr("Postman Collection v2.1…"), this, [this] { importFile(ConnectorWizard::ImportKind::Postman, tr("Postman collection (*.json)")); });
        menu->addAction(tr("HAR File…"), this, [this] { importFile(ConnectorWizard::ImportKind::Har, tr("HTTP archive (*.har *.json)")); });
        menu->addAction(tr("cURL Command…"), this, [this] {
            bool ok = false;
            const QString command = QInputDialog::getMultiLineText(this, tr("Import a cURL Command"), tr("Paste the command (secrets in it are not copied):"), {}, &ok);
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
    void setNotes(const QStringList &notes, const QString &error)
    {
        m_notes->setText(error.isEmpty() ? notes.join(u'\n') : QString());
        setMessage(m_message, error, true);
    }
    void fromState() override
    {
        m_streams = state().streams();
        m_current = -1;
        refreshList(m_streams.isEmpty() ? -1 : 0);
    }
    void toState() override
    {
        storeCurrent();
        state().setStreams(m_streams);
    }
    bool validatePage() override
    {
        toState();
        if (m_streams.isEmpty())
            return fail(tr("Add at least one stream, by hand or with Import."));
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
            const QJsonObject auth = state().spec.value("authenticator"_L1).toObject();
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
                    return fail(tr("The imported definition signs requests with the secret \"%1\", which is not entered yet: go Back to Authentication and enter it.").arg(secret));
        }
        return true;
    }

private:
    QStringList names() const
    {
        QStringList out;
        for (const QJsonObject &s : m_streams)
            out << text(s, "name");
        return out;
    }
    void refreshList(int select)
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const QJsonObject &s : std::as_const(m_streams))
            m_list->addItem(text(s, "name"));
        m_current = select;
        m_list->setCurrentRow(select);
        showCurrent();
    }
    void storeCurrent()
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
    void showCurrent()
    {
        const bool has = m_current >= 0 && m_current < m_streams.size();
        for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_method), static_cast<QWidget *>(m_path),
                           static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_remove)})
            w->setEnabled(has);
        const QJsonObject s = has ? m_streams.at(m_current) : QJsonObject();
        m_name->setText(text(s, "name"));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(s.value("kind"_L1).toString(u"customer"_s))));
        m_method->setCurrentText(s.value("method"_L1).toString(u"GET"_s));
        m_path->setText(text(s, "path"));
        m_description->setText(text(s, "description"));
    }
    void importFile(ConnectorWizard::ImportKind kind, const QString &filter)
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

    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_method;
    QLineEdit *m_path;
    QLineEdit *m_description;
    QPushButton *m_add;
    QPushButton *m_remove;
    QToolButton *m_import;
    QLabel *m_notes;
    QList<QJsonObject> m_streams;
    int m_current = -1;
};

// 4. Record selection and pagination per stream, detected from a live answer or set by hand.
class PaginationPage : public BuilderPage
{
    Q_OBJECT
public:
    PaginationPage()
        : m_stream(new QComboBox(this))
        , m_records(new QLineEdit(this))
        , m_primaryKey(new QLineEdit(this))
        , m_filterField(new QLineEdit(this))
        , m_filterEquals(new QLineEdit(this))
        , m_type(new QComboBox(this))
        , m_pageSize(new QSpinBox(this))
        , m_startPage(new QSpinBox(this))
        , m_incremental(new QLineEdit(this))
        , m_incrementalParam(new QLineEdit(this))
        , m_incrementalStart(new QLineEdit(this))
        , m_lookback(new QSpinBox(this))
        , m_detect(new QPushButton(tr("&Detect from a Live Answer"), this))
        , m_notes(new QLabel(this))
    {
        setTitle(tr("Records and Pagination"));
        setSubTitle(tr("Where the records are in each answer, what identifies them, and how to get the next page. Detect reads one live page and proposes all of it."));
        m_stream->setAccessibleName(tr("Stream"));
        m_records->setPlaceholderText(u"data"_s);
        m_primaryKey->setPlaceholderText(u"id"_s);
        m_filterField->setPlaceholderText(tr("optional: keep records whose field…"));
        m_filterEquals->setPlaceholderText(tr("…equals this value"));
        const QList<std::pair<QString, QString>> types{{u"none"_s, tr("None (one request)")}, {u"offset"_s, tr("Offset and limit")},
                                                       {u"page_number"_s, tr("Page number")},  {u"cursor"_s, tr("Cursor")},
                                                       {u"next_url"_s, tr("Next URL in the answer")}, {u"link_header"_s, tr("Link header (RFC 8288)")}};
        for (const auto &[key, label] : types)
            m_type->addItem(label, key);
        m_pageSize->setRange(1, 10000);
        m_pageSize->setValue(100);
        m_startPage->setRange(0, 1);
        m_startPage->setValue(1);
        m_lookback->setRange(0, 31536000);
        m_lookback->setSuffix(tr(" s"));
        m_incremental->setPlaceholderText(tr("optional, e.g. updated_at"));
        m_incrementalParam->setPlaceholderText(tr("optional query parameter, e.g. updated_since"));
        m_incrementalStart->setPlaceholderText(tr("optional, e.g. 2024-01-01T00:00:00Z"));
        m_notes->setWordWrap(true);
        m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

        auto *form = new QFormLayout;
        m_form = form;
        form->addRow(tr("&Stream:"), m_stream);
        form->addRow(tr("&Records at:"), m_records);
        form->addRow(tr("&Primary key:"), m_primaryKey);
        auto *filter = new QHBoxLayout;
        filter->addWidget(m_filterField);
        filter->addWidget(m_filterEquals);
        auto *filterLabel = new QLabel(tr("&Filter:"), this);
        filterLabel->setBuddy(m_filterField);
        form->addRow(filterLabel, filter);
        form->addRow(tr("Pa&gination:"), m_type);
        form->addRow(tr("Page si&ze:"), m_pageSize);
        for (const char *key : {"offset_param", "limit_param", "page_param", "size_param", "cursor_path", "cursor_header", "cursor_param",
                                "cursor_from_last_record", "stop_path", "next_url_path"}) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QString::fromLatin1(key));
            m_params.insert(QString::fromLatin1(key), edit);
        }
        m_params[u"offset_param"_s]->setPlaceholderText(u"offset"_s);
        m_params[u"limit_param"_s]->setPlaceholderText(u"limit"_s);
        m_params[u"page_param"_s]->setPlaceholderText(u"page"_s);
        m_params[u"cursor_path"_s]->setPlaceholderText(tr("e.g. meta.next_cursor"));
        m_params[u"cursor_header"_s]->setPlaceholderText(tr("or a header, e.g. X-Next-Cursor"));
        m_params[u"cursor_from_last_record"_s]->setPlaceholderText(tr("or the last record's field, e.g. id"));
        m_params[u"stop_path"_s]->setPlaceholderText(tr("stop when false, e.g. has_more"));
        m_params[u"next_url_path"_s]->setPlaceholderText(tr("e.g. links.next"));
        form->addRow(tr("Offset parameter:"), m_params[u"offset_param"_s]);
        form->addRow(tr("Limit parameter:"), m_params[u"limit_param"_s]);
        form->addRow(tr("Page parameter:"), m_params[u"page_param"_s]);
        form->addRow(tr("First page:"), m_startPage);
        form->addRow(tr("Size parameter:"), m_params[u"size_param"_s]);
        form->addRow(tr("Cursor in the body:"), m_params[u"cursor_path"_s]);
        form->addRow(tr("Cursor header:"), m_params[u"cursor_header"_s]);
        form->addRow(tr("Cursor from record:"), m_params[u"cursor_from_last_record"_s]);
        form->addRow(tr("Cursor parameter:"), m_params[u"cursor_param"_s]);
        form->addRow(tr("More pages flag:"), m_params[u"stop_path"_s]);
        form->addRow(tr("Next URL at:"), m_params[u"next_url_path"_s]);
        form->addRow(tr("&Incremental by:"), m_incremental);
        form->addRow(tr("Sent as:"), m_incrementalParam);
        form->addRow(tr("Start at:"), m_incrementalStart);
        form->addRow(tr("&Lookback:"), m_lookback);
        auto *layout = new QVBoxLayout(this);
        auto *top = new QHBoxLayout;
        top->addStretch();
        top->addWidget(m_detect);
        layout->addLayout(top);
        layout->addLayout(form);
        layout->addWidget(m_notes);
        layout->addStretch();
        layout->addWidget(m_message = messageLabel(this));
        connect(m_type, &QComboBox::currentIndexChanged, this, &PaginationPage::showParams);
        connect(m_stream, &QComboBox::currentIndexChanged, this, [this] {
            storeCurrent();
            m_current = m_stream->currentText();
            showCurrent();
        });
        connect(m_detect, &QPushButton::clicked, this, &PaginationPage::detect);
        showParams();
    }
    void detect();
    void applyDetection(const QString &stream, const SpecDetector::Result &r)
    {
        storeCurrent();
        QList<QJsonObject> streams = state().streams();
        for (QJsonObject &s : streams)
            if (text(s, "name") == stream) {
                s.insert(u"record_selector"_s, QJsonObject{{u"path"_s, r.recordPath}});
                if (!r.primaryKey.isEmpty())
                    s.insert(u"primary_key"_s, r.primaryKey);
                s.insert(u"paginator"_s, r.paginator);
                if (!r.incrementalField.isEmpty() && !s.contains("incremental"_L1))
                    s.insert(u"incremental"_s, QJsonObject{{u"cursor_field"_s, r.incrementalField}});
            }
        state().setStreams(streams);
        showCurrent();
        m_notes->setText(r.notes.join(u'\n'));
    }
    void setBusy(bool busy)
    {
        m_detect->setEnabled(!busy);
        m_detect->setText(busy ? tr("Detecting…") : tr("&Detect from a Live Answer"));
    }
    void setNotes(const QString &notes) { m_notes->setText(notes); }
    QString currentStream() const { return m_current; }
    void initializePage() override { fromState(); }
    void fromState() override
    {
        const QSignalBlocker block(m_stream);
        const QString keep = m_current;
        m_stream->clear();
        for (const QJsonObject &s : state().streams())
            m_stream->addItem(text(s, "name"));
        m_stream->setCurrentIndex(std::max(0, m_stream->findText(keep)));
        m_current = m_stream->currentText();
        showCurrent();
    }
    void toState() override { storeCurrent(); }
    bool validatePage() override
    {
        toState();
        for (const QJsonObject &s : state().streams()) {
            if (text(s.value("record_selector"_L1).toObject(), "path").isEmpty() || text(s, "primary_key").isEmpty()) {
                m_stream->setCurrentText(text(s, "name"));
                return fail(tr("Stream %1: say where the records are and which field identifies them (or use Detect).").arg(text(s, "name")));
            }
        }
        // The whole spec so far through the same checks as any spec: precise paths for what is wrong.
        QJsonObject spec = state().spec;
        spec.insert(u"version"_s, 1);
        ConnectorSpec parsed;
        QStringList errors;
        if (!ConnectorSpec::fromJson(spec, &parsed, &errors))
            return fail(tr("The spec is not valid yet:\n%1").arg(errors.mid(0, 6).join(u'\n')));
        return true;
    }

private:
    void showParams()
    {
        const QString type = m_type->currentData().toString();
        static const QHash<QString, QStringList> rows{
            {u"none"_s, {}},
            {u"offset"_s, {u"page_size"_s, u"offset_param"_s, u"limit_param"_s}},
            {u"page_number"_s, {u"page_size"_s, u"page_param"_s, u"size_param"_s, u"start_page"_s}},
            {u"cursor"_s, {u"cursor_path"_s, u"cursor_header"_s, u"cursor_from_last_record"_s, u"cursor_param"_s, u"stop_path"_s, u"page_size"_s, u"size_param"_s}},
            {u"next_url"_s, {u"next_url_path"_s}},
            {u"link_header"_s, {u"page_size"_s, u"size_param"_s}}};
        const QStringList visible = rows.value(type);
        for (auto it = m_params.begin(); it != m_params.end(); ++it)
            m_form->setRowVisible(it.value(), visible.contains(it.key()));
        m_form->setRowVisible(m_pageSize, visible.contains(u"page_size"_s));
        m_form->setRowVisible(m_startPage, visible.contains(u"start_page"_s));
    }
    void storeCurrent()
    {
        if (m_current.isEmpty())
            return;
        QList<QJsonObject> streams = state().streams();
        for (QJsonObject &s : streams) {
            if (text(s, "name") != m_current)
                continue;
            QJsonObject selector{{u"path"_s, m_records->text().trimmed()}};
            if (!m_filterField->text().trimmed().isEmpty())
                selector.insert(u"filter"_s, QJsonObject{{u"field"_s, m_filterField->text().trimmed()}, {u"equals"_s, m_filterEquals->text()}});
            s.insert(u"record_selector"_s, selector);
            insertText(&s, u"primary_key"_s, m_primaryKey->text());
            const QString type = m_type->currentData().toString();
            QJsonObject p{{u"type"_s, type}};
            const QStringList keys = [&] {
                QStringList k;
                for (auto it = m_params.begin(); it != m_params.end(); ++it)
                    if (m_form->isRowVisible(it.value()))
                        k << it.key();
                return k;
            }();
            for (const QString &k : keys)
                insertText(&p, k, m_params.value(k)->text());
            if (m_form->isRowVisible(m_pageSize) && (type == "offset"_L1 || type == "page_number"_L1 || p.contains("size_param"_L1)))
                p.insert(u"page_size"_s, m_pageSize->value());
            if (type == "page_number"_L1)
                p.insert(u"start_page"_s, m_startPage->value());
            s.insert(u"paginator"_s, p);
            if (m_incremental->text().trimmed().isEmpty()) {
                s.remove(u"incremental"_s);
            } else {
                QJsonObject inc{{u"cursor_field"_s, m_incremental->text().trimmed()}};
                insertText(&inc, u"request_param"_s, m_incrementalParam->text());
                insertText(&inc, u"start"_s, m_incrementalStart->text());
                if (m_lookback->value() > 0)
                    inc.insert(u"lookback_seconds"_s, m_lookback->value());
                s.insert(u"incremental"_s, inc);
            }
        }
        state().setStreams(streams);
    }
    void showCurrent()
    {
        const QJsonObject s = state().stream(m_current);
        const QJsonObject selector = s.value("record_selector"_L1).toObject();
        m_records->setText(text(selector, "path"));
        m_filterField->setText(text(selector.value("filter"_L1).toObject(), "field"));
        m_filterEquals->setText(selector.value("filter"_L1).toObject().value("equals"_L1).toVariant().toString());
        m_primaryKey->setText(text(s, "primary_key"));
        const QJsonObject p = s.value("paginator"_L1).toObject();
        m_type->setCurrentIndex(std::max(0, m_type->findData(p.value("type"_L1).toString(u"none"_s))));
        for (auto it = m_params.begin(); it != m_params.end(); ++it)
            it.value()->setText(p.value(it.key()).toString());
        m_pageSize->setValue(p.value("page_size"_L1).toInt(100));
        m_startPage->setValue(p.value("start_page"_L1).toInt(1));
        const QJsonObject inc = s.value("incremental"_L1).toObject();
        m_incremental->setText(text(inc, "cursor_field"));
        m_incrementalParam->setText(text(inc, "request_param"));
        m_incrementalStart->setText(text(inc, "start"));
        m_lookback->setValue(inc.value("lookback_seconds"_L1).toInt());
        showParams();
    }

    QComboBox *m_stream;
    QLineEdit *m_records;
    QLineEdit *m_primaryKey;
    QLineEdit *m_filterField;
    QLineEdit *m_filterEquals;
    QComboBox *m_type;
    QSpinBox *m_pageSize;
    QSpinBox *m_startPage;
    QLineEdit *m_incremental;
    QLineEdit *m_incrementalParam;
    QLineEdit *m_incrementalStart;
    QSpinBox *m_lookback;
    QPushButton *m_detect;
    QLabel *m_notes;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLineEdit *> m_params;
    QString m_current;
};

// 5. Test read: every stream live within limits; requests (redacted), answers, records, schema.
class TestPage : public BuilderPage
{
    Q_OBJECT
public:
    TestPage()
        : m_stream(new QComboBox(this))
        , m_pages(new QSpinBox(this))
        , m_limit(new QSpinBox(this))
        , m_run(new QPushButton(tr("&Run Test Read"), this))
        , m_cancel(new QPushButton(tr("Cancel"), this))
        , m_progress(new QProgressBar(this))
        , m_summary(new QLabel(this))
        , m_requests(new QTableWidget(0, 3, this))
        , m_response(new CodeView(u"JSON"_s, this))
        , m_records(new QTableWidget(this))
        , m_schema(new QTableWidget(0, 4, this))
        , m_tabs(new QTabWidget(this))
    {
        setTitle(tr("Test Read"));
        setSubTitle(tr("Reads each stream live, within the limits below. Requests are shown with secrets redacted; the exchanges become the connector's recorded fixture."));
        m_stream->setAccessibleName(tr("Stream to show"));
        m_pages->setRange(1, 20);
        m_pages->setValue(2);
        m_limit->setRange(1, 10000);
        m_limit->setValue(200);
        // The suffixes follow the number's plural form.
        const auto suffixes = [this] {
            m_pages->setSuffix(tr(" page(s)", "spin box suffix", m_pages->value()));
            m_limit->setSuffix(tr(" record(s)", "spin box suffix", m_limit->value()));
        };
        suffixes();
        connect(m_pages, &QSpinBox::valueChanged, this, suffixes);
        connect(m_limit, &QSpinBox::valueChanged, this, suffixes);
        m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        m_run->setToolTip(tr("Read every stream now (Ctrl+R)"));
        m_cancel->setEnabled(false);
        m_progress->setRange(0, 0);
        m_progress->setMaximumWidth(160);
        m_progress->hide();
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_requests->setHorizontalHeaderLabels({tr("Request"), tr("Status"), tr("Records")});
        m_requests->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_requests->verticalHeader()->hide();
        m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
        m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_requests->setAccessibleName(tr("Requests"));
        m_response->setAccessibleName(tr("Answer"));
        m_records->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_records->setAlternatingRowColors(true);
        m_records->setAccessibleName(tr("Extracted records"));
        m_schema->setHorizontalHeaderLabels({tr("Field"), tr("Type"), tr("Present"), tr("Sample values")});
        m_schema->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
        m_schema->verticalHeader()->hide();
        m_schema->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_schema->setAccessibleName(tr("Inferred schema"));
        m_tabs->addTab(m_response, tr("Answer"));
        m_tabs->addTab(m_records, tr("Records"));
        m_tabs->addTab(m_schema, tr("Schema"));

        auto *top = new QHBoxLayout;
        top->addWidget(new QLabel(tr("Show:"), this));
        top->addWidget(m_stream, 1);
        top->addWidget(new QLabel(tr("Limits:"), this));
        top->addWidget(m_pages);
        top->addWidget(m_limit);
        top->addWidget(m_progress);
        top->addWidget(m_cancel);
        top->addWidget(m_run);
        auto *split = new QSplitter(Qt::Vertical, this);
        split->addWidget(m_requests);
        split->addWidget(m_tabs);
        split->setStretchFactor(1, 3);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(top);
        layout->addWidget(m_summary);
        layout->addWidget(split, 1);
        layout->addWidget(m_message = messageLabel(this));
        connect(m_run, &QPushButton::clicked, this, &TestPage::run);
        connect(m_cancel, &QPushButton::clicked, this, [this] {
            if (m_cancelFlag)
                m_cancelFlag->store(true);
        });
        connect(m_stream, &QComboBox::currentIndexChanged, this, &TestPage::showStream);
        connect(m_requests, &QTableWidget::currentCellChanged, this, [this](int row) { showAnswer(row); });
    }
    bool isRunning() const { return m_cancelFlag != nullptr; }
    void run();
    void finished(const QHash<QString, SpecTester::Report> &reports, const QHash<QString, QJsonArray> &fixtures, const QHash<QString, QString> &fingerprints,
                  bool cancelled)
    {
        m_cancelFlag.reset();
        m_run->setEnabled(true);
        m_cancel->setEnabled(false);
        m_progress->hide();
        QString firstError;
        for (auto it = reports.begin(); it != reports.end(); ++it) {
            state().reports.insert(it.key(), it.value());
            state().fixtures.insert(it.key(), fixtures.value(it.key()));
            if (it.value().error.isEmpty())
                state().testedWith.insert(it.key(), fingerprints.value(it.key()));
            else {
                state().testedWith.remove(it.key());
                if (firstError.isEmpty())
                    firstError = tr("%1: %2").arg(it.key(), it.value().error);
            }
        }
        if (cancelled && firstError.isEmpty())
            firstError = tr("The test read was cancelled.");
        showStream();
        setMessage(m_message, firstError, true);
        Q_EMIT wiz()->testReadFinished(firstError);
    }
    void initializePage() override { fromState(); }
    void fromState() override
    {
        const QSignalBlocker block(m_stream);
        const QString keep = m_stream->currentText();
        m_stream->clear();
        for (const QJsonObject &s : state().streams())
            m_stream->addItem(text(s, "name"));
        m_stream->setCurrentIndex(std::max(0, m_stream->findText(keep)));
        showStream();
    }
    void toState() override {}
    bool validatePage() override
    {
        if (isRunning())
            return fail(tr("Wait for the test read to finish, or cancel it."));
        for (const QJsonObject &s : state().streams()) {
            const QString name = text(s, "name");
            if (state().testedWith.value(name) != state().fingerprint(name))
                return fail(state().reports.contains(name) && !state().reports.value(name).error.isEmpty()
                                ? tr("Stream %1 failed its test read; fix the earlier pages and run it again.").arg(name)
                                : tr("Run the test read (Ctrl+R): stream %1 has not been read with its current settings.").arg(name));
            if (state().reports.value(name).records.isEmpty())
                return fail(tr("Stream %1 returned no records; mapping needs at least one sample.").arg(name));
        }
        return true;
    }

private:
    void showStream()
    {
        const QString name = m_stream->currentText();
        const SpecTester::Report report = state().reports.value(name);
        const QJsonArray exchanges = state().fixtures.value(name);
        m_requests->setRowCount(0);
        for (int i = 0; i < report.pages.size(); ++i) {
            m_requests->insertRow(i);
            m_requests->setItem(i, 0, new QTableWidgetItem(report.pages.at(i).request));
            m_requests->setItem(i, 1, new QTableWidgetItem(QString::number(report.pages.at(i).status)));
            m_requests->setItem(i, 2, new QTableWidgetItem(QString::number(report.pages.at(i).records)));
        }
        if (!state().reports.contains(name))
            m_summary->setText(tr("Not read yet."));
        else if (!report.error.isEmpty())
            m_summary->setText(tr("Failed after %n request(s): %1", nullptr, int(report.pages.size())).arg(report.error));
        else
            m_summary->setText(tr("%n record(s)", nullptr, int(report.records.size())) + u" · "_s + tr("%n page(s)", nullptr, int(report.pages.size())) + u" · "_s
                               + tr("%n field(s) inferred", nullptr, int(report.schema.size()))
                               + (state().testedWith.value(name) == state().fingerprint(name) ? QString() : u" · "_s + tr("settings changed since; run again")));
        // Records: one column per scalar field (the first 12), at most 100 rows.
        QStringList columns;
        for (const SourceField &f : report.schema)
            if (f.type != "object"_L1 && f.type != "array"_L1 && columns.size() < 12)
                columns << f.path;
        m_records->clear();
        m_records->setColumnCount(int(columns.size()));
        m_records->setHorizontalHeaderLabels(columns);
        m_records->setRowCount(int(std::min<qsizetype>(report.records.size(), 100)));
        for (int r = 0; r < m_records->rowCount(); ++r)
            for (int c = 0; c < columns.size(); ++c)
                m_records->setItem(r, c, new QTableWidgetItem(SourceProfile::valueAt(report.records.at(r), columns.at(c)).toVariant().toString()));
        m_schema->setRowCount(int(report.schema.size()));
        for (int r = 0; r < report.schema.size(); ++r) {
            const SourceField &f = report.schema.at(r);
            m_schema->setItem(r, 0, new QTableWidgetItem(f.path));
            m_schema->setItem(r, 1, new QTableWidgetItem(f.type));
            m_schema->setItem(r, 2, new QTableWidgetItem(f.records ? u"%1%"_s.arg(100 * f.present / f.records) : QString()));
            m_schema->setItem(r, 3, new QTableWidgetItem(f.samples.mid(0, 3).join(u", "_s)));
        }
        m_schema->resizeColumnsToContents();
        m_exchanges = exchanges;
        if (m_requests->rowCount() > 0)
            m_requests->selectRow(0);
        showAnswer(m_requests->rowCount() > 0 ? 0 : -1);
    }
    void showAnswer(int row)
    {
        if (row < 0 || row >= m_exchanges.size()) {
            m_response->setPlainText(QString());
            return;
        }
        const QJsonObject response = m_exchanges.at(row).toObject().value("response"_L1).toObject();
        const QByteArray body = response.value("body"_L1).toString().toUtf8();
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        m_response->setPlainText(doc.isNull() ? QString::fromUtf8(body.left(64 * 1024)) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented).left(256 * 1024)));
    }

    QComboBox *m_stream;
    QSpinBox *m_pages;
    QSpinBox *m_limit;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_requests;
    CodeView *m_response;
    QTableWidget *m_records;
    QTableWidget *m_schema;
    QTabWidget *m_tabs;
    QJsonArray m_exchanges;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

void TestPage::run()
{
    if (isRunning())
        return;
    QJsonObject json = state().spec;
    json.insert(u"version"_s, 1);
    ConnectorSpec spec;
    QStringList errors;
    if (!ConnectorSpec::fromJson(json, &spec, &errors)) {
        const QString error = tr("The spec is not valid: %1").arg(errors.join(u"; "_s));
        setMessage(m_message, error, true);
        Q_EMIT wiz()->testReadFinished(error);
        return;
    }
    setMessage(m_message, {}, false);
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->show();
    m_summary->setText(tr("Reading…"));
    SpecTester::Limits limits;
    limits.pages = m_pages->value();
    limits.records = m_limit->value();
    limits.cancel = m_cancelFlag.get();
    // Secrets typed into the wizard first, then what the keychain already holds (editing).
    auto credentials = CredentialStore::overlay(spec.name(), state().secrets, wiz()->credentials());
    QHash<QString, QString> fingerprints;
    for (const QJsonObject &s : spec.streams())
        fingerprints.insert(text(s, "name"), state().fingerprint(text(s, "name")));
    QJsonObject settings;
    if (spec.authenticator().contains("client_id"_L1))
        settings.insert(u"client_id"_s, spec.authenticator().value("client_id"_L1));
    QPointer<ConnectorWizard> w = wiz();
    QPointer<TestPage> page = this;
    auto cancel = m_cancelFlag;
    (void)QtConcurrent::run([w, page, spec, limits, credentials, fingerprints, settings, cancel] {
        QHash<QString, SpecTester::Report> reports;
        QHash<QString, QJsonArray> fixtures;
        for (const QJsonObject &s : spec.streams()) {
            if (cancel->load())
                break;
            const QString name = text(s, "name");
            Cassette cassette;
            reports.insert(name, SpecTester::run(spec, name, credentials, limits, settings, nullptr, &cassette));
            fixtures.insert(name, cassette.interactions());
        }
        deliver(w, [page, reports, fixtures, fingerprints, cancel](ConnectorWizard *) {
            if (page)
                page->finished(reports, fixtures, fingerprints, cancel->load());
        });
    });
}

void PaginationPage::detect()
{
    storeCurrent();
    const QString name = m_current;
    QJsonObject json = state().spec;
    json.insert(u"version"_s, 1);
    // The first page as configured so far (a wrong record path does not matter: the exchange is what
    // detection reads).
    QList<QJsonObject> streams;
    for (QJsonObject s : state().streams()) {
        if (text(s, "name") != name)
            continue;
        if (text(s.value("record_selector"_L1).toObject(), "path").isEmpty())
            s.insert(u"record_selector"_s, QJsonObject{{u"path"_s, u"data"_s}});
        if (text(s, "primary_key").isEmpty())
            s.insert(u"primary_key"_s, u"id"_s);
        if (!s.value("paginator"_L1).isObject())
            s.insert(u"paginator"_s, QJsonObject{{u"type"_s, u"none"_s}});
        s.remove(u"incremental"_s);
        s.remove(u"mappings"_s);
        streams << s;
    }
    QJsonArray a;
    for (const QJsonObject &s : streams)
        a.append(s);
    json.insert(u"streams"_s, a);
    ConnectorSpec spec;
    QStringList errors;
    if (!ConnectorSpec::fromJson(json, &spec, &errors)) {
        Q_EMIT wiz()->detected({}, tr("Cannot send a test request: %1").arg(errors.join(u"; "_s)));
        return;
    }
    setBusy(true);
    // Secrets typed into the wizard first, then what the keychain already holds (editing).
    auto credentials = CredentialStore::overlay(spec.name(), state().secrets, wiz()->credentials());
    QPointer<ConnectorWizard> w = wiz();
    QPointer<PaginationPage> page = this;
    (void)QtConcurrent::run([w, page, spec, name, credentials] {
        Cassette cassette;
        SpecTester::Limits limits;
        limits.pages = 1;
        const SpecTester::Report report = SpecTester::run(spec, name, credentials, limits, {}, nullptr, &cassette);
        SpecDetector::Result result;
        QString error;
        if (cassette.size() == 0)
            error = report.error.isEmpty() ? ConnectorWizard::tr("No answer came back.") : report.error;
        else if (!SpecDetector::detect(cassette.interactions().first().toObject(), &result, &error) && !report.error.isEmpty())
            error = report.error;
        deliver(w, [page, name, result, error](ConnectorWizard *wizard) {
            if (!page)
                return;
            page->setBusy(false);
            if (error.isEmpty())
                page->applyDetection(name, result);
            else
                page->setNotes(QString());
            wizard->showPageError(error.isEmpty() ? QString() : ConnectorWizard::tr("Detection failed: %1").arg(error));
            Q_EMIT wizard->detected(result.notes, error);
        });
    });
}

// 6. Field mapping: the engine's suggestions for each stream, reviewed in the Mappings page's table.
class MappingPage : public BuilderPage
{
    Q_OBJECT
public:
    MappingPage()
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
        setSubTitle(tr("How each stream's fields land in the unified schema. Suggestions come from the mapping engine with a confidence and a reason; only approved mappings go into the spec."));
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
    MappingReviewTable *table() const { return m_table; }
    QString currentStream() const { return m_stream->currentText(); }
    void decide(const QList<int> &rows, StoredMapping::Status status)
    {
        StoredMappings &list = state().mappings[currentStream()];
        const QString who = qEnvironmentVariable("USER", tr("you"));
        for (int row : rows)
            if (row >= 0 && row < list.size() && !(status == StoredMapping::Status::Approved && list[row].suggestion.isUnmapped())) {
                list[row].status = status;
                list[row].decidedBy = who;
                list[row].decidedAt = QDateTime::currentDateTimeUtc();
            }
        wiz()->showPageError({});
        showStream();
    }
    void approveAtOrAbove(double threshold)
    {
        QList<int> rows;
        const StoredMappings &list = state().mappings.value(currentStream());
        for (int i = 0; i < list.size(); ++i)
            if (list.at(i).suggestion.confidence >= threshold && !list.at(i).suggestion.isUnmapped() && list.at(i).status == StoredMapping::Status::Suggested)
                rows << i;
        decide(rows, StoredMapping::Status::Approved);
    }
    void initializePage() override
    {
        fromState();
        for (const QJsonObject &s : state().streams()) {
            const QString name = text(s, "name");
            if (state().mappedFrom.value(name) != state().testedWith.value(name) || !state().mappings.contains(name))
                suggest(name);
        }
    }
    void suggest(const QString &stream);
    void fromState() override
    {
        const QSignalBlocker block(m_stream);
        const QString keep = m_stream->currentText();
        m_stream->clear();
        for (const QJsonObject &s : state().streams())
            m_stream->addItem(text(s, "name"));
        m_stream->setCurrentIndex(std::max(0, m_stream->findText(keep)));
        showStream();
    }
    void toState() override
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
    bool validatePage() override
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
    int m_running = 0;

private:
    void showStream()
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
    void showDetails()
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
    void editCurrent()
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

    QComboBox *m_stream;
    MappingReviewTable *m_table;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_edit;
    QPushButton *m_approveHigh;
    QLabel *m_details;
    QLabel *m_status;
};

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

// 7. Review: the spec, its README and the recorded fixture, and what changed since the last version.
class ReviewPage : public BuilderPage
{
    Q_OBJECT
public:
    ReviewPage()
        : m_version(new QLabel(this))
        , m_tabs(new QTabWidget(this))
        , m_spec(new CodeView(u"JSON"_s, this))
        , m_readme(new CodeView(u"Markdown"_s, this))
        , m_fixture(new CodeView(u"JSON"_s, this))
        , m_diff(new CodeView(u"Diff"_s, this))
    {
        setTitle(tr("Review"));
        setSubTitle(tr("What will be saved: the declarative spec, the connector's README and its recorded test fixture (secrets redacted)."));
        m_spec->setAccessibleName(tr("Spec JSON"));
        m_readme->setAccessibleName(tr("README"));
        m_fixture->setAccessibleName(tr("Recorded fixture"));
        m_diff->setAccessibleName(tr("Changes against the previous version"));
        m_tabs->addTab(m_spec, tr("Spec"));
        m_tabs->addTab(m_readme, u"README.md"_s);
        m_tabs->addTab(m_fixture, tr("Fixture"));
        m_tabs->addTab(m_diff, tr("Changes"));
        m_version->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_version);
        layout->addWidget(m_tabs, 1);
        layout->addWidget(m_message = messageLabel(this));
    }
    QTabWidget *tabs() const { return m_tabs; }
    CodeView *view(int tab) const { return static_cast<CodeView *>(m_tabs->widget(tab)); }
    void initializePage() override { fromState(); }
    void fromState() override
    {
        auto &st = state();
        const auto &previous = st.previous;
        QJsonObject spec = st.spec;
        spec.remove(u"version"_s);
        int version = 1;
        QString diff;
        if (previous) {
            QJsonObject before = previous->spec.json();
            const int previousVersion = previous->spec.version();
            before.remove(u"version"_s);
            version = before == spec ? previousVersion : previousVersion + 1;
            spec.insert(u"version"_s, version);
            diff = ConnectorDocs::unifiedDiff(ConnectorDocs::specText(previous->spec.json()), ConnectorDocs::specText(spec),
                                              u"%1 v%2"_s.arg(previous->spec.name()).arg(previousVersion), u"%1 v%2"_s.arg(previous->spec.name()).arg(version));
            m_version->setText(version == previousVersion ? tr("Version %1, unchanged from the saved version.").arg(version)
                                                          : tr("Version %1 (the saved version is %2; the Changes tab shows the difference).").arg(version).arg(previousVersion));
        } else {
            spec.insert(u"version"_s, version);
            m_version->setText(tr("A new connector: version 1."));
        }
        st.spec = spec;
        ConnectorSpec parsed;
        QStringList errors;
        const bool valid = ConnectorSpec::fromJson(spec, &parsed, &errors);
        m_spec->setPlainText(ConnectorDocs::specText(spec));
        m_readme->setPlainText(valid ? ConnectorDocs::readme(parsed) : QString());
        m_fixture->setPlainText(ConnectorDocs::specText(st.fixture()));
        m_diff->setPlainText(previous ? (diff.isEmpty() ? tr("No changes.") : diff) : tr("No earlier version: nothing to compare."));
        setMessage(m_message, valid ? QString() : tr("The spec is not valid:\n%1").arg(errors.join(u'\n')), true);
    }
    void toState() override {}
    bool validatePage() override
    {
        ConnectorSpec parsed;
        QStringList errors;
        if (!ConnectorSpec::fromJson(state().spec, &parsed, &errors))
            return fail(tr("The spec is not valid:\n%1").arg(errors.join(u'\n')));
        m_readmeText = ConnectorDocs::readme(parsed);
        return true;
    }
    QString readme() const { return m_readmeText; }

private:
    QLabel *m_version;
    QTabWidget *m_tabs;
    CodeView *m_spec;
    CodeView *m_readme;
    CodeView *m_fixture;
    CodeView *m_diff;
    QString m_readmeText;
};

// 8. Save, deploy, publish.
class SavePage : public BuilderPage
{
    Q_OBJECT
public:
    SavePage()
        : m_summary(new QLabel(this))
        , m_deploy(new QCheckBox(tr("&Deploy: connections can use it at once"), this))
        , m_publish(new QCheckBox(tr("&Publish to the marketplace (listed once an admin approves)"), this))
        , m_pricing(new QComboBox(this))
        , m_progress(new QProgressBar(this))
    {
        setTitle(tr("Save"));
        setSubTitle(tr("Saves this version in the workspace and the secrets in the keychain."));
        setFinalPage(true);
        m_summary->setWordWrap(true);
        m_deploy->setChecked(true);
        m_pricing->addItem(tr("Free"), u"free"_s);
        m_pricing->addItem(tr("Freemium"), u"freemium"_s);
        m_pricing->addItem(tr("Paid"), u"paid"_s);
        m_pricing->setEnabled(false);
        m_pricing->setAccessibleName(tr("Pricing"));
        m_progress->setRange(0, 0);
        m_progress->hide();
        auto *pricing = new QHBoxLayout;
        pricing->addSpacing(24);
        pricing->addWidget(new QLabel(tr("Pricing:"), this));
        pricing->addWidget(m_pricing);
        pricing->addStretch();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addSpacing(8);
        layout->addWidget(m_deploy);
        layout->addWidget(m_publish);
        layout->addLayout(pricing);
        layout->addStretch();
        layout->addWidget(m_progress);
        layout->addWidget(m_message = messageLabel(this));
        connect(m_publish, &QCheckBox::toggled, m_pricing, &QWidget::setEnabled);
    }
    QCheckBox *deploy() const { return m_deploy; }
    QCheckBox *publish() const { return m_publish; }
    void initializePage() override { fromState(); }
    void fromState() override
    {
        const auto &st = state();
        int records = 0;
        for (const auto &r : st.reports)
            records += int(r.records.size());
        m_summary->setText(tr("%1 (custom:%2), version %3: %4, %5.")
                               .arg(text(st.spec, "display_name"), text(st.spec, "name"), QString::number(st.spec.value("version"_L1).toInt()),
                                    tr("%n stream(s)", nullptr, int(st.streams().size())), tr("tested with %n record(s)", nullptr, records)));
    }
    void toState() override {}
    bool validatePage() override
    {
        if (m_done)
            return true;
        if (!m_saving)
            save();
        return false;
    }

    void finished(const CustomConnectorService::SaveResult &result);

private:
    void save();
    QLabel *m_summary;
    QCheckBox *m_deploy;
    QCheckBox *m_publish;
    QComboBox *m_pricing;
    QProgressBar *m_progress;
    bool m_saving = false;
    bool m_done = false;
};

void SavePage::save()
{
    ConnectorSpec spec;
    QStringList errors;
    if (!ConnectorSpec::fromJson(state().spec, &spec, &errors)) {
        fail(errors.join(u'\n'));
        return;
    }
    int records = 0;
    bool passed = true;
    for (const QJsonObject &s : spec.streams()) {
        records += int(state().reports.value(text(s, "name")).records.size());
        passed = passed && state().reports.value(text(s, "name")).error.isEmpty();
    }
    CustomConnectorStore::Artifacts artifacts;
    artifacts.readme = ConnectorDocs::readme(spec);
    artifacts.fixture = state().fixture();
    artifacts.sandboxStatus = passed ? u"passed"_s : u"failed"_s;
    const QJsonObject evidence{{u"fixture_run_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {u"result"_s, passed ? u"passed"_s : u"failed"_s},
                               {u"records"_s, records}};
    CustomConnectorService::SaveRequest request;
    request.spec = spec;
    request.artifacts = artifacts;
    request.evidence = evidence;
    request.deploy = m_deploy->isChecked();
    request.publish = m_publish->isChecked();
    request.pricing = m_pricing->currentData().toString();
    request.secrets = state().secrets;
    m_saving = true;
    m_progress->show();
    wiz()->button(QWizard::FinishButton)->setEnabled(false);
    wiz()->showPageError({});
    wiz()->connectors()->save(request);
}

void SavePage::finished(const CustomConnectorService::SaveResult &result)
{
    if (!m_saving)
        return;
    m_saving = false;
    m_progress->hide();
    ConnectorWizard *wizard = wiz();
    wizard->button(QWizard::FinishButton)->setEnabled(true);
    Q_EMIT wizard->saved(result.connectorId, result.version, result.deployed && result.error.isEmpty(), result.published, result.error);
    if (!result.error.isEmpty()) {
        wizard->showPageError(result.error);
        return;
    }
    m_done = true;
    wizard->accept();
}

} // namespace BuilderDetail

using namespace BuilderDetail;

ConnectorWizard::ConnectorWizard(WorkspaceService *workspace, std::shared_ptr<CredentialStore> credentials, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_credentials(credentials)
    , m_connectors(new CustomConnectorService(workspace, std::move(credentials), this))
    , m_state(std::make_unique<State>())
{
    setWindowTitle(tr("New Custom Connector"));
    setObjectName(u"connectorWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("&Save"));
    setPage(BasicsPage, new BuilderDetail::BasicsPage);
    setPage(AuthPage, new BuilderDetail::AuthPage);
    setPage(EndpointsPage, new BuilderDetail::EndpointsPage);
    setPage(PaginationPage, new BuilderDetail::PaginationPage);
    setPage(TestPage, new BuilderDetail::TestPage);
    setPage(MappingPage, new BuilderDetail::MappingPage);
    setPage(ReviewPage, new BuilderDetail::ReviewPage);
    auto *save = new BuilderDetail::SavePage;
    setPage(SavePage, save);
    connect(m_connectors, &CustomConnectorService::saveFinished, save, &BuilderDetail::SavePage::finished);
    connect(m_connectors, &CustomConnectorService::latestAvailable, this,
            [this](const QString &, const std::optional<CustomConnectorStore::Stored> &stored, const QString &) {
                m_state->previous = stored;
                if (stored && std::exchange(m_adoptLatest, false)) {
                    // Editing: every page starts from the saved version.
                    setWindowTitle(tr("Edit Custom Connector"));
                    m_state->spec = stored->spec.json();
                    reloadPages();
                }
                Q_EMIT previousLoaded(stored ? stored->spec.version() : 0);
            });
    resize(920, 680);
    reloadPages();
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id < 0 || m_loading)
            return;
        showPageError({});
        m_state->page = id;
        saveDraft();
    });
    connect(this, &ConnectorWizard::imported, this, [this](const QStringList &notes, const QString &error) {
        static_cast<BuilderDetail::EndpointsPage *>(page(EndpointsPage))->setNotes(notes, error);
        if (!error.isEmpty())
            showPageError(error);
    });
}

ConnectorWizard::~ConnectorWizard() = default;

void ConnectorWizard::setLlmSettings(const LlmSettings &settings)
{
    m_llm = settings;
}

void ConnectorWizard::showPageError(const QString &text)
{
    m_lastError = text;
    if (auto *p = dynamic_cast<BuilderDetail::BuilderPage *>(currentPage()); p && p->m_message)
        setMessage(p->m_message, text, true);
}

void ConnectorWizard::reloadPages()
{
    for (int id : pageIds())
        static_cast<BuilderDetail::BuilderPage *>(page(id))->fromState();
}

QJsonObject ConnectorWizard::specJson() const
{
    if (auto *p = dynamic_cast<BuilderDetail::BuilderPage *>(currentPage()))
        p->toState();
    return m_state->spec;
}

void ConnectorWizard::importDefinition(ImportKind kind, const QByteArray &definition)
{
    QPointer<ConnectorWizard> self = this;
    (void)QtConcurrent::run([self, kind, bytes = definition] {
        SpecImporter::Result result;
        QString error;
        switch (kind) {
        case ImportKind::OpenApi:
            SpecImporter::fromOpenApi(bytes, &result, &error);
            break;
        case ImportKind::Postman:
            SpecImporter::fromPostman(bytes, &result, &error);
            break;
        case ImportKind::Har:
            SpecImporter::fromHar(bytes, &result, &error);
            break;
        case ImportKind::Curl:
            SpecImporter::fromCurl(QString::fromUtf8(bytes), &result, &error);
            break;
        }
        deliver(self, [result, error](ConnectorWizard *w) {
            if (!error.isEmpty()) {
                Q_EMIT w->imported({}, error);
                return;
            }
            // What the pages already hold wins; the import fills what is empty and adds its streams.
            if (auto *p = dynamic_cast<BuilderDetail::BuilderPage *>(w->currentPage()))
                p->toState();
            QJsonObject &spec = w->m_state->spec;
            for (const char *key : {"display_name", "name", "description", "base_url"})
                if (text(spec, key).isEmpty() && !text(result.spec, key).isEmpty())
                    spec.insert(QLatin1StringView(key), result.spec.value(QLatin1StringView(key)));
            if (spec.value("authenticator"_L1).toObject().value("type"_L1).toString(u"none"_s) == "none"_L1 && result.spec.contains("authenticator"_L1))
                spec.insert(u"authenticator"_s, result.spec.value("authenticator"_L1));
            QList<QJsonObject> streams;
            for (const QJsonObject &s : w->m_state->streams())
                if (text(s, "path") != "/"_L1) // the untouched placeholder of "Add Stream"
                    streams << s;
            QStringList names;
            for (const QJsonObject &s : streams)
                names << text(s, "name");
            for (const QJsonValue &v : result.spec.value("streams"_L1).toArray()) {
                QJsonObject s = v.toObject();
                QString name = text(s, "name");
                for (int i = 2; names.contains(name); ++i)
                    name = text(s, "name") + u'_' + QString::number(i);
                s.insert(u"name"_s, name);
                names << name;
                streams << s;
            }
            w->m_state->setStreams(streams);
            w->reloadPages();
            Q_EMIT w->imported(result.notes, {});
        });
    });
}

void ConnectorWizard::editExisting(const QString &name)
{
    m_adoptLatest = currentId() < 0 || (currentId() == BasicsPage && text(m_state->spec, "base_url").isEmpty());
    m_connectors->loadLatest(name);
}

QString ConnectorWizard::draftsDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/connector-drafts"_s;
}

QStringList ConnectorWizard::drafts()
{
    QStringList out;
    const QDir dir(draftsDirectory());
    for (const QFileInfo &fi : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Time))
        out << fi.absoluteFilePath();
    return out;
}

bool ConnectorWizard::saveDraft(QString *error)
{
    if (auto *p = dynamic_cast<BuilderDetail::BuilderPage *>(currentPage()))
        p->toState();
    const State &st = *m_state;
    if (text(st.spec, "name").isEmpty() && text(st.spec, "base_url").isEmpty() && st.streams().isEmpty())
        return true; // nothing typed yet
    if (m_draftPath.isEmpty())
        m_draftPath = draftsDirectory() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u".json"_s;
    QJsonObject mappings;
    for (auto it = st.mappings.begin(); it != st.mappings.end(); ++it) {
        QJsonArray list;
        for (const StoredMapping &m : it.value())
            list.append(QJsonObject{{u"suggestion"_s, m.suggestion.toJson()}, {u"status"_s, StoredMapping::statusName(m.status)}});
        mappings.insert(it.key(), list);
    }
    QJsonObject fixtures;
    for (auto it = st.fixtures.begin(); it != st.fixtures.end(); ++it)
        fixtures.insert(it.key(), it.value());
    // Never a secret: the spec names secrets only, and the fixtures were redacted when recorded.
    const QByteArray bytes = QJsonDocument(QJsonObject{{u"format"_s, 1},
                                                       {u"saved_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                                       {u"page"_s, st.page},
                                                       {u"spec"_s, st.spec},
                                                       {u"fixtures"_s, fixtures},
                                                       {u"mappings"_s, mappings}})
                                 .toJson();
    const QString path = m_draftPath;
    // Written on a one-thread pool, in order: the GUI thread does not wait for the disk.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(qApp);
        p->setMaxThreadCount(1);
        return p;
    }();
    (void)QtConcurrent::run(pool, [path, bytes] {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(bytes);
            f.commit();
        }
    });
    if (error)
        error->clear();
    return true;
}

bool ConnectorWizard::loadDraft(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 32 * 1024 * 1024) {
        *error = tr("Cannot read the draft %1.").arg(path);
        return false;
    }
    const QJsonObject draft = QJsonDocument::fromJson(f.readAll()).object();
    if (draft.value("format"_L1).toInt() != 1 || !draft.value("spec"_L1).isObject()) {
        *error = tr("%1 is not a connector draft.").arg(path);
        return false;
    }
    auto state = std::make_unique<State>();
    state->spec = draft.value("spec"_L1).toObject();
    const QJsonObject fixtures = draft.value("fixtures"_L1).toObject();
    for (auto it = fixtures.begin(); it != fixtures.end(); ++it)
        state->fixtures.insert(it.key(), it.value().toArray());
    const QJsonObject mappings = draft.value("mappings"_L1).toObject();
    for (auto it = mappings.begin(); it != mappings.end(); ++it) {
        StoredMappings list;
        for (const QJsonValue &v : it.value().toArray()) {
            StoredMapping m;
            QString ignored;
            if (!MappingSuggestion::fromJson(v.toObject().value("suggestion"_L1).toObject(), &m.suggestion, &ignored))
                continue;
            StoredMapping::statusFromName(v.toObject().value("status"_L1).toString(), &m.status);
            m.id = list.size() + 1;
            m.stream = it.key();
            list << m;
        }
        state->mappings.insert(it.key(), list);
    }
    state->page = std::clamp(draft.value("page"_L1).toInt(), 0, int(ReviewPage));
    const int target = state->page;
    m_loading = true; // the page changes below are not edits: no draft is written from them
    restart();
    m_state = std::move(state);
    m_draftPath = path;
    reloadPages();
    // Walk forward to where the draft was left, stopping at the first page that needs input (secrets
    // are not in drafts; a test read must be run again).
    while (currentId() < target) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_loading = false;
    m_state->page = currentId();
    return true;
}

void ConnectorWizard::done(int result)
{
    if (result == QDialog::Rejected) {
        saveDraft();
        QWizard::done(result);
        return;
    }
    const QString draft = m_draftPath;
    QWizard::done(result);
    if (this->result() == QDialog::Accepted && !draft.isEmpty()) { // closed: the validation passed
        static_cast<void>(QFile::remove(draft));
        m_draftPath.clear();
    }
}

} // namespace Orion

#include "connectorwizard.moc"

#include "authpage.h"

#include "adapters/declarative/connectorspec.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {
namespace BuilderDetail {

AuthPage::AuthPage()
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
    page({{tr("Token &URL:"), m_tokenUrl},
          {tr("Client &ID:"), m_clientId},
          {tr("&Scopes:"), m_scopes},
          {tr("Client &secret:"), m_clientSecret},
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

QString AuthPage::type() const
{
    return m_type->currentData().toString();
}

void AuthPage::fromState()
{
    const QJsonObject auth = state().authenticator();
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

void AuthPage::toState()
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
    state().setAuthenticator(auth);
}

bool AuthPage::validatePage()
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

} // namespace BuilderDetail
} // namespace Orion

#include "connectiondialog.h"
#include "common/statuscolors.h"
#include "scheduleeditor.h"

#include "adapters/connector.h"
#include "adapters/declarative/declarativeconnector.h"
#include "adapters/registry/connectorregistry.h"
#include "runtime/credentialstore.h"
#include "runtime/oauthauthorizer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {

ConnectionDialog::ConnectionDialog(std::shared_ptr<CredentialStore> credentials, qint64 connectionId, const SecretOwner &owner,
                                   const QString &connectorId, const QJsonObject &settings, QWidget *parent)
    : QDialog(parent)
    , m_credentials(credentials)
    , m_tester(new ConnectionTester(std::move(credentials), this))
    , m_connectionId(connectionId)
    , m_owner(owner)
    , m_connector(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_name(new QLineEdit(owner.label, this))
    , m_formHost(new QWidget(this))
    , m_schedule(new ScheduleEditor(this))
    , m_status(new QLabel(this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_authorizeButton(new QPushButton(tr("&Sign In…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(connectionId ? tr("Edit Connection") : tr("Add Connection"));
    for (const Connector *c : ConnectorRegistry::instance().connectors())
        m_connector->addItem(c->displayName(), c->id());
    // The deployed custom connectors of this workspace, after the built-in ones.
    const QList<const Connector *> custom = ConnectorRegistry::instance().customConnectors();
    if (!custom.isEmpty())
        m_connector->insertSeparator(m_connector->count());
    for (const Connector *c : custom) {
        const auto *declarative = dynamic_cast<const DeclarativeConnector *>(c);
        m_connector->addItem(declarative ? tr("%1 (custom, version %2)").arg(c->displayName()).arg(declarative->spec().version()) : c->displayName(),
                             c->id());
        m_connector->setItemData(m_connector->count() - 1, c->id(), Qt::ToolTipRole);
    }
    m_connector->setCurrentIndex(std::max(0, m_connector->findData(connectorId)));
    m_connector->setEnabled(connectionId == 0);
    m_connector->setAccessibleName(tr("Connector"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_name->setPlaceholderText(tr("e.g. acme-stripe"));
    m_name->setAccessibleName(tr("Connection name"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"testStatus"_s);

    auto *top = new QFormLayout;
    top->addRow(tr("&Connector:"), m_connector);
    top->addRow(QString(), m_description);
    top->addRow(tr("&Name:"), m_name);

    // Wide enough for both of its labels, so the row does not jump while a test runs.
    const QFontMetrics fm = m_testButton->fontMetrics();
    m_testButton->setMinimumWidth(std::max(fm.horizontalAdvance(tr("&Test Connection")), fm.horizontalAdvance(tr("Cancel &Test")))
                                  + 4 * fm.averageCharWidth());
    m_testButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_authorizeButton);
    m_authorizeButton->setToolTip(tr("Sign in with the service in your browser (a loopback redirect brings the answer "
                                     "back); the refresh token it grants is saved in the %1")
                                      .arg(secretsPlace()));
    m_authorizeButton->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    testRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_formHost);
    layout->addWidget(m_schedule);
    layout->addLayout(testRow);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);

    connect(m_connector, &QComboBox::currentIndexChanged, this, [this] { rebuildForm({}); });
    connect(m_schedule, &ScheduleEditor::changed, this, [this] {
        setStatus(QString(), false); // an old complaint about the schedule no longer applies
        if (height() < sizeHint().height())
            resize(width(), sizeHint().height());
    });
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (m_tester->isRunning()) {
            m_tester->cancel();
            return;
        }
        testConnection();
    });
    connect(m_authorizeButton, &QPushButton::clicked, this, &ConnectionDialog::authorizeInBrowser);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::onTestFinished);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_name, &QLineEdit::textChanged, this, &ConnectionDialog::checkAsYouType);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    rebuildForm(settings);
    setMinimumWidth(520);
}

QString ConnectionDialog::secretsPlace() const
{
    // Where this dialog's secrets really go: the keychain, or the owner-only file where there is none.
    return m_credentials ? m_credentials->backend().name() : QCoreApplication::translate("Orion::KeychainSecretBackend", "system keychain");
}

ConnectionDialog::~ConnectionDialog() = default; // a running test stops with its tester; its result is dropped

const Connector *ConnectionDialog::connector() const
{
    return ConnectorRegistry::instance().find(m_connector->currentData().toString());
}

QString ConnectionDialog::name() const
{
    return m_name->text().trimmed();
}

QString ConnectionDialog::connectorId() const
{
    return m_connector->currentData().toString();
}

void ConnectionDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void ConnectionDialog::setConnector(const QString &connectorId)
{
    m_connector->setCurrentIndex(m_connector->findData(connectorId));
}

void ConnectionDialog::setField(const QString &key, const QString &value)
{
    QWidget *field = m_fields.value(key);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->setText(value);
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        combo->setCurrentIndex(combo->findData(value));
    else if (auto *check = qobject_cast<QCheckBox *>(field))
        check->setChecked(value == "true"_L1);
    else if (auto *spin = qobject_cast<QSpinBox *>(field))
        spin->setValue(value.toInt());
    updateVisibility();
}

QString ConnectionDialog::statusText() const
{
    return m_status->text();
}

void ConnectionDialog::rebuildForm(const QJsonObject &values)
{
    const Connector *c = connector();
    delete m_formHost->layout();
    qDeleteAll(m_formHost->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_fields.clear();
    if (!c)
        return;
    m_description->setText(c->description());
    auto *hostLayout = new QVBoxLayout(m_formHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    auto *settingsBox = new QGroupBox(tr("Settings"), m_formHost);
    auto *secretsBox = new QGroupBox(tr("Secrets — saved in the %1, never in the workspace").arg(secretsPlace()), m_formHost);
    auto *settingsForm = new QFormLayout(settingsBox);
    auto *secretsForm = new QFormLayout(secretsBox);
    hostLayout->addWidget(settingsBox);
    hostLayout->addWidget(secretsBox);
    for (const SettingSpec &spec : c->settings()) {
        QWidget *field = nullptr;
        const QString current = values.value(spec.key).toVariant().toString();
        switch (spec.type) {
        case SettingSpec::Type::Choice: {
            auto *combo = new QComboBox(m_formHost);
            for (const QString &choice : spec.choices)
                combo->addItem(c->choiceLabel(spec.key, choice), choice);
            combo->setCurrentIndex(std::max(0, combo->findData(current.isEmpty() ? spec.defaultValue : current)));
            connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateVisibility);
            field = combo;
            break;
        }
        case SettingSpec::Type::Boolean: {
            auto *check = new QCheckBox(m_formHost);
            check->setChecked((current.isEmpty() ? spec.defaultValue : current) == "true"_L1);
            field = check;
            break;
        }
        default: {
            auto *edit = new QLineEdit(current, m_formHost);
            if (spec.type == SettingSpec::Type::Secret) {
                edit->setEchoMode(QLineEdit::Password);
                edit->setPlaceholderText(m_connectionId ? tr("Saved — leave empty to keep") : spec.help);
            } else {
                edit->setPlaceholderText(spec.defaultValue.isEmpty() ? spec.help : spec.defaultValue);
            }
            if (spec.type != SettingSpec::Type::Secret)
                connect(edit, &QLineEdit::textChanged, this, [this] {
                    m_authorizeButton->setEnabled(canAuthorize());
                    checkAsYouType();
                });
            field = edit;
        }
        }
        field->setObjectName(u"setting_"_s + spec.key);
        field->setAccessibleName(spec.label);
        field->setToolTip(spec.help);
        (spec.type == SettingSpec::Type::Secret ? secretsForm : settingsForm)
            ->addRow(spec.label + (spec.required ? u" *"_s : QString()) + u':', field);
        m_fields.insert(spec.key, field);
    }
    settingsBox->show(); // created after the dialog was shown: show now, not on the next event loop pass
    secretsBox->setVisible(!c->secretSettings().isEmpty());
    updateVisibility();
    if (isVisible())
        adjustSize();
}

void ConnectionDialog::updateVisibility()
{
    const Connector *c = connector();
    if (!c)
        return;
    const QJsonObject current = settings();
    const QList<SettingSpec> specs = c->settings();
    for (const SettingSpec &spec : specs) {
        bool visible = true;
        if (!spec.visibleWhen.isEmpty()) {
            const QString key = spec.visibleWhen.section(u'=', 0, 0);
            QString value = current.value(key).toString();
            if (!current.contains(key)) {
                for (const SettingSpec &other : specs)
                    value = other.key == key ? other.defaultValue : value;
            }
            visible = value == spec.visibleWhen.section(u'=', 1);
        }
        QWidget *field = m_fields.value(spec.key);
        if (!field)
            continue;
        if (auto *form = qobject_cast<QFormLayout *>(field->parentWidget() ? field->parentWidget()->layout() : nullptr))
            form->setRowVisible(field, visible);
    }
    // OAuth connectors keep a refresh token: where that secret applies, the browser sign-in fills it in.
    bool oauth = false;
    for (const SettingSpec &spec : specs) {
        if (spec.type == SettingSpec::Type::Secret && spec.key == "refresh_token"_L1 && m_fields.value(spec.key)
            && (spec.visibleWhen.isEmpty() || current.value(spec.visibleWhen.section(u'=', 0, 0)).toString() == spec.visibleWhen.section(u'=', 1)))
            oauth = true;
    }
    m_authorizeButton->setVisible(oauth);
    m_authorizeButton->setEnabled(canAuthorize());
}

QJsonObject ConnectionDialog::settings() const
{
    QJsonObject result;
    const Connector *c = connector();
    if (!c)
        return result;
    for (const SettingSpec &spec : c->settings()) {
        if (spec.type == SettingSpec::Type::Secret)
            continue;
        QWidget *field = m_fields.value(spec.key);
        QString value;
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            value = edit->text().trimmed();
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            value = combo->currentData().toString();
        else if (auto *check = qobject_cast<QCheckBox *>(field))
            value = check->isChecked() ? u"true"_s : u"false"_s;
        if (!value.isEmpty() && value != spec.defaultValue)
            result.insert(spec.key, value);
    }
    return result;
}

QHash<QString, QString> ConnectionDialog::enteredSecrets() const
{
    QHash<QString, QString> result;
    const Connector *c = connector();
    if (!c)
        return result;
    for (const SettingSpec &spec : c->secretSettings()) {
        auto *edit = qobject_cast<QLineEdit *>(m_fields.value(spec.key));
        if (edit && !edit->text().isEmpty() && edit->isVisibleTo(this))
            result.insert(spec.key, edit->text());
    }
    return result;
}

bool ConnectionDialog::validate(QString *error) const
{
    const Connector *c = connector();
    if (!c) {
        *error = tr("Choose a connector.");
        return false;
    }
    if (name().isEmpty()) {
        *error = tr("Give the connection a name.");
        return false;
    }
    if (!c->validateSettings(settings(), error))
        return false;
    if (!m_schedule->validate(error))
        return false;
    if (m_connectionId == 0) {
        const QHash<QString, QString> secrets = enteredSecrets();
        for (const SettingSpec &spec : c->secretSettings()) {
            QWidget *field = m_fields.value(spec.key);
            if (spec.required && field && field->isVisibleTo(this) && !secrets.contains(spec.key)) {
                *error = tr("Enter the %1.").arg(spec.label);
                return false;
            }
        }
    }
    return true;
}

void ConnectionDialog::checkAsYouType()
{
    QString problem;
    if (!m_name->text().isEmpty())
        problem = Connector::checkName(name());
    if (const Connector *c = connector(); problem.isEmpty() && c)
        c->validateSettings(settings(), &problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(problem);
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        m_inlineProblemShown = true;
    } else if (m_inlineProblemShown) {
        setStatus({}, false);
        m_inlineProblemShown = false;
    }
}

void ConnectionDialog::setStatus(const QString &text, bool error)
{
    StatusColors::showStatus(m_status, text, error);
}

void ConnectionDialog::setSchedule(const QString &scheduleText, bool runOnWorkers, bool workersAvailable)
{
    QString error;
    m_schedule->setWorkersAvailable(workersAvailable);
    m_schedule->setSchedule(Schedule::fromText(scheduleText, &error).value_or(Schedule::manual()), runOnWorkers);
}

Schedule ConnectionDialog::schedule() const
{
    return m_schedule->schedule();
}

bool ConnectionDialog::runOnWorkers() const
{
    return m_schedule->runOnWorkers();
}

void ConnectionDialog::accept()
{
    QString error;
    if (!validate(&error)) {
        setStatus(error, true);
        return;
    }
    QDialog::accept();
}

void ConnectionDialog::testConnection()
{
    QString error;
    const Connector *c = connector();
    const auto validated = c ? c->validateSettings(settings(), &error) : std::nullopt;
    if (!validated) {
        setStatus(error.isEmpty() ? tr("Choose a connector.") : error, true);
        return;
    }
    const QJsonObject &effective = *validated;
    m_testButton->setText(tr("Cancel &Test"));
    setStatus(tr("Testing…"), false);
    ConnectionTester::Request request;
    request.connectorId = c->id();
    request.connection = m_owner;
    if (!m_connectionId)
        request.connection.label = name().isEmpty() ? tr("new connection") : name();
    request.settings = effective;
    request.entered = enteredSecrets();
    request.useStoredSecrets = m_connectionId != 0;
    m_tester->start(request);
}

void ConnectionDialog::onTestFinished(const ConnectionTester::Outcome &outcome)
{
    m_testButton->setText(tr("&Test Connection"));
    for (auto it = outcome.rotated.cbegin(); it != outcome.rotated.cend(); ++it)
        setField(it.key(), it.value());
    const Connector *c = connector();
    const QString message = outcome.message(c ? c->displayName() : QString());
    setStatus(message, !outcome.ok());
    Q_EMIT testFinished(outcome.ok(), message);
}

bool ConnectionDialog::canAuthorize() const
{
    const Connector *c = connector();
    return c && c->oauthEndpoints(settings()).has_value() && !m_authorizer;
}

void ConnectionDialog::authorizeInBrowser()
{
    const Connector *c = connector();
    const auto endpoints = c ? c->oauthEndpoints(settings()) : std::nullopt;
    if (!endpoints) {
        setStatus(tr("Fill in the OAuth settings (client ID, URLs, company) first."), true);
        return;
    }
    const QString entered = enteredSecrets().value(u"client_secret"_s);
    auto begin = [this, endpoints](const QString &clientSecret) {
        auto *authorizer = new OAuthAuthorizer(*endpoints, clientSecret, this);
        m_authorizer = authorizer;
        m_authorizeButton->setEnabled(false);
        connect(authorizer, &OAuthAuthorizer::browserRequested, this, [this](const QUrl &url) {
            setStatus(tr("Waiting for the sign-in in your browser…"), false);
            Q_EMIT browserRequested(url);
            if (m_opensBrowser && !QDesktopServices::openUrl(url))
                setStatus(tr("Open this address in your browser to sign in: %1").arg(url.toString()), false);
        });
        connect(authorizer, &OAuthAuthorizer::granted, this, [this, authorizer](const QString &, const QString &refreshToken, const QDateTime &) {
            setField(u"refresh_token"_s, refreshToken);
            const QString message = tr("Authorised. The refresh token will be saved in the %1.").arg(secretsPlace());
            setStatus(message, false);
            authorizer->deleteLater();
            m_authorizeButton->setEnabled(true);
            Q_EMIT authorizationFinished(true, message);
        });
        connect(authorizer, &OAuthAuthorizer::failed, this, [this, authorizer](const QString &error) {
            setStatus(error, true);
            authorizer->deleteLater();
            m_authorizeButton->setEnabled(true);
            Q_EMIT authorizationFinished(false, error);
        });
        authorizer->start();
    };
    if (!entered.isEmpty() || !m_connectionId || !m_credentials) {
        begin(entered);
        return;
    }
    // Editing: the client secret saved earlier comes from the keychain, off the GUI thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, begin] {
        watcher->deleteLater();
        begin(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([credentials = m_credentials, owner = m_owner] {
        QString error;
        return credentials->secret(owner, u"client_secret"_s, &error).value_or(QString());
    }));
}

} // namespace Orion

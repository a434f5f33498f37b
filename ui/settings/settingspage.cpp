#include "settingspage.h"

#include "adapters/connector.h"

#include "common/languages.h"
#include "services/workspaceservice.h"
#include "services/workspacesettings.h"

#include "common/pagetitle.h"
#include "common/retranslate.h"
#include "common/statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Orion {

struct ProbeOutcome
{
    quint64 generation = 0;
    WorkspaceService::ProbeResult result;
};

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_sqlite(new QRadioButton(this))
    , m_postgres(new QRadioButton(this))
    , m_engineStack(new QStackedWidget(this))
    , m_sqlitePath(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_sslRootCert(new QLineEdit(this))
    , m_test(new QPushButton(this))
    , m_cancelTest(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_testResult(new QLabel(this))
    , m_language(new QComboBox(this))
{
    auto *title = createPageTitle(QString(), this);

    // SQLite
    auto *sqlitePage = new QWidget(this);
    auto *sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(sqlitePage);
    auto *reset = new QPushButton(sqlitePage);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_sqlitePath, 1);
    pathRow->addWidget(browse);
    pathRow->addWidget(reset);
    auto *pathLabel = new QLabel(sqlitePage);
    pathLabel->setBuddy(m_sqlitePath);
    sqliteForm->addRow(pathLabel, pathRow);
    auto *sqliteHint = new QLabel(sqlitePage);
    sqliteHint->setEnabled(false);
    sqliteForm->addRow(QString(), sqliteHint);

    // PostgreSQL
    auto *pgPage = new QWidget(this);
    auto *pgForm = new QFormLayout(pgPage);
    pgForm->setContentsMargins(0, 0, 0, 0);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode->addItem(QString(), int(DatabaseConfig::SslMode::Auto));
    for (auto mode : {DatabaseConfig::SslMode::Disable, DatabaseConfig::SslMode::Allow, DatabaseConfig::SslMode::Prefer,
                      DatabaseConfig::SslMode::Require, DatabaseConfig::SslMode::VerifyCa, DatabaseConfig::SslMode::VerifyFull})
        m_sslMode->addItem(DatabaseConfig::sslModeName(mode), int(mode));
    for (QWidget *field :
         {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_database), static_cast<QWidget *>(m_user),
          static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_sslMode), static_cast<QWidget *>(m_sslRootCert)})
        addLabelledRow(pgForm, field);

    m_engineStack->addWidget(sqlitePage);
    m_engineStack->addWidget(pgPage);

    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelTest->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_cancelTest);
    buttons->addStretch();
    buttons->addWidget(m_apply);

    auto *dbBox = new QGroupBox(this);
    auto *dbLayout = new QVBoxLayout(dbBox);
    dbLayout->addWidget(m_sqlite);
    dbLayout->addWidget(m_postgres);
    dbLayout->addWidget(m_engineStack);
    dbLayout->addWidget(m_testResult);
    dbLayout->addLayout(buttons);

    for (const auto &language : Languages::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setObjectName(u"language"_s);
    auto *langBox = new QGroupBox(this);
    auto *langForm = new QFormLayout(langBox);
    addLabelledRow(langForm, m_language);

    // Mapping assistant (LLM).
    m_llmProvider = new QComboBox(this);
    for (const QString &provider : {u"none"_s, u"anthropic"_s, u"openai"_s})
        m_llmProvider->addItem(QString(), provider);
    m_llmUrl = new QLineEdit(this);
    m_llmModel = new QLineEdit(this);
    m_llmKey = new QLineEdit(this);
    m_llmKey->setEchoMode(QLineEdit::Password);
    m_llmRows = new QSpinBox(this);
    m_llmRows->setRange(0, 50);
    m_llmMask = new QCheckBox(this);
    m_llmNote = new QLabel(this);
    m_llmNote->setWordWrap(true);
    m_region = new QLineEdit(this);
    m_region->setMaxLength(2);
    m_region->setMaximumWidth(60);
    auto *llmApply = new QPushButton(this);
    auto *llmBox = new QGroupBox(this);
    auto *llmForm = new QFormLayout(llmBox);
    for (QWidget *field : {static_cast<QWidget *>(m_llmProvider), static_cast<QWidget *>(m_llmUrl), static_cast<QWidget *>(m_llmModel),
                           static_cast<QWidget *>(m_llmKey), static_cast<QWidget *>(m_llmRows)})
        addLabelledRow(llmForm, field);
    llmForm->addRow(QString(), m_llmMask);
    llmForm->addRow(QString(), m_llmNote);
    addLabelledRow(llmForm, m_region);
    auto *llmButtons = new QHBoxLayout;
    llmButtons->addStretch();
    llmButtons->addWidget(llmApply);
    llmForm->addRow(llmButtons);
    const auto updateLlm = [this] {
        const QString p = m_llmProvider->currentData().toString();
        const bool on = p != "none"_L1;
        for (QWidget *w : {static_cast<QWidget *>(m_llmUrl), static_cast<QWidget *>(m_llmModel), static_cast<QWidget *>(m_llmKey),
                           static_cast<QWidget *>(m_llmRows), static_cast<QWidget *>(m_llmMask)})
            w->setEnabled(on);
        m_llmUrl->setPlaceholderText(p == "anthropic"_L1 ? u"https://api.anthropic.com"_s
                                                         : u"https://api.openai.com/v1 · http://localhost:11434/v1"_s);
        m_llmModel->setPlaceholderText(p == "anthropic"_L1 ? u"claude-sonnet-4-5"_s : u"gpt-4o-mini"_s);
    };
    connect(m_llmProvider, &QComboBox::currentIndexChanged, this, updateLlm);
    connect(llmApply, &QPushButton::clicked, this, &SettingsPage::applyLlm);
    updateLlm();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addWidget(dbBox);
    layout->addWidget(llmBox);
    layout->addWidget(langBox);
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_sqlite, &QRadioButton::toggled, this, &SettingsPage::updateEngine);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Choose Workspace File"), m_sqlitePath->text(),
                                           tr("Orion workspaces (*.db *.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_sqlitePath->setText(path);
    });
    connect(reset, &QPushButton::clicked, this, [this] { m_sqlitePath->setText(WorkspaceSettings::defaultSqlitePath()); });
    connect(m_test, &QPushButton::clicked, this, &SettingsPage::testConnection);
    connect(m_cancelTest, &QPushButton::clicked, this, &SettingsPage::cancelTest);
    connect(m_apply, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(databaseConfig(), password()); });
    connect(m_language, &QComboBox::activated, this, [this] { Q_EMIT languageChanged(m_language->currentData().toString()); });

    m_sqlite->setChecked(true);
    updateEngine();
    onLanguageChange(this, [=, this] {
        setPageTitle(title, tr("Settings"));
        m_sqlite->setText(tr("Embedded &SQLite workspace (this computer)"));
        m_postgres->setText(tr("Shared &PostgreSQL database (team)"));
        browse->setText(tr("&Browse…"));
        reset->setText(tr("&Default"));
        reset->setToolTip(tr("Use the workspace in the application's data folder"));
        m_sqlitePath->setAccessibleName(tr("Workspace file"));
        pathLabel->setText(tr("Workspace &file:"));
        sqliteHint->setText(tr("Created on first use. Keep it on a local disk."));
        m_password->setAccessibleName(tr("Password"));
        m_sslMode->setItemText(0, tr("auto (verify-full, prefer on this computer)"));
        m_sslMode->setToolTip(tr("TLS mode (libpq sslmode). auto verifies the server's certificate and name for every host "
                                 "but this computer; prefer and require do not verify anything."));
        m_sslRootCert->setPlaceholderText(tr("System CAs (or ~/.postgresql/root.crt)"));
        m_sslRootCert->setAccessibleName(tr("CA certificate file"));
        m_sslRootCert->setToolTip(tr("PEM file of the CA that signed the server's certificate (libpq sslrootcert)."));
        setRowLabel(pgForm, m_host, tr("&Host:"));
        setRowLabel(pgForm, m_port, tr("P&ort:"));
        setRowLabel(pgForm, m_database, tr("&Database:"));
        setRowLabel(pgForm, m_user, tr("&User:"));
        setRowLabel(pgForm, m_password, tr("Pass&word:"));
        setRowLabel(pgForm, m_sslMode, tr("T&LS mode:"));
        setRowLabel(pgForm, m_sslRootCert, tr("C&A certificate:"));
        m_password->setPlaceholderText(m_passwordSaved ? tr("Saved in the system keychain") : QString());
        m_test->setText(tr("&Test Connection"));
        m_cancelTest->setText(tr("Cancel"));
        m_apply->setText(tr("&Apply and Reopen"));
        dbBox->setTitle(tr("Workspace database"));
        m_language->setItemText(0, Languages::available().constFirst().nativeName); // "System default"
        m_language->setAccessibleName(tr("Language"));
        langBox->setTitle(tr("Language"));
        setRowLabel(langForm, m_language, tr("&Interface language:"));
        const QStringList providers
            = {tr("Local matcher only (offline)"), tr("Anthropic (Messages API)"), tr("OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM)")};
        setItemTexts(m_llmProvider, providers);
        m_llmProvider->setAccessibleName(tr("LLM provider"));
        m_llmUrl->setAccessibleName(tr("LLM base URL"));
        m_llmModel->setAccessibleName(tr("LLM model"));
        m_llmKey->setAccessibleName(tr("LLM API key"));
        m_llmRows->setAccessibleName(tr("Sample values sent per field"));
        m_llmMask->setText(tr("Send the shape of values only (Xxxx@xxxx.xx), not the values"));
        m_region->setAccessibleName(tr("Default phone region"));
        m_region->setToolTip(tr("ISO 3166 country code for phone numbers written without a country code, e.g. US or DE"));
        llmApply->setText(tr("Save Assistant Settings"));
        llmBox->setTitle(tr("Mapping assistant"));
        setRowLabel(llmForm, m_llmProvider, tr("P&rovider:"));
        setRowLabel(llmForm, m_llmUrl, tr("&Base URL:"));
        setRowLabel(llmForm, m_llmModel, tr("&Model:"));
        setRowLabel(llmForm, m_llmKey, tr("API &key:"));
        setRowLabel(llmForm, m_llmRows, tr("Sample &values per field:"));
        setRowLabel(llmForm, m_region, tr("Default phone &region:"));
        showLlmState();
    });
}

void SettingsPage::setLlmSettings(const LlmSettings &settings, bool hasKey)
{
    m_llmProvider->setCurrentIndex(std::max(0, m_llmProvider->findData(LlmSettings::providerName(settings.provider))));
    m_llmUrl->setText(settings.baseUrl.toString());
    m_llmModel->setText(settings.model);
    m_llmKey->clear();
    m_llmRows->setValue(settings.maxSampleRows);
    m_llmMask->setChecked(settings.maskValues);
    m_llmHasKey = hasKey;
    m_llmConfigured = settings.isConfigured();
    showLlmState();
}

void SettingsPage::showLlmState()
{
    m_llmKey->setPlaceholderText(m_llmHasKey ? tr("saved in %1 — type to replace").arg(tr("the keychain")) : tr("not set"));
    m_llmNote->setText(m_llmConfigured ? tr("Hybrid: the local matcher decides clear cases; only fields below confidence 0.9 go to the LLM, "
                                            "with at most the sample values set here. Fields named like secrets are never sent.")
                                       : tr("Suggestions come from the local matcher only; nothing leaves this computer."));
}

LlmSettings SettingsPage::llmSettings() const
{
    LlmSettings s;
    LlmSettings::providerFromName(m_llmProvider->currentData().toString(), &s.provider);
    s.baseUrl = QUrl(m_llmUrl->text().trimmed());
    s.model = m_llmModel->text().trimmed();
    s.maxSampleRows = m_llmRows->value();
    s.maskValues = m_llmMask->isChecked();
    return s;
}

QString SettingsPage::llmKey() const
{
    return m_llmKey->text();
}

void SettingsPage::setDefaultPhoneRegion(const QString &region)
{
    m_region->setText(region);
}

QString SettingsPage::defaultPhoneRegion() const
{
    return m_region->text().trimmed().toUpper();
}

void SettingsPage::applyLlm()
{
    const LlmSettings s = llmSettings();
    if (!m_region->text().trimmed().isEmpty() && defaultPhoneRegion().size() != 2) {
        m_llmNote->setText(tr("The default phone region is a two-letter country code such as US or DE."));
        return;
    }
    if (s.isConfigured() && !m_llmUrl->text().trimmed().isEmpty()) {
        if (const QString problem = Connector::checkServiceUrl(tr("Base URL"), m_llmUrl->text().trimmed()); !problem.isEmpty()) {
            m_llmNote->setText(problem);
            return;
        }
    }
    Q_EMIT llmApplied(s, m_llmKey->text());
    m_llmKey->clear();
}

SettingsPage::~SettingsPage()
{
    // A running probe finishes on its own (bounded by connect_timeout); its result is dropped.
    if (m_watcher)
        m_watcher->disconnect(this);
}

void SettingsPage::updateEngine()
{
    m_engineStack->setCurrentIndex(m_sqlite->isChecked() ? 0 : 1);
    m_test->setEnabled(!isTesting());
}

void SettingsPage::setDatabaseConfig(const DatabaseConfig &config)
{
    const bool sqlite = config.engine == DatabaseConfig::Engine::Sqlite;
    (sqlite ? m_sqlite : m_postgres)->setChecked(true);
    m_sqlitePath->setText(QDir::toNativeSeparators(config.sqlitePath.isEmpty() ? WorkspaceSettings::defaultSqlitePath() : config.sqlitePath));
    m_host->setText(config.host);
    m_port->setValue(config.port);
    m_database->setText(config.database);
    m_user->setText(config.user);
    m_sslMode->setCurrentIndex(m_sslMode->findData(int(config.sslMode)));
    m_sslRootCert->setText(QDir::toNativeSeparators(config.sslRootCert));
    updateEngine();
}

DatabaseConfig SettingsPage::databaseConfig() const
{
    DatabaseConfig config;
    config.engine = m_sqlite->isChecked() ? DatabaseConfig::Engine::Sqlite : DatabaseConfig::Engine::PostgreSql;
    config.sqlitePath = QDir::fromNativeSeparators(m_sqlitePath->text().trimmed());
    config.host = m_host->text().trimmed();
    config.port = m_port->value();
    config.database = m_database->text().trimmed();
    config.user = m_user->text().trimmed();
    config.sslMode = DatabaseConfig::SslMode(m_sslMode->currentData().toInt());
    config.sslRootCert = QDir::fromNativeSeparators(m_sslRootCert->text().trimmed());
    return config;
}

QString SettingsPage::password() const
{
    return m_password->text();
}

void SettingsPage::setPasswordSaved(bool saved)
{
    m_password->clear();
    m_passwordSaved = saved;
    m_password->setPlaceholderText(saved ? tr("Saved in the system keychain") : QString());
}

void SettingsPage::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

QString SettingsPage::language() const
{
    return m_language->currentData().toString();
}

QString SettingsPage::testResultText() const
{
    return m_testResult->text();
}

bool SettingsPage::isTesting() const
{
    return m_watcher && m_watcher->isRunning();
}

void SettingsPage::testConnection()
{
    const DatabaseConfig config = databaseConfig();
    if (config.engine == DatabaseConfig::Engine::Sqlite && config.sqlitePath.isEmpty()) {
        showTestResult(false, tr("Choose a workspace file first."));
        return;
    }
    if (config.engine == DatabaseConfig::Engine::PostgreSql && (config.host.isEmpty() || config.database.isEmpty())) {
        showTestResult(false, tr("Enter the host and the database name first."));
        return;
    }
    const quint64 generation = ++m_testGeneration;
    if (m_watcher)
        m_watcher->disconnect(this);
    m_watcher = new QFutureWatcher<ProbeOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, watcher = m_watcher] {
        const ProbeOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (watcher == m_watcher)
            m_watcher = nullptr;
        if (outcome.generation != m_testGeneration)
            return; // cancelled or superseded
        m_test->setEnabled(true);
        m_cancelTest->hide();
        const auto &r = outcome.result;
        if (!r.ok) {
            showTestResult(false, r.error);
            return;
        }
        // A shared workspace is set up and upgraded by its owner (orion migrate --as-owner), never by
        // a member's desktop: a schema that is not current cannot be applied from here.
        QString schema;
        if (r.schemaVersion == 0)
            schema = tr("The database has no Orion schema yet: its owner sets it up with orion migrate --as-owner (README, \"Team setup\").");
        else if (r.schemaVersion > r.supportedVersion)
            schema = tr("Its schema version %1 is newer than this application supports (%2).").arg(r.schemaVersion).arg(r.supportedVersion);
        else if (r.schemaVersion < r.supportedVersion)
            schema = tr("Schema version %1; this version of Orion needs %2: the workspace's owner upgrades it with orion migrate --as-owner.")
                         .arg(r.schemaVersion)
                         .arg(r.supportedVersion);
        else
            schema = tr("Schema version %1 (current).").arg(r.schemaVersion);
        showTestResult(r.schemaVersion == r.supportedVersion, tr("Connected to %1. %2").arg(r.serverVersion, schema));
    });
    m_test->setEnabled(false);
    m_cancelTest->show();
    StatusColors::markError(m_testResult, false);
    m_testResult->setText(tr("Connecting to %1…").arg(config.displayName()));
    const QString pw = password();
    m_watcher->setFuture(QtConcurrent::run([config, pw, generation] { return ProbeOutcome{generation, WorkspaceService::probe(config, pw)}; }));
}

void SettingsPage::cancelTest()
{
    ++m_testGeneration; // the running probe's result will be ignored
    m_test->setEnabled(true);
    m_cancelTest->hide();
    showTestResult(false, tr("Connection test cancelled."));
}

void SettingsPage::showTestResult(bool ok, const QString &text)
{
    m_testResult->setText(text);
    StatusColors::markOutcome(m_testResult, ok);
    Q_EMIT testFinished(ok);
}

} // namespace Orion

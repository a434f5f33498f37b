#pragma once

#include "mapping/llmmapper.h"
#include "workspace/databaseconfig.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
template<typename T> class QFutureWatcher;

namespace Orion {

struct ProbeOutcome;

// Workspace database (embedded SQLite or PostgreSQL) and language.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    void setDatabaseConfig(const DatabaseConfig &config);
    DatabaseConfig databaseConfig() const;
    QString password() const;
    void setPasswordSaved(bool saved);

    void setLanguage(const QString &code);
    QString language() const;

    // The outcome of the last "Test connection", as shown to the user.
    QString testResultText() const;
    bool isTesting() const;

    void testConnection();
    void cancelTest();

    // The mapping assistant's LLM. The key field is write-only: hasKey says one is saved.
    void setLlmSettings(const LlmSettings &settings, bool hasKey);
    void setDefaultPhoneRegion(const QString &region);
    QString defaultPhoneRegion() const;
    LlmSettings llmSettings() const; // without the key
    QString llmKey() const;          // what was typed (empty: keep the saved one)
    void applyLlm();

Q_SIGNALS:
    void applyRequested(const Orion::DatabaseConfig &config, const QString &password);
    void languageChanged(const QString &code);
    void testFinished(bool ok);
    void llmApplied(const Orion::LlmSettings &settings, const QString &newKey);

private:
    void updateEngine();
    void showTestResult(bool ok, const QString &text);
    void showLlmState(); // the key's placeholder and the assistant's note

    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QStackedWidget *m_engineStack;
    QLineEdit *m_sqlitePath;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_sslRootCert;
    QPushButton *m_test;
    QPushButton *m_cancelTest;
    QPushButton *m_apply;
    QLabel *m_testResult;
    QComboBox *m_language;
    QComboBox *m_llmProvider;
    QLineEdit *m_llmUrl;
    QLineEdit *m_llmModel;
    QLineEdit *m_llmKey;
    QSpinBox *m_llmRows;
    QCheckBox *m_llmMask;
    QLineEdit *m_region;
    QLabel *m_llmNote;
    QFutureWatcher<ProbeOutcome> *m_watcher = nullptr;
    quint64 m_testGeneration = 0;
    bool m_llmHasKey = false;
    bool m_llmConfigured = false;
    bool m_passwordSaved = false;
};

} // namespace Orion

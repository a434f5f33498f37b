#pragma once

#include "runtime/failure.h"
#include "services/connectiontester.h"
#include "sync/schedule.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace Orion {

class Connector;
class CredentialStore;

// Add or edit a connection. The form is built from the connector's settings schema; secrets are
// entered here but saved to the keychain by the caller, never with the connection. "Test Connection"
// runs one authenticated request on a worker thread and can be cancelled.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    // Edit mode when `connectionId` is non-zero (the connector cannot change then).
    ConnectionDialog(std::shared_ptr<CredentialStore> credentials, qint64 connectionId, const SecretOwner &owner, const QString &connectorId,
                     const QJsonObject &settings, QWidget *parent = nullptr);
    ~ConnectionDialog() override;
    // The secret store's own name: "system keychain", "secrets file …", "sealed secrets of the workspace …".
    QString secretsPlace() const;

    qint64 connectionId() const { return m_connectionId; }
    QString originalName() const { return m_owner.label; }
    // The connection's immutable id (for a new one, the id it will be saved with).
    QString connectionUid() const { return m_owner.scope.section(u'/', 1); }
    QString name() const;
    QString connectorId() const;
    QJsonObject settings() const;                   // what the user set (defaults stay implicit)
    QHash<QString, QString> enteredSecrets() const; // only the secret fields the user filled in
    // The schedule (text form as stored), and whether the workspace has workers (PostgreSQL).
    void setSchedule(const QString &scheduleText, bool runOnWorkers, bool workersAvailable);
    Schedule schedule() const;
    bool runOnWorkers() const;
    class ScheduleEditor *scheduleEditor() const { return m_schedule; }

    // For tests and automation.
    void setName(const QString &name);
    void setConnector(const QString &connectorId);
    void setField(const QString &key, const QString &value);
    QString statusText() const;
    bool isTesting() const { return m_tester->isRunning(); }
    void testConnection();
    // OAuth connectors: the browser sign-in (authorization code with PKCE); fills the refresh token.
    void authorizeInBrowser();
    bool canAuthorize() const;
    // Tests handle browserRequested themselves instead of opening a browser.
    void setOpensBrowser(bool on) { m_opensBrowser = on; }

    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);
    void browserRequested(const QUrl &url);
    void authorizationFinished(bool ok, const QString &message);

private:
    const Connector *connector() const;
    void rebuildForm(const QJsonObject &values);
    void updateVisibility();
    bool validate(QString *error) const;
    // The name and every setting checked as you type: the problem inline, Save disabled until fixed.
    void checkAsYouType();
    void setStatus(const QString &text, bool error);
    void onTestFinished(const ConnectionTester::Outcome &outcome);

    std::shared_ptr<CredentialStore> m_credentials;
    ConnectionTester *m_tester;
    qint64 m_connectionId;
    SecretOwner m_owner; // whose stored secrets a test or a sign-in uses
    QComboBox *m_connector;
    QLabel *m_description;
    QLineEdit *m_name;
    QWidget *m_formHost;
    class ScheduleEditor *m_schedule;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_fields;
    QLabel *m_status;
    QPushButton *m_testButton;
    QPushButton *m_authorizeButton;
    QPointer<class OAuthAuthorizer> m_authorizer;
    bool m_opensBrowser = true;
    QDialogButtonBox *m_buttons;
    bool m_inlineProblemShown = false;
};

} // namespace Orion

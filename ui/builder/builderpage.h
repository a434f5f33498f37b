#pragma once

#include "connectorwizard.h"

#include <QWizardPage>

class QJsonObject;
class QLabel;
class QLineEdit;

namespace Orion {

struct WizardState;

namespace BuilderDetail {

// The base class of the builder's pages: access to the wizard and its state; Back never resets input.
class BuilderPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    ConnectorWizard *wiz() const { return static_cast<ConnectorWizard *>(wizard()); }
    WizardState &state() const { return wiz()->state(); }
    void cleanupPage() override { } // keep what was typed when going Back
    virtual void fromState() = 0;   // show the state
    virtual void toState() = 0;     // store what is shown (no checks)
    bool fail(const QString &message);
    QLabel *m_message = nullptr;
};

// The message line at the bottom of a page (hidden while empty).
QLabel *messageLabel(QWidget *parent);
void setMessage(QLabel *label, const QString &text, bool error);
// A password field with a "show the value" toggle.
QLineEdit *secretEdit(QWidget *parent, const QString &accessibleName);
QString text(const QJsonObject &o, const char *key);
// Stores the trimmed value, or removes the key when it is blank.
void insertText(QJsonObject *o, const QString &key, const QString &value);

} // namespace BuilderDetail
} // namespace Orion

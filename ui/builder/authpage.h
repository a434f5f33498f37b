#pragma once

#include "builderpage.h"

class QComboBox;
class QLineEdit;
class QStackedWidget;

namespace Orion {

namespace BuilderDetail {

// 2. Authentication.
class AuthPage : public BuilderPage
{
    Q_OBJECT
public:
    AuthPage();
    QString type() const;
    void fromState() override;
    void toState() override;
    bool validatePage() override;

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
    QString m_secretName = QStringLiteral("token");
};

} // namespace BuilderDetail
} // namespace Orion

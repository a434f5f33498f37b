#pragma once

#include "builderpage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Orion {

namespace BuilderDetail {

// 1. Basics.
class BasicsPage : public BuilderPage
{
    Q_OBJECT
public:
    BasicsPage();
    void fromState() override;
    void toState() override;
    bool validatePage() override;

private:
    QLineEdit *m_display;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_category;
    QLineEdit *m_baseUrl;
    QLineEdit *m_region;
    bool m_nameEdited = false;
};

} // namespace BuilderDetail
} // namespace Orion

#include "basicspage.h"

#include "adapters/declarative/connectorspec.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {
namespace BuilderDetail {

BasicsPage::BasicsPage()
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
    const QList<std::pair<QString, QString>> categories{{u"custom"_s, tr("Other")},
                                                        {u"accounting"_s, tr("Accounting")},
                                                        {u"crm"_s, tr("CRM")},
                                                        {u"marketing"_s, tr("Marketing")},
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

void BasicsPage::fromState()
{
    const QJsonObject &s = state().spec;
    m_display->setText(text(s, "display_name"));
    m_name->setText(text(s, "name"));
    m_nameEdited = !m_name->text().isEmpty() && m_name->text() != ConnectorSpec::nameFromTitle(m_display->text());
    m_description->setPlainText(text(s, "description"));
    m_category->setCurrentIndex(std::max(0, m_category->findData(s.value("category"_L1).toString(u"custom"_s))));
    m_baseUrl->setText(text(s, "base_url"));
}

void BasicsPage::toState()
{
    QJsonObject &s = state().spec;
    insertText(&s, u"display_name"_s, m_display->text());
    insertText(&s, u"name"_s, m_name->text());
    insertText(&s, u"description"_s, m_description->toPlainText());
    s.insert(u"category"_s, m_category->currentData().toString());
    insertText(&s, u"base_url"_s, m_baseUrl->text());
}

bool BasicsPage::validatePage()
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

} // namespace BuilderDetail
} // namespace Orion

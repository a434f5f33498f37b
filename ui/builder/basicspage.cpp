#include "basicspage.h"

#include "adapters/declarative/connectorspec.h"
#include "wizardstate.h"

#include "services/workspacesettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {
namespace BuilderDetail {

namespace {
constexpr auto kRegionKey = "default_region"_L1;
}

BasicsPage::BasicsPage()
    : m_display(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_category(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_region(new QLineEdit(this))
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
    m_region->setMaxLength(2);
    m_region->setMaximumWidth(m_region->fontMetrics().horizontalAdvance(u"WWWW"_s) + 16);
    m_region->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,2}"_s), m_region));
    m_region->setToolTip(tr("ISO country code (US, DE, GB…) used by format_phone to read numbers written without a country code; "
                            "each connection can change it"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_display);
    form->addRow(tr("&Identifier:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("Default &phone region:"), m_region);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("The base URL must use https; plain http is accepted only for localhost and loopback addresses. Leave it "
                               "empty to take it from the API description you import on the Endpoints page."),
                            this);
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
    QString region = WorkspaceSettings::defaultPhoneRegion();
    for (const QJsonValue &v : s.value("settings"_L1).toArray())
        if (v.toObject().value("key"_L1).toString() == kRegionKey)
            region = v.toObject().value("default"_L1).toString();
    m_region->setText(region);
}

void BasicsPage::toState()
{
    QJsonObject &s = state().spec;
    insertText(&s, u"display_name"_s, m_display->text());
    insertText(&s, u"name"_s, m_name->text());
    insertText(&s, u"description"_s, m_description->toPlainText());
    s.insert(u"category"_s, m_category->currentData().toString());
    insertText(&s, u"base_url"_s, m_baseUrl->text());
    // The connections' default phone region: a setting of the spec, changeable per connection.
    QJsonArray settings = s.value("settings"_L1).toArray();
    for (qsizetype i = settings.size() - 1; i >= 0; --i)
        if (settings.at(i).toObject().value("key"_L1).toString() == kRegionKey)
            settings.removeAt(i);
    if (m_region->text().size() == 2)
        settings.append(QJsonObject{{u"key"_s, kRegionKey}, {u"label"_s, tr("Default phone region")}, {u"default"_s, m_region->text().toUpper()}});
    if (settings.isEmpty())
        s.remove(u"settings"_s);
    else
        s.insert(u"settings"_s, settings);
}

bool BasicsPage::validatePage()
{
    toState();
    static const QRegularExpression name(u"^[a-z0-9][a-z0-9-]{0,62}$"_s);
    if (m_display->text().trimmed().isEmpty())
        return fail(tr("Give the connector a name."));
    if (!name.match(m_name->text()).hasMatch())
        return fail(tr("The identifier may hold only lower-case letters, digits and dashes (at most 63), starting with a letter or digit."));
    if (!m_region->text().isEmpty() && m_region->text().size() != 2)
        return fail(tr("The phone region is a two-letter country code, such as US or DE."));
    // Empty: the API description imported on the Endpoints page names its server.
    const QString base = m_baseUrl->text().trimmed();
    if (const QString problem = base.isEmpty() ? QString() : ConnectorSpec::checkBaseUrl(base); !problem.isEmpty())
        return fail(tr("The base URL %1.").arg(problem));
    wiz()->editExisting(m_name->text()); // looks up an earlier version (for the version number and the diff)
    return true;
}

} // namespace BuilderDetail
} // namespace Orion

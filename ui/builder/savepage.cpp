#include "savepage.h"

#include "adapters/declarative/connectordocs.h"
#include "adapters/declarative/connectorspec.h"
#include "services/customconnectorservice.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {
namespace BuilderDetail {

SavePage::SavePage()
    : m_summary(new QLabel(this))
    , m_deploy(new QCheckBox(tr("&Deploy: connections can use it at once"), this))
    , m_publish(new QCheckBox(tr("&Publish to the marketplace (listed once an admin approves)"), this))
    , m_pricing(new QComboBox(this))
    , m_progress(new QProgressBar(this))
{
    setTitle(tr("Save"));
    setSubTitle(tr("Saves this version in the workspace and the secrets in the keychain."));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_deploy->setChecked(true);
    m_pricing->addItem(tr("Free"), u"free"_s);
    m_pricing->addItem(tr("Freemium"), u"freemium"_s);
    m_pricing->addItem(tr("Paid"), u"paid"_s);
    m_pricing->setEnabled(false);
    m_pricing->setAccessibleName(tr("Pricing"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto *pricing = new QHBoxLayout;
    pricing->addSpacing(24);
    pricing->addWidget(new QLabel(tr("Pricing:"), this));
    pricing->addWidget(m_pricing);
    pricing->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_deploy);
    layout->addWidget(m_publish);
    layout->addLayout(pricing);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_message = messageLabel(this));
    connect(m_publish, &QCheckBox::toggled, m_pricing, &QWidget::setEnabled);
}

QCheckBox *SavePage::deploy() const
{
    return m_deploy;
}

QCheckBox *SavePage::publish() const
{
    return m_publish;
}

void SavePage::initializePage()
{
    fromState();
}

void SavePage::fromState()
{
    const auto &st = state();
    int records = 0;
    for (const auto &r : st.reports)
        records += int(r.records.size());
    m_summary->setText(tr("%1 (custom:%2), version %3: %4, %5.")
                           .arg(text(st.spec, "display_name"), text(st.spec, "name"), QString::number(st.spec.value("version"_L1).toInt()),
                                tr("%n stream(s)", nullptr, int(st.streams().size())), tr("tested with %n record(s)", nullptr, records)));
}

bool SavePage::validatePage()
{
    if (m_done)
        return true;
    if (!m_saving)
        save();
    return false;
}

void SavePage::save()
{
    ConnectorSpec spec;
    QStringList errors;
    if (!ConnectorSpec::fromJson(state().spec, &spec, &errors)) {
        fail(errors.join(u'\n'));
        return;
    }
    int records = 0;
    bool passed = true;
    for (const QJsonObject &s : spec.streams()) {
        records += int(state().reports.value(text(s, "name")).records.size());
        passed = passed && state().reports.value(text(s, "name")).error.isEmpty();
    }
    CustomConnectorStore::Artifacts artifacts;
    artifacts.readme = ConnectorDocs::readme(spec);
    artifacts.fixture = state().fixture();
    artifacts.sandboxStatus = passed ? u"passed"_s : u"failed"_s;
    const QJsonObject evidence{{u"fixture_run_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {u"result"_s, passed ? u"passed"_s : u"failed"_s},
                               {u"records"_s, records}};
    CustomConnectorService::SaveRequest request;
    request.spec = spec;
    request.artifacts = artifacts;
    request.evidence = evidence;
    request.deploy = m_deploy->isChecked();
    request.publish = m_publish->isChecked();
    request.pricing = m_pricing->currentData().toString();
    request.secrets = state().secrets;
    m_saving = true;
    m_progress->show();
    wiz()->button(QWizard::FinishButton)->setEnabled(false);
    wiz()->showPageError({});
    wiz()->connectors()->save(request);
}

void SavePage::finished(const CustomConnectorService::SaveResult &result)
{
    if (!m_saving)
        return;
    m_saving = false;
    m_progress->hide();
    ConnectorWizard *wizard = wiz();
    wizard->button(QWizard::FinishButton)->setEnabled(true);
    Q_EMIT wizard->saved(result.connectorId, result.version, result.deployed && result.error.isEmpty(), result.published, result.error);
    if (!result.error.isEmpty()) {
        wizard->showPageError(result.error);
        return;
    }
    m_done = true;
    wizard->accept();
}

} // namespace BuilderDetail
} // namespace Orion

#include "reviewpage.h"

#include "adapters/declarative/connectordocs.h"
#include "adapters/declarative/connectorspec.h"
#include "common/codeview.h"
#include "wizardstate.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {
namespace BuilderDetail {

ReviewPage::ReviewPage()
    : m_version(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_spec(new CodeView(u"JSON"_s, this))
    , m_readme(new CodeView(u"Markdown"_s, this))
    , m_fixture(new CodeView(u"JSON"_s, this))
    , m_diff(new CodeView(u"Diff"_s, this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("What will be saved: the declarative spec, the connector's README and its recorded test fixture (secrets redacted)."));
    m_spec->setAccessibleName(tr("Spec JSON"));
    m_readme->setAccessibleName(tr("README"));
    m_fixture->setAccessibleName(tr("Recorded fixture"));
    m_diff->setAccessibleName(tr("Changes against the previous version"));
    m_tabs->addTab(m_spec, tr("Spec"));
    m_tabs->addTab(m_readme, u"README.md"_s);
    m_tabs->addTab(m_fixture, tr("Fixture"));
    m_tabs->addTab(m_diff, tr("Changes"));
    m_version->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_version);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message = messageLabel(this));
}

QTabWidget *ReviewPage::tabs() const
{
    return m_tabs;
}

CodeView *ReviewPage::view(int tab) const
{
    return static_cast<CodeView *>(m_tabs->widget(tab));
}

void ReviewPage::initializePage()
{
    fromState();
}

void ReviewPage::fromState()
{
    auto &st = state();
    const auto &previous = st.previous;
    QJsonObject spec = st.spec;
    spec.remove(u"version"_s);
    int version = 1;
    QString diff;
    if (previous) {
        QJsonObject before = previous->spec.json();
        const int previousVersion = previous->spec.version();
        before.remove(u"version"_s);
        version = before == spec ? previousVersion : previousVersion + 1;
        spec.insert(u"version"_s, version);
        diff = ConnectorDocs::unifiedDiff(ConnectorDocs::specText(previous->spec.json()), ConnectorDocs::specText(spec),
                                          u"%1 v%2"_s.arg(previous->spec.name()).arg(previousVersion),
                                          u"%1 v%2"_s.arg(previous->spec.name()).arg(version));
        m_version->setText(version == previousVersion
                               ? tr("Version %1, unchanged from the saved version.").arg(version)
                               : tr("Version %1 (the saved version is %2; the Changes tab shows the difference).").arg(version).arg(previousVersion));
    } else {
        spec.insert(u"version"_s, version);
        m_version->setText(tr("A new connector: version 1."));
    }
    st.spec = spec;
    ConnectorSpec parsed;
    QStringList errors;
    const bool valid = ConnectorSpec::fromJson(spec, &parsed, &errors);
    m_spec->setPlainText(ConnectorDocs::specText(spec));
    m_readme->setPlainText(valid ? ConnectorDocs::readme(parsed) : QString());
    m_fixture->setPlainText(ConnectorDocs::specText(st.fixture()));
    m_diff->setPlainText(previous ? (diff.isEmpty() ? tr("No changes.") : diff) : tr("No earlier version: nothing to compare."));
    setMessage(m_message, valid ? QString() : tr("The spec is not valid:\n%1").arg(errors.join(u'\n')), true);
}

bool ReviewPage::validatePage()
{
    ConnectorSpec parsed;
    QStringList errors;
    if (!ConnectorSpec::fromJson(state().spec, &parsed, &errors))
        return fail(tr("The spec is not valid:\n%1").arg(errors.join(u'\n')));
    m_readmeText = ConnectorDocs::readme(parsed);
    return true;
}

QString ReviewPage::readme() const
{
    return m_readmeText;
}

} // namespace BuilderDetail
} // namespace Orion

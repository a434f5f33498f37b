#include "connectorwizard.h"

#include "adapters/declarative/specimporter.h"
#include "authpage.h"
#include "basicspage.h"
#include "common/deliver.h"
#include "connectordrafts.h"
#include "endpointspage.h"
#include "mappingpage.h"
#include "paginationpage.h"
#include "reviewpage.h"
#include "savepage.h"
#include "services/customconnectorservice.h"
#include "testpage.h"
#include "wizardstate.h"

#include <QCloseEvent>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {

using namespace BuilderDetail;

ConnectorWizard::ConnectorWizard(WorkspaceService *workspace, std::shared_ptr<CredentialStore> credentials, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_credentials(credentials)
    , m_connectors(new CustomConnectorService(workspace, std::move(credentials), this))
    , m_state(std::make_unique<WizardState>())
{
    setWindowTitle(tr("New Custom Connector"));
    setObjectName(u"connectorWizard"_s);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("&Save"));
    setPage(BasicsPage, new BuilderDetail::BasicsPage);
    setPage(AuthPage, new BuilderDetail::AuthPage);
    setPage(EndpointsPage, new BuilderDetail::EndpointsPage);
    setPage(PaginationPage, new BuilderDetail::PaginationPage);
    setPage(TestPage, new BuilderDetail::TestPage);
    setPage(MappingPage, new BuilderDetail::MappingPage);
    setPage(ReviewPage, new BuilderDetail::ReviewPage);
    auto *save = new BuilderDetail::SavePage;
    setPage(SavePage, save);
    connect(m_connectors, &CustomConnectorService::saveFinished, save, &BuilderDetail::SavePage::finished);
    connect(m_connectors, &CustomConnectorService::latestAvailable, this,
            [this](const QString &, const std::optional<CustomConnectorStore::Stored> &stored, const QString &) {
                m_state->previous = stored;
                if (stored && std::exchange(m_adoptLatest, false)) {
                    // Editing: every page starts from the saved version.
                    setWindowTitle(tr("Edit Custom Connector"));
                    m_state->spec = stored->spec.json();
                    reloadPages();
                }
                Q_EMIT previousLoaded(stored ? stored->spec.version() : 0);
            });
    resize(920, 680);
    reloadPages();
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id < 0 || m_loading)
            return;
        showPageError({});
        m_state->page = id;
        saveDraft();
    });
    connect(this, &ConnectorWizard::imported, this, [this](const QStringList &notes, const QString &error) {
        static_cast<BuilderDetail::EndpointsPage *>(page(EndpointsPage))->setNotes(notes, error);
        if (!error.isEmpty())
            showPageError(error);
    });
}

ConnectorWizard::~ConnectorWizard() = default;

void ConnectorWizard::setLlmSettings(const LlmSettings &settings)
{
    m_llm = settings;
}

void ConnectorWizard::showPageError(const QString &text)
{
    m_lastError = text;
    if (auto *p = dynamic_cast<BuilderDetail::BuilderPage *>(currentPage()); p && p->m_message)
        setMessage(p->m_message, text, true);
}

void ConnectorWizard::reloadPages()
{
    for (int id : pageIds())
        static_cast<BuilderDetail::BuilderPage *>(page(id))->fromState();
}

QJsonObject ConnectorWizard::specJson() const
{
    if (auto *p = dynamic_cast<BuilderDetail::BuilderPage *>(currentPage()))
        p->toState();
    return m_state->spec;
}

void ConnectorWizard::importDefinition(ImportKind kind, const QByteArray &definition)
{
    QPointer<ConnectorWizard> self = this;
    (void)QtConcurrent::run([self, kind, bytes = definition] {
        SpecImporter::Result result;
        QString error;
        switch (kind) {
        case ImportKind::OpenApi: SpecImporter::fromOpenApi(bytes, &result, &error); break;
        case ImportKind::Postman: SpecImporter::fromPostman(bytes, &result, &error); break;
        case ImportKind::Har: SpecImporter::fromHar(bytes, &result, &error); break;
        case ImportKind::Curl: SpecImporter::fromCurl(QString::fromUtf8(bytes), &result, &error); break;
        }
        deliver(self, [result, error](ConnectorWizard *w) {
            if (!error.isEmpty()) {
                Q_EMIT w->imported({}, error);
                return;
            }
            // What the pages already hold wins; the import fills what is empty and adds its streams.
            if (auto *p = dynamic_cast<BuilderDetail::BuilderPage *>(w->currentPage()))
                p->toState();
            w->m_state->adoptImport(result.spec, result.evidence);
            w->reloadPages();
            Q_EMIT w->imported(result.notes, {});
        });
    });
}

void ConnectorWizard::editExisting(const QString &name)
{
    m_adoptLatest = currentId() < 0 || (currentId() == BasicsPage && m_state->baseUrl().isEmpty());
    m_connectors->loadLatest(name);
}

QString ConnectorWizard::draftsDirectory()
{
    return ConnectorDrafts::directory();
}

QStringList ConnectorWizard::drafts()
{
    return ConnectorDrafts::list();
}

bool ConnectorWizard::saveDraft(QString *error)
{
    if (auto *p = dynamic_cast<BuilderDetail::BuilderPage *>(currentPage()))
        p->toState();
    if (error)
        error->clear();
    if (m_state->isEmpty())
        return true; // nothing typed yet
    if (m_draftPath.isEmpty())
        m_draftPath = ConnectorDrafts::newPath();
    ConnectorDrafts::write(m_draftPath, ConnectorDrafts::toBytes(*m_state));
    return true;
}

bool ConnectorWizard::loadDraft(const QString &path, QString *error)
{
    auto state = std::make_unique<WizardState>();
    if (!ConnectorDrafts::read(path, state.get(), error))
        return false;
    state->page = std::min(state->page, int(ReviewPage));
    const int target = state->page;
    m_loading = true; // the page changes below are not edits: no draft is written from them
    restart();
    m_state = std::move(state);
    m_draftPath = path;
    reloadPages();
    // Walk forward to where the draft was left, stopping at the first page that needs input (secrets
    // are not in drafts; a test read must be run again).
    while (currentId() < target) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
    m_loading = false;
    m_state->page = currentId();
    return true;
}

bool ConnectorWizard::askToClose()
{
    if (m_closeConfirmed || (m_draftPath.isEmpty() && currentId() == BasicsPage))
        return true; // nothing entered yet
    auto *ask
        = new QMessageBox(QMessageBox::Question, tr("Close the Connector Builder?"),
                          tr("What you entered is kept as a draft: File ▸ New Custom Connector… offers to resume it."), QMessageBox::NoButton, this);
    ask->setObjectName(u"closeBuilderQuestion"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *close = ask->addButton(tr("&Close Builder"), QMessageBox::AcceptRole);
    QPushButton *stay = ask->addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    ask->setDefaultButton(stay);
    ask->setEscapeButton(stay);
    connect(ask, &QMessageBox::buttonClicked, this, [this, close](QAbstractButton *button) {
        if (button != close)
            return;
        m_closeConfirmed = true;
        reject();
    });
    ask->open();
    return false;
}

void ConnectorWizard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        if (askToClose())
            reject();
        return;
    }
    QWizard::keyPressEvent(event);
}

void ConnectorWizard::closeEvent(QCloseEvent *event)
{
    if (!askToClose()) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

void ConnectorWizard::done(int result)
{
    if (result == QDialog::Rejected) {
        saveDraft();
        QWizard::done(result);
        return;
    }
    const QString draft = m_draftPath;
    QWizard::done(result);
    if (this->result() == QDialog::Accepted && !draft.isEmpty()) { // closed: the validation passed
        static_cast<void>(QFile::remove(draft));
        m_draftPath.clear();
    }
}

} // namespace Orion

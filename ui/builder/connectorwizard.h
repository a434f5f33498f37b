#pragma once

#include "mapping/llmmapper.h"

#include <QWizard>

#include <memory>

namespace Orion {

class CredentialStore;
class CustomConnectorService;
class WorkspaceService;
struct WizardState;

// The connector builder: eight pages from an API's description to a deployed custom connector —
// basics, authentication, endpoints (by hand or imported from OpenAPI, Postman, HAR or cURL),
// record selection and pagination (detected from a live answer), a live test read, field mapping
// (the mapping engine's suggestions in the Mappings page's review table), a review of the spec,
// README and recorded fixture (with the diff against the previous version), and save/deploy/publish.
// Every page checks its input before Next; Back keeps everything; a draft (never with secrets) is
// written whenever the page changes and when the wizard is closed, and can be resumed. Network,
// matching and database work run off the GUI thread and can be cancelled.
class ConnectorWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { BasicsPage, AuthPage, EndpointsPage, PaginationPage, TestPage, MappingPage, ReviewPage, SavePage };
    enum class ImportKind { OpenApi, Postman, Har, Curl };

    ConnectorWizard(WorkspaceService *workspace, std::shared_ptr<CredentialStore> credentials, QWidget *parent = nullptr);
    ~ConnectorWizard() override;

    void setLlmSettings(const LlmSettings &settings);

    // Drafts: <app data>/connector-drafts/*.json, newest first. loadDraft restores every page and
    // opens the page the draft was left on.
    static QString draftsDirectory();
    static QStringList drafts();
    bool loadDraft(const QString &path, QString *error);
    QString draftPath() const { return m_draftPath; }
    bool saveDraft(QString *error = nullptr);

    // Starts from the newest saved version of a custom connector (a new version on save).
    void editExisting(const QString &name);

    // Prefills endpoints (and an empty base URL, name or authentication) from a definition; runs
    // off the GUI thread, then imported() with the notes or the error.
    void importDefinition(ImportKind kind, const QByteArray &data);

    // The spec as the pages describe it now (the version is set on the review page).
    QJsonObject specJson() const;
    QString lastError() const { return m_lastError; } // the current page's message, for tests

    WizardState &state() const { return *m_state; }
    WorkspaceService *workspace() const { return m_workspace; }
    CustomConnectorService *connectors() const { return m_connectors; }
    std::shared_ptr<CredentialStore> credentials() const { return m_credentials; }
    const LlmSettings &llmSettings() const { return m_llm; }
    void showPageError(const QString &text); // on the current page; empty clears
    void reloadPages();                      // every page from the state (after an import or a draft)

Q_SIGNALS:
    void imported(const QStringList &notes, const QString &error);
    void detected(const QStringList &notes, const QString &error);
    void testReadFinished(const QString &error);
    void mappingsSuggested(const QString &stream, const QString &error);
    void previousLoaded(int version); // 0: no earlier version
    void saved(const QString &connectorId, int version, bool deployed, bool published, const QString &error);

protected:
    void done(int result) override;
    // Escape and the window's close button ask first once something was entered (the work is kept
    // as a draft either way); the Cancel button closes at once.
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    bool askToClose(); // true: close now; false: a question is open (it closes the wizard if confirmed)
    bool m_closeConfirmed = false;
    WorkspaceService *m_workspace;
    std::shared_ptr<CredentialStore> m_credentials;
    CustomConnectorService *m_connectors;
    LlmSettings m_llm;
    std::unique_ptr<WizardState> m_state;
    QString m_draftPath;
    QString m_lastError;
    bool m_loading = false;
    bool m_adoptLatest = false; // editExisting: the pages start from the version it loads
};

} // namespace Orion

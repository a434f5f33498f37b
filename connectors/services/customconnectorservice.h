#pragma once

#include "store/customconnectorstore.h"
#include "store/marketplacestore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace Orion {

class CredentialStore;
class Workspace;
class WorkspaceService;

// Custom connectors for the builder and the Marketplace page: saving a version (its secrets first,
// then the spec, then the marketplace listing), loading the newest saved version, the deployed
// names, and the marketplace's listings and their actions. Each call returns at once and runs on the
// workspace thread; answers are signals carrying values. The rules are static functions on an open
// workspace, tested without widgets.
class CustomConnectorService : public QObject
{
    Q_OBJECT
public:
    struct SaveRequest
    {
        ConnectorSpec spec;
        CustomConnectorStore::Artifacts artifacts;
        QJsonObject evidence; // the test read's result, for the listing
        bool deploy = true;
        bool publish = false;
        QString pricing = QStringLiteral("free");
        QHash<QString, QString> secrets; // typed into the builder, key → value (memory only)
    };
    struct SaveResult
    {
        QString connectorId; // custom:NAME
        int version = 0;
        bool saved = false;
        bool deployed = false;
        bool published = false;
        QString error; // empty on success
    };
    struct Listings
    {
        int request = 0;
        QList<MarketplaceStore::Entry> entries;
        QString error;
    };
    enum class ListingAction { Install, Uninstall, Rate, Approve, Reject, Publish };
    struct Catalog
    {
        QList<CustomConnectorStore::CatalogEntry> entries;
        QString error;
    };
    // The Custom Connectors view's actions on one connector.
    enum class CatalogAction {
        Deploy, // make `version` the one connections run (roll back or forward)
        Export, // write `version`'s spec to the file `path`
        Import, // store the spec file `path` as the next version of its name (not deployed)
    };
    struct CatalogChange
    {
        CatalogAction action = CatalogAction::Deploy;
        QString name;
        int version = 0;
        QString path;
        QString error; // empty on success
    };

    CustomConnectorService(WorkspaceService *workspace, std::shared_ptr<CredentialStore> credentials, QObject *parent = nullptr);

    void save(const SaveRequest &request);                                  // → saveFinished
    void loadLatest(const QString &name);                                   // → latestAvailable
    void loadDeployedNames();                                               // → deployedNamesAvailable
    void listListings(int request, const MarketplaceStore::Filter &filter); // → listingsAvailable
    // → listingChanged. Rate: `value` is the stars; Publish: `name` is the custom connector's name and
    // `value` its pricing.
    void changeListing(ListingAction action, const QString &connectorId, const QString &value = {});
    // → catalogAvailable. Also makes every deployed custom connector of this user known to the
    // process's registry (Add Connection, Edit…, Sync Now), replacing those of an earlier workspace.
    void loadCatalog();
    // → catalogChanged
    void changeCatalog(CatalogAction action, const QString &name, int version, const QString &path = {});

    // The rules, on the calling thread with an open workspace (nullptr: none open).
    // Secrets first (a deployed connector must find them), then the spec, then the listing; a
    // failed step leaves the later ones undone and says which step failed.
    static SaveResult saveOn(Workspace *workspace, CredentialStore &credentials, const SaveRequest &request);
    // Publishes the newest saved version with, as evidence, its stored fixture replayed offline now.
    static bool publishOn(Workspace *workspace, const QString &name, const QString &pricing, QString *error);
    static bool changeListingOn(Workspace *workspace, ListingAction action, const QString &connectorId, const QString &value, QString *error);
    static Catalog catalogOn(Workspace *workspace);
    // Import: `change.name` and `change.version` are set to what was stored.
    static bool changeCatalogOn(Workspace *workspace, CatalogChange *change);
    // Spec files larger than this are refused before they are parsed.
    static constexpr qint64 kMaxSpecFileBytes = 4 * 1024 * 1024;

Q_SIGNALS:
    void saveFinished(const Orion::CustomConnectorService::SaveResult &result);
    void latestAvailable(const QString &name, const std::optional<Orion::CustomConnectorStore::Stored> &stored, const QString &error);
    void deployedNamesAvailable(const QStringList &names, const QString &error);
    void listingsAvailable(const Orion::CustomConnectorService::Listings &listings);
    void listingChanged(const QString &connectorId, const QString &error);
    void catalogAvailable(const Orion::CustomConnectorService::Catalog &catalog);
    void catalogChanged(const Orion::CustomConnectorService::CatalogChange &change);

private:
    template<typename Work, typename Answer> void onWorkspace(Work work, Answer answer);

    QPointer<WorkspaceService> m_workspace;
    std::shared_ptr<CredentialStore> m_credentials;
};

} // namespace Orion

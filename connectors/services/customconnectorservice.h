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

    CustomConnectorService(WorkspaceService *workspace, std::shared_ptr<CredentialStore> credentials, QObject *parent = nullptr);

    void save(const SaveRequest &request);                                  // → saveFinished
    void loadLatest(const QString &name);                                   // → latestAvailable
    void loadDeployedNames();                                               // → deployedNamesAvailable
    void listListings(int request, const MarketplaceStore::Filter &filter); // → listingsAvailable
    // → listingChanged. Rate: `value` is the stars; Publish: `name` is the custom connector's name and
    // `value` its pricing.
    void changeListing(ListingAction action, const QString &connectorId, const QString &value = {});

    // The rules, on the calling thread with an open workspace (nullptr: none open).
    // Secrets first (a deployed connector must find them), then the spec, then the listing; a
    // failed step leaves the later ones undone and says which step failed.
    static SaveResult saveOn(Workspace *workspace, CredentialStore &credentials, const SaveRequest &request);
    // Publishes the newest saved version with, as evidence, its stored fixture replayed offline now.
    static bool publishOn(Workspace *workspace, const QString &name, const QString &pricing, QString *error);
    static bool changeListingOn(Workspace *workspace, ListingAction action, const QString &connectorId, const QString &value, QString *error);

Q_SIGNALS:
    void saveFinished(const Orion::CustomConnectorService::SaveResult &result);
    void latestAvailable(const QString &name, const std::optional<Orion::CustomConnectorStore::Stored> &stored, const QString &error);
    void deployedNamesAvailable(const QStringList &names, const QString &error);
    void listingsAvailable(const Orion::CustomConnectorService::Listings &listings);
    void listingChanged(const QString &connectorId, const QString &error);

private:
    template<typename Work, typename Answer> void onWorkspace(Work work, Answer answer);

    QPointer<WorkspaceService> m_workspace;
    std::shared_ptr<CredentialStore> m_credentials;
};

} // namespace Orion

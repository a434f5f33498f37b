#pragma once

#include "adapters/declarative/connectorspec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace Orion {

class Connector;
class Workspace;

// Custom connector specs in the workspace (custom_connectors): every saved version, the deployed
// one (what connections with connector "custom:NAME" run), and loading deployed specs into the
// connector registry. Use on the thread that owns the Workspace.
class CustomConnectorStore
{
    Q_DECLARE_TR_FUNCTIONS(Orion::CustomConnectorStore)
public:
    explicit CustomConnectorStore(Workspace &workspace);

    struct Version
    {
        QString name;
        int version = 0;
        bool deployed = false;
        QString sandboxStatus;
        QDateTime updatedAt;
    };

    // What the builder produced beside the spec: its README.md and the recorded test fixture
    // (a cassette, secrets redacted) with the result of the test read it came from.
    struct Artifacts
    {
        QString readme;
        QJsonObject fixture;
        QString sandboxStatus; // untested, passed or failed; empty keeps the stored one
    };
    struct Stored
    {
        ConnectorSpec spec;
        Artifacts artifacts;
        bool deployed = false;
    };

    // Saves the spec as its version (replacing an undeployed copy of the same version) and, with
    // deploy, makes it the version connections run.
    bool save(const ConnectorSpec &spec, bool deploy, QString *error, const Artifacts *artifacts = nullptr);
    // The same inside the caller's transaction; after its commit, activate() a deployed spec.
    bool saveInTransaction(const ConnectorSpec &spec, bool deploy, QString *error, const Artifacts *artifacts = nullptr);
    // The newest saved version of NAME (deployed or not), for editing; nullopt when there is none.
    std::optional<Stored> latest(const QString &name, QString *error) const;
    static void activate(const ConnectorSpec &spec);
    // The deployed version of `owner`'s connector NAME (names are unique per owner only).
    std::optional<ConnectorSpec> deployed(const QString &name, const QString &owner, QString *error) const;
    QList<Version> versions(QString *error) const;

    // One custom connector of this workspace's user, as the Custom Connectors view lists it.
    struct CatalogEntry
    {
        QString name;
        QString displayName;     // of the newest version
        QList<Version> versions; // oldest first
        int deployedVersion = 0; // 0: no version deployed (a draft)
        QString listingStatus;   // the marketplace listing's: empty (not published), pending, approved, rejected
        QString listedVersion;   // the version the listing carries
        int connections = 0;     // this user's connections that run it

        int latestVersion() const { return versions.isEmpty() ? 0 : versions.constLast().version; }
        // draft (nothing deployed), deployed, or published (listed in the marketplace)
        QString state() const;
    };
    QList<CatalogEntry> catalog(QString *error) const;
    // Makes saved version `version` of NAME the one connections run (a roll back or forward); the
    // process's registry follows with the next CustomConnectorService::loadCatalog.
    bool deploy(const QString &name, int version, QString *error);
    // One saved version's spec (export, review); nullopt with an error when there is none.
    std::optional<ConnectorSpec> spec(const QString &name, int version, QString *error) const;
    // A spec file stored as the next version of its name (after the newest saved one; deployed only
    // with `deploy`). Returns the version it got, 0 on error.
    int import(const ConnectorSpec &spec, bool deploy, QString *error);

    // The connector for a connection of `owner`: a built-in one, or for "custom:NAME" the spec NAME
    // that `owner` deployed — never another member's of the same name, whatever this process ran
    // before (a worker serves every owner).
    static const Connector *resolve(Workspace &workspace, const QString &connectorId, const QString &owner, QString *error);

private:
    Workspace &m_workspace;
};

} // namespace Orion

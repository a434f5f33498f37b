#pragma once

#include "adapters/declarative/connectorspec.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Orion {

class Workspace;

// The connector marketplace: browse and search, install and uninstall (the install count follows
// through a trigger; installing a custom connector deploys its spec), publish a custom connector
// (pending until an admin approves; enforced by row-level security on PostgreSQL), approve or
// reject, and rate. Use on the thread that owns the Workspace.
class MarketplaceStore
{
    Q_DECLARE_TR_FUNCTIONS(Orion::MarketplaceStore)
public:
    explicit MarketplaceStore(Workspace &workspace);
    Workspace &workspace() const { return m_workspace; }

    struct Entry
    {
        qint64 id = 0;
        QString connectorId;
        QString name;
        QString description;
        QString publisher;
        QString category;
        QString pricing;
        QString version;
        QString status;
        double rating = -1; // -1: not rated
        int installCount = 0;
        bool installed = false;
        QJsonObject evidence; // {"fixture_run_at", "result", "records"}
        bool hasSpec = false;
        QJsonObject spec;       // a custom connector's declarative spec (empty for built-in connectors)
        QString pendingVersion; // a newer version its publisher submitted, waiting for an admin (the listed one stays)
    };
    struct Filter
    {
        QString search;   // name or description
        QString category; // empty: any
        QString pricing;  // empty: any
        bool includePending = false;
    };
    QList<Entry> list(const Filter &filter, QString *error) const;
    std::optional<Entry> find(const QString &connectorId, QString *error) const;

    bool install(const QString &connectorId, QString *error);
    bool uninstall(const QString &connectorId, QString *error);
    // A new listing (pending), or a newer version of one's own: beside an approved listing it waits
    // for an admin while the listed version stays installable; a listing not approved yet is
    // replaced. Another member's listing, or a version not newer than the one listed, is refused.
    bool publish(const ConnectorSpec &spec, const QString &category, const QString &pricing, const QJsonObject &evidence, QString *error);
    // approved / rejected (admins): of the waiting new version when there is one, else of the listing.
    bool setStatus(const QString &connectorId, const QString &status, QString *error);
    bool rate(const QString &connectorId, int stars, QString *error);

private:
    Workspace &m_workspace;
};

} // namespace Orion

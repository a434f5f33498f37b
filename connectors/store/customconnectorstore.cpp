#include "store/customconnectorstore.h"
#include "adapters/registry/connectorregistry.h"

#include "adapters/declarative/declarativeconnector.h"
#include "store/connectionstore.h"
#include "store/marketplacestore.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

CustomConnectorStore::CustomConnectorStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool CustomConnectorStore::save(const ConnectorSpec &spec, bool deploy, QString *error, const Artifacts *artifacts)
{
    QSqlDatabase db = m_workspace.database();
    if (!db.transaction()) {
        *error = tr("Cannot save the connector: %1").arg(db.lastError().text());
        return false;
    }
    if (!saveInTransaction(spec, deploy, error, artifacts)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = tr("Cannot save the connector: %1").arg(db.lastError().text());
        return false;
    }
    if (deploy)
        activate(spec);
    return true;
}

void CustomConnectorStore::activate(const ConnectorSpec &spec)
{
    ConnectorRegistry::registerCustom(std::make_shared<DeclarativeConnector>(spec));
}

bool CustomConnectorStore::saveInTransaction(const ConnectorSpec &spec, bool deploy, QString *error, const Artifacts *artifacts)
{
    QSqlDatabase db = m_workspace.database();
    QSqlQuery q(db);
    q.prepare(u"SELECT deployed FROM custom_connectors WHERE name = ? AND version = ?"_s);
    q.addBindValue(spec.name());
    q.addBindValue(spec.version());
    if (!q.exec()) {
        *error = tr("Cannot save the connector: %1").arg(q.lastError().text());
        return false;
    }
    const QString json = QString::fromUtf8(QJsonDocument(spec.json()).toJson(QJsonDocument::Compact));
    if (q.next()) {
        if (q.value(0).toBool() && !deploy) {
            // A deployed version is what connections run: a changed spec needs a new version number.
            QSqlQuery same(db);
            same.prepare(u"SELECT spec FROM custom_connectors WHERE name = ? AND version = ?"_s);
            same.addBindValue(spec.name());
            same.addBindValue(spec.version());
            if (same.exec() && same.next() && QJsonDocument::fromJson(same.value(0).toString().toUtf8()).object() != spec.json()) {
                *error
                    = tr("Version %1 of %2 is deployed; save the change as version %3.").arg(spec.version()).arg(spec.name()).arg(spec.version() + 1);
                return false;
            }
        }
        q.prepare(u"UPDATE custom_connectors SET spec = ?, updated_at = ? WHERE name = ? AND version = ?"_s);
        q.addBindValue(json);
        q.addBindValue(QDateTime::currentDateTimeUtc());
        q.addBindValue(spec.name());
        q.addBindValue(spec.version());
    } else {
        q.prepare(u"INSERT INTO custom_connectors (name, version, spec) VALUES (?, ?, ?)"_s);
        q.addBindValue(spec.name());
        q.addBindValue(spec.version());
        q.addBindValue(json);
    }
    if (!q.exec()) {
        *error = tr("Cannot save the connector: %1").arg(q.lastError().text());
        return false;
    }
    if (artifacts) {
        q.prepare(
            u"UPDATE custom_connectors SET readme = ?, fixture = ?, sandbox_status = COALESCE(NULLIF(?, ''), sandbox_status) WHERE name = ? AND version = ?"_s);
        q.addBindValue(artifacts->readme.isNull() ? u""_s : artifacts->readme);
        q.addBindValue(artifacts->fixture.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(QString::fromUtf8(QJsonDocument(artifacts->fixture).toJson(QJsonDocument::Compact))));
        q.addBindValue(artifacts->sandboxStatus.isNull() ? u""_s : artifacts->sandboxStatus);
        q.addBindValue(spec.name());
        q.addBindValue(spec.version());
        if (!q.exec()) {
            *error = tr("Cannot save the connector's README and fixture: %1").arg(q.lastError().text());
            return false;
        }
    }
    if (deploy) {
        q.prepare(u"UPDATE custom_connectors SET deployed = (version = ?) WHERE name = ?"_s);
        q.addBindValue(spec.version());
        q.addBindValue(spec.name());
        if (!q.exec()) {
            *error = tr("Cannot deploy the connector: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

std::optional<ConnectorSpec> CustomConnectorStore::deployed(const QString &name, const QString &owner, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT spec FROM custom_connectors WHERE name = ? AND owner = ? AND deployed = ? ORDER BY version DESC LIMIT 1"_s);
    q.addBindValue(name);
    q.addBindValue(owner);
    q.addBindValue(true);
    if (!q.exec()) {
        *error = tr("Cannot read the custom connectors: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    ConnectorSpec spec;
    QStringList errors;
    if (!ConnectorSpec::parse(q.value(0).toString().toUtf8(), &spec, &errors)) {
        *error = tr("The stored spec of %1 is not valid any more: %2").arg(name, errors.join(u"; "_s));
        return std::nullopt;
    }
    return spec;
}

std::optional<CustomConnectorStore::Stored> CustomConnectorStore::latest(const QString &name, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT spec, readme, fixture, sandbox_status, deployed FROM custom_connectors WHERE name = ? ORDER BY version DESC LIMIT 1"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        *error = tr("Cannot read the custom connectors: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Stored stored;
    QStringList errors;
    if (!ConnectorSpec::parse(q.value(0).toString().toUtf8(), &stored.spec, &errors)) {
        *error = tr("The stored spec of %1 is not valid any more: %2").arg(name, errors.join(u"; "_s));
        return std::nullopt;
    }
    stored.artifacts.readme = q.value(1).toString();
    stored.artifacts.fixture = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    stored.artifacts.sandboxStatus = q.value(3).toString();
    stored.deployed = q.value(4).toBool();
    return stored;
}

QList<CustomConnectorStore::Version> CustomConnectorStore::versions(QString *error) const
{
    QList<Version> out;
    QSqlQuery q(m_workspace.database());
    if (!q.exec(u"SELECT name, version, deployed, sandbox_status, updated_at FROM custom_connectors ORDER BY name, version"_s)) {
        *error = tr("Cannot read the custom connectors: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toBool(), q.value(3).toString(), ConnectionStore::toUtc(q.value(4))});
    return out;
}

QString CustomConnectorStore::CatalogEntry::state() const
{
    if (listingStatus == "pending"_L1 || listingStatus == "approved"_L1)
        return u"published"_s;
    return deployedVersion > 0 ? u"deployed"_s : u"draft"_s;
}

QList<CustomConnectorStore::CatalogEntry> CustomConnectorStore::catalog(QString *error) const
{
    QList<CatalogEntry> out;
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT name, version, deployed, sandbox_status, updated_at, spec FROM custom_connectors WHERE owner = ? ORDER BY name, version"_s);
    q.addBindValue(m_workspace.userName());
    if (!q.exec()) {
        *error = tr("Cannot read the custom connectors: %1").arg(q.lastError().text());
        return {};
    }
    QStringList newestSpecs; // per entry, the newest version's spec (its display name)
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (out.isEmpty() || out.constLast().name != name) {
            out.append({name, {}, {}, 0, {}, {}, 0});
            newestSpecs.append(QString());
        }
        CatalogEntry &e = out.last();
        e.versions.append({name, q.value(1).toInt(), q.value(2).toBool(), q.value(3).toString(), ConnectionStore::toUtc(q.value(4))});
        if (e.versions.constLast().deployed)
            e.deployedVersion = e.versions.constLast().version;
        newestSpecs.last() = q.value(5).toString();
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].displayName = QJsonDocument::fromJson(newestSpecs.at(i).toUtf8()).object().value("display_name"_L1).toString(out.at(i).name);
    QSqlQuery used(m_workspace.database());
    used.prepare(u"SELECT connector_id, count(*) FROM connections WHERE owner = ? AND connector_id LIKE 'custom:%' GROUP BY connector_id"_s);
    used.addBindValue(m_workspace.userName());
    if (!used.exec()) {
        *error = tr("Cannot read the connections: %1").arg(used.lastError().text());
        return {};
    }
    QHash<QString, int> counts;
    while (used.next())
        counts.insert(used.value(0).toString().mid(7), used.value(1).toInt());
    // This user's own listings only: another member's "custom:NAME" is not this connector.
    MarketplaceStore::Filter all;
    all.includePending = true;
    QString listingError;
    QHash<QString, MarketplaceStore::Entry> listings;
    for (const MarketplaceStore::Entry &listing : MarketplaceStore(m_workspace).list(all, &listingError))
        if (listing.publisher == m_workspace.userName())
            listings.insert(listing.connectorId, listing);
    if (!listingError.isEmpty()) {
        *error = listingError;
        return {};
    }
    for (CatalogEntry &e : out) {
        e.connections = counts.value(e.name);
        const auto listing = listings.constFind(u"custom:"_s + e.name);
        if (listing != listings.cend()) {
            e.listingStatus = listing->status;
            e.listedVersion = listing->version;
        }
    }
    return out;
}

bool CustomConnectorStore::deploy(const QString &name, int version, QString *error)
{
    if (!spec(name, version, error)) // only a saved, still valid version
        return false;
    QSqlDatabase db = m_workspace.database();
    QSqlQuery q(db);
    q.prepare(u"UPDATE custom_connectors SET deployed = (version = ?) WHERE name = ? AND owner = ?"_s);
    q.addBindValue(version);
    q.addBindValue(name);
    q.addBindValue(m_workspace.userName());
    if (!q.exec()) {
        *error = tr("Cannot deploy the connector: %1").arg(q.lastError().text());
        return false;
    }
    return true; // syncs resolve the deployed version from the workspace; the catalog reload updates the registry
}

std::optional<ConnectorSpec> CustomConnectorStore::spec(const QString &name, int version, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT spec FROM custom_connectors WHERE name = ? AND version = ? AND owner = ?"_s);
    q.addBindValue(name);
    q.addBindValue(version);
    q.addBindValue(m_workspace.userName());
    if (!q.exec()) {
        *error = tr("Cannot read the custom connectors: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("There is no version %1 of %2.").arg(version).arg(name);
        return std::nullopt;
    }
    ConnectorSpec parsed;
    QStringList errors;
    if (!ConnectorSpec::parse(q.value(0).toString().toUtf8(), &parsed, &errors)) {
        *error = tr("The stored spec of %1 is not valid any more: %2").arg(name, errors.join(u"; "_s));
        return std::nullopt;
    }
    return parsed;
}

int CustomConnectorStore::import(const ConnectorSpec &spec, bool deploy, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT COALESCE(MAX(version), 0) FROM custom_connectors WHERE name = ? AND owner = ?"_s);
    q.addBindValue(spec.name());
    q.addBindValue(m_workspace.userName());
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot read the custom connectors: %1").arg(q.lastError().text());
        return 0;
    }
    const int newest = q.value(0).toInt();
    QJsonObject json = spec.json();
    json.insert(u"version"_s, std::max(newest + 1, spec.version()));
    ConnectorSpec numbered;
    QStringList errors;
    if (!ConnectorSpec::parse(QJsonDocument(json).toJson(QJsonDocument::Compact), &numbered, &errors)) {
        *error = errors.join(u"; "_s);
        return 0;
    }
    Artifacts none;
    none.sandboxStatus = u"untested"_s;
    if (!save(numbered, deploy, error, &none))
        return 0;
    return numbered.version();
}

const Connector *CustomConnectorStore::resolve(Workspace &workspace, const QString &connectorId, const QString &owner, QString *error)
{
    if (const Connector *c = ConnectorRegistry::instance().builtIn(connectorId))
        return c;
    if (!connectorId.startsWith("custom:"_L1))
        return nullptr;
    const auto spec = CustomConnectorStore(workspace).deployed(connectorId.mid(7), owner, error);
    if (!spec)
        return nullptr;
    return ConnectorRegistry::ownedCustom(owner, connectorId, spec->version(), [&spec] { return std::make_shared<DeclarativeConnector>(*spec); });
}

} // namespace Orion

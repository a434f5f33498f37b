#include "store/customconnectorstore.h"
#include "adapters/registry/connectorregistry.h"

#include "adapters/declarative/declarativeconnector.h"
#include "store/connectionstore.h"
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

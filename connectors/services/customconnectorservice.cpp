#include "services/customconnectorservice.h"

#include "adapters/declarative/spectester.h"
#include "adapters/registry/connectorregistry.h"
#include "runtime/credentialstore.h"
#include "services/workspaceservice.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

// The texts keep the translation context of the wizard and the page they were first written for.

namespace Orion {

CustomConnectorService::CustomConnectorService(WorkspaceService *workspace, std::shared_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_credentials(std::move(credentials))
{
}

CustomConnectorService::SaveResult CustomConnectorService::saveOn(Workspace *workspace, CredentialStore &credentials, const SaveRequest &request)
{
    SaveResult r;
    r.connectorId = u"custom:"_s + request.spec.name();
    r.version = request.spec.version();
    if (!workspace) {
        r.error = QCoreApplication::translate("Orion::ConnectorWizard", "No workspace is open.");
        return r;
    }
    QString error;
    for (auto it = request.secrets.cbegin(); it != request.secrets.cend(); ++it)
        if (!credentials.setSecret(SecretOwner::spec(request.spec.name()), it.key(), it.value(), &error)) {
            r.error = QCoreApplication::translate("Orion::ConnectorWizard", "Cannot store the secret %1: %2").arg(it.key(), error);
            return r;
        }
    if (!CustomConnectorStore(*workspace).save(request.spec, request.deploy, &error, &request.artifacts)) {
        r.error = error;
        return r;
    }
    r.saved = true;
    r.deployed = request.deploy;
    if (request.publish) {
        r.published = MarketplaceStore(*workspace).publish(request.spec, request.spec.category(), request.pricing, request.evidence, &error);
        if (!r.published)
            r.error = QCoreApplication::translate("Orion::ConnectorWizard", "Saved, but not published: %1").arg(error);
    }
    return r;
}

bool CustomConnectorService::publishOn(Workspace *workspace, const QString &name, const QString &pricing, QString *error)
{
    if (!workspace) {
        *error = QCoreApplication::translate("Orion::MarketplacePage", "No workspace is open.");
        return false;
    }
    error->clear();
    const auto stored = CustomConnectorStore(*workspace).latest(name, error);
    if (!stored) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("Orion::MarketplacePage", "There is no custom connector %1.").arg(name);
        return false;
    }
    Cassette cassette;
    if (!Cassette::fromJson(stored->artifacts.fixture, &cassette, error)) {
        *error = QCoreApplication::translate("Orion::MarketplacePage", "%1 has no recorded fixture; test it in the builder first.").arg(name);
        return false;
    }
    return MarketplaceStore(*workspace).publish(stored->spec, stored->spec.category(), pricing, SpecTester::evidence(stored->spec, cassette), error);
}

bool CustomConnectorService::changeListingOn(Workspace *workspace, ListingAction action, const QString &connectorId, const QString &value,
                                             QString *error)
{
    if (!workspace) {
        *error = QCoreApplication::translate("Orion::MarketplacePage", "No workspace is open.");
        return false;
    }
    MarketplaceStore store(*workspace);
    switch (action) {
    case ListingAction::Install: return store.install(connectorId, error);
    case ListingAction::Uninstall: return store.uninstall(connectorId, error);
    case ListingAction::Rate: return store.rate(connectorId, value.toInt(), error);
    case ListingAction::Approve: return store.setStatus(connectorId, u"approved"_s, error);
    case ListingAction::Reject: return store.setStatus(connectorId, u"rejected"_s, error);
    case ListingAction::Publish:
        if (!connectorId.startsWith("custom:"_L1)) {
            *error = QCoreApplication::translate("Orion::MarketplacePage", "There is no custom connector %1.").arg(connectorId);
            return false;
        }
        return publishOn(workspace, connectorId.mid(7), value, error);
    }
    return false;
}

CustomConnectorService::Catalog CustomConnectorService::catalogOn(Workspace *workspace)
{
    Catalog c;
    if (!workspace) {
        ConnectorRegistry::replaceCustom({});
        c.error = QCoreApplication::translate("Orion::CustomConnectorsPage", "No workspace is open.");
        return c;
    }
    c.entries = CustomConnectorStore(*workspace).catalog(&c.error);
    QList<const Connector *> deployed;
    for (const auto &e : std::as_const(c.entries)) {
        if (e.deployedVersion == 0)
            continue;
        QString error;
        if (const Connector *connector = CustomConnectorStore::resolve(*workspace, u"custom:"_s + e.name, workspace->userName(), &error))
            deployed << connector;
        else if (c.error.isEmpty())
            c.error = error;
    }
    ConnectorRegistry::replaceCustom(deployed);
    return c;
}

bool CustomConnectorService::changeCatalogOn(Workspace *workspace, CatalogChange *change)
{
    if (!workspace) {
        change->error = QCoreApplication::translate("Orion::CustomConnectorsPage", "No workspace is open.");
        return false;
    }
    CustomConnectorStore store(*workspace);
    switch (change->action) {
    case CatalogAction::Deploy: return store.deploy(change->name, change->version, &change->error);
    case CatalogAction::Export: {
        const auto spec = store.spec(change->name, change->version, &change->error);
        if (!spec)
            return false;
        QSaveFile file(change->path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(spec->json()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
            change->error = QCoreApplication::translate("Orion::CustomConnectorsPage", "Cannot write %1: %2").arg(change->path, file.errorString());
            return false;
        }
        return true;
    }
    case CatalogAction::Import: {
        QFile file(change->path);
        if (!file.open(QIODevice::ReadOnly)) {
            change->error = QCoreApplication::translate("Orion::CustomConnectorsPage", "Cannot read %1: %2").arg(change->path, file.errorString());
            return false;
        }
        if (file.size() > kMaxSpecFileBytes) {
            change->error = QCoreApplication::translate("Orion::CustomConnectorsPage", "%1 is larger than a connector spec can be (%2 MB at most).")
                                .arg(change->path)
                                .arg(kMaxSpecFileBytes >> 20);
            return false;
        }
        ConnectorSpec spec;
        QStringList errors;
        if (!ConnectorSpec::parse(file.readAll(), &spec, &errors)) {
            QString problems = errors.mid(0, 3).join(u"; "_s);
            const int more = int(errors.size()) - 3;
            if (more > 0)
                problems += QCoreApplication::translate("Orion::CustomConnectorsPage", " and %n more", nullptr, more);
            change->error = QCoreApplication::translate("Orion::CustomConnectorsPage", "%1 is not a valid connector spec: %2")
                                .arg(QFileInfo(change->path).fileName(), problems);
            return false;
        }
        change->name = spec.name();
        change->version = store.import(spec, false, &change->error);
        return change->version > 0;
    }
    }
    return false;
}

template<typename Work, typename Answer> void CustomConnectorService::onWorkspace(Work work, Answer answer)
{
    if (!m_workspace)
        return;
    QPointer<CustomConnectorService> self = this;
    m_workspace->submit([self, work = std::move(work), answer = std::move(answer)](Workspace *workspace) mutable {
        auto value = work(workspace);
        QMetaObject::invokeMethod(qApp, [self, answer = std::move(answer), value = std::move(value)]() mutable {
            if (self)
                answer(self.data(), value);
        });
    });
}

void CustomConnectorService::save(const SaveRequest &request)
{
    auto credentials = m_credentials;
    onWorkspace([request, credentials](Workspace *workspace) { return saveOn(workspace, *credentials, request); },
                [](CustomConnectorService *self, const SaveResult &r) { Q_EMIT self->saveFinished(r); });
}

void CustomConnectorService::loadLatest(const QString &name)
{
    onWorkspace(
        [name](Workspace *workspace) {
            std::pair<std::optional<CustomConnectorStore::Stored>, QString> r;
            if (workspace)
                r.first = CustomConnectorStore(*workspace).latest(name, &r.second);
            else
                r.second = QCoreApplication::translate("Orion::ConnectorWizard", "No workspace is open.");
            return r;
        },
        [name](CustomConnectorService *self, const auto &r) { Q_EMIT self->latestAvailable(name, r.first, r.second); });
}

void CustomConnectorService::loadDeployedNames()
{
    onWorkspace(
        [](Workspace *workspace) {
            std::pair<QStringList, QString> r;
            if (!workspace) {
                r.second = QCoreApplication::translate("Orion::MarketplacePage", "No workspace is open.");
                return r;
            }
            for (const auto &v : CustomConnectorStore(*workspace).versions(&r.second))
                if (v.deployed && !r.first.contains(v.name))
                    r.first << v.name;
            return r;
        },
        [](CustomConnectorService *self, const auto &r) { Q_EMIT self->deployedNamesAvailable(r.first, r.second); });
}

void CustomConnectorService::listListings(int request, const MarketplaceStore::Filter &filter)
{
    onWorkspace(
        [request, filter](Workspace *workspace) {
            Listings l;
            l.request = request;
            if (workspace)
                l.entries = MarketplaceStore(*workspace).list(filter, &l.error);
            else
                l.error = QCoreApplication::translate("Orion::MarketplacePage", "No workspace is open.");
            return l;
        },
        [](CustomConnectorService *self, const Listings &l) { Q_EMIT self->listingsAvailable(l); });
}

void CustomConnectorService::changeListing(ListingAction action, const QString &connectorId, const QString &value)
{
    onWorkspace(
        [action, connectorId, value](Workspace *workspace) {
            QString error;
            changeListingOn(workspace, action, connectorId, value, &error);
            return error;
        },
        [connectorId](CustomConnectorService *self, const QString &error) { Q_EMIT self->listingChanged(connectorId, error); });
}

void CustomConnectorService::loadCatalog()
{
    onWorkspace([](Workspace *workspace) { return catalogOn(workspace); },
                [](CustomConnectorService *self, const Catalog &c) { Q_EMIT self->catalogAvailable(c); });
}

void CustomConnectorService::changeCatalog(CatalogAction action, const QString &name, int version, const QString &path)
{
    CatalogChange change{action, name, version, path, {}};
    onWorkspace(
        [change](Workspace *workspace) mutable {
            changeCatalogOn(workspace, &change);
            return change;
        },
        [](CustomConnectorService *self, const CatalogChange &c) { Q_EMIT self->catalogChanged(c); });
}

} // namespace Orion

#include "services/customconnectorservice.h"

#include "adapters/declarative/spectester.h"
#include "runtime/credentialstore.h"
#include "services/workspaceservice.h"
#include "store/workspace.h"

#include <QCoreApplication>

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

} // namespace Orion

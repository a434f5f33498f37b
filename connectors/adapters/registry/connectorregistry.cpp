#include "adapters/registry/connectorregistry.h"

#include "adapters/hubspot/hubspotconnector.h"
#include "adapters/quickbooks/quickbooksconnector.h"
#include "adapters/salesforce/salesforceconnector.h"
#include "adapters/slack/slackconnector.h"
#include "adapters/stripe/stripeconnector.h"

#include <QHash>
#include <QMutex>

namespace Orion {

ConnectorRegistry::ConnectorRegistry()
{
    m_connectors.append(std::make_shared<StripeConnector>());
    m_connectors.append(std::make_shared<HubSpotConnector>());
    m_connectors.append(std::make_shared<SalesforceConnector>());
    m_connectors.append(std::make_shared<QuickBooksConnector>());
    m_connectors.append(std::make_shared<SlackConnector>());
}

const ConnectorRegistry &ConnectorRegistry::instance()
{
    static const ConnectorRegistry registry;
    return registry;
}

namespace ConnectorRegistryDetail {

struct Custom
{
    QMutex mutex;
    QList<std::shared_ptr<const Connector>> all; // every version ever registered (kept alive)
    QHash<QString, const Connector *> latest;
    QHash<QString, const Connector *> owned; // owner \x1f id \x1f version → connector
};

Custom &custom()
{
    static Custom c;
    return c;
}

} // namespace ConnectorRegistryDetail

void ConnectorRegistry::registerCustom(std::shared_ptr<const Connector> connector)
{
    auto &c = ConnectorRegistryDetail::custom();
    QMutexLocker locker(&c.mutex);
    c.latest.insert(connector->id(), connector.get());
    c.all.append(std::move(connector));
}

const Connector *ConnectorRegistry::ownedCustom(const QString &owner, const QString &id, int version,
                                                const std::function<std::shared_ptr<const Connector>()> &make)
{
    auto &c = ConnectorRegistryDetail::custom();
    const QString key = owner + u'\x1f' + id + u'\x1f' + QString::number(version);
    QMutexLocker locker(&c.mutex);
    if (const Connector *known = c.owned.value(key))
        return known;
    std::shared_ptr<const Connector> made = make();
    if (!made || made->id() != id)
        return nullptr;
    c.owned.insert(key, made.get());
    c.all.append(made);
    return made.get();
}

const Connector *ConnectorRegistry::builtIn(const QString &id) const
{
    for (const auto &c : m_connectors) {
        if (c->id() == id)
            return c.get();
    }
    return nullptr;
}

const Connector *ConnectorRegistry::find(const QString &id) const
{
    if (const Connector *c = builtIn(id))
        return c;
    auto &c = ConnectorRegistryDetail::custom();
    QMutexLocker locker(&c.mutex);
    return c.latest.value(id);
}

QList<const Connector *> ConnectorRegistry::connectors() const
{
    QList<const Connector *> result;
    for (const auto &c : m_connectors)
        result << c.get();
    return result;
}

QStringList ConnectorRegistry::ids() const
{
    QStringList result;
    for (const auto &c : m_connectors)
        result << c->id();
    return result;
}

} // namespace Orion

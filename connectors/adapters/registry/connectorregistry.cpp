#include "adapters/registry/connectorregistry.h"

#include "adapters/hubspot/hubspotconnector.h"
#include "adapters/quickbooks/quickbooksconnector.h"
#include "adapters/salesforce/salesforceconnector.h"
#include "adapters/slack/slackconnector.h"
#include "adapters/stripe/stripeconnector.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

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

void ConnectorRegistry::replaceCustom(const QList<const Connector *> &deployed)
{
    auto &c = ConnectorRegistryDetail::custom();
    QMutexLocker locker(&c.mutex);
    c.latest.clear();
    for (const Connector *connector : deployed)
        c.latest.insert(connector->id(), connector); // kept alive by `all`: made by ownedCustom or registerCustom
}

QList<const Connector *> ConnectorRegistry::customConnectors() const
{
    auto &c = ConnectorRegistryDetail::custom();
    QList<const Connector *> out;
    {
        QMutexLocker locker(&c.mutex);
        out = c.latest.values();
    }
    std::sort(out.begin(), out.end(),
              [](const Connector *a, const Connector *b) { return QString::localeAwareCompare(a->displayName(), b->displayName()) < 0; });
    return out;
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

#pragma once

#include "adapters/connector.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace Orion {

// Every connector the process knows: the built-in vendors and the custom (declarative) ones
// deployed from a workspace or a spec file. It sits above the vendor folders (it names them all),
// so the Connector interface below them never depends on a vendor.
class ConnectorRegistry
{
public:
    static const ConnectorRegistry &instance();
    // Built-in connectors first, then custom ones ("custom:NAME", the latest registered version).
    const Connector *find(const QString &id) const;
    QList<const Connector *> connectors() const; // the built-in ones
    QStringList ids() const;

    // A custom (declarative) connector deployed by this process (the builder's save, a spec file).
    // Earlier versions stay alive for syncs still running on them. Thread-safe.
    static void registerCustom(std::shared_ptr<const Connector> connector);
    // The custom connector version `version` of `owner`'s deployed spec, made by `make` the first
    // time it is asked for. Owners never share one: two members' "custom:acme" are two connectors
    // (a worker serves them all). Thread-safe; the connectors live as long as the process.
    static const Connector *ownedCustom(const QString &owner, const QString &id, int version,
                                        const std::function<std::shared_ptr<const Connector>()> &make);
    // The custom connectors find() knows become exactly `deployed` (the open workspace's, for this
    // process's user); those of an earlier workspace are forgotten. Thread-safe.
    static void replaceCustom(const QList<const Connector *> &deployed);
    // The custom connectors find() knows, by display name. Thread-safe.
    QList<const Connector *> customConnectors() const;
    // A built-in connector, never a custom one.
    const Connector *builtIn(const QString &id) const;

private:
    ConnectorRegistry();
    QList<std::shared_ptr<const Connector>> m_connectors;
};

} // namespace Orion

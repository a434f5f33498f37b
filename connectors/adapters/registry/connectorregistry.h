#pragma once

#include "adapters/connector.h"

#include <QList>
#include <QStringList>

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

    // A custom (declarative) connector deployed from the workspace or a spec file. Earlier versions
    // stay alive for syncs still running on them. Thread-safe.
    static void registerCustom(std::shared_ptr<const Connector> connector);

private:
    ConnectorRegistry();
    QList<std::shared_ptr<const Connector>> m_connectors;
};

} // namespace Orion

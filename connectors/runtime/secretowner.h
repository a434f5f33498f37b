#pragma once

#include <QString>

namespace Orion {

// Whose secrets: a connection by its immutable id (connections.uid), never by its name, which is
// only a label (unique per owner, so two members, or two workspaces of one user, may both have
// "acme"). Builder specs have a namespace of their own.
struct SecretOwner
{
    QString scope;      // storage namespace: "connection/<uid>" or "spec/<name>"
    QString label;      // the connection's name: messages and the single-user environment variables
    QString legacyName; // connections made before schema 14 stored secrets under their name: moved on first read

    static SecretOwner connection(const QString &uid, const QString &name, const QString &legacyName = {});
    // A connection not saved yet (Test Connection in the Add dialog): a fresh id, so nothing stored is found.
    static SecretOwner unsaved(const QString &name);
    // The secrets the connector builder keeps for test reads of the spec `name`.
    static SecretOwner spec(const QString &name);
    bool isValid() const { return !scope.isEmpty(); }
};

} // namespace Orion

#pragma once

#include "connections/connectionsummary.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Orion {

class CredentialStore;
class Workspace;

// Saves a connection and its secrets as one, in this order: the database row (create or update,
// with its schedule) inside a transaction, then the secrets under the connection's id, then the
// commit. If the database refuses (a duplicate name, a bad schedule) no secret is written; if a
// secret cannot be written the transaction is rolled back and the secrets already written are put
// back as they were. So "Add" with another connection's name can never replace that connection's
// key. On PostgreSQL with "Run on workers" on, the connector's secrets (entered, or as stored) are
// also sealed to the worker pool's key inside the same transaction (SealedSecrets); with it off,
// the workers' copies are withdrawn. Use on the workspace's thread.
class ConnectionSaver
{
    Q_DECLARE_TR_FUNCTIONS(Orion::ConnectionSaver)
public:
    struct Saved
    {
        qint64 id = 0; // 0: nothing was saved (*error says why)
        QString uid;
        QString name;
        QString warning; // saved, but something needs doing (e.g. no worker pool key to seal the secrets to)
    };
    // `id` 0 creates; `secrets` (key → value) are the ones entered, the others stay as stored.
    static Saved save(Workspace &workspace, CredentialStore *credentials, qint64 id, const NewConnection &connection,
                      const QHash<QString, QString> &secrets, QString *error);
    // Deletes the connection, then (best effort: the row is gone either way) the secrets of its
    // connector's keys. Returns false with *error when the row could not be deleted.
    static bool remove(Workspace &workspace, CredentialStore *credentials, qint64 id, QString *error);
};

} // namespace Orion

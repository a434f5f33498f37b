#pragma once

#include <QCoreApplication>

#include "connections/connectionsummary.h"
#include "sync/syncrun.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Orion {

class Workspace;

// Reads and writes connections and their sync runs. All statements are prepared with bound values.
// Use on the thread that owns the Workspace.
class ConnectionStore
{
    Q_DECLARE_TR_FUNCTIONS(Orion::ConnectionStore)

public:
    explicit ConnectionStore(Workspace &workspace);

    using NewConnection = Orion::NewConnection; // connections/connectionsummary.h

    // Returns the new id, or 0 with *error (e.g. a duplicate name).
    qint64 createConnection(const NewConnection &connection, QString *error);
    bool deleteConnection(qint64 id, QString *error);
    bool deleteDemoConnections(QString *error);

    // Connections with health and last sync, ordered by name.
    ConnectionSummaries connections(QString *error) const;

    struct Connection
    {
        qint64 id = 0;
        QString uid; // immutable: secrets, tokens and locks are keyed by it
        QString name;
        QString connectorId;
        QJsonObject settings;
        QString owner;
        bool isDemo = false;
        QString legacySecretName; // made before schema 14: its secrets may still be stored under this name
        bool runOnWorkers = false;
    };
    // The connection called `name` (exact match; the caller's own first when the caller sees several
    // owners' connections), or nullopt; *error only for a database error.
    std::optional<Connection> connectionByName(const QString &name, QString *error) const;
    std::optional<Connection> connectionById(qint64 id, QString *error) const;
    // By the immutable id (Connection::uid); nothing (and no error) for a string that is not a UUID.
    std::optional<Connection> connectionByUid(const QString &uid, QString *error) const;
    bool updateConnection(qint64 id, const QString &name, const QJsonObject &settings, QString *error);

    struct RunFilter
    {
        qint64 connectionId = 0; // 0 = all
        int limit = 1000;
    };
    // Sync runs, newest first, with the connection's name in SyncRun::connectionName.
    QList<SyncRun> runs(const RunFilter &filter, QString *error) const;

    bool appendRunLog(qint64 runId, const QString &lines, QString *error);

    // Records a finished run (the database triggers update health and last_used_at).
    qint64 recordSyncRun(const SyncRun &run, QString *error);

    static QDateTime toUtc(const QVariant &value);

    // The existing connection of this owner whose name collides with `name` once normalised
    // (CredentialStore::normalizedName), other than `id`; empty when none.
    QString clashingName(qint64 id, const QString &name, QString *error) const;
    static QString clashMessage(const QString &name, const QString &existing);

private:
    std::optional<Connection> connectionWhere(const QString &condition, const QVariant &value, QString *error) const;
    Workspace &m_workspace;
};

} // namespace Orion

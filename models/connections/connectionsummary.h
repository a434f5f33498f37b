#pragma once

#include "mapping/mappingdrift.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Orion {

enum class HealthStatus { Unknown, Healthy, Degraded, Failed };

QString healthStatusName(HealthStatus status); // "healthy", … (storage form)
HealthStatus healthStatusFromName(const QString &name);

// One connection as the Connections page shows it: the configured instance, its health, last sync.
struct ConnectionSummary
{
    qint64 id = 0;
    QString uid; // immutable (connections.uid): what secrets are keyed by
    QString name;
    QString connectorId;
    QString owner;
    QString schedule;
    bool enabled = true;
    bool isDemo = false;
    HealthStatus health = HealthStatus::Unknown;
    int consecutiveFailures = 0;
    QDateTime lastSyncAt;    // UTC; invalid when never synced
    QDateTime lastSuccessAt; // UTC; invalid when no run succeeded
    QString lastSyncStatus;  // succeeded / partial / failed / cancelled, empty when never synced
    QDateTime createdAt;
    QJsonObject settings;      // the connector's settings (never secrets)
    QDateTime nextSyncAt;      // UTC; the next scheduled slot, invalid when manual
    bool runOnWorkers = false; // scheduled and "Run on workers" syncs go to the PostgreSQL job queue
    QString legacySecretName;  // made before schema 14: secrets may still be stored under this name
    DriftFindings drift;       // per stream, what the last full read of it found drifted (health is degraded while any)

    bool operator==(const ConnectionSummary &) const = default;
};

using ConnectionSummaries = QList<ConnectionSummary>;

// A connection to create, or the new values of one being edited (ConnectionStore writes it).
struct NewConnection
{
    QString uid; // empty: a fresh one (ConnectionStore::createConnection); ignored on update
    QString name;
    QString connectorId;
    QJsonObject settings; // never secrets
    QString schedule = QStringLiteral("manual");
    bool runOnWorkers = false;
    bool enabled = true;
    bool isDemo = false;
};

} // namespace Orion

Q_DECLARE_METATYPE(Orion::ConnectionSummary)

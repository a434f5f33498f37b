#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Orion {

class Workspace;

// The webhook deliveries a receiver accepted (webhook_deliveries), so one delivered twice — a
// replay, or the vendor's at-least-once retry of one already taken — queues nothing again.
class WebhookStore
{
    Q_DECLARE_TR_FUNCTIONS(Orion::WebhookStore)
public:
    explicit WebhookStore(Workspace &workspace);

    enum class Outcome { Recorded, Duplicate, Failed };
    // Records the delivery `key` of the connection unless it was recorded before.
    Outcome record(qint64 connectionId, const QString &key, QString *error);
    // Forgets deliveries received before `before` (older than any vendor's retries); how many.
    qint64 prune(const QDateTime &before, QString *error);

private:
    Workspace &m_workspace;
};

} // namespace Orion

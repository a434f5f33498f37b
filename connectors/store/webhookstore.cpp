#include "store/webhookstore.h"

#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

WebhookStore::WebhookStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

WebhookStore::Outcome WebhookStore::record(qint64 connectionId, const QString &key, QString *error)
{
    if (key.isEmpty() || key.size() > 200) {
        *error = tr("A webhook delivery key must have 1 to 200 characters.");
        return Outcome::Failed;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(m_workspace.isPostgres() ? u"INSERT INTO webhook_deliveries (connection_id, delivery_key) VALUES (?, ?) ON CONFLICT DO NOTHING"_s
                                       : u"INSERT OR IGNORE INTO webhook_deliveries (connection_id, delivery_key, received_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(connectionId);
    q.addBindValue(key);
    if (!m_workspace.isPostgres())
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = tr("Cannot record the webhook delivery: %1").arg(q.lastError().text());
        return Outcome::Failed;
    }
    return q.numRowsAffected() == 1 ? Outcome::Recorded : Outcome::Duplicate;
}

qint64 WebhookStore::prune(const QDateTime &before, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"DELETE FROM webhook_deliveries WHERE received_at < ?"_s);
    q.addBindValue(m_workspace.isPostgres() ? QVariant(before.toUTC()) : QVariant(before.toUTC().toString(Qt::ISODateWithMs)));
    if (!q.exec()) {
        *error = tr("Cannot prune the webhook deliveries: %1").arg(q.lastError().text());
        return -1;
    }
    return q.numRowsAffected();
}

} // namespace Orion

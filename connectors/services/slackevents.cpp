#include "services/slackevents.h"

#include "adapters/slack/socketmode.h"
#include "runtime/credentialstore.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QUuid>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {

SlackEvents::SlackEvents(std::shared_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
{
}

SlackEvents::~SlackEvents() = default;

void SlackEvents::setConnections(const ConnectionSummaries &connections)
{
    QSet<QString> slack;
    for (const ConnectionSummary &c : connections) {
        if (c.connectorId != "slack"_L1 || c.isDemo)
            continue;
        slack.insert(c.name);
        if (m_listeners.contains(c.name) || m_pending.contains(c.name))
            continue;
        m_pending.insert(c.name);
        const QString apiBase = c.settings.value("api_base"_L1).toString(u"https://slack.com/api"_s);
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, name = c.name, apiBase] {
            watcher->deleteLater();
            m_pending.remove(name);
            if (!watcher->result().isEmpty())
                startListener(name, apiBase, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([credentials = m_credentials, owner = SecretOwner::connection(c.uid, c.name, c.legacySecretName)] {
            QString error;
            return credentials->secret(owner, u"app_token"_s, &error).value_or(QString());
        }));
    }
    for (auto it = m_listeners.begin(); it != m_listeners.end();) {
        if (!slack.contains(it.key())) {
            if (it.value())
                it.value()->deleteLater();
            it = m_listeners.erase(it);
        } else {
            ++it;
        }
    }
}

void SlackEvents::startListener(const QString &name, const QString &apiBase, const QString &appToken)
{
    auto *listener = new SlackSocketMode(QUrl(apiBase), appToken, this);
    m_listeners.insert(name, listener);
    connect(listener, &SlackSocketMode::connected, this, [this, name] { Q_EMIT listenerStateChanged(name, tr("listening")); });
    connect(listener, &SlackSocketMode::reconnecting, this,
            [this, name](const QString &reason) { Q_EMIT listenerStateChanged(name, tr("reconnecting (%1)").arg(reason)); });
    connect(listener, &SlackSocketMode::stopped, this,
            [this, name](const QString &reason) { Q_EMIT listenerStateChanged(name, tr("stopped (%1)").arg(reason)); });
    connect(listener, &SlackSocketMode::failed, this, [this, name](const QString &error) { Q_EMIT listenerStateChanged(name, error); });
    connect(listener, &SlackSocketMode::envelopeReceived, this, [this](const QString &type, const QJsonObject &payload, const QString &) {
        if (type != "interactive"_L1 || payload.value("type"_L1).toString() != "block_actions"_L1)
            return;
        const QString user = payload.value("user"_L1).toObject().value("username"_L1).toString();
        for (const QJsonValue &value : payload.value("actions"_L1).toArray()) {
            const QJsonObject action = value.toObject();
            const QString target = action.value("value"_L1).toString();
            const QString actionId = action.value("action_id"_L1).toString();
            const QString userId = payload.value("user"_L1).toObject().value("id"_L1).toString();
            if (target.startsWith("mapping:"_L1) && (actionId == "approve"_L1 || actionId == "reject"_L1)) {
                // mapping:<row id>:<revision shown in the request>
                const QStringList parts = target.mid(8).split(u':');
                bool ok = false;
                const qint64 id = parts.value(0).toLongLong(&ok);
                const int revision = parts.size() == 2 ? parts.at(1).toInt() : 0;
                if (ok && id > 0)
                    Q_EMIT mappingDecision(id, revision, actionId == "approve"_L1, userId, user);
                continue;
            }
            if (!target.startsWith("sync:"_L1) || (actionId != "approve"_L1 && actionId != "reject"_L1))
                continue;
            // By the connection's immutable id only: a name is unique per owner, not across a team, and
            // a row number is not an identity.
            const QUuid uid = QUuid::fromString(target.mid(5));
            if (!uid.isNull())
                Q_EMIT syncDecision(uid.toString(QUuid::WithoutBraces), actionId == "approve"_L1, userId, user);
        }
    });
    listener->start();
}

} // namespace Orion

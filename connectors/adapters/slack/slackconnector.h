#pragma once

#include "adapters/connector.h"
#include "runtime/httpclient.h"

#include <QDateTime>

namespace Orion {

// Slack Web API (api-contracts.md §3): a bot token, JSON POSTs to {api_base}/<method>; HTTP 200 with
// "ok": false is an error; 429 honours Retry-After. Messages (text and Block Kit), run notifications
// and approval requests, file upload v2, conversations.list and users.list (cursor paging to an empty
// next_cursor). The `users` stream reads workspace members as customers.
class SlackConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(Orion::SlackConnector)
public:
    QString id() const override { return QStringLiteral("slack"); }
    QString displayName() const override { return QStringLiteral("Slack"); }
    QString description() const override;
    Capabilities capabilities() const override { return Capability::Read | Capability::Write | Capability::Webhook | Capability::Streaming; }
    QList<SettingSpec> ownSettings() const override;
    QList<StreamSpec> streams() const override;
    std::unique_ptr<Authenticator> createAuthenticator(const ConnectorContext &ctx, Failure *failure) const override;
    std::unique_ptr<StreamReader> openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                             bool fullRefresh) const override;
    Failure testConnection(const ConnectorContext &ctx) const override;
    std::optional<WebhookSignature::Scheme> webhookScheme() const override;
    QStringList webhookSecretKeys() const override;
    bool readWebhook(const QByteArray &body, const QJsonObject &settings, WebhookEvents *events, QString *error) const override;

    // One Web API call: POST {api_base}/<method> with a JSON body. Returns the answer when "ok" is true.
    static bool call(const ConnectorContext &ctx, const QString &method, const QJsonObject &arguments, QJsonObject *answer, Failure *failure);
    // Every item of a cursor-paged list method (conversations.list → "channels", users.list → "members").
    static bool list(const ConnectorContext &ctx, const QString &method, const QString &itemsKey, const QJsonObject &arguments, QJsonArray *items,
                     Failure *failure);
    static bool postMessage(const ConnectorContext &ctx, const QString &channel, const QString &text, const QJsonArray &blocks, QString *ts,
                            Failure *failure);
    // files.getUploadURLExternal → upload → files.completeUploadExternal (files.upload is retired).
    static bool uploadFile(const ConnectorContext &ctx, const QString &channel, const QString &filename, const QByteArray &content,
                           const QString &title, QString *fileId, Failure *failure);

    // Block Kit for a finished run: a header, the numbers, and for failures the error class and run id.
    // An approval request with Approve / Reject buttons whose value is `value`.
    static QJsonArray approvalBlocks(const QString &question, const QString &value);
};

} // namespace Orion

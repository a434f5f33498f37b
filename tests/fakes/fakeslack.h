#pragma once

#include "fakeservice.h"

#include <QSet>

namespace Orion::Fakes {

// Slack Web API (api-contracts.md §3): bot-token methods with errors as HTTP 200 "ok": false,
// chat.postMessage, conversations.list and users.list with cursor paging (a short first page still
// carries a cursor), file upload v2 (getUploadURLExternal → upload → completeUploadExternal), and
// apps.connections.open for Socket Mode, which accepts the app-level token only in the header.
class FakeSlack : public FakeService
{
public:
    static constexpr const char *kBotToken = "xoxb-17-fake-bot-token";
    static constexpr const char *kAppToken = "xapp-1-fake-app-token";

    FakeSlack();
    void setChannels(int count);
    void setUsers(int count);
    void deactivateUser(int index); // a member deactivated from now on (users.list: "deleted": true)
    // Events API (HTTP): a user_change event_callback per member deactivated since the last call,
    // signed as Slack signs requests (X-Slack-Signature "v0=" + hex HMAC-SHA256(signing secret,
    // "v0:" + ts + ":" + body), X-Slack-Request-Timestamp = the fake's clock).
    QList<SignedDelivery> takeWebhooks(const QByteArray &signingSecret);
    static SignedDelivery signWebhook(const QByteArray &body, const QByteArray &signingSecret, qint64 ts);
    void setSocketUrl(const QUrl &url);
    void failNext(const QString &method, const QString &error);
    QList<QJsonObject> posted() const;
    QHash<QString, QByteArray> uploads() const;
    QList<QJsonObject> completed() const;
    int socketOpens() const;

protected:
    FakeResponse handle(const RecordedRequest &request) override;

private:
    FakeResponse ok(QJsonObject body) const;
    FakeResponse notOk(const QString &error) const;
    FakeResponse page(const QString &key, int total, const QJsonObject &args, const std::function<QJsonObject(int)> &make);

    int m_channels = 0;
    int m_users = 0;
    QSet<int> m_deactivated;
    QList<int> m_undelivered; // deactivations not yet sent as events
    int m_eventSerial = 0;
    QUrl m_socketUrl;
    QHash<QString, QString> m_failNext;
    QList<QJsonObject> m_posted;
    QHash<QString, qint64> m_expectedLength;
    QHash<QString, QByteArray> m_uploads;
    QList<QJsonObject> m_completed;
    int m_socketOpens = 0;
};

} // namespace Orion::Fakes

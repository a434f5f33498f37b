#include "fakeslack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace Orion::Fakes {

FakeSlack::FakeSlack() = default;

void FakeSlack::setChannels(int count)
{
    QMutexLocker l(&m_mutex);
    m_channels = count;
}
void FakeSlack::setUsers(int count)
{
    QMutexLocker l(&m_mutex);
    m_users = count;
    m_deactivated.clear();
    m_undelivered.clear();
}

void FakeSlack::deactivateUser(int index)
{
    QMutexLocker l(&m_mutex);
    m_deactivated.insert(index);
    m_undelivered.append(index);
}

QList<SignedDelivery> FakeSlack::takeWebhooks(const QByteArray &signingSecret)
{
    QMutexLocker l(&m_mutex);
    QList<SignedDelivery> deliveries;
    for (int index : std::as_const(m_undelivered)) {
        const QJsonObject envelope{{u"token"_s, u"Jhj5dZrVaK7ZwHHjRyZWjbDl"_s},
                                   {u"team_id"_s, u"T0FAKE"_s},
                                   {u"api_app_id"_s, u"A0FAKE"_s},
                                   {u"type"_s, u"event_callback"_s},
                                   {u"event_id"_s, u"Ev%1"_s.arg(++m_eventSerial, 9, 10, QChar(u'0'))},
                                   {u"event_time"_s, now().toSecsSinceEpoch()},
                                   {u"event"_s,
                                    QJsonObject{{u"type"_s, u"user_change"_s},
                                                {u"user"_s, QJsonObject{{u"id"_s, u"U%1"_s.arg(index + 1000)}, {u"deleted"_s, true}}},
                                                {u"event_ts"_s, u"%1.000100"_s.arg(now().toSecsSinceEpoch())}}}};
        deliveries.append(signWebhook(QJsonDocument(envelope).toJson(QJsonDocument::Compact), signingSecret, now().toSecsSinceEpoch()));
    }
    m_undelivered.clear();
    return deliveries;
}

SignedDelivery FakeSlack::signWebhook(const QByteArray &body, const QByteArray &signingSecret, qint64 ts)
{
    const QByteArray timestamp = QByteArray::number(ts);
    const QByteArray signature
        = QMessageAuthenticationCode::hash(QByteArray("v0:" + timestamp + ':' + body), signingSecret, QCryptographicHash::Sha256).toHex();
    return SignedDelivery{{{"Content-Type", "application/json"}, {"X-Slack-Request-Timestamp", timestamp}, {"X-Slack-Signature", "v0=" + signature}},
                          body};
}
void FakeSlack::setSocketUrl(const QUrl &url)
{
    QMutexLocker l(&m_mutex);
    m_socketUrl = url;
}
void FakeSlack::failNext(const QString &method, const QString &error)
{
    QMutexLocker l(&m_mutex);
    m_failNext.insert(method, error);
}
QList<QJsonObject> FakeSlack::posted() const
{
    QMutexLocker l(&m_mutex);
    return m_posted;
}
QHash<QString, QByteArray> FakeSlack::uploads() const
{
    QMutexLocker l(&m_mutex);
    return m_uploads;
}
QList<QJsonObject> FakeSlack::completed() const
{
    QMutexLocker l(&m_mutex);
    return m_completed;
}
int FakeSlack::socketOpens() const
{
    QMutexLocker l(&m_mutex);
    return m_socketOpens;
}

FakeResponse FakeSlack::ok(QJsonObject body) const
{
    body.insert(u"ok"_s, true);
    return FakeResponse::json(200, body);
}

FakeResponse FakeSlack::notOk(const QString &error) const
{
    return FakeResponse::json(200, QJsonObject{{u"ok"_s, false}, {u"error"_s, error}}); // errors are HTTP 200
}

FakeResponse FakeSlack::page(const QString &key, int total, const QJsonObject &args, const std::function<QJsonObject(int)> &make)
{
    const int limit = std::clamp(int(args.value("limit"_L1).toInteger(100)), 1, 1000);
    const QString cursor = args.value("cursor"_L1).toString();
    int start = 0;
    if (!cursor.isEmpty()) {
        bool okNumber = false;
        start = QByteArray::fromBase64(cursor.toLatin1()).mid(7).toInt(&okNumber);
        if (!cursor.startsWith("b2Zmc2V0"_L1) || !okNumber) // "offset:" base64-encoded
            return notOk(u"invalid_cursor"_s);
    }
    // The first page is short on purpose: fewer than `limit` items while more exist.
    const int size = start == 0 ? std::max(1, limit / 3) : limit;
    QJsonArray items;
    int i = start;
    for (; i < total && items.size() < size; ++i)
        items.append(make(i));
    const QString next = i < total ? QString::fromLatin1(QByteArray("offset:" + QByteArray::number(i)).toBase64()) : QString();
    return ok(QJsonObject{{key, items}, {u"response_metadata"_s, QJsonObject{{u"next_cursor"_s, next}}}});
}

FakeResponse FakeSlack::handle(const RecordedRequest &request)
{
    const QString method = request.path.mid(request.path.lastIndexOf(u'/') + 1);
    if (request.path.startsWith("/upload/"_L1)) {
        // The upload URL: raw bytes, authorised by the URL itself.
        if (!m_expectedLength.contains(method))
            return FakeResponse{404, "unknown upload", "text/plain", {}};
        if (request.body.size() != m_expectedLength.value(method))
            return FakeResponse{400, "length mismatch", "text/plain", {}};
        m_uploads.insert(method, request.body);
        return FakeResponse{200, "OK - " + QByteArray::number(request.body.size()), "text/plain", {}};
    }
    const QByteArray auth = request.header("authorization");
    const QJsonObject args = QJsonDocument::fromJson(request.body).object();
    if (method == "apps.connections.open"_L1) {
        if (QUrlQuery(QString::fromUtf8(request.body)).hasQueryItem(u"token"_s))
            return notOk(u"not_allowed_token_type"_s);
        if (auth != QByteArray("Bearer ") + kAppToken)
            return notOk(u"invalid_auth"_s);
        ++m_socketOpens;
        QUrl url = m_socketUrl;
        url.setQuery(u"ticket=fake-%1"_s.arg(m_socketOpens));
        return ok(QJsonObject{{u"url"_s, url.toString()}});
    }
    if (auth.isEmpty())
        return notOk(u"not_authed"_s);
    if (auth != QByteArray("Bearer ") + kBotToken)
        return notOk(u"invalid_auth"_s);
    if (m_failNext.contains(method))
        return notOk(m_failNext.take(method));
    if (method == "auth.test"_L1)
        return ok(QJsonObject{{u"team"_s, u"Orion Test"_s}, {u"user"_s, u"orion-bot"_s}});
    if (method == "chat.postMessage"_L1) {
        const QString channel = args.value("channel"_L1).toString();
        const int index = channel.mid(1).toInt();
        if (!channel.startsWith(u'C') || index < 1 || index > m_channels)
            return notOk(u"channel_not_found"_s);
        if (args.value("text"_L1).toString().isEmpty() && args.value("blocks"_L1).toArray().isEmpty())
            return notOk(u"no_text"_s);
        if (args.value("blocks"_L1).toArray().size() > 50)
            return notOk(u"invalid_blocks"_s);
        m_posted.append(args);
        return ok(QJsonObject{{u"channel"_s, channel},
                              {u"ts"_s, u"1700000000.%1"_s.arg(m_posted.size(), 6, 10, QChar(u'0'))},
                              {u"message"_s, QJsonObject{{u"text"_s, args.value("text"_L1)}}}});
    }
    if (method == "conversations.list"_L1) {
        return page(u"channels"_s, m_channels, args, [](int i) {
            return QJsonObject{{u"id"_s, u"C%1"_s.arg(i + 1)}, {u"name"_s, u"channel-%1"_s.arg(i + 1)}, {u"is_channel"_s, true}};
        });
    }
    if (method == "users.list"_L1) {
        return page(u"members"_s, m_users, args, [this](int i) {
            return QJsonObject{{u"id"_s, u"U%1"_s.arg(i + 1000)},
                               {u"name"_s, u"user%1"_s.arg(i)},
                               {u"deleted"_s, i % 10 == 9 || m_deactivated.contains(i)},
                               {u"is_bot"_s, i % 7 == 6},
                               {u"real_name"_s, u"User Number%1"_s.arg(i)},
                               {u"updated"_s, 1700000000 + i},
                               {u"profile"_s,
                                QJsonObject{{u"first_name"_s, u"User"_s},
                                            {u"last_name"_s, u"Number%1"_s.arg(i)},
                                            {u"real_name"_s, u"User Number%1"_s.arg(i)},
                                            {u"email"_s, u"user%1@example.org"_s.arg(i)},
                                            {u"phone"_s, QString()}}}};
        });
    }
    if (method == "files.getUploadURLExternal"_L1) {
        if (args.value("filename"_L1).toString().isEmpty() || args.value("length"_L1).toInteger() <= 0)
            return notOk(u"invalid_arguments"_s);
        const QString id = u"F%1"_s.arg(m_expectedLength.size() + 1, 8, 10, QChar(u'0'));
        m_expectedLength.insert(id, args.value("length"_L1).toInteger());
        return ok(QJsonObject{{u"upload_url"_s, QString(baseUrl().toString() + u"/upload/"_s + id)}, {u"file_id"_s, id}});
    }
    if (method == "files.completeUploadExternal"_L1) {
        const QJsonArray files = args.value("files"_L1).toArray();
        for (const QJsonValue &f : files) {
            if (!m_uploads.contains(f.toObject().value("id"_L1).toString()))
                return notOk(u"file_not_found"_s);
        }
        m_completed.append(args);
        return ok(QJsonObject{{u"files"_s, files}});
    }
    if (method == "files.upload"_L1)
        return notOk(u"method_deprecated"_s);
    return notOk(u"unknown_method"_s);
}

} // namespace Orion::Fakes

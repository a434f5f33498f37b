#include "adapters/slack/slackconnector.h"

#include "runtime/authenticator.h"
#include "runtime/pagination.h"
#include "runtime/ratebudget.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

namespace SlackDetail {

class UsersReader : public StreamReader
{
public:
    explicit UsersReader(const ConnectorContext &ctx)
        : m_ctx(ctx)
    {
    }

    bool next(Page *page, Failure *failure) override
    {
        QJsonObject args{{u"limit"_s, 200}};
        if (!m_cursor.isEmpty())
            args.insert(u"cursor"_s, m_cursor);
        QJsonObject answer;
        if (!SlackConnector::call(m_ctx, u"users.list"_s, args, &answer, failure))
            return false;
        const PaginationSpec spec{PaginationSpec::Style::CursorString, 200, u"members"_s, u"cursor"_s, {}, u"id"_s};
        for (const QJsonValue &value : Paginator::items(spec, answer)) {
            const QJsonObject m = value.toObject();
            ++page->sourceRecords;
            if (m.value("is_bot"_L1).toBool() || m.value("id"_L1).toString() == "USLACKBOT"_L1)
                continue;                         // people only
            if (m.value("deleted"_L1).toBool()) { // deactivated: a member stored before is marked deleted
                page->deletions.append({RecordKind::Customer, m.value("id"_L1).toString(),
                                        QDateTime::fromSecsSinceEpoch(m.value("updated"_L1).toInteger(), QTimeZone::UTC)});
                continue;
            }
            const QJsonObject p = m.value("profile"_L1).toObject();
            UnifiedCustomer c;
            c.connectionId = m_ctx.connectionId;
            c.source = u"slack"_s;
            c.externalId = m.value("id"_L1).toString();
            c.firstName = p.value("first_name"_L1).toString();
            c.lastName = p.value("last_name"_L1).toString();
            c.fullName = p.value("real_name"_L1).toString(m.value("real_name"_L1).toString());
            c.email = p.value("email"_L1).toString();
            c.phone = p.value("phone"_L1).toString();
            c.updatedAt = QDateTime::fromSecsSinceEpoch(m.value("updated"_L1).toInteger(), QTimeZone::UTC);
            c.raw = m;
            page->customers.append(std::move(c));
        }
        const PageCursor next = Paginator::next(spec, {}, answer, {});
        m_cursor = next.token;
        page->done = next.done;
        page->checkpoint = next.done ? QJsonObject() : QJsonObject{{u"cursor"_s, m_cursor}};
        return true;
    }

private:
    const ConnectorContext &m_ctx;
    QString m_cursor;
};

} // namespace SlackDetail

QString SlackConnector::description() const
{
    return tr("Messages, run alerts and approval requests to Slack channels; workspace members as customers.");
}

QList<SettingSpec> SlackConnector::ownSettings() const
{
    using T = SettingSpec::Type;
    return {
        {u"api_base"_s,
         tr("API base URL"),
         T::Url,
         u"https://slack.com/api"_s,
         true,
         {},
         tr("Requests go to {api_base}/<method>, e.g. {api_base}/chat.postMessage."),
         {}},
        {u"default_channel"_s, tr("Default channel"), T::Text, {}, false, {}, tr("Channel ID for messages and alerts, e.g. C0123ABCD."), {}},
        {u"requests_per_second"_s,
         tr("Requests per second"),
         T::Integer,
         u"1"_s,
         false,
         {},
         tr("Rate budget (chat.postMessage allows about one message per second per channel)."),
         {}},
        {u"bot_token"_s, tr("Bot token"), T::Secret, {}, true, {}, tr("xoxb-…"), {}},
        {u"app_token"_s, tr("App-level token"), T::Secret, {}, false, {}, tr("xapp-… with connections:write, for Socket Mode."), {}},
        {u"signing_secret"_s, tr("Signing secret"), T::Secret, {}, false, {}, tr("Verifies requests Slack sends to an HTTP endpoint."), {}},
    };
}

QList<StreamSpec> SlackConnector::streams() const
{
    return {{u"users"_s, RecordKind::Customer, {}, tr("Workspace members (users.list)")}};
}

std::unique_ptr<Authenticator> SlackConnector::createAuthenticator(const ConnectorContext &ctx, Failure *failure) const
{
    const auto token = ctx.secret(u"bot_token"_s, failure);
    if (!token)
        return nullptr;
    ctx.http->setRateBudget(
        RateBudget::forKey(u"slack/"_s + ctx.secretOwner.scope, double(ctx.settings.value("requests_per_second"_L1).toInteger(1)), 3));
    return std::make_unique<BearerAuthenticator>(*token);
}

std::unique_ptr<StreamReader> SlackConnector::openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &, bool) const
{
    return stream == "users"_L1 ? std::make_unique<SlackDetail::UsersReader>(ctx) : nullptr;
}

Failure SlackConnector::testConnection(const ConnectorContext &ctx) const
{
    QJsonObject answer;
    Failure failure;
    if (call(ctx, u"auth.test"_s, {}, &answer, &failure))
        ctx.log(u"signed in to %1 as %2"_s.arg(answer.value("team"_L1).toString(), answer.value("user"_L1).toString()));
    return failure;
}

bool SlackConnector::call(const ConnectorContext &ctx, const QString &method, const QJsonObject &arguments, QJsonObject *answer, Failure *failure)
{
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(ctx.setting(u"api_base"_s) + u'/' + method);
    request.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"Accept", "application/json"}};
    request.body = QJsonDocument(arguments).toJson(QJsonDocument::Compact);
    if (!ctx.http->fetchJsonObject(
            request, u"Slack"_s,
            [&](const HttpResponse &r) { return Failure::system(tr("Slack answered HTTP %1 to %2.").arg(r.status).arg(method)); }, answer, failure))
        return false;
    if (!answer->value("ok"_L1).toBool()) {
        // Errors come back as HTTP 200 with "ok": false.
        const QString error = answer->value("error"_L1).toString(u"unknown_error"_s);
        QString text = tr("Slack refused %1: %2").arg(method, error);
        if (error == "missing_scope"_L1)
            text += tr(" (needs %1)").arg(answer->value("needed"_L1).toString());
        static const QStringList configErrors
            = {u"invalid_auth"_s,      u"not_authed"_s,     u"token_revoked"_s, u"account_inactive"_s, u"missing_scope"_s,
               u"channel_not_found"_s, u"not_in_channel"_s, u"is_archived"_s,   u"invalid_cursor"_s};
        *failure = configErrors.contains(error)                       ? Failure::config(text)
            : error == "ratelimited"_L1 || error == "rate_limited"_L1 ? Failure::transient(text)
                                                                      : Failure::system(text);
        return false;
    }
    return true;
}

bool SlackConnector::list(const ConnectorContext &ctx, const QString &method, const QString &itemsKey, const QJsonObject &arguments,
                          QJsonArray *items, Failure *failure)
{
    const PaginationSpec spec{PaginationSpec::Style::CursorString, 200, itemsKey, u"cursor"_s, {}, u"id"_s};
    PageCursor cursor;
    do {
        QJsonObject args = arguments;
        args.insert(u"limit"_s, spec.pageSize);
        if (!cursor.token.isEmpty())
            args.insert(u"cursor"_s, cursor.token);
        QJsonObject answer;
        if (!call(ctx, method, args, &answer, failure))
            return false;
        for (const QJsonValue &item : Paginator::items(spec, answer))
            items->append(item);
        cursor = Paginator::next(spec, cursor, answer, {}); // a short page with a cursor is not the end
    } while (!cursor.done && !ctx.http->isCancelled());
    return true;
}

bool SlackConnector::postMessage(const ConnectorContext &ctx, const QString &channel, const QString &text, const QJsonArray &blocks, QString *ts,
                                 Failure *failure)
{
    QJsonObject args{{u"channel"_s, channel}, {u"text"_s, text.left(4000)}}; // text is the notification fallback
    if (!blocks.isEmpty())
        args.insert(u"blocks"_s, blocks);
    QJsonObject answer;
    if (!call(ctx, u"chat.postMessage"_s, args, &answer, failure))
        return false;
    *ts = answer.value("ts"_L1).toString();
    return true;
}

bool SlackConnector::uploadFile(const ConnectorContext &ctx, const QString &channel, const QString &filename, const QByteArray &content,
                                const QString &title, QString *fileId, Failure *failure)
{
    QJsonObject answer;
    if (!call(ctx, u"files.getUploadURLExternal"_s, {{u"filename"_s, filename}, {u"length"_s, qint64(content.size())}}, &answer, failure))
        return false;
    *fileId = answer.value("file_id"_L1).toString();
    HttpRequest upload;
    upload.method = "POST";
    upload.url = QUrl(answer.value("upload_url"_L1).toString());
    upload.authenticate = false; // the upload URL carries its own authorisation
    upload.headers = {{"Content-Type", "application/octet-stream"}};
    upload.body = content;
    const HttpResponse uploaded = ctx.http->send(upload);
    if (!uploaded.isSuccess()) {
        *failure = uploaded.failure ? uploaded.failure : Failure::system(tr("Slack's upload URL answered HTTP %1.").arg(uploaded.status));
        return false;
    }
    QJsonObject args{{u"files"_s, QJsonArray{QJsonObject{{u"id"_s, *fileId}, {u"title"_s, title.isEmpty() ? filename : title}}}}};
    if (!channel.isEmpty())
        args.insert(u"channel_id"_s, channel);
    return call(ctx, u"files.completeUploadExternal"_s, args, &answer, failure);
}

QJsonArray SlackConnector::approvalBlocks(const QString &question, const QString &value)
{
    auto button = [&](const QString &action, const QString &label, const QString &style) {
        return QJsonObject{{u"type"_s, u"button"_s},
                           {u"action_id"_s, action},
                           {u"style"_s, style},
                           {u"value"_s, value.left(2000)},
                           {u"text"_s, QJsonObject{{u"type"_s, u"plain_text"_s}, {u"text"_s, label}}}};
    };
    return QJsonArray{
        QJsonObject{{u"type"_s, u"section"_s}, {u"text"_s, QJsonObject{{u"type"_s, u"mrkdwn"_s}, {u"text"_s, question}}}},
        QJsonObject{{u"type"_s, u"actions"_s},
                    {u"block_id"_s, u"orion_approval"_s},
                    {u"elements"_s, QJsonArray{button(u"approve"_s, tr("Approve"), u"primary"_s), button(u"reject"_s, tr("Reject"), u"danger"_s)}}}};
}

std::optional<WebhookSignature::Scheme> SlackConnector::webhookScheme() const
{
    return WebhookSignature::Scheme::SlackV0;
}

QStringList SlackConnector::webhookSecretKeys() const
{
    return {u"signing_secret"_s};
}

bool SlackConnector::readWebhook(const QByteArray &body, const QJsonObject &, WebhookEvents *events, QString *error) const
{
    // Events API: the url_verification handshake answers its challenge; an event_callback carries one
    // event with its event_id; members joining or changing ask for the users stream.
    QJsonParseError parse{};
    const QJsonObject envelope = QJsonDocument::fromJson(body, &parse).object();
    const QString type = envelope.value("type"_L1).toString();
    if (parse.error != QJsonParseError::NoError || type.isEmpty()) {
        *error = tr("The body is not a Slack Events API request.");
        return false;
    }
    if (type == "url_verification"_L1) {
        events->challenge = envelope.value("challenge"_L1).toString().toUtf8();
        if (events->challenge.isEmpty()) {
            *error = tr("Slack's url_verification carries no challenge.");
            return false;
        }
        return true;
    }
    if (type != "event_callback"_L1 || !envelope.value("event_id"_L1).isString()) {
        *error = tr("The body is not a Slack event (type \"%1\").").arg(type);
        return false;
    }
    events->deliveryKey = envelope.value("event_id"_L1).toString();
    events->events = 1;
    const QString eventType = envelope.value("event"_L1).toObject().value("type"_L1).toString();
    if (eventType == "user_change"_L1 || eventType == "team_join"_L1)
        events->streams = {u"users"_s};
    return true;
}

} // namespace Orion

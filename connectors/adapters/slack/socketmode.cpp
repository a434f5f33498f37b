#include "adapters/slack/socketmode.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include "runtime/httpclient.h"
#include <QNetworkReply>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace Orion {

SlackSocketMode::SlackSocketMode(const QUrl &apiBase, const QString &appToken, QObject *parent)
    : QObject(parent)
    , m_apiBase(apiBase)
    , m_appToken(appToken)
    , m_nam(HttpClient::createNetworkManager())
{
}

SlackSocketMode::~SlackSocketMode()
{
    m_stopping = true;
    if (m_socket)
        m_socket->abort();
}

void SlackSocketMode::start()
{
    m_stopping = false;
    m_reconnects = 0;
    open();
}

void SlackSocketMode::stop()
{
    m_stopping = true;
    if (m_socket)
        m_socket->close();
}

void SlackSocketMode::open()
{
    // The app-level token goes in the Authorization header; as a parameter it is refused.
    QNetworkRequest request(QUrl(m_apiBase.toString() + u"/apps.connections.open"_s));
    request.setRawHeader("Authorization", "Bearer " + m_appToken.toUtf8());
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setTransferTimeout(std::chrono::seconds(20));
    QNetworkReply *reply = m_nam->post(request, QByteArray());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError && answer.isEmpty()) {
            reconnect(QCoreApplication::translate("Orion::SlackSocketMode", "apps.connections.open failed: %1").arg(reply->errorString()));
            return;
        }
        if (!answer.value("ok"_L1).toBool()) {
            m_stopping = true;
            Q_EMIT failed(QCoreApplication::translate("Orion::SlackSocketMode", "Slack refused apps.connections.open: %1")
                              .arg(answer.value("error"_L1).toString()));
            return;
        }
        if (m_socket)
            m_socket->deleteLater();
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        connect(m_socket, &QWebSocket::textMessageReceived, this, &SlackSocketMode::onMessage);
        connect(m_socket, &QWebSocket::disconnected, this, [this, socket = m_socket] {
            if (socket != m_socket)
                return;
            m_connected = false;
            if (!m_stopping)
                reconnect(QCoreApplication::translate("Orion::SlackSocketMode", "the connection dropped"));
            else
                Q_EMIT stopped(QCoreApplication::translate("Orion::SlackSocketMode", "stopped"));
        });
        ++m_opened;
        m_socket->open(QUrl(answer.value("url"_L1).toString()));
    });
}

void SlackSocketMode::reconnect(const QString &reason)
{
    if (m_stopping)
        return;
    if (++m_reconnects > m_maxReconnects) {
        m_stopping = true;
        Q_EMIT failed(QCoreApplication::translate("Orion::SlackSocketMode", "gave up reconnecting: %1").arg(reason));
        return;
    }
    Q_EMIT reconnecting(reason);
    QTimer::singleShot(std::min(30'000, 200 * (1 << std::min(m_reconnects - 1, 7))), this, [this] {
        if (!m_stopping)
            open();
    });
}

void SlackSocketMode::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value("type"_L1).toString();
    if (type == "hello"_L1) {
        m_connected = true;
        m_reconnects = 0;
        Q_EMIT connected();
        return;
    }
    if (type == "disconnect"_L1) {
        const QString reason = message.value("reason"_L1).toString();
        m_connected = false;
        QWebSocket *old = m_socket;
        m_socket = nullptr; // its disconnected() must not trigger a second reconnect
        if (old) {
            old->close();
            old->deleteLater();
        }
        if (reason == "link_disabled"_L1) {
            m_stopping = true;
            Q_EMIT stopped(reason); // Socket Mode was turned off for the app: do not come back
            return;
        }
        reconnect(reason); // warning, refresh_requested, too_many_websockets …
        return;
    }
    const QString envelopeId = message.value("envelope_id"_L1).toString();
    if (!envelopeId.isEmpty()) {
        // Acknowledge first: an envelope without an ack is sent again.
        if (m_socket)
            m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{u"envelope_id"_s, envelopeId}}).toJson(QJsonDocument::Compact)));
        Q_EMIT envelopeReceived(type, message.value("payload"_L1).toObject(), envelopeId);
    }
}

} // namespace Orion

#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QWebSocket;
QT_END_NAMESPACE

namespace Orion {

// Slack Socket Mode (api-contracts.md §3.7): events and button clicks without a public URL.
// apps.connections.open with the app-level token gives a wss:// URL; every envelope is acknowledged
// at once with its envelope_id; "disconnect" (warning, refresh_requested) and dropped sockets
// reconnect with a fresh URL; link_disabled stops for good. Event-driven: lives on a thread with an
// event loop (the GUI thread or a worker's).
class SlackSocketMode : public QObject
{
    Q_OBJECT
public:
    SlackSocketMode(const QUrl &apiBase, const QString &appToken, QObject *parent = nullptr);
    ~SlackSocketMode() override;

    void start();
    void stop();
    bool isConnected() const { return m_connected; }
    int connectionsOpened() const { return m_opened; }
    void setMaxReconnects(int count) { m_maxReconnects = count; }

Q_SIGNALS:
    void connected();
    // type: events_api, interactive, slash_commands; already acknowledged.
    void envelopeReceived(const QString &type, const QJsonObject &payload, const QString &envelopeId);
    void reconnecting(const QString &reason);
    void stopped(const QString &reason);
    void failed(const QString &error);

private:
    void open();
    void onMessage(const QString &text);
    void reconnect(const QString &reason);

    QUrl m_apiBase;
    QString m_appToken;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QWebSocket *m_socket = nullptr;
    bool m_connected = false;
    bool m_stopping = false;
    int m_opened = 0;
    int m_reconnects = 0;
    int m_maxReconnects = 20;
};

} // namespace Orion

#pragma once

#include "workspace/databaseconfig.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpServer;
class QTimer;

namespace Orion {

class CredentialStore;
class Workspace;

// `orion webhook serve`: receives the vendors' webhook deliveries at POST /webhooks/<connection uid>
// (QHttpServer; QSslServer with a certificate), verifies each one's signature over the raw body
// with the connection's webhook secret (WebhookSignature), refuses what it cannot trust — unknown
// connections (404), bodies over the limit (413), missing secrets (403), bad or stale signatures
// (400/401), deliveries already taken (409) — and answers the rest at once. The work goes to the
// PostgreSQL job queue: an incremental sync of each stream a delivery names, debounced per
// connection, so a burst of events is one job per stream (none when one is still queued).
// Lives on the thread that starts it (its event loop serves requests).
class WebhookReceiver : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        DatabaseConfig database;
        QString password;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;        // 0: any free port (see port())
        QString certificateFile; // PEM; with keyFile: TLS
        QString keyFile;         // PEM private key
        QString publicUrl;       // the URL the vendors call, as HubSpot signs it (default: from Host)
        int debounceMs = 5000;   // how long the first event of a burst waits for the rest
        qint64 maxBodyBytes = 1 << 20;
        int retentionDays = 7; // deliveries remembered for replay refusal (vendors retry up to 3 days)
    };

    WebhookReceiver(Options options, std::shared_ptr<CredentialStore> credentials, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    bool start(QString *error);
    quint16 port() const;
    bool isTls() const { return !m_options.certificateFile.isEmpty(); }
    void setLogHandler(std::function<void(const QString &)> log) { m_log = std::move(log); }
    // Queues what is waiting for its debounce now (at shutdown).
    void flush();

Q_SIGNALS:
    // A delivery was answered: its HTTP status and the connection's name (empty when unknown).
    void answered(int status, const QString &connection);
    // Jobs were queued for a connection after a burst (stream → job id; 0: one was already queued).
    void queued(const QString &connection, const QHash<QString, qint64> &jobs);

private:
    struct Pending
    {
        QString connection;
        QSet<QString> streams;
        QTimer *timer = nullptr;
    };
    QHttpServerResponse handle(const QHttpServerRequest &request);
    Workspace *workspace(QString *error);
    void enqueue(qint64 connectionId);
    void log(const QString &line) const;

    Options m_options;
    std::shared_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QHttpServer> m_server;
    QTcpServer *m_listener = nullptr;
    QHash<qint64, Pending> m_pending; // connection id → what waits for its debounce
    QTimer *m_prune = nullptr;
    std::function<void(const QString &)> m_log;
};

} // namespace Orion

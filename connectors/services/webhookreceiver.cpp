#include "services/webhookreceiver.h"

#include "adapters/registry/connectorregistry.h"
#include "runtime/credentialstore.h"
#include "runtime/webhooksignature.h"
#include "store/connectionstore.h"
#include "store/jobqueue.h"
#include "store/webhookstore.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse answer(Status status, const QJsonObject &body)
{
    return QHttpServerResponse(body, status);
}

QHttpServerResponse refusal(Status status, const QString &reason)
{
    return answer(status, QJsonObject{{u"error"_s, reason}});
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Head: return "HEAD";
    default: return "OTHER";
    }
}

} // namespace

WebhookReceiver::WebhookReceiver(Options options, std::shared_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_credentials(std::move(credentials))
{
}

WebhookReceiver::~WebhookReceiver() = default;

void WebhookReceiver::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

Workspace *WebhookReceiver::workspace(QString *error)
{
    if (m_workspace && m_workspace->database().isOpen())
        return m_workspace.get();
    Workspace::Options options;
    options.migrate = false;
    options.applicationName = u"orion-webhooks"_s;
    m_workspace = Workspace::open(m_options.database, m_options.password, error, options);
    return m_workspace.get();
}

bool WebhookReceiver::start(QString *error)
{
    if (m_options.database.engine != DatabaseConfig::Engine::PostgreSql) {
        *error = tr("Webhook receivers queue syncs for workers, so they need a PostgreSQL workspace (--db postgresql://…).");
        return false;
    }
    if (!workspace(error))
        return false;
    m_server = std::make_unique<QHttpServer>();
    if (isTls()) {
        QFile certFile(m_options.certificateFile), keyFile(m_options.keyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the TLS certificate or key: %1").arg(!certFile.isOpen() ? certFile.errorString() : keyFile.errorString());
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = tr("The TLS certificate (%1) or key (%2) is not a PEM certificate and private key.")
                         .arg(m_options.certificateFile, m_options.keyFile);
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        auto *server = new QSslServer(m_server.get());
        server->setSslConfiguration(tls);
        m_listener = server;
    } else {
        m_listener = new QTcpServer(m_server.get());
    }
    if (!m_listener->listen(m_options.address, m_options.port) || !m_server->bind(m_listener)) {
        *error = tr("Cannot listen on %1:%2: %3").arg(m_options.address.toString()).arg(m_options.port).arg(m_listener->errorString());
        return false;
    }
    m_server->setMissingHandler(
        this, [this](const QHttpServerRequest &request, QHttpServerResponder &responder) { responder.sendResponse(handle(request)); });
    // Deliveries older than any vendor's retries are forgotten, at start and every hour.
    m_prune = new QTimer(this);
    m_prune->setInterval(3600 * 1000);
    const auto prune = [this] {
        QString pruneError;
        if (Workspace *w = workspace(&pruneError))
            WebhookStore(*w).prune(QDateTime::currentDateTimeUtc().addDays(-m_options.retentionDays), &pruneError);
        if (!pruneError.isEmpty())
            log(pruneError);
    };
    connect(m_prune, &QTimer::timeout, this, prune);
    m_prune->start();
    prune();
    return true;
}

quint16 WebhookReceiver::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QHttpServerResponse WebhookReceiver::handle(const QHttpServerRequest &request)
{
    QString connectionName;
    const auto refuse = [&](Status status, const QString &reason) {
        log(u"%1 %2 %3: %4"_s.arg(int(status)).arg(connectionName.isEmpty() ? u"-"_s : connectionName, request.url().path(), reason));
        Q_EMIT answered(int(status), connectionName);
        return refusal(status, reason);
    };
    const QStringList parts = request.url().path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() != 2 || parts.first() != "webhooks"_L1)
        return refuse(Status::NotFound, tr("Webhooks are received at /webhooks/<connection id>."));
    if (request.method() != QHttpServerRequest::Method::Post) {
        QHttpServerResponse response = refuse(Status::MethodNotAllowed, tr("Webhook deliveries are POST requests."));
        QHttpHeaders headers = response.headers();
        headers.append(QHttpHeaders::WellKnownHeader::Allow, "POST");
        response.setHeaders(std::move(headers));
        return response;
    }
    if (request.body().size() > m_options.maxBodyBytes)
        return refuse(Status::PayloadTooLarge,
                      tr("The body has %1 bytes; at most %2 are accepted.").arg(request.body().size()).arg(m_options.maxBodyBytes));

    QString error;
    Workspace *w = workspace(&error);
    if (!w)
        return refuse(Status::ServiceUnavailable, tr("The workspace cannot be reached; deliver again later."));
    const auto connection = ConnectionStore(*w).connectionByUid(parts.at(1), &error);
    if (!connection) {
        if (!error.isEmpty()) {
            m_workspace.reset(); // reopened by the next delivery
            return refuse(Status::ServiceUnavailable, tr("The workspace cannot be read; deliver again later."));
        }
        return refuse(Status::NotFound, tr("No connection has this id."));
    }
    connectionName = connection->name;
    const Connector *connector = ConnectorRegistry::instance().find(connection->connectorId);
    const auto scheme = connector ? connector->webhookScheme() : std::nullopt;
    if (!scheme)
        return refuse(Status::NotFound, tr("This connection's service sends no webhooks."));

    // The secret: the first of the connector's webhook secrets this connection has.
    const SecretOwner owner = SecretOwner::connection(connection->uid, connection->name, connection->legacySecretName);
    QByteArray secret;
    for (const QString &key : connector->webhookSecretKeys()) {
        QString secretError;
        if (const auto value = m_credentials->secret(owner, key, &secretError); value && !value->isEmpty()) {
            secret = value->toUtf8();
            break;
        }
    }
    if (secret.isEmpty())
        return refuse(
            Status::Forbidden,
            tr("This connection has no webhook secret (%1), so no delivery can be verified.").arg(connector->webhookSecretKeys().join(u" or "_s)));

    WebhookSignature::Delivery delivery;
    delivery.method = methodName(request.method());
    const QString query = request.url().query(QUrl::FullyEncoded);
    const QString base = !m_options.publicUrl.isEmpty()
        ? QString(m_options.publicUrl.endsWith(u'/') ? m_options.publicUrl.chopped(1) : m_options.publicUrl)
        : (isTls() ? u"https://"_s : u"http://"_s) + QString::fromUtf8(request.value("host"));
    delivery.url = base + request.url().path(QUrl::FullyEncoded) + (query.isEmpty() ? QString() : u'?' + query);
    for (const auto &[name, value] : request.headers().toListOfPairs())
        delivery.headers.append({name, value});
    delivery.body = request.body();
    const WebhookSignature::Result verdict = WebhookSignature::verify(*scheme, delivery, secret, QDateTime::currentSecsSinceEpoch());
    switch (verdict.verdict) {
    case WebhookSignature::Verdict::Valid: break;
    case WebhookSignature::Verdict::Missing:
    case WebhookSignature::Verdict::Malformed: return refuse(Status::BadRequest, verdict.reason);
    case WebhookSignature::Verdict::Mismatch:
    case WebhookSignature::Verdict::Stale: return refuse(Status::Unauthorized, verdict.reason);
    }

    Connector::WebhookEvents events;
    if (!connector->readWebhook(delivery.body, connection->settings, &events, &error))
        return refuse(Status::BadRequest, error);
    if (!events.challenge.isEmpty()) { // a handshake: nothing to record or queue
        log(u"200 %1: answered the URL verification"_s.arg(connectionName));
        Q_EMIT answered(200, connectionName);
        return answer(Status::Ok, QJsonObject{{u"challenge"_s, QString::fromUtf8(events.challenge)}});
    }
    const QString key = events.deliveryKey.isEmpty()
        ? u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(delivery.body, QCryptographicHash::Sha256).toHex())
        : events.deliveryKey.left(200);
    switch (WebhookStore(*w).record(connection->id, key, &error)) {
    case WebhookStore::Outcome::Recorded: break;
    case WebhookStore::Outcome::Duplicate: return refuse(Status::Conflict, tr("This delivery was received before; nothing is queued again."));
    case WebhookStore::Outcome::Failed:
        m_workspace.reset();
        return refuse(Status::ServiceUnavailable, tr("The delivery cannot be recorded; deliver again later."));
    }
    if (!events.streams.isEmpty()) {
        Pending &pending = m_pending[connection->id];
        pending.connection = connection->name;
        for (const QString &stream : std::as_const(events.streams))
            pending.streams.insert(stream);
        if (!pending.timer) {
            pending.timer = new QTimer(this);
            pending.timer->setSingleShot(true);
            const qint64 id = connection->id;
            connect(pending.timer, &QTimer::timeout, this, [this, id] { enqueue(id); });
            pending.timer->start(m_options.debounceMs);
        }
    }
    log(u"200 %1: %2 event(s), %3"_s.arg(connectionName)
            .arg(events.events)
            .arg(events.streams.isEmpty() ? u"nothing to sync"_s : u"sync of "_s + events.streams.join(u", "_s) + u" queued"_s));
    Q_EMIT answered(200, connectionName);
    return answer(Status::Ok, QJsonObject{{u"received"_s, events.events}, {u"streams"_s, QJsonArray::fromStringList(events.streams)}});
}

void WebhookReceiver::enqueue(qint64 connectionId)
{
    const Pending pending = m_pending.take(connectionId);
    if (pending.timer)
        pending.timer->deleteLater();
    QString error;
    Workspace *w = workspace(&error);
    if (!w) {
        log(tr("Cannot queue the sync of %1: %2").arg(pending.connection, error));
        return;
    }
    JobQueue queue(*w);
    JobQueue::Filter filter;
    filter.state = QueuedJob::State::Queued;
    filter.connection = pending.connection;
    QSet<QString> waiting; // a queued job still reads everything changed so far
    for (const QueuedJob &job : queue.list(filter, &error))
        if (job.connectionId == connectionId && !job.fullRefresh)
            waiting.insert(job.stream);
    QHash<QString, qint64> jobs;
    QStringList streams(pending.streams.begin(), pending.streams.end());
    streams.sort();
    for (const QString &stream : std::as_const(streams)) {
        if (waiting.contains(stream)) {
            jobs.insert(stream, 0);
            continue;
        }
        JobQueue::Enqueue job;
        job.connectionId = connectionId;
        job.stream = stream;
        job.priority = 10; // a change someone is waiting for goes before scheduled runs
        error.clear();
        const qint64 id = queue.enqueue(job, &error);
        if (!id && !error.isEmpty()) {
            log(tr("Cannot queue the sync of %1 (%2): %3").arg(pending.connection, stream, error));
            continue;
        }
        jobs.insert(stream, id);
    }
    log(u"queued %1: %2"_s.arg(pending.connection, streams.join(u", "_s)));
    Q_EMIT queued(pending.connection, jobs);
}

void WebhookReceiver::flush()
{
    const QList<qint64> ids = m_pending.keys();
    for (qint64 id : ids)
        enqueue(id);
}

} // namespace Orion

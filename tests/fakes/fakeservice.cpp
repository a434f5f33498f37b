#include "fakeservice.h"

#include <QHttpHeaders>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Orion::Fakes {

FakeResponse FakeResponse::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

// Answers go out as several small writes (headers, body); without TCP_NODELAY, Nagle's algorithm and
// the client's delayed ACK add ~40 ms to every response, which no real API server does.
class NoDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

class FakeServerThread : public QThread
{
public:
    explicit FakeServerThread(FakeService *service)
        : m_service(service)
    {
    }
    QSemaphore ready;
    quint16 port = 0;

protected:
    void run() override
    {
        QHttpServer server;
        auto *tcp = new NoDelayTcpServer(&server);
        if (tcp->listen(m_service->m_address, 0) && server.bind(tcp))
            port = tcp->serverPort();
        server.setMissingHandler(&server, [this, &server](const QHttpServerRequest &request, QHttpServerResponder &responder) {
            RecordedRequest recorded;
            recorded.method = request.method() == QHttpServerRequest::Method::Get ? QByteArray("GET")
                : request.method() == QHttpServerRequest::Method::Post            ? QByteArray("POST")
                : request.method() == QHttpServerRequest::Method::Patch           ? QByteArray("PATCH")
                : request.method() == QHttpServerRequest::Method::Put             ? QByteArray("PUT")
                : request.method() == QHttpServerRequest::Method::Delete          ? QByteArray("DELETE")
                                                                                  : QByteArray("OTHER");
            recorded.path = request.url().path();
            recorded.query = request.query();
            for (const auto &[name, value] : request.headers().toListOfPairs())
                recorded.headers.insert(name.toLower(), value);
            recorded.body = request.body();
            int delayMs = 0;
            const FakeResponse response = m_service->dispatch(recorded, &delayMs);
            QHttpHeaders headers;
            headers.append(QHttpHeaders::WellKnownHeader::ContentType, response.contentType);
            for (const auto &[name, value] : response.headers)
                headers.append(name, value);
            QHttpServerResponse answer(response.body, QHttpServerResponse::StatusCode(response.status));
            answer.setHeaders(std::move(headers));
            if (delayMs <= 0) {
                responder.sendResponse(answer);
                return;
            }
            // A late answer waits on a timer, not on this thread: other requests (concurrent readers on
            // other connections) are served meanwhile, as a real server behind a slow network would.
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            QTimer::singleShot(delayMs, Qt::PreciseTimer, &server, [held, answer = std::move(answer)] { held->sendResponse(answer); });
        });
        ready.release();
        exec();
    }

private:
    FakeService *m_service;
};

FakeService::FakeService() = default;

FakeService::~FakeService()
{
    stop();
}

bool FakeService::start()
{
    auto *thread = new FakeServerThread(this);
    m_thread = thread;
    thread->start();
    thread->ready.acquire();
    m_port = thread->port;
    return m_port != 0;
}

void FakeService::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

QUrl FakeService::baseUrl() const
{
    return QUrl(QStringLiteral("http://%1:%2").arg(m_address.toString()).arg(m_port));
}

void FakeService::injectFault(const Fault &fault)
{
    QMutexLocker locker(&m_mutex);
    m_faults.append(fault);
}

void FakeService::clearFaults()
{
    QMutexLocker locker(&m_mutex);
    m_faults.clear();
}

void FakeService::setResponseDelay(int ms)
{
    QMutexLocker locker(&m_mutex);
    m_delayMs = ms;
}

void FakeService::setRecording(bool on)
{
    QMutexLocker locker(&m_mutex);
    m_recording = on;
}

QList<RecordedRequest> FakeService::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

QStringList FakeService::issuedSecrets() const
{
    QMutexLocker locker(&m_mutex);
    return m_issuedSecrets;
}

int FakeService::requestCount(const QString &pathPrefix) const
{
    QMutexLocker locker(&m_mutex);
    int count = 0;
    for (const auto &r : m_requests)
        count += r.path.startsWith(pathPrefix) ? 1 : 0;
    return count;
}

void FakeService::clearRequests()
{
    QMutexLocker locker(&m_mutex);
    m_requests.clear();
}

QDateTime FakeService::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffset);
}

void FakeService::advanceClock(qint64 seconds)
{
    QMutexLocker locker(&m_mutex);
    m_clockOffset += seconds;
}

FakeResponse FakeService::dispatch(const RecordedRequest &request, int *delayMs)
{
    int delay = 0;
    std::optional<Fault> fault;
    {
        QMutexLocker locker(&m_mutex);
        if (m_recording) {
            RecordedRequest stored = request;
            m_requests.append(std::move(stored));
        }
        delay = m_delayMs;
        for (qsizetype i = 0; i < m_faults.size(); ++i) {
            if (request.path.startsWith(m_faults[i].pathPrefix)) {
                fault = m_faults[i];
                if (--m_faults[i].times <= 0)
                    m_faults.removeAt(i);
                break;
            }
        }
    }
    if (fault)
        delay += fault->delayMs;
    *delayMs = delay;
    if (fault && fault->status != 0) {
        FakeResponse response{fault->status, fault->body, "application/json", fault->headers};
        return response;
    }
    FakeResponse response;
    {
        QMutexLocker locker(&m_mutex);
        response = handle(request);
    }
    if (fault && fault->malformedJson)
        response.body = response.body.left(response.body.size() / 2);
    return response;
}

} // namespace Orion::Fakes

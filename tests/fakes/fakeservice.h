#pragma once

#include <QHostAddress>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QThread;

namespace Orion::Fakes {

struct RecordedRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// A webhook delivery as the vendor sends it: its signed headers and the raw body.
struct SignedDelivery
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static FakeResponse json(int status, const QJsonObject &object);
};

// A fault to inject into the next `times` requests whose path starts with pathPrefix:
// an HTTP status with headers and body, a delay before answering, or a malformed JSON body.
struct Fault
{
    QString pathPrefix;
    int status = 0; // 0 = answer normally (after the delay / with a malformed body)
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool malformedJson = false;
    int times = 1;
};

// A local vendor fake on QHttpServer, running on its own thread so tests (and the GUI test's event
// loop) measure only the client. It records every request and injects scripted faults. Subclasses
// implement the vendor's documented contract in handle(), called on the server thread with
// m_mutex held.
class FakeService
{
public:
    FakeService();
    virtual ~FakeService();
    FakeService(const FakeService &) = delete;
    FakeService &operator=(const FakeService &) = delete;

    // Before start(): another loopback address, e.g. 127.0.0.2 for "another host" in redirect tests.
    void setListenAddress(const QHostAddress &address) { m_address = address; }
    bool start();
    void stop();
    QUrl baseUrl() const; // http://127.0.0.1:PORT (no trailing slash)

    void injectFault(const Fault &fault);
    void clearFaults();
    void setResponseDelay(int ms); // every answer, on a timer: a slow network (also widens windows for kill tests)
    void setRecording(bool on);

    QList<RecordedRequest> requests() const;
    int requestCount(const QString &pathPrefix = {}) const;
    // Every credential this fake has handed out (access and refresh tokens), for leak scans.
    QStringList issuedSecrets() const;
    void clearRequests();

    // The fake's clock for token expiry: real time plus an offset the test controls.
    QDateTime now() const;
    void advanceClock(qint64 seconds);

protected:
    virtual FakeResponse handle(const RecordedRequest &request) = 0;
    void noteIssuedSecret(const QString &secret) { m_issuedSecrets.append(secret); } // m_mutex held
    mutable QMutex m_mutex;

private:
    friend class FakeServerThread;
    FakeResponse dispatch(const RecordedRequest &request, int *delayMs); // *delayMs: how late to answer

    QThread *m_thread = nullptr;
    quint16 m_port = 0;
    QHostAddress m_address = QHostAddress(QHostAddress::LocalHost);
    QList<Fault> m_faults;
    QList<RecordedRequest> m_requests;
    QStringList m_issuedSecrets;
    int m_delayMs = 0;
    bool m_recording = true;
    qint64 m_clockOffset = 0;
};

} // namespace Orion::Fakes

#pragma once

#include "runtime/failure.h"
#include "runtime/redactor.h"
#include "runtime/retrypolicy.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QFileDevice;
class QNetworkAccessManager;
class QNetworkRequest;
QT_END_NAMESPACE

namespace Orion {

class Authenticator;
class RateBudget;

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    bool authenticate = true; // false for token endpoints: the authenticator is not applied
    // When set, a 2xx body is written here as it arrives instead of into HttpResponse::body, with no
    // maxResponseBytes cap (Bulk API results can be larger than any answer kept in memory). The file
    // is emptied before every attempt, so a retried request never leaves a mixed answer behind.
    QFileDevice *saveTo = nullptr;
    // A budget of this kind of request besides the connection's (HubSpot's search API has its own
    // limit): every attempt, retries included, draws from it, and a 429 slows it down.
    std::shared_ptr<RateBudget> budget;
};

struct HttpResponse
{
    int status = 0; // 0 when no response arrived
    QByteArray body;
    HttpHeaders headers;
    Failure failure; // set for cancellation, exhausted retries, network errors and authentication failures;
                     // an HTTP error status by itself is not a failure: the caller interprets it
    int attempts = 0;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    bool isSuccess() const { return !failure && status >= 200 && status < 300; }
};

// A blocking HTTP client for one worker thread: send() pumps a local event loop until the reply
// (or cancellation) arrives, so adapters read like straight-line code. It owns a
// QNetworkAccessManager created on the first send() and must stay on that thread.
//
// Every request gets a transfer timeout, a place in the connection's rate budget, and retries with
// exponential backoff and jitter on 408/425/429/5xx and network errors, honouring Retry-After.
// A 401 asks the authenticator to refresh once. One log line per attempt, secrets redacted.
class HttpClient
{
public:
    struct Options
    {
        std::chrono::milliseconds transferTimeout{30'000};
        qint64 maxResponseBytes = 64 * 1024 * 1024;
        RetryPolicy retry;
        // A redirect to the same origin (scheme, host, port) is followed with the credentials. One to
        // another origin is refused (the default), or followed without any credential: no
        // authenticator, no Authorization, Cookie, API-key or token header. https → http never.
        enum class CrossOriginRedirects { Refuse, StripCredentials };
        CrossOriginRedirects crossOriginRedirects = CrossOriginRedirects::Refuse;
        int maxRedirects = 10;
    };

    HttpClient();
    explicit HttpClient(const Options &options);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }
    const std::atomic<bool> *cancelFlag() const { return m_cancel; }
    void setAuthenticator(Authenticator *authenticator) { m_authenticator = authenticator; }
    Authenticator *authenticator() const { return m_authenticator; }
    void setRateBudget(std::shared_ptr<RateBudget> budget);
    std::shared_ptr<RateBudget> rateBudget() const { return m_budget; }
    void setLogger(std::function<void(const QString &)> logger) { m_logger = std::move(logger); }
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }

    Options &options() { return m_options; }
    Redactor &redactor() { return *m_redactor; }
    std::shared_ptr<Redactor> sharedRedactor() const { return m_redactor; }
    void setRedactor(std::shared_ptr<Redactor> redactor) { m_redactor = std::move(redactor); }

    HttpResponse send(const HttpRequest &request);

    // Recorded fixtures: a replay answers requests instead of the network (return false: "not
    // recorded", a network error); a recorder sees every exchange as sent (headers after the
    // authenticator: the recorder must redact them).
    struct Exchange
    {
        QByteArray method;
        QUrl url;
        HttpHeaders requestHeaders;
        QByteArray requestBody;
        int status = 0;
        HttpHeaders responseHeaders;
        QByteArray responseBody;
    };
    using Replay = std::function<bool(const QByteArray &method, const QUrl &url, const QByteArray &body, Exchange *answer)>;
    void setReplay(Replay replay) { m_replay = std::move(replay); }
    void setRecorder(std::function<void(const Exchange &)> recorder) { m_recorder = std::move(recorder); }

    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    // Waits without blocking cancellation; returns false when cancelled.
    bool sleep(std::chrono::milliseconds duration) const;
    void log(const QString &line) const;

    qint64 requestsSent() const { return m_requestsSent; }
    // Requests sent for this client's caller by helper clients (concurrent probes), so that
    // requestsSent() is what the run cost the service's budget.
    void countRequestsSentElsewhere(qint64 requests) { m_requestsSent += requests; }
    qint64 unparsableAnswers() const { return m_unparsableAnswers; } // 2xx bodies retried because they did not parse

    // "Stripe answered 400: No such customer" from a response with a JSON error body.
    // Parses a JSON object body; a system failure naming the service otherwise.
    static bool parseJsonObject(const HttpResponse &response, const QString &service, QJsonObject *object, Failure *failure);

    // send() for endpoints that answer a JSON object: on a 2xx answer parses it into *body; otherwise
    // *failure is errorFor(response) (the adapter's reading of the vendor's error) or the client's
    // own failure, and false is returned.
    // With `text`, also the answer's bytes (for raw copies that need not be serialised again).
    bool fetchJsonObject(const HttpRequest &request, const QString &service, const std::function<Failure(const HttpResponse &)> &errorFor,
                         QJsonObject *body, Failure *failure, QByteArray *text = nullptr);
    // fetchJsonObject() with the caller's own reading of a 2xx answer (a faster parser, say): `read`
    // returns false with *failure when the body does not parse, which is retried as above.
    bool fetchAnswer(const HttpRequest &request, const std::function<Failure(const HttpResponse &)> &errorFor,
                     const std::function<bool(const HttpResponse &, Failure *)> &read, Failure *failure);

    static QString describeHttpError(const QString &service, const HttpResponse &response, const QString &detail);

    // The QNetworkAccessManager every part of the code base uses: redirects are never followed by
    // Qt itself (HttpClient follows them by the rule above; other users treat a 3xx as an answer).
    static std::unique_ptr<QNetworkAccessManager> createNetworkManager();
    // Whether a request header carries a credential (Authorization, Cookie, X-Api-Key, *-Token, …).
    static bool isCredentialHeader(QByteArrayView name);
    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    struct Attempt;
    Attempt execute(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body, QFileDevice *saveTo);

    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    const std::atomic<bool> *m_cancel = nullptr;
    Authenticator *m_authenticator = nullptr;
    std::shared_ptr<RateBudget> m_budget;
    std::shared_ptr<Redactor> m_redactor;
    std::function<void(const QString &)> m_logger;
    QByteArray m_userAgent = "OrionConnectorStudio";
    qint64 m_requestsSent = 0;
    qint64 m_unparsableAnswers = 0;
    Replay m_replay;
    std::function<void(const Exchange &)> m_recorder;
};

} // namespace Orion

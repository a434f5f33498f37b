#include "runtime/httpclient.h"

#include "runtime/authenticator.h"
#include "runtime/ratebudget.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Orion {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct HttpClient::Attempt
{
    int status = 0;
    QByteArray body;
    HttpHeaders headers;
    bool networkError = false;
    bool cancelled = false;
    bool tooLarge = false;
    QString errorString;
    QString saveError; // the 2xx body could not be written to HttpRequest::saveTo
};

namespace {

bool isSuccessStatus(int status)
{
    return status >= 200 && status < 300;
}

// Empties the file a body is saved to; false with *error when the file cannot be written.
bool resetSaveFile(QFileDevice *file, QString *error)
{
    if (!file->isOpen() || !file->isWritable() || !file->seek(0) || !file->resize(0)) {
        *error = file->errorString();
        return false;
    }
    return true;
}

bool writeAll(QFileDevice *file, const QByteArray &bytes, QString *error)
{
    if (file->write(bytes) != bytes.size()) {
        *error = file->errorString();
        return false;
    }
    return true;
}

} // namespace

HttpClient::HttpClient()
    : HttpClient(Options{})
{
}

HttpClient::HttpClient(const Options &options)
    : m_options(options)
    , m_redactor(std::make_shared<Redactor>())
{
}

HttpClient::~HttpClient() = default;

void HttpClient::setRateBudget(std::shared_ptr<RateBudget> budget)
{
    m_budget = std::move(budget);
}

void HttpClient::log(const QString &line) const
{
    if (m_logger)
        m_logger(m_redactor->redact(line));
}

bool HttpClient::sleep(std::chrono::milliseconds duration) const
{
    QDeadlineTimer deadline(duration);
    while (!deadline.hasExpired()) {
        if (isCancelled())
            return false;
        QThread::msleep(std::min<qint64>(20, std::max<qint64>(1, deadline.remainingTime())));
    }
    return !isCancelled();
}

HttpClient::Attempt HttpClient::execute(const QNetworkRequest &request, const QByteArray &method, const QByteArray &body, QFileDevice *saveTo)
{
    if (!m_nam)
        m_nam = createNetworkManager();
    Attempt attempt;
    if (saveTo && !resetSaveFile(saveTo, &attempt.saveError))
        return attempt;
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    // A 2xx body that goes to a file leaves the reply as it arrives; any other body stays in memory.
    auto saving = [&] { return saveTo && isSuccessStatus(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()); };
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (saving() && attempt.saveError.isEmpty() && !writeAll(saveTo, reply->readAll(), &attempt.saveError))
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > m_options.maxResponseBytes && !saving()) {
            attempt.tooLarge = true;
            reply->abort();
        }
    });
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (isCancelled()) {
            attempt.cancelled = true;
            reply->abort();
        }
    });
    poll.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    ++m_requestsSent;

    attempt.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (saving()) {
        if (attempt.saveError.isEmpty() && (!writeAll(saveTo, reply->readAll(), &attempt.saveError) || !saveTo->flush()))
            attempt.saveError = saveTo->errorString();
    } else {
        attempt.body = reply->readAll();
    }
    for (const auto &pair : reply->rawHeaderPairs())
        attempt.headers.append({pair.first, pair.second});
    if (reply->error() != QNetworkReply::NoError && attempt.status == 0) {
        attempt.networkError = true;
        attempt.errorString = reply->error() == QNetworkReply::OperationCanceledError && !attempt.cancelled
            ? u"no data for %1 s (timed out)"_s.arg(m_options.transferTimeout.count() / 1000.0)
            : reply->errorString();
    }
    delete reply;
    return attempt;
}

std::unique_ptr<QNetworkAccessManager> HttpClient::createNetworkManager()
{
    auto nam = std::make_unique<QNetworkAccessManager>();
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return nam;
}

bool HttpClient::isCredentialHeader(QByteArrayView name)
{
    // One rule for logs, importers and redirects: the redactor's.
    const QByteArray bytes = name.toByteArray();
    return Redactor::isSensitiveHeader(bytes) || Redactor::isCredentialName(QString::fromLatin1(bytes));
}

bool HttpClient::sameOrigin(const QUrl &a, const QUrl &b)
{
    auto defaultPort = [](const QUrl &u) { return u.port(u.scheme() == "https"_L1 ? 443 : u.scheme() == "http"_L1 ? 80 : -1); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && defaultPort(a) == defaultPort(b);
}

HttpResponse HttpClient::send(const HttpRequest &original)
{
    HttpResponse response;
    int retries = 0;
    int redirects = 0;
    bool refreshedAfterUnauthorized = false;
    bool credentialsStripped = false; // after a cross-origin hop with CrossOriginRedirects::StripCredentials
    HttpRequest request = original;
    const QString host = request.url.host();
    for (;;) {
        if (isCancelled()) {
            response.failure = Failure::cancelled(QCoreApplication::translate("Orion::HttpClient", "Cancelled."));
            return response;
        }
        QNetworkRequest networkRequest(request.url);
        networkRequest.setTransferTimeout(m_options.transferTimeout);
        networkRequest.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        for (const auto &[name, value] : request.headers) {
            if (!credentialsStripped || !isCredentialHeader(name))
                networkRequest.setRawHeader(name, value);
        }
        if (request.authenticate && m_authenticator && !credentialsStripped) {
            if (Failure failure = m_authenticator->authorize(*this, networkRequest)) {
                response.failure = failure;
                return response;
            }
        }
        for (RateBudget *budget : {m_budget.get(), request.budget.get()}) {
            const auto wait = budget ? budget->reserve() : std::chrono::milliseconds(0);
            if (wait.count() > 0 && !sleep(wait)) {
                response.failure = Failure::cancelled(QCoreApplication::translate("Orion::HttpClient", "Cancelled."));
                return response;
            }
        }

        QElapsedTimer timer;
        timer.start();
        Attempt attempt;
        if (m_replay) {
            Exchange answer;
            if (m_replay(request.method, networkRequest.url(), request.body, &answer)) {
                attempt.status = answer.status;
                attempt.headers = answer.responseHeaders;
                if (request.saveTo && isSuccessStatus(answer.status)) {
                    if (resetSaveFile(request.saveTo, &attempt.saveError))
                        writeAll(request.saveTo, answer.responseBody, &attempt.saveError);
                } else {
                    attempt.body = answer.responseBody;
                }
            } else {
                // Not a network problem: retrying cannot help.
                response.failure
                    = Failure::config(QCoreApplication::translate("Orion::HttpClient", "%1 %2: this request is not in the recorded fixture")
                                          .arg(QString::fromLatin1(request.method), m_redactor->redactUrl(networkRequest.url())));
                return response;
            }
        } else {
            attempt = execute(networkRequest, request.method, request.body, request.saveTo);
        }
        if (m_recorder && !attempt.cancelled && !attempt.networkError) {
            Exchange e{request.method, networkRequest.url(), {}, request.body, attempt.status, attempt.headers, attempt.body};
            for (const QByteArray &name : networkRequest.rawHeaderList())
                e.requestHeaders.append({name, networkRequest.rawHeader(name)});
            m_recorder(e);
        }
        ++response.attempts;
        const QString target = m_redactor->redactUrl(networkRequest.url());
        if (attempt.cancelled) {
            log(u"%1 %2 cancelled"_s.arg(QString::fromLatin1(request.method), target));
            response.failure = Failure::cancelled(QCoreApplication::translate("Orion::HttpClient", "Cancelled."));
            return response;
        }
        if (!attempt.saveError.isEmpty()) {
            log(u"%1 %2: the answer could not be saved: %3"_s.arg(QString::fromLatin1(request.method), target, attempt.saveError));
            response.failure = Failure::system(
                QCoreApplication::translate("Orion::HttpClient", "The answer from %1 could not be saved: %2").arg(host, attempt.saveError));
            return response;
        }
        if (attempt.tooLarge) {
            response.failure
                = Failure::system(QCoreApplication::translate("Orion::HttpClient", "%1 sent a response larger than %2 MB; it was refused.")
                                      .arg(host)
                                      .arg(m_options.maxResponseBytes / (1024 * 1024)));
            return response;
        }
        // One multi-argument arg(): a URL's percent escapes ("%2A") must not be taken for placeholders.
        log(attempt.networkError ? u"%1 %2 failed: %3 (%4 ms)"_s.arg(QString::fromLatin1(request.method), target, attempt.errorString,
                                                                     QString::number(timer.elapsed()))
                                 : u"%1 %2 → %3 (%4 ms)"_s.arg(QString::fromLatin1(request.method), target, QString::number(attempt.status),
                                                               QString::number(timer.elapsed())));

        response.status = attempt.status;
        response.body = std::move(attempt.body);
        response.headers = std::move(attempt.headers);

        // Redirects, followed here (never by Qt) so that credentials only go where they belong.
        const bool redirect
            = attempt.status == 301 || attempt.status == 302 || attempt.status == 303 || attempt.status == 307 || attempt.status == 308;
        if (redirect && !m_replay && !response.header("Location").isEmpty()) {
            const QUrl from = networkRequest.url();
            const QUrl to = from.resolved(QUrl::fromEncoded(response.header("Location")));
            const QString fromText = m_redactor->redactUrl(from), toText = m_redactor->redactUrl(to);
            auto refuse = [&](const QString &why) {
                log(u"redirect from %1 to %2 refused: %3"_s.arg(fromText, toText, why));
                response.failure = Failure::config(
                    QCoreApplication::translate("Orion::HttpClient", "%1 redirected the request to %2; refused: %3").arg(from.host(), toText, why));
                return response;
            };
            if (++redirects > m_options.maxRedirects)
                return refuse(QCoreApplication::translate("Orion::HttpClient", "more than %1 redirects").arg(m_options.maxRedirects));
            if (!to.isValid() || (to.scheme() != "https"_L1 && to.scheme() != "http"_L1))
                return refuse(QCoreApplication::translate("Orion::HttpClient", "not an http(s) address"));
            if (from.scheme() == "https"_L1 && to.scheme() == "http"_L1)
                return refuse(QCoreApplication::translate("Orion::HttpClient", "it leaves https for plain http"));
            if (!sameOrigin(from, to)) {
                if (m_options.crossOriginRedirects == Options::CrossOriginRedirects::Refuse)
                    return refuse(QCoreApplication::translate("Orion::HttpClient", "another host would receive the connection's credentials"));
                credentialsStripped = true;
            }
            log(u"%1 %2 → %3 redirect to %4%5"_s.arg(QString::fromLatin1(request.method), fromText, QString::number(attempt.status), toText,
                                                     credentialsStripped ? u" (without credentials)"_s : QString()));
            request.url = to;
            if (attempt.status == 303 || ((attempt.status == 301 || attempt.status == 302) && request.method == "POST")) {
                request.method = "GET";
                request.body.clear();
            }
            response = HttpResponse{};
            continue;
        }

        if (attempt.status == 401 && request.authenticate && m_authenticator && !refreshedAfterUnauthorized) {
            refreshedAfterUnauthorized = true;
            Failure failure;
            if (m_authenticator->refreshAfterUnauthorized(*this, &failure))
                continue;
            if (failure) {
                response.failure = failure;
                return response;
            }
        }

        // The connection's budget adapts to what the service says: every reader slows down on a 429.
        for (RateBudget *budget : {m_budget.get(), request.budget.get()}) {
            if (budget && attempt.status == 429)
                budget->throttled();
            else if (budget && isSuccessStatus(attempt.status))
                budget->succeeded();
        }
        const auto decision = m_options.retry.decide(attempt.status, attempt.networkError, response.header("Retry-After"), retries,
                                                     QDateTime::currentDateTimeUtc(), QRandomGenerator::global()->generateDouble());
        if (decision.verdict == RetryPolicy::Verdict::Done)
            return response;
        if (decision.verdict == RetryPolicy::Verdict::GiveUp) {
            QString reason;
            if (attempt.networkError)
                reason = QCoreApplication::translate("Orion::HttpClient", "Cannot reach %1: %2").arg(host, attempt.errorString);
            else if (decision.fromRetryAfter)
                reason = QCoreApplication::translate("Orion::HttpClient", "%1 is rate limiting requests and asks to wait %2 s")
                             .arg(host)
                             .arg(decision.delayMs / 1000);
            else
                reason = QCoreApplication::translate("Orion::HttpClient", "%1 answered HTTP %2").arg(host).arg(attempt.status);
            response.failure
                = Failure::transient(QCoreApplication::translate("Orion::HttpClient", "%1 (gave up after %n attempt(s)).", nullptr, response.attempts)
                                         .arg(m_redactor->redact(reason)));
            return response;
        }
        ++retries;
        log(u"retry %1 of %2 in %3 ms%4"_s.arg(retries)
                .arg(m_options.retry.maxRetries)
                .arg(decision.delayMs)
                .arg(decision.fromRetryAfter ? u" (Retry-After)"_s : QString()));
        if (!sleep(std::chrono::milliseconds(decision.delayMs))) {
            response.failure = Failure::cancelled(QCoreApplication::translate("Orion::HttpClient", "Cancelled."));
            return response;
        }
    }
}

QString HttpClient::describeHttpError(const QString &service, const HttpResponse &response, const QString &detail)
{
    if (response.failure)
        return response.failure.message;
    return detail.isEmpty()
        ? QCoreApplication::translate("Orion::HttpClient", "%1 answered HTTP %2.").arg(service).arg(response.status)
        : QCoreApplication::translate("Orion::HttpClient", "%1 answered HTTP %2: %3").arg(service).arg(response.status).arg(detail);
}

} // namespace Orion

#include <QJsonDocument>

namespace Orion {

bool HttpClient::parseJsonObject(const HttpResponse &response, const QString &service, QJsonObject *object, Failure *failure)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *failure = Failure::system(QCoreApplication::translate("Orion::HttpClient", "%1 sent a response that is not a JSON object (%2 at byte %3).")
                                       .arg(service, error.error != QJsonParseError::NoError ? error.errorString() : u"unexpected type"_s)
                                       .arg(error.offset));
        return false;
    }
    *object = doc.object();
    return true;
}

bool HttpClient::fetchJsonObject(const HttpRequest &request, const QString &service, const std::function<Failure(const HttpResponse &)> &errorFor,
                                 QJsonObject *body, Failure *failure, QByteArray *text)
{
    return fetchAnswer(
        request, errorFor,
        [&](const HttpResponse &response, Failure *parseFailure) {
            if (!parseJsonObject(response, service, body, parseFailure))
                return false;
            if (text)
                *text = response.body;
            return true;
        },
        failure);
}

bool HttpClient::fetchAnswer(const HttpRequest &request, const std::function<Failure(const HttpResponse &)> &errorFor,
                             const std::function<bool(const HttpResponse &, Failure *)> &read, Failure *failure)
{
    // A 2xx whose body does not parse (cut short by a flaky proxy, say) is retried like a network
    // error when the request is safe to repeat, then fails as transient: the next run can resume.
    const bool safe = request.method == "GET" || request.method == "HEAD";
    for (int retry = 0;; ++retry) {
        const HttpResponse response = send(request);
        if (!response.isSuccess()) {
            *failure = response.failure ? response.failure : errorFor(response);
            return false;
        }
        Failure parseFailure;
        if (read(response, &parseFailure)) {
            *failure = Failure{};
            return true;
        }
        *failure = parseFailure;
        if (!safe || m_replay)
            return false;
        ++m_unparsableAnswers;
        if (retry >= m_options.retry.maxRetries) {
            *failure = Failure::transient(
                QCoreApplication::translate("Orion::HttpClient", "%1 (gave up after %2 attempts).").arg(failure->message).arg(retry + 1));
            return false;
        }
        const qint64 delay = m_options.retry.backoffMs(retry + 1, QRandomGenerator::global()->generateDouble());
        log(u"%1 %2: the answer does not parse (%3); retry %4 of %5 in %6 ms"_s.arg(
            QString::fromLatin1(request.method), m_redactor->redactUrl(request.url), failure->message, QString::number(retry + 1),
            QString::number(m_options.retry.maxRetries), QString::number(delay)));
        if (!sleep(std::chrono::milliseconds(delay))) {
            *failure = Failure::cancelled(QCoreApplication::translate("Orion::HttpClient", "Cancelled."));
            return false;
        }
    }
}

} // namespace Orion

// The shared HTTP client: retry and backoff decisions, Retry-After, timeouts, cancellation, the rate
// budget and redaction — against the Stripe fake with injected faults.
#include "fakestripe.h"

#include "runtime/authenticator.h"
#include "runtime/httpclient.h"
#include "runtime/ratebudget.h"
#include "runtime/retrypolicy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkRequest>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <thread>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeStripe;
using Orion::Fakes::Fault;

class TstHttpClient : public QObject
{
    Q_OBJECT
    FakeStripe m_stripe;

    HttpClient::Options fastOptions() const
    {
        HttpClient::Options options;
        options.retry.baseDelayMs = 10;
        options.retry.maxDelayMs = 40;
        options.retry.maxRetries = 3;
        // Generous: on a busy machine a first request can take a while, and a timeout would turn a
        // test about redirects or statuses into one about retries. The timeout test sets its own.
        options.transferTimeout = std::chrono::seconds(15);
        return options;
    }

    HttpRequest customers() const
    {
        HttpRequest request;
        request.url = QUrl(m_stripe.baseUrl().toString() + u"/v1/customers?limit=2"_s);
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_stripe.setCustomerCount(5);
        QVERIFY(m_stripe.start());
    }
    void init() { m_stripe.clearRequests(); }

    // A 302 to another host must not carry the connection's key there (127.0.0.2 stands in for it).
    void credentialsNeverFollowARedirectToAnotherHost_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }
    void credentialsNeverFollowARedirectToAnotherHost()
    {
        QFETCH(int, status);
        FakeStripe other(m_stripe.apiKey());
        other.setListenAddress(QHostAddress(u"127.0.0.2"_s));
        other.setCustomerCount(1);
        QVERIFY(other.start());
        const QByteArray elsewhere = other.baseUrl().toEncoded() + "/v1/customers?limit=2";
        BearerAuthenticator auth(m_stripe.apiKey());
        QStringList log;

        // Refused by default: nothing reaches the other host, and the failure says why.
        m_stripe.injectFault({u"/v1/customers"_s, status, "{}", {{"Location", elsewhere}}, 0, false, 1});
        HttpClient client(fastOptions());
        client.setAuthenticator(&auth);
        client.setLogger([&log](const QString &line) { log << line; });
        HttpResponse response = client.send(customers());
        QCOMPARE(response.failure.errorClass, ErrorClass::Config);
        QVERIFY2(response.failure.message.contains(u"127.0.0.2"_s) && response.failure.message.contains(u"refused"_s),
                 qPrintable(response.failure.message));
        QCOMPARE(other.requestCount(), 0);
        QVERIFY2(log.join(u'\n').contains(u"redirect from"_s), qPrintable(log.join(u'\n')));

        // Followed without credentials when the connection allows it; both hops are logged.
        log.clear();
        m_stripe.injectFault({u"/v1/customers"_s, status, "{}", {{"Location", elsewhere}, {"Set-Cookie", "s=1"}}, 0, false, 1});
        client.options().crossOriginRedirects = HttpClient::Options::CrossOriginRedirects::StripCredentials;
        HttpRequest request = customers();
        request.headers.append(std::pair<QByteArray, QByteArray>("X-Api-Key", "k-secret"));
        request.headers.append(std::pair<QByteArray, QByteArray>("Accept", "application/json"));
        response = client.send(request);
        QCOMPARE(other.requestCount(), 1);
        const auto seen = other.requests().first();
        QVERIFY(seen.header("authorization").isEmpty());
        QVERIFY(seen.header("x-api-key").isEmpty());
        QCOMPARE(seen.header("accept"), QByteArray("application/json"));
        QCOMPARE(response.status, 401); // the other host wants its own key: ours was not sent
        QVERIFY2(log.size() >= 2 && log.join(u'\n').contains(u"(without credentials)"_s), qPrintable(log.join(u'\n')));
        other.stop();
    }

    void sameOriginRedirectsKeepTheirCredentials()
    {
        m_stripe.injectFault({u"/v1/customers"_s, 302, "{}", {{"Location", "/v1/customers?limit=1"}}, 0, false, 1});
        HttpClient client(fastOptions());
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        const HttpResponse response = client.send(customers());
        QVERIFY2(response.isSuccess(), qPrintable(response.failure.message));
        QCOMPARE(m_stripe.requestCount(u"/v1/customers"_s), 2);
        QCOMPARE(m_stripe.requests().last().query.queryItemValue(u"limit"_s), u"1"_s);
        QCOMPARE(m_stripe.requests().last().header("authorization"), "Bearer " + m_stripe.apiKey().toUtf8());
    }

    void redirectLoopsAndDowngradesAreRefused()
    {
        m_stripe.injectFault({u"/v1/customers"_s, 301, "{}", {{"Location", "/v1/customers?limit=2"}}, 0, false, 50});
        HttpClient client(fastOptions());
        HttpResponse response = client.send(customers());
        m_stripe.clearFaults();
        QVERIFY2(response.failure.message.contains(u"more than 10 redirects"_s), qPrintable(response.failure.message));
        QCOMPARE(HttpClient::isCredentialHeader("Authorization"), true);
        QCOMPARE(HttpClient::isCredentialHeader("X-HubSpot-Signature"), true);
        QCOMPARE(HttpClient::isCredentialHeader("Content-Type"), false);
        QVERIFY(!HttpClient::sameOrigin(QUrl(u"https://a.example"_s), QUrl(u"http://a.example"_s)));
        QVERIFY(HttpClient::sameOrigin(QUrl(u"https://a.example"_s), QUrl(u"https://A.example:443/x"_s)));
    }

    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (int s : {408, 425, 429, 500, 502, 503, 504, 599})
            QTest::addRow("%d", s) << s << true;
        for (int s : {200, 301, 400, 401, 403, 404, 409, 422, 501, 505})
            QTest::addRow("%d", s) << s << false;
    }
    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryableStatus(status), retryable);
    }

    void retryAfterParsing_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1 = not parseable
        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 7 ") << qint64(7'000);
        QTest::newRow("imf-fixdate") << QByteArray("Wed, 25 Nov 2026 12:00:30 GMT") << qint64(30'000);
        QTest::newRow("rfc850") << QByteArray("Wednesday, 25-Nov-26 12:01:00 GMT") << qint64(60'000);
        QTest::newRow("asctime") << QByteArray("Wed Nov 25 12:00:05 2026") << qint64(5'000);
        QTest::newRow("date in the past") << QByteArray("Wed, 25 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }
    void retryAfterParsing()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::UTC);
        const auto parsed = RetryPolicy::parseRetryAfter(header, now);
        QCOMPARE(parsed.value_or(-1), expectedMs);
    }

    void backoffIsExponentialWithJitterAndCapped()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 500;
        policy.maxDelayMs = 30'000;
        QCOMPARE(policy.backoffMs(1, 0.0), qint64(250));
        QCOMPARE(policy.backoffMs(1, 1.0), qint64(500));
        QCOMPARE(policy.backoffMs(3, 1.0), qint64(2000));
        QCOMPARE(policy.backoffMs(3, 0.5), qint64(1500));
        QCOMPARE(policy.backoffMs(20, 1.0), qint64(30'000)); // capped
        QVERIFY(policy.backoffMs(20, 0.0) >= 15'000);
    }

    void decisions()
    {
        RetryPolicy policy;
        policy.maxRetries = 2;
        policy.maxRetryAfterMs = 60'000;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        using V = RetryPolicy::Verdict;
        QCOMPARE(policy.decide(200, false, {}, 0, now, 0.5).verdict, V::Done);
        QCOMPARE(policy.decide(404, false, {}, 0, now, 0.5).verdict, V::Done);
        auto d = policy.decide(429, false, "3", 0, now, 0.5);
        QCOMPARE(d.verdict, V::Retry);
        QCOMPARE(d.delayMs, qint64(3000));
        QVERIFY(d.fromRetryAfter);
        d = policy.decide(429, false, {}, 1, now, 1.0); // no header: exponential backoff
        QCOMPARE(d.verdict, V::Retry);
        QCOMPARE(d.delayMs, qint64(1000));
        QVERIFY(!d.fromRetryAfter);
        QCOMPARE(policy.decide(0, true, {}, 0, now, 0.5).verdict, V::Retry);     // network error
        QCOMPARE(policy.decide(503, false, {}, 2, now, 0.5).verdict, V::GiveUp); // retries exhausted
        d = policy.decide(429, false, "3600", 0, now, 0.5);                      // asks for longer than we will sleep
        QCOMPARE(d.verdict, V::GiveUp);
        QCOMPARE(d.delayMs, qint64(3'600'000));
    }

    void retriesServerErrorsThenSucceeds()
    {
        m_stripe.injectFault({u"/v1/customers"_s, 503, "{}", {}, 0, false, 2});
        HttpClient client(fastOptions());
        QStringList log;
        client.setLogger([&](const QString &line) { log << line; });
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        const HttpResponse response = client.send(customers());
        QVERIFY2(response.isSuccess(), qPrintable(response.failure.message));
        QCOMPARE(response.attempts, 3);
        QCOMPARE(m_stripe.requestCount(u"/v1/customers"_s), 3);
        QCOMPARE(log.filter(u"retry"_s).size(), 2);
    }

    void honoursRetryAfterSeconds()
    {
        m_stripe.injectFault(
            {u"/v1/customers"_s, 429, R"({"error":{"type":"api_error","message":"Too many requests"}})", {{"Retry-After", "1"}}, 0, false, 1});
        HttpClient client(fastOptions()); // backoff alone would wait ≤ 40 ms
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = client.send(customers());
        QVERIFY(response.isSuccess());
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void rateLimitWithoutRetryAfterBacksOff()
    {
        // HubSpot's search API answers 429 without Retry-After: exponential backoff applies.
        m_stripe.injectFault({u"/v1/customers"_s, 429, R"({"status":"error","category":"RATE_LIMITS"})", {}, 0, false, 2});
        HttpClient client(fastOptions());
        QStringList log;
        client.setLogger([&](const QString &line) { log << line; });
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        const HttpResponse response = client.send(customers());
        QVERIFY(response.isSuccess());
        QCOMPARE(response.attempts, 3);
        QCOMPARE(log.filter(u"retry "_s).size(), 2);
        QCOMPARE(log.filter(u"(Retry-After)"_s).size(), 0);
    }

    void honoursRetryAfterHttpDate()
    {
        // An HTTP-date two seconds ahead (whole seconds, so the wait is between 1 and 2 s).
        const QByteArray date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(2), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        m_stripe.injectFault({u"/v1/customers"_s, 503, "{}", {{"Retry-After", date}}, 0, false, 1});
        HttpClient client(fastOptions());
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.send(customers()).isSuccess());
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    }

    void clientErrorsAreNotRetried()
    {
        HttpClient client(fastOptions());
        BearerAuthenticator wrong(u"sk_test_wrong_key_123456"_s);
        client.setAuthenticator(&wrong);
        const HttpResponse response = client.send(customers());
        QCOMPARE(response.status, 401);
        QVERIFY(!response.failure);
        QCOMPARE(response.attempts, 1);
    }

    void givesUpAsTransientAfterRetries()
    {
        m_stripe.injectFault({u"/v1/customers"_s, 500, "{}", {}, 0, false, 4}); // exactly the attempts made
        HttpClient client(fastOptions());
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        const HttpResponse response = client.send(customers());
        QCOMPARE(response.failure.errorClass, ErrorClass::Transient);
        QVERIFY2(response.failure.message.contains(u"HTTP 500"_s), qPrintable(response.failure.message));
        QCOMPARE(response.attempts, 4); // 1 + maxRetries
    }

    void slowResponsesTimeOutAndAreRetried()
    {
        m_stripe.injectFault({u"/v1/customers"_s, 0, {}, {}, 1500, false, 1}); // longer than the 1 s timeout (the fake sleeps)
        HttpClient::Options options = fastOptions();
        options.transferTimeout = std::chrono::milliseconds(1000);
        HttpClient client(options);
        QStringList log;
        client.setLogger([&](const QString &line) { log << line; });
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        const HttpResponse response = client.send(customers());
        QVERIFY2(response.isSuccess(), qPrintable(response.failure.message));
        QCOMPARE(response.attempts, 2);
        QVERIFY2(log.first().contains(u"timed out"_s), qPrintable(log.first()));
    }

    void unreachableServerIsATransientFailure()
    {
        HttpClient client(fastOptions());
        HttpRequest request;
        request.url = QUrl(u"http://127.0.0.1:1/v1/customers"_s);
        const HttpResponse response = client.send(request);
        QCOMPARE(response.failure.errorClass, ErrorClass::Transient);
        QVERIFY2(response.failure.message.startsWith(u"Cannot reach 127.0.0.1"_s), qPrintable(response.failure.message));
    }

    void malformedJsonIsASystemFailure()
    {
        m_stripe.injectFault({u"/v1/customers"_s, 0, {}, {}, 0, true, 1});
        HttpClient client(fastOptions());
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        const HttpResponse response = client.send(customers());
        QVERIFY(response.isSuccess());
        QJsonObject body;
        Failure failure;
        QVERIFY(!HttpClient::parseJsonObject(response, u"Stripe"_s, &body, &failure));
        QCOMPARE(failure.errorClass, ErrorClass::System);
        QVERIFY(failure.message.startsWith(u"Stripe sent a response that is not a JSON object"_s));
    }

    void cancellationStopsWaiting()
    {
        m_stripe.injectFault({u"/v1/customers"_s, 429, "{}", {{"Retry-After", "30"}}, 0, false, 1});
        HttpClient::Options options = fastOptions();
        options.retry.maxRetryAfterMs = 60'000;
        HttpClient client(options);
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        std::atomic<bool> cancel{false};
        client.setCancelFlag(&cancel);
        std::thread canceller([&] {
            QThread::msleep(300);
            cancel.store(true);
        });
        QElapsedTimer timer;
        timer.start();
        const HttpResponse response = client.send(customers());
        canceller.join();
        QCOMPARE(response.failure.errorClass, ErrorClass::Cancelled);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void rateBudgetSpacesRequests()
    {
        RateBudget budget(10.0, 2); // 10/s, burst 2
        QCOMPARE(budget.reserve().count(), 0);
        QCOMPARE(budget.reserve().count(), 0);
        const auto third = budget.reserve().count();
        const auto fourth = budget.reserve().count();
        QVERIFY2(third > 50 && third <= 100, qPrintable(QString::number(third)));
        QVERIFY2(fourth > third && fourth <= 200, qPrintable(QString::number(fourth)));
        // Shared per key across callers.
        auto a = RateBudget::forKey(u"stripe/x"_s, 5, 1);
        auto b = RateBudget::forKey(u"stripe/x"_s, 5, 1);
        QCOMPARE(a.get(), b.get());
        QVERIFY(!RateBudget::forKey(u"stripe/y"_s, 0, 1)); // unlimited
    }

    void basicAuthAndHeaderKeys()
    {
        HttpClient client(fastOptions());
        BasicAuthenticator basic(u"user@example.com"_s, u"pa:ss wörd"_s);
        client.setAuthenticator(&basic);
        QStringList log;
        client.setLogger([&](const QString &line) { log << line; });
        client.send(customers());
        const auto basicRequest = m_stripe.requests().last();
        QCOMPARE(basicRequest.header("authorization"),
                 "Basic " + QByteArray("user@example.com:pa:ss wörd").toBase64()); // UTF-8, colon in the password kept
        ApiKeyAuthenticator header(ApiKeyAuthenticator::Placement::Header, "X-API-Key", u"key-in-a-header"_s);
        client.setAuthenticator(&header);
        client.send(customers());
        QCOMPARE(m_stripe.requests().last().header("x-api-key"), QByteArray("key-in-a-header"));
        QCOMPARE(client.redactor().redact(u"pa:ss wörd / key-in-a-header"_s), u"[redacted] / [redacted]"_s);
        for (const QString &line : log)
            QVERIFY(!line.contains(u"wörd"_s));
    }

    void rateBudgetPacesRealRequests()
    {
        HttpClient client(fastOptions());
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        client.setRateBudget(std::make_shared<RateBudget>(20.0, 1)); // 20 requests/s, no burst
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 11; ++i)
            QVERIFY(client.send(customers()).isSuccess());
        // 10 gaps of ≥ 50 ms; never much faster than the budget allows.
        QVERIFY2(timer.elapsed() >= 450, qPrintable(QString::number(timer.elapsed())));
    }

    void logLinesKeepPercentEscapes()
    {
        HttpClient client(fastOptions());
        BearerAuthenticator auth(m_stripe.apiKey());
        client.setAuthenticator(&auth);
        QStringList log;
        client.setLogger([&](const QString &line) { log << line; });
        HttpRequest request = customers();
        request.url = QUrl(m_stripe.baseUrl().toString() + u"/v1/customers?limit=2&q=%2A%3E%271%25"_s);
        client.send(request);
        QVERIFY2(log.first().contains(u"q=%2A%3E%271%25 → 200 ("_s), qPrintable(log.first()));
    }

    void secretsAreRedactedEverywhere()
    {
        const QString key = m_stripe.apiKey();
        HttpClient client(fastOptions());
        QStringList log;
        client.setLogger([&](const QString &line) { log << line; });
        ApiKeyAuthenticator inQuery(ApiKeyAuthenticator::Placement::Query, "api_key", key);
        client.setAuthenticator(&inQuery);
        client.send(customers()); // 401: the fake wants a header; we only care about the log
        QVERIFY(!log.isEmpty());
        for (const QString &line : log) {
            QVERIFY2(!line.contains(key), qPrintable(line));
            QVERIFY2(line.contains(u"api_key=[redacted]"_s), qPrintable(line));
        }
        Redactor &r = client.redactor();
        QCOMPARE(r.redact(u"token "_s + key + u" leaked"_s), u"token [redacted] leaked"_s);
        QCOMPARE(r.redactHeader("Authorization", "Bearer " + key.toUtf8()), u"Bearer [redacted]"_s);
        QCOMPARE(r.redactUrl(QUrl(u"https://u:pw@x.test/a?code=abc&limit=5"_s)), u"https://x.test/a?code=[redacted]&limit=5"_s);
        // Percent-encoded and base64 forms too.
        r.addSecret(u"p@ss word!"_s);
        QVERIFY(!r.redact(u"x=p%40ss%20word%21"_s).contains(u"p%40ss"_s));
        QVERIFY(!r.redact(QString::fromLatin1(QByteArray("user:p@ss word!").toBase64())).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_httpclient.moc"

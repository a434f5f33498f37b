// The declarative connector engine: spec validation with precise error paths and refusal of hostile
// specs, then every paginator, authenticator and error action against the local Ledgerly fake,
// incremental reads with lookback, a partitioned child stream, record filters and field mappings.
#include "fakeledgerly.h"
#include "testsupport.h"

#include "adapters/declarative/connectorspec.h"
#include "adapters/declarative/declarativeconnector.h"
#include "adapters/declarative/spectester.h"
#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "runtime/httpclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeLedgerly;

namespace DeclarativeTest {

QJsonObject baseSpec(const QString &baseUrl, const QString &path, const QJsonObject &paginator)
{
    return QJsonObject{
        {u"spec_version"_s, 1},
        {u"name"_s, u"ledgerly"_s},
        {u"version"_s, 1},
        {u"display_name"_s, u"Ledgerly"_s},
        {u"base_url"_s, baseUrl},
        {u"authenticator"_s,
         QJsonObject{{u"type"_s, u"api_key"_s}, {u"inject_into"_s, u"header"_s}, {u"name"_s, u"X-API-Key"_s}, {u"secret"_s, u"token"_s}}},
        {u"streams"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"customers"_s},
                                {u"kind"_s, u"customer"_s},
                                {u"path"_s, path},
                                {u"record_selector"_s, QJsonObject{{u"path"_s, u"data"_s}}},
                                {u"primary_key"_s, u"id"_s},
                                {u"paginator"_s, paginator},
                                {u"mappings"_s,
                                 QJsonArray{QJsonObject{{u"target_field"_s, u"email"_s}, {u"source_path"_s, u"email"_s}},
                                            QJsonObject{{u"target_field"_s, u"full_name"_s}, {u"source_path"_s, u"name"_s}},
                                            QJsonObject{{u"target_field"_s, u"company"_s}, {u"source_path"_s, u"company.name"_s}},
                                            QJsonObject{{u"target_field"_s, u"updated_at"_s},
                                                        {u"source_path"_s, u"updated_at"_s},
                                                        {u"transformation"_s, u"parse_datetime"_s}}}}}}}};
}

QStringList errorsOf(const QJsonObject &spec)
{
    ConnectorSpec parsed;
    QStringList errors;
    ConnectorSpec::fromJson(spec, &parsed, &errors);
    return errors;
}

} // namespace DeclarativeTest

using namespace DeclarativeTest;

class TstDeclarative : public QObject
{
    Q_OBJECT
    FakeLedgerly m_api;
    std::shared_ptr<CredentialStore> m_credentials;
    QJsonObject m_settings; // the connection's settings for read()

    struct Run
    {
        QList<UnifiedCustomer> customers;
        QList<UnifiedInvoice> invoices;
        QJsonObject checkpoint;
        Failure failure;
        int pages = 0;
        QStringList log;
    };

    Run read(const QJsonObject &specJson, const QString &stream = u"customers"_s, const QJsonObject &checkpoint = {}, bool fullRefresh = false)
    {
        Run run;
        ConnectorSpec spec;
        QStringList errors;
        if (!ConnectorSpec::fromJson(specJson, &spec, &errors)) {
            run.failure = Failure::config(errors.join(u"; "_s));
            return run;
        }
        DeclarativeConnector connector(spec);
        HttpClient http;
        const ConnectorContext ctx = ConnectorContext::create(1, Test::owner(u"ledgerly-test"_s), m_settings, m_credentials, &http);
        http.setLogger([&](const QString &l) { run.log << l; });
        auto auth = connector.createAuthenticator(ctx, &run.failure);
        if (run.failure)
            return run;
        http.setAuthenticator(auth.get());
        auto reader = connector.openStream(ctx, stream, checkpoint, fullRefresh);
        for (int guard = 0; guard < 10000; ++guard) {
            Page page;
            if (!reader->next(&page, &run.failure))
                break;
            ++run.pages;
            run.customers.append(page.customers);
            run.invoices.append(page.invoices);
            run.checkpoint = page.checkpoint;
            if (page.done)
                break;
        }
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_api.start());
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        QString error;
        QVERIFY(m_credentials->setSecret(Test::owner(u"ledgerly-test"_s), u"token"_s, QString::fromLatin1(FakeLedgerly::kKey), &error));
        QVERIFY(m_credentials->setSecret(Test::owner(u"ledgerly-test"_s), u"user"_s, u"analyst"_s, &error));
        m_api.setCustomerCount(237);
    }

    void validationNamesThePlace_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::addColumn<QString>("error");
        const QJsonObject ok = baseSpec(u"https://api.ledgerly.example/v1"_s, u"/customers"_s, QJsonObject{{u"type"_s, u"none"_s}});
        auto with = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject s = ok;
            change(s);
            return s;
        };
        auto streamWith = [&](const std::function<void(QJsonObject &)> &change) {
            return with([&](QJsonObject &s) {
                QJsonArray streams = s.value("streams"_L1).toArray();
                QJsonObject st = streams.first().toObject();
                change(st);
                streams.replace(0, st);
                s.insert(u"streams"_s, streams);
            });
        };
        QTest::newRow("valid") << ok << QString();
        QTest::newRow("missing name") << with([](QJsonObject &s) { s.remove(u"name"_s); }) << u"name: required"_s;
        QTest::newRow("unknown key") << with([](QJsonObject &s) { s.insert(u"colour"_s, u"red"_s); }) << u"colour: unknown key"_s;
        QTest::newRow("wrong type") << with([](QJsonObject &s) { s.insert(u"version"_s, u"two"_s); }) << u"version: expected integer"_s;
        QTest::newRow("cursor paginator without param") << streamWith([](QJsonObject &st) {
            st.insert(u"paginator"_s, QJsonObject{{u"type"_s, u"cursor"_s}, {u"cursor_path"_s, u"meta.next"_s}});
        }) << u"streams[0].paginator.cursor_param: required"_s;
        QTest::newRow("unknown paginator") << streamWith([](QJsonObject &st) { st.insert(u"paginator"_s, QJsonObject{{u"type"_s, u"scroll"_s}}); })
                                           << u"streams[0].paginator.type: not one of the allowed values"_s;
        QTest::newRow("plain http remote") << with([](QJsonObject &s) { s.insert(u"base_url"_s, u"http://api.ledgerly.example"_s); })
                                           << u"base_url: must use https"_s;
        QTest::newRow("path traversal") << streamWith([](QJsonObject &st) { st.insert(u"path"_s, u"/../../admin"_s); })
                                        << u"streams[0].path: must stay below base_url"_s;
        QTest::newRow("template injection") << streamWith([](QJsonObject &st) {
            st.insert(u"request"_s, QJsonObject{{u"params"_s, QJsonObject{{u"q"_s, u"{{ secret.token }}"_s}}}});
        }) << u"streams[0].request.params.q: \"{{ secret.token }}\" is not a template variable"_s;
        QTest::newRow("credential header") << streamWith([](QJsonObject &st) {
            st.insert(u"request"_s, QJsonObject{{u"headers"_s, QJsonObject{{u"Authorization"_s, u"Bearer abc"_s}}}});
        }) << u"credentials go in the authenticator"_s;
        QTest::newRow("unknown mapping field") << streamWith([](QJsonObject &st) {
            st.insert(u"mappings"_s, QJsonArray{QJsonObject{{u"target_field"_s, u"shoe_size"_s}, {u"source_path"_s, u"x"_s}}});
        }) << u"streams[0].mappings[0].target_field: shoe_size is not a field of the unified customer"_s;
        QTest::newRow("self partition") << streamWith([](QJsonObject &st) {
            st.insert(u"partition"_s, QJsonObject{{u"parent_stream"_s, u"customers"_s}, {u"parent_key"_s, u"id"_s}, {u"name"_s, u"id"_s}});
        }) << u"cannot be its own parent"_s;
    }
    void validationNamesThePlace()
    {
        QFETCH(QJsonObject, spec);
        QFETCH(QString, error);
        const QStringList errors = errorsOf(spec);
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            return;
        }
        QVERIFY2(errors.join(u'\n').contains(error), qPrintable(errors.join(u'\n')));
    }

    void hostileInput()
    {
        ConnectorSpec spec;
        QStringList errors;
        QVERIFY(!ConnectorSpec::parse(QByteArray(2 * 1024 * 1024, ' ') + "{}", &spec, &errors));
        QVERIFY(errors.first().contains(u"limit"_s));
        errors.clear();
        QVERIFY(!ConnectorSpec::parse("{\"spec_version\": 1, ", &spec, &errors));
        QVERIFY(errors.first().contains(u"not valid JSON"_s));
        errors.clear();
        QVERIFY(!ConnectorSpec::parse("[1,2,3]", &spec, &errors));
        // Found by fuzz_spec: a number no int64 holds is refused with its path before the schema.
        QFile huge(QStringLiteral(ORION_SOURCE_DIR) + u"/tests/data/fuzz/spec/regression-huge-version.json"_s);
        QVERIFY(huge.open(QIODevice::ReadOnly));
        errors.clear();
        QVERIFY(!ConnectorSpec::parse(huge.readAll(), &spec, &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(u"version: 1.77778e+27 is out of range"_s), qPrintable(errors.first()));
        errors.clear();
        QVERIFY(!ConnectorSpec::parse("{\"name\": \"x\", \"streams\": [{\"paginator\": {\"page_size\": -1e300}}]}", &spec, &errors));
        QVERIFY2(errors.first().startsWith(u"streams[0].paginator.page_size: "_s), qPrintable(errors.first()));
        QCOMPARE(ConnectorSpec::nameFromTitle(u"Ledgerly Billing API"_s), u"ledgerly-billing-api"_s);
        QCOMPARE(ConnectorSpec::nameFromTitle(u"  Ünïcode & Co. v2 "_s), u"n-code-co-v2"_s);
    }

    void paginators_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("paginator");
        QTest::newRow("offset") << u"/offset/customers"_s << QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 50}};
        QTest::newRow("page number") << u"/pages/customers"_s
                                     << QJsonObject{{u"type"_s, u"page_number"_s}, {u"page_size"_s, 40}, {u"start_page"_s, 1}};
        QTest::newRow("cursor in body") << u"/cursor/customers"_s
                                        << QJsonObject{
                                               {u"type"_s, u"cursor"_s}, {u"cursor_path"_s, u"meta.next_cursor"_s}, {u"cursor_param"_s, u"cursor"_s}};
        QTest::newRow("cursor in header") << u"/cursor/customers"_s
                                          << QJsonObject{{u"type"_s, u"cursor"_s},
                                                         {u"cursor_header"_s, u"X-Next-Cursor"_s},
                                                         {u"cursor_param"_s, u"cursor"_s},
                                                         {u"page_size"_s, 60},
                                                         {u"size_param"_s, u"limit"_s}};
        QTest::newRow("next url") << u"/next/customers"_s << QJsonObject{{u"type"_s, u"next_url"_s}, {u"next_url_path"_s, u"links.next"_s}};
        QTest::newRow("link header") << u"/link/customers"_s << QJsonObject{{u"type"_s, u"link_header"_s}};
    }
    void paginators()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, paginator);
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
        const Run run = read(baseSpec(m_api.baseUrl().toString(), path, paginator));
        QVERIFY2(!run.failure, qPrintable(run.failure.message));
        QCOMPARE(run.customers.size(), 237);
        QSet<QString> ids;
        for (const UnifiedCustomer &c : run.customers)
            ids.insert(c.externalId);
        QCOMPARE(ids.size(), 237); // nothing twice, nothing lost
        QVERIFY(run.pages > 1);
        const UnifiedCustomer &first = run.customers.first();
        QCOMPARE(first.externalId, u"c_000000"_s);
        QCOMPARE(first.email, u"person0@ledgerly.example"_s);
        QCOMPARE(first.company, u"Firm 0"_s);
        QCOMPARE(first.source, u"custom:ledgerly"_s);
        QCOMPARE(first.raw, m_api.customer(0));
    }

    void authenticators_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QJsonObject>("authenticator");
        QTest::newRow("header key") << int(FakeLedgerly::Auth::HeaderKey)
                                    << QJsonObject{{u"type"_s, u"api_key"_s},
                                                   {u"inject_into"_s, u"header"_s},
                                                   {u"name"_s, u"X-API-Key"_s},
                                                   {u"secret"_s, u"token"_s}};
        QTest::newRow("query key") << int(FakeLedgerly::Auth::QueryKey)
                                   << QJsonObject{{u"type"_s, u"api_key"_s},
                                                  {u"inject_into"_s, u"query"_s},
                                                  {u"name"_s, u"api_key"_s},
                                                  {u"secret"_s, u"token"_s}};
        QTest::newRow("bearer") << int(FakeLedgerly::Auth::Bearer) << QJsonObject{{u"type"_s, u"bearer"_s}, {u"secret"_s, u"token"_s}};
        QTest::newRow("basic") << int(FakeLedgerly::Auth::Basic)
                               << QJsonObject{{u"type"_s, u"basic"_s}, {u"username_secret"_s, u"user"_s}, {u"password_secret"_s, u"token"_s}};
        QTest::newRow("none") << int(FakeLedgerly::Auth::None) << QJsonObject{{u"type"_s, u"none"_s}};
    }
    void authenticators()
    {
        QFETCH(int, auth);
        QFETCH(QJsonObject, authenticator);
        m_api.setAuth(FakeLedgerly::Auth(auth));
        QJsonObject spec = baseSpec(m_api.baseUrl().toString(), u"/offset/customers"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 100}});
        spec.insert(u"authenticator"_s, authenticator);
        const Run run = read(spec);
        QVERIFY2(!run.failure, qPrintable(run.failure.message));
        QCOMPARE(run.customers.size(), 237);
        // The wrong credentials: a config failure naming the answer, never the key.
        if (FakeLedgerly::Auth(auth) != FakeLedgerly::Auth::None) {
            QString error;
            QVERIFY(m_credentials->setSecret(Test::owner(u"ledgerly-test"_s), u"token"_s, u"wrong-key-123456"_s, &error));
            const Run bad = read(spec);
            QVERIFY(m_credentials->setSecret(Test::owner(u"ledgerly-test"_s), u"token"_s, QString::fromLatin1(FakeLedgerly::kKey), &error));
            QCOMPARE(bad.failure.errorClass, ErrorClass::Config);
            QVERIFY2(bad.failure.message.contains(u"401"_s) && bad.failure.message.contains(u"Invalid credentials"_s),
                     qPrintable(bad.failure.message));
            QVERIFY(!bad.failure.message.contains(u"wrong-key-123456"_s));
            for (const QString &line : bad.log)
                QVERIFY2(!line.contains(u"wrong-key-123456"_s), qPrintable(line));
        }
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
    }

    // OAuth 2.0: a refresh token buys an access token (one for the whole read), the rotated refresh
    // token is stored; a refused access token is refreshed once and the request retried
    // (refresh_then_retry); a spent refresh token asks for re-authorisation, naming no secret.
    void oauth2RefreshRotationAndRefreshThenRetry()
    {
        m_api.setAuth(FakeLedgerly::Auth::OAuth2);
        const auto restore = qScopeGuard([this] {
            m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
            m_settings = {};
        });
        OAuth2RefreshAuthenticator::clearTokenCache();
        QString error;
        QVERIFY(
            m_credentials->setSecret(Test::owner(u"ledgerly-test"_s), u"client_secret"_s, QString::fromLatin1(FakeLedgerly::kClientSecret), &error));
        QVERIFY(m_credentials->setSecret(Test::owner(u"ledgerly-test"_s), u"refresh_token"_s, QString::fromLatin1(FakeLedgerly::kFirstRefreshToken),
                                         &error));
        m_settings = QJsonObject{{u"client_id"_s, QString::fromLatin1(FakeLedgerly::kClientId)}};
        QJsonObject spec = baseSpec(m_api.baseUrl().toString(), u"/offset/customers"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 100}});
        spec.insert(u"authenticator"_s,
                    QJsonObject{{u"type"_s, u"oauth2"_s},
                                {u"token_url"_s, QString(m_api.baseUrl().toString() + u"/oauth/token"_s)},
                                {u"client_id"_s, QString::fromLatin1(FakeLedgerly::kClientId)}});
        QJsonArray streams = spec.value("streams"_L1).toArray();
        QJsonObject st = streams.first().toObject();
        st.insert(u"error_handler"_s,
                  QJsonObject{{u"rules"_s, QJsonArray{QJsonObject{{u"status"_s, QJsonArray{401}}, {u"action"_s, u"refresh_then_retry"_s}}}}});
        streams.replace(0, st);
        spec.insert(u"streams"_s, streams);
        auto storedRefreshToken
            = [&] { return m_credentials->secret(Test::owner(u"ledgerly-test"_s), u"refresh_token"_s, &error).value_or(QString()); };

        const int before = m_api.tokenRequests();
        Run run = read(spec);
        QVERIFY2(!run.failure, qPrintable(run.failure.message));
        QCOMPARE(run.customers.size(), 237);
        QCOMPARE(m_api.tokenRequests(), before + 1); // one token for all three pages
        QVERIFY(m_api.refreshToken() != QLatin1StringView(FakeLedgerly::kFirstRefreshToken));
        QCOMPARE(storedRefreshToken(), m_api.refreshToken()); // rotated and kept

        // The cached access token is refused: refreshed once, the request retried, nothing lost.
        m_api.expireAccessTokens();
        m_api.clearRequests();
        run = read(spec);
        QVERIFY2(!run.failure, qPrintable(run.failure.message));
        QCOMPARE(run.customers.size(), 237);
        QCOMPARE(m_api.tokenRequests(), before + 2);
        QCOMPARE(m_api.requestCount(u"/offset/customers"_s), 4); // the refused first page, then three
        QCOMPARE(storedRefreshToken(), m_api.refreshToken());

        // A spent refresh token: invalid_grant, re-authorisation asked for, no secret in the message.
        m_api.expireAccessTokens();
        OAuth2RefreshAuthenticator::clearTokenCache();
        QVERIFY(m_credentials->setSecret(Test::owner(u"ledgerly-test"_s), u"refresh_token"_s, QString::fromLatin1(FakeLedgerly::kFirstRefreshToken),
                                         &error));
        run = read(spec);
        QVERIFY(run.failure);
        QVERIFY(run.failure.reauthorize);
        QVERIFY2(run.failure.message.contains(u"re-authorise"_s), qPrintable(run.failure.message));
        for (const char *secret : {FakeLedgerly::kFirstRefreshToken, FakeLedgerly::kClientSecret})
            QVERIFY(!run.failure.message.contains(QLatin1StringView(secret)));
        QCOMPARE(run.customers.size(), 0);
        OAuth2RefreshAuthenticator::clearTokenCache();
    }

    // A recording of an OAuth 2.0 spec keeps no token: the token exchange is recorded by shape and
    // every secret known to the run is masked, the ones issued during it included.
    void recordingsNeverHoldOAuthTokens()
    {
        m_api.setAuth(FakeLedgerly::Auth::OAuth2);
        const auto restore = qScopeGuard([this] { m_api.setAuth(FakeLedgerly::Auth::HeaderKey); });
        OAuth2RefreshAuthenticator::clearTokenCache();
        QJsonObject specJson
            = baseSpec(m_api.baseUrl().toString(), u"/offset/customers"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 100}});
        specJson.insert(u"authenticator"_s,
                        QJsonObject{{u"type"_s, u"oauth2"_s},
                                    {u"token_url"_s, QString(m_api.baseUrl().toString() + u"/oauth/token"_s)},
                                    {u"client_id"_s, QString::fromLatin1(FakeLedgerly::kClientId)}});
        ConnectorSpec spec;
        QStringList errors;
        QVERIFY2(ConnectorSpec::fromJson(specJson, &spec, &errors), qPrintable(errors.join(u"; "_s)));
        auto credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        QString error;
        const QString firstRefresh = m_api.refreshToken();
        QVERIFY(credentials->setSecret(SecretOwner::spec(spec.name()), u"client_secret"_s, QString::fromLatin1(FakeLedgerly::kClientSecret), &error));
        QVERIFY(credentials->setSecret(SecretOwner::spec(spec.name()), u"refresh_token"_s, firstRefresh, &error));
        Cassette cassette;
        SpecTester::Limits limits;
        limits.pages = 2;
        const SpecTester::Report report
            = SpecTester::run(spec, u"customers"_s, credentials, limits, QJsonObject{{u"client_id"_s, QString::fromLatin1(FakeLedgerly::kClientId)}},
                              nullptr, &cassette);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.records.size(), 200);
        const QByteArray text = QJsonDocument(cassette.toJson()).toJson();
        bool exchange = false;
        for (const QJsonValue &i : cassette.interactions()) {
            if (!i[u"request"_s][u"url"_s].toString().contains(u"/oauth/token"_s))
                continue;
            exchange = true; // recorded by shape
            const QJsonObject answer = QJsonDocument::fromJson(i[u"response"_s][u"body"_s].toString().toUtf8()).object();
            for (const char *key : {"access_token", "refresh_token", "id_token"})
                QCOMPARE(answer.value(QLatin1StringView(key)).toString(), u"[redacted]"_s);
            QCOMPARE(answer.value("token_type"_L1).toString(), u"bearer"_s);
        }
        QVERIFY(exchange);
        QStringList secrets = m_api.issuedAccessTokens();
        secrets << m_api.refreshToken() << firstRefresh << QString::fromLatin1(m_api.lastIdToken())
                << QString::fromLatin1(FakeLedgerly::kClientSecret);
        QVERIFY(m_api.refreshToken() != firstRefresh); // it rotated during the run
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
    }

    // The spec's rate budget spaces the requests: 5 pages at 5 requests/s with a burst of 1 take at
    // least four intervals of 200 ms (a lower bound, so a slow machine cannot fail it).
    void rateBudget()
    {
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
        QJsonObject spec = baseSpec(m_api.baseUrl().toString(), u"/offset/customers"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 50}});
        spec.insert(u"rate_limit"_s, QJsonObject{{u"requests_per_second"_s, 5}, {u"burst"_s, 1}});
        QElapsedTimer t;
        t.start();
        const Run run = read(spec);
        QVERIFY2(!run.failure, qPrintable(run.failure.message));
        QCOMPARE(run.pages, 5);
        QVERIFY2(t.elapsed() >= 780, qPrintable(QString::number(t.elapsed())));
    }

    void errorActions()
    {
        using Fakes::Fault;
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
        QJsonObject spec = baseSpec(m_api.baseUrl().toString(), u"/offset/customers"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 100}});
        QJsonArray streams = spec.value("streams"_L1).toArray();
        QJsonObject st = streams.first().toObject();
        st.insert(u"error_handler"_s,
                  QJsonObject{{u"backoff_seconds"_s, 0.05},
                              {u"max_retries"_s, 3},
                              {u"rules"_s,
                               QJsonArray{QJsonObject{{u"status"_s, QJsonArray{409}}, {u"action"_s, u"retry"_s}},
                                          QJsonObject{{u"status"_s, QJsonArray{410}}, {u"action"_s, u"ignore"_s}},
                                          QJsonObject{{u"status"_s, QJsonArray{503}}, {u"action"_s, u"fail"_s}}}}});
        streams.replace(0, st);
        spec.insert(u"streams"_s, streams);
        // retry (409 twice, then fine)
        m_api.injectFault(Fault{u"/offset/customers"_s, 409, R"({"message":"busy"})", {}, 0, false, 2});
        Run run = read(spec);
        QVERIFY2(!run.failure, qPrintable(run.failure.message));
        QCOMPARE(run.customers.size(), 237);
        // rate_limited (429 with Retry-After 1 s): waited, then fine
        m_api.injectFault(Fault{u"/offset/customers"_s, 429, R"({"message":"slow down"})", {{"Retry-After", "1"}}, 0, false, 1});
        QElapsedTimer t;
        t.start();
        run = read(spec);
        QVERIFY(!run.failure);
        QVERIFY(t.elapsed() >= 900);
        // fail (503 by rule, although 5xx is retried by default): no retry, a transient failure
        m_api.clearRequests();
        m_api.injectFault(Fault{u"/offset/customers"_s, 503, R"({"message":"maintenance"})", {}, 0, false, 1});
        run = read(spec);
        QCOMPARE(run.failure.errorClass, ErrorClass::Transient);
        QVERIFY(run.failure.message.contains(u"maintenance"_s));
        QCOMPARE(m_api.requestCount(u"/offset/customers"_s), 1);
        // retries exhausted (500 four times with max_retries 3)
        m_api.injectFault(Fault{u"/offset/customers"_s, 500, R"({"message":"boom"})", {}, 0, false, 4});
        run = read(spec);
        QVERIFY(run.failure);
        m_api.clearFaults();
        // ignore (410): the page counts as empty and the stream ends
        m_api.injectFault(Fault{u"/offset/customers"_s, 410, R"({"message":"gone"})", {}, 0, false, 1});
        run = read(spec);
        QVERIFY(!run.failure);
        QCOMPARE(run.customers.size(), 0);
        QVERIFY(run.log.join(u'\n').contains(u"ignored by the error handler"_s));
        // a plain 400: fail with the service's message
        m_api.injectFault(Fault{u"/offset/customers"_s, 400, R"({"message":"bad filter"})", {}, 0, false, 1});
        run = read(spec);
        QCOMPARE(run.failure.errorClass, ErrorClass::Config);
        QVERIFY(run.failure.message.contains(u"bad filter"_s));
    }

    void incrementalWithLookbackAndFilter()
    {
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
        QJsonObject spec = baseSpec(m_api.baseUrl().toString(), u"/offset/customers"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 100}});
        QJsonArray streams = spec.value("streams"_L1).toArray();
        QJsonObject st = streams.first().toObject();
        st.insert(u"incremental"_s,
                  QJsonObject{{u"cursor_field"_s, u"updated_at"_s},
                              {u"request_param"_s, u"updated_since"_s},
                              {u"start"_s, u"2024-01-01T00:00:00Z"_s},
                              {u"lookback_seconds"_s, 600}});
        st.insert(u"record_selector"_s,
                  QJsonObject{{u"path"_s, u"data"_s}, {u"filter"_s, QJsonObject{{u"field"_s, u"archived"_s}, {u"not_equals"_s, true}}}});
        streams.replace(0, st);
        spec.insert(u"streams"_s, streams);
        const Run first = read(spec);
        QVERIFY2(!first.failure, qPrintable(first.failure.message));
        QCOMPARE(first.customers.size(), 237 - 23); // every tenth is archived and filtered out
        const QString cursor = first.checkpoint.value("cursor"_L1).toString();
        QCOMPARE(cursor, m_api.customer(236).value("updated_at"_L1).toString());
        // Five more customers appear; the next run asks from the cursor less 10 minutes of lookback.
        m_api.setCustomerCount(242);
        m_api.clearRequests();
        const Run second = read(spec, u"customers"_s, first.checkpoint);
        QVERIFY(!second.failure);
        const QString since = m_api.requests().first().query.queryItemValue(u"updated_since"_s, QUrl::FullyDecoded);
        QCOMPARE(QDateTime::fromString(since, Qt::ISODate), QDateTime::fromString(cursor, Qt::ISODate).addSecs(-600));
        QCOMPARE(second.customers.size(), 15 - 1 - 1); // 10 minutes of lookback (10 customers) + 5 new, less the archived ones
        QCOMPARE(second.checkpoint.value("cursor"_L1).toString(), m_api.customer(241).value("updated_at"_L1).toString());
        m_api.setCustomerCount(237);
    }

    void partitionedChildStream()
    {
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
        QJsonObject spec = baseSpec(m_api.baseUrl().toString(), u"/offset/customers"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 100}});
        QJsonArray streams = spec.value("streams"_L1).toArray();
        streams.append(QJsonObject{
            {u"name"_s, u"invoices"_s},
            {u"kind"_s, u"invoice"_s},
            {u"path"_s, u"/customers/{{ partition.customer_id }}/invoices"_s},
            {u"record_selector"_s, QJsonObject{{u"path"_s, u"data"_s}}},
            {u"primary_key"_s, u"id"_s},
            {u"partition"_s, QJsonObject{{u"parent_stream"_s, u"customers"_s}, {u"parent_key"_s, u"id"_s}, {u"name"_s, u"customer_id"_s}}},
            {u"mappings"_s,
             QJsonArray{QJsonObject{{u"target_field"_s, u"customer_external_id"_s}, {u"source_path"_s, u"customer"_s}},
                        QJsonObject{{u"target_field"_s, u"currency"_s}, {u"source_path"_s, u"currency"_s}},
                        QJsonObject{{u"target_field"_s, u"total"_s}, {u"source_path"_s, u"total"_s}, {u"transformation"_s, u"to_minor_units"_s}},
                        QJsonObject{{u"target_field"_s, u"status"_s}, {u"source_path"_s, u"state"_s}, {u"transformation"_s, u"map_enum"_s}}}}});
        spec.insert(u"streams"_s, streams);
        m_api.setCustomerCount(30);
        const Run run = read(spec, u"invoices"_s);
        QVERIFY2(!run.failure, qPrintable(run.failure.message));
        int expected = 0;
        for (int i = 0; i < 30; ++i)
            expected += i % 3;
        QCOMPARE(run.invoices.size(), expected);
        const UnifiedInvoice &inv = run.invoices.first();
        QCOMPARE(inv.customerExternalId, u"c_000001"_s);
        QCOMPARE(inv.total, qint64(1050));
        QCOMPARE(inv.status, UnifiedInvoice::Status::Open);
        QCOMPARE(m_api.requestCount(u"/customers/"_s), 30); // one request per parent
        m_api.setCustomerCount(237);
    }

    // From the command line: validate, deploy with the connection, sync through the shared engine
    // (store, metrics and health as for built-in connectors), and a second incremental sync.
    void cliEndToEnd()
    {
        m_api.setAuth(FakeLedgerly::Auth::Bearer);
        QTemporaryDir dir;
        QJsonObject spec
            = baseSpec(m_api.baseUrl().toString(), u"/cursor/customers"_s,
                       QJsonObject{{u"type"_s, u"cursor"_s}, {u"cursor_path"_s, u"meta.next_cursor"_s}, {u"cursor_param"_s, u"cursor"_s}});
        spec.insert(u"authenticator"_s, QJsonObject{{u"type"_s, u"bearer"_s}, {u"secret"_s, u"token"_s}});
        QJsonArray streams = spec.value("streams"_L1).toArray();
        QJsonObject st = streams.first().toObject();
        st.insert(u"incremental"_s, QJsonObject{{u"cursor_field"_s, u"updated_at"_s}, {u"request_param"_s, u"updated_since"_s}});
        streams.replace(0, st);
        spec.insert(u"streams"_s, streams);
        const QString file = dir.filePath(u"ledgerly.json"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(spec).toJson());
        }
        const QString cli = QStringLiteral(ORION_CLI_PATH);
        const QString db = dir.filePath(u"w.db"_s);
        auto o = Test::runProgram(cli, {u"spec"_s, u"validate"_s, file});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(u"valid — ledgerly version 1"_s) && o.out.contains(u"secrets: token"_s), qPrintable(o.out));
        // An invalid spec: each problem on its own line, exit 2.
        QJsonObject bad = spec;
        bad.insert(u"colour"_s, u"red"_s);
        bad.insert(u"base_url"_s, u"http://api.ledgerly.example"_s);
        const QString badFile = dir.filePath(u"bad.json"_s);
        {
            QFile f(badFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(bad).toJson());
        }
        o = Test::runProgram(cli, {u"spec"_s, u"validate"_s, badFile});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(u"colour: unknown key"_s), qPrintable(o.err));
        // Deploy with the connection; sync with the secret from the environment.
        o = Test::runProgram(cli, {u"--db"_s, db, u"connection"_s, u"add"_s, u"ledger"_s, u"--connector"_s, u"custom:"_s + file});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY(o.out.contains(u"Deployed ledgerly version 1"_s));
        QVERIFY(o.out.contains(u"ORION_SECRET_LEDGER_TOKEN"_s));
        const QHash<QString, QString> env{{u"ORION_SECRET_LEDGER_TOKEN"_s, QString::fromLatin1(FakeLedgerly::kKey)},
                                          {u"ORION_SECRET_BACKEND"_s, u"file"_s},
                                          {u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)}};
        o = Test::runProgram(cli, {u"--db"_s, db, u"sync"_s, u"ledger"_s, u"--stream"_s, u"customers"_s, u"--json"_s}, env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        const QJsonObject result = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(result.value("status"_L1).toString(), u"succeeded"_s);
        QCOMPARE(result.value("records_written"_L1).toInt(), 237);
        o = Test::runProgram(cli, {u"--db"_s, db, u"records"_s, u"ledger"_s, u"--stream"_s, u"customers"_s}, env);
        QCOMPARE(o.out.count(u'\n'), 237);
        // Incremental: five new customers, the second sync reads only them.
        m_api.setCustomerCount(242);
        o = Test::runProgram(cli, {u"--db"_s, db, u"sync"_s, u"ledger"_s, u"--stream"_s, u"customers"_s, u"--json"_s}, env);
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).object().value("records_read"_L1).toInt(), 5);
        m_api.setCustomerCount(237);
        o = Test::runProgram(cli, {u"--db"_s, db, u"spec"_s, u"list"_s});
        QVERIFY(o.out.contains(u"ledgerly"_s) && o.out.contains(u"deployed"_s));
        // A wrong key: exit 1, a config error, the key never printed.
        o = Test::runProgram(cli, {u"--db"_s, db, u"sync"_s, u"ledger"_s, u"--stream"_s, u"customers"_s, u"--json"_s, u"--full-refresh"_s},
                             {{u"ORION_SECRET_LEDGER_TOKEN"_s, u"nope-nope-nope"_s},
                              {u"ORION_SECRET_BACKEND"_s, u"file"_s},
                              {u"XDG_CONFIG_HOME"_s, dir.filePath(u"config2"_s)}});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(!o.out.contains(u"nope-nope-nope"_s) && !o.err.contains(u"nope-nope-nope"_s));
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
    }

    // From an OpenAPI file to a working connector with the CLI: import, deploy with a connection
    // whose base_url points at the local API, sync.
    void openApiToWorkingConnector()
    {
        m_api.setAuth(FakeLedgerly::Auth::Bearer);
        QTemporaryDir dir;
        const QString cli = QStringLiteral(ORION_CLI_PATH);
        const QString spec = dir.filePath(u"ledgerly.json"_s);
        auto o = Test::runProgram(
            cli,
            {u"spec"_s, u"import-openapi"_s, QStringLiteral(ORION_SOURCE_DIR) + u"/tests/data/importers/ledgerly-openapi.yaml"_s, u"-o"_s, spec});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QVERIFY2(o.err.contains(u"secret \"token\""_s) && o.err.contains(u"ledgerly-billing-api"_s), qPrintable(o.err));
        const QString db = dir.filePath(u"w.db"_s);
        o = Test::runProgram(cli,
                             {u"--db"_s, db, u"connection"_s, u"add"_s, u"books"_s, u"--connector"_s, u"custom:"_s + spec, u"--set"_s,
                              u"base_url="_s + m_api.baseUrl().toString()});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        o = Test::runProgram(cli, {u"--db"_s, db, u"sync"_s, u"books"_s, u"--stream"_s, u"customers"_s, u"--json"_s},
                             {{u"ORION_SECRET_BOOKS_TOKEN"_s, QString::fromLatin1(FakeLedgerly::kKey)},
                              {u"ORION_SECRET_BACKEND"_s, u"file"_s},
                              {u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)}});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).object().value("records_written"_L1).toInt(), 237);
        o = Test::runProgram(cli, {u"--db"_s, db, u"records"_s, u"books"_s, u"--stream"_s, u"customers"_s},
                             {{u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)}});
        const QJsonObject first = QJsonDocument::fromJson(o.out.section(u'\n', 0, 0).toUtf8()).object();
        QCOMPARE(first.value("email"_L1).toString(), u"person0@ledgerly.example"_s); // the imported mapping works
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
    }

    // orion spec test: a live read recorded to a cassette (secrets redacted), replayed offline,
    // and compared with the last run (same, then one record changed in the fixture).
    void specTestRecordsAndReplays()
    {
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
        QTemporaryDir dir;
        const QString specFile = dir.filePath(u"ledgerly.json"_s);
        {
            QFile f(specFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(
                        baseSpec(m_api.baseUrl().toString(), u"/offset/customers"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 100}}))
                        .toJson());
        }
        const QString cli = QStringLiteral(ORION_CLI_PATH);
        const QString cassette = dir.filePath(u"ledgerly.cassette.json"_s);
        const QHash<QString, QString> env{{u"ORION_SECRET_LEDGERLY_TOKEN"_s, QString::fromLatin1(FakeLedgerly::kKey)},
                                          {u"ORION_SECRET_BACKEND"_s, u"file"_s},
                                          {u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)}};
        auto o = Test::runProgram(cli, {u"spec"_s, u"test"_s, specFile, u"--record"_s, cassette, u"--pages"_s, u"2"_s, u"--json"_s}, env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QJsonObject live = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(live.value("records"_L1).toInt(), 200);
        QCOMPARE(live.value("pages"_L1).toArray().size(), 2);
        QVERIFY(!live.value("schema"_L1).toArray().isEmpty());
        QFile f(cassette);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray recorded = f.readAll();
        f.close();
        QVERIFY(!recorded.contains(FakeLedgerly::kKey)); // the key header is not in the fixture
        QVERIFY(recorded.contains("orion-cassette"));
        // Offline: nothing reaches the API, the same records come back.
        m_api.clearRequests();
        o = Test::runProgram(cli, {u"spec"_s, u"test"_s, specFile, u"--cassette"_s, cassette, u"--pages"_s, u"2"_s, u"--json"_s});
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QCOMPARE(m_api.requestCount(), 0);
        const QJsonObject replayed = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(replayed.value("digest"_L1), live.value("digest"_L1));
        QVERIFY(!replayed.contains("diff"_L1)); // no earlier run against this cassette
        o = Test::runProgram(cli, {u"spec"_s, u"test"_s, specFile, u"--cassette"_s, cassette, u"--pages"_s, u"2"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).object().value("diff"_L1).toObject().value("same"_L1).toBool(), true);
        // The fixture changes (one e-mail): the diff names the record.
        QByteArray edited = recorded;
        edited.replace("person5@ledgerly.example", "someone.else@ledgerly.example");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(edited);
        f.close();
        o = Test::runProgram(cli, {u"spec"_s, u"test"_s, specFile, u"--cassette"_s, cassette, u"--pages"_s, u"2"_s, u"--json"_s});
        const QJsonObject diff = QJsonDocument::fromJson(o.out.toUtf8()).object().value("diff"_L1).toObject();
        QCOMPARE(diff.value("records_changed"_L1).toArray(), (QJsonArray{u"c_000005"_s}));
        QCOMPARE(diff.value("same"_L1).toBool(), false);
        // A request the fixture does not hold: an error, not a network call.
        o = Test::runProgram(cli, {u"spec"_s, u"test"_s, specFile, u"--cassette"_s, cassette, u"--pages"_s, u"3"_s});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(u"not in the recorded fixture"_s), qPrintable(o.err));
        QCOMPARE(m_api.requestCount(), 0);
    }

    // orion marketplace on SQLite (the local user is the admin): publish with fixture evidence
    // (pending), approve, install (deploys the spec), install count, rating, uninstall.
    void marketplaceFromTheCli()
    {
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
        QTemporaryDir dir;
        const QString specFile = dir.filePath(u"ledgerly.json"_s);
        {
            QFile f(specFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QJsonObject spec
                = baseSpec(m_api.baseUrl().toString(), u"/offset/customers"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 100}});
            spec.insert(u"category"_s, u"accounting"_s);
            f.write(QJsonDocument(spec).toJson());
        }
        const QString cli = QStringLiteral(ORION_CLI_PATH);
        const QString db = dir.filePath(u"w.db"_s);
        const QString cassette = dir.filePath(u"c.json"_s);
        const QHash<QString, QString> env{{u"ORION_SECRET_LEDGERLY_TOKEN"_s, QString::fromLatin1(FakeLedgerly::kKey)},
                                          {u"ORION_SECRET_BACKEND"_s, u"file"_s},
                                          {u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)}};
        QCOMPARE(Test::runProgram(cli, {u"spec"_s, u"test"_s, specFile, u"--record"_s, cassette, u"--pages"_s, u"1"_s}, env).exitCode, 0);
        auto o = Test::runProgram(
            cli, {u"--db"_s, db, u"marketplace"_s, u"publish"_s, specFile, u"--cassette"_s, cassette, u"--pricing"_s, u"freemium"_s}, env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        o = Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).array().size(), 0); // pending: not listed
        o = Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"install"_s, u"custom:ledgerly"_s});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains(u"not approved"_s));
        QCOMPARE(Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"approve"_s, u"custom:ledgerly"_s}).exitCode, 0);
        o = Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"list"_s, u"--category"_s, u"accounting"_s, u"--json"_s});
        QJsonArray list = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[u"evidence"_s][u"result"_s].toString(), u"passed"_s);
        QCOMPARE(list.first()[u"evidence"_s][u"records"_s].toInt(), 100);
        QCOMPARE(list.first()[u"pricing"_s].toString(), u"freemium"_s);
        QCOMPARE(Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"list"_s, u"--search"_s, u"nothing-like-it"_s, u"--json"_s}).out.trimmed(),
                 u"[]"_s);
        QCOMPARE(Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"install"_s, u"custom:ledgerly"_s}).exitCode, 0);
        QCOMPARE(Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"rate"_s, u"custom:ledgerly"_s, u"4"_s}).exitCode, 0);
        QCOMPARE(Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"rate"_s, u"custom:ledgerly"_s, u"9"_s}).exitCode, 2);
        o = Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"list"_s, u"--json"_s});
        list = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QCOMPARE(list.first()[u"installs"_s].toInt(), 1);
        QCOMPARE(list.first()[u"installed"_s].toBool(), true);
        QCOMPARE(list.first()[u"rating"_s].toDouble(), 4.0);
        // Installed: connections can use it by name.
        o = Test::runProgram(cli, {u"--db"_s, db, u"connection"_s, u"add"_s, u"ledger"_s, u"--connector"_s, u"custom:ledgerly"_s});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        QCOMPARE(Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"uninstall"_s, u"custom:ledgerly"_s}).exitCode, 0);
        o = Test::runProgram(cli, {u"--db"_s, db, u"marketplace"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).array().first()[u"installs"_s].toInt(), 0);
    }

    // Walks that would never end stop with the reason: a cursor sent under a name the API ignores
    // (the same next cursor comes back), and a page parameter it ignores (the same page comes back).
    void loopGuardsStopAWalkThatWouldNotEnd()
    {
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
        Run run = read(baseSpec(m_api.baseUrl().toString(), u"/cursor/customers"_s,
                                QJsonObject{{u"type"_s, u"cursor"_s}, {u"cursor_path"_s, u"meta.next_cursor"_s}, {u"cursor_param"_s, u"after"_s}}));
        QVERIFY(run.failure);
        QVERIFY2(run.failure.message.contains(u"the cursor did not move"_s) && run.failure.message.contains(u"cursor_path"_s),
                 qPrintable(run.failure.message));
        QCOMPARE(run.pages, 1); // the first page was read and kept; the loop never started
        run = read(
            baseSpec(m_api.baseUrl().toString(), u"/pages/customers"_s,
                     QJsonObject{{u"type"_s, u"page_number"_s}, {u"page_param"_s, u"pg"_s}, {u"size_param"_s, u"per_page"_s}, {u"page_size"_s, 40}}));
        QVERIFY(run.failure);
        QVERIFY2(run.failure.message.contains(u"repeats the previous page's 40 record(s)"_s), qPrintable(run.failure.message));
        QCOMPARE(run.pages, 1);
    }

    void nextUrlMustStayOnTheService()
    {
        QJsonObject spec = baseSpec(m_api.baseUrl().toString(), u"/next/customers"_s,
                                    QJsonObject{{u"type"_s, u"next_url"_s}, {u"next_url_path"_s, u"links.next"_s}});
        // The same API reached as "localhost": the next URLs point at 127.0.0.1, another origin.
        spec.insert(u"base_url"_s, u"http://localhost:%1"_s.arg(m_api.baseUrl().port()));
        const Run run = read(spec);
        QVERIFY(run.failure);
        QVERIFY2(run.failure.message.contains(u"refused"_s), qPrintable(run.failure.message));
    }
};

QTEST_GUILESS_MAIN(TstDeclarative)
#include "tst_declarative.moc"

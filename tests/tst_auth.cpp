// Credentials: the secret lookup rule, the owner-only secrets file, and OAuth refresh with rotation,
// serialised per connection, ending in the re-authorise state on invalid_grant — against the
// HubSpot fake's token endpoint.
#include "fakehubspot.h"
#include "testsupport.h"
#include "timeouts.h"

#include "adapters/stripe/stripeconnector.h"
#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "runtime/httpclient.h"
#include "runtime/oauthauthorizer.h"
#include "runtime/ratebudget.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <thread>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeHubSpot;

namespace {

// Root reads and writes any file whatever its mode. For the life of this object the calling thread
// gives that privilege up (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so a mode-000 file is as
// unreadable to it as to a user; the destructor takes it back.
class WithoutFileOverride
{
public:
    WithoutFileOverride()
    {
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0;
        if (syscall(SYS_capget, &m_header, m_saved) != 0)
            return;
        __user_cap_data_struct reduced[2] = {m_saved[0], m_saved[1]};
        reduced[0].effective &= ~((1U << CAP_DAC_OVERRIDE) | (1U << CAP_DAC_READ_SEARCH));
        m_changed = syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutFileOverride()
    {
        if (m_changed)
            syscall(SYS_capset, &m_header, m_saved);
    }
    WithoutFileOverride(const WithoutFileOverride &) = delete;
    WithoutFileOverride &operator=(const WithoutFileOverride &) = delete;

private:
    __user_cap_header_struct m_header{};
    __user_cap_data_struct m_saved[2]{};
    bool m_changed = false;
};

} // namespace

class TstAuth : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeHubSpot m_hubspot;

    OAuth2RefreshAuthenticator::Config config(const QString &connection) const
    {
        OAuth2RefreshAuthenticator::Config c;
        c.owner = Test::owner(connection);
        c.serviceName = u"HubSpot"_s;
        c.tokenUrl = QUrl(m_hubspot.baseUrl().toString() + u"/oauth/v1/token"_s);
        c.clientId = u"client-123"_s;
        return c;
    }

    HttpRequest contacts() const
    {
        HttpRequest request;
        request.url = QUrl(m_hubspot.baseUrl().toString() + u"/crm/v3/objects/contacts?limit=1"_s);
        return request;
    }

    std::shared_ptr<CredentialStore> storeWith(const QString &connection, const QString &refreshToken)
    {
        auto store = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        QString error;
        store->setSecret(Test::owner(connection), u"refresh_token"_s, refreshToken, &error);
        store->setSecret(Test::owner(connection), u"client_secret"_s, u"s3cret-client-value"_s, &error);
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_hubspot.setContactCount(3);
        QVERIFY(m_hubspot.start());
    }
    void init() { OAuth2RefreshAuthenticator::clearTokenCache(); }

    void environmentVariableNames()
    {
        QCOMPARE(CredentialStore::environmentVariable(u"acme-stripe"_s, u"api_key"_s), u"ORION_SECRET_ACME_STRIPE_API_KEY"_s);
        QCOMPARE(CredentialStore::environmentVariable(u"Sales EU (new)"_s, u"refresh_token"_s), u"ORION_SECRET_SALES_EU__NEW__REFRESH_TOKEN"_s);
        QCOMPARE(CredentialStore::environmentVariable(u"crm.ü"_s, u"key"_s), u"ORION_SECRET_CRM___KEY"_s);
    }

    void storedValueWinsOverEnvironment()
    {
        CredentialStore store(std::make_shared<MemorySecretBackend>());
        QString error;
        qputenv("ORION_SECRET_RULE_TEST_API_KEY", "from-environment");
        QCOMPARE(store.secret(Test::owner(u"rule-test"_s), u"api_key"_s, &error).value_or(QString()), u"from-environment"_s);
        QVERIFY(store.setSecret(Test::owner(u"rule-test"_s), u"api_key"_s, u"rotated-and-stored"_s, &error));
        QCOMPARE(store.secret(Test::owner(u"rule-test"_s), u"api_key"_s, &error).value_or(QString()), u"rotated-and-stored"_s);
        qunsetenv("ORION_SECRET_RULE_TEST_API_KEY");
        QVERIFY(!store.secret(Test::owner(u"rule-test"_s), u"other"_s, &error));
        QVERIFY(error.isEmpty());
    }

    // Secrets belong to a connection's id: another workspace's (or member's) connection of the same
    // name finds none of them. Entries stored by name before schema 14 move to the id of the
    // connection that carried that name then, once; a worker serving several owners reads neither
    // those nor the environment.
    void secretsFollowTheIdNotTheName()
    {
        auto backend = std::make_shared<MemorySecretBackend>();
        CredentialStore desktop(backend);
        QString error;
        const SecretOwner mine = SecretOwner::connection(QUuid::createUuid().toString(QUuid::WithoutBraces), u"qb"_s);
        const SecretOwner theirs = SecretOwner::connection(QUuid::createUuid().toString(QUuid::WithoutBraces), u"qb"_s);
        QVERIFY(desktop.setSecret(mine, u"refresh_token"_s, u"rt-rotated-in-workspace-one"_s, &error));
        QVERIFY(!desktop.secret(theirs, u"refresh_token"_s, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!desktop.secret(SecretOwner::spec(u"qb"_s), u"refresh_token"_s, &error)); // the builder's namespace is apart

        // A pre-14 entry under the name: moved to the id that carried the name, gone from the name.
        QString value;
        bool found = false;
        QVERIFY(backend->write(u"connection/acme/api_key"_s, u"sk_live_from_before"_s, &error));
        const SecretOwner upgraded = SecretOwner::connection(QUuid::createUuid().toString(QUuid::WithoutBraces), u"acme"_s, u"acme"_s);
        const SecretOwner newcomer = SecretOwner::connection(QUuid::createUuid().toString(QUuid::WithoutBraces), u"acme"_s);
        QVERIFY(!desktop.secret(newcomer, u"api_key"_s, &error)); // a new "acme" never claims it
        CredentialStore worker(backend, CredentialStore::Users::Several);
        QVERIFY(!worker.secret(upgraded, u"api_key"_s, &error)); // nor does a worker
        QCOMPARE(desktop.secret(upgraded, u"api_key"_s, &error).value_or(QString()), u"sk_live_from_before"_s);
        QVERIFY(backend->read(u"connection/acme/api_key"_s, &value, &found, &error));
        QVERIFY(!found);
        QVERIFY(backend->read(CredentialStore::storageKey(upgraded, u"api_key"_s), &value, &found, &error));
        QVERIFY(found);
        QCOMPARE(worker.secret(upgraded, u"api_key"_s, &error).value_or(QString()), u"sk_live_from_before"_s);

        // The environment speaks for one user's names only: a worker ignores it.
        qputenv("ORION_SECRET_ACME_TOKEN", "sk_live_by_name");
        QCOMPARE(desktop.secret(newcomer, u"token"_s, &error).value_or(QString()), u"sk_live_by_name"_s);
        QVERIFY(!worker.secret(newcomer, u"token"_s, &error));
        qunsetenv("ORION_SECRET_ACME_TOKEN");
        // "acme-x" and "acme_x" would share a variable: one normalised name (ConnectionStore refuses the second).
        QCOMPARE(CredentialStore::normalizedName(u"acme-x"_s), CredentialStore::normalizedName(u"acme_x"_s));
    }

    // Without a configured budget a Stripe connection uses Stripe's documented limit for its key:
    // 25 requests/s for test keys, 100 for live ones; a configured budget wins.
    void stripeBudgetFollowsTheKeyUnlessSet()
    {
        const StripeConnector stripe;
        const auto budgetFor = [&](const QString &owner, const QString &key, const QJsonObject &settings) {
            auto credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
            QString error;
            const SecretOwner who = SecretOwner::connection(Test::uidFor(owner), owner);
            credentials->setSecret(who, u"api_key"_s, key, &error);
            HttpClient http;
            const auto validated = stripe.validateSettings(settings, &error);
            if (!validated)
                qFatal("%s", qPrintable(error));
            ConnectorContext ctx = ConnectorContext::create(1, who, *validated, credentials, &http);
            Failure failure;
            const auto auth = stripe.createAuthenticator(ctx, &failure);
            return auth && http.rateBudget() ? http.rateBudget()->perSecond() : -1.0;
        };
        QCOMPARE(budgetFor(u"budget-test"_s, u"sk_test_abc"_s, {}), 25.0);
        QCOMPARE(budgetFor(u"budget-restricted"_s, u"rk_test_abc"_s, {}), 25.0);
        QCOMPARE(budgetFor(u"budget-live"_s, u"sk_live_abc"_s, {}), 100.0);
        QCOMPARE(budgetFor(u"budget-set"_s, u"sk_live_abc"_s, QJsonObject{{u"requests_per_second"_s, 40}}), 40.0);
    }

    void secretsFileIsOwnerOnly()
    {
        const QString path = m_dir.filePath(u"cfg/secrets.json"_s);
        FileSecretBackend file(path);
        QString error;
        QVERIFY2(file.write(u"connection/a/api_key"_s, u"sk_live_abc"_s, &error), qPrintable(error));
        QVERIFY(file.write(u"connection/b/api_key"_s, u"sk_live_def"_s, &error));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());
        QString value;
        bool found = false;
        QVERIFY(file.read(u"connection/a/api_key"_s, &value, &found, &error));
        QVERIFY(found);
        QCOMPARE(value, u"sk_live_abc"_s);
        QVERIFY(file.remove(u"connection/a/api_key"_s, &error));
        QVERIFY(file.read(u"connection/a/api_key"_s, &value, &found, &error));
        QVERIFY(!found);
        // A damaged file is reported and left alone.
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{not json");
        damaged.close();
        QVERIFY(!file.read(u"connection/b/api_key"_s, &value, &found, &error));
        QVERIFY2(error.contains(u"damaged"_s), qPrintable(error));
        QVERIFY(!file.write(u"connection/b/api_key"_s, u"x"_s, &error));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("{not json"));
    }

    // A secrets file that exists but cannot be read is never replaced by one holding only the new
    // key (every other connection's secrets would be lost): the write fails and says why.
    void unreadableSecretsFileIsNeverRewritten()
    {
        const QString path = m_dir.filePath(u"locked/secrets.json"_s);
        FileSecretBackend file(path);
        QString error;
        QVERIFY(file.write(u"connection/a/api_key"_s, u"sk_live_first"_s, &error));
        QVERIFY(file.write(u"connection/b/api_key"_s, u"sk_live_second"_s, &error));
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        QVERIFY(QFile::setPermissions(path, QFile::Permissions()));
        {
            WithoutFileOverride unprivileged;
            QFile probe(path);
            QVERIFY2(!probe.open(QIODevice::ReadOnly), "the test needs a file it cannot read");
            QString value;
            bool found = false;
            QVERIFY(!file.read(u"connection/a/api_key"_s, &value, &found, &error));
            QVERIFY2(error.contains(u"Cannot read"_s), qPrintable(error));
            error.clear();
            QVERIFY(!file.write(u"connection/c/api_key"_s, u"sk_live_third"_s, &error));
            QVERIFY2(error.contains(u"it was not changed"_s), qPrintable(error));
            QVERIFY(!file.remove(u"connection/a/api_key"_s, &error));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
    }

    void refreshRotatesAndSavesBeforeUse()
    {
        m_hubspot.enableOAuth(u"client-123"_s, u"s3cret-client-value"_s, u"rt-initial"_s, 1800, true);
        auto store = storeWith(u"hs-rotate"_s, u"rt-initial"_s);
        OAuth2RefreshAuthenticator auth(config(u"hs-rotate"_s), store);
        HttpClient client;
        QStringList log;
        client.setLogger([&](const QString &line) { log << line; });
        client.setAuthenticator(&auth);
        QVERIFY(client.send(contacts()).isSuccess());
        QCOMPARE(m_hubspot.tokenRequests(), 1);
        QString error;
        const QString rotated = store->secret(Test::owner(u"hs-rotate"_s), u"refresh_token"_s, &error).value_or(QString());
        QCOMPARE(rotated, m_hubspot.currentRefreshToken());
        QVERIFY(rotated != u"rt-initial"_s);
        // The access token is reused until it nears expiry…
        QVERIFY(client.send(contacts()).isSuccess());
        QCOMPARE(m_hubspot.tokenRequests(), 1);
        // …and refreshed with the rotated token once the fake's clock passes it.
        m_hubspot.advanceClock(1800);
        QVERIFY(client.send(contacts()).isSuccess());
        QCOMPARE(m_hubspot.tokenRequests(), 2);
        QCOMPARE(store->secret(Test::owner(u"hs-rotate"_s), u"refresh_token"_s, &error).value_or(QString()), m_hubspot.currentRefreshToken());
        for (const QString &line : log) {
            QVERIFY2(!line.contains(u"rt-"_s) && !line.contains(u"s3cret"_s) && !line.contains(u"CJT-access"_s), qPrintable(line));
        }
    }

    void expiredTokenIsRefreshedOnceAfter401()
    {
        m_hubspot.enableOAuth(u"client-123"_s, u"s3cret-client-value"_s, u"rt-401"_s, 3600, true);
        auto store = storeWith(u"hs-401"_s, u"rt-401"_s);
        OAuth2RefreshAuthenticator auth(config(u"hs-401"_s), store);
        HttpClient client;
        client.setAuthenticator(&auth);
        QVERIFY(client.send(contacts()).isSuccess());
        const int before = m_hubspot.tokenRequests();
        // The server expires the token early (clock jump): our cache still believes it is fresh.
        m_hubspot.advanceClock(3700);
        const HttpResponse response = client.send(contacts());
        QVERIFY2(response.isSuccess(), qPrintable(response.failure.message));
        QCOMPARE(m_hubspot.tokenRequests(), before + 1);
        QCOMPARE(response.attempts, 2);
    }

    void concurrentRefreshesAreSerialised()
    {
        m_hubspot.enableOAuth(u"client-123"_s, u"s3cret-client-value"_s, u"rt-concurrent"_s, 1800, true);
        auto store = storeWith(u"hs-concurrent"_s, u"rt-concurrent"_s);
        const int before = m_hubspot.tokenRequests();
        std::atomic<int> succeeded{0};
        std::vector<std::thread> threads;
        threads.reserve(6);
        for (int t = 0; t < 6; ++t) {
            threads.emplace_back([&] {
                OAuth2RefreshAuthenticator auth(config(u"hs-concurrent"_s), store);
                HttpClient client; // one per thread, as in the sync engine
                client.setAuthenticator(&auth);
                if (client.send(contacts()).isSuccess())
                    ++succeeded;
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(succeeded.load(), 6);
        // Rotation makes a second concurrent refresh with the old token fail: exactly one happened.
        QCOMPARE(m_hubspot.tokenRequests(), before + 1);
    }

    void invalidGrantMeansReauthoriseNotALoop()
    {
        m_hubspot.enableOAuth(u"client-123"_s, u"s3cret-client-value"_s, u"rt-current"_s, 1800, true);
        auto store = storeWith(u"hs-revoked"_s, u"rt-stale"_s); // e.g. revoked, or rotated elsewhere
        OAuth2RefreshAuthenticator auth(config(u"hs-revoked"_s), store);
        HttpClient client;
        client.setAuthenticator(&auth);
        const int before = m_hubspot.tokenRequests();
        m_hubspot.clearRequests();
        const HttpResponse response = client.send(contacts());
        QCOMPARE(m_hubspot.requestCount(u"/crm/"_s), 0); // the API itself was never called
        QCOMPARE(response.failure.errorClass, ErrorClass::Config);
        QVERIFY(response.failure.reauthorize);
        QVERIFY2(response.failure.message.contains(u"re-authorise"_s), qPrintable(response.failure.message));
        QVERIFY(!response.failure.message.contains(u"rt-stale"_s));
        QCOMPARE(m_hubspot.tokenRequests(), before + 1);
        QVERIFY(!response.isSuccess());
    }

    void desktopSignInUsesPkce()
    {
        m_hubspot.enableOAuth(u"client-123"_s, u"s3cret-client-value"_s, u"rt-none-yet"_s, 1800, true);
        const OAuthEndpoints endpoints{QUrl(m_hubspot.baseUrl().toString() + u"/oauth/authorize"_s),
                                       QUrl(m_hubspot.baseUrl().toString() + u"/oauth/v1/token"_s), u"client-123"_s, u"crm.objects.contacts.read"_s};
        OAuthAuthorizer authorizer(endpoints, u"s3cret-client-value"_s);
        QSignalSpy granted(&authorizer, &OAuthAuthorizer::granted);
        QSignalSpy failed(&authorizer, &OAuthAuthorizer::failed);
        QUrl browserUrl;
        QNetworkAccessManager browser; // stands in for the user's browser
        connect(&authorizer, &OAuthAuthorizer::browserRequested, this, [&](const QUrl &url) {
            browserUrl = url;
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = browser.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        authorizer.start();
        QVERIFY(!granted.isEmpty() || granted.wait(OrionTest::EventTimeout));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QUrlQuery query(browserUrl);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"client_id"_s), u"client-123"_s);
        QVERIFY(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded).startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(granted.first().at(1).toString(), m_hubspot.currentRefreshToken()); // to keep in the keychain
        QVERIFY(granted.first().at(2).toDateTime() > QDateTime::currentDateTimeUtc());
        // The code was exchanged with its verifier (the fake checks S256(verifier) == challenge).
        bool exchanged = false;
        for (const auto &r : m_hubspot.requests()) {
            if (r.path == "/oauth/v1/token"_L1 && r.body.contains("grant_type=authorization_code"))
                exchanged = r.body.contains("code_verifier=");
        }
        QVERIFY(exchanged);
    }

    void signInWithAForgedStateFails()
    {
        m_hubspot.enableOAuth(u"client-123"_s, u"s3cret-client-value"_s, u"rt-none-yet"_s, 1800, true);
        const OAuthEndpoints endpoints{QUrl(m_hubspot.baseUrl().toString() + u"/oauth/authorize"_s),
                                       QUrl(m_hubspot.baseUrl().toString() + u"/oauth/v1/token"_s),
                                       u"client-123"_s,
                                       {}};
        OAuthAuthorizer authorizer(endpoints, u"s3cret-client-value"_s);
        QSignalSpy granted(&authorizer, &OAuthAuthorizer::granted);
        QNetworkAccessManager browser;
        connect(&authorizer, &OAuthAuthorizer::browserRequested, this, [&](const QUrl &url) {
            // Another site sends the user to our redirect URI with its own code and state.
            QUrl forged(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
            forged.setQuery(u"code=code-attacker&state=not-the-state"_s);
            QNetworkReply *reply = browser.get(QNetworkRequest(forged));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        const int before = m_hubspot.tokenRequests();
        authorizer.start();
        QTest::qWait(1000);
        QVERIFY(granted.isEmpty());
        QCOMPARE(m_hubspot.tokenRequests(), before); // the forged code was never exchanged
    }

    void missingRefreshTokenAsksForAuthorisation()
    {
        auto store = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        OAuth2RefreshAuthenticator auth(config(u"hs-new"_s), store);
        HttpClient client;
        client.setAuthenticator(&auth);
        const HttpResponse response = client.send(contacts());
        QVERIFY(response.failure.reauthorize);
        QVERIFY2(response.failure.message.contains(u"ORION_SECRET_HS_NEW_REFRESH_TOKEN"_s), qPrintable(response.failure.message));
    }
};

QTEST_GUILESS_MAIN(TstAuth)
#include "tst_auth.moc"

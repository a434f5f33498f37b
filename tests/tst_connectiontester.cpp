// The rules of Test Connection, without a widget (services/connectiontester): entered secrets
// override stored ones, a secret the service rotates is written back when it was stored and handed
// to the form when it was typed, a failed write-back is a failed test, and the asynchronous path
// reports once, cancellable.
#include "fakehubspot.h"
#include "testsupport.h"
#include "timeouts.h"

#include "adapters/registry/connectorregistry.h"
#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "services/connectiontester.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

// A keychain that reads but refuses every write (a locked keychain, a read-only secrets file).
class RefusingWrites : public SecretBackend
{
public:
    explicit RefusingWrites(std::shared_ptr<SecretBackend> inner)
        : m_inner(std::move(inner))
    {
    }
    bool read(const QString &key, QString *value, bool *found, QString *error) override { return m_inner->read(key, value, found, error); }
    bool write(const QString &, const QString &, QString *error) override
    {
        *error = u"the keychain is locked"_s;
        return false;
    }
    bool remove(const QString &key, QString *error) override { return write(key, {}, error); }
    QString name() const override { return u"a locked keychain"_s; }

private:
    std::shared_ptr<SecretBackend> m_inner;
};

} // namespace

class TstConnectionTester : public QObject
{
    Q_OBJECT
    Fakes::FakeHubSpot m_hubspot;
    int m_serial = 0;

    ConnectionTester::Request request(const QString &name, const QHash<QString, QString> &entered, bool useStored) const
    {
        const QString base = m_hubspot.baseUrl().toString();
        ConnectionTester::Request r;
        r.connectorId = u"hubspot"_s;
        r.connection = Test::owner(name);
        const Connector *hubspot = ConnectorRegistry::instance().find(u"hubspot"_s);
        QString error;
        r.settings = hubspot
                         ->validateSettings(QJsonObject{{u"api_base"_s, base},
                                                        {u"auth"_s, u"oauth"_s},
                                                        {u"token_url"_s, QString(base + u"/oauth/v1/token"_s)},
                                                        {u"client_id"_s, u"orion-app"_s},
                                                        {u"requests_per_second"_s, 0}},
                                            &error)
                         .value_or(QJsonObject());
        if (r.settings.isEmpty())
            qFatal("%s", qPrintable(error));
        r.entered = entered;
        r.useStoredSecrets = useStored;
        return r;
    }

    // A fresh refresh token at the fake (rotating on every refresh) and a connection name of its own.
    QString freshGrant()
    {
        const QString token = u"rt-start-%1"_s.arg(++m_serial);
        m_hubspot.enableOAuth(u"orion-app"_s, u"app-client-secret"_s, token, 1800, true);
        OAuth2RefreshAuthenticator::clearTokenCache();
        return token;
    }

    // A store holding the connection's refresh token and client secret, over `backend`.
    static std::shared_ptr<CredentialStore> storeWith(const std::shared_ptr<SecretBackend> &backend, const QString &name, const QString &refreshToken)
    {
        auto store = std::make_shared<CredentialStore>(backend);
        QString error;
        if (!store->setSecret(Test::owner(name), u"refresh_token"_s, refreshToken, &error)
            || !store->setSecret(Test::owner(name), u"client_secret"_s, u"app-client-secret"_s, &error))
            qFatal("%s", qPrintable(error));
        return store;
    }

    static const Connector *hubspot() { return ConnectorRegistry::instance().find(u"hubspot"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_hubspot.start());
        m_hubspot.setContactCount(3);
    }

    void cleanupTestCase()
    {
        // The fake may still be answering the cancelled slow request: stop its thread while the
        // whole fake still exists.
        m_hubspot.stop();
    }

    void storedRotatedSecretIsWrittenBack()
    {
        const QString start = freshGrant();
        auto backend = std::make_shared<MemorySecretBackend>();
        auto stored = storeWith(backend, u"crm"_s, start);
        QString error;
        const auto outcome = ConnectionTester::run(hubspot(), request(u"crm"_s, {}, true), stored, nullptr);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message(u"HubSpot"_s)));
        QVERIFY(outcome.message(u"HubSpot"_s).startsWith(u"Connected: HubSpot answered in"_s));
        QVERIFY(m_hubspot.currentRefreshToken() != start); // it rotated
        QCOMPARE(stored->secret(Test::owner(u"crm"_s), u"refresh_token"_s, &error).value_or(QString()), m_hubspot.currentRefreshToken());
        QVERIFY(outcome.rotated.isEmpty()); // nothing for the form: it was not typed there
    }

    void enteredSecretsOverrideStoredOnesAndAreNeverWritten()
    {
        const QString start = freshGrant();
        auto stored = storeWith(std::make_shared<MemorySecretBackend>(), u"crm2"_s, u"rt-stale-and-dead"_s);
        QString error;
        const auto outcome = ConnectionTester::run(hubspot(), request(u"crm2"_s, {{u"refresh_token"_s, start}}, true), stored, nullptr);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message(u"HubSpot"_s)));
        // The typed token was used (the stored one would have failed), and its rotation goes back to the form…
        QCOMPARE(outcome.rotated.value(u"refresh_token"_s), m_hubspot.currentRefreshToken());
        // …not to the store: saving the form is what stores it.
        QCOMPARE(stored->secret(Test::owner(u"crm2"_s), u"refresh_token"_s, &error).value_or(QString()), u"rt-stale-and-dead"_s);

        // The other way round: with the stored (dead) token only, the test fails (once the access
        // token the first test obtained is forgotten).
        OAuth2RefreshAuthenticator::clearTokenCache();
        const auto stale = ConnectionTester::run(hubspot(), request(u"crm2"_s, {}, true), stored, nullptr);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.failure.errorClass, ErrorClass::Config);
        QVERIFY(!stale.message(u"HubSpot"_s).contains(u"rt-stale-and-dead"_s));
    }

    void failedWriteBackFailsTheTest()
    {
        const QString start = freshGrant();
        auto backend = std::make_shared<MemorySecretBackend>();
        auto seed = storeWith(backend, u"crm3"_s, start);
        QString error;
        auto locked = std::make_shared<CredentialStore>(std::make_shared<RefusingWrites>(backend));
        const auto outcome = ConnectionTester::run(hubspot(), request(u"crm3"_s, {}, true), locked, nullptr);
        QVERIFY(!outcome.failure); // the service answered…
        QVERIFY(!outcome.ok());    // …but the new token is lost, so the test did not succeed
        QVERIFY2(outcome.message(u"HubSpot"_s).contains(u"could not be saved: the keychain is locked"_s), qPrintable(outcome.message(u"HubSpot"_s)));
        QVERIFY(!outcome.message(u"HubSpot"_s).contains(m_hubspot.currentRefreshToken()));
    }

    void newConnectionsNeverReadTheStore()
    {
        // Adding a connection whose name matches a stored one must not borrow its secrets.
        const QString start = freshGrant();
        auto stored = storeWith(std::make_shared<MemorySecretBackend>(), u"crm4"_s, start);
        QString error;
        const auto outcome = ConnectionTester::run(hubspot(), request(u"crm4"_s, {}, false), nullptr, nullptr);
        QVERIFY(!outcome.ok());
        QCOMPARE(m_hubspot.currentRefreshToken(), start); // nothing was sent with the stored token
    }

    void startReportsOnceAndCancels()
    {
        const QString start = freshGrant();
        auto stored = storeWith(std::make_shared<MemorySecretBackend>(), u"crm5"_s, start);
        QString error;
        ConnectionTester tester(stored);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(request(u"crm5"_s, {}, true));
        QVERIFY(tester.isRunning());
        QVERIFY(!finished.isEmpty() || finished.wait(OrionTest::EventTimeout));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<ConnectionTester::Outcome>().ok());
        QVERIFY(!tester.isRunning());

        // A slow service: Cancel stops the test, which reports "Cancelled."; a replaced test never reports.
        m_hubspot.setResponseDelay(3000);
        finished.clear();
        tester.start(request(u"crm5"_s, {}, true));
        tester.start(request(u"crm5"_s, {}, true)); // replaces the first
        tester.cancel();
        QVERIFY(!finished.isEmpty() || finished.wait(OrionTest::EventTimeout));
        m_hubspot.setResponseDelay(0);
        QCOMPARE(finished.first().first().value<ConnectionTester::Outcome>().failure.errorClass, ErrorClass::Cancelled);
        // Every test thread has ended and its result has been delivered or dropped: only one report.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(OrionTest::EventTimeout));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstConnectionTester)
#include "tst_connectiontester.moc"

// Secrets in a real OS keychain: the Secret Service of gnome-keyring on a private D-Bus session
// (the recipe in ../shared/research/qt-ecosystem.md §7). The test starts that session itself, with a
// throw-away HOME, so it never touches the user's keyring.
#include "fakehubspot.h"
#include "testsupport.h"
#include "timeouts.h"

#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "runtime/secretstore.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstKeychain : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run through ctest so the test starts one (needs dbus-run-session and gnome-keyring)");
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("ORION_SECRET_BACKEND");
    }

    void keychainIsReachable()
    {
        QVERIFY(KeychainSecretBackend::isReachable());
        QCOMPARE(CredentialStore::createDefault()->backend().name(), u"system keychain"_s);
    }

    void writeReadRemove()
    {
        KeychainSecretBackend keychain;
        QString error, value;
        bool found = false;
        const QString secret = u"sk_live_ünïcode-✓-51Hxyz"_s;
        QVERIFY2(keychain.write(u"connection/kc/api_key"_s, secret, &error), qPrintable(error));
        QVERIFY2(keychain.read(u"connection/kc/api_key"_s, &value, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(value, secret);
        QVERIFY(keychain.remove(u"connection/kc/api_key"_s, &error));
        QVERIFY(keychain.read(u"connection/kc/api_key"_s, &value, &found, &error));
        QVERIFY(!found);
    }

    void guiStoreAndSyncStoreShareEntries()
    {
        // The GUI's asynchronous store writes; the synchronous store of sync threads reads it.
        KeychainSecretStore gui(u"org.orion.ConnectorStudio"_s);
        QString writeError = u"pending"_s;
        gui.write(CredentialStore::storageKey(Test::owner(u"shared"_s), u"access_token"_s), u"pat-shared-123"_s,
                  [&](const QString &error) { writeError = error; });
        QTRY_VERIFY_WITH_TIMEOUT(writeError != u"pending"_s, OrionTest::EventTimeout);
        QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
        QString error;
        CredentialStore store(std::make_shared<KeychainSecretBackend>());
        QCOMPARE(store.secret(Test::owner(u"shared"_s), u"access_token"_s, &error).value_or(QString()), u"pat-shared-123"_s);
    }

    void rotatedRefreshTokenGoesToTheKeychain()
    {
        Fakes::FakeHubSpot hubspot;
        QVERIFY(hubspot.start());
        hubspot.setContactCount(5);
        hubspot.enableOAuth(u"app"_s, u"app-secret"_s, u"rt-initial-value"_s, 1800, true);
        const QString db = m_dir.filePath(u"kc.db"_s);
        {
            QString error;
            auto w = Workspace::open(DatabaseConfig::sqlite(db), {}, &error);
            QVERIFY(w);
            ConnectionStore store(*w);
            ConnectionStore::NewConnection c;
            c.name = u"kc-oauth"_s;
            c.connectorId = u"hubspot"_s;
            c.settings = {{u"api_base"_s, hubspot.baseUrl().toString()},
                          {u"auth"_s, u"oauth"_s},
                          {u"client_id"_s, u"app"_s},
                          {u"token_url"_s, QString(hubspot.baseUrl().toString() + u"/oauth/v1/token"_s)},
                          {u"requests_per_second"_s, u"0"_s}};
            QVERIFY(store.createConnection(Test::withUid(c), &error));
        }
        // Headless start: initial values from the environment; the default store is the keychain.
        qputenv("ORION_SECRET_KC_OAUTH_REFRESH_TOKEN", "rt-initial-value");
        qputenv("ORION_SECRET_KC_OAUTH_CLIENT_SECRET", "app-secret");
        auto credentials = CredentialStore::createDefault();
        SyncRequest request;
        request.database = DatabaseConfig::sqlite(db);
        request.connection = u"kc-oauth"_s;
        SyncJob job(request, credentials);
        const auto results = job.run();
        QVERIFY2(results.first().succeeded(), qPrintable(results.first().error));
        QString error;
        KeychainSecretBackend keychain;
        QString value;
        bool found = false;
        QVERIFY(keychain.read(CredentialStore::storageKey(Test::ownerIn(DatabaseConfig::sqlite(db), u"kc-oauth"_s), u"refresh_token"_s), &value,
                              &found, &error));
        QVERIFY(found);
        QCOMPARE(value, hubspot.currentRefreshToken());
        QVERIFY(!QFile::exists(FileSecretBackend::defaultPath())); // no secrets file when a keychain is there
        // The stored rotated value now wins over the stale environment value.
        OAuth2RefreshAuthenticator::clearTokenCache();
        SyncJob again(request, CredentialStore::createDefault());
        QVERIFY(again.run().first().succeeded());
        qunsetenv("ORION_SECRET_KC_OAUTH_REFRESH_TOKEN");
        qunsetenv("ORION_SECRET_KC_OAUTH_CLIENT_SECRET");
    }
};

// Runs the test inside a private D-Bus session with an unlocked gnome-keyring and a temporary HOME.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("ORION_KEYCHAIN_SESSION")) {
        char home[] = "/tmp/orion-keychain-XXXXXX";
        if (!mkdtemp(home)) {
            std::perror("mkdtemp");
            return 1;
        }
        setenv("HOME", home, 1);
        setenv("ORION_KEYCHAIN_SESSION", "1", 1);
        unsetenv("DBUS_SESSION_BUS_ADDRESS");
        std::vector<char *> args{const_cast<char *>("dbus-run-session"), const_cast<char *>("--"), const_cast<char *>("sh"), const_cast<char *>("-c"),
                                 const_cast<char *>("printf orion | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
                                                    "&& exec \"$0\" \"$@\"")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        execvp("dbus-run-session", args.data());
        std::perror("dbus-run-session (install dbus-bin and gnome-keyring; the toolbox has them)");
        return 1;
    }
    QCoreApplication app(argc, argv);
    TstKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"

// Webhook receivers, tried as the vendors and as an attacker would: each vendor's signature scheme
// against its documented example where one is published (Slack) and against deliveries the fakes
// sign as their vendors document it; tampered, stale, replayed, oversized and misaddressed
// deliveries refused with their status and nothing written; a burst of events queued as one job
// per stream on a real PostgreSQL server, by a worker login and by a member, who never reaches
// another member's connection; `orion webhook serve` as a process.
#include "fakehubspot.h"
#include "fakequickbooks.h"
#include "fakeslack.h"
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "runtime/credentialstore.h"
#include "runtime/webhooksignature.h"
#include "services/webhookreceiver.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <optional>
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeHubSpot;
using Orion::Fakes::FakeQuickBooks;
using Orion::Fakes::FakeSlack;
using Orion::Fakes::FakeStripe;
using Orion::Fakes::SignedDelivery;
using Sig = WebhookSignature;

namespace {
const QByteArray kStripeSecret = "whsec_orion_fake_endpoint_secret";
const QByteArray kHubSecret = "hubspot-client-secret-7f3e";
const QByteArray kQboToken = "qbo-verifier-token-1b2c";
const QByteArray kSlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";

Sig::Delivery delivery(const SignedDelivery &d, const QString &url = {})
{
    Sig::Delivery out;
    out.headers = d.headers;
    out.body = d.body;
    out.url = url;
    return out;
}
} // namespace

class TstWebhooks : public QObject
{
    Q_OBJECT

    DatabaseConfig m_db;
    std::unique_ptr<Workspace> m_admin;
    std::shared_ptr<CredentialStore> m_credentials;
    QHash<QString, QString> m_uid; // connection name → uid
    QNetworkAccessManager m_net;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::optional<QSslConfiguration> m_tls; // trusted by post() when set

    DatabaseConfig as(const QString &role) const
    {
        DatabaseConfig c = m_db;
        c.user = role;
        return c;
    }

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        const Test::SqlResult r = Test::runSql(*m_admin, sql, binds);
        if (!r.ok)
            qFatal("%s: %s", qPrintable(sql), qPrintable(r.error));
        return r.first.toLongLong();
    }

    void addConnection(Workspace &w, const QString &name, const QString &connector, const QJsonObject &settings = {})
    {
        ConnectionStore::NewConnection c = Test::newConnection(name, connector);
        for (auto it = settings.begin(); it != settings.end(); ++it)
            c.settings.insert(it.key(), it.value());
        QString error;
        if (!ConnectionStore(w).createConnection(c, &error))
            qFatal("%s", qPrintable(error));
        m_uid.insert(name, c.uid);
    }

    // The shared receiver's debounce is longer than any test: a burst ends when the test flushes it,
    // whatever the machine's speed.
    std::unique_ptr<WebhookReceiver> startReceiver(const QString &role, const QString &password, int debounceMs = 600'000)
    {
        WebhookReceiver::Options o;
        o.database = as(role);
        o.password = password;
        o.debounceMs = debounceMs;
        o.maxBodyBytes = 64 * 1024;
        auto receiver = std::make_unique<WebhookReceiver>(o, m_credentials);
        QString error;
        if (!receiver->start(&error))
            qFatal("%s", qPrintable(error));
        return receiver;
    }

    QString url(const QString &connection, const WebhookReceiver &r) const
    {
        return u"http://127.0.0.1:%1/webhooks/%2"_s.arg(r.port()).arg(m_uid.value(connection, connection));
    }

    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };
    Answer post(const QString &target, const SignedDelivery &d, const QByteArray &method = "POST")
    {
        QNetworkRequest request{QUrl(target)};
        if (m_tls)
            request.setSslConfiguration(*m_tls);
        for (const auto &[name, value] : d.headers)
            request.setRawHeader(name, value);
        if (!request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_net.sendCustomRequest(request, method, d.body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(OrionTest::EventTimeout))
            qFatal("no answer from the receiver");
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return a;
    }

    qint64 jobs(const QString &connection, const QString &stream)
    {
        return count(u"SELECT count(*) FROM sync_jobs j JOIN connections c ON c.id = j.connection_id WHERE c.uid = ? AND j.stream = ?"_s,
                     {m_uid.value(connection), stream});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        m_db = Test::createPostgresDatabase();
        QString error;
        m_admin = Workspace::open(m_db, Test::postgresAdminPassword(), &error);
        QVERIFY2(m_admin, qPrintable(error));
        for (const auto &[role, memberOf] : {std::pair{u"orion_wh_ann"_s, u"orion_user"_s}, std::pair{u"orion_wh_ben"_s, u"orion_user"_s},
                                             std::pair{u"orion_wh_worker"_s, u"orion_worker"_s}})
            QVERIFY2(Test::ensureLoginRole(role, u"pw-"_s + role, memberOf, &error), qPrintable(error));
        auto ann = Workspace::open(as(u"orion_wh_ann"_s), u"pw-orion_wh_ann"_s, &error);
        auto ben = Workspace::open(as(u"orion_wh_ben"_s), u"pw-orion_wh_ben"_s, &error);
        QVERIFY2(ann && ben, qPrintable(error));
        FakeQuickBooks qbo;
        addConnection(*ann, u"ann-stripe"_s, u"stripe"_s);
        addConnection(*ann, u"ann-hub"_s, u"hubspot"_s);
        addConnection(*ann, u"ann-qbo"_s, u"quickbooks"_s, {{u"realm_id"_s, qbo.realm()}});
        addConnection(*ann, u"ann-slack"_s, u"slack"_s);
        addConnection(*ann, u"ann-unsigned"_s, u"stripe"_s); // no webhook secret
        addConnection(*ann, u"ann-salesforce"_s, u"salesforce"_s);
        addConnection(*ben, u"ben-stripe"_s, u"stripe"_s);
        // The receiver reads secrets by connection id, as a worker does.
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>(), CredentialStore::Users::Several);
        const QList<std::tuple<QString, QString, QByteArray>> secrets{{u"ann-stripe"_s, u"webhook_secret"_s, kStripeSecret},
                                                                      {u"ann-hub"_s, u"client_secret"_s, kHubSecret},
                                                                      {u"ann-qbo"_s, u"webhook_verifier_token"_s, kQboToken},
                                                                      {u"ann-slack"_s, u"signing_secret"_s, kSlackSecret},
                                                                      {u"ben-stripe"_s, u"webhook_secret"_s, kStripeSecret}};
        for (const auto &[name, key, value] : secrets)
            QVERIFY(m_credentials->setSecret(SecretOwner::connection(m_uid.value(name), name), key, QString::fromLatin1(value), &error));
        m_receiver = startReceiver(u"orion_wh_worker"_s, u"pw-orion_wh_worker"_s);
    }

    void cleanupTestCase()
    {
        m_receiver.reset();
        m_admin.reset();
        Test::dropPostgresDatabase(m_db.database);
    }

    // The HMAC primitive (RFC 4231, test case 2) and Slack's published example request.
    void slackDocumentedExampleVerifies()
    {
        QCOMPARE(Sig::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        Sig::Delivery d;
        d.body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id="
                 "U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%"
                 "2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        d.headers = {{"X-Slack-Request-Timestamp", "1531420618"},
                     {"x-slack-signature", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"}};
        QVERIFY2(Sig::verify(Sig::Scheme::SlackV0, d, kSlackSecret, 1531420618 + 30).ok(),
                 qPrintable(Sig::verify(Sig::Scheme::SlackV0, d, kSlackSecret, 1531420618 + 30).reason));
        QCOMPARE(Sig::verify(Sig::Scheme::SlackV0, d, kSlackSecret, 1531420618 + 301).verdict, Sig::Verdict::Stale); // a replay
        QCOMPARE(Sig::verify(Sig::Scheme::SlackV0, d, "another-secret", 1531420618).verdict, Sig::Verdict::Mismatch);
        d.body.replace("foobar", "foobaz");
        QCOMPARE(Sig::verify(Sig::Scheme::SlackV0, d, kSlackSecret, 1531420618).verdict, Sig::Verdict::Mismatch);
        // The fake signs as the documentation says: its signature of the example is Slack's.
        QCOMPARE(FakeSlack::signWebhook(QByteArray(d.body).replace("foobaz", "foobar"), kSlackSecret, 1531420618).headers.last().second,
                 QByteArray("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"));
    }

    void stripeSignatures()
    {
        const qint64 t = 1'760'000'000;
        const QByteArray body = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"customer.updated\"}";
        SignedDelivery signedOne = FakeStripe::signWebhook(body, kStripeSecret, t);
        QVERIFY(Sig::verify(Sig::Scheme::Stripe, delivery(signedOne), kStripeSecret, t + 299).ok());
        QCOMPARE(Sig::verify(Sig::Scheme::Stripe, delivery(signedOne), kStripeSecret, t + 301).verdict, Sig::Verdict::Stale);
        QCOMPARE(Sig::verify(Sig::Scheme::Stripe, delivery(signedOne), "whsec_other", t).verdict, Sig::Verdict::Mismatch);
        // During a secret rotation Stripe sends one v1 per secret: any may match.
        const QByteArray header = signedOne.headers.last().second;
        signedOne.headers.last().second = header.left(header.indexOf(',')) + ",v1=" + QByteArray(64, 'a') + header.mid(header.indexOf(','));
        QVERIFY(Sig::verify(Sig::Scheme::Stripe, delivery(signedOne), kStripeSecret, t).ok());
        // v0 (test mode's legacy scheme) is never enough, nor a body changed by one byte.
        signedOne.headers.last().second = "t=" + QByteArray::number(t) + ",v0=" + header.mid(header.indexOf("v1=") + 3);
        QCOMPARE(Sig::verify(Sig::Scheme::Stripe, delivery(signedOne), kStripeSecret, t).verdict, Sig::Verdict::Malformed);
        SignedDelivery tampered = FakeStripe::signWebhook(body, kStripeSecret, t);
        tampered.body.replace("updated", "deleted");
        QCOMPARE(Sig::verify(Sig::Scheme::Stripe, delivery(tampered), kStripeSecret, t).verdict, Sig::Verdict::Mismatch);
        tampered.headers.last().second = "t=soon,v1=abc";
        QCOMPARE(Sig::verify(Sig::Scheme::Stripe, delivery(tampered), kStripeSecret, t).verdict, Sig::Verdict::Malformed);
        tampered.headers.clear();
        QCOMPARE(Sig::verify(Sig::Scheme::Stripe, delivery(tampered), kStripeSecret, t).verdict, Sig::Verdict::Missing);
    }

    void quickBooksAndHubSpotSignatures()
    {
        const QByteArray body = "{\"eventNotifications\":[]}";
        SignedDelivery qbo = FakeQuickBooks::signWebhook(body, kQboToken);
        QVERIFY(Sig::verify(Sig::Scheme::QuickBooks, delivery(qbo), kQboToken, 0).ok());
        QCOMPARE(Sig::verify(Sig::Scheme::QuickBooks, delivery(qbo), "other-token", 0).verdict, Sig::Verdict::Mismatch);
        qbo.headers.last().second = "not base64!";
        QCOMPARE(Sig::verify(Sig::Scheme::QuickBooks, delivery(qbo), kQboToken, 0).verdict, Sig::Verdict::Malformed);

        // HubSpot signs the URL it called, with its listed escapes decoded.
        const qint64 ms = 1'760'000'000'000;
        const QString called = u"https://hooks.example.com/webhooks/abc?source=hub%3Aspot&list=a%2Cb&space=a%20b"_s;
        QCOMPARE(Sig::hubSpotUri(called), QByteArray("https://hooks.example.com/webhooks/abc?source=hub:spot&list=a,b&space=a%20b"));
        const SignedDelivery hub = FakeHubSpot::signWebhook("[]", kHubSecret, QString::fromUtf8(Sig::hubSpotUri(called)), ms);
        QVERIFY(Sig::verify(Sig::Scheme::HubSpotV3, delivery(hub, called), kHubSecret, ms / 1000 + 10).ok());
        QCOMPARE(Sig::verify(Sig::Scheme::HubSpotV3, delivery(hub, called), kHubSecret, ms / 1000 + 301).verdict, Sig::Verdict::Stale);
        QCOMPARE(Sig::verify(Sig::Scheme::HubSpotV3, delivery(hub, u"https://hooks.example.com/webhooks/other"_s), kHubSecret, ms / 1000).verdict,
                 Sig::Verdict::Mismatch); // another endpoint's delivery
        Sig::Delivery asGet = delivery(hub, called);
        asGet.method = "GET";
        QCOMPARE(Sig::verify(Sig::Scheme::HubSpotV3, asGet, kHubSecret, ms / 1000).verdict, Sig::Verdict::Mismatch);
    }

    // A burst of Stripe events (three updates and a deletion) is one incremental job of the
    // customers stream; a second burst while it is still queued adds none.
    void aBurstIsOneJobPerStream()
    {
        FakeStripe stripe;
        stripe.setCustomerCount(10);
        for (int i = 1; i <= 3; ++i)
            stripe.updateCustomer(i, u"Renamed %1"_s.arg(i));
        stripe.deleteCustomer(4);
        const QList<SignedDelivery> burst = stripe.takeWebhooks(kStripeSecret);
        QCOMPARE(burst.size(), 4);
        QSignalSpy queued(m_receiver.get(), &WebhookReceiver::queued);
        for (const SignedDelivery &d : burst) {
            const Answer a = post(url(u"ann-stripe"_s, *m_receiver), d);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.body.value("streams"_L1).toArray(), QJsonArray{u"customers"_s});
        }
        QVERIFY(queued.isEmpty()); // waiting for the rest of the burst
        m_receiver->flush();
        QCOMPARE(queued.size(), 1);
        using Jobs = QHash<QString, qint64>;
        const auto jobsQueued = queued.first().at(1).value<Jobs>();
        QCOMPARE(jobsQueued.keys(), QStringList{u"customers"_s});
        QVERIFY(jobsQueued.value(u"customers"_s) > 0);
        QCOMPARE(jobs(u"ann-stripe"_s, u"customers"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM sync_jobs WHERE id = ? AND state = 'queued' AND NOT full_refresh AND priority = 10"_s,
                       {jobsQueued.value(u"customers"_s)}),
                 1);
        QCOMPARE(count(u"SELECT count(*) FROM webhook_deliveries"_s), 4);

        stripe.updateCustomer(5, u"Later"_s);
        QCOMPARE(post(url(u"ann-stripe"_s, *m_receiver), stripe.takeWebhooks(kStripeSecret).first()).status, 200);
        m_receiver->flush();
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.last().at(1).value<Jobs>().value(u"customers"_s), 0); // the queued job reads it too
        QCOMPARE(jobs(u"ann-stripe"_s, u"customers"_s), 1);
    }

    // Every delivery that cannot be trusted is refused with its status, and nothing is written.
    void untrustedDeliveriesAreRefusedAndWriteNothing()
    {
        FakeStripe stripe;
        stripe.setCustomerCount(10);
        stripe.updateCustomer(7, u"Mallory"_s);
        const SignedDelivery good = stripe.takeWebhooks(kStripeSecret).first();
        const qint64 deliveries = count(u"SELECT count(*) FROM webhook_deliveries"_s);
        const qint64 queuedJobs = count(u"SELECT count(*) FROM sync_jobs"_s);
        const QString target = url(u"ann-stripe"_s, *m_receiver);

        SignedDelivery tampered = good;
        tampered.body.replace("Mallory", "Trudy");
        QCOMPARE(post(target, tampered).status, 401);
        const qint64 old = QDateTime::currentSecsSinceEpoch() - 600;
        QCOMPARE(post(target, FakeStripe::signWebhook(good.body, kStripeSecret, old)).status, 401); // stale: outside 5 minutes
        QCOMPARE(post(target, FakeStripe::signWebhook(good.body, "whsec_forged", QDateTime::currentSecsSinceEpoch())).status, 401);
        SignedDelivery unsignedOne = good;
        unsignedOne.headers.removeLast();
        QCOMPARE(post(target, unsignedOne).status, 400);
        QCOMPARE(post(target, good, "GET").status, 405);
        QCOMPARE(post(url(u"00000000-0000-4000-8000-000000000000"_s, *m_receiver), good).status, 404);
        QCOMPARE(post(u"http://127.0.0.1:%1/other"_s.arg(m_receiver->port()), good).status, 404);
        QCOMPARE(post(url(u"ann-unsigned"_s, *m_receiver), good).status, 403);   // no secret to verify with
        QCOMPARE(post(url(u"ann-salesforce"_s, *m_receiver), good).status, 404); // no webhooks from this service
        SignedDelivery huge = FakeStripe::signWebhook(QByteArray(70 * 1024, ' ') + good.body, kStripeSecret, QDateTime::currentSecsSinceEpoch());
        QCOMPARE(post(target, huge).status, 413);
        const SignedDelivery notAnEvent = FakeStripe::signWebhook("[1,2,3]", kStripeSecret, QDateTime::currentSecsSinceEpoch());
        QCOMPARE(post(target, notAnEvent).status, 400);
        QCOMPARE(count(u"SELECT count(*) FROM webhook_deliveries"_s), deliveries);

        // Accepted once; the same event again (a replay inside the tolerance) is refused.
        QCOMPARE(post(target, good).status, 200);
        QCOMPARE(post(target, good).status, 409);
        QCOMPARE(count(u"SELECT count(*) FROM webhook_deliveries"_s), deliveries + 1);
        m_receiver->flush();
        QVERIFY(count(u"SELECT count(*) FROM sync_jobs"_s) <= queuedJobs + 1);
    }

    // A member's receiver reaches only that member's connections: another member's is unknown.
    void aMembersReceiverNeverReachesAnothersConnection()
    {
        auto annReceiver = startReceiver(u"orion_wh_ann"_s, u"pw-orion_wh_ann"_s, 0); // the debounce timer itself
        FakeStripe stripe;
        stripe.setCustomerCount(3);
        stripe.updateCustomer(1, u"Ben's customer"_s);
        const SignedDelivery d = stripe.takeWebhooks(kStripeSecret).first();
        const qint64 bensJobs = jobs(u"ben-stripe"_s, u"customers"_s);
        QCOMPARE(post(url(u"ben-stripe"_s, *annReceiver), d).status, 404);
        QCOMPARE(count(u"SELECT count(*) FROM webhook_deliveries w JOIN connections c ON c.id = w.connection_id WHERE c.uid = ?"_s,
                       {m_uid.value(u"ben-stripe"_s)}),
                 0);
        // Ann's own connection works through her receiver.
        QSignalSpy queued(annReceiver.get(), &WebhookReceiver::queued);
        stripe.updateCustomer(2, u"Ann's customer"_s);
        QCOMPARE(post(url(u"ann-stripe"_s, *annReceiver), stripe.takeWebhooks(kStripeSecret).first()).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!queued.isEmpty(), OrionTest::EventTimeout); // no debounce: it may come with the answer
        QCOMPARE(jobs(u"ben-stripe"_s, u"customers"_s), bensJobs);
    }

    // HubSpot (a deletion and a change in one batch), QuickBooks (this company's changes only) and
    // Slack (the URL handshake, a member deactivated) as their fakes send them.
    void otherVendorsQueueTheirStreams()
    {
        QSignalSpy queued(m_receiver.get(), &WebhookReceiver::queued);
        FakeHubSpot hub;
        hub.setContactCount(10);
        hub.archiveContact(3);
        hub.touchContact(4, u"Changed"_s);
        const SignedDelivery batch = hub.takeWebhooks(kHubSecret, url(u"ann-hub"_s, *m_receiver));
        QCOMPARE(QJsonDocument::fromJson(batch.body).array().size(), 2);
        Answer a = post(url(u"ann-hub"_s, *m_receiver), batch);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value("received"_L1).toInt(), 2);
        QCOMPARE(post(url(u"ann-hub"_s, *m_receiver), batch).status, 409); // HubSpot's retry of the same batch

        FakeQuickBooks qbo;
        qbo.setCounts(5, 5);
        qbo.renameCustomer(1, u"Renamed"_s);
        qbo.deleteInvoice(2);
        a = post(url(u"ann-qbo"_s, *m_receiver), qbo.takeWebhooks(kQboToken));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value("streams"_L1).toArray(), (QJsonArray{u"customers"_s, u"invoices"_s}));
        FakeQuickBooks otherCompany(u"1234567890"_s);
        otherCompany.setCounts(5, 5);
        otherCompany.renameCustomer(1, u"Elsewhere"_s);
        a = post(url(u"ann-qbo"_s, *m_receiver), otherCompany.takeWebhooks(kQboToken));
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.value("streams"_L1).toArray().isEmpty());

        const QByteArray handshake = "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                                     "\"type\":\"url_verification\"}";
        a = post(url(u"ann-slack"_s, *m_receiver), FakeSlack::signWebhook(handshake, kSlackSecret, QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value("challenge"_L1).toString(), u"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"_s);
        FakeSlack slack;
        slack.setUsers(5);
        slack.deactivateUser(2);
        QCOMPARE(post(url(u"ann-slack"_s, *m_receiver), slack.takeWebhooks(kSlackSecret).first()).status, 200);

        m_receiver->flush();
        QCOMPARE(queued.size(), 3); // one burst per connection
        QCOMPARE(jobs(u"ann-hub"_s, u"customers"_s), 1);
        QCOMPARE(jobs(u"ann-qbo"_s, u"customers"_s), 1);
        QCOMPARE(jobs(u"ann-qbo"_s, u"invoices"_s), 1);
        QCOMPARE(jobs(u"ann-slack"_s, u"users"_s), 1);
    }

    // HTTPS: with a certificate and key the receiver speaks TLS only, and verifies as before.
    void tlsReceiver()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"cert.pem"_s), key = dir.filePath(u"key.pem"_s);
        const auto made = Test::runProgram(u"openssl"_s,
                                           {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s, u"-nodes"_s,
                                            u"-keyout"_s, key, u"-out"_s, cert, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                                            u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        WebhookReceiver::Options o;
        o.database = as(u"orion_wh_worker"_s);
        o.password = u"pw-orion_wh_worker"_s;
        o.certificateFile = cert;
        o.keyFile = key;
        o.debounceMs = 600'000;
        WebhookReceiver receiver(o, m_credentials);
        QString error;
        QVERIFY2(receiver.start(&error), qPrintable(error));
        QVERIFY(receiver.isTls());
        FakeStripe stripe;
        stripe.setCustomerCount(3);
        stripe.updateCustomer(1, u"Over TLS"_s);
        const SignedDelivery d = stripe.takeWebhooks(kStripeSecret).first();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(cert));
        m_tls = tls;
        const Answer a = post(u"https://127.0.0.1:%1/webhooks/%2"_s.arg(receiver.port()).arg(m_uid.value(u"ann-stripe"_s)), d);
        m_tls.reset();
        QCOMPARE(a.status, 200);
        // Plain HTTP to the TLS port gets no HTTP answer at all.
        QCOMPARE(post(u"http://127.0.0.1:%1/webhooks/%2"_s.arg(receiver.port()).arg(m_uid.value(u"ann-stripe"_s)), d).status, 0);
        // A key that is not one is refused before listening.
        WebhookReceiver::Options bad = o;
        bad.keyFile = cert;
        WebhookReceiver refused(bad, m_credentials);
        QVERIFY(!refused.start(&error));
        QVERIFY2(error.contains(u"PEM"_s), qPrintable(error));
    }

    // The command: refuses SQLite and a bad --listen; serves until SIGTERM, queuing what waits.
    void serveCommand()
    {
        QTemporaryDir dir;
        const QHash<QString, QString> env{{u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)}, {u"ORION_DB_PASSWORD"_s, u"pw-orion_wh_worker"_s}};
        auto o = Test::runProgram(QStringLiteral(ORION_CLI_PATH),
                                  {u"--db"_s, dir.filePath(u"w.db"_s), u"webhook"_s, u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s}, env);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(u"PostgreSQL"_s), qPrintable(o.err));
        o = Test::runProgram(QStringLiteral(ORION_CLI_PATH),
                             {u"--db"_s, as(u"orion_wh_worker"_s).toUrl(), u"webhook"_s, u"serve"_s, u"--listen"_s, u"somewhere"_s}, env);
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(u"HOST:PORT"_s), qPrintable(o.err));

        QProcess serve;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it)
            environment.insert(it.key(), it.value());
        serve.setProcessEnvironment(environment);
        serve.start(QStringLiteral(ORION_CLI_PATH),
                    {u"--db"_s, as(u"orion_wh_worker"_s).toUrl(), u"webhook"_s, u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--debounce-ms"_s,
                     u"600000"_s});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine() || serve.state() != QProcess::Running, OrionTest::EventTimeout);
        const QString line = QString::fromUtf8(serve.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"Listening on http://127.0.0.1:"_s), qPrintable(line + QString::fromUtf8(serve.readAllStandardError())));
        const QString base = line.section(u' ', 2).section(u"/webhooks"_s, 0, 0);
        // The process has no secrets of its own (an empty secrets file): a delivery cannot be verified.
        FakeStripe stripe;
        stripe.setCustomerCount(3);
        stripe.updateCustomer(1, u"X"_s);
        QCOMPARE(post(base + u"/webhooks/"_s + m_uid.value(u"ann-stripe"_s), stripe.takeWebhooks(kStripeSecret).first()).status, 403);
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(OrionTest::EventTimeout));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY(serve.readAllStandardError().contains("403"));
    }
};

QTEST_GUILESS_MAIN(TstWebhooks)
#include "tst_webhooks.moc"

// Slack against its fake: messages with blocks, ok:false errors, 429 Retry-After, cursor paging past
// a short page, the users stream, file upload v2, request signatures, alert rules fired by real sync
// runs (failure, recovery), and Socket Mode against a local WebSocket server: hello, envelope acks,
// reconnect on refresh_requested, stop on link_disabled.
#include "fakeslack.h"
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "adapters/slack/slackconnector.h"
#include "adapters/slack/socketmode.h"
#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "services/alerts.h"
#include "services/syncjob.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeSlack;
using Orion::Fakes::FakeStripe;

class TstSlack : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeSlack m_slack;
    FakeStripe m_stripe;
    DatabaseConfig m_db;
    std::shared_ptr<CredentialStore> m_credentials;

    static HttpClient::Options fast()
    {
        HttpClient::Options o;
        o.retry.baseDelayMs = 5;
        o.retry.maxDelayMs = 20;
        return o;
    }

    qint64 addConnection(const QString &name, const QString &connector, const QJsonObject &settings)
    {
        QString error;
        auto w = Workspace::open(m_db, {}, &error);
        ConnectionStore store(*w);
        ConnectionStore::NewConnection c;
        c.name = name;
        c.connectorId = connector;
        c.settings = settings;
        return store.createConnection(Test::withUid(c), &error);
    }

    struct Session
    {
        HttpClient http{fast()};
        ConnectorContext ctx;
        std::unique_ptr<Authenticator> auth;
    };
    std::unique_ptr<Session> session()
    {
        auto s = std::make_unique<Session>();
        SlackConnector slack;
        QString error;
        s->ctx = ConnectorContext::create(
            0, Test::owner(u"team-slack"_s),
            *slack.validateSettings({{u"api_base"_s, QString(m_slack.baseUrl().toString() + u"/api"_s)}, {u"requests_per_second"_s, u"0"_s}}, &error),
            m_credentials, &s->http);
        Failure failure;
        s->auth = slack.createAuthenticator(s->ctx, &failure);
        s->http.setAuthenticator(s->auth.get());
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_slack.start());
        QVERIFY(m_stripe.start());
        m_slack.setChannels(450);
        m_slack.setUsers(500);
        m_db = DatabaseConfig::sqlite(m_dir.filePath(u"slack.db"_s));
        QString error;
        QVERIFY(Workspace::open(m_db, {}, &error));
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        m_credentials->setSecret(Test::owner(u"team-slack"_s), u"bot_token"_s, QString::fromLatin1(FakeSlack::kBotToken), &error);
    }

    void postsMessagesAndReportsOkFalse()
    {
        auto s = session();
        QString ts;
        Failure failure;
        const QJsonArray blocks = SlackConnector::approvalBlocks(u"Approve the sync of *acme*?"_s, u"job_42"_s);
        QVERIFY2(SlackConnector::postMessage(s->ctx, u"C7"_s, u"Approve the sync?"_s, blocks, &ts, &failure), qPrintable(failure.message));
        QVERIFY(ts.startsWith(u"1700000000."_s));
        const QJsonObject posted = m_slack.posted().last();
        QCOMPARE(
            posted.value("blocks"_L1).toArray().last().toObject().value("elements"_L1).toArray().first().toObject().value("action_id"_L1).toString(),
            u"approve"_s);
        QCOMPARE(posted.value("text"_L1).toString(), u"Approve the sync?"_s); // the notification fallback
        // HTTP 200 with ok:false is an error, with its code.
        QVERIFY(!SlackConnector::postMessage(s->ctx, u"C9999"_s, u"hi"_s, {}, &ts, &failure));
        QCOMPARE(failure.errorClass, ErrorClass::Config);
        QVERIFY2(failure.message.contains(u"channel_not_found"_s), qPrintable(failure.message));
        m_slack.failNext(u"chat.postMessage"_s, u"invalid_auth"_s);
        QVERIFY(!SlackConnector::postMessage(s->ctx, u"C1"_s, u"hi"_s, {}, &ts, &failure));
        QVERIFY(failure.message.contains(u"invalid_auth"_s));
    }

    void honoursRetryAfterOn429()
    {
        auto s = session();
        m_slack.injectFault({u"/api/chat.postMessage"_s, 429, R"({"ok":false,"error":"ratelimited"})", {{"Retry-After", "1"}}, 0, false, 1});
        QElapsedTimer timer;
        timer.start();
        QString ts;
        Failure failure;
        QVERIFY2(SlackConnector::postMessage(s->ctx, u"C1"_s, u"after the limit"_s, {}, &ts, &failure), qPrintable(failure.message));
        QVERIFY(timer.elapsed() >= 950);
    }

    void pagesPastAShortPageUntilTheCursorIsEmpty()
    {
        auto s = session();
        QJsonArray channels;
        Failure failure;
        QVERIFY(SlackConnector::list(s->ctx, u"conversations.list"_s, u"channels"_s, {}, &channels, &failure));
        QCOMPARE(channels.size(), 450); // the first page had 66 of 200 and a cursor: not the end
        QCOMPARE(channels.last().toObject().value("id"_L1).toString(), u"C450"_s);
    }

    void usersStreamSyncsPeople()
    {
        const qint64 id = addConnection(u"team-slack"_s, u"slack"_s,
                                        {{u"api_base"_s, QString(m_slack.baseUrl().toString() + u"/api"_s)}, {u"requests_per_second"_s, u"0"_s}});
        QVERIFY(id > 0);
        SyncRequest request;
        request.database = m_db;
        request.connection = u"team-slack"_s;
        SyncJob job(request, m_credentials);
        job.setHttpOptions(fast());
        const SyncResult r = job.run().first();
        QVERIFY2(r.succeeded(), qPrintable(r.error));
        QCOMPARE(r.recordsRead, 500);
        auto w = Workspace::open(m_db, {}, nullptr);
        QSqlQuery q(w->database());
        QVERIFY(q.exec(u"SELECT count(*), min(email) FROM unified_customers WHERE connection_id = %1"_s.arg(id)) && q.next());
        // Bots (every 7th) and deactivated members (every 10th) are not people to sync.
        int expected = 0;
        for (int i = 0; i < 500; ++i)
            expected += (i % 7 != 6 && i % 10 != 9) ? 1 : 0;
        QCOMPARE(q.value(0).toInt(), expected);
    }

    void uploadsFilesTheV2Way()
    {
        auto s = session();
        const QByteArray content = "external_id,error\ncrm-3,Invalid email\n";
        QString fileId;
        Failure failure;
        QVERIFY2(SlackConnector::uploadFile(s->ctx, u"C2"_s, u"failures.csv"_s, content, u"Failed rows"_s, &fileId, &failure),
                 qPrintable(failure.message));
        QCOMPARE(m_slack.uploads().value(fileId), content);
        const QJsonObject complete = m_slack.completed().last();
        QCOMPARE(complete.value("channel_id"_L1).toString(), u"C2"_s);
        QCOMPARE(complete.value("files"_L1).toArray().first().toObject().value("title"_L1).toString(), u"Failed rows"_s);
        QCOMPARE(m_slack.requestCount(u"/api/files.upload"_s), 0); // the retired method is never used
    }

    void alertRulesFireOnFailureAndRecovery()
    {
        QString error;
        m_stripe.setCustomerCount(20);
        const qint64 watched
            = addConnection(u"billing"_s, u"stripe"_s, {{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, u"0"_s}});
        m_credentials->setSecret(Test::owner(u"billing"_s), u"api_key"_s, u"sk_test_wrong_000000000000"_s, &error);
        {
            auto w = Workspace::open(m_db, {}, &error);
            ConnectionStore store(*w);
            const qint64 slackId = store.connectionByName(u"team-slack"_s, &error)->id;
            Alerts alerts(*w);
            for (const auto &[trigger, channel] :
                 {std::pair{AlertRule::Trigger::Failure, u"C11"_s}, std::pair{AlertRule::Trigger::Recovery, u"C12"_s}}) {
                AlertRule rule;
                rule.connectionId = watched;
                rule.slackConnectionId = slackId;
                rule.channel = channel;
                rule.trigger = trigger;
                QVERIFY2(alerts.addRule(rule, &error), qPrintable(error));
            }
            AlertRule duplicate;
            duplicate.connectionId = watched;
            duplicate.slackConnectionId = slackId;
            duplicate.channel = u"C11"_s;
            QVERIFY(!alerts.addRule(duplicate, &error));
        }
        const int before = int(m_slack.posted().size());
        SyncRequest request;
        request.database = m_db;
        request.connection = u"billing"_s;
        request.stream = u"customers"_s;
        SyncJob failing(request, m_credentials);
        failing.setHttpOptions(fast());
        const SyncResult failed = failing.run().first();
        QCOMPARE(failed.status, SyncRun::Status::Failed);
        QCOMPARE(m_slack.posted().size(), before + 1);
        const QJsonObject alert = m_slack.posted().last();
        QCOMPARE(alert.value("channel"_L1).toString(), u"C11"_s);
        const QString text = alert.value("text"_L1).toString();
        QVERIFY2(text.contains(u"config error"_s) && text.contains(u"(run %1)"_s.arg(failed.runId)), qPrintable(text));
        const QString blocks = QString::fromUtf8(QJsonDocument(alert.value("blocks"_L1).toArray()).toJson());
        QVERIFY(blocks.contains(u"*Error class:* `config`"_s));
        QVERIFY(!blocks.contains(u"sk_test_wrong"_s));
        // The run's stored log says the alert went out.
        {
            auto w = Workspace::open(m_db, {}, &error);
            QSqlQuery q(w->database());
            QVERIFY(q.exec(u"SELECT log FROM sync_metrics WHERE id = %1"_s.arg(failed.runId)) && q.next());
            QVERIFY2(q.value(0).toString().contains(u"failure alert posted to C11"_s), qPrintable(q.value(0).toString().right(200)));
        }
        // Fixed key: the next success is a recovery.
        m_credentials->setSecret(Test::owner(u"billing"_s), u"api_key"_s, m_stripe.apiKey(), &error);
        SyncJob recovering(request, m_credentials);
        recovering.setHttpOptions(fast());
        QVERIFY(recovering.run().first().succeeded());
        QCOMPARE(m_slack.posted().size(), before + 2);
        QCOMPARE(m_slack.posted().last().value("channel"_L1).toString(), u"C12"_s);
        QVERIFY(m_slack.posted().last().value("text"_L1).toString().contains(u"recovered"_s));
        // Healthy again: another success alerts nobody.
        SyncJob again(request, m_credentials);
        again.setHttpOptions(fast());
        QVERIFY(again.run().first().succeeded());
        QCOMPARE(m_slack.posted().size(), before + 2);
    }

    void socketModeAcksReconnectsAndStops()
    {
        QWebSocketServer server(u"fake-slack-socket"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        m_slack.setSocketUrl(QUrl(u"ws://127.0.0.1:%1/link/"_s.arg(server.serverPort())));
        QList<QWebSocket *> sockets;
        QStringList acks;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            QWebSocket *socket = server.nextPendingConnection();
            sockets << socket;
            connect(socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) { acks << m; });
            socket->sendTextMessage(uR"({"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"}})"_s);
        });
        const int opensBefore = m_slack.socketOpens();
        SlackSocketMode mode(QUrl(m_slack.baseUrl().toString() + u"/api"_s), QString::fromLatin1(FakeSlack::kAppToken));
        QSignalSpy connected(&mode, &SlackSocketMode::connected);
        QSignalSpy envelopes(&mode, &SlackSocketMode::envelopeReceived);
        QSignalSpy reconnecting(&mode, &SlackSocketMode::reconnecting);
        QSignalSpy stopped(&mode, &SlackSocketMode::stopped);
        mode.start();
        QVERIFY(connected.wait(OrionTest::EventTimeout));
        sockets.last()->sendTextMessage(uR"({"envelope_id":"dbdd0ef3-1","type":"interactive","accepts_response_payload":false,
            "payload":{"type":"block_actions","actions":[{"action_id":"approve","value":"job_42"}]}})"_s);
        QVERIFY(envelopes.wait(OrionTest::EventTimeout));
        QCOMPARE(envelopes.first().at(0).toString(), u"interactive"_s);
        QCOMPARE(envelopes.first().at(1).toJsonObject().value("actions"_L1).toArray().first().toObject().value("value"_L1).toString(), u"job_42"_s);
        QTRY_COMPARE_WITH_TIMEOUT(acks.size(), 1, OrionTest::EventTimeout);
        QCOMPARE(QJsonDocument::fromJson(acks.first().toUtf8()).object(), (QJsonObject{{u"envelope_id"_s, u"dbdd0ef3-1"_s}}));
        // Slack asks for a refresh: a new URL, a new socket.
        sockets.last()->sendTextMessage(uR"({"type":"disconnect","reason":"refresh_requested"})"_s);
        QVERIFY(reconnecting.wait(OrionTest::EventTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, OrionTest::EventTimeout);
        QCOMPARE(m_slack.socketOpens(), opensBefore + 2);
        // A dropped socket reconnects too.
        sockets.last()->close();
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 3, OrionTest::EventTimeout);
        // link_disabled: Socket Mode was turned off; no reconnect.
        sockets.last()->sendTextMessage(uR"({"type":"disconnect","reason":"link_disabled"})"_s);
        QVERIFY(stopped.wait(OrionTest::EventTimeout));
        QCOMPARE(stopped.first().first().toString(), u"link_disabled"_s);
        QTest::qWait(500);
        QCOMPARE(m_slack.socketOpens(), opensBefore + 3);
        // The app-level token only: a bot token is refused.
        SlackSocketMode wrong(QUrl(m_slack.baseUrl().toString() + u"/api"_s), QString::fromLatin1(FakeSlack::kBotToken));
        QSignalSpy failed(&wrong, &SlackSocketMode::failed);
        wrong.start();
        QVERIFY(failed.wait(OrionTest::EventTimeout));
        QVERIFY(failed.first().first().toString().contains(u"invalid_auth"_s));
    }
};

QTEST_GUILESS_MAIN(TstSlack)
#include "tst_slack.moc"

// The Slack alert rules as the Alerts dialog uses them, without a widget (services/alertservice):
// rules are added only through a Slack connection that exists, with a channel, once; removing and
// listing answer the connection's rules; a test message goes through the Slack connection's token
// and its errors come back redacted; the asynchronous calls answer with values.
#include "fakeslack.h"
#include "testsupport.h"
#include "timeouts.h"

#include "runtime/credentialstore.h"
#include "services/alertservice.h"
#include "services/syncservice.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstAlertService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Fakes::FakeSlack m_slack;
    AlertService::Access m_access;
    qint64 m_watched = 0;

    static AlertService::Result run(const AlertService::Access &access, AlertService::Operation op, qint64 connection, const QString &slack = {},
                                    const QString &channel = {}, qint64 ruleId = 0, AlertRule::Trigger trigger = AlertRule::Trigger::Failure)
    {
        AlertRule rule;
        rule.id = ruleId;
        rule.connectionId = connection;
        rule.slackConnectionName = slack;
        rule.channel = channel;
        rule.trigger = trigger;
        return AlertService::run(access, op, connection, rule);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_slack.start());
        m_slack.setChannels(5);
        m_access.database = DatabaseConfig::sqlite(m_dir.filePath(u"alerts.db"_s));
        m_access.credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        m_access.httpOptions.retry.baseDelayMs = 5;
        m_access.httpOptions.retry.maxDelayMs = 20;
        QString error;
        auto w = Workspace::open(m_access.database, {}, &error);
        QVERIFY2(w, qPrintable(error));
        ConnectionStore store(*w);
        m_watched = store.createConnection(Test::newConnection(u"billing"_s, u"stripe"_s), &error);
        QVERIFY2(m_watched > 0, qPrintable(error));
        ConnectionStore::NewConnection slack = Test::newConnection(u"team-slack"_s, u"slack"_s);
        slack.settings = QJsonObject{{u"api_base"_s, QString(m_slack.baseUrl().toString() + u"/api"_s)}, {u"requests_per_second"_s, 0}};
        QVERIFY(store.createConnection(Test::withUid(slack), &error) > 0);
        QVERIFY(
            m_access.credentials->setSecret(Test::owner(u"team-slack"_s), u"bot_token"_s, QString::fromLatin1(Fakes::FakeSlack::kBotToken), &error));
    }

    void rulesNeedAnExistingSlackConnectionAndAChannel()
    {
        using Op = AlertService::Operation;
        auto r = run(m_access, Op::Add, m_watched, u"no-such-slack"_s, u"C1"_s);
        QVERIFY2(r.error.contains(u"no connection named \"no-such-slack\""_s), qPrintable(r.error));
        QVERIFY(r.rules.isEmpty());
        r = run(m_access, Op::Add, m_watched, u"team-slack"_s, u"   "_s);
        QVERIFY2(r.error.contains(u"channel"_s), qPrintable(r.error));
        QVERIFY(r.rules.isEmpty());

        r = run(m_access, Op::Add, m_watched, u"team-slack"_s, u" C2 "_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rules.size(), 1);
        QCOMPARE(r.rules.first().channel, u"C2"_s); // trimmed
        QCOMPARE(r.rules.first().slackConnectionName, u"team-slack"_s);
        r = run(m_access, Op::Add, m_watched, u"team-slack"_s, u"C2"_s);
        QVERIFY2(r.error.contains(u"exists already"_s), qPrintable(r.error));
        QCOMPARE(r.rules.size(), 1); // the list still answers

        r = run(m_access, Op::Add, m_watched, u"team-slack"_s, u"C2"_s, 0, AlertRule::Trigger::Recovery);
        QCOMPARE(r.rules.size(), 2);
        r = run(m_access, Op::Remove, m_watched, {}, {}, r.rules.first().id);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.rules.size(), 1);
        QCOMPARE(run(m_access, Op::Load, m_watched).rules.size(), 1);
    }

    void testMessagesGoThroughTheSlackConnection()
    {
        const int before = int(m_slack.posted().size());
        QString error = AlertService::postTestMessage(m_access, u"team-slack"_s, u"C3"_s, u"billing"_s);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_slack.posted().size(), before + 1);
        QCOMPARE(m_slack.posted().last().value("channel"_L1).toString(), u"C3"_s);
        QVERIFY(m_slack.posted().last().value("text"_L1).toString().contains(u"billing"_s));
        error = AlertService::postTestMessage(m_access, u"team-slack"_s, u"C99"_s, u"billing"_s);
        QVERIFY2(error.contains(u"channel_not_found"_s), qPrintable(error));
        QVERIFY(!error.contains(QString::fromLatin1(Fakes::FakeSlack::kBotToken)));
        QCOMPARE(m_slack.posted().size(), before + 1);
    }

    void asynchronousCallsAnswerWithValues()
    {
        SyncService sync(m_access.credentials);
        sync.setDatabase(m_access.database, {});
        AlertService service(&sync);
        QSignalSpy finished(&service, &AlertService::finished);
        service.loadRules(m_watched);
        QVERIFY(!finished.isEmpty() || finished.wait(OrionTest::EventTimeout));
        const auto result = finished.first().first().value<AlertService::Result>();
        QCOMPARE(result.operation, AlertService::Operation::Load);
        QCOMPARE(result.connectionId, m_watched);
        QCOMPARE(result.rules.size(), 1);
        QSignalSpy tested(&service, &AlertService::testMessageFinished);
        service.sendTestMessage(u"team-slack"_s, u"C4"_s, u"billing"_s);
        QVERIFY(!tested.isEmpty() || tested.wait(OrionTest::EventTimeout));
        QCOMPARE(tested.first().at(0).toBool(), true);
        QVERIFY(tested.first().at(1).toString().contains(u"C4"_s));
    }
};

QTEST_GUILESS_MAIN(TstAlertService)
#include "tst_alertservice.moc"

// `orion connection …`, `orion sync`, `orion records` and `orion runs` as real processes against the
// Stripe fake, including a sync killed with SIGKILL halfway and resumed with nothing lost or doubled.
#include "fakequickbooks.h"
#include "fakesalesforce.h"
#include "fakeslack.h"
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "store/workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeStripe;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TstCliSync : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeStripe m_stripe;
    Fakes::FakeSalesforce m_salesforce;
    Fakes::FakeSlack m_slack;
    Fakes::FakeQuickBooks m_qbo;
    QString m_db;
    int m_counter = 0;

    QProcessEnvironment environment(const QHash<QString, QString> &extra) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        e.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        e.insert(u"ORION_SECRET_BACKEND"_s, u"file"_s);
        e.insert(u"ORION_DB"_s, u"sqlite:"_s + m_db);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            e.insert(it.key(), it.value());
        return e;
    }

    Run orion(const QStringList &args, const QHash<QString, QString> &env = {}, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment(env));
        p.start(QStringLiteral(ORION_CLI_PATH), args);
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(120000))
            qFatal("orion did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QHash<QString, QString> keyFor(const QString &connection) const { return {{CredentialStoreEnv(connection), m_stripe.apiKey()}}; }
    static QString CredentialStoreEnv(const QString &connection)
    {
        return u"ORION_SECRET_"_s + connection.toUpper().replace(u'-', u'_') + u"_API_KEY"_s;
    }

    qint64 scalar(const QString &sql)
    {
        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
        if (!w)
            qFatal("%s", qPrintable(error));
        QSqlQuery q(w->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    // Sequential by default (these cases pin its pages); `readers` > 1 reads in partitions.
    void addStripe(const QString &name, int readers = 1)
    {
        const Run r
            = orion({u"connection"_s, u"add"_s, name, u"--connector"_s, u"stripe"_s, u"--set"_s, u"api_base="_s + m_stripe.baseUrl().toString(),
                     u"--set"_s, u"requests_per_second=0"_s, u"--set"_s, u"concurrency="_s + QString::number(readers)});
        QCOMPARE(r.exitCode, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_stripe.start());
        QVERIFY(m_salesforce.start());
        QVERIFY(m_slack.start());
        QVERIFY(m_qbo.start());
        m_salesforce.setRecordCount(u"Contact"_s, 50);
        m_salesforce.enableOAuth(u"cli-app"_s, u"cli-secret"_s, u"rt-cli"_s, false);
        m_slack.setChannels(3);
        m_qbo.setCounts(3, 0);
        m_qbo.enableOAuth(u"qbo-cli"_s, u"qbo-secret"_s, u"AB11-cli"_s);
    }
    void init()
    {
        m_db = m_dir.filePath(u"cli%1.db"_s.arg(++m_counter));
        m_stripe.setCustomerCount(120);
        m_stripe.setInvoiceCount(0);
        m_stripe.setResponseDelay(0);
        m_stripe.clearRequests();
        QFile::remove(m_dir.filePath(u"config/orion-studio/secrets.json"_s));
    }

    void addListRemoveConnections()
    {
        addStripe(u"acme-stripe"_s);
        Run r = orion({u"connection"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value("connector"_L1).toString(), u"stripe"_s);
        r = orion({u"connection"_s, u"add"_s, u"acme-stripe"_s, u"--connector"_s, u"stripe"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
        r = orion({u"connection"_s, u"remove"_s, u"acme-stripe"_s});
        QCOMPARE(r.exitCode, 0);
        r = orion({u"connection"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void badUsageExitsTwoAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown connector") << QStringList{u"connection"_s, u"add"_s, u"x"_s, u"--connector"_s, u"zendesk"_s}
                                           << u"unknown connector \"zendesk\""_s;
        QTest::newRow("unknown setting") << QStringList{u"connection"_s, u"add"_s,   u"x"_s,          u"--connector"_s,
                                                        u"stripe"_s,     u"--set"_s, u"colour=blue"_s}
                                         << u"Stripe has no setting \"colour\""_s;
        QTest::newRow("secret in --set") << QStringList{u"connection"_s,       u"add"_s, u"x"_s, u"--connector"_s, u"stripe"_s, u"--set"_s,
                                                        u"api_key=sk_live_x"_s}
                                         << u"\"api_key\" is a secret"_s;
        QTest::newRow("bad url") << QStringList{u"connection"_s, u"add"_s, u"x"_s, u"--connector"_s, u"stripe"_s, u"--set"_s, u"api_base=not a url"_s}
                                 << u"\"api_base\" must be an https address"_s;
        QTest::newRow("plain http to another host")
            << QStringList{u"connection"_s, u"add"_s, u"x"_s, u"--connector"_s, u"stripe"_s, u"--set"_s, u"api_base=http://api.example.com"_s}
            << u"\"api_base\" must use https"_s;
        QTest::newRow("http token url") << QStringList{u"connection"_s,
                                                       u"add"_s,
                                                       u"x"_s,
                                                       u"--connector"_s,
                                                       u"quickbooks"_s,
                                                       u"--set"_s,
                                                       u"realm_id=1"_s,
                                                       u"--set"_s,
                                                       u"client_id=c"_s,
                                                       u"--set"_s,
                                                       u"token_url=http://10.0.0.5/token"_s}
                                        << u"\"token_url\" must use https"_s;
        QTest::newRow("http login url") << QStringList{u"connection"_s,  u"add"_s,        u"x"_s,
                                                       u"--connector"_s, u"salesforce"_s, u"--set"_s,
                                                       u"client_id=c"_s, u"--set"_s,      u"login_url=http://login.example.com"_s}
                                        << u"\"login_url\" must use https"_s;
        QTest::newRow("negative page size") << QStringList{u"connection"_s, u"add"_s,   u"x"_s,           u"--connector"_s,
                                                           u"stripe"_s,     u"--set"_s, u"page_size=-5"_s}
                                            << u"\"page_size\" must be between 1 and 100 for Stripe, not -5"_s;
        QTest::newRow("page size above Stripe's limit")
            << QStringList{u"connection"_s, u"add"_s, u"x"_s, u"--connector"_s, u"stripe"_s, u"--set"_s, u"page_size=100000"_s}
            << u"between 1 and 100"_s;
        QTest::newRow("negative rate")
            << QStringList{u"connection"_s, u"add"_s, u"x"_s, u"--connector"_s, u"hubspot"_s, u"--set"_s, u"requests_per_second=-1"_s}
            << u"\"requests_per_second\" must be between 0 and"_s;
        QTest::newRow("QuickBooks page size") << QStringList{u"connection"_s,    u"add"_s,        u"x"_s,     u"--connector"_s, u"quickbooks"_s,
                                                             u"--set"_s,         u"realm_id=1"_s, u"--set"_s, u"client_id=c"_s, u"--set"_s,
                                                             u"page_size=1001"_s}
                                              << u"between 1 and 1000"_s;
        QTest::newRow("long name") << QStringList{u"connection"_s, u"add"_s, QString(5000, u'n'), u"--connector"_s, u"stripe"_s}
                                   << u"at most 100 characters"_s;
        QTest::newRow("name with a tab") << QStringList{u"connection"_s, u"add"_s, u"a\tb"_s, u"--connector"_s, u"stripe"_s}
                                         << u"only printable characters"_s;
        QTest::newRow("name with a newline") << QStringList{u"connection"_s, u"add"_s, u"a\nb"_s, u"--connector"_s, u"stripe"_s}
                                             << u"only printable characters"_s;
        QTest::newRow("empty name") << QStringList{u"connection"_s, u"add"_s, u""_s, u"--connector"_s, u"stripe"_s}
                                    << u"A connection needs a name."_s;
        QTest::newRow("bad integer") << QStringList{u"connection"_s, u"add"_s, u"x"_s, u"--connector"_s, u"stripe"_s, u"--set"_s, u"page_size=many"_s}
                                     << u"\"page_size\" must be a whole number"_s;
        QTest::newRow("malformed --set") << QStringList{u"connection"_s, u"add"_s, u"x"_s, u"--connector"_s, u"stripe"_s, u"--set"_s, u"=x"_s}
                                         << u"--set needs KEY=VALUE"_s;
        QTest::newRow("unknown connection") << QStringList{u"sync"_s, u"ghost"_s} << u"there is no connection named \"ghost\""_s;
        QTest::newRow("unknown stream") << QStringList{u"sync"_s, u"acme"_s, u"--stream"_s, u"orders"_s} << u"Stripe has no stream \"orders\""_s;
        QTest::newRow("records without stream") << QStringList{u"records"_s, u"acme"_s} << u"records needs --stream S"_s;
        QTest::newRow("missing secret") << QStringList{u"sync"_s, u"acme"_s} << u"ORION_SECRET_ACME_API_KEY"_s;
    }
    void badUsageExitsTwoAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        addStripe(u"acme"_s);
        const QByteArray before = Test::fileHash(m_db);
        const Run r = orion(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"orion: "_s) && r.err.count(u'\n') == 1, qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(Test::fileHash(m_db), before);
        QCOMPARE(m_stripe.requestCount(), 0);
    }

    void everyCommandHasHelp()
    {
        for (const QString &command : {u"connection"_s, u"sync"_s, u"records"_s, u"runs"_s, u"connectors"_s, u"demo"_s}) {
            const Run r = orion({command, u"--help"_s});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(u"Usage: orion"_s) || r.out.startsWith(u"Usage:\n  orion"_s), qPrintable(r.out));
        }
    }

    void syncPrintsOneJsonLineAndStoresRecords()
    {
        addStripe(u"acme"_s);
        Run r = orion({u"sync"_s, u"acme"_s, u"--stream"_s, u"customers"_s, u"--json"_s}, keyFor(u"acme"_s));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u'\n'), 1);
        const QJsonObject line = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QStringList keys = line.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
                 (QSet<QString>{u"connection"_s, u"stream"_s, u"status"_s, u"records_read"_s, u"records_written"_s, u"records_failed"_s,
                                u"records_deleted"_s, u"duration_ms"_s, u"requests"_s, u"partitions"_s, u"error_class"_s, u"error"_s, u"drift"_s}));
        QCOMPARE(line.value("status"_L1).toString(), u"succeeded"_s);
        QCOMPARE(line.value("records_read"_L1).toInteger(), 120);
        QCOMPARE(line.value("records_written"_L1).toInteger(), 120);
        QVERIFY(line.value("error"_L1).isNull());

        r = orion({u"records"_s, u"acme"_s, u"--stream"_s, u"customers"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 120);
        const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(first.value("external_id"_L1).toString(), FakeStripe::customerId(0));
        QCOMPARE(first.value("source"_L1).toString(), u"stripe"_s);

        r = orion({u"runs"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject run = QJsonDocument::fromJson(r.out.split(u'\n').first().toUtf8()).object();
        QCOMPARE(run.value("connection"_L1).toString(), u"acme"_s);
        QCOMPARE(run.value("status"_L1).toString(), u"succeeded"_s);
    }

    void failedSyncExitsOneWithoutLeakingTheKey()
    {
        addStripe(u"acme"_s);
        const QString wrong = u"sk_test_this_key_is_wrong_0123456789"_s;
        const Run r = orion({u"sync"_s, u"acme"_s, u"--stream"_s, u"customers"_s, u"--json"_s}, {{u"ORION_SECRET_ACME_API_KEY"_s, wrong}});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject line = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(line.value("status"_L1).toString(), u"failed"_s);
        QCOMPARE(line.value("error_class"_L1).toString(), u"config"_s);
        QVERIFY(!r.out.contains(wrong) && !r.err.contains(wrong));
        const Run log = orion({u"runs"_s});
        QVERIFY(log.out.contains(u"config: Stripe answered HTTP 401"_s));
    }

    void storedSecretWinsOverTheEnvironment()
    {
        addStripe(u"acme"_s);
        Run r = orion({u"connection"_s, u"set-secret"_s, u"acme"_s, u"api_key"_s}, {}, m_stripe.apiKey().toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        const QString file = m_dir.filePath(u"config/orion-studio/secrets.json"_s);
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        r = orion({u"sync"_s, u"acme"_s, u"--json"_s}, {{u"ORION_SECRET_ACME_API_KEY"_s, u"sk_test_stale_initial"_s}});
        QCOMPARE(r.exitCode, 0);
        r = orion({u"connection"_s, u"set-secret"_s, u"acme"_s, u"password"_s}, {}, "x\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile(m_db).readAll().contains(m_stripe.apiKey().toUtf8()));
    }

    void pushCreatesCustomersOnceEvenWhenRepeated()
    {
        addStripe(u"acme"_s);
        const QByteArray lines = R"({"external_id":"crm-1","full_name":"Ada Lovelace","email":"ada@example.com","address":{"country":"GB"}}
{"external_id":"crm-2","full_name":"Grace Hopper","email":"grace@example.com"}
{"external_id":"crm-3","full_name":"No Email","email":"not-an-email"}
)";
        const QString file = m_dir.filePath(u"push.jsonl"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lines);
        f.close();
        const int before = int(m_stripe.createdCustomers().size());
        Run r = orion({u"push"_s, u"acme"_s, u"--stream"_s, u"customers"_s, u"--from"_s, file, u"--json"_s}, keyFor(u"acme"_s));
        QCOMPARE(r.exitCode, 1); // one record was refused
        QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QStringList keys = out.keys();
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()), (QSet<QString>{u"records"_s, u"succeeded"_s, u"failed"_s, u"failures"_s}));
        QCOMPARE(out.value("records"_L1).toInteger(), 3);
        QCOMPARE(out.value("succeeded"_L1).toInteger(), 2);
        QCOMPARE(out.value("failed"_L1).toInteger(), 1);
        const QJsonObject failure = out.value("failures"_L1).toArray().first().toObject();
        QCOMPARE(failure.value("external_id"_L1).toString(), u"crm-3"_s);
        QVERIFY(failure.value("error"_L1).toString().contains(u"Invalid email address"_s));
        QCOMPARE(m_stripe.createdCustomers().size(), before + 2);
        // Pushing the same records again (from standard input) replays: Stripe creates nothing new.
        r = orion({u"push"_s, u"acme"_s, u"--stream"_s, u"customers"_s, u"--json"_s}, keyFor(u"acme"_s), lines);
        out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out.value("succeeded"_L1).toInteger(), 2);
        QCOMPARE(m_stripe.createdCustomers().size(), before + 2);
        QVERIFY(m_stripe.idempotentReplays() >= 2);
    }

    void malformedPushSendsNothing()
    {
        addStripe(u"acme"_s);
        m_stripe.clearRequests();
        const Run r = orion({u"push"_s, u"acme"_s, u"--stream"_s, u"customers"_s}, keyFor(u"acme"_s),
                            "{\"external_id\":\"a\"}\n{\"external_id\":\"b\",\"email\":42}\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"line 2: email must be a string"_s), qPrintable(r.err));
        QCOMPARE(m_stripe.requestCount(), 0);
    }

    void soqlBindsValuesSafely()
    {
        Run r = orion({u"connection"_s, u"add"_s, u"sf"_s, u"--connector"_s, u"salesforce"_s, u"--set"_s,
                       u"login_url="_s + m_salesforce.baseUrl().toString(), u"--set"_s, u"client_id=cli-app"_s, u"--set"_s,
                       u"requests_per_second=0"_s});
        QCOMPARE(r.exitCode, 0);
        const QHash<QString, QString> secrets{{u"ORION_SECRET_SF_REFRESH_TOKEN"_s, u"rt-cli"_s},
                                              {u"ORION_SECRET_SF_CLIENT_SECRET"_s, u"cli-secret"_s}};
        const QString query = u"SELECT Id, Email FROM Contact WHERE Email = ?"_s;
        r = orion({u"soql"_s, u"sf"_s, query, u"--bind"_s, u"avery.contact0@example.net"_s, u"--json"_s}, secrets);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u'\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("Id"_L1).toString(), u"003000000000000000"_s);
        // An injection attempt stays one escaped literal: it matches nothing.
        r = orion({u"soql"_s, u"sf"_s, query, u"--bind"_s, u"x' OR Name != '"_s, u"--json"_s}, secrets);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QString());
        r = orion({u"soql"_s, u"sf"_s, u"DELETE FROM Contact"_s}, secrets);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"only SELECT queries are allowed"_s));
        r = orion({u"soql"_s, u"sf"_s, query}, secrets); // a placeholder without a value
        QCOMPARE(r.exitCode, 2);
        r = orion({u"soql"_s, u"sf"_s, u"SELECT Nope FROM Contact"_s}, secrets);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"INVALID_FIELD"_s), qPrintable(r.err));
    }

    void slackMessagesAndAlertRules()
    {
        addStripe(u"acme"_s);
        Run r = orion({u"connection"_s, u"add"_s, u"team"_s, u"--connector"_s, u"slack"_s, u"--set"_s,
                       QString(u"api_base="_s + m_slack.baseUrl().toString() + u"/api"_s), u"--set"_s, u"requests_per_second=0"_s});
        QCOMPARE(r.exitCode, 0);
        const QHash<QString, QString> token{{u"ORION_SECRET_TEAM_BOT_TOKEN"_s, QString::fromLatin1(Fakes::FakeSlack::kBotToken)}};
        r = orion({u"slack"_s, u"team"_s, u"--channel"_s, u"C2"_s, u"--text"_s, u"Deploy finished"_s, u"--json"_s}, token);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("ok"_L1).toBool(), true);
        QCOMPARE(m_slack.posted().last().value("text"_L1).toString(), u"Deploy finished"_s);
        r = orion({u"slack"_s, u"team"_s, u"--channel"_s, u"C999"_s, u"--text"_s, u"x"_s, u"--json"_s}, token);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value("error"_L1).toString().contains(u"channel_not_found"_s));
        r = orion({u"slack"_s, u"acme"_s, u"--channel"_s, u"C2"_s, u"--text"_s, u"x"_s});
        QCOMPARE(r.exitCode, 2); // not a Slack connection

        r = orion({u"alert"_s, u"add"_s, u"acme"_s, u"--slack"_s, u"team"_s, u"--channel"_s, u"C3"_s, u"--on"_s, u"failure"_s});
        QCOMPARE(r.exitCode, 0);
        r = orion({u"alert"_s, u"add"_s, u"acme"_s, u"--slack"_s, u"acme"_s, u"--channel"_s, u"C3"_s, u"--on"_s, u"failure"_s});
        QCOMPARE(r.exitCode, 2);
        r = orion({u"alert"_s, u"add"_s, u"acme"_s, u"--slack"_s, u"team"_s, u"--channel"_s, u"C3"_s, u"--on"_s, u"sometimes"_s});
        QCOMPARE(r.exitCode, 2);
        r = orion({u"alert"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.out.count(u'\n'), 1);
        const QJsonObject rule = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(rule.value("on"_L1).toString(), u"failure"_s);
        // A failing sync posts the alert (the key is wrong).
        const int before = int(m_slack.posted().size());
        QHash<QString, QString> env = token;
        env.insert(u"ORION_SECRET_ACME_API_KEY"_s, u"sk_test_not_the_key_0000000"_s);
        r = orion({u"sync"_s, u"acme"_s, u"--stream"_s, u"customers"_s}, env);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(m_slack.posted().size(), before + 1);
        QVERIFY(m_slack.posted().last().value("text"_L1).toString().contains(u"config error"_s));
        r = orion({u"alert"_s, u"remove"_s, QString::number(rule.value("id"_L1).toInteger())});
        QCOMPARE(r.exitCode, 0);
        r = orion({u"alert"_s, u"remove"_s, u"9999"_s});
        QCOMPARE(r.exitCode, 2);
    }

    void pushToQuickBooksAndSalesforce()
    {
        Run r = orion({u"connection"_s, u"add"_s, u"books"_s, u"--connector"_s, u"quickbooks"_s, u"--set"_s,
                       u"api_base="_s + m_qbo.baseUrl().toString(), u"--set"_s,
                       QString(u"token_url="_s + m_qbo.baseUrl().toString() + u"/oauth2/v1/tokens/bearer"_s), u"--set"_s,
                       u"realm_id="_s + m_qbo.realm(), u"--set"_s, u"client_id=qbo-cli"_s, u"--set"_s, u"requests_per_second=0"_s});
        QCOMPARE(r.exitCode, 0);
        const QByteArray lines = R"({"external_id":"n-1","full_name":"Customer 1","email":"new@c1.test"}
{"external_id":"n-2","full_name":"Fresh Start LLC"}
)";
        r = orion({u"push"_s, u"books"_s, u"--stream"_s, u"customers"_s, u"--json"_s},
                  {{u"ORION_SECRET_BOOKS_REFRESH_TOKEN"_s, m_qbo.currentRefreshToken()}, {u"ORION_SECRET_BOOKS_CLIENT_SECRET"_s, u"qbo-secret"_s}},
                  lines);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(out.value("succeeded"_L1).toInteger(), 2);
        QCOMPARE(m_qbo.customer(u"2"_s).value("PrimaryEmailAddr"_L1).toObject().value("Address"_L1).toString(), u"new@c1.test"_s);
        // The rotated refresh token went to the secrets file (no keychain here), beating the environment next time.
        QFile secrets(m_dir.filePath(u"config/orion-studio/secrets.json"_s));
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        QVERIFY(secrets.readAll().contains(m_qbo.currentRefreshToken().toUtf8()));

        r = orion({u"connection"_s, u"add"_s, u"sf"_s, u"--connector"_s, u"salesforce"_s, u"--set"_s,
                   u"login_url="_s + m_salesforce.baseUrl().toString(), u"--set"_s, u"client_id=cli-app"_s, u"--set"_s, u"requests_per_second=0"_s});
        r = orion({u"push"_s, u"sf"_s, u"--stream"_s, u"customers"_s, u"--bulk"_s, u"--json"_s},
                  {{u"ORION_SECRET_SF_REFRESH_TOKEN"_s, u"rt-cli"_s}, {u"ORION_SECRET_SF_CLIENT_SECRET"_s, u"cli-secret"_s}},
                  "{\"external_id\":\"b-1\",\"last_name\":\"One\"}\n{\"external_id\":\"b-2\"}\n");
        QCOMPARE(r.exitCode, 1); // b-2 has no last name
        const QJsonObject bulk = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(bulk.value("succeeded"_L1).toInteger(), 1);
        QCOMPARE(bulk.value("failures"_L1).toArray().first().toObject().value("external_id"_L1).toString(), u"b-2"_s);
    }

    // QuickBooks rotates its refresh token on every refresh and answers invalid_grant for a spent
    // one. Two `orion sync` processes of one connection (two streams) must not both present the
    // same token: the second waits for the first's refresh (a lock per connection across
    // processes), then reads the rotated token it saved. A slow token endpoint widens the window.
    void twoProcessesShareOneRotatingRefreshToken()
    {
        Run r = orion({u"connection"_s, u"add"_s, u"books2"_s, u"--connector"_s, u"quickbooks"_s, u"--set"_s,
                       u"api_base="_s + m_qbo.baseUrl().toString(), u"--set"_s,
                       QString(u"token_url="_s + m_qbo.baseUrl().toString() + u"/oauth2/v1/tokens/bearer"_s), u"--set"_s,
                       u"realm_id="_s + m_qbo.realm(), u"--set"_s, u"client_id=qbo-cli"_s, u"--set"_s, u"requests_per_second=0"_s});
        QCOMPARE(r.exitCode, 0);
        m_qbo.setTokenDelay(700);
        const auto restore = qScopeGuard([this] { m_qbo.setTokenDelay(0); });
        const int before = m_qbo.tokenRequests();
        const QHash<QString, QString> secrets{{u"ORION_SECRET_BOOKS2_REFRESH_TOKEN"_s, m_qbo.currentRefreshToken()},
                                              {u"ORION_SECRET_BOOKS2_CLIENT_SECRET"_s, u"qbo-secret"_s}};
        QProcess customers, invoices;
        for (auto [p, stream] : {std::pair{&customers, u"customers"_s}, std::pair{&invoices, u"invoices"_s}}) {
            p->setProcessEnvironment(environment(secrets));
            p->start(QStringLiteral(ORION_CLI_PATH), {u"sync"_s, u"books2"_s, u"--stream"_s, stream});
        }
        QVERIFY(customers.waitForFinished(120000) && invoices.waitForFinished(120000));
        QVERIFY2(customers.exitCode() == 0, customers.readAllStandardError().constData());
        QVERIFY2(invoices.exitCode() == 0, invoices.readAllStandardError().constData());
        QCOMPARE(m_qbo.tokenRequests() - before, 2); // one refresh each, one after the other, no invalid_grant
        QFile secretsFile(m_dir.filePath(u"config/orion-studio/secrets.json"_s));
        QVERIFY(secretsFile.open(QIODevice::ReadOnly));
        QVERIFY(secretsFile.readAll().contains(m_qbo.currentRefreshToken().toUtf8()));
    }

    void killedSyncResumesWithNothingLostOrTwice()
    {
        m_stripe.setCustomerCount(3000);
        addStripe(u"big"_s);
        m_stripe.setResponseDelay(40); // ~30 pages of ~45 ms: plenty of time to kill in the middle
        QProcess child;
        child.setProcessEnvironment(environment(keyFor(u"big"_s)));
        child.start(QStringLiteral(ORION_CLI_PATH), {u"sync"_s, u"big"_s, u"--stream"_s, u"customers"_s});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_stripe.requestCount(u"/v1/customers"_s) >= 10, OrionTest::EventTimeout);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(OrionTest::EventTimeout));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        m_stripe.setResponseDelay(0);

        const qint64 kept = scalar(u"SELECT count(*) FROM unified_customers"_s);
        QVERIFY2(kept >= 800 && kept < 3000 && kept % 100 == 0, qPrintable(QString::number(kept))); // whole pages only
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_state WHERE checkpoint LIKE '%starting_after%'"_s), qint64(1));

        m_stripe.clearRequests();
        const Run r = orion({u"sync"_s, u"big"_s, u"--stream"_s, u"customers"_s, u"--json"_s}, keyFor(u"big"_s));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject line = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(line.value("records_read"_L1).toInteger(), 3000 - kept); // resumed, not restarted
        QVERIFY(m_stripe.requests().first().query.hasQueryItem(u"starting_after"_s));

        // Every customer of the fake exactly once.
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers"_s), qint64(3000));
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers"_s), qint64(3000));
        QCOMPARE(scalar(u"SELECT min(external_id) = 'cus_000000000' AND max(external_id) = 'cus_000002999' FROM unified_customers"_s), qint64(1));
        // The killed run left no metrics row; the resumed one did.
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_metrics"_s), qint64(1));
    }

    // A partitioned read killed three times at different moments, each run resuming the windows the
    // one before left: in the end every customer exactly once, and each resumed run reads only what
    // no earlier run had committed (every window's checkpoint commits with its page).
    void killedPartitionedSyncResumesEveryWindow()
    {
        m_stripe.setCustomerCount(3000);
        addStripe(u"wide"_s, 4);
        m_stripe.setResponseDelay(40);
        qint64 kept = 0;
        for (const int more : {1, 300, 500}) { // killed after its first page, then later in each resumed run
            QProcess child;
            child.setProcessEnvironment(environment(keyFor(u"wide"_s)));
            child.start(QStringLiteral(ORION_CLI_PATH), {u"sync"_s, u"wide"_s, u"--stream"_s, u"customers"_s});
            QVERIFY(child.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM unified_customers"_s) >= kept + more, OrionTest::EventTimeout);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(OrionTest::EventTimeout));
            const qint64 now = scalar(u"SELECT count(*) FROM unified_customers"_s);
            QVERIFY2(now >= kept && now < 3000, qPrintable(QString::number(now)));
            kept = now;
            QCOMPARE(scalar(u"SELECT count(*) FROM sync_state WHERE checkpoint LIKE '%\"partitions\"%'"_s), qint64(1));
        }
        QVERIFY(kept > 0);
        m_stripe.setResponseDelay(0);
        m_stripe.clearRequests();
        const Run r = orion({u"sync"_s, u"wide"_s, u"--stream"_s, u"customers"_s, u"--json"_s}, keyFor(u"wide"_s));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject line = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(line.value("records_read"_L1).toInteger(), 3000 - kept); // nothing read twice
        QVERIFY(line.value("partitions"_L1).toInteger() > 1);
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers"_s), qint64(3000));
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers"_s), qint64(3000));
        // Done: the checkpoint is the incremental one again, at the newest customer.
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_state WHERE checkpoint LIKE '%partitions%'"_s), qint64(0));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_state WHERE checkpoint LIKE '%\"created_gte\":%1%'"_s.arg(FakeStripe::kEpoch + 2999 / 2)),
                 qint64(1));
    }

    // Last, on purpose: every file the commands of this test case wrote (workspaces with their WAL and
    // backups, settings, exports) is read back and searched for every secret the run handled — keys
    // passed in, tokens the fakes issued and rotated. Only the secrets file, the store itself, may
    // hold them. It fails if any store, log, run error, checkpoint or export keeps one.
    void noWrittenFileHoldsASecret()
    {
        // One more of everything that writes: a sync with OAuth refresh and rotation, a failed sync
        // whose error is stored, an export to a file, and a backup.
        const Run added = orion({u"connection"_s, u"add"_s, u"ledger"_s, u"--connector"_s, u"quickbooks"_s, u"--set"_s,
                                 u"api_base="_s + m_qbo.baseUrl().toString(), u"--set"_s,
                                 QString(u"token_url="_s + m_qbo.baseUrl().toString() + u"/oauth2/v1/tokens/bearer"_s), u"--set"_s,
                                 u"realm_id="_s + m_qbo.realm(), u"--set"_s, u"client_id=qbo-cli"_s, u"--set"_s, u"requests_per_second=0"_s});
        QCOMPARE(added.exitCode, 0);
        const QHash<QString, QString> qboSecrets{{u"ORION_SECRET_LEDGER_REFRESH_TOKEN"_s, m_qbo.currentRefreshToken()},
                                                 {u"ORION_SECRET_LEDGER_CLIENT_SECRET"_s, u"qbo-secret"_s}};
        QList<Run> runs;
        runs << orion({u"sync"_s, u"ledger"_s, u"--json"_s}, qboSecrets);
        QCOMPARE(runs.last().exitCode, 0);
        addStripe(u"leaky"_s);
        const QString wrongKey = u"sk_test_wrong_key_for_the_scan_4242"_s;
        runs << orion({u"sync"_s, u"leaky"_s, u"--stream"_s, u"customers"_s}, {{u"ORION_SECRET_LEAKY_API_KEY"_s, wrongKey}});
        QCOMPARE(runs.last().exitCode, 1);
        runs << orion({u"sync"_s, u"leaky"_s, u"--stream"_s, u"customers"_s}, keyFor(u"leaky"_s));
        QCOMPARE(runs.last().exitCode, 0);
        runs << orion({u"records"_s, u"leaky"_s, u"--stream"_s, u"customers"_s, u"--json"_s});
        QFile exported(m_dir.filePath(u"export/leaky.jsonl"_s));
        QVERIFY(QDir().mkpath(QFileInfo(exported).absolutePath()) && exported.open(QIODevice::WriteOnly));
        exported.write(runs.last().out.toUtf8());
        exported.close();
        runs << orion({u"runs"_s, u"--json"_s}) << orion({u"connection"_s, u"list"_s, u"--json"_s}) << orion({u"workspace"_s, u"backup"_s});
        QCOMPARE(runs.last().exitCode, 0);

        QStringList secrets{m_stripe.apiKey(),
                            wrongKey,
                            u"sk_test_this_key_is_wrong_0123456789"_s,
                            u"qbo-secret"_s,
                            u"cli-secret"_s,
                            QString::fromLatin1(Fakes::FakeSlack::kBotToken),
                            QString::fromLatin1(Fakes::FakeSlack::kAppToken)};
        secrets << m_qbo.issuedSecrets() << m_salesforce.issuedSecrets();
        QVERIFY2(m_qbo.issuedSecrets().size() >= 2, "QuickBooks issued and rotated tokens during the run");
        for (const Run &r : std::as_const(runs)) {
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), qPrintable(secret));
        }

        const QString store = QFileInfo(m_dir.filePath(u"config/orion-studio/secrets.json"_s)).absoluteFilePath();
        QVERIFY2(QFile::exists(store), "the rotated tokens went to the secrets file");
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        QStringList scanned;
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).absoluteFilePath();
            if (path == store)
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = file.readAll();
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(u"%1 holds the secret %2…"_s.arg(path, secret.left(6))));
            scanned << QFileInfo(path).fileName();
        }
        // Workspaces, their backups and the export were all read.
        QVERIFY2(scanned.filter(u".db"_s).size() >= 3, qPrintable(scanned.join(u", "_s)));
        QVERIFY(scanned.contains(u"leaky.jsonl"_s));
        QVERIFY(!scanned.filter(u"-daily.db"_s).isEmpty() || !scanned.filter(u"-manual.db"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCliSync)
#include "tst_cli_sync.moc"

// Custom connectors partitioned by time (issue 16): a spec's partition_by_time splits a read into
// windows of its own range parameters [start_param, end_param), read concurrently by `orion sync`,
// every record once; the next run is incremental from the newest cursor; a spec whose windows cannot
// work is refused with the place named.
#include "fakeledgerly.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeLedgerly;

class TstTimeWindows : public QObject
{
    Q_OBJECT

    FakeLedgerly m_api;

    QJsonObject spec(const QJsonObject &byTime) const
    {
        return QJsonObject{
            {u"spec_version"_s, 1},
            {u"name"_s, u"ledgerly"_s},
            {u"version"_s, 1},
            {u"display_name"_s, u"Ledgerly"_s},
            {u"base_url"_s, m_api.baseUrl().toString()},
            {u"authenticator"_s,
             QJsonObject{{u"type"_s, u"api_key"_s}, {u"inject_into"_s, u"header"_s}, {u"name"_s, u"X-API-Key"_s}, {u"secret"_s, u"token"_s}}},
            {u"streams"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"customers"_s},
                                    {u"kind"_s, u"customer"_s},
                                    {u"path"_s, u"/offset/customers"_s},
                                    {u"record_selector"_s, QJsonObject{{u"path"_s, u"data"_s}}},
                                    {u"primary_key"_s, u"id"_s},
                                    {u"paginator"_s, QJsonObject{{u"type"_s, u"offset"_s}, {u"page_size"_s, 100}}},
                                    {u"incremental"_s, QJsonObject{{u"cursor_field"_s, u"updated_at"_s}, {u"request_param"_s, u"updated_since"_s}}},
                                    {u"partition_by_time"_s, byTime},
                                    {u"mappings"_s,
                                     QJsonArray{QJsonObject{{u"target_field"_s, u"email"_s}, {u"source_path"_s, u"email"_s}},
                                                QJsonObject{{u"target_field"_s, u"full_name"_s}, {u"source_path"_s, u"name"_s}}}}}}}};
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QJsonObject &json)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(QJsonDocument(json).toJson());
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_api.start()); }

    void windowsReadEveryRecordOnceThenTheNextRunIsIncremental()
    {
        // 3,000 customers, one a minute, ending now; windows of six hours from an hour before the first.
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-3000 * 60);
        m_api.setUpdatedBase(base);
        m_api.setCustomerCount(3000);
        m_api.setAuth(FakeLedgerly::Auth::HeaderKey);
        m_api.clearRequests();
        QTemporaryDir dir;
        const QString file = write(dir, u"ledgerly.json"_s,
                                   spec({{u"start_param"_s, u"updated_gte"_s},
                                         {u"end_param"_s, u"updated_lt"_s},
                                         {u"start"_s, base.addSecs(-3600).toString(Qt::ISODate)},
                                         {u"window_seconds"_s, 6 * 3600}}));
        const QString cli = QStringLiteral(ORION_CLI_PATH);
        const QString db = dir.filePath(u"w.db"_s);
        const QHash<QString, QString> env{{u"ORION_SECRET_LEDGER_TOKEN"_s, QString::fromLatin1(FakeLedgerly::kKey)},
                                          {u"ORION_SECRET_BACKEND"_s, u"file"_s},
                                          {u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)}};
        auto o = Test::runProgram(cli, {u"--db"_s, db, u"connection"_s, u"add"_s, u"ledger"_s, u"--connector"_s, u"custom:"_s + file});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        o = Test::runProgram(cli, {u"--db"_s, db, u"sync"_s, u"ledger"_s, u"--stream"_s, u"customers"_s, u"--json"_s}, env);
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QJsonObject result = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(result.value("records_read"_L1).toInt(), 3000); // nothing twice
        QCOMPARE(result.value("partitions"_L1).toInt(), 9);      // 51 h from the start to now in 6 h windows
        o = Test::runProgram(cli, {u"--db"_s, db, u"records"_s, u"ledger"_s, u"--stream"_s, u"customers"_s}, env);
        QCOMPARE(o.out.count(u'\n'), 3000); // nothing lost
        int bounded = 0, open = 0;
        for (const auto &r : m_api.requests()) {
            if (!r.path.endsWith("/customers"_L1))
                continue;
            QVERIFY(!r.query.hasQueryItem(u"updated_since"_s)); // windows carry their own bounds
            if (r.query.hasQueryItem(u"updated_gte"_s))
                (r.query.hasQueryItem(u"updated_lt"_s) ? bounded : open) += 1;
        }
        QVERIFY(bounded >= 8);
        QVERIFY(open >= 1); // the newest window has no end

        // Five more: the next run starts at the newest cursor, one small read, no windows.
        m_api.setCustomerCount(3005);
        o = Test::runProgram(cli, {u"--db"_s, db, u"sync"_s, u"ledger"_s, u"--stream"_s, u"customers"_s, u"--json"_s}, env);
        result = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(result.value("records_read"_L1).toInt(), 5);
        QCOMPARE(result.value("partitions"_L1).toInt(), 0);
        m_api.setCustomerCount(237);
    }

    void windowsThatCannotWorkAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("byTime");
        QTest::addColumn<QString>("message");
        QTest::newRow("same parameter") << QJsonObject{{u"start_param"_s, u"from"_s},
                                                       {u"end_param"_s, u"from"_s},
                                                       {u"start"_s, u"2024-01-01T00:00:00Z"_s}}
                                        << u"partition_by_time.end_param: must differ from start_param"_s;
        QTest::newRow("start not a time") << QJsonObject{{u"start_param"_s, u"a"_s}, {u"end_param"_s, u"b"_s}, {u"start"_s, u"last year"_s}}
                                          << u"partition_by_time.start: an ISO 8601 time is required"_s;
        QTest::newRow("too many windows") << QJsonObject{{u"start_param"_s, u"a"_s},
                                                         {u"end_param"_s, u"b"_s},
                                                         {u"start"_s, u"2000-01-01T00:00:00Z"_s},
                                                         {u"window_seconds"_s, 3600}}
                                          << u"partition_by_time.window_seconds: 3600 s windows since 2000-01-01T00:00:00Z are more than 2000"_s;
        QTest::newRow("window too small") << QJsonObject{{u"start_param"_s, u"a"_s},
                                                         {u"end_param"_s, u"b"_s},
                                                         {u"start"_s, u"2026-01-01T00:00:00Z"_s},
                                                         {u"window_seconds"_s, 5}}
                                          << u"window_seconds"_s;
    }
    void windowsThatCannotWorkAreRefused()
    {
        QFETCH(QJsonObject, byTime);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const auto o = Test::runProgram(QStringLiteral(ORION_CLI_PATH), {u"spec"_s, u"validate"_s, write(dir, u"bad.json"_s, spec(byTime))});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(TstTimeWindows)
#include "tst_timewindows.moc"

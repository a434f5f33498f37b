// Schedules: cron parsing with precise errors, next run times in time zones across daylight-saving
// changes, epoch-aligned intervals, and the text form the CLI takes.
#include "sync/schedule.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {
QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}
QDateTime nextCron(const QString &expression, const QString &zone, const QString &afterUtc)
{
    QString error;
    const auto cron = CronExpression::parse(expression, &error);
    if (!cron)
        qWarning("%s", qPrintable(error));
    return cron ? cron->next(utc(afterUtc), QTimeZone(zone.toUtf8())) : QDateTime();
}
} // namespace

class TstSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cronErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("error");
        QTest::newRow("minute out of range") << u"61 * * * *"_s << u"minute field \"61\": values must lie from 0 to 59"_s;
        QTest::newRow("four fields") << u"* * * *"_s << u"five fields"_s;
        QTest::newRow("six fields") << u"* * * * * *"_s << u"has 6"_s;
        QTest::newRow("backwards") << u"0 5-1 * * *"_s << u"hour field \"5-1\": the range 5-1 runs backwards"_s;
        QTest::newRow("zero step") << u"*/0 * * * *"_s << u"the step \"0\""_s;
        QTest::newRow("bad name") << u"0 0 * foo *"_s << u"month field \"foo\": \"foo\" is not a number or name"_s;
        QTest::newRow("empty item") << u"0,,5 * * * *"_s << u"an empty list item"_s;
        QTest::newRow("day 0") << u"0 0 0 * *"_s << u"day-of-month field \"0\": values must lie from 1 to 31"_s;
        QTest::newRow("unknown macro") << u"@often"_s << u"unknown macro"_s;
        QTest::newRow("negative") << u"-5 * * * *"_s << u"minute field"_s;
    }
    void cronErrorsNameTheField()
    {
        QFETCH(QString, expression);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!CronExpression::parse(expression, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void cronNextRuns_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("every 15 minutes") << u"*/15 * * * *"_s << u"UTC"_s << u"2026-11-26T10:07:30Z"_s << u"2026-11-26T10:15:00Z"_s;
        QTest::newRow("strictly after") << u"*/15 * * * *"_s << u"UTC"_s << u"2026-11-26T10:15:00Z"_s << u"2026-11-26T10:30:00Z"_s;
        QTest::newRow("weekdays at 6 in Berlin") << u"0 6 * * mon-fri"_s << u"Europe/Berlin"_s << u"2026-11-27T06:00:00Z"_s
                                                 << u"2026-11-30T05:00:00Z"_s; // Friday after 7:00 CET → Monday 6:00 CET
        QTest::newRow("Sunday as 7") << u"0 0 * * 7"_s << u"UTC"_s << u"2026-11-26T00:00:00Z"_s << u"2026-11-29T00:00:00Z"_s;
        QTest::newRow("day-of-month or Friday") << u"0 0 13 * 5"_s << u"UTC"_s << u"2026-11-26T00:00:00Z"_s << u"2026-11-27T00:00:00Z"_s;
        QTest::newRow("list and range step") << u"5,50 9-17/4 * * *"_s << u"UTC"_s << u"2026-11-26T13:06:00Z"_s << u"2026-11-26T13:50:00Z"_s;
        QTest::newRow("month names, New York") << u"0 12 1 jan,jul *"_s << u"America/New_York"_s << u"2026-11-26T00:00:00Z"_s
                                               << u"2027-01-01T17:00:00Z"_s;
        QTest::newRow("@monthly") << u"@monthly"_s << u"UTC"_s << u"2026-11-26T00:00:00Z"_s << u"2026-12-01T00:00:00Z"_s;
        QTest::newRow("29 February") << u"0 0 29 2 *"_s << u"UTC"_s << u"2026-11-26T00:00:00Z"_s << u"2028-02-29T00:00:00Z"_s;
        // Berlin, 29 March 2026: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist that day.
        QTest::newRow("skipped hour") << u"30 2 * * *"_s << u"Europe/Berlin"_s << u"2026-03-28T01:30:00Z"_s << u"2026-03-30T00:30:00Z"_s;
        // Berlin, 25 October 2026: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice, runs once.
        QTest::newRow("repeated hour: first") << u"30 2 * * *"_s << u"Europe/Berlin"_s << u"2026-10-24T23:00:00Z"_s << u"2026-10-25T00:30:00Z"_s;
        QTest::newRow("repeated hour: once") << u"30 2 * * *"_s << u"Europe/Berlin"_s << u"2026-10-25T00:30:00Z"_s << u"2026-10-26T01:30:00Z"_s;
    }
    void cronNextRuns()
    {
        QFETCH(QString, expression);
        QFETCH(QString, zone);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(nextCron(expression, zone, after), utc(expected));
    }

    void impossibleDateHasNoNextRun() { QVERIFY(!nextCron(u"0 0 30 2 *"_s, u"UTC"_s, u"2026-11-26T00:00:00Z"_s).isValid()); }

    void intervalsAreAlignedToTheEpoch()
    {
        const Schedule s = Schedule::every(15 * 60);
        QCOMPARE(s.nextAfter(utc(u"2026-11-26T10:07:30Z"_s)), utc(u"2026-11-26T10:15:00Z"_s));
        QCOMPARE(s.nextAfter(utc(u"2026-11-26T10:15:00Z"_s)), utc(u"2026-11-26T10:30:00Z"_s));
        QVERIFY(!Schedule::manual().nextAfter(utc(u"2026-11-26T10:00:00Z"_s)).isValid());
        QString error;
        QVERIFY(!Schedule::every(30).validate(&error));
        QVERIFY(error.contains(u"1 minute"_s));
    }

    void textForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("manual") << u"Manual"_s << u"manual"_s;
        QTest::newRow("minutes") << u"every 15m"_s << u"every 15m"_s;
        QTest::newRow("90 minutes") << u"every 90 m"_s << u"every 90m"_s;
        QTest::newRow("hours") << u"every 120m"_s << u"every 2h"_s;
        QTest::newRow("days") << u"every 1d"_s << u"every 1d"_s;
        QTest::newRow("cron default zone") << u"cron */5 * * * *"_s << u"cron */5 * * * * UTC"_s;
        QTest::newRow("cron with zone") << u"cron 0 6 * * 1-5 Europe/Berlin"_s << u"cron 0 6 * * 1-5 Europe/Berlin"_s;
        QTest::newRow("macro") << u"cron @daily Asia/Tokyo"_s << u"cron @daily Asia/Tokyo"_s;
    }
    void textForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QString error;
        const auto s = Schedule::fromText(text, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->toText(), canonical);
        QCOMPARE(Schedule::fromText(canonical, &error), s);
    }

    void badTextIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("word") << u"sometimes"_s << u"is not a schedule"_s;
        QTest::newRow("no unit") << u"every 15"_s << u"a number and a unit"_s;
        QTest::newRow("too often") << u"every 10s"_s << u"between 1 minute and 366 days"_s;
        QTest::newRow("too rare") << u"every 400d"_s << u"between 1 minute and 366 days"_s;
        QTest::newRow("zone") << u"cron 0 6 * * * Mars/Olympus"_s << u"Unknown time zone \"Mars/Olympus\""_s;
        QTest::newRow("cron") << u"cron 0 25 * * *"_s << u"hour field \"25\""_s;
        QTest::newRow("cron words") << u"cron 0 6 * *"_s << u"five fields"_s;
    }
    void badTextIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!Schedule::fromText(text, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TstSchedule)
#include "tst_schedule.moc"

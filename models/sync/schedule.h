#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <array>
#include <bitset>
#include <optional>

namespace Orion {

// A cron expression: five fields (minute hour day-of-month month day-of-week) with *, lists, ranges,
// steps, month and day names (JAN–DEC, SUN–SAT; 0 and 7 are Sunday) and the macros @hourly, @daily,
// @midnight, @weekly, @monthly, @yearly and @annually. As in Vixie cron, when both day fields are
// restricted a day matching either runs. No Debian-packaged C or C++ library parses cron
// expressions, hence this one.
class CronExpression
{
    Q_DECLARE_TR_FUNCTIONS(Orion::CronExpression)
public:
    static std::optional<CronExpression> parse(const QString &text, QString *error);

    // The first minute strictly after `after` whose wall-clock time in `zone` matches. Local times
    // that do not exist (the hour skipped when clocks go forward) are skipped; a wall-clock minute
    // that happens twice (clocks going back) runs at its first occurrence only. Invalid when nothing
    // matches within five years (e.g. 30 February).
    QDateTime next(const QDateTime &after, const QTimeZone &zone) const;

    QString text() const { return m_text; }

private:
    bool matchesDay(const QDate &date) const;

    QString m_text;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1..31
    std::bitset<13> m_months;      // 1..12
    std::bitset<7> m_daysOfWeek;   // 0 = Sunday
    bool m_anyDayOfMonth = true;
    bool m_anyDayOfWeek = true;
};

// When a connection syncs by itself: manual (never), every N seconds (slots aligned to the Unix
// epoch, so every scheduler computes the same slots), or a cron expression in an IANA time zone.
struct Schedule
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(Orion::Schedule)
public:
    enum class Kind { Manual, Interval, Cron };
    Q_ENUM(Kind)
    static constexpr qint64 kMinIntervalSeconds = 60;
    static constexpr qint64 kMaxIntervalSeconds = 366LL * 24 * 3600;

    Kind kind = Kind::Manual;
    qint64 intervalSeconds = 0;
    QString cron;
    QString timeZone = QStringLiteral("UTC");

    static Schedule manual() { return {}; }
    static Schedule every(qint64 seconds);
    static Schedule cronIn(const QString &expression, const QString &timeZone);

    // Checks the fields: the interval's bounds, the cron syntax, a known time zone.
    bool validate(QString *error) const;
    // The first slot strictly after `after` (UTC); invalid for a manual or invalid schedule.
    QDateTime nextAfter(const QDateTime &after) const;

    // "manual", "every 15m", "every 2h", "every 1d", "cron */5 * * * * Europe/Berlin" — what the CLI
    // takes and prints. fromText() refuses anything else with a precise error.
    QString toText() const;
    static std::optional<Schedule> fromText(const QString &text, QString *error);
    // For people: "Manual", "Every 15 minutes", "Cron 0 6 * * 1-5 (Europe/Berlin)".
    QString describe() const;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    bool operator==(const Schedule &other) const = default;
};

} // namespace Orion

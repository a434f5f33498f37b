#include "sync/schedule.h"
#include "common/enumnames.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Orion {

namespace ScheduleDetail {

struct Field
{
    const char *name;
    int min;
    int max;
    const char *const *names; // optional 3-letter names for min..
};

constexpr const char *kMonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", nullptr};
constexpr const char *kDayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat", nullptr};

std::optional<int> value(const QString &text, const Field &field)
{
    if (field.names) {
        const QString lower = text.toLower();
        for (int i = 0; field.names[i]; ++i)
            if (lower == QLatin1StringView(field.names[i]))
                return field.min + i;
    }
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || text.startsWith(u'+') || text.startsWith(u'-'))
        return std::nullopt;
    return v;
}

// Parses one field into bits [0, max]; *error names the field and the part.
template<size_t N> bool parseField(const QString &text, const Field &field, std::bitset<N> *bits, QString *error)
{
    auto fail = [&](const QString &what) {
        *error = CronExpression::tr("%1 field \"%2\": %3").arg(QLatin1StringView(field.name), text, what);
        return false;
    };
    // Day of week: 7 is Sunday too.
    const int max = (field.max == 6) ? 7 : field.max;
    for (const QString &part : text.split(u',')) {
        if (part.isEmpty())
            return fail(CronExpression::tr("an empty list item"));
        QString range = part;
        int step = 1;
        if (const qsizetype slash = part.indexOf(u'/'); slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1 || step > max)
                return fail(CronExpression::tr("the step \"%1\" must be a number from 1 to %2").arg(part.mid(slash + 1)).arg(max));
            range = part.left(slash);
        }
        int from = field.min, to = max;
        if (range != u"*"_s) {
            const qsizetype dash = range.indexOf(u'-', 1);
            const auto a = value(dash < 0 ? range : range.left(dash), field);
            if (!a)
                return fail(CronExpression::tr("\"%1\" is not a number or name").arg(dash < 0 ? range : range.left(dash)));
            from = *a;
            to = *a;
            if (dash >= 0) {
                const auto b = value(range.mid(dash + 1), field);
                if (!b)
                    return fail(CronExpression::tr("\"%1\" is not a number or name").arg(range.mid(dash + 1)));
                to = *b;
            } else if (part.contains(u'/')) {
                to = max; // "5/15": from 5 to the end, every 15
            }
            if (from < field.min || from > max || to < field.min || to > max)
                return fail(CronExpression::tr("values must lie from %1 to %2").arg(field.min).arg(max));
            if (from > to)
                return fail(CronExpression::tr("the range %1-%2 runs backwards").arg(from).arg(to));
        }
        for (int v = from; v <= to; v += step)
            bits->set(size_t(field.max == 6 && v == 7 ? 0 : v));
    }
    return true;
}

} // namespace ScheduleDetail

std::optional<CronExpression> CronExpression::parse(const QString &input, QString *error)
{
    using namespace ScheduleDetail;
    QString text = input.simplified();
    static const QHash<QString, QString> macros{{u"@hourly"_s, u"0 * * * *"_s},  {u"@daily"_s, u"0 0 * * *"_s},   {u"@midnight"_s, u"0 0 * * *"_s},
                                                {u"@weekly"_s, u"0 0 * * 0"_s},  {u"@monthly"_s, u"0 0 1 * *"_s}, {u"@yearly"_s, u"0 0 1 1 *"_s},
                                                {u"@annually"_s, u"0 0 1 1 *"_s}};
    CronExpression cron;
    cron.m_text = text;
    if (text.startsWith(u'@')) {
        const auto it = macros.constFind(text.toLower());
        if (it == macros.constEnd()) {
            *error = tr("unknown macro \"%1\" (use @hourly, @daily, @weekly, @monthly or @yearly)").arg(text);
            return std::nullopt;
        }
        text = *it;
    }
    const QStringList fields = text.split(u' ', Qt::SkipEmptyParts);
    if (fields.size() != 5) {
        *error = tr("a cron expression has five fields (minute hour day-of-month month day-of-week); \"%1\" has %2")
                     .arg(input.simplified())
                     .arg(fields.size());
        return std::nullopt;
    }
    static constexpr Field kMinute{"minute", 0, 59, nullptr};
    static constexpr Field kHour{"hour", 0, 23, nullptr};
    static constexpr Field kDay{"day-of-month", 1, 31, nullptr};
    static constexpr Field kMonth{"month", 1, 12, kMonthNames};
    static constexpr Field kWeekday{"day-of-week", 0, 6, kDayNames};
    if (!parseField(fields.at(0), kMinute, &cron.m_minutes, error) || !parseField(fields.at(1), kHour, &cron.m_hours, error)
        || !parseField(fields.at(2), kDay, &cron.m_daysOfMonth, error) || !parseField(fields.at(3), kMonth, &cron.m_months, error)
        || !parseField(fields.at(4), kWeekday, &cron.m_daysOfWeek, error))
        return std::nullopt;
    cron.m_anyDayOfMonth = fields.at(2).startsWith(u'*');
    cron.m_anyDayOfWeek = fields.at(4).startsWith(u'*');
    return cron;
}

bool CronExpression::matchesDay(const QDate &date) const
{
    if (!m_months.test(size_t(date.month())))
        return false;
    const bool dom = m_daysOfMonth.test(size_t(date.day()));
    const bool dow = m_daysOfWeek.test(size_t(date.dayOfWeek() % 7));
    if (m_anyDayOfMonth && m_anyDayOfWeek)
        return true;
    if (m_anyDayOfMonth)
        return dow;
    if (m_anyDayOfWeek)
        return dom;
    return dom || dow;
}

QDateTime CronExpression::next(const QDateTime &after, const QTimeZone &zone) const
{
    const QDateTime local = after.toTimeZone(zone);
    QDate day = local.date();
    for (int i = 0; i < 5 * 366 + 2; ++i, day = day.addDays(1)) {
        if (!matchesDay(day))
            continue;
        for (int h = 0; h < 24; ++h) {
            if (!m_hours.test(size_t(h)))
                continue;
            for (int m = 0; m < 60; ++m) {
                if (!m_minutes.test(size_t(m)))
                    continue;
                const QTime time(h, m);
                // PreferBefore: in a repeated hour, the first occurrence; a skipped hour does not
                // round-trip to the same wall-clock time and is left out.
                const QDateTime at(day, time, zone, QDateTime::TransitionResolution::PreferBefore);
                if (!at.isValid() || at.date() != day || at.time() != time)
                    continue;
                if (at > after)
                    return at.toUTC();
            }
        }
    }
    return {};
}

Schedule Schedule::every(qint64 seconds)
{
    Schedule s;
    s.kind = Kind::Interval;
    s.intervalSeconds = seconds;
    return s;
}

Schedule Schedule::cronIn(const QString &expression, const QString &zone)
{
    Schedule s;
    s.kind = Kind::Cron;
    s.cron = expression.simplified();
    s.timeZone = zone.isEmpty() ? u"UTC"_s : zone;
    return s;
}

bool Schedule::validate(QString *error) const
{
    switch (kind) {
    case Kind::Manual: return true;
    case Kind::Interval:
        if (intervalSeconds < kMinIntervalSeconds || intervalSeconds > kMaxIntervalSeconds) {
            *error = tr("The interval must be between 1 minute and 366 days.");
            return false;
        }
        return true;
    case Kind::Cron: {
        if (!QTimeZone(timeZone.toUtf8()).isValid()) {
            *error = tr("Unknown time zone \"%1\" (use an IANA name such as Europe/Berlin, or UTC).").arg(timeZone);
            return false;
        }
        QString problem;
        if (!CronExpression::parse(cron, &problem)) {
            *error = tr("Invalid cron expression: %1").arg(problem);
            return false;
        }
        return true;
    }
    }
    return false;
}

QDateTime Schedule::nextAfter(const QDateTime &after) const
{
    QString error;
    if (!validate(&error))
        return {};
    if (kind == Kind::Interval) {
        const qint64 t = after.toSecsSinceEpoch();
        return QDateTime::fromSecsSinceEpoch((t / intervalSeconds + 1) * intervalSeconds, QTimeZone::UTC);
    }
    if (kind == Kind::Cron) {
        const auto expression = CronExpression::parse(cron, &error);
        return expression ? expression->next(after, QTimeZone(timeZone.toUtf8())) : QDateTime();
    }
    return {};
}

QString Schedule::toText() const
{
    switch (kind) {
    case Kind::Manual: return u"manual"_s;
    case Kind::Interval:
        if (intervalSeconds % 86400 == 0)
            return u"every %1d"_s.arg(intervalSeconds / 86400);
        if (intervalSeconds % 3600 == 0)
            return u"every %1h"_s.arg(intervalSeconds / 3600);
        if (intervalSeconds % 60 == 0)
            return u"every %1m"_s.arg(intervalSeconds / 60);
        return u"every %1s"_s.arg(intervalSeconds);
    case Kind::Cron: return u"cron %1 %2"_s.arg(cron, timeZone);
    }
    return {};
}

std::optional<Schedule> Schedule::fromText(const QString &input, QString *error)
{
    const QString text = input.simplified();
    Schedule s;
    if (text.compare(u"manual"_s, Qt::CaseInsensitive) == 0)
        return s;
    if (text.startsWith(u"every "_s, Qt::CaseInsensitive)) {
        static const QRegularExpression re(u"^every (\\d{1,9}) ?(s|m|h|d)$"_s, QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(text);
        if (!m.hasMatch()) {
            *error = tr("\"%1\": write the interval as a number and a unit, e.g. \"every 15m\", \"every 2h\" or \"every 1d\".").arg(text);
            return std::nullopt;
        }
        static const QHash<QString, qint64> units{{u"s"_s, 1}, {u"m"_s, 60}, {u"h"_s, 3600}, {u"d"_s, 86400}};
        s = every(m.captured(1).toLongLong() * units.value(m.captured(2).toLower()));
    } else if (text.startsWith(u"cron "_s, Qt::CaseInsensitive)) {
        const QStringList words = text.mid(5).split(u' ', Qt::SkipEmptyParts);
        const int fields = words.value(0).startsWith(u'@') ? 1 : 5;
        if (words.size() < fields || words.size() > fields + 1) {
            *error = tr("\"%1\": write \"cron\", five fields or a macro such as @daily, and optionally a time zone.").arg(text);
            return std::nullopt;
        }
        s = cronIn(words.mid(0, fields).join(u' '), words.value(fields, u"UTC"_s));
    } else {
        *error = tr("\"%1\" is not a schedule: use \"manual\", \"every 15m\" (s, m, h or d) or \"cron */5 * * * * [TIME ZONE]\".").arg(text);
        return std::nullopt;
    }
    if (!s.validate(error))
        return std::nullopt;
    return s;
}

QString Schedule::describe() const
{
    switch (kind) {
    case Kind::Manual: return tr("Manual");
    case Kind::Interval:
        if (intervalSeconds % 86400 == 0)
            return tr("Every %n day(s)", nullptr, int(intervalSeconds / 86400));
        if (intervalSeconds % 3600 == 0)
            return tr("Every %n hour(s)", nullptr, int(intervalSeconds / 3600));
        if (intervalSeconds % 60 == 0)
            return tr("Every %n minute(s)", nullptr, int(intervalSeconds / 60));
        return tr("Every %n second(s)", nullptr, int(intervalSeconds));
    case Kind::Cron: return tr("Cron %1 (%2)").arg(cron, timeZone);
    }
    return {};
}

QString Schedule::kindName(Kind kind)
{
    return enumName(kind);
}

std::optional<Schedule::Kind> Schedule::kindFromName(const QString &name)
{
    return enumFromName<Kind>(name);
}

} // namespace Orion

#include "adapters/declarative/rangefilters.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace Orion::RangeFilters {

QString formatOf(const QString &name, const QJsonObject &schema, const QString &sample)
{
    const QString format = schema.value("format"_L1).toString();
    const QString type = schema.value("type"_L1).toString();
    static const QRegularExpression millis(u"(ms|millis|_msec)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (format == "date-time"_L1 || format == "date"_L1)
        return u"iso8601"_s;
    if (type == "integer"_L1 || type == "number"_L1 || format == "unix-time"_L1)
        return millis.match(name).hasMatch() ? u"unix_ms"_s : u"unix_seconds"_s;
    if (!sample.isEmpty()) {
        if (QDateTime::fromString(sample, Qt::ISODate).isValid() || QDateTime::fromString(sample, Qt::ISODateWithMs).isValid())
            return u"iso8601"_s;
        bool numeric = false;
        const qint64 n = sample.toLongLong(&numeric);
        if (numeric && n > 100'000'000'000LL)
            return u"unix_ms"_s;
        if (numeric && n > 100'000'000LL)
            return u"unix_seconds"_s;
    }
    return {};
}

QJsonObject propose(const QString &stream, const Parameters &parameters, QStringList *notes)
{
    // Pairs by how APIs spell them: suffixes on a field (created[gte], updated_at.lt, modified_gte),
    // then whole names. The first item of a pair is the window's start, the second its end.
    struct Pair
    {
        QString start, end;
        bool halfOpen; // [start, end) as the names say; otherwise the bounds' inclusivity is a guess
    };
    QList<Pair> pairs;
    static const QRegularExpression suffixed(u"^(.+?)(\\[gte\\]|\\.gte|_gte|__gte|\\[gt\\]|_after|_from|_since|_start|\\[from\\])$"_s);
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        const auto m = suffixed.match(it.key());
        if (!m.hasMatch())
            continue;
        const QString field = m.captured(1), suffix = m.captured(2);
        static const QHash<QString, QStringList> ends{{u"[gte]"_s, {u"[lt]"_s, u"[lte]"_s}},
                                                      {u".gte"_s, {u".lt"_s, u".lte"_s}},
                                                      {u"_gte"_s, {u"_lt"_s, u"_lte"_s}},
                                                      {u"__gte"_s, {u"__lt"_s, u"__lte"_s}},
                                                      {u"[gt]"_s, {u"[lt]"_s, u"[lte]"_s}},
                                                      {u"_after"_s, {u"_before"_s}},
                                                      {u"_from"_s, {u"_to"_s, u"_until"_s}},
                                                      {u"_since"_s, {u"_until"_s, u"_to"_s}},
                                                      {u"_start"_s, {u"_end"_s}},
                                                      {u"[from]"_s, {u"[to]"_s}}};
        for (const QString &end : ends.value(suffix)) {
            if (parameters.contains(field + end)) {
                const bool fromInclusive = suffix.endsWith("gte]"_L1) || suffix.endsWith("gte"_L1);
                const bool toExclusive = end.endsWith("lt]"_L1) || end.endsWith("lt"_L1);
                pairs.append({it.key(), field + end, fromInclusive && toExclusive});
                break;
            }
        }
    }
    // Whole names: those that say time by themselves, and those (from/to, after/before) that only
    // count when the description gives them a date-time format.
    struct Named
    {
        QString start, end;
        bool saysTime;
    };
    for (const Named &n : {Named{u"start_time"_s, u"end_time"_s, true}, Named{u"startTime"_s, u"endTime"_s, true},
                           Named{u"start_date"_s, u"end_date"_s, true}, Named{u"since"_s, u"until"_s, true}, Named{u"from"_s, u"to"_s, false},
                           Named{u"after"_s, u"before"_s, false}, Named{u"min_date"_s, u"max_date"_s, true}})
        if (parameters.contains(n.start) && parameters.contains(n.end) && (n.saysTime || parameters.value(n.start) == "iso8601"_L1))
            pairs.append({n.start, n.end, false});
    // Prefer a pair on a modification time, then a creation time, then any; a suffixed pair's field
    // must carry a time (a date-time or epoch format, or a time-like field name).
    static const QRegularExpression timeLike(u"(time|date|created|updated|modified|changed|since|until|_at$|At$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const auto rank = [](const Pair &p) {
        const QString n = p.start.toLower();
        return (n.contains("updat"_L1) || n.contains("modif"_L1) || n.contains("chang"_L1) ? 0
                    : n.contains("creat"_L1)                                               ? 1
                                                                                           : 2)
            * 2
            + (p.halfOpen ? 0 : 1);
    };
    std::optional<Pair> best;
    for (const Pair &p : std::as_const(pairs)) {
        if (parameters.value(p.start) != "iso8601"_L1 && !timeLike.match(p.start).hasMatch())
            continue; // an integer range (amount[gte]) is not a time
        if (!best || rank(p) < rank(*best))
            best = p;
    }
    if (!best)
        return {};
    const QString format = parameters.value(best->start).isEmpty() ? u"iso8601"_s : parameters.value(best->start);
    // A start a few years back: the analyst sets the account's oldest record (the builder says so).
    const QString start = QDateTime(QDate(QDate::currentDate().year() - 5, 1, 1), QTime(0, 0), QTimeZone::UTC).toString(Qt::ISODate);
    notes->append(
        u"%1: partition_by_time proposed from %2 and %3 (windows of 30 days read by 4 readers); set its start to the oldest "
        "record's time"_s.arg(stream, best->start, best->end)
        + (best->halfOpen ? QString() : u"; check that %1 includes and %2 excludes its bound in a test read"_s.arg(best->start, best->end)));
    return QJsonObject{{u"start_param"_s, best->start},   {u"end_param"_s, best->end}, {u"start"_s, start},
                       {u"window_seconds"_s, 30 * 86400}, {u"format"_s, format},       {u"concurrency"_s, 4}};
}

} // namespace Orion::RangeFilters

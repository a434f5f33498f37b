#include "analytics/analyticsdata.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Orion {

QString AnalyticsFilter::rangeName(Range range)
{
    switch (range) {
    case Range::Day: return u"24h"_s;
    case Range::Week: return u"7d"_s;
    case Range::Month: return u"30d"_s;
    case Range::Quarter: return u"90d"_s;
    case Range::Custom: return u"custom"_s;
    }
    return {};
}

bool AnalyticsFilter::rangeFromName(const QString &name, Range *range)
{
    for (Range r : {Range::Day, Range::Week, Range::Month, Range::Quarter, Range::Custom}) {
        if (rangeName(r) == name) {
            *range = r;
            return true;
        }
    }
    return false;
}

QJsonObject AnalyticsKpis::toJson() const
{
    return QJsonObject{{u"syncs"_s, syncs},
                       {u"records"_s, records},
                       {u"records_deleted"_s, recordsDeleted},
                       {u"success_rate"_s, successRate()},
                       {u"error_rate"_s, errorRate()},
                       {u"avg_duration_ms"_s, avgDurationMs}};
}

QJsonObject AnalyticsResult::toJson() const
{
    QJsonArray points;
    for (const AnalyticsPoint &p : series) {
        points.append(QJsonObject{{u"bucket"_s, p.bucket.toString(Qt::ISODate)},
                                  {u"succeeded"_s, p.succeeded},
                                  {u"partial"_s, p.partial},
                                  {u"failed"_s, p.failed},
                                  {u"cancelled"_s, p.cancelled},
                                  {u"records"_s, p.records},
                                  {u"records_failed"_s, p.recordsFailed},
                                  {u"error_rate"_s, p.errorRate()},
                                  {u"avg_duration_ms"_s, p.avgDurationMs},
                                  {u"min_duration_ms"_s, p.minDurationMs},
                                  {u"max_duration_ms"_s, p.maxDurationMs}});
    }
    QJsonArray connections;
    for (const AnalyticsConnection &c : perConnection) {
        connections.append(QJsonObject{{u"connection"_s, c.name},
                                       {u"connector"_s, c.connectorId},
                                       {u"syncs"_s, c.syncs},
                                       {u"records"_s, c.records},
                                       {u"failures"_s, c.failures}});
    }
    auto change = [](double now, double before) { return before == 0 ? QJsonValue() : QJsonValue((now - before) / before); };
    return QJsonObject{
        {u"from"_s, from.toString(Qt::ISODate)},
        {u"to"_s, to.toString(Qt::ISODate)},
        {u"bucket"_s, hourly ? u"hour"_s : u"day"_s},
        {u"kpis"_s, current.toJson()},
        {u"previous"_s, previous.toJson()},
        {u"change"_s,
         QJsonObject{{u"syncs"_s, change(double(current.syncs), double(previous.syncs))},
                     {u"records"_s, change(double(current.records), double(previous.records))},
                     {u"avg_duration_ms"_s, change(current.avgDurationMs, previous.avgDurationMs)}}},
        {u"series"_s, points},
        {u"per_connection"_s, connections},
    };
}

} // namespace Orion

#pragma once

#include "connections/connectionsummary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Orion {

// What the dashboard (and `orion analytics`) asks for and gets back; the queries are in
// connectors/store/analytics.h.
struct AnalyticsFilter
{
    enum class Range { Day, Week, Month, Quarter, Custom };
    Range range = Range::Month;
    QDate customFrom, customTo;  // Custom only, inclusive (UTC days)
    QList<qint64> connectionIds; // empty = all
    QStringList connectorIds;    // empty = all
    QDateTime now;               // "now" for the range (default: the current time)
    bool includeHealth = true;   // also list every connection's health

    static QString rangeName(Range range); // 24h, 7d, 30d, 90d, custom
    static bool rangeFromName(const QString &name, Range *range);
};

struct AnalyticsKpis
{
    qint64 syncs = 0;
    qint64 records = 0;
    qint64 recordsDeleted = 0; // marked deleted at the source
    qint64 failedRuns = 0;
    qint64 succeededRuns = 0;
    double avgDurationMs = 0;
    double successRate() const { return syncs ? double(succeededRuns) / double(syncs) : 0.0; }
    double errorRate() const { return syncs ? double(failedRuns) / double(syncs) : 0.0; }
    QJsonObject toJson() const;
};

// One bucket of the series: a UTC day, or an hour for the 24 h range.
struct AnalyticsPoint
{
    QDateTime bucket; // UTC start of the day or hour
    qint64 succeeded = 0, partial = 0, failed = 0, cancelled = 0;
    qint64 records = 0, recordsFailed = 0;
    double avgDurationMs = 0;
    qint64 minDurationMs = 0, maxDurationMs = 0;
    qint64 syncs() const { return succeeded + partial + failed + cancelled; }
    double errorRate() const { return syncs() ? double(failed) / double(syncs()) : 0.0; }
};

struct AnalyticsConnection
{
    qint64 id = 0;
    QString name;
    QString connectorId;
    qint64 syncs = 0, records = 0, failures = 0;
};

struct AnalyticsResult
{
    QDateTime from, to; // the range [from, to)
    bool hourly = false;
    AnalyticsKpis current, previous; // previous: the period of the same length before `from`
    QList<AnalyticsPoint> series;    // every bucket of the range, empty ones included (gaps show as zero)
    QList<AnalyticsConnection> perConnection;
    ConnectionSummaries health;
    qint64 queryMs = 0;
    QJsonObject toJson() const;
};

} // namespace Orion

Q_DECLARE_METATYPE(Orion::AnalyticsResult)

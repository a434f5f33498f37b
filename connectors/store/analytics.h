#pragma once

#include "analytics/analyticsdata.h"

#include <QCoreApplication>
#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace Orion {

class Workspace;

// The dashboard's queries (and `orion analytics`): the connector_analytics view for day buckets
// (a materialized view on PostgreSQL, a plain view on SQLite), sync_metrics for the hourly 24 h
// range. Runs on the calling thread; every value is bound.
class Analytics
{
    Q_DECLARE_TR_FUNCTIONS(Orion::Analytics)
public:
    static bool query(Workspace &workspace, const AnalyticsFilter &filter, AnalyticsResult *result, QString *error);
    // PostgreSQL: REFRESH MATERIALIZED VIEW CONCURRENTLY through orion_refresh_analytics(). No-op on SQLite.
    static bool refresh(Workspace &workspace, QString *error);

    // Benchmarks: sees each statement query() runs with its bound values (not thread-safe to change
    // while queries run).
    static void setTrace(std::function<void(const QString &sql, const QVariantList &binds)> trace);

private:
    // Binds the filter's values after those already bound, traces, executes; the error when it fails.
    static bool run(QSqlQuery &q, const QVariantList &binds, QString *error);
    static bool query(Workspace &workspace, const AnalyticsFilter &filter, qint64 watermark, AnalyticsResult *result, QString *error);
    static std::function<void(const QString &, const QVariantList &)> s_trace;
};

} // namespace Orion

// `orion analytics`, `orion runs`, `orion alert add|list|remove`: what the workspace recorded.
#include "command.h"
#include "output.h"

#include "services/alerts.h"
#include "store/analytics.h"
#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

namespace {

int runAnalytics(Invocation &invocation, Workspace *workspace)
{
    ConnectionStore store(*workspace);
    QString error;
    AnalyticsFilter filter;
    if (invocation.isSet(u"range"_s)
        && (!AnalyticsFilter::rangeFromName(invocation.value(u"range"_s), &filter.range) || filter.range == AnalyticsFilter::Range::Custom))
        return usage(u"--range must be 24h, 7d, 30d or 90d"_s);
    if (invocation.isSet(u"connection"_s)) {
        const auto c = store.connectionByName(invocation.value(u"connection"_s), &error);
        if (!c)
            return error.isEmpty() ? usage(u"there is no connection named \"%1\""_s.arg(invocation.value(u"connection"_s))) : fail(error);
        filter.connectionIds << c->id;
    }
    AnalyticsResult result;
    if (!Analytics::query(*workspace, filter, &result, &error))
        return fail(error);
    if (invocation.json()) {
        out() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    auto pct = [](double v) { return QString::number(v * 100.0, 'f', 1) + u'%'; };
    out() << "Range " << result.from.toString(Qt::ISODate) << " – " << result.to.toString(Qt::ISODate) << Qt::endl
          << "  syncs        " << result.current.syncs << "  (previous " << result.previous.syncs << ")" << Qt::endl
          << "  records      " << result.current.records << "  (previous " << result.previous.records << ")" << Qt::endl
          << "  success rate " << pct(result.current.successRate()) << "  (previous " << pct(result.previous.successRate()) << ")" << Qt::endl
          << "  error rate   " << pct(result.current.errorRate()) << "  (previous " << pct(result.previous.errorRate()) << ")" << Qt::endl
          << "  avg duration " << qRound64(result.current.avgDurationMs) << " ms  (previous " << qRound64(result.previous.avgDurationMs) << " ms)"
          << Qt::endl;
    for (const AnalyticsPoint &p : result.series) {
        out() << "  " << p.bucket.toString(result.hourly ? u"yyyy-MM-dd HH:00"_s : u"yyyy-MM-dd"_s) << "  " << p.syncs() << " syncs (" << p.failed
              << " failed), " << p.records << " records" << Qt::endl;
    }
    return 0;
}

int checkAlert(Invocation &invocation)
{
    invocation.takeSub();
    if (invocation.sub == "add"_L1) {
        AlertRule::Trigger trigger;
        if (invocation.args.size() != 1 || !invocation.isSet(u"slack"_s) || !invocation.isSet(u"channel"_s)
            || !AlertRule::triggerFromName(invocation.value(u"on"_s), &trigger))
            return usage(u"alert add takes CONNECTION --slack SLACK_CONNECTION --channel C --on failure|recovery|every_run|drift"_s);
    } else if (invocation.sub == "remove"_L1) {
        bool ok = false;
        if (invocation.args.size() != 1 || invocation.args.first().toLongLong(&ok) <= 0 || !ok)
            return usage(u"alert remove takes a rule id (see 'orion alert list')"_s);
    } else if (invocation.sub != "list"_L1 || !invocation.args.isEmpty()) {
        return usage(u"alert needs add, list or remove; run 'orion alert --help'"_s);
    }
    return 0;
}

int runAlert(Invocation &invocation, Workspace *workspace)
{
    ConnectionStore store(*workspace);
    QString error;
    Alerts alerts(*workspace);
    if (invocation.sub == "list"_L1) {
        const QList<AlertRule> rules = alerts.rules(0, &error);
        if (!error.isEmpty())
            return fail(error);
        for (const AlertRule &r : rules) {
            if (invocation.json())
                out() << QJsonDocument(QJsonObject{{u"id"_s, r.id},
                                                   {u"connection"_s, r.connectionName},
                                                   {u"slack"_s, r.slackConnectionName},
                                                   {u"channel"_s, r.channel},
                                                   {u"on"_s, AlertRule::triggerName(r.trigger)},
                                                   {u"enabled"_s, r.enabled}})
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            else
                out() << r.id << "  " << r.connectionName << " → " << r.slackConnectionName << " " << r.channel << " on "
                      << AlertRule::triggerName(r.trigger) << Qt::endl;
        }
        return 0;
    }
    if (invocation.sub == "remove"_L1)
        return alerts.removeRule(invocation.args.first().toLongLong(), &error) ? 0 : usage(error);
    AlertRule rule;
    AlertRule::triggerFromName(invocation.value(u"on"_s), &rule.trigger);
    const auto watched = store.connectionByName(invocation.args.first(), &error);
    const auto slack = store.connectionByName(invocation.value(u"slack"_s), &error);
    if (!watched || !slack)
        return error.isEmpty()
            ? usage(u"there is no connection named \"%1\""_s.arg(!watched ? invocation.args.first() : invocation.value(u"slack"_s)))
            : fail(error);
    if (slack->connectorId != "slack"_L1)
        return usage(u"\"%1\" is not a Slack connection"_s.arg(slack->name));
    rule.connectionId = watched->id;
    rule.slackConnectionId = slack->id;
    rule.channel = invocation.value(u"channel"_s);
    const qint64 id = alerts.addRule(rule, &error);
    if (!id)
        return fail(error);
    out() << "Alert rule " << id << ": " << watched->name << " → " << slack->name << " " << rule.channel << " on "
          << AlertRule::triggerName(rule.trigger) << Qt::endl;
    return 0;
}

int runRuns(Invocation &invocation, Workspace *workspace)
{
    qint64 limit = 50;
    QString error;
    if (!intOption(invocation.parser, u"limit"_s, 1, 1'000'000, &limit, &error))
        return usage(error);
    ConnectionStore store(*workspace);
    ConnectionStore::RunFilter filter;
    filter.limit = int(limit);
    if (invocation.isSet(u"connection"_s)) {
        const auto c = store.connectionByName(invocation.value(u"connection"_s), &error);
        if (!c)
            return error.isEmpty() ? usage(u"there is no connection named \"%1\""_s.arg(invocation.value(u"connection"_s))) : fail(error);
        filter.connectionId = c->id;
    }
    const QList<SyncRun> runs = store.runs(filter, &error);
    if (!error.isEmpty())
        return fail(error);
    for (const SyncRun &r : runs) {
        if (invocation.json()) {
            out() << QJsonDocument(QJsonObject{
                                       {u"id"_s, r.id},
                                       {u"connection"_s, r.connectionName},
                                       {u"stream"_s, r.stream},
                                       {u"started_at"_s, r.startedAt.toString(Qt::ISODateWithMs)},
                                       {u"status"_s, SyncRun::statusName(r.status)},
                                       {u"records_read"_s, r.recordsProcessed},
                                       {u"records_written"_s, r.recordsWritten},
                                       {u"records_failed"_s, r.recordsFailed},
                                       {u"duration_ms"_s, r.durationMs},
                                       {u"error_class"_s, r.errorClass.isEmpty() ? QJsonValue() : QJsonValue(r.errorClass)},
                                       {u"error"_s, r.errorMessage.isEmpty() ? QJsonValue() : QJsonValue(r.errorMessage)},
                                   })
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        } else {
            out() << r.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << "  " << r.connectionName.leftJustified(24) << ' '
                  << r.stream.leftJustified(12) << ' ' << SyncRun::statusName(r.status).leftJustified(9) << ' '
                  << QString::number(r.recordsProcessed).rightJustified(8) << " read  " << QString::number(r.durationMs).rightJustified(7) << " ms"
                  << (r.errorMessage.isEmpty() ? QString() : u"  "_s + r.errorClass + u": "_s + r.errorMessage) << Qt::endl;
        }
    }
    return 0;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {u"analytics"_s,
         [] {
             return uR"(Usage: orion analytics [--range 24h|7d|30d|90d] [--connection NAME] [--json]

The KPIs the dashboard shows for the range (syncs, records, success and error rate, average
duration) with the previous period of the same length, the series (per hour for 24h, per UTC day
otherwise), and the totals per connection. Current at once: on PostgreSQL the runs recorded since
the analytics view's last refresh are added to it.
)"_s;
         },
         nullptr, nullptr, nullptr, runAnalytics},
        {u"runs"_s,
         [] { return u"Usage: orion runs [--connection NAME] [--limit N] [--json]\n\nList sync runs, newest first (default limit 50).\n"_s; },
         nullptr, nullptr, nullptr, runRuns},
        {u"alert"_s,
         [] {
             return uR"(Usage:
  orion alert add CONNECTION --slack SLACK_CONNECTION --channel C --on failure|recovery|every_run|drift
  orion alert list [--json]
  orion alert remove ID

After each run of CONNECTION, matching rules post a notification through SLACK_CONNECTION to channel C:
on failure (the run failed: names the error class and the run id), on recovery (the first success
after failures), or on every run.
)"_s;
         },
         checkAlert, nullptr, nullptr, runAlert},
    };
}

} // namespace Orion::Cli

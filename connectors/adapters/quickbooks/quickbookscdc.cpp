// QuickBooks Online's Change Data Capture as the incremental path of a stream: the objects changed
// since the last sync as they are now, deletions included.
#include "adapters/quickbooks/quickbooksconnector.h"
#include "adapters/quickbooks/quickbooksdetail.h"

#include "runtime/httpclient.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Orion::QuickBooksDetail {

namespace {

constexpr qint64 kMarginSeconds = 60;            // changes committed while the server answered
constexpr qint64 kLookBackSeconds = 30 * 86'400; // QuickBooks' documented look-back

QString entityOf(RecordKind kind)
{
    return kind == RecordKind::Customer ? u"Customer"_s : u"Invoice"_s;
}

class ChangeReader : public StreamReader
{
public:
    ChangeReader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint)
        : m_ctx(ctx)
        , m_kind(kind)
        , m_checkpoint(checkpoint)
    {
        if (!cdcReaches(checkpoint, QDateTime::currentDateTimeUtc())) {
            ctx.log(u"the last sync is older than QuickBooks' change data reaches (30 days): reading by query"_s);
            QJsonObject walk = checkpoint;
            walk.remove(u"changed_since"_s); // this walk notes its own
            m_query = openQueryReader(ctx, kind, walk, false);
        } else {
            ctx.log(u"incremental: %1 changes since %2"_s.arg(entityOf(kind), checkpoint.value("changed_since"_L1).toString()));
        }
    }

    bool next(Page *page, Failure *failure) override
    {
        if (m_query)
            return m_query->next(page, failure);
        const QString entity = entityOf(m_kind);
        QJsonObject body;
        const QString since = m_checkpoint.value("changed_since"_L1).toString();
        if (!m_ctx.http->fetchJsonObject(
                request("GET", endpoint(m_ctx, u"/cdc"_s, {{u"entities"_s, entity}, {u"changedSince"_s, since}})), u"QuickBooks"_s,
                [](const HttpResponse &r) { return QuickBooksConnector::errorFor(r, u"the change data"_s); }, &body, failure))
            return false;
        // {"CDCResponse":[{"QueryResponse":[{"Customer":[…],"startPosition":1,"maxResults":N}, …]}],"time":…};
        // no entity key when nothing changed.
        QJsonArray objects;
        for (const QJsonValue &response : body.value("CDCResponse"_L1).toArray()) {
            for (const QJsonValue &part : response.toObject().value("QueryResponse"_L1).toArray()) {
                for (const QJsonValue &o : part.toObject().value(entity).toArray())
                    objects.append(o);
            }
        }
        QList<QJsonObject> changes;
        for (const QJsonValue &o : std::as_const(objects))
            changes.append(o.toObject());
        const auto updated = [](const QJsonObject &o) { return parseTime(o.value("MetaData"_L1).toObject().value("LastUpdatedTime"_L1)); };
        std::stable_sort(changes.begin(), changes.end(), [&](const QJsonObject &a, const QJsonObject &b) { return updated(a) < updated(b); });
        QString newest = m_checkpoint.value("since"_L1).toString();
        for (const QJsonObject &object : std::as_const(changes)) {
            ++page->sourceRecords;
            const QString id = object.value("Id"_L1).toString();
            const QDateTime at = updated(object);
            if (at.isValid() && (newest.isEmpty() || at > parseTime(newest)))
                newest = object.value("MetaData"_L1).toObject().value("LastUpdatedTime"_L1).toString();
            // Deleted transactions, and customers made inactive (QuickBooks' way of deleting one).
            if (object.value("status"_L1).toString() == "Deleted"_L1
                || (m_kind == RecordKind::Customer && object.value("Active"_L1).isBool() && !object.value("Active"_L1).toBool())) {
                page->deletions.append({m_kind, id, at});
                continue;
            }
            addRecord(m_ctx, m_kind, entity, object, page);
        }
        const QString changedSince = changedSinceOf(body);
        if (changes.size() >= kCdcLimit) {
            // More changes than one answer holds: these are applied; the query walk from the last
            // sync's time reads every changed record, and the next run's changes start from now.
            m_ctx.log(u"QuickBooks answered its limit of %1 changes: reading the changed records by query since %2"_s.arg(kCdcLimit).arg(
                m_checkpoint.value("since"_L1).toString()));
            QJsonObject walk{{u"changed_since"_s, changedSince}};
            if (m_checkpoint.contains("since"_L1))
                walk.insert(u"since"_s, m_checkpoint.value("since"_L1));
            m_query = openQueryReader(m_ctx, m_kind, walk, false);
            page->checkpoint = m_checkpoint; // a run killed now asks for the same changes again
            return true;
        }
        page->done = true;
        page->checkpoint = QJsonObject{{u"since"_s, newest}, {u"changed_since"_s, changedSince}};
        if (newest.isEmpty())
            page->checkpoint.remove(u"since"_s);
        return true;
    }

private:
    const ConnectorContext &m_ctx;
    RecordKind m_kind;
    QJsonObject m_checkpoint;
    std::unique_ptr<StreamReader> m_query; // the query walk instead (too old, or too many changes)
};

} // namespace

QString changedSinceOf(const QJsonObject &body)
{
    QDateTime time = parseTime(body.value("time"_L1));
    if (!time.isValid())
        time = QDateTime::currentDateTimeUtc();
    return time.addSecs(-kMarginSeconds).toUTC().toString(Qt::ISODate);
}

bool hasCdcCursor(const QJsonObject &checkpoint)
{
    return checkpoint.value("changed_since"_L1).isString() && !checkpoint.contains("boundary"_L1);
}

bool cdcReaches(const QJsonObject &checkpoint, const QDateTime &now)
{
    const QDateTime since = parseTime(checkpoint.value("changed_since"_L1));
    return since.isValid() && since.secsTo(now) < kLookBackSeconds - 3600;
}

std::unique_ptr<StreamReader> openChangeReader(const ConnectorContext &ctx, RecordKind kind, const QJsonObject &checkpoint)
{
    return std::make_unique<ChangeReader>(ctx, kind, checkpoint);
}

} // namespace Orion::QuickBooksDetail

#include "adapters/declarative/declarativeconnector.h"

#include "mapping/mappingset.h"
#include "mapping/sourceprofile.h"
#include "mapping/transforms.h"
#include "runtime/authenticator.h"
#include "runtime/httpclient.h"
#include "runtime/ratebudget.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

namespace DeclarativeDetail {

// {{ name }} → the value of name in `vars` (text); unknown names become empty (validation refused them).
QString fill(const QString &text, const QHash<QString, QString> &vars, bool urlEncode)
{
    static const QRegularExpression variable(u"\\{\\{\\s*([^}]*?)\\s*\\}\\}"_s);
    QString out;
    qsizetype last = 0;
    auto it = variable.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString value = vars.value(m.captured(1));
        out += urlEncode ? QString::fromLatin1(QUrl::toPercentEncoding(value)) : value;
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QJsonValue fillJson(const QJsonValue &v, const QHash<QString, QString> &vars)
{
    if (v.isString())
        return fill(v.toString(), vars, false);
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = fillJson(it.value(), vars);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a.replace(i, fillJson(a.at(i), vars));
        return a;
    }
    return v;
}

QString asText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return {};
}

// A later cursor value: numbers numerically, dates by time, other text lexically.
bool later(const QJsonValue &a, const QString &current)
{
    if (current.isEmpty())
        return true;
    if (a.isDouble())
        return a.toDouble() > current.toDouble();
    const QDateTime x = Transforms::parseDateTime(a, false), y = Transforms::parseDateTime(QJsonValue(current), false);
    if (x.isValid() && y.isValid())
        return x > y;
    return asText(a) > current;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host()
        && a.port(a.scheme() == "https"_L1 ? 443 : 80) == b.port(b.scheme() == "https"_L1 ? 443 : 80);
}

QUrl nextFromLinkHeader(const QByteArray &link)
{
    // <https://api.example/items?page=3>; rel="next", <…>; rel="last"
    for (const QByteArray &part : link.split(',')) {
        const QByteArray p = part.trimmed();
        if (!p.contains("rel=\"next\"") && !p.contains("rel=next"))
            continue;
        const qsizetype open = p.indexOf('<'), close = p.indexOf('>');
        if (open >= 0 && close > open)
            return QUrl(QString::fromUtf8(p.mid(open + 1, close - open - 1)));
    }
    return {};
}

class Reader : public StreamReader
{
public:
    // `window`: one window of partition_by_time ({gte, lt} as ISO times; no lt for the newest).
    Reader(const ConnectorSpec &spec, const QJsonObject &stream, const ConnectorContext &ctx, const QJsonObject &checkpoint, bool fullRefresh,
           const QJsonObject &window = {})
        : m_spec(spec)
        , m_stream(stream)
        , m_ctx(ctx)
        , m_paginator(stream.value("paginator"_L1).toObject())
        , m_incremental(stream.value("incremental"_L1).toObject())
        , m_window(window)
    {
        MappingTarget target;
        mappingTargetFromName(stream.value("kind"_L1).toString(), &target);
        m_target = target;
        MappingSuggestions rules;
        for (const QJsonValue &v : stream.value("mappings"_L1).toArray()) {
            const QJsonObject m = v.toObject();
            MappingSuggestion s;
            s.targetField = m.value("target_field"_L1).toString();
            s.sourcePath = m.value("source_path"_L1).toString();
            transformationFromName(m.value("transformation"_L1).toString(u"none"_s), &s.transformation);
            s.parameters = m.value("parameters"_L1).toObject();
            s.confidence = 1;
            rules << s;
        }
        m_mapping = MappingSet(target, rules);
        // format_phone reads national numbers in the connection's region, as the built-in connectors do.
        m_mapping.setDefaultRegion(ctx.setting(u"default_region"_s));
        m_primaryKey = SourceProfile::compile(stream.value("primary_key"_L1).toString());
        m_selector = SourceProfile::compile(stream.value("record_selector"_L1).toObject().value("path"_L1).toString());
        m_filter = stream.value("record_selector"_L1).toObject().value("filter"_L1).toObject();
        // The incremental start: the saved cursor less the lookback, or the spec's start.
        if (!m_incremental.isEmpty()) {
            QString cursor = fullRefresh ? QString() : checkpoint.value("cursor"_L1).toString();
            if (cursor.isEmpty())
                cursor = m_incremental.value("start"_L1).toString();
            const int lookback = m_incremental.value("lookback_seconds"_L1).toInt();
            const QDateTime dt = Transforms::parseDateTime(QJsonValue(cursor), false);
            if (lookback > 0 && dt.isValid())
                cursor = dt.addSecs(-lookback).toString(Qt::ISODate);
            m_requestCursor = cursor;
            m_startCursor = fullRefresh ? QString() : checkpoint.value("cursor"_L1).toString();
            m_maxCursor = m_startCursor;
        }
        // Resuming a run: the page to continue from (and the partition).
        if (!fullRefresh && checkpoint.contains("page"_L1)) {
            m_page = checkpoint.value("page"_L1).toObject();
            m_partitionIndex = checkpoint.value("partition"_L1).toInt();
            m_requestCursor = checkpoint.value("request_cursor"_L1).toString(m_requestCursor);
        }
        m_rules = stream.value("error_handler"_L1).toObject().value("rules"_L1).toArray();
        m_maxRetries = stream.value("error_handler"_L1).toObject().value("max_retries"_L1).toInt(5);
        m_backoffSeconds = stream.value("error_handler"_L1).toObject().value("backoff_seconds"_L1).toDouble(1.0);
        for (const SettingSpec &s : DeclarativeConnector(spec).settings())
            if (s.type != SettingSpec::Type::Secret)
                m_vars.insert(u"config."_s + s.key, ctx.setting(s.key));
    }

    bool next(Page *page, Failure *failure) override
    {
        if (!m_partitionsLoaded && !loadPartitions(failure))
            return false;
        if (m_partitions && m_partitionIndex >= m_partitionValues.size()) {
            finish(page);
            return true;
        }
        if (m_partitions)
            m_vars.insert(u"partition."_s + m_stream.value("partition"_L1).toObject().value("name"_L1).toString(),
                          m_partitionValues.at(m_partitionIndex));
        QJsonArray records;
        QJsonObject nextPage;
        bool ignored = false;
        if (!fetch(m_page, &records, &nextPage, &ignored, failure))
            return false;
        for (const QJsonValue &r : std::as_const(records))
            if (r.isObject())
                emitRecord(r.toObject(), page);
        page->sourceRecords += records.size();
        if (!nextPage.isEmpty() && !ignored) {
            if (!guardAgainstLoops(records, nextPage, failure))
                return false;
            m_page = nextPage;
            page->checkpoint = QJsonObject{
                {u"cursor"_s, m_startCursor}, {u"request_cursor"_s, m_requestCursor}, {u"page"_s, m_page}, {u"partition"_s, m_partitionIndex}};
            return true;
        }
        // This partition (or the stream) is read to the end.
        m_page = QJsonObject();
        m_seenPages.clear();
        m_lastPageDigest.clear();
        if (m_partitions && ++m_partitionIndex < m_partitionValues.size()) {
            page->checkpoint = QJsonObject{
                {u"cursor"_s, m_startCursor}, {u"request_cursor"_s, m_requestCursor}, {u"page"_s, QJsonObject()}, {u"partition"_s, m_partitionIndex}};
            return true;
        }
        finish(page);
        return true;
    }

    // One page's request; *records the selected records, *nextPage the next page's state (empty: last).
    bool fetch(const QJsonObject &pageState, QJsonArray *records, QJsonObject *nextPage, bool *ignored, Failure *failure)
    {
        const QString type = m_paginator.value("type"_L1).toString(u"none"_s);
        m_vars.insert(u"cursor"_s, m_requestCursor);
        m_vars.insert(u"page_token"_s, pageState.value("token"_L1).toString());
        HttpRequest request;
        request.method = m_stream.value("method"_L1).toString(u"GET"_s).toLatin1();
        if (pageState.contains("url"_L1)) {
            request.url = QUrl(pageState.value("url"_L1).toString()); // next_url / Link: the whole next URL
        } else {
            QString base = baseUrl().toString();
            while (base.endsWith(u'/'))
                base.chop(1);
            request.url = QUrl(base + fill(m_stream.value("path"_L1).toString(), m_vars, true));
            QUrlQuery query(request.url);
            const QJsonObject params = m_stream.value("request"_L1).toObject().value("params"_L1).toObject();
            for (auto it = params.begin(); it != params.end(); ++it) {
                const QString value = fill(it.value().toString(), m_vars, false);
                if (!value.isEmpty()) // an unset cursor leaves its parameter out
                    query.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(value)));
            }
            const QJsonObject byTime = m_stream.value("partition_by_time"_L1).toObject();
            for (const char *bound : {"gte", "lt"}) { // a window's bounds, in the API's own notation
                const QDateTime at = QDateTime::fromString(m_window.value(QLatin1StringView(bound)).toString(), Qt::ISODate);
                if (!at.isValid())
                    continue;
                const QString format = byTime.value("format"_L1).toString(u"iso8601"_s);
                const QString text = format == "unix_seconds"_L1 ? QString::number(at.toSecsSinceEpoch())
                    : format == "unix_ms"_L1                     ? QString::number(at.toMSecsSinceEpoch())
                                                                 : at.toUTC().toString(Qt::ISODate);
                query.addQueryItem(byTime.value(QLatin1StringView(qstrcmp(bound, "gte") == 0 ? "start_param" : "end_param")).toString(),
                                   QString::fromLatin1(QUrl::toPercentEncoding(text)));
            }
            if (m_window.isEmpty() && !m_incremental.isEmpty() && !m_incremental.value("request_param"_L1).toString().isEmpty()
                && !m_requestCursor.isEmpty() && !params.contains(m_incremental.value("request_param"_L1).toString()))
                query.addQueryItem(m_incremental.value("request_param"_L1).toString(), QString::fromLatin1(QUrl::toPercentEncoding(m_requestCursor)));
            const int size = m_paginator.value("page_size"_L1).toInt(100);
            if (type == "offset"_L1) {
                query.addQueryItem(m_paginator.value("offset_param"_L1).toString(u"offset"_s),
                                   QString::number(pageState.value("offset"_L1).toInteger()));
                query.addQueryItem(m_paginator.value("limit_param"_L1).toString(u"limit"_s), QString::number(size));
            } else if (type == "page_number"_L1) {
                const int start = m_paginator.value("start_page"_L1).toInt(1);
                query.addQueryItem(m_paginator.value("page_param"_L1).toString(u"page"_s), QString::number(pageState.value("page"_L1).toInt(start)));
                query.addQueryItem(m_paginator.value("size_param"_L1).toString(u"per_page"_s), QString::number(size));
            } else if (type == "cursor"_L1 || type == "link_header"_L1) {
                if (type == "cursor"_L1 && pageState.contains("token"_L1))
                    query.addQueryItem(m_paginator.value("cursor_param"_L1).toString(),
                                       QString::fromLatin1(QUrl::toPercentEncoding(pageState.value("token"_L1).toString())));
                if (m_paginator.contains("page_size"_L1))
                    query.addQueryItem(m_paginator.value("size_param"_L1).toString(u"limit"_s), QString::number(size));
            }
            request.url.setQuery(query);
        }
        const QJsonObject headers = m_stream.value("request"_L1).toObject().value("headers"_L1).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            request.headers.append({it.key().toLatin1(), fill(it.value().toString(), m_vars, false).toUtf8()});
        if (request.method == "POST") {
            request.headers.append({QByteArray("content-type"), QByteArray("application/json")});
            request.body = QJsonDocument(fillJson(m_stream.value("request"_L1).toObject().value("body"_L1).toObject(), m_vars).toObject())
                               .toJson(QJsonDocument::Compact);
        }
        request.headers.append({QByteArray("accept"), QByteArray("application/json")});

        HttpResponse response;
        if (!send(request, &response, ignored, failure))
            return false;
        if (*ignored)
            return true;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *failure = Failure::system(u"%1 answered with something that is not JSON (%2)"_s.arg(m_spec.displayName(), parseError.errorString()));
            return false;
        }
        const QJsonObject body = doc.object();
        QJsonValue selected
            = !m_selector.isValid() ? (doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(body)) : SourceProfile::valueAt(body, m_selector);
        if (selected.isUndefined() || selected.isNull())
            selected = QJsonArray();
        if (!selected.isArray()) {
            *failure = Failure::config(
                u"record_selector.path of stream %1 does not lead to a list in the answer"_s.arg(m_stream.value("name"_L1).toString()));
            return false;
        }
        QJsonArray selectedRecords;
        for (const QJsonValue &r : selected.toArray())
            if (accepted(r.toObject()))
                selectedRecords.append(r);
        *records = selectedRecords;
        const qsizetype got = selected.toArray().size();
        const int size = m_paginator.value("page_size"_L1).toInt(100);
        if (type == "offset"_L1) {
            if (got >= size)
                *nextPage = QJsonObject{{u"offset"_s, pageState.value("offset"_L1).toInteger() + got}};
        } else if (type == "page_number"_L1) {
            if (got >= size)
                *nextPage = QJsonObject{{u"page"_s, pageState.value("page"_L1).toInt(m_paginator.value("start_page"_L1).toInt(1)) + 1}};
        } else if (type == "cursor"_L1) {
            QString token;
            if (m_paginator.contains("cursor_header"_L1))
                token = QString::fromUtf8(response.header(m_paginator.value("cursor_header"_L1).toString().toLatin1()));
            else if (m_paginator.contains("cursor_from_last_record"_L1)) // Stripe's starting_after=<last id>
                token = got
                    ? asText(SourceProfile::valueAt(selected.toArray().last().toObject(), m_paginator.value("cursor_from_last_record"_L1).toString()))
                    : QString();
            else
                token = asText(SourceProfile::valueAt(body, m_paginator.value("cursor_path"_L1).toString()));
            const bool stop
                = m_paginator.contains("stop_path"_L1) && !SourceProfile::valueAt(body, m_paginator.value("stop_path"_L1).toString()).toBool();
            if (!token.isEmpty() && got > 0 && !stop)
                *nextPage = QJsonObject{{u"token"_s, token}};
        } else if (type == "next_url"_L1 || type == "link_header"_L1) {
            QUrl next = type == "next_url"_L1 ? QUrl(asText(SourceProfile::valueAt(body, m_paginator.value("next_url_path"_L1).toString())))
                                              : nextFromLinkHeader(response.header("link"));
            if (next.isRelative() && !next.isEmpty())
                next = request.url.resolved(next);
            if (!next.isEmpty()) {
                if (!sameOrigin(next, baseUrl())) {
                    *failure = Failure::config(u"the next page's URL (%1) leaves %2; refused"_s.arg(next.host(), baseUrl().host()));
                    return false;
                }
                *nextPage = QJsonObject{{u"url"_s, next.toString()}};
            }
        }
        return true;
    }

private:
    // A walk that would never end stops with the reason: a next page that is the page just read (a
    // cursor or URL that did not move) or one read before, or an answer that repeats the previous
    // page's records (an API ignoring the paging parameter).
    bool guardAgainstLoops(const QJsonArray &records, const QJsonObject &nextPage, Failure *failure)
    {
        const QString stream = m_stream.value("name"_L1).toString();
        const QString next = QString::fromUtf8(QJsonDocument(nextPage).toJson(QJsonDocument::Compact));
        m_seenPages.insert(QString::fromUtf8(QJsonDocument(m_page).toJson(QJsonDocument::Compact)));
        if (nextPage == m_page || m_seenPages.contains(next)) {
            *failure = Failure::config(u"stream %1: the next page (%2) is %3; stopped so the read does not loop — check the paginator's %4"_s.arg(
                stream, next.left(200), nextPage == m_page ? u"the page just read: the cursor did not move"_s : u"one read before"_s,
                m_paginator.value("type"_L1).toString() == "cursor"_L1 ? u"cursor_path and cursor_param"_s : u"settings"_s));
            return false;
        }
        const QByteArray digest = QCryptographicHash::hash(QJsonDocument(records).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1);
        if (!records.isEmpty() && digest == m_lastPageDigest) {
            *failure = Failure::config(u"stream %1: the answer to %2 repeats the previous page's %3 record(s); stopped so the read does not "
                                       "loop — the API may ignore the paging parameter"_s
                                           .arg(stream, QString::fromUtf8(QJsonDocument(m_page).toJson(QJsonDocument::Compact)).left(200))
                                           .arg(records.size()));
            return false;
        }
        m_lastPageDigest = digest;
        return true;
    }

    // The connection's base_url setting (e.g. a sandbox) or the spec's.
    QUrl baseUrl() const
    {
        const QString setting = m_ctx.setting(u"base_url"_s);
        return setting.isEmpty() ? m_spec.baseUrl() : QUrl(setting);
    }

    bool accepted(const QJsonObject &record) const
    {
        if (m_filter.isEmpty())
            return true;
        const QJsonValue v = SourceProfile::valueAt(record, m_filter.value("field"_L1).toString());
        if (m_filter.contains("equals"_L1) && v != m_filter.value("equals"_L1))
            return false;
        if (m_filter.contains("not_equals"_L1) && v == m_filter.value("not_equals"_L1))
            return false;
        if (m_filter.value("not_empty"_L1).toBool() && (v.isUndefined() || v.isNull() || asText(v).isEmpty()))
            return false;
        return true;
    }

    void emitRecord(const QJsonObject &raw, Page *page)
    {
        if (!m_incremental.isEmpty()) {
            const QJsonValue c = SourceProfile::valueAt(raw, m_incremental.value("cursor_field"_L1).toString());
            if (!c.isUndefined() && !c.isNull() && later(c, m_maxCursor))
                m_maxCursor = asText(c);
        }
        MappingSet::Result r = m_mapping.apply(raw);
        if (!r.unified.contains("external_id"_L1))
            r.unified.insert(u"external_id"_s, asText(SourceProfile::valueAt(raw, m_primaryKey)));
        for (const MappingSet::FieldError &e : std::as_const(r.errors))
            if (m_loggedErrors++ < 20 && m_ctx.log)
                m_ctx.log(u"%1: %2 ← %3: %4"_s.arg(r.unified.value("external_id"_L1).toString(), e.targetField, e.sourcePath, e.message));
        QString error;
        if (m_target == MappingTarget::Customer) {
            UnifiedCustomer c;
            if (UnifiedCustomer::fromJson(r.unified, &c, &error)) {
                c.connectionId = m_ctx.connectionId;
                c.source = u"custom:"_s + m_spec.name();
                c.raw = raw;
                page->customers.append(std::move(c));
                return;
            }
        } else {
            if (!r.unified.contains("status"_L1))
                r.unified.insert(u"status"_s, u"open"_s);
            if (!r.unified.contains("line_items"_L1))
                r.unified.insert(u"line_items"_s, QJsonArray());
            UnifiedInvoice inv;
            if (UnifiedInvoice::fromJson(r.unified, &inv, &error)) {
                inv.connectionId = m_ctx.connectionId;
                inv.source = u"custom:"_s + m_spec.name();
                inv.raw = raw;
                page->invoices.append(std::move(inv));
                return;
            }
        }
        ++page->failedRecords;
        if (m_ctx.log)
            m_ctx.log(u"record skipped: %1"_s.arg(error));
    }

    void finish(Page *page)
    {
        page->done = true;
        page->checkpoint = m_incremental.isEmpty() ? QJsonObject() : QJsonObject{{u"cursor"_s, m_maxCursor}};
    }

    // The error handler: the first rule naming the status decides; otherwise 429 rate_limited, 5xx
    // retry, 401 refresh_then_retry (the client already refreshed once), other codes fail.
    QString actionFor(int status) const
    {
        for (const QJsonValue &v : m_rules) {
            for (const QJsonValue &s : v.toObject().value("status"_L1).toArray())
                if (s.toInt() == status)
                    return v.toObject().value("action"_L1).toString();
        }
        if (status == 429)
            return u"rate_limited"_s;
        if (status >= 500)
            return u"retry"_s;
        if (status == 401)
            return u"refresh_then_retry"_s;
        return u"fail"_s;
    }

    bool send(const HttpRequest &request, HttpResponse *response, bool *ignored, Failure *failure)
    {
        HttpClient &http = *m_ctx.http;
        bool refreshed = false;
        for (int attempt = 0;; ++attempt) {
            *response = http.send(request);
            if (response->status >= 200 && response->status < 300 && !response->failure)
                return true;
            if (response->status == 0) { // no answer: network, timeout or cancellation
                if (response->failure.errorClass == ErrorClass::Transient && attempt < m_maxRetries && !http.isCancelled()) {
                    if (!http.sleep(std::chrono::milliseconds(backoffMs(attempt)))) {
                        *failure = Failure::cancelled(u"Cancelled."_s);
                        return false;
                    }
                    continue;
                }
                *failure = response->failure;
                return false;
            }
            const QString action = actionFor(response->status);
            if (action == "ignore"_L1) {
                *ignored = true;
                if (m_ctx.log)
                    m_ctx.log(u"%1 answered %2 for %3: ignored by the error handler"_s.arg(m_spec.displayName())
                                  .arg(response->status)
                                  .arg(request.url.path()));
                return true;
            }
            if (action == "refresh_then_retry"_L1 && !refreshed && http.authenticator()) {
                refreshed = true;
                Failure f;
                if (!http.authenticator()->refreshAfterUnauthorized(http, &f)) {
                    *failure = f ? f : Failure::config(describe(*response));
                    return false;
                }
                continue;
            }
            const bool again = (action == "retry"_L1 || action == "rate_limited"_L1) && attempt < m_maxRetries;
            if (!again) {
                *failure = response->status >= 500 || response->status == 429 ? Failure::transient(describe(*response))
                                                                              : Failure::config(describe(*response));
                if (response->status == 401 || response->status == 403)
                    failure->reauthorize = m_spec.authenticator().value("type"_L1).toString() == "oauth2"_L1;
                return false;
            }
            qint64 wait = backoffMs(attempt);
            if (action == "rate_limited"_L1) {
                if (const auto after = RetryPolicy::parseRetryAfter(response->header("retry-after"), QDateTime::currentDateTimeUtc()))
                    wait = std::min<qint64>(*after, 120'000);
            }
            if (!http.sleep(std::chrono::milliseconds(wait))) {
                *failure = Failure::cancelled(u"Cancelled."_s);
                return false;
            }
        }
    }

    qint64 backoffMs(int attempt) const
    {
        const double base = m_backoffSeconds * 1000.0 * double(1 << std::min(attempt, 10));
        return qint64(base * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble()));
    }

    QString describe(const HttpResponse &r) const
    {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QString detail = o.value("message"_L1).toString();
        if (detail.isEmpty())
            detail = o.value("error"_L1).isObject() ? o.value("error"_L1).toObject().value("message"_L1).toString() : o.value("error"_L1).toString();
        return u"%1 answered %2%3"_s.arg(m_spec.displayName()).arg(r.status).arg(detail.isEmpty() ? QString() : u": "_s + detail.left(300));
    }

    // A partitioned stream first reads its parent's key values (one level).
    bool loadPartitions(Failure *failure)
    {
        m_partitionsLoaded = true;
        const QJsonObject partition = m_stream.value("partition"_L1).toObject();
        if (partition.isEmpty())
            return true;
        m_partitions = true;
        const auto parent = m_spec.stream(partition.value("parent_stream"_L1).toString());
        if (!parent) {
            *failure = Failure::config(u"the parent stream is missing"_s);
            return false;
        }
        Reader parentReader(m_spec, *parent, m_ctx, {}, true);
        const SourceProfile::CompiledPath key = SourceProfile::compile(partition.value("parent_key"_L1).toString());
        QJsonObject pageState;
        for (int pages = 0; pages < 100000; ++pages) {
            QJsonArray records;
            QJsonObject next;
            bool ignored = false;
            if (!parentReader.fetch(pageState, &records, &next, &ignored, failure))
                return false;
            for (const QJsonValue &r : std::as_const(records)) {
                const QString value = asText(SourceProfile::valueAt(r.toObject(), key));
                if (!value.isEmpty())
                    m_partitionValues << value;
            }
            if (next.isEmpty() || ignored)
                break;
            pageState = next;
        }
        return true;
    }

    const ConnectorSpec &m_spec;
    QJsonObject m_stream;
    ConnectorContext m_ctx;
    QJsonObject m_paginator;
    QJsonObject m_incremental;
    QJsonObject m_window;
    QJsonObject m_filter;
    MappingTarget m_target = MappingTarget::Customer;
    MappingSet m_mapping;
    SourceProfile::CompiledPath m_primaryKey;
    SourceProfile::CompiledPath m_selector;
    QHash<QString, QString> m_vars;
    QJsonObject m_page;
    QSet<QString> m_seenPages;   // the page states read in this partition (loop guard)
    QByteArray m_lastPageDigest; // of the previous page's records (loop guard)
    QString m_requestCursor;     // sent as the incremental parameter
    QString m_maxCursor;         // the newest cursor value seen (saved when the stream is done)
    QString m_startCursor;       // the last run's cursor: saved with every page until this run is done
    QJsonArray m_rules;
    int m_maxRetries = 5;
    double m_backoffSeconds = 1.0;
    bool m_partitionsLoaded = false;
    bool m_partitions = false;
    QStringList m_partitionValues;
    int m_partitionIndex = 0;
    int m_loggedErrors = 0;
};

} // namespace DeclarativeDetail

DeclarativeConnector::DeclarativeConnector(ConnectorSpec spec)
    : m_spec(std::move(spec))
{
}

QString DeclarativeConnector::id() const
{
    return u"custom:"_s + m_spec.name();
}

QString DeclarativeConnector::displayName() const
{
    return m_spec.displayName();
}

QString DeclarativeConnector::description() const
{
    return m_spec.description().isEmpty() ? tr("Custom connector (version %1)").arg(m_spec.version()) : m_spec.description();
}

Capabilities DeclarativeConnector::capabilities() const
{
    return Capability::Read;
}

QList<SettingSpec> DeclarativeConnector::ownSettings() const
{
    QList<SettingSpec> out;
    out.append({u"base_url"_s, tr("Base URL"), SettingSpec::Type::Url, m_spec.baseUrl().toString(), false, {}, {}, {}});
    for (const QJsonValue &v : m_spec.json().value("settings"_L1).toArray()) {
        const QJsonObject s = v.toObject();
        out.append({s.value("key"_L1).toString(),
                    s.value("label"_L1).toString(s.value("key"_L1).toString()),
                    SettingSpec::Type::Text,
                    s.value("default"_L1).toString(),
                    s.value("required"_L1).toBool(),
                    {},
                    {},
                    {}});
    }
    // Every connection has a phone region for format_phone, like the built-in connectors; a spec's
    // own default_region setting gives its label and default.
    if (std::none_of(out.cbegin(), out.cend(), [](const SettingSpec &s) { return s.key == "default_region"_L1; }))
        out.append({u"default_region"_s,
                    tr("Default phone region"),
                    SettingSpec::Type::Text,
                    u"US"_s,
                    false,
                    {},
                    tr("Country used to read phone numbers written without a country code."),
                    {}});
    if (m_spec.authenticator().value("type"_L1).toString() == "oauth2"_L1)
        out.append(
            {u"client_id"_s, tr("Client ID"), SettingSpec::Type::Text, m_spec.authenticator().value("client_id"_L1).toString(), false, {}, {}, {}});
    for (const QString &secret : m_spec.secretNames())
        out.append({secret, secret, SettingSpec::Type::Secret, {}, true, {}, {}, {}});
    if (defaultConcurrency({}) > 1)
        out.append(concurrencySetting());
    return out;
}

QList<StreamSpec> DeclarativeConnector::streams() const
{
    QList<StreamSpec> out;
    for (const QJsonObject &s : m_spec.streams())
        out.append({s.value("name"_L1).toString(), s.value("kind"_L1).toString() == "invoice"_L1 ? RecordKind::Invoice : RecordKind::Customer,
                    s.value("incremental"_L1).toObject().value("cursor_field"_L1).toString(), s.value("description"_L1).toString()});
    return out;
}

std::unique_ptr<Authenticator> DeclarativeConnector::createAuthenticator(const ConnectorContext &ctx, Failure *failure) const
{
    const QJsonObject rate = m_spec.json().value("rate_limit"_L1).toObject();
    if (!rate.isEmpty())
        ctx.http->setRateBudget(RateBudget::forKey(id() + u'/' + ctx.secretOwner.scope, rate.value("requests_per_second"_L1).toDouble(10),
                                                   rate.value("burst"_L1).toInt(1)));
    ctx.http->options().retry.maxRetries = 0; // the spec's error handler decides
    const QJsonObject auth = m_spec.authenticator();
    const QString type = auth.value("type"_L1).toString();
    if (type == "api_key"_L1) {
        const auto key = ctx.secret(auth.value("secret"_L1).toString(), failure);
        if (!key)
            return nullptr;
        return std::make_unique<ApiKeyAuthenticator>(
            auth.value("inject_into"_L1).toString() == "query"_L1 ? ApiKeyAuthenticator::Placement::Query : ApiKeyAuthenticator::Placement::Header,
            auth.value("name"_L1).toString().toLatin1(), *key, auth.value("prefix"_L1).toString().toLatin1());
    }
    if (type == "bearer"_L1) {
        const auto token = ctx.secret(auth.value("secret"_L1).toString(), failure);
        if (!token)
            return nullptr;
        return std::make_unique<BearerAuthenticator>(*token);
    }
    if (type == "basic"_L1) {
        const auto user = ctx.secret(auth.value("username_secret"_L1).toString(), failure);
        const auto password = user ? ctx.secret(auth.value("password_secret"_L1).toString(), failure) : std::nullopt;
        if (!user || !password)
            return nullptr;
        return std::make_unique<BasicAuthenticator>(*user, *password);
    }
    if (type == "oauth2"_L1) {
        OAuth2RefreshAuthenticator::Config config;
        config.owner = ctx.secretOwner;
        config.serviceName = displayName();
        config.tokenUrl = QUrl(auth.value("token_url"_L1).toString());
        config.clientId = ctx.setting(u"client_id"_s);
        config.clientBasicAuth = auth.value("client_secret_in_basic_auth"_L1).toBool();
        return std::make_unique<OAuth2RefreshAuthenticator>(config, ctx.credentials);
    }
    return nullptr; // none
}

std::unique_ptr<StreamReader> DeclarativeConnector::openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                                               bool fullRefresh) const
{
    const auto s = m_spec.stream(stream);
    if (!s)
        return nullptr;
    return std::make_unique<DeclarativeDetail::Reader>(m_spec, *s, ctx, checkpoint, fullRefresh);
}

QList<QJsonObject> DeclarativeConnector::planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                                        int readers, Failure *) const
{
    const auto s = m_spec.stream(stream);
    if (!s)
        return {};
    const QJsonObject byTime = s->value("partition_by_time"_L1).toObject();
    if (byTime.isEmpty() || readers < 2 || checkpoint.contains("page"_L1)) // a read in progress resumes as it was
        return {};
    // From the spec's start, or from the saved cursor less the lookback, to now, in equal windows.
    QDateTime from = QDateTime::fromString(byTime.value("start"_L1).toString(), Qt::ISODate).toUTC();
    const QJsonObject incremental = s->value("incremental"_L1).toObject();
    const QDateTime cursor = Transforms::parseDateTime(checkpoint.value("cursor"_L1), false);
    if (!incremental.isEmpty() && cursor.isValid())
        from = std::max(from, cursor.addSecs(-incremental.value("lookback_seconds"_L1).toInt()).toUTC());
    const qint64 window = byTime.value("window_seconds"_L1).toInteger(ConnectorSpec::kDefaultWindowSeconds);
    const qint64 span = from.secsTo(QDateTime::currentDateTimeUtc());
    const qint64 count = std::min<qint64>(ConnectorSpec::kMaxTimeWindows, std::max<qint64>(1, (span + window - 1) / window));
    if (!from.isValid() || count < 2)
        return {};
    QList<QJsonObject> windows;
    for (qint64 i = 0; i < count; ++i) {
        QJsonObject w{{u"gte"_s, from.addSecs(i * window).toString(Qt::ISODate)}};
        if (i + 1 < count) // the newest is open: it also reads what is created during the run
            w.insert(u"lt"_s, from.addSecs((i + 1) * window).toString(Qt::ISODate));
        windows.append(w);
    }
    if (ctx.log)
        ctx.log(u"%1 time windows of %2 s from %3"_s.arg(count).arg(window).arg(from.toString(Qt::ISODate)));
    return windows;
}

std::unique_ptr<StreamReader> DeclarativeConnector::openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                                  const QJsonObject &checkpoint) const
{
    const auto s = m_spec.stream(stream);
    if (!s)
        return nullptr;
    return std::make_unique<DeclarativeDetail::Reader>(m_spec, *s, ctx, checkpoint, false, window);
}

QJsonObject DeclarativeConnector::joinPartitions(const QString &, const QList<QJsonObject> &finished) const
{
    QString newest; // the newest cursor any window read: where the next incremental read starts
    for (const QJsonObject &checkpoint : finished) {
        const QJsonValue cursor = checkpoint.value("cursor"_L1);
        if (!cursor.toString().isEmpty() && DeclarativeDetail::later(cursor, newest))
            newest = cursor.toString();
    }
    return newest.isEmpty() ? QJsonObject() : QJsonObject{{u"cursor"_s, newest}};
}

int DeclarativeConnector::defaultConcurrency(const ConnectorContext &) const
{
    int readers = 1; // the most any stream's partition_by_time asks for (4 unless it says)
    for (const QJsonObject &s : m_spec.streams())
        if (s.contains("partition_by_time"_L1))
            readers = std::max(readers, s.value("partition_by_time"_L1).toObject().value("concurrency"_L1).toInt(4));
    return readers;
}

Failure DeclarativeConnector::testConnection(const ConnectorContext &ctx) const
{
    Failure failure;
    auto auth = createAuthenticator(ctx, &failure);
    if (failure)
        return failure;
    ctx.http->setAuthenticator(auth.get());
    for (const QJsonObject &s : m_spec.streams()) {
        if (s.contains("partition"_L1))
            continue;
        DeclarativeDetail::Reader reader(m_spec, s, ctx, {}, true);
        QJsonArray records;
        QJsonObject next;
        bool ignored = false;
        reader.fetch({}, &records, &next, &ignored, &failure);
        break;
    }
    ctx.http->setAuthenticator(nullptr);
    return failure;
}

} // namespace Orion

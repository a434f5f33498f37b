#include "adapters/declarative/spectester.h"

#include "adapters/declarative/declarativeconnector.h"
#include "mapping/sourceprofile.h"
#include "runtime/authenticator.h"
#include "runtime/credentialstore.h"
#include "runtime/httpclient.h"
#include "runtime/redactor.h"

#include <QScopeGuard>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUrlQuery>
#include <limits>

using namespace Qt::StringLiterals;

namespace Orion {

namespace TesterDetail {

QString headerValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(v);
    return {};
}

// The request as matched on replay: method, path and query without masked items.
QString key(const QByteArray &method, const QUrl &url)
{
    QUrlQuery q(url);
    QList<std::pair<QString, QString>> items;
    for (const auto &[k, v] : q.queryItems(QUrl::FullyDecoded))
        if (!Redactor::isSensitiveQueryItem(k))
            items.append({k, v});
    QUrlQuery clean;
    clean.setQueryItems(items);
    return QString::fromLatin1(method) + u' ' + url.path() + u'?' + clean.toString(QUrl::FullyEncoded);
}

// Masks every value under a credential-named key (access_token, refresh_token, id_token,
// client_secret, code, code_verifier, …), teaching the redactor each one first.
QJsonValue maskCredentials(const QJsonValue &value, Redactor &redactor)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(maskCredentials(v, redactor));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out = value.toObject();
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QString key = it.key();
        if ((Redactor::isCredentialName(key) || key == "code"_L1 || key == "code_verifier"_L1) && it.value().isString()) {
            redactor.addSecret(it.value().toString());
            it.value() = Redactor::kMask.toString();
        } else if (it.value().isObject() || it.value().isArray()) {
            it.value() = maskCredentials(it.value(), redactor);
        }
    }
    return out;
}

} // namespace TesterDetail

QJsonObject Cassette::toJson() const
{
    return QJsonObject{{u"format"_s, u"orion-cassette"_s}, {u"version"_s, 1}, {u"spec"_s, m_spec}, {u"interactions"_s, m_interactions}};
}

bool Cassette::fromJson(const QJsonObject &json, Cassette *cassette, QString *error)
{
    if (json.value("format"_L1).toString() != "orion-cassette"_L1 || json.value("version"_L1).toInt() != 1) {
        *error = u"not an Orion cassette (format \"orion-cassette\", version 1)"_s;
        return false;
    }
    const QJsonArray list = json.value("interactions"_L1).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject it = list.at(i).toObject();
        if (!it.value("request"_L1).isObject() || !it.value("response"_L1).isObject()
            || !it.value("response"_L1).toObject().value("status"_L1).isDouble()) {
            *error = u"interactions[%1]: request and response (with a status) are required"_s.arg(i);
            return false;
        }
    }
    cassette->m_spec = json.value("spec"_L1).toString();
    cassette->m_interactions = list;
    cassette->m_next = 0;
    return true;
}

bool Cassette::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !f.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    return true;
}

bool Cassette::load(const QString &path, Cassette *cassette, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(64 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"%1 is not a JSON cassette"_s.arg(path);
        return false;
    }
    return fromJson(doc.object(), cassette, error);
}

QJsonObject SpecTester::Report::toJson() const
{
    QJsonArray ids, fields, pagesJson;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const QJsonObject &u : unified) {
        const QByteArray bytes = QJsonDocument(u).toJson(QJsonDocument::Compact);
        ids.append(QJsonObject{{u"external_id"_s, u.value("external_id"_L1).toString()},
                               {u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16))}});
        digest.addData(bytes);
    }
    for (const SourceField &f : schema)
        fields.append(QJsonObject{{u"path"_s, f.path}, {u"type"_s, f.type}});
    for (const PageReport &p : pages)
        pagesJson.append(QJsonObject{{u"request"_s, p.request}, {u"status"_s, p.status}, {u"records"_s, p.records}});
    return QJsonObject{{u"stream"_s, stream},
                       {u"records"_s, int(unified.size())},
                       {u"pages"_s, pagesJson},
                       {u"record_ids"_s, ids},
                       {u"schema"_s, fields},
                       {u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)},
                       {u"digest"_s, QString::fromLatin1(digest.result().toHex().left(16))}};
}

QJsonObject SpecTester::diff(const QJsonObject &before, const QJsonObject &after)
{
    const auto idMap = [](const QJsonObject &r) {
        QHash<QString, QString> m;
        for (const QJsonValue &v : r.value("record_ids"_L1).toArray())
            m.insert(v.toObject().value("external_id"_L1).toString(), v.toObject().value("sha256"_L1).toString());
        return m;
    };
    const auto fieldSet = [](const QJsonObject &r) {
        QHash<QString, QString> m;
        for (const QJsonValue &v : r.value("schema"_L1).toArray())
            m.insert(v.toObject().value("path"_L1).toString(), v.toObject().value("type"_L1).toString());
        return m;
    };
    const auto a = idMap(before), b = idMap(after);
    const auto fa = fieldSet(before), fb = fieldSet(after);
    QJsonArray added, removed, changed, fieldsAdded, fieldsRemoved, typesChanged;
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key()))
            added.append(it.key());
        else if (a.value(it.key()) != it.value())
            changed.append(it.key());
    }
    for (auto it = a.begin(); it != a.end(); ++it)
        if (!b.contains(it.key()))
            removed.append(it.key());
    for (auto it = fb.begin(); it != fb.end(); ++it) {
        if (!fa.contains(it.key()))
            fieldsAdded.append(it.key());
        else if (fa.value(it.key()) != it.value())
            typesChanged.append(u"%1: %2 → %3"_s.arg(it.key(), fa.value(it.key()), it.value()));
    }
    for (auto it = fa.begin(); it != fa.end(); ++it)
        if (!fb.contains(it.key()))
            fieldsRemoved.append(it.key());
    return QJsonObject{
        {u"records_added"_s, added},
        {u"records_removed"_s, removed},
        {u"records_changed"_s, changed},
        {u"fields_added"_s, fieldsAdded},
        {u"fields_removed"_s, fieldsRemoved},
        {u"types_changed"_s, typesChanged},
        {u"same"_s,
         added.isEmpty() && removed.isEmpty() && changed.isEmpty() && fieldsAdded.isEmpty() && fieldsRemoved.isEmpty() && typesChanged.isEmpty()}};
}

SpecTester::Report SpecTester::run(const ConnectorSpec &spec, const QString &stream, const std::shared_ptr<CredentialStore> &credentials,
                                   const Limits &limits, const QJsonObject &settings, Cassette *replay, Cassette *record)
{
    Report report;
    report.stream = stream;
    DeclarativeConnector connector(spec);
    if (!connector.stream(stream)) {
        report.error = u"the spec has no stream \"%1\""_s.arg(stream);
        return report;
    }
    HttpClient http;
    http.setCancelFlag(limits.cancel);
    // Secrets are read from the spec's own namespace (never a connection's); their values are masked in the cassette and logs.
    for (const QString &name : spec.secretNames()) {
        QString ignored;
        if (const auto value = credentials->secret(SecretOwner::spec(spec.name()), name, &ignored))
            http.redactor().addSecret(*value);
    }
    if (record) {
        record->m_spec = spec.name();
        record->m_interactions = QJsonArray();
        http.setRecorder([&](const HttpClient::Exchange &e) {
            QJsonObject headers;
            for (const auto &[k, v] : e.requestHeaders)
                if (!Redactor::isSensitiveHeader(k))
                    headers.insert(QString::fromLatin1(k), http.redactor().redact(QString::fromUtf8(v)));
            QJsonObject responseHeaders;
            for (const auto &[k, v] : e.responseHeaders)
                if (!Redactor::isSensitiveHeader(k) && k.compare("set-cookie", Qt::CaseInsensitive) != 0)
                    responseHeaders.insert(QString::fromLatin1(k), http.redactor().redact(QString::fromUtf8(v)));
            // Token exchanges (and any answer) are recorded by shape where they carry credentials:
            // every value under a credential-named key is masked, and learnt by the redactor first,
            // so the same token is masked wherever it appears later.
            QString body = QString::fromUtf8(e.responseBody);
            const QJsonDocument doc = QJsonDocument::fromJson(e.responseBody);
            if (doc.isObject() || doc.isArray()) {
                const QJsonValue masked
                    = TesterDetail::maskCredentials(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), http.redactor());
                body = QString::fromUtf8(masked.isObject() ? QJsonDocument(masked.toObject()).toJson(QJsonDocument::Compact)
                                                           : QJsonDocument(masked.toArray()).toJson(QJsonDocument::Compact));
            }
            record->m_interactions.append(QJsonObject{
                {u"request"_s,
                 QJsonObject{{u"method"_s, QString::fromLatin1(e.method)}, {u"url"_s, http.redactor().redactUrl(e.url)}, {u"headers"_s, headers}}},
                {u"response"_s, QJsonObject{{u"status"_s, e.status}, {u"headers"_s, responseHeaders}, {u"body"_s, http.redactor().redact(body)}}}});
        });
    }
    // The last word before anything is kept: every secret known to the run is masked wherever it
    // landed in the recording (a token learnt after an earlier exchange was recorded, say).
    const auto finalScan = qScopeGuard([&] {
        if (!record)
            return;
        const QString text = QString::fromUtf8(QJsonDocument(record->m_interactions).toJson(QJsonDocument::Compact));
        const QString clean = http.redactor().redact(text);
        if (clean != text)
            record->m_interactions = QJsonDocument::fromJson(clean.toUtf8()).array();
    });
    if (replay) {
        http.setReplay([replay](const QByteArray &method, const QUrl &url, const QByteArray &, HttpClient::Exchange *answer) {
            const QString wanted = TesterDetail::key(method, url);
            const QJsonArray list = replay->m_interactions;
            // In order first (the same request may repeat with different answers), then anywhere.
            for (int pass = 0; pass < 2; ++pass) {
                for (qsizetype i = pass == 0 ? replay->m_next : 0; i < list.size(); ++i) {
                    const QJsonObject it = list.at(i).toObject();
                    const QJsonObject req = it.value("request"_L1).toObject();
                    if (TesterDetail::key(req.value("method"_L1).toString().toLatin1(), QUrl(req.value("url"_L1).toString())) != wanted)
                        continue;
                    const QJsonObject resp = it.value("response"_L1).toObject();
                    answer->status = resp.value("status"_L1).toInt();
                    answer->responseBody = resp.value("body"_L1).toString().toUtf8();
                    const QJsonObject h = resp.value("headers"_L1).toObject();
                    for (auto hi = h.begin(); hi != h.end(); ++hi)
                        answer->responseHeaders.append({hi.key().toLatin1(), hi.value().toString().toUtf8()});
                    if (pass == 0)
                        replay->m_next = int(i + 1);
                    return true;
                }
            }
            return false;
        });
    }
    QJsonObject effective = settings;
    if (replay && !replay->m_interactions.isEmpty() && !settings.contains("base_url"_L1)) {
        // The recorded requests' origin: replay matches paths, the host only needs to parse.
        const QUrl first(replay->m_interactions.first().toObject().value("request"_L1).toObject().value("url"_L1).toString());
        effective.insert(u"base_url"_s, QString(first.scheme() + u"://"_s + first.authority() + spec.baseUrl().path()));
    }
    const ConnectorContext ctx = ConnectorContext::create(0, SecretOwner::spec(spec.name()), effective, credentials, &http);
    QStringList log;
    http.setLogger([&](const QString &line) { log << line; });
    Failure failure;
    auto auth = replay ? nullptr : connector.createAuthenticator(ctx, &failure);
    if (replay)
        http.options().retry.maxRetries = 0;
    if (failure) {
        report.error = failure.message;
        return report;
    }
    http.setAuthenticator(auth.get());
    auto reader = connector.openStream(ctx, stream, limits.resumeFrom, limits.resumeFrom.isEmpty());
    qsizetype logged = 0;
    QJsonObject before = limits.resumeFrom;
    for (int p = 0; p < limits.pages && report.records.size() < limits.records; ++p) {
        Page page;
        const bool ok = reader->next(&page, &failure);
        for (; logged < log.size(); ++logged) {
            const QString &line = log.at(logged);
            const qsizetype arrow = line.indexOf(u" → "_s);
            if (arrow > 0)
                report.pages.append({line.left(arrow), line.mid(arrow + 3).section(u' ', 0, 0).toInt(), 0, {}, {}, false});
        }
        if (!ok) {
            report.error = failure.message;
            break;
        }
        const qsizetype count = page.customers.size() + page.invoices.size();
        if (!report.pages.isEmpty()) {
            report.pages.last().records = int(count);
            report.pages.last().before = before;
            report.pages.last().after = page.checkpoint;
            report.pages.last().last = page.done;
        }
        before = page.checkpoint;
        for (const UnifiedCustomer &c : std::as_const(page.customers)) {
            report.records << c.raw;
            QJsonObject u = c.toJson();
            u.remove(u"raw"_s);
            u.remove(u"connection_id"_s);
            report.unified << u;
        }
        for (const UnifiedInvoice &i : std::as_const(page.invoices)) {
            report.records << i.raw;
            QJsonObject u = i.toJson();
            u.remove(u"raw"_s);
            u.remove(u"connection_id"_s);
            report.unified << u;
        }
        if (page.done)
            break;
    }
    while (report.records.size() > limits.records) {
        report.records.removeLast();
        report.unified.removeLast();
    }
    report.schema = SourceProfile::profile(report.records);
    return report;
}

QJsonObject SpecTester::evidence(const ConnectorSpec &spec, const Cassette &fixture)
{
    Limits limits;
    limits.pages = std::max(1, fixture.size()); // as many pages as were recorded, no more
    limits.records = std::numeric_limits<int>::max();
    auto noSecrets = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>()); // replay sends nothing
    int records = 0;
    QString failure;
    for (const QJsonObject &stream : spec.streams()) {
        Cassette replay = fixture;
        replay.m_next = 0;
        const Report report = run(spec, stream.value("name"_L1).toString(), noSecrets, limits, {}, &replay, nullptr);
        records += int(report.unified.size());
        if (failure.isEmpty() && !report.error.isEmpty())
            failure = u"%1: %2"_s.arg(stream.value("name"_L1).toString(), report.error);
    }
    QJsonObject out{{u"fixture_run_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                    {u"result"_s, failure.isEmpty() ? u"passed"_s : u"failed"_s},
                    {u"records"_s, records}};
    if (!failure.isEmpty())
        out.insert(u"error"_s, failure);
    return out;
}

} // namespace Orion

#include "fakesalesforce.h"

#include "runtime/csv.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Orion::Fakes {

namespace {

const char *const kSfFirst[] = {"Avery", "Björn", "Chiara", "Dmitri", "Elif", "Farah", "Gustavo", "Hiroshi", "Inès", "Jamal"};

QString sfDate(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+0000"_s;
}

QString prefixOf(const QString &sObject)
{
    if (sObject == "Account"_L1)
        return u"001"_s;
    if (sObject == "Contact"_L1)
        return u"003"_s;
    if (sObject == "Lead"_L1)
        return u"00Q"_s;
    return u"006"_s;
}

// Splits `a = 'x' AND b >= c` on top-level AND (outside literals).
QStringList splitConditions(const QString &where)
{
    QStringList parts;
    QString current;
    bool literal = false;
    for (qsizetype i = 0; i < where.size(); ++i) {
        const QChar c = where.at(i);
        if (literal) {
            current += c;
            if (c == u'\\' && i + 1 < where.size())
                current += where.at(++i);
            else if (c == u'\'')
                literal = false;
            continue;
        }
        if (c == u'\'')
            literal = true;
        if (!literal && where.mid(i, 5).compare(" AND "_L1, Qt::CaseInsensitive) == 0) {
            parts << current.trimmed();
            current.clear();
            i += 4;
            continue;
        }
        current += c;
    }
    parts << current.trimmed();
    return parts;
}

// 'It\'s' → It's; false when the text is not exactly one literal.
bool unquote(const QString &text, QString *value)
{
    if (text.size() < 2 || !text.startsWith(u'\'') || !text.endsWith(u'\''))
        return false;
    value->clear();
    for (qsizetype i = 1; i < text.size() - 1; ++i) {
        QChar c = text.at(i);
        if (c == u'\\') {
            if (i + 1 >= text.size() - 1)
                return false;
            c = text.at(++i);
            *value += c == u'n' ? QChar(u'\n') : c == u't' ? QChar(u'\t') : c;
        } else if (c == u'\'') {
            return false; // an unescaped quote inside: not one literal
        } else {
            *value += c;
        }
    }
    return true;
}

} // namespace

FakeSalesforce::FakeSalesforce() = default;

void FakeSalesforce::setRecordCount(const QString &sObject, qint64 count)
{
    QMutexLocker locker(&m_mutex);
    m_counts.insert(sObject, count);
    m_touched.remove(sObject);
    m_deleted.remove(sObject);
}

void FakeSalesforce::touch(const QString &sObject, qint64 index)
{
    QMutexLocker locker(&m_mutex);
    touchLocked(sObject, index);
}

void FakeSalesforce::deleteRecord(const QString &sObject, qint64 index)
{
    QMutexLocker locker(&m_mutex);
    touchLocked(sObject, index);
    m_deleted[sObject].insert(index);
}

void FakeSalesforce::touchLocked(const QString &sObject, qint64 index)
{
    qint64 newest = kEpoch + m_counts.value(sObject);
    for (qint64 t : std::as_const(m_touched[sObject]))
        newest = std::max(newest, t);
    m_touched[sObject].insert(index, newest + 10);
}

void FakeSalesforce::enableOAuth(const QString &clientId, const QString &clientSecret, const QString &refreshToken, bool rotate)
{
    QMutexLocker locker(&m_mutex);
    m_oauth = true;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_refreshToken = refreshToken;
    m_rotate = rotate;
}

QString FakeSalesforce::currentRefreshToken() const
{
    QMutexLocker locker(&m_mutex);
    return m_refreshToken;
}

void FakeSalesforce::expireSessions()
{
    QMutexLocker locker(&m_mutex);
    m_sessions.clear();
}

void FakeSalesforce::expireLocators()
{
    QMutexLocker locker(&m_mutex);
    m_locators.clear();
}

void FakeSalesforce::setShortPages(bool on)
{
    QMutexLocker locker(&m_mutex);
    m_shortPages = on;
}

void FakeSalesforce::addDuplicateExternalId(const QString &value)
{
    QMutexLocker locker(&m_mutex);
    m_duplicates.insert(value);
}

void FakeSalesforce::setBulkFailAfter(int rows)
{
    QMutexLocker locker(&m_mutex);
    m_failAfter = rows;
}

void FakeSalesforce::setBulkPollsUntilDone(int polls)
{
    QMutexLocker locker(&m_mutex);
    m_pollsUntilDone = polls;
}

void FakeSalesforce::setBulkResultFailures(int count)
{
    QMutexLocker locker(&m_mutex);
    m_resultFailures = count;
}

void FakeSalesforce::setBulkLoseUploadCompleteAnswers(bool on)
{
    QMutexLocker locker(&m_mutex);
    m_loseUploadComplete = on;
}

void FakeSalesforce::setBulkRefuseUploads(bool on)
{
    QMutexLocker locker(&m_mutex);
    m_refuseUploads = on;
}

int FakeSalesforce::bulkJobsInState(const QString &state) const
{
    QMutexLocker locker(&m_mutex);
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [&](const Job &j) { return j.info.value("state"_L1).toString() == state; }));
}

int FakeSalesforce::tokenRequests() const
{
    QMutexLocker locker(&m_mutex);
    return m_tokenRequests;
}

qint64 FakeSalesforce::apiCalls() const
{
    QMutexLocker locker(&m_mutex);
    return m_apiCalls;
}

QHash<QString, QJsonObject> FakeSalesforce::upserted(const QString &sObject) const
{
    QMutexLocker locker(&m_mutex);
    return m_upserted.value(sObject);
}

qint64 FakeSalesforce::bulkJobMs() const
{
    QMutexLocker locker(&m_mutex);
    return m_bulkJobMs;
}

QList<QByteArray> FakeSalesforce::bulkUploads() const
{
    QMutexLocker locker(&m_mutex);
    return m_uploads;
}

qint64 FakeSalesforce::modstampLocked(const QString &sObject, qint64 index) const
{
    return m_touched.value(sObject).value(index, kEpoch + index);
}

QJsonObject FakeSalesforce::recordLocked(const QString &sObject, qint64 index) const
{
    const QString id = prefixOf(sObject) + u"%1"_s.arg(index, 15, 10, QChar(u'0'));
    const QString first = QString::fromUtf8(kSfFirst[index % 10]);
    const QString last = u"%1%2"_s.arg(sObject).arg(index);
    const bool us = index % 2 == 0;
    QJsonObject r{
        {u"attributes"_s, QJsonObject{{u"type"_s, sObject}, {u"url"_s, u"/services/data/v60.0/sobjects/%1/%2"_s.arg(sObject, id)}}},
        {u"Id"_s, id},
        {u"CreatedDate"_s, sfDate(kEpoch - 86400 + index)},
        {u"SystemModstamp"_s, sfDate(modstampLocked(sObject, index))},
        {u"IsDeleted"_s, m_deleted.value(sObject).contains(index)},
    };
    if (sObject == "Account"_L1) {
        r.insert(u"Name"_s, u"Account %1"_s.arg(index));
        r.insert(u"Phone"_s, us ? u"(415) 555-0%1"_s.arg(100 + index % 900) : u"+49 30 1234%1"_s.arg(500 + index % 500));
        r.insert(u"BillingStreet"_s, QString(u"%1 Market Street\nSuite %2"_s.arg(index + 1).arg(index % 40)));
        r.insert(u"BillingCity"_s, us ? u"San Francisco"_s : u"Berlin"_s);
        r.insert(u"BillingState"_s, us ? QJsonValue(u"CA"_s) : QJsonValue());
        r.insert(u"BillingPostalCode"_s, us ? u"94105"_s : u"10117"_s);
        r.insert(u"BillingCountry"_s, us ? u"United States"_s : u"Germany"_s);
    } else if (sObject == "Opportunity"_L1) {
        r.insert(u"Name"_s, u"Opportunity %1"_s.arg(index));
        r.insert(u"AccountId"_s, QString(prefixOf(u"Account"_s) + u"%1"_s.arg(index % 50, 15, 10, QChar(u'0'))));
        r.insert(u"Amount"_s, index % 7 == 0 ? QJsonValue() : QJsonValue(double(index * 1000 + 99) / 100.0 + 1000.0));
        const int stage = int(index % 3);
        r.insert(u"StageName"_s, stage == 0 ? u"Prospecting"_s : stage == 1 ? u"Closed Won"_s : u"Closed Lost"_s);
        r.insert(u"IsClosed"_s, stage != 0);
        r.insert(u"IsWon"_s, stage == 1);
        r.insert(u"CloseDate"_s, QDate(2026, 1, 1).addDays(index % 365).toString(Qt::ISODate));
    } else {
        const bool lead = sObject == "Lead"_L1;
        r.insert(u"FirstName"_s, first);
        r.insert(u"LastName"_s, last);
        r.insert(u"Name"_s, QString(first + u' ' + last));
        r.insert(u"Email"_s, u"%1.%2@example.net"_s.arg(first.toLower(), last.toLower()));
        r.insert(u"Phone"_s, index % 5 == 4 ? QJsonValue() : QJsonValue(u"+1 212 555 %1"_s.arg(1000 + index % 9000)));
        r.insert(u"MobilePhone"_s, u"+44 7700 900%1"_s.arg(100 + index % 900));
        if (lead)
            r.insert(u"Company"_s, u"Lead Company %1"_s.arg(index % 30));
        else
            r.insert(u"Account"_s,
                     QJsonObject{{u"attributes"_s, QJsonObject{{u"type"_s, u"Account"_s}}}, {u"Name"_s, u"Account %1"_s.arg(index % 50)}});
        r.insert(lead ? u"Street"_s : u"MailingStreet"_s, u"%1 Broadway"_s.arg(index + 1));
        r.insert(lead ? u"City"_s : u"MailingCity"_s, u"New York"_s);
        r.insert(lead ? u"State"_s : u"MailingState"_s, u"NY"_s);
        r.insert(lead ? u"PostalCode"_s : u"MailingPostalCode"_s, u"10007"_s);
        r.insert(lead ? u"Country"_s : u"MailingCountry"_s, u"US"_s);
    }
    return r;
}

FakeResponse FakeSalesforce::error(int status, const QString &code, const QString &message)
{
    const QJsonArray body{QJsonObject{{u"message"_s, message}, {u"errorCode"_s, code}}};
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", {}};
}

FakeResponse FakeSalesforce::api(FakeResponse response)
{
    ++m_apiCalls;
    response.headers.append(std::pair<QByteArray, QByteArray>("Sforce-Limit-Info", "api-usage=" + QByteArray::number(m_apiCalls) + "/15000"));
    return response;
}

FakeResponse FakeSalesforce::handle(const RecordedRequest &request)
{
    if (request.path == "/services/oauth2/token"_L1)
        return token(request);
    if (request.path == "/services/oauth2/authorize"_L1)
        return authorize(request);
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer ") || !m_sessions.contains(QString::fromLatin1(auth.mid(7))))
        return error(401, u"INVALID_SESSION_ID"_s, u"Session expired or invalid"_s);
    static const QRegularExpression dataPath(uR"(^/services/data/v(\d+\.\d)(/.*)$)"_s);
    const auto match = dataPath.match(request.path);
    if (!match.hasMatch())
        return api(error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s));
    const QString rest = match.captured(2);
    const QStringList parts = rest.split(u'/', Qt::SkipEmptyParts);
    if (rest == "/limits"_L1)
        return api(
            FakeResponse::json(200, QJsonObject{{u"DailyApiRequests"_s, QJsonObject{{u"Max"_s, 15000}, {u"Remaining"_s, 15000 - m_apiCalls}}}}));
    if ((rest == "/query"_L1 || rest == "/queryAll"_L1) && request.method == "GET")
        return api(query(request, rest == "/queryAll"_L1));
    if (parts.size() == 2 && parts.at(0) == "query"_L1)
        return api(nextPage(parts.at(1)));
    if (parts.size() == 3 && parts.at(0) == "sobjects"_L1 && parts.at(2) == "describe"_L1) {
        if (!m_counts.contains(parts.at(1)))
            return api(error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s));
        QJsonArray fields;
        const QJsonObject sample = recordLocked(parts.at(1), 0);
        for (auto it = sample.begin(); it != sample.end(); ++it) {
            if (it.key() != "attributes"_L1 && it.key() != "Account"_L1)
                fields.append(QJsonObject{{u"name"_s, it.key()}, {u"type"_s, it.key().endsWith("Date"_L1) ? u"datetime"_s : u"string"_s}});
        }
        fields.append(QJsonObject{{u"name"_s, u"External_Id__c"_s}, {u"type"_s, u"string"_s}});
        return api(FakeResponse::json(200, QJsonObject{{u"name"_s, parts.at(1)}, {u"fields"_s, fields}}));
    }
    if (parts.size() == 4 && parts.at(0) == "sobjects"_L1 && request.method == "PATCH")
        return api(upsert(parts.at(1), parts.at(2), QUrl::fromPercentEncoding(parts.at(3).toUtf8()), request.body));
    if (parts.size() >= 2 && parts.at(0) == "jobs"_L1 && parts.at(1) == "ingest"_L1)
        return api(bulk(request, parts.mid(2)));
    if (parts.size() >= 2 && parts.at(0) == "jobs"_L1 && parts.at(1) == "query"_L1)
        return api(bulkQuery(request, match.captured(1), parts.mid(2)));
    return api(error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s));
}

FakeResponse FakeSalesforce::authorize(const RecordedRequest &request)
{
    const QUrlQuery &q = request.query;
    const QString redirect = q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    if (!m_oauth || q.queryItemValue(u"client_id"_s) != m_clientId || q.queryItemValue(u"code_challenge_method"_s) != "S256"_L1)
        return FakeResponse{400, "invalid authorize request", "text/plain", {}};
    const QString code = u"aPrx%1"_s.arg(m_codes.size() + 1);
    m_codes.insert(code, {q.queryItemValue(u"code_challenge"_s, QUrl::FullyDecoded), redirect});
    QUrl target(redirect);
    target.setQuery(QUrlQuery{{u"code"_s, code}, {u"state"_s, q.queryItemValue(u"state"_s)}});
    return FakeResponse{302, {}, "text/plain", {{"Location", target.toEncoded()}}};
}

FakeResponse FakeSalesforce::token(const RecordedRequest &request)
{
    ++m_tokenRequests;
    const QUrlQuery form(QString::fromUtf8(request.body));
    auto bad = [](const QString &code, const QString &description) {
        return FakeResponse::json(400, QJsonObject{{u"error"_s, code}, {u"error_description"_s, description}});
    };
    if (!m_oauth || form.queryItemValue(u"client_id"_s) != m_clientId)
        return bad(u"invalid_client_id"_s, u"client identifier invalid"_s);
    if (!m_clientSecret.isEmpty() && form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded) != m_clientSecret)
        return bad(u"invalid_client"_s, u"invalid client credentials"_s);
    const QString grant = form.queryItemValue(u"grant_type"_s);
    bool issueRefresh = false;
    if (grant == "authorization_code"_L1) {
        const auto pending = m_codes.constFind(form.queryItemValue(u"code"_s, QUrl::FullyDecoded));
        const QByteArray verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded).toLatin1();
        const QString challenge = QString::fromLatin1(
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        if (pending == m_codes.constEnd() || pending->first != challenge)
            return bad(u"invalid_grant"_s, u"invalid authorization code"_s);
        m_codes.remove(pending.key());
        m_refreshToken = u"5Aep861sf-initial"_s;
        issueRefresh = true;
    } else if (grant == "refresh_token"_L1) {
        if (form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded) != m_refreshToken)
            return bad(u"invalid_grant"_s, u"expired access/refresh token"_s);
        if (m_rotate) {
            m_refreshToken = u"5Aep861sf-rotated-%1"_s.arg(m_serial + 1);
            issueRefresh = true;
        }
    } else {
        return bad(u"unsupported_grant_type"_s, u"grant type not supported"_s);
    }
    ++m_serial;
    const QString access = u"00DFAKE!AR%1.%2"_s.arg(m_serial).arg(QDateTime::currentMSecsSinceEpoch());
    m_sessions.insert(access);
    noteIssuedSecret(access);
    if (issueRefresh)
        noteIssuedSecret(m_refreshToken);
    QJsonObject answer{{u"access_token"_s, access},
                       {u"instance_url"_s, baseUrl().toString()},
                       {u"id"_s, QString(baseUrl().toString() + u"/id/00DFAKE/005FAKE"_s)},
                       {u"token_type"_s, u"Bearer"_s},
                       {u"issued_at"_s, QString::number(QDateTime::currentMSecsSinceEpoch())},
                       {u"signature"_s, u"c2lnbmF0dXJl"_s},
                       {u"scope"_s, u"api refresh_token"_s}};
    if (issueRefresh)
        answer.insert(u"refresh_token"_s, m_refreshToken);
    return FakeResponse::json(200, answer);
}

bool FakeSalesforce::select(const QString &text, Query *out, FakeResponse *failure, bool *countOnly, bool withDeleted)
{
    const QString soql = text.simplified();
    static const QRegularExpression shape(uR"(^SELECT (.+?) FROM (\w+)(?: WHERE (.+?))?(?: ORDER BY (.+?))?(?: LIMIT (\d+))?$)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = shape.match(soql);
    if (!m.hasMatch()) {
        *failure = error(400, u"MALFORMED_QUERY"_s, u"unexpected token: '%1'"_s.arg(soql.left(40)));
        return false;
    }
    const QString sObject = m.captured(2);
    if (!m_counts.contains(sObject)) {
        *failure = error(400, u"INVALID_TYPE"_s, u"sObject type '%1' is not supported."_s.arg(sObject));
        return false;
    }
    const QJsonObject sample = recordLocked(sObject, 0);
    QStringList fields;
    *countOnly = m.captured(1).trimmed().compare("COUNT()"_L1, Qt::CaseInsensitive) == 0;
    for (QString f : m.captured(1).split(u',')) {
        f = f.trimmed();
        if (*countOnly)
            break;
        const QString head = f.section(u'.', 0, 0);
        if (!sample.contains(head) && f != "External_Id__c"_L1) {
            *failure = error(400, u"INVALID_FIELD"_s, u"No such column '%1' on entity '%2'."_s.arg(f, sObject));
            return false;
        }
        fields << f;
    }
    struct Condition
    {
        QString field, op;
        QString text;
        qint64 time = 0;
        bool isTime = false;
    };
    QList<Condition> conditions;
    bool onText = false;
    if (!m.captured(3).isEmpty()) {
        static const QRegularExpression condition(uR"(^(\w+) (=|!=|>=|<=|>|<) (.+)$)"_s);
        for (const QString &part : splitConditions(m.captured(3))) {
            const auto c = condition.match(part);
            if (!c.hasMatch()) {
                *failure = error(400, u"MALFORMED_QUERY"_s, u"unexpected token near '%1'"_s.arg(part.left(40)));
                return false;
            }
            Condition cond{c.captured(1), c.captured(2), {}, 0, false};
            const QString value = c.captured(3);
            if (unquote(value, &cond.text)) {
                onText = true;
            } else {
                const QDateTime t = QDateTime::fromString(value, Qt::ISODate);
                if (!t.isValid()) {
                    *failure = error(400, u"MALFORMED_QUERY"_s, u"unexpected token: '%1'"_s.arg(value.left(40)));
                    return false;
                }
                cond.isTime = true;
                cond.time = t.toSecsSinceEpoch();
            }
            conditions << cond;
        }
    }
    QList<qint64> indexes;
    const qint64 count = m_counts.value(sObject);
    const QSet<qint64> deleted = withDeleted ? QSet<qint64>() : m_deleted.value(sObject);
    for (qint64 i = 0; i < count; ++i) {
        bool ok = !deleted.contains(i);
        const QJsonObject r = onText ? recordLocked(sObject, i) : QJsonObject();
        for (const Condition &c : conditions) {
            if (c.isTime) {
                const qint64 v = c.field == "SystemModstamp"_L1 ? modstampLocked(sObject, i) : 0;
                ok = ok
                    && (c.op == ">="_L1       ? v >= c.time
                            : c.op == ">"_L1  ? v > c.time
                            : c.op == "<"_L1  ? v < c.time
                            : c.op == "<="_L1 ? v <= c.time
                                              : v == c.time);
            } else {
                const QString v = r.value(c.field).toString();
                ok = ok && (c.op == "!="_L1 ? v != c.text : v == c.text);
            }
        }
        if (ok)
            indexes << i;
    }
    if (!m_touched.value(sObject).isEmpty()) // untouched records are already in SystemModstamp order
        std::stable_sort(indexes.begin(), indexes.end(), [&](qint64 a, qint64 b) { return modstampLocked(sObject, a) < modstampLocked(sObject, b); });
    if (!m.captured(5).isEmpty())
        indexes = indexes.mid(0, m.captured(5).toInt());
    *out = Query{sObject, fields, indexes};
    return true;
}

FakeResponse FakeSalesforce::query(const RecordedRequest &request, bool withDeleted)
{
    Query q;
    FakeResponse failure;
    bool countOnly = false;
    if (!select(request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded), &q, &failure, &countOnly, withDeleted))
        return failure;
    if (countOnly) // SELECT COUNT() answers the size and no records
        return FakeResponse::json(200, QJsonObject{{u"totalSize"_s, qint64(q.indexes.size())}, {u"done"_s, true}, {u"records"_s, QJsonArray()}});
    const QString locator = u"01gFAKE%1"_s.arg(m_locators.size() + 1, 8, 10, QChar(u'0'));
    m_locators.insert(locator, q);
    int batch = 2000;
    const QByteArray options = request.header("sforce-query-options");
    if (options.startsWith("batchSize="))
        batch = std::clamp(options.mid(10).toInt(), 200, 2000);
    return page(locator, 0, batch);
}

FakeResponse FakeSalesforce::nextPage(const QString &locator)
{
    const QString id = locator.section(u'-', 0, 0);
    if (!m_locators.contains(id))
        return error(400, u"INVALID_QUERY_LOCATOR"_s, u"invalid query locator"_s);
    const QStringList parts = locator.section(u'-', 1).split(u'x');
    return page(id, parts.value(0).toLongLong(), parts.value(1).toInt());
}

FakeResponse FakeSalesforce::page(const QString &locatorId, qint64 offset, int batch)
{
    const Query &q = m_locators[locatorId];
    // Shorter pages than asked, as Salesforce may send.
    const int size = m_shortPages ? std::max(1, batch / 2 - int(offset % 7)) : batch;
    QJsonArray records;
    qint64 i = offset;
    for (; i < q.indexes.size() && records.size() < size; ++i) {
        const QJsonObject full = recordLocked(q.sObject, q.indexes.at(i));
        QJsonObject r{{u"attributes"_s, full.value("attributes"_L1)}};
        for (const QString &f : q.fields)
            r.insert(f.section(u'.', 0, 0), full.value(f.section(u'.', 0, 0)));
        records.append(r);
    }
    const bool done = i >= q.indexes.size();
    QJsonObject body{{u"totalSize"_s, qint64(q.indexes.size())}, {u"done"_s, done}, {u"records"_s, records}};
    if (!done)
        body.insert(u"nextRecordsUrl"_s, u"/services/data/v60.0/query/%1-%2x%3"_s.arg(locatorId).arg(i).arg(batch));
    return FakeResponse::json(200, body);
}

FakeResponse FakeSalesforce::upsert(const QString &sObject, const QString &field, const QString &value, const QByteArray &body)
{
    if (!m_counts.contains(sObject) || field != "External_Id__c"_L1)
        return error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s);
    const QJsonObject fields = QJsonDocument::fromJson(body).object();
    if (fields.contains("Id"_L1) || fields.contains(field))
        return error(400, u"INVALID_FIELD"_s, u"Id and the external id field may not appear in the body"_s);
    if (m_duplicates.contains(value)) {
        const QJsonArray matches{u"/services/data/v60.0/sobjects/%1/%2A"_s.arg(sObject, prefixOf(sObject)),
                                 u"/services/data/v60.0/sobjects/%1/%2B"_s.arg(sObject, prefixOf(sObject))};
        return {300, QJsonDocument(matches).toJson(QJsonDocument::Compact), "application/json", {}};
    }
    if (sObject != "Account"_L1 && fields.value("LastName"_L1).toString().isEmpty())
        return error(400, u"REQUIRED_FIELD_MISSING"_s, u"Required fields are missing: [LastName]"_s);
    auto &store = m_upserted[sObject];
    const bool created = !store.contains(value);
    QJsonObject merged = store.value(value);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    store.insert(value, merged);
    const QString id = prefixOf(sObject) + u"U%1"_s.arg(qHash(value) % 100000000, 14, 10, QChar(u'0'));
    return FakeResponse::json(created ? 201 : 200,
                              QJsonObject{{u"id"_s, id}, {u"success"_s, true}, {u"errors"_s, QJsonArray()}, {u"created"_s, created}});
}

FakeResponse FakeSalesforce::bulk(const RecordedRequest &request, const QStringList &parts)
{
    if (parts.isEmpty() && request.method == "POST") {
        const QJsonObject create = QJsonDocument::fromJson(request.body).object();
        const QString sObject = create.value("object"_L1).toString();
        if (!m_counts.contains(sObject) || create.value("contentType"_L1).toString() != "CSV"_L1
            || create.value("operation"_L1).toString() != "upsert"_L1 || create.value("externalIdFieldName"_L1).toString() != "External_Id__c"_L1)
            return error(400, u"INVALIDJOB"_s, u"invalid job definition"_s);
        const QString id = u"7505fFAKE%1"_s.arg(m_jobs.size() + 1, 6, 10, QChar(u'0'));
        Job job;
        job.info = QJsonObject{{u"id"_s, id},
                               {u"operation"_s, u"upsert"_s},
                               {u"object"_s, sObject},
                               {u"state"_s, u"Open"_s},
                               {u"createdDate"_s, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz+0000"_s)},
                               {u"numberRecordsProcessed"_s, 0},
                               {u"numberRecordsFailed"_s, 0},
                               {u"externalIdFieldName"_s, u"External_Id__c"_s},
                               {u"contentType"_s, u"CSV"_s},
                               {u"contentUrl"_s, u"services/data/v60.0/jobs/ingest/%1/batches"_s.arg(id)},
                               {u"lineEnding"_s, u"LF"_s},
                               {u"columnDelimiter"_s, u"COMMA"_s}};
        m_jobs.insert(id, job);
        return FakeResponse::json(200, job.info);
    }
    if (parts.isEmpty() && request.method == "GET") {
        QJsonArray records;
        for (const Job &j : std::as_const(m_jobs))
            records.append(j.info);
        return FakeResponse::json(200, QJsonObject{{u"done"_s, true}, {u"records"_s, records}, {u"nextRecordsUrl"_s, QJsonValue()}});
    }
    if (parts.isEmpty() || !m_jobs.contains(parts.at(0)))
        return error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s);
    Job &job = m_jobs[parts.at(0)];
    const QString state = job.info.value("state"_L1).toString();
    if (parts.size() == 2 && parts.at(1) == "batches"_L1 && request.method == "PUT") {
        if (state != "Open"_L1)
            return error(400, u"INVALIDJOBSTATE"_s, u"the job is not open"_s);
        if (!request.header("content-type").startsWith("text/csv") || m_refuseUploads)
            return error(400, u"INVALID_CONTENT_TYPE"_s, u"upload CSV"_s);
        job.csv += request.body;
        m_uploads.append(request.body);
        return {201, {}, "application/json", {}};
    }
    if (parts.size() == 1 && request.method == "PATCH") {
        const QString target = QJsonDocument::fromJson(request.body).object().value("state"_L1).toString();
        if (target == "UploadComplete"_L1 && state == "Open"_L1) {
            job.info.insert(u"state"_s, u"UploadComplete"_s);
            job.startedMs = QDateTime::currentMSecsSinceEpoch();
            if (m_loseUploadComplete)
                return error(500, u"UNKNOWN_EXCEPTION"_s, u"An unexpected error occurred"_s);
        } else if (target == "Aborted"_L1) {
            job.info.insert(u"state"_s, u"Aborted"_s);
        } else {
            return error(400, u"INVALIDJOBSTATE"_s, u"cannot move from %1 to %2"_s.arg(state, target));
        }
        return FakeResponse::json(200, job.info);
    }
    if (parts.size() == 1 && request.method == "GET") {
        if ((state == "UploadComplete"_L1 || state == "InProgress"_L1) && ++job.polls >= m_pollsUntilDone) {
            // Process the upload.
            QList<QStringList> rows;
            QString csvError;
            if (!Csv::parse(job.csv, &rows, &csvError) || rows.isEmpty()) {
                job.info.insert(u"state"_s, u"Failed"_s);
                job.info.insert(u"errorMessage"_s, QString(u"InvalidBatch : "_s + csvError));
            } else {
                job.header = rows.takeFirst();
                const qsizetype ext = job.header.indexOf(u"External_Id__c"_s);
                const qsizetype lastName = job.header.indexOf(u"LastName"_s);
                const QString sObject = job.info.value("object"_L1).toString();
                auto &store = m_upserted[sObject];
                qint64 processed = 0, failed = 0;
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    const QStringList &row = rows.at(i);
                    if (m_failAfter >= 0 && i >= m_failAfter) {
                        job.unprocessed.append(row);
                        continue;
                    }
                    ++processed;
                    if (row.size() != job.header.size()) {
                        ++failed;
                        job.failed.append(QStringList{QString(), u"INVALID_ROW:column count %1, header %2"_s.arg(row.size()).arg(job.header.size())}
                                          + row);
                    } else if (sObject != "Account"_L1 && (lastName < 0 || row.at(lastName).isEmpty())) {
                        ++failed;
                        job.failed.append(QStringList{QString(), u"REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --"_s}
                                          + row);
                    } else if (m_duplicates.contains(row.value(ext))) {
                        ++failed;
                        job.failed.append(
                            QStringList{QString(), u"DUPLICATE_EXTERNAL_ID:External ID matches more than one record:External_Id__c --"_s} + row);
                    } else {
                        const bool created = !store.contains(row.at(ext));
                        QJsonObject fields;
                        for (qsizetype c = 0; c < job.header.size(); ++c) {
                            if (c != ext && !row.at(c).isEmpty())
                                fields.insert(job.header.at(c), row.at(c));
                        }
                        store.insert(row.at(ext), fields);
                        job.successful.append(QStringList{prefixOf(sObject) + u"B%1"_s.arg(i, 14, 10, QChar(u'0')), created ? u"true"_s : u"false"_s}
                                              + row);
                    }
                }
                // Salesforce does not keep the input order: neither does the fake.
                std::reverse(job.successful.begin(), job.successful.end());
                std::reverse(job.failed.begin(), job.failed.end());
                job.info.insert(u"numberRecordsProcessed"_s, processed);
                job.info.insert(u"numberRecordsFailed"_s, failed);
                if (!job.unprocessed.isEmpty()) {
                    job.info.insert(u"state"_s, u"Failed"_s);
                    job.info.insert(u"errorMessage"_s, u"InvalidBatch : simulated failure after %1 rows"_s.arg(m_failAfter));
                } else {
                    job.info.insert(u"state"_s, u"JobComplete"_s);
                }
            }
            m_bulkJobMs += QDateTime::currentMSecsSinceEpoch() - job.startedMs;
        } else if (state == "UploadComplete"_L1) {
            job.info.insert(u"state"_s, u"InProgress"_s);
        }
        return FakeResponse::json(200, job.info);
    }
    if (parts.size() == 2 && request.method == "GET") {
        if (m_resultFailures != 0) {
            if (m_resultFailures > 0)
                --m_resultFailures;
            return error(503, u"SERVER_UNAVAILABLE"_s, u"Service temporarily unavailable"_s);
        }
        QList<QStringList> out;
        if (parts.at(1) == "successfulResults"_L1)
            out = QList<QStringList>{QStringList{u"sf__Id"_s, u"sf__Created"_s} + job.header} + job.successful;
        else if (parts.at(1) == "failedResults"_L1)
            out = QList<QStringList>{QStringList{u"sf__Id"_s, u"sf__Error"_s} + job.header} + job.failed;
        else if (parts.at(1) == "unprocessedrecords"_L1)
            out = QList<QStringList>{job.header} + job.unprocessed;
        else
            return error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s);
        return {200, Csv::write(out), "text/csv", {}};
    }
    return error(404, u"NOT_FOUND"_s, u"The requested resource does not exist"_s);
}

} // namespace Orion::Fakes

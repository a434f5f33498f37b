#include "store/recordstore.h"

#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Orion {

namespace RecordStoreDetail {

// PostgreSQL's text and jsonb refuse U+0000 (SQLite takes it); the store drops it on both engines so
// they hold the same rows. Only the stored copy changes: the record as read is left as it was.
QString storable(QString text)
{
    if (text.contains(QChar(u'\0')))
        text.remove(QChar(u'\0'));
    return text;
}

QJsonValue storable(const QJsonValue &value)
{
    if (value.isString())
        return storable(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &v : value.toArray())
            array.append(storable(v));
        return array;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject out;
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(storable(it.key()), storable(it.value()));
        return out;
    }
    return value;
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(storable(value));
}

QVariant dateOrNull(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC()) : QVariant(QMetaType::fromType<QDateTime>());
}

QByteArray jsonText(const QJsonObject &object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (text.contains("\\u0000")) // the cheap test first: walking every record would cost every sync
        text = QJsonDocument(storable(object).toObject()).toJson(QJsonDocument::Compact);
    return text;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(jsonText(object));
}

QJsonObject parseObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// 2026-12-07T01:02:03.004Z, as Qt's SQLite driver writes a UTC QDateTime (Qt::ISODateWithMs), at a
// fraction of the cost: a page of customers has three dates per record.
QString isoUtc(const QDateTime &value)
{
    using namespace std::chrono;
    const qint64 ms = value.toMSecsSinceEpoch();
    const sys_time<milliseconds> t{milliseconds(ms)};
    const auto day = floor<days>(t);
    const year_month_day date{day};
    const int year = int(date.year());
    if (year < 1 || year > 9999)
        return value.toUTC().toString(Qt::ISODateWithMs);
    const hh_mm_ss<milliseconds> time{t - day};
    // Written digit by digit: snprintf cost more than the rest of a row's binding.
    char16_t text[24] = {u'0', u'0', u'0', u'0', u'-', u'0', u'0', u'-', u'0', u'0', u'T', u'0',
                         u'0', u':', u'0', u'0', u':', u'0', u'0', u'.', u'0', u'0', u'0', u'Z'};
    auto digits = [&](int at, int width, long long number) {
        for (int i = at + width - 1; i >= at; --i, number /= 10)
            text[i] = char16_t(u'0' + number % 10);
    };
    digits(0, 4, year);
    digits(5, 2, unsigned(date.month()));
    digits(8, 2, unsigned(date.day()));
    digits(11, 2, time.hours().count());
    digits(14, 2, time.minutes().count());
    digits(17, 2, time.seconds().count());
    digits(20, 3, time.subseconds().count());
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

// SQLite workspaces write pages through the C API with one prepared statement: Qt's binding (a
// QVariant, a placeholder name and a conversion per value) costs more than SQLite's own upsert.
// The values stored are the same as through Qt's driver.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql)
        : m_db(handleOf(db))
    {
        if (m_db && sqlite3_prepare_v3(m_db, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
        // Sized once: a bound buffer must not move (short text lives inside its std::string).
        const size_t columns = m_stmt ? size_t(sqlite3_bind_parameter_count(m_stmt)) + 1 : 0;
        m_buffers.resize(columns);
        m_kept.resize(columns);
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    bool isOn(const QSqlDatabase &db) const { return m_db && m_db == handleOf(db); }
    static sqlite3 *handleOf(const QSqlDatabase &db)
    {
        const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
        return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
    }
    QString error() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite handle"); }

    void text(const QString &value) // empty = NULL
    {
        if (value.isEmpty())
            sqlite3_bind_null(m_stmt, ++m_column);
        else
            bindUtf8(value, true);
    }
    void string(const QString &value) // as Qt binds a QString: a null one is NULL, an empty one ''
    {
        if (value.isNull())
            sqlite3_bind_null(m_stmt, ++m_column);
        else
            bindUtf8(value, false);
    }
    void utf8(const QByteArray &value)
    {
        if (size_t(++m_column) >= m_kept.size())
            return;                                  // more values than parameters: ignored, as sqlite3_bind_* would (SQLITE_RANGE)
        QByteArray &kept = m_kept[size_t(m_column)]; // shared, not copied; bound until the next run()
        kept = value;
        sqlite3_bind_text(m_stmt, m_column, kept.constData(), int(kept.size()), SQLITE_STATIC);
    }
    void integer(qint64 value) { sqlite3_bind_int64(m_stmt, ++m_column, value); }
    void date(const QDateTime &value)
    {
        if (!value.isValid())
            sqlite3_bind_null(m_stmt, ++m_column);
        else
            text(isoUtc(value));
    }
    bool run(QString *error)
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        m_column = 0;
        if (rc != SQLITE_DONE) {
            *error = this->error();
            return false;
        }
        return true;
    }

private:
    // The text as UTF-8 (the database's encoding, so SQLite converts nothing), in a buffer of the
    // column's own that is reused row after row and bound until the next run(). `dropNul`: U+0000
    // removed, as storable() does (in UTF-8 it is the only zero byte).
    void bindUtf8(QStringView value, bool dropNul)
    {
        if (size_t(++m_column) >= m_buffers.size())
            return; // more values than parameters: ignored, as sqlite3_bind_* would (SQLITE_RANGE)
        std::string &buffer = m_buffers[size_t(m_column)];
        buffer.resize(size_t(value.size()) * 3);
        char *end = m_encoder.appendToBuffer(buffer.data(), value);
        if (dropNul)
            end = std::remove(buffer.data(), end, '\0');
        sqlite3_bind_text(m_stmt, m_column, buffer.data(), int(end - buffer.data()), SQLITE_STATIC);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_column = 0;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::vector<std::string> m_buffers; // by column
    std::vector<QByteArray> m_kept;
};

// A stored record's JSON with the time its source deleted it, when it did.
QJsonObject withDeletion(QJsonObject record, const QVariant &deletedAt)
{
    const QDateTime at = ConnectionStore::toUtc(deletedAt);
    if (at.isValid())
        record.insert(u"deleted_at"_s, at.toString(Qt::ISODateWithMs));
    return record;
}

} // namespace RecordStoreDetail

using RecordStoreDetail::dateOrNull;
using RecordStoreDetail::textOrNull;
using RecordStoreDetail::withDeletion;

QByteArray RecordStore::rawText(const QJsonObject &raw)
{
    return RecordStoreDetail::jsonText(raw);
}

RecordStore::RecordStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

std::shared_ptr<RecordStoreDetail::SqliteStatement> RecordStore::sqliteStatement(const QString &sql)
{
    const QSqlDatabase db = m_workspace.database();
    std::shared_ptr<RecordStoreDetail::SqliteStatement> &kept = m_statements[sql];
    if (!kept || !kept->isValid() || !kept->isOn(db)) // a workspace opened again has a new handle
        kept = std::make_shared<RecordStoreDetail::SqliteStatement>(db, sql);
    return kept;
}

QJsonObject RecordStore::checkpoint(qint64 connectionId, const QString &stream, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(u"SELECT checkpoint FROM sync_state WHERE connection_id = ? AND stream = ?"_s);
    q.addBindValue(connectionId);
    q.addBindValue(stream);
    if (!q.exec()) {
        *error = tr("Cannot read the sync checkpoint: %1").arg(q.lastError().text());
        return {};
    }
    return q.next() ? RecordStoreDetail::parseObject(q.value(0)) : QJsonObject();
}

bool RecordStore::upsertCustomers(const UnifiedCustomers &customers, QString *error)
{
    if (customers.isEmpty())
        return true;
    static const QString sql = uR"(INSERT INTO unified_customers (connection_id, source, external_id, first_name, last_name, full_name,
                  email, phone, company, address_line1, address_line2, address_city, address_region,
                  address_postal_code, address_country, created_at, updated_at, raw, synced_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT (connection_id, external_id) DO UPDATE SET
                  source = excluded.source, first_name = excluded.first_name, last_name = excluded.last_name,
                  full_name = excluded.full_name, email = excluded.email, phone = excluded.phone,
                  company = excluded.company, address_line1 = excluded.address_line1,
                  address_line2 = excluded.address_line2, address_city = excluded.address_city,
                  address_region = excluded.address_region, address_postal_code = excluded.address_postal_code,
                  address_country = excluded.address_country, created_at = excluded.created_at,
                  updated_at = excluded.updated_at, raw = excluded.raw, synced_at = excluded.synced_at, deleted_at = NULL)"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_workspace.isPostgres()) {
        const std::shared_ptr<RecordStoreDetail::SqliteStatement> statement = sqliteStatement(sql);
        RecordStoreDetail::SqliteStatement &st = *statement;
        if (!st.isValid()) {
            *error = tr("Cannot store customers: %1").arg(st.error());
            return false;
        }
        const QString syncedAt = RecordStoreDetail::isoUtc(now);
        for (const UnifiedCustomer &c : customers) {
            st.integer(c.connectionId);
            st.string(c.source);
            st.string(c.externalId);
            st.text(c.firstName);
            st.text(c.lastName);
            st.text(c.fullName);
            st.text(c.email);
            st.text(c.phone);
            st.text(c.company);
            st.text(c.address.line1);
            st.text(c.address.line2);
            st.text(c.address.city);
            st.text(c.address.region);
            st.text(c.address.postalCode);
            st.text(c.address.country.size() == 2 ? c.address.country : QString());
            st.date(c.createdAt);
            st.date(c.updatedAt);
            st.utf8(c.rawText.isEmpty() ? RecordStoreDetail::jsonText(c.raw) : c.rawText);
            st.text(syncedAt);
            if (!st.run(error)) {
                *error = tr("Cannot store customer %1: %2").arg(c.externalId, *error);
                return false;
            }
        }
        return true;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(sql);
    for (const UnifiedCustomer &c : customers) {
        q.addBindValue(c.connectionId);
        q.addBindValue(c.source);
        q.addBindValue(c.externalId);
        q.addBindValue(textOrNull(c.firstName));
        q.addBindValue(textOrNull(c.lastName));
        q.addBindValue(textOrNull(c.fullName));
        q.addBindValue(textOrNull(c.email));
        q.addBindValue(textOrNull(c.phone));
        q.addBindValue(textOrNull(c.company));
        q.addBindValue(textOrNull(c.address.line1));
        q.addBindValue(textOrNull(c.address.line2));
        q.addBindValue(textOrNull(c.address.city));
        q.addBindValue(textOrNull(c.address.region));
        q.addBindValue(textOrNull(c.address.postalCode));
        q.addBindValue(c.address.country.size() == 2 ? QVariant(c.address.country) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(dateOrNull(c.createdAt));
        q.addBindValue(dateOrNull(c.updatedAt));
        q.addBindValue(QString::fromUtf8(c.rawText.isEmpty() ? RecordStoreDetail::jsonText(c.raw) : c.rawText));
        q.addBindValue(now);
        if (!q.exec()) {
            *error = tr("Cannot store customer %1: %2").arg(c.externalId, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool RecordStore::upsertInvoices(const UnifiedInvoices &invoices, QString *error)
{
    if (invoices.isEmpty())
        return true;
    static const QString sql = uR"(INSERT INTO unified_invoices (connection_id, source, external_id, number, customer_external_id,
                  currency, subtotal, tax, total, amount_due, status, issued_at, due_at, line_items, raw, synced_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT (connection_id, external_id) DO UPDATE SET
                  source = excluded.source, number = excluded.number,
                  customer_external_id = excluded.customer_external_id, currency = excluded.currency,
                  subtotal = excluded.subtotal, tax = excluded.tax, total = excluded.total,
                  amount_due = excluded.amount_due, status = excluded.status, issued_at = excluded.issued_at,
                  due_at = excluded.due_at, line_items = excluded.line_items, raw = excluded.raw, deleted_at = NULL,
                  synced_at = excluded.synced_at)"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto linesOf = [](const UnifiedInvoice &inv) {
        QJsonArray lines;
        for (const auto &line : inv.lineItems)
            lines.append(line.toJson());
        return QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact));
    };
    if (!m_workspace.isPostgres()) {
        const std::shared_ptr<RecordStoreDetail::SqliteStatement> statement = sqliteStatement(sql);
        RecordStoreDetail::SqliteStatement &st = *statement;
        if (!st.isValid()) {
            *error = tr("Cannot store invoices: %1").arg(st.error());
            return false;
        }
        const QString syncedAt = RecordStoreDetail::isoUtc(now);
        for (const UnifiedInvoice &inv : invoices) {
            st.integer(inv.connectionId);
            st.string(inv.source);
            st.string(inv.externalId);
            st.text(inv.number);
            st.text(inv.customerExternalId);
            st.string(inv.currency);
            st.integer(inv.subtotal);
            st.integer(inv.tax);
            st.integer(inv.total);
            st.integer(inv.amountDue);
            st.string(UnifiedInvoice::statusName(inv.status));
            st.date(inv.issuedAt);
            st.date(inv.dueAt);
            st.string(linesOf(inv));
            st.utf8(inv.rawText.isEmpty() ? RecordStoreDetail::jsonText(inv.raw) : inv.rawText);
            st.string(syncedAt);
            if (!st.run(error)) {
                *error = tr("Cannot store invoice %1: %2").arg(inv.externalId, *error);
                return false;
            }
        }
        return true;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(sql);
    for (const UnifiedInvoice &inv : invoices) {
        q.addBindValue(inv.connectionId);
        q.addBindValue(inv.source);
        q.addBindValue(inv.externalId);
        q.addBindValue(textOrNull(inv.number));
        q.addBindValue(textOrNull(inv.customerExternalId));
        q.addBindValue(inv.currency);
        q.addBindValue(inv.subtotal);
        q.addBindValue(inv.tax);
        q.addBindValue(inv.total);
        q.addBindValue(inv.amountDue);
        q.addBindValue(UnifiedInvoice::statusName(inv.status));
        q.addBindValue(dateOrNull(inv.issuedAt));
        q.addBindValue(dateOrNull(inv.dueAt));
        q.addBindValue(linesOf(inv));
        q.addBindValue(QString::fromUtf8(inv.rawText.isEmpty() ? RecordStoreDetail::jsonText(inv.raw) : inv.rawText));
        q.addBindValue(now);
        if (!q.exec()) {
            *error = tr("Cannot store invoice %1: %2").arg(inv.externalId, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool RecordStore::markDeleted(qint64 connectionId, const QList<Deletion> &deletions, qint64 *marked, QString *error)
{
    if (deletions.isEmpty())
        return true;
    // A record marked already keeps its first deletion time; an unknown one has nothing to mark.
    QSqlQuery customers(m_workspace.database());
    QSqlQuery invoices(m_workspace.database());
    customers.prepare(
        u"UPDATE unified_customers SET deleted_at = ?, synced_at = ? WHERE connection_id = ? AND external_id = ? AND deleted_at IS NULL"_s);
    invoices.prepare(
        u"UPDATE unified_invoices SET deleted_at = ?, synced_at = ? WHERE connection_id = ? AND external_id = ? AND deleted_at IS NULL"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Deletion &d : deletions) {
        QSqlQuery &q = d.kind == RecordKind::Customer ? customers : invoices;
        const QDateTime at = d.at.isValid() ? d.at.toUTC() : now;
        q.addBindValue(m_workspace.isPostgres() ? QVariant(at) : QVariant(RecordStoreDetail::isoUtc(at)));
        q.addBindValue(m_workspace.isPostgres() ? QVariant(now) : QVariant(RecordStoreDetail::isoUtc(now)));
        q.addBindValue(connectionId);
        q.addBindValue(d.externalId);
        if (!q.exec()) {
            *error = tr("Cannot mark record %1 as deleted: %2").arg(d.externalId, q.lastError().text());
            return false;
        }
        if (marked)
            *marked += q.numRowsAffected();
    }
    return true;
}

bool RecordStore::writePage(qint64 connectionId, const QString &stream, const Page &page, qint64 *written, QString *error, QStringList *refused,
                            qint64 *deleted)
{
    if (deleted)
        *deleted = 0;
    QSqlDatabase db = m_workspace.database();
    auto saveCheckpoint = [&] {
        QSqlQuery q(db);
        q.prepare(uR"(INSERT INTO sync_state (connection_id, stream, checkpoint, updated_at) VALUES (?, ?, ?, ?)
                      ON CONFLICT (connection_id, stream) DO UPDATE
                      SET checkpoint = excluded.checkpoint, updated_at = excluded.updated_at)"_s);
        q.addBindValue(connectionId);
        q.addBindValue(stream);
        q.addBindValue(RecordStoreDetail::json(page.checkpoint));
        q.addBindValue(QDateTime::currentDateTimeUtc());
        if (!q.exec()) {
            *error = tr("Cannot save the sync checkpoint: %1").arg(q.lastError().text());
            return false;
        }
        return true;
    };
    auto commit = [&] {
        if (!db.commit()) {
            *error = tr("Cannot commit the page: %1").arg(db.lastError().text());
            db.rollback();
            return false;
        }
        return true;
    };
    // The checkpoint and the commit that end either path.
    auto finish = [&](qint64 stored) {
        if (!saveCheckpoint()) {
            db.rollback();
            return false;
        }
        if (!commit())
            return false;
        *written = stored;
        return true;
    };
    if (!db.transaction()) {
        *error = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    // The fast path: the whole page in one statement sequence.
    QString recordError;
    if (upsertCustomers(page.customers, &recordError) && upsertInvoices(page.invoices, &recordError)
        && markDeleted(connectionId, page.deletions, deleted, &recordError))
        return finish(page.customers.size() + page.invoices.size());
    db.rollback();
    if (!refused) {
        *error = recordError;
        return false;
    }

    // A record the store refuses: the page again, one savepoint per record, so the others are kept and
    // the refused ones are counted with their reason.
    if (!db.transaction()) {
        *error = tr("Cannot start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    qint64 stored = 0;
    auto one = [&](auto upsert, const auto &record, const QString &externalId) {
        QSqlQuery sp(db);
        if (!sp.exec(u"SAVEPOINT orion_record"_s)) {
            *error = sp.lastError().text();
            return false;
        }
        QString why;
        if (upsert(record, &why)) {
            sp.exec(u"RELEASE SAVEPOINT orion_record"_s);
            ++stored;
        } else {
            sp.exec(u"ROLLBACK TO SAVEPOINT orion_record"_s);
            sp.exec(u"RELEASE SAVEPOINT orion_record"_s);
            refused->append(tr("record %1 was not stored: %2").arg(externalId, why));
        }
        return true;
    };
    for (const UnifiedCustomer &c : page.customers) {
        if (!one([this](const UnifiedCustomer &r, QString *why) { return upsertCustomers({r}, why); }, c, c.externalId)) {
            db.rollback();
            return false;
        }
    }
    for (const UnifiedInvoice &inv : page.invoices) {
        if (!one([this](const UnifiedInvoice &r, QString *why) { return upsertInvoices({r}, why); }, inv, inv.externalId)) {
            db.rollback();
            return false;
        }
    }
    if (!markDeleted(connectionId, page.deletions, deleted, error)) {
        db.rollback();
        return false;
    }
    return finish(stored);
}

QList<QJsonObject> RecordStore::records(qint64 connectionId, RecordKind kind, QString *error, Deleted deleted) const
{
    const QString live = deleted == Deleted::Hidden ? u" AND deleted_at IS NULL"_s : QString();
    QList<QJsonObject> result;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (kind == RecordKind::Customer) {
        q.prepare(uR"(SELECT source, external_id, first_name, last_name, full_name, email, phone, company,
                      address_line1, address_line2, address_city, address_region, address_postal_code,
                      address_country, created_at, updated_at, raw, deleted_at
                      FROM unified_customers WHERE connection_id = ?)"_s
                  + live + u" ORDER BY external_id"_s);
    } else {
        q.prepare(uR"(SELECT source, external_id, number, customer_external_id, currency, subtotal, tax, total,
                      amount_due, status, issued_at, due_at, line_items, raw, deleted_at
                      FROM unified_invoices WHERE connection_id = ?)"_s
                  + live + u" ORDER BY external_id"_s);
    }
    q.addBindValue(connectionId);
    if (!q.exec()) {
        *error = tr("Cannot read the records: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next()) {
        if (kind == RecordKind::Customer) {
            UnifiedCustomer c;
            c.connectionId = connectionId;
            c.source = q.value(0).toString();
            c.externalId = q.value(1).toString();
            c.firstName = q.value(2).toString();
            c.lastName = q.value(3).toString();
            c.fullName = q.value(4).toString();
            c.email = q.value(5).toString();
            c.phone = q.value(6).toString();
            c.company = q.value(7).toString();
            c.address = {q.value(8).toString(),  q.value(9).toString(),  q.value(10).toString(),
                         q.value(11).toString(), q.value(12).toString(), q.value(13).toString()};
            c.createdAt = ConnectionStore::toUtc(q.value(14));
            c.updatedAt = ConnectionStore::toUtc(q.value(15));
            c.raw = RecordStoreDetail::parseObject(q.value(16));
            result.append(withDeletion(c.toJson(), q.value(17)));
        } else {
            UnifiedInvoice inv;
            inv.connectionId = connectionId;
            inv.source = q.value(0).toString();
            inv.externalId = q.value(1).toString();
            inv.number = q.value(2).toString();
            inv.customerExternalId = q.value(3).toString();
            inv.currency = q.value(4).toString();
            inv.subtotal = q.value(5).toLongLong();
            inv.tax = q.value(6).toLongLong();
            inv.total = q.value(7).toLongLong();
            inv.amountDue = q.value(8).toLongLong();
            UnifiedInvoice::statusFromName(q.value(9).toString(), &inv.status);
            inv.issuedAt = ConnectionStore::toUtc(q.value(10));
            inv.dueAt = ConnectionStore::toUtc(q.value(11));
            for (const QJsonValue &line : QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array()) {
                UnifiedLineItem item;
                QString ignored;
                if (UnifiedLineItem::fromJson(line.toObject(), &item, &ignored))
                    inv.lineItems.append(item);
            }
            inv.raw = RecordStoreDetail::parseObject(q.value(13));
            result.append(withDeletion(inv.toJson(), q.value(14)));
        }
    }
    return result;
}

qint64 RecordStore::count(qint64 connectionId, RecordKind kind, QString *error, Deleted deleted) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare((kind == RecordKind::Customer ? u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s
                                            : u"SELECT count(*) FROM unified_invoices WHERE connection_id = ?"_s)
              + (deleted == Deleted::Hidden ? u" AND deleted_at IS NULL"_s : QString()));
    q.addBindValue(connectionId);
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot count the records: %1").arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace Orion

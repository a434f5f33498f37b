#include "store/recordstore.h"

#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

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

QString json(const QJsonObject &object)
{
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (text.contains("\\u0000")) // the cheap test first: walking every record would cost every sync
        text = QJsonDocument(storable(object).toObject()).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text);
}

QJsonObject parseObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace RecordStoreDetail

using RecordStoreDetail::dateOrNull;
using RecordStoreDetail::textOrNull;

RecordStore::RecordStore(Workspace &workspace)
    : m_workspace(workspace)
{
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
    QSqlQuery q(m_workspace.database());
    q.prepare(uR"(INSERT INTO unified_customers (connection_id, source, external_id, first_name, last_name, full_name,
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
                  updated_at = excluded.updated_at, raw = excluded.raw, synced_at = excluded.synced_at)"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
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
        q.addBindValue(RecordStoreDetail::json(c.raw));
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
    QSqlQuery q(m_workspace.database());
    q.prepare(uR"(INSERT INTO unified_invoices (connection_id, source, external_id, number, customer_external_id,
                  currency, subtotal, tax, total, amount_due, status, issued_at, due_at, line_items, raw, synced_at)
                  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT (connection_id, external_id) DO UPDATE SET
                  source = excluded.source, number = excluded.number,
                  customer_external_id = excluded.customer_external_id, currency = excluded.currency,
                  subtotal = excluded.subtotal, tax = excluded.tax, total = excluded.total,
                  amount_due = excluded.amount_due, status = excluded.status, issued_at = excluded.issued_at,
                  due_at = excluded.due_at, line_items = excluded.line_items, raw = excluded.raw,
                  synced_at = excluded.synced_at)"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const UnifiedInvoice &inv : invoices) {
        QJsonArray lines;
        for (const auto &line : inv.lineItems)
            lines.append(line.toJson());
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
        q.addBindValue(QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)));
        q.addBindValue(RecordStoreDetail::json(inv.raw));
        q.addBindValue(now);
        if (!q.exec()) {
            *error = tr("Cannot store invoice %1: %2").arg(inv.externalId, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool RecordStore::writePage(qint64 connectionId, const QString &stream, const Page &page, qint64 *written, QString *error, QStringList *refused)
{
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
    if (upsertCustomers(page.customers, &recordError) && upsertInvoices(page.invoices, &recordError))
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
    return finish(stored);
}

QList<QJsonObject> RecordStore::records(qint64 connectionId, RecordKind kind, QString *error) const
{
    QList<QJsonObject> result;
    QSqlQuery q(m_workspace.database());
    q.setForwardOnly(true);
    if (kind == RecordKind::Customer) {
        q.prepare(uR"(SELECT source, external_id, first_name, last_name, full_name, email, phone, company,
                      address_line1, address_line2, address_city, address_region, address_postal_code,
                      address_country, created_at, updated_at, raw
                      FROM unified_customers WHERE connection_id = ? ORDER BY external_id)"_s);
    } else {
        q.prepare(uR"(SELECT source, external_id, number, customer_external_id, currency, subtotal, tax, total,
                      amount_due, status, issued_at, due_at, line_items, raw
                      FROM unified_invoices WHERE connection_id = ? ORDER BY external_id)"_s);
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
            result.append(c.toJson());
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
            result.append(inv.toJson());
        }
    }
    return result;
}

qint64 RecordStore::count(qint64 connectionId, RecordKind kind, QString *error) const
{
    QSqlQuery q(m_workspace.database());
    q.prepare(kind == RecordKind::Customer ? u"SELECT count(*) FROM unified_customers WHERE connection_id = ?"_s
                                           : u"SELECT count(*) FROM unified_invoices WHERE connection_id = ?"_s);
    q.addBindValue(connectionId);
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot count the records: %1").arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace Orion

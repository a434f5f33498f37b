#include "unified/unifiedinvoice.h"
#include "common/enumnames.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

// Money and counts must be JSON integers: 12.5 or "12" are rejected rather than rounded.
bool readMinorUnits(const QJsonObject &json, QLatin1StringView key, qint64 *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = 0;
        return true;
    }
    const double d = value.toDouble();
    if (!value.isDouble() || d != double(qint64(d))) {
        *error = u"%1 must be a whole number of minor units"_s.arg(key);
        return false;
    }
    *out = value.toInteger();
    return true;
}

} // namespace

QJsonObject UnifiedLineItem::toJson() const
{
    return QJsonObject{{u"description"_s, description}, {u"quantity"_s, quantity}, {u"unit_amount"_s, unitAmount}, {u"amount"_s, amount}};
}

bool UnifiedLineItem::fromJson(const QJsonObject &json, UnifiedLineItem *item, QString *error)
{
    UnifiedLineItem i;
    i.description = json.value("description"_L1).toString();
    if (!readMinorUnits(json, "quantity"_L1, &i.quantity, error) || !readMinorUnits(json, "unit_amount"_L1, &i.unitAmount, error)
        || !readMinorUnits(json, "amount"_L1, &i.amount, error))
        return false;
    *item = std::move(i);
    return true;
}

QString UnifiedInvoice::statusName(Status status)
{
    return enumName(status);
}

bool UnifiedInvoice::statusFromName(const QString &name, Status *status)
{
    const auto value = enumFromName<Status>(name);
    if (value)
        *status = *value;
    return value.has_value();
}

QJsonObject UnifiedInvoice::toJson() const
{
    QJsonArray lines;
    for (const auto &line : lineItems)
        lines.append(line.toJson());
    return QJsonObject{
        {u"connection_id"_s, connectionId},
        {u"source"_s, source},
        {u"external_id"_s, externalId},
        {u"number"_s, number.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(number)},
        {u"customer_external_id"_s, customerExternalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(customerExternalId)},
        {u"currency"_s, currency},
        {u"subtotal"_s, subtotal},
        {u"tax"_s, tax},
        {u"total"_s, total},
        {u"amount_due"_s, amountDue},
        {u"status"_s, statusName(status)},
        {u"issued_at"_s, dateTimeToJson(issuedAt)},
        {u"due_at"_s, dateTimeToJson(dueAt)},
        {u"line_items"_s, lines},
        {u"raw"_s, rawObject()},
    };
}

QJsonObject UnifiedInvoice::rawObject() const
{
    return raw.isEmpty() && !rawText.isEmpty() ? QJsonDocument::fromJson(rawText).object() : raw;
}

bool UnifiedInvoice::fromJson(const QJsonObject &json, UnifiedInvoice *invoice, QString *error)
{
    UnifiedInvoice inv;
    inv.connectionId = json.value("connection_id"_L1).toInteger();
    inv.source = json.value("source"_L1).toString();
    inv.externalId = json.value("external_id"_L1).toString();
    if (inv.externalId.isEmpty()) {
        *error = u"external_id is required"_s;
        return false;
    }
    inv.number = json.value("number"_L1).toString();
    inv.customerExternalId = json.value("customer_external_id"_L1).toString();
    inv.currency = json.value("currency"_L1).toString();
    if (inv.currency.size() != 3 || inv.currency != inv.currency.toUpper()) {
        *error = u"currency must be an upper-case ISO 4217 code"_s;
        return false;
    }
    if (!readMinorUnits(json, "subtotal"_L1, &inv.subtotal, error) || !readMinorUnits(json, "tax"_L1, &inv.tax, error)
        || !readMinorUnits(json, "total"_L1, &inv.total, error) || !readMinorUnits(json, "amount_due"_L1, &inv.amountDue, error))
        return false;
    if (!statusFromName(json.value("status"_L1).toString(), &inv.status)) {
        *error = u"status must be one of draft, open, paid, void, uncollectible"_s;
        return false;
    }
    bool ok = false;
    inv.issuedAt = dateTimeFromJson(json.value("issued_at"_L1), &ok);
    if (!ok) {
        *error = u"issued_at must be an ISO 8601 date and time"_s;
        return false;
    }
    inv.dueAt = dateTimeFromJson(json.value("due_at"_L1), &ok);
    if (!ok) {
        *error = u"due_at must be an ISO 8601 date and time"_s;
        return false;
    }
    const QJsonArray lines = json.value("line_items"_L1).toArray();
    for (const QJsonValue &line : lines) {
        UnifiedLineItem item;
        if (!line.isObject() || !UnifiedLineItem::fromJson(line.toObject(), &item, error)) {
            if (!line.isObject())
                *error = u"line_items must contain objects"_s;
            *error = u"line_items[%1]: %2"_s.arg(inv.lineItems.size()).arg(*error);
            return false;
        }
        inv.lineItems.append(item);
    }
    inv.raw = json.value("raw"_L1).toObject();
    *invoice = std::move(inv);
    return true;
}

} // namespace Orion

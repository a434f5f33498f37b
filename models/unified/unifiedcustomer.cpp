#include "unified/unifiedcustomer.h"

#include <QJsonDocument>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

QJsonValue textOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// Accepts a string or null; anything else is a malformed field.
bool readText(const QJsonObject &json, QLatin1StringView key, QString *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString()) {
        *error = u"%1 must be a string"_s.arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

bool readDate(const QJsonObject &json, QLatin1StringView key, QDateTime *out, QString *error)
{
    bool ok = false;
    *out = dateTimeFromJson(json.value(key), &ok);
    if (!ok)
        *error = u"%1 must be an ISO 8601 date and time"_s.arg(key);
    return ok;
}

} // namespace

QJsonValue dateTimeToJson(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QDateTime dateTimeFromJson(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return {};
    if (value.isString()) {
        QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (parsed.isValid())
            return parsed.toUTC();
    }
    *ok = false;
    return {};
}

bool UnifiedAddress::isEmpty() const
{
    return line1.isEmpty() && line2.isEmpty() && city.isEmpty() && region.isEmpty() && postalCode.isEmpty() && country.isEmpty();
}

QJsonObject UnifiedAddress::toJson() const
{
    return QJsonObject{
        {u"line1"_s, textOrNull(line1)},
        {u"line2"_s, textOrNull(line2)},
        {u"city"_s, textOrNull(city)},
        {u"region"_s, textOrNull(region)},
        {u"postal_code"_s, textOrNull(postalCode)},
        {u"country"_s, textOrNull(country)},
    };
}

UnifiedAddress UnifiedAddress::fromJson(const QJsonObject &json)
{
    UnifiedAddress a;
    a.line1 = json.value("line1"_L1).toString();
    a.line2 = json.value("line2"_L1).toString();
    a.city = json.value("city"_L1).toString();
    a.region = json.value("region"_L1).toString();
    a.postalCode = json.value("postal_code"_L1).toString();
    a.country = json.value("country"_L1).toString();
    return a;
}

QJsonObject UnifiedCustomer::toJson() const
{
    return QJsonObject{
        {u"connection_id"_s, connectionId},
        {u"source"_s, source},
        {u"external_id"_s, externalId},
        {u"first_name"_s, textOrNull(firstName)},
        {u"last_name"_s, textOrNull(lastName)},
        {u"full_name"_s, textOrNull(fullName)},
        {u"email"_s, textOrNull(email)},
        {u"phone"_s, textOrNull(phone)},
        {u"company"_s, textOrNull(company)},
        {u"address"_s, address.toJson()},
        {u"created_at"_s, dateTimeToJson(createdAt)},
        {u"updated_at"_s, dateTimeToJson(updatedAt)},
        {u"raw"_s, rawObject()},
    };
}

QJsonObject UnifiedCustomer::rawObject() const
{
    return raw.isEmpty() && !rawText.isEmpty() ? QJsonDocument::fromJson(rawText).object() : raw;
}

bool UnifiedCustomer::fromJson(const QJsonObject &json, UnifiedCustomer *customer, QString *error)
{
    UnifiedCustomer c;
    c.connectionId = json.value("connection_id"_L1).toInteger();
    if (!readText(json, "source"_L1, &c.source, error) || !readText(json, "external_id"_L1, &c.externalId, error)
        || !readText(json, "first_name"_L1, &c.firstName, error) || !readText(json, "last_name"_L1, &c.lastName, error)
        || !readText(json, "full_name"_L1, &c.fullName, error) || !readText(json, "email"_L1, &c.email, error)
        || !readText(json, "phone"_L1, &c.phone, error) || !readText(json, "company"_L1, &c.company, error)
        || !readDate(json, "created_at"_L1, &c.createdAt, error) || !readDate(json, "updated_at"_L1, &c.updatedAt, error))
        return false;
    if (c.externalId.isEmpty()) {
        *error = u"external_id is required"_s;
        return false;
    }
    const QJsonValue address = json.value("address"_L1);
    if (!address.isUndefined() && !address.isNull() && !address.isObject()) {
        *error = u"address must be an object"_s;
        return false;
    }
    c.address = UnifiedAddress::fromJson(address.toObject());
    if (!c.address.country.isEmpty() && c.address.country.size() != 2) {
        *error = u"address.country must be an ISO 3166 alpha-2 code"_s;
        return false;
    }
    c.raw = json.value("raw"_L1).toObject();
    *customer = std::move(c);
    return true;
}

} // namespace Orion

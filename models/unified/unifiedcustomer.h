#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Orion {

// A postal address in the unified schema. country is ISO 3166-1 alpha-2 (upper case) or empty.
struct UnifiedAddress
{
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString country;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static UnifiedAddress fromJson(const QJsonObject &json);
    friend bool operator==(const UnifiedAddress &, const UnifiedAddress &) = default;
};

// A customer or contact from any source, in the one shape every store, export and mapping uses.
struct UnifiedCustomer
{
    qint64 connectionId = 0;
    QString source;     // connector id, e.g. "stripe"
    QString externalId; // the source's id; unique per connection
    QString firstName;
    QString lastName;
    QString fullName;
    QString email;
    QString phone; // E.164 where parseable, otherwise the source's text
    QString company;
    UnifiedAddress address;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
    QJsonObject raw;     // the source record as received
    QByteArray rawText;  // raw as the store keeps it (compact JSON), when a reader thread prepared it
    // raw, or rawText parsed when a reader kept only the compact text (Stripe's customer pages).
    QJsonObject rawObject() const;

    // Field names follow the database columns (snake_case); address is a nested object.
    QJsonObject toJson() const;
    // Returns false with *error for a record that has no external_id or a malformed field.
    static bool fromJson(const QJsonObject &json, UnifiedCustomer *customer, QString *error);
    friend bool operator==(const UnifiedCustomer &, const UnifiedCustomer &) = default;
};

using UnifiedCustomers = QList<UnifiedCustomer>;

// Shared helpers for the unified JSON: ISO 8601 UTC with milliseconds, null for invalid dates.
QJsonValue dateTimeToJson(const QDateTime &value);
QDateTime dateTimeFromJson(const QJsonValue &value, bool *ok);

} // namespace Orion

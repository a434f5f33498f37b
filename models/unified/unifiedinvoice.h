#pragma once

#include <QObject>

#include "unified/unifiedcustomer.h"

namespace Orion {

// Money is always an integer number of minor units (cents); never floating point.
struct UnifiedLineItem
{
    QString description;
    qint64 quantity = 1;
    qint64 unitAmount = 0;
    qint64 amount = 0;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, UnifiedLineItem *item, QString *error);
    friend bool operator==(const UnifiedLineItem &, const UnifiedLineItem &) = default;
};

struct UnifiedInvoice
{
    Q_GADGET
public:
    enum class Status { Draft, Open, Paid, Void, Uncollectible };
    Q_ENUM(Status)

    qint64 connectionId = 0;
    QString source;
    QString externalId;
    QString number;
    QString customerExternalId;
    QString currency; // ISO 4217, upper case
    qint64 subtotal = 0;
    qint64 tax = 0;
    qint64 total = 0;
    qint64 amountDue = 0;
    Status status = Status::Draft;
    QDateTime issuedAt; // UTC
    QDateTime dueAt;    // UTC
    QList<UnifiedLineItem> lineItems;
    QJsonObject raw;
    QByteArray rawText; // raw as the store keeps it (compact JSON), when a reader thread prepared it
    // raw, or rawText parsed when a reader kept only the compact text (Stripe's customer pages).
    QJsonObject rawObject() const;

    static QString statusName(Status status);
    static bool statusFromName(const QString &name, Status *status);

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, UnifiedInvoice *invoice, QString *error);
    friend bool operator==(const UnifiedInvoice &, const UnifiedInvoice &) = default;
};

using UnifiedInvoices = QList<UnifiedInvoice>;

} // namespace Orion

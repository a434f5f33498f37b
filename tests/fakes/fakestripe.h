#pragma once

#include "fakeservice.h"

#include <QUrlQuery>

#include <QSet>

#include <functional>

namespace Orion::Fakes {

// Stripe's documented contract (api-contracts.md §4): Bearer secret key, list pagination newest
// first with limit 1–100 and starting_after/ending_before (mutually exclusive), `created`
// filters (created=N, created[gt|gte|lt|lte]), form-encoded POST bodies, Idempotency-Key replay (same parameters → the saved answer
// with Idempotent-Replayed: true; different parameters → 400 idempotency_error), and Stripe's
// error body. Customers and invoices are generated from their index, so a million of them costs
// no memory; customer i was created at kEpoch + i / 2 (two per second: same-second boundaries).
// Changes made through the fake (new, renamed and deleted customers, created ones) are also
// events of the Events API (GET /v1/events: newest first, the same cursors, `type` with a `.*`
// wildcard or `types[]` (at most 20, not both), `created` filters, 30 days of history by the fake's
// clock; a cursor naming an event no longer kept is 400 resource_missing).
class FakeStripe : public FakeService
{
public:
    static constexpr qint64 kEpoch = 1'700'000'000;

    explicit FakeStripe(const QString &apiKey = QStringLiteral("sk_test_orion_4eC39HqLyjWDarjtT1zdp7dc"));

    QString apiKey() const { return m_apiKey; }
    void setCustomerCount(qint64 count);
    void setInvoiceCount(qint64 count);
    qint64 customerCount() const;
    void renameCustomer(qint64 index, const QString &name); // changes the record in place (no event)
    // Changes as a user of the Dashboard makes them, each with its event.
    void addCustomers(qint64 count);                        // customer.created
    void updateCustomer(qint64 index, const QString &name); // customer.updated (previous_attributes)
    void deleteCustomer(qint64 index);                      // customer.deleted; gone from the list
    int eventCount() const;                                 // kept (within the history)
    // Webhooks: every event emitted since the last call, one delivery each as Stripe sends them —
    // the event's JSON, Stripe-Signature "t=<now>,v1=<hex HMAC-SHA256(secret, t.body)>" (docs: "Verify
    // webhook signatures"; t on the fake's clock).
    QList<SignedDelivery> takeWebhooks(const QByteArray &endpointSecret);
    static SignedDelivery signWebhook(const QByteArray &body, const QByteArray &endpointSecret, qint64 t);
    void resetChanges(); // no renamed, deleted or created customers, no events
    // A change of the API's shape from now on (as a new API version would bring): every customer
    // answered passes through it; an empty function restores the documented shape.
    void setCustomerReshape(std::function<void(QJsonObject &)> reshape);
    static QString customerId(qint64 index);
    static QString invoiceId(qint64 index);
    QJsonObject customer(qint64 index) const;
    QByteArray customerText(qint64 index) const; // the same customer as list answers write it
    QJsonObject invoice(qint64 index) const;
    QList<QJsonObject> createdCustomers() const; // through POST /v1/customers
    // Through POST /v1/customers/{id} (documented: "Update a customer"; unknown ids are 404
    // resource_missing): the id and the form fields sent. A new name shows in later reads.
    QList<std::pair<QString, QUrlQuery>> updatedCustomers() const;
    int idempotentReplays() const;

protected:
    FakeResponse handle(const RecordedRequest &request) override;

private:
    FakeResponse list(const RecordedRequest &request, bool invoices);
    FakeResponse invoiceLines(const RecordedRequest &request, qint64 index);
    FakeResponse createCustomer(const RecordedRequest &request);
    FakeResponse events(const RecordedRequest &request);
    struct Event;
    static QJsonObject eventJson(const Event &e);
    void emitEventLocked(const QString &type, const QJsonObject &object, const QJsonObject &previous = {});
    QJsonObject customerLocked(qint64 index) const;
    QByteArray customerTextLocked(qint64 index) const;
    QJsonObject invoiceLocked(qint64 index) const;
    static FakeResponse error(int status, const QString &type, const QString &message, const QString &code = {});

    QString m_apiKey;
    qint64 m_customers = 0;
    qint64 m_invoices = 0;
    QHash<qint64, QString> m_renamed;
    QSet<qint64> m_deleted;
    struct Event
    {
        QString id;
        QString type;
        qint64 created = 0;
        QJsonObject object;
        QJsonObject previous;
    };
    QList<Event> m_events; // oldest first
    qint64 m_eventSequence = 0;
    qint64 m_webhooksSent = 0; // events up to this sequence number were delivered
    std::function<void(QJsonObject &)> m_reshape;
    QList<QJsonObject> m_created;
    QList<std::pair<QString, QUrlQuery>> m_updates;
    FakeResponse updateCustomerByRequest(const RecordedRequest &request, const QString &id);
    struct Saved
    {
        QByteArray parameters;
        FakeResponse response;
    };
    QHash<QByteArray, Saved> m_idempotency;
    int m_replays = 0;
};

} // namespace Orion::Fakes

#pragma once

#include "fakeservice.h"

#include <QJsonArray>

#include <functional>

namespace Orion::Fakes {

// QuickBooks Online (api-contracts.md §2): Intuit's token endpoint (client credentials as HTTP Basic,
// a refresh token that rotates on every refresh, invalid_grant for a stale one), access tokens that
// expire on the fake's clock (401 with the lowercase `fault` keys), the query API (STARTPOSITION
// 1-based, MAXRESULTS ≤ 1000, an empty answer without the entity key, COUNT), customer create with
// requestid replay and unique DisplayName (6240), sparse update guarded by SyncToken (5010), and 429
// throttling with a non-JSON body. Change Data Capture (§2.8): GET /cdc?entities=…&changedSince=…
// answers the objects changed since then as they are now (at most 1,000 per entity, a look-back of
// 30 days by the fake's clock), deleted invoices as {"status":"Deleted","Id":…}; customers made
// inactive leave the query's answers (as QuickBooks' queries return active customers only).
class FakeQuickBooks : public FakeService
{
public:
    static constexpr qint64 kEpoch = 1'760'000'000;

    explicit FakeQuickBooks(const QString &realm = QStringLiteral("9341452178"));

    QString realm() const { return m_realm; }
    void setCounts(qint64 customers, qint64 invoices);
    void touchCustomer(qint64 index);
    // Changes as a QuickBooks user makes them, at the fake's clock.
    void renameCustomer(qint64 index, const QString &displayName);
    void deactivateCustomer(qint64 index);
    void addCustomer(const QString &displayName);
    void deleteInvoice(qint64 index);
    // Webhooks: the entity changes above since the last call as one notification, signed as Intuit
    // signs it (intuit-signature: base64 HMAC-SHA256(verifier token, body)). Empty body: none.
    SignedDelivery takeWebhooks(const QByteArray &verifierToken);
    static SignedDelivery signWebhook(const QByteArray &body, const QByteArray &verifierToken);
    // Edits a customer (a later LastUpdatedTime) right after the n-th query has been answered: a
    // change made while a sync walks the pages.
    void touchCustomerAfterQuery(int query, qint64 index);
    void enableOAuth(const QString &clientId, const QString &clientSecret, const QString &refreshToken);
    QString currentRefreshToken() const;
    int tokenRequests() const;
    void setTokenDelay(int ms); // widens the window in which refreshes could race
    void expireAccessTokens();
    void throttleNext(int requests);           // the next requests get 429 with an HTML body
    void makeStale(const QString &customerId); // someone else edits it just before our next update
    QJsonObject customer(const QString &id) const;
    int customersCreated() const;

protected:
    FakeResponse handle(const RecordedRequest &request) override;

private:
    FakeResponse token(const RecordedRequest &request);
    FakeResponse query(const QString &statement);
    FakeResponse answerQuery(const QString &statement);
    FakeResponse writeCustomer(const RecordedRequest &request);
    FakeResponse changeDataCapture(const RecordedRequest &request);
    void changeCustomerLocked(qint64 index, const std::function<void(QJsonObject &)> &change);
    QJsonObject customerLocked(qint64 index) const;
    QJsonObject invoiceLocked(qint64 index) const;
    QString timeOf(qint64 secs) const;
    static FakeResponse fault(int status, const QString &type, const QString &code, const QString &message);

    QString m_realm;
    qint64 m_customers = 0, m_invoices = 0;
    QHash<qint64, qint64> m_touched;           // index → LastUpdatedTime secs
    QMultiHash<int, qint64> m_touchAfterQuery; // query number → customers to edit after it
    int m_queries = 0;
    QHash<QString, QJsonObject> m_changed; // Id → customer after our writes
    QList<QJsonObject> m_created;
    QHash<QString, QByteArray> m_requestIds; // requestid → answer body
    bool m_oauth = false;
    QString m_clientId, m_clientSecret, m_refreshToken;
    QHash<QString, QDateTime> m_tokens;
    int m_tokenRequests = 0;
    int m_tokenDelay = 0;
    int m_serial = 0;
    int m_throttle = 0;
    QSet<QString> m_stale;
    QHash<qint64, qint64> m_deletedInvoices; // index → deletion time (secs)
    QJsonArray m_webhookEntities;            // changed entities not yet notified
    void webhookEntityLocked(const QString &name, const QString &id, const QString &operation);
};

} // namespace Orion::Fakes

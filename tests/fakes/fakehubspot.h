#pragma once

#include "fakeservice.h"

#include <QJsonArray>
#include <QSet>

namespace Orion::Fakes {

// HubSpot CRM v3 (api-contracts.md §5): contacts list with `after` paging (paging absent on the
// last page) and company associations, archived contacts (only with archived=true, with archivedAt),
// companies batch read, the search API (lastmodifieddate
// filters, ascending sort, at most 200 per page and 10,000 results per query — paging past that is
// a 400), batch upsert by email (at most 100 inputs; per-input errors with 207 Multi-Status), the
// error body, and OAuth refresh with rotation (each refresh returns a new refresh token and
// invalidates the old one; reuse → invalid_grant) and access-token expiry on the fake's clock.
class FakeHubSpot : public FakeService
{
public:
    static constexpr qint64 kEpochMs = 1'700'000'000'000;

    explicit FakeHubSpot(const QString &privateAppToken = QStringLiteral("pat-na1-0f3a9c2e-orion-fake"));

    QString privateAppToken() const { return m_privateToken; }
    void setContactCount(qint64 count);
    void setSearchRateLimit(int perSecond); // searches a second before 429 (documented: 5; 0 = no limit)
    int searchThrottled() const;            // searches answered 429
    qint64 contactCount() const;
    void touchContact(qint64 index, const QString &newFirstName); // modifies now: becomes the newest
    // Deletes the contact now: HubSpot archives it (restorable for 90 days), so it leaves the list
    // and the search and appears only in a list with archived=true, with "archivedAt".
    void archiveContact(qint64 index);
    // Webhooks: the contact.creation/propertyChange/deletion events since the last call as one batch,
    // signed as HubSpot signs it (X-HubSpot-Signature-v3: base64 HMAC-SHA256(client secret, "POST" + url
    // + body + timestamp), X-HubSpot-Request-Timestamp in ms on the fake's clock). Empty body: none.
    SignedDelivery takeWebhooks(const QByteArray &clientSecret, const QString &url);
    static SignedDelivery signWebhook(const QByteArray &body, const QByteArray &clientSecret, const QString &url, qint64 timestampMs);
    static QString contactId(qint64 index);
    QJsonObject contact(qint64 index) const;
    qint64 lastModifiedMs(qint64 index) const;

    // OAuth: /oauth/authorize answers 302 to the redirect_uri with a code (PKCE S256 required); the token
    // endpoint exchanges it once, checking the code_verifier. Refresh accepts the current refresh
    // token only; every refresh rotates it when `rotate`.
    void enableOAuth(const QString &clientId, const QString &clientSecret, const QString &refreshToken, int accessTokenSeconds = 1800,
                     bool rotate = true);
    QString currentRefreshToken() const;
    int tokenRequests() const;

    QHash<QString, QJsonObject> upserted() const; // email -> properties
    void clearUpserted();

protected:
    FakeResponse handle(const RecordedRequest &request) override;

private:
    FakeResponse listContacts(const RecordedRequest &request);
    FakeResponse search(const RecordedRequest &request);
    FakeResponse readCompanies(const RecordedRequest &request);
    FakeResponse batchUpsert(const RecordedRequest &request);
    FakeResponse token(const RecordedRequest &request);
    FakeResponse authorize(const RecordedRequest &request);
    FakeResponse issueTokens();
    QJsonObject contactLocked(qint64 index, bool withAssociations) const;
    qint64 modifiedLocked(qint64 index) const;
    static FakeResponse error(int status, const QString &category, const QString &message);

    QString m_privateToken;
    qint64 m_contacts = 0;
    int m_searchLimit = 5;
    QList<qint64> m_searches; // when the searches of the last second arrived (ms)
    int m_searchThrottled = 0;
    QHash<qint64, std::pair<QString, qint64>> m_touched; // index -> (first name, modified ms)
    QHash<qint64, qint64> m_archived;                    // index -> archived at (ms)
    QJsonArray m_webhookEvents;                          // not yet delivered
    qint64 m_eventId = 0;
    void webhookEventLocked(const QString &type, qint64 index, const QString &property = {}, const QString &value = {});
    bool m_oauth = false;
    QString m_clientId, m_clientSecret, m_refreshToken;
    int m_accessSeconds = 1800;
    bool m_rotate = true;
    QHash<QString, QDateTime> m_accessTokens; // token -> expiry
    int m_tokenRequests = 0;
    int m_tokenSerial = 0;
    QHash<QString, QJsonObject> m_upserted;
    struct PendingCode
    {
        QString challenge;
        QString redirectUri;
    };
    QHash<QString, PendingCode> m_codes; // authorization codes not yet exchanged
};

} // namespace Orion::Fakes

#pragma once

#include "adapters/connector.h"
#include "runtime/httpclient.h"

namespace Orion {

// QuickBooks Online Accounting API (api-contracts.md §2).
//   OAuth 2.0 (client credentials as HTTP Basic at the token URL); the refresh token can rotate on any
//   refresh and is saved at once; refreshes are serialised per company (realm), and so is the rate budget.
//   Streams customers and invoices through the query API: STARTPOSITION (1-based) … MAXRESULTS ≤ 1000,
//   incremental by MetaData.LastUpdatedTime; an empty answer has no entity key.
//   Writes: create (idempotent through requestid) or sparse update guarded by SyncToken; a stale
//   SyncToken (Fault 5010) re-reads, re-applies the change and retries once.
class QuickBooksConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(Orion::QuickBooksConnector)
public:
    QString id() const override { return QStringLiteral("quickbooks"); }
    QString displayName() const override { return QStringLiteral("QuickBooks Online"); }
    QString description() const override;
    Capabilities capabilities() const override { return Capability::Read | Capability::Write | Capability::Webhook; }
    QList<SettingSpec> ownSettings() const override;
    QList<StreamSpec> streams() const override;
    std::unique_ptr<Authenticator> createAuthenticator(const ConnectorContext &ctx, Failure *failure) const override;
    std::unique_ptr<StreamReader> openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                             bool fullRefresh) const override;
    Failure testConnection(const ConnectorContext &ctx) const override;
    std::optional<WebhookSignature::Scheme> webhookScheme() const override;
    QStringList webhookSecretKeys() const override;
    bool readWebhook(const QByteArray &body, const QJsonObject &settings, WebhookEvents *events, QString *error) const override;
    // Large reads split into MetaData.LastUpdatedTime windows read concurrently.
    QList<QJsonObject> planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, int readers,
                                      Failure *failure) const override;
    std::unique_ptr<StreamReader> openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                const QJsonObject &checkpoint) const override;
    QJsonObject joinPartitions(const QString &stream, const QList<QJsonObject> &finished) const override;
    int defaultConcurrency(const ConnectorContext &ctx) const override;
    WriteOutcome writeCustomers(const ConnectorContext &ctx, const UnifiedCustomers &customers, const WriteOptions &options = {}) const override;
    std::optional<OAuthEndpoints> oauthEndpoints(const QJsonObject &settings) const override;

    static bool mapCustomer(const QJsonObject &object, const QString &defaultRegion, UnifiedCustomer *customer, QString *error);
    static bool mapInvoice(const QJsonObject &object, const QString &defaultCurrency, UnifiedInvoice *invoice, QString *error);
    static QJsonObject customerFields(const UnifiedCustomer &customer); // the writable fields a push sets
    // The Fault of an answer ("Fault" or, on auth errors, "fault"): code and message.
    static bool fault(const QByteArray &body, QString *code, QString *message);
    static Failure errorFor(const HttpResponse &response, const QString &what);
    static qint64 minorUnits(const QJsonValue &decimal); // 100.5 → 10050
    static QString queryLiteral(const QString &text);    // 'O\'Brien'
};

} // namespace Orion

#pragma once

#include "adapters/connector.h"
#include "runtime/httpclient.h"

namespace Orion {

class RateBudget;

// HubSpot CRM v3: contacts as customers (with their associated company's name), incremental by
// lastmodifieddate through the search API, and batch upsert of contacts by email (100 per batch).
// Contract: ../shared/research/api-contracts.md §5.
//   Settings api_base (default https://api.hubapi.com; requests go to {api_base}/crm/v3/…), auth
//   (private_app | oauth), token_url and client_id for OAuth.
//   Secrets access_token (private app), or refresh_token and client_secret (OAuth).
class HubSpotConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(Orion::HubSpotConnector)
public:
    static constexpr int kBatchSize = 100;
    static constexpr int kSearchResultCap = 10'000; // paging past this returns 400

    QString id() const override { return QStringLiteral("hubspot"); }
    QString displayName() const override { return QStringLiteral("HubSpot"); }
    QString description() const override;
    Capabilities capabilities() const override { return Capability::Read | Capability::Write | Capability::Webhook | Capability::Batch; }
    QList<SettingSpec> ownSettings() const override;
    QList<StreamSpec> streams() const override;
    std::unique_ptr<Authenticator> createAuthenticator(const ConnectorContext &ctx, Failure *failure) const override;
    std::unique_ptr<StreamReader> openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                             bool fullRefresh) const override;
    Failure testConnection(const ConnectorContext &ctx) const override;
    std::optional<WebhookSignature::Scheme> webhookScheme() const override;
    QStringList webhookSecretKeys() const override;
    bool readWebhook(const QByteArray &body, const QJsonObject &settings, WebhookEvents *events, QString *error) const override;
    // Incremental reads of more than a page split into lastmodifieddate windows searched
    // concurrently, within search's own rate (searchBudget()).
    QList<QJsonObject> planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, int readers,
                                      Failure *failure) const override;
    std::unique_ptr<StreamReader> openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                const QJsonObject &checkpoint) const override;
    QJsonObject joinPartitions(const QString &stream, const QList<QJsonObject> &finished) const override;
    int defaultConcurrency(const ConnectorContext &ctx) const override;
    // The search API's budget of the connection's account (search_requests_per_second; none when 0).
    static std::shared_ptr<RateBudget> searchBudget(const ConnectorContext &ctx);
    WriteOutcome writeCustomers(const ConnectorContext &ctx, const UnifiedCustomers &customers, const WriteOptions &options = {}) const override;
    std::optional<OAuthEndpoints> oauthEndpoints(const QJsonObject &settings) const override;
    QString choiceLabel(const QString &setting, const QString &value) const override;

    static bool mapContact(const QJsonObject &object, const QString &defaultRegion, UnifiedCustomer *customer, QString *error);
    static QJsonObject contactProperties(const UnifiedCustomer &customer);
    static Failure errorFor(const HttpResponse &response, const QString &what);
    static QStringList readProperties();
};

} // namespace Orion

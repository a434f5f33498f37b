#pragma once

#include "adapters/connector.h"
#include "runtime/httpclient.h"

namespace Orion {

// Stripe: customers and invoices (read, incremental by `created`), customer creation with an
// Idempotency-Key. Contract: ../shared/research/api-contracts.md §4.
//   Setting api_base (default https://api.stripe.com) — requests go to {api_base}/v1/…
//   Secret api_key.
class StripeConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(Orion::StripeConnector)
public:
    QString id() const override { return QStringLiteral("stripe"); }
    QString displayName() const override { return QStringLiteral("Stripe"); }
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
    // Full and incremental reads split into windows of `created` (created[gte]/created[lt]).
    QList<QJsonObject> planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, int readers,
                                      Failure *failure) const override;
    std::unique_ptr<StreamReader> openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                const QJsonObject &checkpoint) const override;
    QJsonObject joinPartitions(const QString &stream, const QList<QJsonObject> &finished) const override;
    int defaultConcurrency(const ConnectorContext &ctx) const override;
    static constexpr int kWindowsPerReader = 4;
    WriteOutcome writeCustomers(const ConnectorContext &ctx, const UnifiedCustomers &customers, const WriteOptions &options = {}) const override;

    // The rate budget when the connection sets none: Stripe's documented limit for the key's mode.
    static double defaultRequestsPerSecond(const QString &apiKey);

    // Mapping, public for tests. Returns false with *error for a record that cannot be mapped.
    static bool mapCustomer(const QJsonObject &object, const QString &defaultRegion, UnifiedCustomer *customer, QString *error);
    static bool mapInvoice(const QJsonObject &object, UnifiedInvoice *invoice, QString *error);
    // The Idempotency-Key for creating `customer` on `connection`: stable across retries and re-runs.
    static QByteArray idempotencyKey(const QString &connection, const QByteArray &formBody);
    static QByteArray customerForm(const UnifiedCustomer &customer);
    // "Stripe answered 401: Invalid API Key provided" and the failure class for a non-2xx answer.
    static Failure errorFor(const HttpResponse &response, const QString &what);
    static HttpHeaders commonHeaders(const ConnectorContext &ctx);
};

} // namespace Orion

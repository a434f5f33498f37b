#pragma once

#include "adapters/connector.h"
#include "runtime/httpclient.h"

#include <functional>

namespace Orion {

class OAuth2RefreshAuthenticator;

// Salesforce REST, SOQL and Bulk API 2.0 (api-contracts.md §1).
//   OAuth 2.0: the desktop signs in with authorization code + PKCE at {login_url}/services/oauth2/authorize;
//   refresh (with rotation when the org enables it) at {login_url}/services/oauth2/token, whose answer
//   names the instance URL all API calls go to.
//   Streams accounts, contacts, leads (UnifiedCustomer) and opportunities (UnifiedInvoice), incremental
//   by SystemModstamp, paged through nextRecordsUrl; reads of bulk_query_threshold records or more
//   through a Bulk API 2.0 query job whose CSV result sets are read concurrently. Field mapping: see fieldsFor() and the README.
//   Writes: REST upsert by the external-id field; Bulk API 2.0 upsert from bulk_threshold records on.
class SalesforceConnector : public Connector
{
    Q_DECLARE_TR_FUNCTIONS(Orion::SalesforceConnector)
public:
    QString id() const override { return QStringLiteral("salesforce"); }
    QString displayName() const override { return QStringLiteral("Salesforce"); }
    QString description() const override;
    Capabilities capabilities() const override
    {
        return Capability::Read | Capability::Write | Capability::Batch | Capability::Query | Capability::BulkJobs;
    }
    QList<SettingSpec> ownSettings() const override;
    QList<StreamSpec> streams() const override;
    std::unique_ptr<Authenticator> createAuthenticator(const ConnectorContext &ctx, Failure *failure) const override;
    std::unique_ptr<StreamReader> openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                             bool fullRefresh) const override;
    Failure testConnection(const ConnectorContext &ctx) const override;
    // Reads of bulk_query_threshold records or more: one Bulk API 2.0 query job, its result sets
    // read concurrently (bulkquery.cpp).
    QList<QJsonObject> planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, int readers,
                                      Failure *failure) const override;
    std::unique_ptr<StreamReader> openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                const QJsonObject &checkpoint) const override;
    QJsonObject joinPartitions(const QString &stream, const QList<QJsonObject> &finished) const override;
    int defaultConcurrency(const ConnectorContext &ctx) const override;
    WriteOutcome writeCustomers(const ConnectorContext &ctx, const UnifiedCustomers &customers, const WriteOptions &options = {}) const override;
    std::optional<OAuthEndpoints> oauthEndpoints(const QJsonObject &settings) const override;

    // The instance URL from the token answer (obtaining a token first when needed).
    static bool instanceUrl(const ConnectorContext &ctx, QString *url, Failure *failure);
    static QString apiPath(const ConnectorContext &ctx); // "/services/data/v60.0"

    // Runs a SOQL query (already bound and validated) and hands each page's records to onPage.
    static Failure query(const ConnectorContext &ctx, const QString &soql, const std::function<void(const QJsonArray &)> &onPage, qint64 *totalSize);
    // Field names and types of an sObject, from its describe call (for completion in the SOQL editor).
    static Failure describe(const ConnectorContext &ctx, const QString &sObject, QList<std::pair<QString, QString>> *fields);

    // Bulk API 2.0 ingest jobs of the org (newest first) and one job's result rows
    // (kind: successfulResults, failedResults, unprocessedrecords; the first row is the header).
    static Failure bulkJobs(const ConnectorContext &ctx, QJsonArray *jobs);
    static Failure bulkJobResults(const ConnectorContext &ctx, const QString &jobId, const QString &kind, QList<QStringList> *rows);

    static QString sObjectOf(const QString &stream); // "contacts" → "Contact"
    static QStringList fieldsFor(const QString &sObject);
    static bool mapCustomer(const QString &sObject, const QJsonObject &record, const QString &defaultRegion, UnifiedCustomer *customer,
                            QString *error);
    static bool mapOpportunity(const QJsonObject &record, const QString &defaultCurrency, UnifiedInvoice *invoice, QString *error);
    // The sObject fields a unified customer writes to (never Id or the external-id field).
    static QJsonObject pushFields(const QString &sObject, const UnifiedCustomer &customer);
    static Failure errorFor(const HttpResponse &response, const QString &what);
    static QString apiUsage(const HttpResponse &response); // "18/5000" from Sforce-Limit-Info

private:
    WriteOutcome upsertRest(const ConnectorContext &ctx, const UnifiedCustomers &customers) const;
    WriteOutcome upsertBulk(const ConnectorContext &ctx, const UnifiedCustomers &customers) const;
};

} // namespace Orion

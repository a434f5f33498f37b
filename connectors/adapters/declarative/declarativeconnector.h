#pragma once

#include "adapters/connector.h"
#include "adapters/declarative/connectorspec.h"

namespace Orion {

// Runs a custom connector's spec: the authenticator, each stream's requests (templates filled with
// settings, the incremental cursor, the page token and the partition value — as text, URL-encoded,
// never evaluated), its paginator, record selector and filter, the error handler and the rate budget,
// and the field mappings to the unified schema. Nothing of the spec is compiled or executed.
class DeclarativeConnector : public Connector
{
public:
    explicit DeclarativeConnector(ConnectorSpec spec);

    const ConnectorSpec &spec() const { return m_spec; }

    QString id() const override;
    QString displayName() const override;
    QString description() const override;
    Capabilities capabilities() const override;
    QList<SettingSpec> ownSettings() const override;
    QList<StreamSpec> streams() const override;
    std::unique_ptr<Authenticator> createAuthenticator(const ConnectorContext &ctx, Failure *failure) const override;
    std::unique_ptr<StreamReader> openStream(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint,
                                             bool fullRefresh) const override;
    Failure testConnection(const ConnectorContext &ctx) const override;
    // partition_by_time: windows of the stream's own range parameters, read concurrently.
    QList<QJsonObject> planPartitions(const ConnectorContext &ctx, const QString &stream, const QJsonObject &checkpoint, int readers,
                                      Failure *failure) const override;
    std::unique_ptr<StreamReader> openPartition(const ConnectorContext &ctx, const QString &stream, const QJsonObject &window,
                                                const QJsonObject &checkpoint) const override;
    QJsonObject joinPartitions(const QString &stream, const QList<QJsonObject> &finished) const override;
    int defaultConcurrency(const ConnectorContext &ctx) const override;

private:
    ConnectorSpec m_spec;
};

} // namespace Orion

#pragma once

#include "mapping/driftcheck.h"
#include "mapping/mapping.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace Orion {

// A custom connector's declarative spec (resources/schemas/connector-spec.schema.json): validated
// against the JSON Schema (jsoncons), then checked for what a schema cannot say (https except for
// loopback, template variables, one level of partitions, mapping fields). Errors name the exact
// place: "streams[1].paginator.cursor_param: required".
class ConnectorSpec
{
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;
    // partition_by_time: windows of 30 days unless the spec says, at most this many in a plan.
    static constexpr qint64 kDefaultWindowSeconds = 30 * 86400;
    static constexpr qint64 kMaxTimeWindows = 2000;

    // Parses and validates; on failure returns false with every problem found in *errors.
    static bool parse(const QByteArray &json, ConnectorSpec *spec, QStringList *errors);
    static bool fromJson(const QJsonObject &json, ConnectorSpec *spec, QStringList *errors);

    const QJsonObject &json() const { return m_json; }
    QString name() const { return m_json.value(QLatin1StringView("name")).toString(); }
    int version() const { return m_json.value(QLatin1StringView("version")).toInt(); }
    QString displayName() const;
    QString description() const { return m_json.value(QLatin1StringView("description")).toString(); }
    QString category() const { return m_json.value(QLatin1StringView("category")).toString(QStringLiteral("custom")); }
    QUrl baseUrl() const { return QUrl(m_json.value(QLatin1StringView("base_url")).toString()); }
    QJsonObject authenticator() const { return m_json.value(QLatin1StringView("authenticator")).toObject(); }
    QList<QJsonObject> streams() const;
    // The stream's own mappings (approved in the builder) as drift alarms watch them, keyed by this
    // version ("spec:VERSION:TARGET:PATH"), so a new version starts them again; no counts.
    FieldBaselines mappedFields(const QString &stream) const;
    std::optional<QJsonObject> stream(const QString &name) const;
    QStringList secretNames() const; // what ORION_SECRET_<NAME>_<KEY> / the keychain must hold

    // Empty when the base URL is acceptable, else what is wrong ("must use https …").
    static QString checkBaseUrl(const QString &url);
    // "Ledgerly Billing API" → "ledgerly-billing-api".
    static QString nameFromTitle(const QString &title);

private:
    QJsonObject m_json;
};

} // namespace Orion

#pragma once

#include "adapters/declarative/spectester.h"
#include "mapping/mapping.h"
#include "services/customconnectorservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Orion {

// Everything the builder's pages describe, in one place (the pages' widgets are views of it). The
// spec is kept as the JSON a ConnectorSpec is made from, so a half-filled spec (a draft) can be held;
// the fields more than one page reads have named accessors.
struct WizardState
{
    QJsonObject spec = initialSpec();
    QHash<QString, QString> secrets;            // memory only: never in drafts, specs or fixtures
    QHash<QString, SpecTester::Report> reports; // the last test read per stream
    QHash<QString, QString> testedWith;         // stream → fingerprint of the spec the read used
    QHash<QString, QJsonArray> fixtures;        // stream → recorded exchanges (redacted)
    QHash<QString, StoredMappings> mappings;    // stream → suggestions with their decisions
    QHash<QString, QString> mappedFrom;         // stream → fingerprint of the records suggested from
    // stream → what the importer read its records and pagination from ({record_selector, paginator,
    // incremental}, each {value, confidence, reason}); Detect confirms or corrects it.
    QHash<QString, QJsonObject> evidence;
    std::optional<CustomConnectorStore::Stored> previous;
    int page = 0; // where a draft was left

    static QJsonObject initialSpec();

    QString name() const; // the identifier: connections use it as custom:NAME
    QString displayName() const;
    QString baseUrl() const;
    QJsonObject authenticator() const;
    QString authenticatorType() const; // "none" when not set
    void setAuthenticator(const QJsonObject &authenticator);
    bool isEmpty() const; // nothing typed yet: no name, base URL or stream

    QList<QJsonObject> streams() const;
    void setStreams(const QList<QJsonObject> &list);
    QJsonObject stream(const QString &name) const;
    void setStream(const QString &name, const QJsonObject &stream); // replaces the stream of that name
    QStringList streamNames() const;
    // What a test read of this stream depends on: a change makes the last read stale.
    QString fingerprint(const QString &name) const;
    // Adopts an imported spec: what the pages already hold wins; the import fills what is empty
    // (names, description, base URL, an authentication still "none") and adds its streams, renamed
    // name_2, name_3… where a name is taken. The untouched placeholder stream of "Add Stream" goes.
    void adoptImport(const QJsonObject &imported, const QJsonObject &evidence = {});
    // The recorded exchanges of every stream, in the cassette format of `orion spec test --cassette`.
    QJsonObject fixture() const;
};

} // namespace Orion

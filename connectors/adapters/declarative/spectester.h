#pragma once

#include "adapters/declarative/connectorspec.h"
#include "mapping/mapping.h"
#include "runtime/failure.h"

#include <QJsonArray>
#include <atomic>
#include <memory>

namespace Orion {

class CredentialStore;

// A recorded fixture of a test read: every exchange, secrets redacted (credential headers dropped,
// secret values and sensitive query items masked), replayable offline in the same order.
class Cassette
{
public:
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, Cassette *cassette, QString *error);
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, Cassette *cassette, QString *error);
    int size() const { return int(m_interactions.size()); }
    QJsonArray interactions() const { return m_interactions; }

private:
    friend class SpecTester;
    QString m_spec;
    QJsonArray m_interactions;
    int m_next = 0; // replay position
};

// Runs a custom connector's stream within limits (pages, records), live or against a cassette, and
// reports each page's request (redacted) and answer, the records, the inferred schema and errors.
// Secrets come from the credential store under the spec's name (ORION_SECRET_<SPEC NAME>_<KEY>).
class SpecTester
{
public:
    struct Limits
    {
        int pages = 3;
        int records = 500;
        const std::atomic<bool> *cancel = nullptr; // set from another thread to stop between and during requests
        // Goes on with a walk from where a page left it (its PageReport::after) instead of from the
        // first page: the reader opens as a sync resuming that checkpoint does.
        QJsonObject resumeFrom;
    };
    struct PageReport
    {
        QString request; // method and URL, secrets redacted
        int status = 0;
        int records = 0;
        // The reader's state before and after the page (the step-through view): the next page's
        // paginator state ("page": offset, page number, cursor token or URL), the incremental
        // cursor and the partition — as the sync's checkpoint holds them.
        QJsonObject before;
        QJsonObject after;
        bool last = false; // the walk ended with this page
    };
    struct Report
    {
        QString stream;
        QList<PageReport> pages;
        QList<QJsonObject> records; // the source records (raw)
        SourceFields schema;        // inferred from them
        QList<QJsonObject> unified; // as the sync would store them
        QString error;              // empty when the read went well
        QJsonObject toJson() const; // records as ids and a digest; schema as paths and types
    };

    // replay: answer from this cassette (nothing goes to the network); record: fill this cassette.
    static Report run(const ConnectorSpec &spec, const QString &stream, const std::shared_ptr<CredentialStore> &credentials, const Limits &limits,
                      const QJsonObject &settings, Cassette *replay, Cassette *record);

    // The marketplace's evidence for a spec: every stream replayed offline against the recorded
    // fixture, {"fixture_run_at", "result": passed|failed, "records", "error"?}.
    static QJsonObject evidence(const ConnectorSpec &spec, const Cassette &fixture);

    // What changed against an earlier report (Report::toJson): records added/removed/changed, fields added/removed.
    static QJsonObject diff(const QJsonObject &before, const QJsonObject &after);
};

} // namespace Orion

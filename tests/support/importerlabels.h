#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Orion::Test {

// The labelled corpus of real API descriptions (tests/data/openapi-corpus/labels.json) run through
// the OpenAPI importer: which imported, how long each took, and for each labelled list endpoint
// whether its record selector and paginator are the ones the vendor documents.
struct ImporterScore
{
    int descriptions = 0;
    int withListGet = 0; // descriptions that have a JSON list GET (the import rate's base)
    int imported = 0;    // of those, imported into a valid spec
    int labelled = 0;    // labelled endpoints
    int selectorRight = 0;
    int paginatorRight = 0;
    double slowestMs = 0;
    QString slowestFile;
    qint64 largestBytes = 0;
    double largestMs = 0;
    QStringList misses;   // "file path: what differs"
    QStringList failures; // "file: error"

    double importRate() const { return withListGet ? double(imported) / withListGet : 0; }
    double selectorAccuracy() const { return labelled ? double(selectorRight) / labelled : 0; }
    double paginatorAccuracy() const { return labelled ? double(paginatorRight) / labelled : 0; }
};

QString importerCorpusDirectory();
// `runs` imports of each description; the time is the fastest (the least disturbed by a busy machine).
ImporterScore scoreImporter(int runs = 1);

} // namespace Orion::Test

// The OpenAPI importer over the labelled corpus of real API descriptions (tests/data/openapi-corpus):
// the import rate of descriptions that have a JSON list GET, the record selector's and paginator's
// accuracy on the labelled list endpoints, and the import time (the slowest description, and the
// largest). One JSON line; the misses go to stderr.
#include "importerlabels.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Orion::Test::ImporterScore s = Orion::Test::scoreImporter(3);
    QTextStream err(stderr);
    for (const QString &line : s.failures + s.misses)
        err << line << Qt::endl;
    const QJsonObject out{{u"bench"_s, u"importer"_s},
                          {u"descriptions"_s, s.descriptions},
                          {u"with_list_get"_s, s.withListGet},
                          {u"imported"_s, s.imported},
                          {u"import_rate"_s, s.importRate()},
                          {u"labelled_endpoints"_s, s.labelled},
                          {u"selector_accuracy"_s, s.selectorAccuracy()},
                          {u"paginator_accuracy"_s, s.paginatorAccuracy()},
                          {u"slowest_ms"_s, s.slowestMs},
                          {u"slowest_file"_s, s.slowestFile},
                          {u"largest_bytes"_s, double(s.largestBytes)},
                          {u"largest_ms"_s, s.largestMs}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    return s.failures.isEmpty() ? 0 : 1;
}

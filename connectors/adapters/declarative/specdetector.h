#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Orion {

// Guesses a stream's record selection and pagination from one live answer (a cassette interaction:
// the request URL, the response headers and body), as the wizard's "Detect" does: the list of
// records (data, results, items… or the largest list of objects), the primary key, a paginator
// (Link header, a next URL, a cursor in the body or a header, has_more with the last id, or offset
// and page parameters already in the URL) and an incremental cursor field. Each guess comes with a
// note saying what it was based on; nothing is guessed from a body that is not JSON.
class SpecDetector
{
    Q_DECLARE_TR_FUNCTIONS(Orion::SpecDetector)

public:
    struct Result
    {
        QString recordPath;       // record_selector.path
        QString primaryKey;       // empty when no id-like field was found
        QJsonObject paginator;    // {"type": …} as the spec wants it
        QString incrementalField; // empty when no update timestamp was found
        int recordsOnPage = 0;
        QStringList notes;
    };
    static bool detect(const QJsonObject &interaction, Result *result, QString *error);
};

} // namespace Orion

#pragma once

#include <QJsonObject>
#include <QStringList>

namespace Orion {

// Turns what analysts already have into a first custom connector spec: an OpenAPI 3.0/3.1 document
// (JSON or YAML), a Postman collection v2.1, a HAR 1.2 capture or a cURL command. The result is a
// valid spec (checked like any other) plus notes on what was guessed. A secret found in the input
// (an Authorization header, an API key in a header or the URL) is never copied: it becomes a named
// secret ("token") and a note says so. Malformed input is a clear error, never a crash.
class SpecImporter
{
public:
    struct Result
    {
        QJsonObject spec;
        QStringList notes;
        // Per stream (OpenAPI): record_selector, paginator and incremental, each {value, confidence,
        // reason} — what the choice was read from, for the analyst to confirm.
        QJsonObject evidence;
    };

    static bool fromOpenApi(const QByteArray &document, Result *result, QString *error);
    static bool fromPostman(const QByteArray &collection, Result *result, QString *error);
    static bool fromHar(const QByteArray &har, Result *result, QString *error);
    static bool fromCurl(const QString &command, Result *result, QString *error);

    // Shell-like splitting of a cURL command line (quotes, escapes, line continuations).
    static QStringList splitCommand(const QString &command, QString *error);
};

} // namespace Orion

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Orion::OpenApi {

// An OpenAPI 3.0/3.1 or Swagger 2.0 description read as it is written: local $ref anywhere
// (schemas, responses, parameters, headers, request bodies, path items), allOf/oneOf/anyOf merged
// for reading, 3.1 type lists and nullable folded. External references ("other.yaml#/…") cannot be
// followed and read as empty (counted, for a note).
class Document
{
public:
    explicit Document(QJsonObject root);

    bool isSwagger2() const { return m_swagger2; }
    const QJsonObject &root() const { return m_root; }
    // The object a value stands for after its $ref chain (cycles and external refs: empty).
    QJsonObject deref(const QJsonValue &value) const;
    // A schema for reading: refs resolved, compositions merged (properties united, the first type
    // and items kept), "type" always a single name when one is known.
    QJsonObject schema(const QJsonValue &value) const;
    // The last segment of the $ref a value carries ("#/components/schemas/CustomerGroup" →
    // "CustomerGroup"), empty without one.
    static QString refName(const QJsonValue &value);
    int externalRefs() const { return m_externalRefs; }

private:
    QJsonValue pointer(const QString &ref) const;
    QJsonObject merged(const QJsonValue &value, int depth) const;

    QJsonObject m_root;
    bool m_swagger2 = false;
    mutable int m_externalRefs = 0;
};

// One choice the importer made for a stream, with how sure it is and why.
struct Choice
{
    QJsonValue value;
    double confidence = 0;
    QString reason;
    QJsonObject json() const;
};

// A list endpoint of the description: where its records are, how it pages, what makes it
// incremental — each read from the response schema and the parameters.
struct ListEndpoint
{
    QString path;
    QString summary;
    QJsonObject itemSchema; // the merged schema of one record
    Choice selector;        // record_selector.path ("" for an array at the root)
    Choice paginator;       // {"type": …} as the spec wants it
    Choice incremental;     // {"cursor_field", "request_param"} or null
    QStringList pathParams; // {name} segments of the path, in order
    QString primaryKey;
    QString cursorParam;          // a cursor parameter whose answer field the description does not show
    QStringList credentialParams; // parameters that carry the credential (token, api_key…): never settings
};

// The response schema of a GET operation's success answer (any JSON media type, $ref'd responses),
// or an empty object when it answers no JSON; with its documented headers (lower-case names) and
// example answer when it has them.
QJsonObject successSchema(const Document &doc, const QJsonObject &operation, QJsonObject *headers, QJsonValue *example = nullptr);
// The operation's query parameters (path-item and operation level, $ref'd), name → merged schema
// (with "description" and "in" kept).
QHash<QString, QJsonObject> queryParameters(const Document &doc, const QJsonObject &pathItem, const QJsonObject &operation);
// A list endpoint when the success answer holds a list of records; false for anything else.
// The same reading for a captured exchange (Postman example, HAR entry): its URL's path and query
// parameters, the answer's headers (lower-case names) and body, whose schema is inferred from it.
bool readSampleEndpoint(const QString &path, const QStringList &queryParams, const QJsonObject &headers, const QJsonValue &body, ListEndpoint *out);
// Deprecated operations only with `deprecatedToo` (when the description has no other list).
bool readListEndpoint(const Document &doc, const QString &path, const QJsonObject &pathItem, ListEndpoint *out, bool deprecatedToo = false);

} // namespace Orion::OpenApi

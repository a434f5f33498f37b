#pragma once

#include "adapters/declarative/specimporter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Orion {

struct SourceField;

// What the importers share (specimporter.cpp): the document parser, stream names and kinds,
// field mappings from sample records or a schema's fields, and the final validation.
namespace ImportDetail {

inline constexpr qsizetype kMaxInput = 8 * 1024 * 1024;

// JSON or YAML → an object; a clear error for anything else (size-limited, depth-limited).
bool parseDocument(const QByteArray &bytes, QJsonObject *out, QString *error);
// "/v2/customer-groups/{id}" → "customer_groups" (the last segment that is not a parameter).
QString streamName(const QString &path);
// "invoice" for names like invoices, bills, orders, payments; "customer" otherwise.
QString kindFor(const QString &name);
// The local matcher's confident mappings for `fields` (from a schema or sample records).
QJsonArray mappingsForFields(const QList<SourceField> &fields, const QString &kind, double threshold);
// The spec every importer ends with, kept only when it passes the same validation as a saved spec.
bool finishSpec(const QString &name, const QString &title, const QString &base, const QJsonObject &auth, const QJsonArray &streams,
                const QString &description, SpecImporter::Result *result, QString *error, const QJsonArray &settings = {});

} // namespace ImportDetail
} // namespace Orion

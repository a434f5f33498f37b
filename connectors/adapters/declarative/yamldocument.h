#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace Orion::Yaml {

// The first document of a YAML 1.1/1.2 text as JSON values, read with libyaml's event parser:
// mappings → objects, sequences → arrays; plain scalars that read as booleans, nulls or numbers
// become those, quoted ones stay text; anchors and aliases are expanded (within `maxNodes`, so an
// alias bomb is an error, not a hang). Nesting deeper than `maxDepth` and malformed text are errors
// naming the line and column.
bool read(const QByteArray &text, QJsonValue *out, QString *error, int maxDepth = 64, qsizetype maxNodes = 5'000'000);

} // namespace Orion::Yaml

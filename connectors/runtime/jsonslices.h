#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Orion {

// The elements of the array at `key` of a JSON object document, each as its own compact JSON text:
// the bytes the service sent with the whitespace between tokens removed (strings, numbers and key
// order as sent). A sync stores a record's raw copy from these instead of serialising the parsed
// object again. Nothing (an empty list) when `body` is not an object with such an array, or when
// the text is malformed; callers then serialise the parsed value. The document is expected to have
// been parsed successfully already (so it is valid UTF-8); this only finds the element boundaries.
QList<QByteArray> compactArrayElements(const QByteArray &body, QByteArrayView key);

} // namespace Orion

#pragma once

#include <QString>

#include <utility>

namespace Orion {

// E.164 ("+4930123456") when libphonenumber can parse and validate the text, using the country
// (ISO 3166 alpha-2) for national numbers; otherwise the original text, trimmed.
QString normalizePhone(const QString &text, const QString &defaultRegion);

} // namespace Orion

namespace Orion {

// ISO 3166 alpha-2 for "DE", "de", "Germany" or "United States"; empty when unknown.
QString normalizeCountry(const QString &text);

// "Jenny Rosen" → ("Jenny", "Rosen"); "Jean Paul Sartre" → ("Jean Paul", "Sartre"); "Cher" → ("Cher", "").
std::pair<QString, QString> splitFullName(const QString &fullName);

} // namespace Orion

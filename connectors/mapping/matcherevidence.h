#pragma once

#include "mapping/mapping.h"

#include <QString>

namespace Orion::MatcherDetail {

// What sample values say about a field (matcherevidence.cpp).
// Fraction of samples that look like the kind; -1 when there are no samples.
double evidence(ValueKind kind, const SourceField &field);
// Whether a field of this JSON type can hold the kind.
bool typeFits(ValueKind kind, const QString &type);
// Kinds where values decide: evidence against them is a strong "no".
bool evidenceDecides(ValueKind kind);
// The kind in a word, for the reasoning ("e-mail addresses").
QString kindWord(ValueKind kind);
bool looksCompany(const QString &value);

} // namespace Orion::MatcherDetail

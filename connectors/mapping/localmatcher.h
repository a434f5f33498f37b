#pragma once

#include "mapping/mapping.h"

namespace Orion {

// The offline matcher: field names (tokenised camelCase/snake_case through a synonym and
// abbreviation table), evidence from sample values (e-mail, phone, date, currency, country,
// postal code, amounts, status words; null and distinct rates) and types. One suggestion per target
// field, required fields included even when nothing matches. Its confidence is calibrated on the
// labelled set in tests/data/mapping/ (see tst_mapping's report).
class LocalMatcher
{
public:
    struct Options
    {
        double minimumScore = 0.35; // below this a target is reported unmapped (with its best candidate as an alternative)
    };

    static MappingSuggestions suggest(const SourceFields &fields, MappingTarget target, const Options &options);
    static MappingSuggestions suggest(const SourceFields &fields, MappingTarget target) { return suggest(fields, target, Options{}); }

    // Lower-case word tokens of a path: "BillAddr.PostalCode" → bill, addr, postal, code.
    static QStringList tokens(const QString &path);
};

} // namespace Orion

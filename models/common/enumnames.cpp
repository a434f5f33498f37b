#include "common/enumnames.h"

namespace Orion {

QString snakeCaseName(const char *enumerator)
{
    QString out;
    for (const char *c = enumerator; *c; ++c) {
        const QChar ch = QLatin1Char(*c);
        if (ch.isUpper() && c != enumerator)
            out += u'_';
        out += ch.toLower();
    }
    return out;
}

} // namespace Orion

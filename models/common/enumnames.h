#pragma once

#include <QMetaEnum>
#include <QString>

#include <optional>

namespace Orion {

// The names the product writes for an enum's values (in the workspace, JSON and the CLI): the
// enumerator in snake case, from the enum's Q_ENUM meta data — EveryRun → "every_run",
// Succeeded → "succeeded". One rule instead of a hand-written table per enum; a new enumerator has
// its name at once. Names are stable: renaming an enumerator renames what is stored.
QString snakeCaseName(const char *enumerator);

template<typename Enum> QString enumName(Enum value)
{
    const char *key = QMetaEnum::fromType<Enum>().valueToKey(int(value));
    return key ? snakeCaseName(key) : QString();
}

template<typename Enum> std::optional<Enum> enumFromName(QStringView name)
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < meta.keyCount(); ++i)
        if (snakeCaseName(meta.key(i)) == name)
            return Enum(meta.value(i));
    return std::nullopt;
}

} // namespace Orion

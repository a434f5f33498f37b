# Warnings and strict Qt defines for the project's own targets (never for imported ones).
add_library(orion_warnings INTERFACE)
target_compile_options(orion_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${ORION_WERROR}>:-Werror>)
target_compile_definitions(orion_warnings INTERFACE
    QT_ENABLE_STRICT_MODE_UP_TO=0x060800
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS)

# Shared precompiled header of the Qt Core types every target uses.
function(orion_precompile target)
    target_precompile_headers(${target} PRIVATE
        <QString> <QStringList> <QList> <QHash> <QVariant> <QDateTime>
        <QJsonObject> <QJsonArray> <QJsonDocument> <QObject>)
endfunction()

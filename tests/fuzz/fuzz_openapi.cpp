// libFuzzer: the openapi importer. Malformed input must give a clear error, never a crash; what it
// accepts must be a valid spec.
#include "declarative/connectorspec.h"
#include "declarative/specimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Orion::SpecImporter::Result result;
    QString error;
    if (Orion::SpecImporter::fromOpenApi(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &result, &error)) {
        Orion::ConnectorSpec spec;
        QStringList errors;
        if (!Orion::ConnectorSpec::fromJson(result.spec, &spec, &errors))
            __builtin_trap(); // an import that succeeds yields a valid spec
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal says why
    }
    return 0;
}

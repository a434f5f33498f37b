// libFuzzer: one importer, chosen at build time by ORION_FUZZ_IMPORTER (fromOpenApi, fromPostman,
// fromHar, fromCurl). Malformed input must give a clear error, never a crash; what an importer
// accepts must be a valid spec.
#include "adapters/declarative/connectorspec.h"
#include "adapters/declarative/specimporter.h"

#include <cstddef>
#include <cstdint>

namespace {

using Result = Orion::SpecImporter::Result;

// The file importers take bytes, fromCurl takes the command as text.
bool runImporter(bool (*import)(const QByteArray &, Result *, QString *), const QByteArray &input, Result *result, QString *error)
{
    return import(input, result, error);
}
bool runImporter(bool (*import)(const QString &, Result *, QString *), const QByteArray &input, Result *result, QString *error)
{
    return import(QString::fromUtf8(input), result, error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Orion::SpecImporter::Result result;
    QString error;
    if (runImporter(&Orion::SpecImporter::ORION_FUZZ_IMPORTER, QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &result, &error)) {
        Orion::ConnectorSpec spec;
        QStringList errors;
        if (!Orion::ConnectorSpec::fromJson(result.spec, &spec, &errors))
            __builtin_trap(); // an import that succeeds yields a valid spec
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal says why
    }
    return 0;
}

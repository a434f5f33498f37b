// libFuzzer: the custom connector spec parser (JSON Schema validation and the checks beyond it).
// Any input must give a spec or a list of errors — never a crash, a hang or undefined behaviour.
#include "adapters/declarative/connectorspec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Orion::ConnectorSpec spec;
    QStringList errors;
    const bool ok = Orion::ConnectorSpec::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &spec, &errors);
    if (ok == !errors.isEmpty())
        __builtin_trap(); // a result and errors must not disagree
    if (ok)
        (void)spec.secretNames();
    return 0;
}

#include "runtime/failure.h"

using namespace Qt::StringLiterals;

namespace Orion {

QString errorClassName(ErrorClass errorClass)
{
    switch (errorClass) {
    case ErrorClass::None: return {};
    case ErrorClass::Config: return u"config"_s;
    case ErrorClass::Transient: return u"transient"_s;
    case ErrorClass::System: return u"system"_s;
    case ErrorClass::Cancelled: return u"cancelled"_s;
    }
    return {};
}

} // namespace Orion

#pragma once

#include <QString>

namespace Orion::UrlPolicy {

// Whether a host is this computer: localhost (and *.localhost), 127.0.0.0/8, ::1.
bool isLoopbackHost(const QString &host);
// Empty when `url` is an acceptable address for a service that receives credentials: https, or
// plain http to a loopback host only; else an error that names the setting `key`.
QString checkServiceUrl(const QString &key, const QString &url);

} // namespace Orion::UrlPolicy

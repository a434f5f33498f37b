#include "runtime/urlpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Orion::UrlPolicy {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || host.endsWith(u".localhost"_s, Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host.startsWith(u'[') ? host.mid(1).chopped(1) : host);
    return !address.isNull() && address.isLoopback();
}

QString checkServiceUrl(const QString &key, const QString &text)
{
    // The messages keep the translation context they had as Connector members.
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != "https"_L1 && url.scheme() != "http"_L1) || url.host().isEmpty() || !url.userInfo().isEmpty()
        || url.hasFragment())
        return QCoreApplication::translate("Orion::Connector", "\"%1\" must be an https address such as https://api.example.com, not \"%2\".")
            .arg(key, text);
    if (url.scheme() == "http"_L1 && !isLoopbackHost(url.host()))
        return QCoreApplication::translate("Orion::Connector",
                                           "\"%1\" must use https: plain http would send credentials readable by anyone on the network "
                                           "(http is allowed only for loopback hosts such as 127.0.0.1 or localhost), not \"%2\".")
            .arg(key, text);
    return {};
}

} // namespace Orion::UrlPolicy

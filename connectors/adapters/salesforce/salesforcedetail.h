#pragma once

#include "runtime/httpclient.h"

#include <QJsonObject>
#include <QUrl>

// Shared by the files of the Salesforce connector; not for use outside it.
namespace Orion::SalesforceDetail {

// A JSON request with Accept (and, unless GET, Content-Type and the compact body).
HttpRequest jsonRequest(const QByteArray &method, const QUrl &url, const QJsonObject &body = {});

} // namespace Orion::SalesforceDetail

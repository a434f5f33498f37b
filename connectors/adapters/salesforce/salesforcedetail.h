#pragma once

#include "adapters/connector.h"
#include "runtime/httpclient.h"

#include <QDateTime>

#include <QJsonObject>
#include <QUrl>

// Shared by the files of the Salesforce connector; not for use outside it.
namespace Orion::SalesforceDetail {

// A JSON request with Accept (and, unless GET, Content-Type and the compact body).
HttpRequest jsonRequest(const QByteArray &method, const QUrl &url, const QJsonObject &body = {});

// Salesforce's date-times ("2026-01-02T03:04:05.000+0000") in UTC.
QDateTime parseDate(const QJsonValue &value);
// The stream's SOQL: its fields, changed since `since` (every record when empty), in SystemModstamp
// order when `ordered` (Bulk API query jobs need no order).
QString selectSoql(const QString &object, const QString &since, bool ordered);
// Polls a Bulk API 2.0 job (ingest or query) at jobUrl with backoff (200 ms, growing by half up to
// 5 s) until it is JobComplete, Failed or Aborted; *job holds the last answer. Fails as transient
// ("it is still InProgress after N s") past timeoutMs, as cancelled when the run is, or with the
// poll's own failure.
Failure waitForBulkJob(const ConnectorContext &ctx, const QUrl &jobUrl, qint64 timeoutMs, QJsonObject *job);
// Maps one record of `object` into the page (or counts it failed, with a log line) and moves
// *maxSeen to its SystemModstamp when that is newer.
void addRecord(const ConnectorContext &ctx, const QString &object, const QJsonObject &record, Page *page, QString *maxSeen);

} // namespace Orion::SalesforceDetail

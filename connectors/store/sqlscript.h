#pragma once

#include <QStringList>

namespace Orion::SqlScript {

// Splits a SQL script into statements at top-level semicolons. Understands '…' strings, "…" identifiers,
// -- and /* */ comments, PostgreSQL $tag$ dollar quoting, and BEGIN … END bodies of SQLite triggers
// (with CASE … END inside). Comments are kept inside statements; empty statements are dropped.
QStringList split(const QString &script);

} // namespace Orion::SqlScript

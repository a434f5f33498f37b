#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Orion::Csv {

// RFC 4180: fields containing a comma, quote, CR or LF are quoted, quotes doubled; UTF-8; lines end
// with LF (Salesforce Bulk API 2.0's default lineEnding).
QByteArray writeRow(const QStringList &fields);
QByteArray write(const QList<QStringList> &rows);

// Parses RFC 4180 text (LF or CRLF line ends, quoted fields with embedded newlines). Returns false
// with *error naming the line for an unterminated quote or stray characters after a closing quote.
bool parse(const QByteArray &text, QList<QStringList> *rows, QString *error);

} // namespace Orion::Csv

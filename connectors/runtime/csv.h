#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace Orion::Csv {

// RFC 4180: fields containing a comma, quote, CR or LF are quoted, quotes doubled; UTF-8; lines end
// with LF (Salesforce Bulk API 2.0's default lineEnding).
QByteArray writeRow(const QStringList &fields);
QByteArray write(const QList<QStringList> &rows);

// Parses RFC 4180 text (LF or CRLF line ends, quoted fields with embedded newlines). Returns false
// with *error naming the line for an unterminated quote or stray characters after a closing quote.
bool parse(const QByteArray &text, QList<QStringList> *rows, QString *error);

// The same grammar read row by row from a device (a Bulk API result file can be larger than any
// answer kept in memory). next() returns false at the end, or on an error: error() then says why.
class Reader
{
public:
    explicit Reader(QIODevice *device);
    bool next(QStringList *row);
    QString error() const { return m_error; }

private:
    int peek();
    int get();

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_end = false;
    int m_line = 1;
    QString m_error;
};

} // namespace Orion::Csv

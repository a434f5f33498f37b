#include "runtime/csv.h"

#include <QBuffer>

using namespace Qt::StringLiterals;

namespace Orion::Csv {

QByteArray writeRow(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        const QByteArray field = fields.at(i).toUtf8();
        if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r')) {
            QByteArray quoted = field;
            quoted.replace('"', "\"\"");
            line += '"' + quoted + '"';
        } else {
            line += field;
        }
    }
    return line + '\n';
}

QByteArray write(const QList<QStringList> &rows)
{
    QByteArray out;
    for (const QStringList &row : rows)
        out += writeRow(row);
    return out;
}

bool parse(const QByteArray &text, QList<QStringList> *rows, QString *error)
{
    rows->clear();
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(&buffer);
    QStringList row;
    while (reader.next(&row))
        rows->append(row);
    if (!reader.error().isEmpty()) {
        *error = reader.error();
        return false;
    }
    return true;
}

Reader::Reader(QIODevice *device)
    : m_device(device)
{
}

int Reader::peek()
{
    if (m_pos >= m_buffer.size()) {
        if (m_end)
            return -1;
        m_buffer = m_device->read(64 * 1024);
        m_pos = 0;
        if (m_buffer.isEmpty()) {
            m_end = true;
            return -1;
        }
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int Reader::get()
{
    const int c = peek();
    if (c >= 0)
        ++m_pos;
    return c;
}

bool Reader::next(QStringList *row)
{
    row->clear();
    if (!m_error.isEmpty() || peek() < 0)
        return false;
    QByteArray field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (only a delimiter may follow)
    auto endField = [&] {
        row->append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    for (;;) {
        const int c = get();
        if (c < 0) {
            if (quoted) {
                m_error = u"line %1: a quoted field is not closed"_s.arg(m_line);
                return false;
            }
            endField();
            return true;
        }
        if (quoted) {
            if (c == '"') {
                if (peek() == '"') {
                    field += '"';
                    ++m_pos;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field += char(c);
            }
            continue;
        }
        if (c == ',') {
            endField();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n')
                ++m_pos;
            endField();
            ++m_line;
            return true;
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
        } else if (wasQuoted) {
            m_error = u"line %1: unexpected character after a closing quote"_s.arg(m_line);
            return false;
        } else {
            field += char(c);
        }
    }
}

} // namespace Orion::Csv

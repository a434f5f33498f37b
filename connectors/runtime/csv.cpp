#include "runtime/csv.h"

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
    QStringList row;
    QByteArray field;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (only a delimiter may follow)
    int line = 1;
    const qsizetype n = text.size();
    auto endField = [&] {
        row.append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < n && text.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == ',') {
            endField();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < n && text.at(i + 1) == '\n')
                ++i;
            endField();
            rows->append(row);
            row.clear();
            ++line;
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
        } else if (wasQuoted) {
            *error = u"line %1: unexpected character after a closing quote"_s.arg(line);
            return false;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = u"line %1: a quoted field is not closed"_s.arg(line);
        return false;
    }
    if (!field.isEmpty() || !row.isEmpty() || wasQuoted) {
        endField();
        rows->append(row);
    }
    return true;
}

} // namespace Orion::Csv

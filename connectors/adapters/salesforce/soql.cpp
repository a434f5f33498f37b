#include "adapters/salesforce/soql.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Orion::Soql {

QString dateTime(const QDateTime &value)
{
    return value.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
}

QString literal(const QVariant &value)
{
    if (value.isNull())
        return u"null"_s;
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QString::number(value.toLongLong());
    case QMetaType::Double: return QString::number(value.toDouble(), 'g', 15);
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return dateTime(value.toDateTime());
    default: break;
    }
    QString escaped;
    const QString text = value.toString();
    escaped.reserve(text.size() + 2);
    escaped += u'\'';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': escaped += u"\\\\"_s; break;
        case '\'': escaped += u"\\'"_s; break;
        case '"': escaped += u"\\\""_s; break;
        case '\n': escaped += u"\\n"_s; break;
        case '\r': escaped += u"\\r"_s; break;
        case '\t': escaped += u"\\t"_s; break;
        case '\b': escaped += u"\\b"_s; break;
        case '\f': escaped += u"\\f"_s; break;
        default: escaped += c;
        }
    }
    escaped += u'\'';
    return escaped;
}

bool validate(const QString &query, QString *error)
{
    const QString trimmed = query.trimmed();
    if (!trimmed.startsWith(u"SELECT "_s, Qt::CaseInsensitive) && !trimmed.startsWith(u"SELECT\n"_s, Qt::CaseInsensitive)) {
        *error = u"only SELECT queries are allowed"_s;
        return false;
    }
    bool inLiteral = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (inLiteral) {
            if (c == u'\\')
                ++i; // escaped character
            else if (c == u'\'')
                inLiteral = false;
            continue;
        }
        if (c == u'\'') {
            inLiteral = true;
        } else if (c == u';') {
            *error = u"a query may not contain ';' outside a string literal"_s;
            return false;
        } else if ((c == u'-' && trimmed.mid(i, 2) == "--"_L1) || (c == u'/' && trimmed.mid(i, 2) == "/*"_L1)) {
            *error = u"comments are not allowed in a query"_s;
            return false;
        }
    }
    if (inLiteral) {
        *error = u"a string literal is not closed"_s;
        return false;
    }
    return true;
}

QString bind(const QString &query, const QVariantList &values, QString *error)
{
    QString out;
    qsizetype next = 0;
    bool inLiteral = false;
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query.at(i);
        if (inLiteral) {
            out += c;
            if (c == u'\\' && i + 1 < query.size())
                out += query.at(++i);
            else if (c == u'\'')
                inLiteral = false;
            continue;
        }
        if (c == u'\'') {
            inLiteral = true;
            out += c;
        } else if (c == u'?') {
            if (next >= values.size()) {
                *error = u"the query has more placeholders than values (%1)"_s.arg(values.size());
                return {};
            }
            out += literal(values.at(next++));
        } else {
            out += c;
        }
    }
    if (next != values.size()) {
        *error = u"the query has %1 placeholder(s) for %2 value(s)"_s.arg(next).arg(values.size());
        return {};
    }
    if (!validate(out, error))
        return {};
    return out;
}

} // namespace Orion::Soql

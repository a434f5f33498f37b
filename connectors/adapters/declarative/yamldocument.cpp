#include "adapters/declarative/yamldocument.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

#include <yaml.h>

using namespace Qt::StringLiterals;

namespace Orion::Yaml {

namespace {

// A plain scalar as YAML's core schema reads it.
QJsonValue plainScalar(const QString &s)
{
    if (s.isEmpty() || s == "~"_L1 || s == "null"_L1 || s == "Null"_L1 || s == "NULL"_L1)
        return QJsonValue::Null;
    if (s == "true"_L1 || s == "True"_L1 || s == "TRUE"_L1)
        return true;
    if (s == "false"_L1 || s == "False"_L1 || s == "FALSE"_L1)
        return false;
    const QChar first = s.front();
    if (first.isDigit() || ((first == u'-' || first == u'+' || first == u'.') && s.size() > 1)) {
        static const QRegularExpression number(u"^[-+]?(\\d[\\d_]*)?(\\.\\d*)?([eE][-+]?\\d+)?$"_s);
        if (number.match(s).hasMatch()) {
            bool ok = false;
            const double d = QString(s).remove(u'_').toDouble(&ok);
            if (ok)
                return d;
        }
    }
    return s;
}

struct Frame
{
    bool mapping = false;
    QJsonObject object;
    QJsonArray array;
    QString key;
    bool haveKey = false;
    QString anchor;
};

qsizetype countNodes(const QJsonValue &v)
{
    qsizetype n = 1;
    if (v.isObject())
        for (const QJsonValue &c : v.toObject())
            n += countNodes(c);
    else if (v.isArray())
        for (const QJsonValue &c : v.toArray())
            n += countNodes(c);
    return n;
}

class Parser
{
public:
    Parser(const QByteArray &text)
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()));
    }
    ~Parser() { yaml_parser_delete(&m_parser); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    yaml_parser_t m_parser;
};

QString where(const yaml_mark_t &mark)
{
    return u"line %1, column %2"_s.arg(mark.line + 1).arg(mark.column + 1);
}

} // namespace

bool read(const QByteArray &text, QJsonValue *out, QString *error, int maxDepth, qsizetype maxNodes)
{
    Parser parser(text);
    QList<Frame> stack;
    QHash<QString, QJsonValue> anchors;
    qsizetype nodes = 0;
    QJsonValue root;
    bool done = false;
    // Adds a finished value to the open collection (or makes it the document).
    const auto add = [&](const QJsonValue &value, const QString &anchor) -> bool {
        if (!anchor.isEmpty())
            anchors.insert(anchor, value);
        if (stack.isEmpty()) {
            root = value;
            done = true;
            return true;
        }
        Frame &top = stack.last();
        if (!top.mapping) {
            top.array.append(value);
            return true;
        }
        if (!top.haveKey) {
            if (value.isObject() || value.isArray()) {
                *error = u"a mapping key is itself a mapping or sequence, which JSON cannot hold"_s;
                return false;
            }
            top.key = value.isString() ? value.toString() : value.isDouble() ? QString::number(value.toDouble()) : value.toVariant().toString();
            top.haveKey = true;
            return true;
        }
        top.object.insert(top.key, value);
        top.haveKey = false;
        return true;
    };
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser.m_parser, &event)) {
            *error = u"%1 at %2"_s.arg(QString::fromUtf8(parser.m_parser.problem ? parser.m_parser.problem : "malformed YAML"),
                                       where(parser.m_parser.problem_mark));
            return false;
        }
        bool ok = true;
        switch (event.type) {
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT: {
            if (stack.size() >= maxDepth) {
                *error = u"the document nests too deeply (more than %1 levels) at %2"_s.arg(maxDepth).arg(where(event.start_mark));
                ok = false;
                break;
            }
            Frame f;
            f.mapping = event.type == YAML_MAPPING_START_EVENT;
            const yaml_char_t *anchor = f.mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor;
            if (anchor)
                f.anchor = QString::fromUtf8(reinterpret_cast<const char *>(anchor));
            stack.append(std::move(f));
            break;
        }
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT: {
            Frame f = stack.takeLast();
            ok = add(f.mapping ? QJsonValue(f.object) : QJsonValue(f.array), f.anchor);
            break;
        }
        case YAML_SCALAR_EVENT: {
            const QString value = QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.value), qsizetype(event.data.scalar.length));
            const bool plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !event.data.scalar.tag;
            const QString anchor = event.data.scalar.anchor ? QString::fromUtf8(reinterpret_cast<const char *>(event.data.scalar.anchor)) : QString();
            ok = add(plain ? plainScalar(value) : QJsonValue(value), anchor);
            ++nodes;
            break;
        }
        case YAML_ALIAS_EVENT: {
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(event.data.alias.anchor));
            const auto it = anchors.constFind(name);
            if (it == anchors.cend()) {
                *error = u"the alias *%1 at %2 names no anchor before it"_s.arg(name, where(event.start_mark));
                ok = false;
                break;
            }
            nodes += countNodes(*it);
            ok = add(*it, {});
            break;
        }
        case YAML_STREAM_END_EVENT:
            done = true; // an empty text
            break;
        default: break;
        }
        yaml_event_delete(&event);
        if (ok && nodes > maxNodes) {
            *error = u"the document expands to more than %1 values (aliases of aliases?)"_s.arg(maxNodes);
            ok = false;
        }
        if (!ok)
            return false;
    }
    *out = root;
    return true;
}

} // namespace Orion::Yaml

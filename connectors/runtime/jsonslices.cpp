#include "runtime/jsonslices.h"

namespace Orion {

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
    {
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd() const { return m_p >= m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_p;
        return true;
    }

    // A string token starting at the current '"'; appends it (quotes and escapes as written) to *out.
    bool string(QByteArray *out)
    {
        const char *start = m_p;
        if (peek() != '"')
            return false;
        ++m_p;
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '\\') {
                if (m_p >= m_end)
                    return false;
                ++m_p; // the escaped character (\uXXXX's digits are plain characters)
            } else if (c == '"') {
                if (out)
                    out->append(start, m_p - start);
                return true;
            }
        }
        return false;
    }

    // One value, appended compactly to *out (nullptr: skipped). Depth-limited like Qt's parser.
    bool value(QByteArray *out, int depth = 0)
    {
        if (depth > 1024)
            return false;
        skipSpace();
        const char c = peek();
        if (c == '"')
            return string(out);
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_p;
            if (out)
                out->append(c);
            skipSpace();
            if (peek() == close) {
                ++m_p;
                if (out)
                    out->append(close);
                return true;
            }
            for (;;) {
                if (c == '{') {
                    skipSpace();
                    if (!string(out) || !take(':'))
                        return false;
                    if (out)
                        out->append(':');
                }
                if (!value(out, depth + 1))
                    return false;
                skipSpace();
                if (peek() == ',') {
                    ++m_p;
                    if (out)
                        out->append(',');
                    continue;
                }
                if (peek() != close)
                    return false;
                ++m_p;
                if (out)
                    out->append(close);
                return true;
            }
        }
        // A number, true, false or null: up to the next delimiter.
        const char *start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n' && *m_p != '\r' && *m_p != '\t')
            ++m_p;
        if (m_p == start)
            return false;
        if (out)
            out->append(start, m_p - start);
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

} // namespace

QList<QByteArray> compactArrayElements(const QByteArray &body, QByteArrayView key)
{
    Scanner s(body);
    if (!s.take('{'))
        return {};
    QByteArray quoted;
    quoted.reserve(key.size() + 2);
    quoted.append('"').append(key.data(), key.size()).append('"');
    QList<QByteArray> elements;
    bool found = false;
    s.skipSpace();
    if (s.peek() == '}')
        return {};
    for (;;) {
        s.skipSpace();
        QByteArray name;
        if (!s.string(&name) || !s.take(':'))
            return {};
        s.skipSpace();
        if (name == quoted && found)
            return {}; // a repeated key: which one the parser kept is its business
        if (name == quoted && s.peek() == '[') {
            found = true;
            s.take('[');
            s.skipSpace();
            if (s.peek() == ']') {
                s.take(']');
            } else {
                for (;;) {
                    QByteArray element;
                    if (!s.value(&element))
                        return {};
                    elements.append(std::move(element));
                    if (s.take(','))
                        continue;
                    if (!s.take(']'))
                        return {};
                    break;
                }
            }
        } else if (!s.value(nullptr)) {
            return {};
        }
        if (s.take(','))
            continue;
        if (!s.take('}'))
            return {};
        break;
    }
    s.skipSpace();
    if (!found || !s.atEnd())
        return {};
    return elements;
}

} // namespace Orion

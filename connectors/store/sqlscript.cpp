#include "store/sqlscript.h"

using namespace Qt::StringLiterals;

namespace Orion::SqlScript {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The keyword starting at i, if it is a whole word.
bool keywordAt(const QString &s, qsizetype i, QLatin1StringView word)
{
    if (i > 0 && isWordChar(s.at(i - 1)))
        return false;
    if (s.size() - i < word.size() || QStringView(s).mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype end = i + word.size();
    return end == s.size() || !isWordChar(s.at(end));
}

// Whether the statement text so far is a CREATE TRIGGER (whose body holds semicolons).
qsizetype skipSpaceAndComments(QStringView text, qsizetype i);

bool isTriggerStatement(QStringView statement)
{
    statement = statement.mid(skipSpaceAndComments(statement, 0));
    const QString simplified = statement.toString().simplified().toUpper();
    return simplified.startsWith("CREATE TRIGGER"_L1) || simplified.startsWith("CREATE TEMP TRIGGER"_L1)
        || simplified.startsWith("CREATE TEMPORARY TRIGGER"_L1);
}

// The index of the first character after leading whitespace and comments.
qsizetype skipSpaceAndComments(QStringView text, qsizetype i)
{
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < text.size() && text.at(i + 1) == u'-') {
            while (i < text.size() && text.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < text.size() && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? text.size() : end + 2;
        } else {
            return i;
        }
    }
    return i;
}

// True when the text holds more than whitespace and comments.
bool hasCode(QStringView text)
{
    return skipSpaceAndComments(text, 0) < text.size();
}

} // namespace

QStringList split(const QString &script)
{
    QStringList statements;
    qsizetype start = 0;
    qsizetype i = 0;
    int blockDepth = 0; // BEGIN/CASE … END nesting inside a trigger body
    const qsizetype n = script.size();

    auto flush = [&](qsizetype end) {
        const QStringView text = QStringView(script).mid(start, end - start);
        if (hasCode(text))
            statements.append(text.trimmed().toString());
        start = end + 1;
    };

    while (i < n) {
        const QChar c = script.at(i);
        if (c == u'\'' || c == u'"') {
            // Quoted text; a doubled quote is an escaped quote.
            ++i;
            while (i < n) {
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
        } else if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == u'$' && (i == 0 || !isWordChar(script.at(i - 1)))) {
            // $tag$ … $tag$ (tag may be empty)
            qsizetype j = i + 1;
            while (j < n && (isWordChar(script.at(j))) && !script.at(j).isDigit())
                ++j;
            if (j < n && script.at(j) == u'$') {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype end = script.indexOf(tag, j + 1);
                i = end < 0 ? n : end + tag.size();
            } else {
                ++i;
            }
        } else if (c == u';') {
            if (blockDepth == 0) {
                flush(i);
            }
            ++i;
        } else if (isWordChar(c) && (i == 0 || !isWordChar(script.at(i - 1)))) {
            if ((keywordAt(script, i, "BEGIN"_L1) || keywordAt(script, i, "CASE"_L1))
                && isTriggerStatement(QStringView(script).mid(start, i - start))) {
                ++blockDepth;
            } else if (blockDepth > 0 && keywordAt(script, i, "END"_L1)) {
                --blockDepth;
            }
            while (i < n && isWordChar(script.at(i)))
                ++i;
        } else {
            ++i;
        }
    }
    if (start < n)
        flush(n);
    return statements;
}

} // namespace Orion::SqlScript

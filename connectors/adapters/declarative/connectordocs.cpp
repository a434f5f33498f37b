#include "adapters/declarative/connectordocs.h"

#include "adapters/declarative/connectorspec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <dtl/dtl.hpp>

#include <sstream>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

QString code(const QString &s)
{
    return u'`' + QString(s).replace(u'`', u'\'') + u'`';
}

QString envName(const QString &spec, const QString &key)
{
    QString s = u"ORION_SECRET_%1_%2"_s.arg(spec, key).toUpper();
    for (QChar &c : s)
        if (!c.isLetterOrNumber())
            c = u'_';
    return s;
}

QString paginatorText(const QJsonObject &p)
{
    const QString type = p.value("type"_L1).toString(u"none"_s);
    if (type == "offset"_L1)
        return u"offset (`%1`/`%2`, %3 per page)"_s
            .arg(p.value("offset_param"_L1).toString(u"offset"_s), p.value("limit_param"_L1).toString(u"limit"_s))
            .arg(p.value("page_size"_L1).toInt());
    if (type == "page_number"_L1)
        return u"page number (`%1`, %2 per page)"_s.arg(p.value("page_param"_L1).toString(u"page"_s)).arg(p.value("page_size"_L1).toInt());
    if (type == "cursor"_L1) {
        const QString from = p.contains("cursor_header"_L1) ? u"header `%1`"_s.arg(p.value("cursor_header"_L1).toString())
            : p.contains("cursor_from_last_record"_L1)      ? u"the last record's `%1`"_s.arg(p.value("cursor_from_last_record"_L1).toString())
                                                            : u"`%1`"_s.arg(p.value("cursor_path"_L1).toString());
        return u"cursor from %1, sent as `%2`"_s.arg(from, p.value("cursor_param"_L1).toString());
    }
    if (type == "next_url"_L1)
        return u"next URL at `%1`"_s.arg(p.value("next_url_path"_L1).toString());
    if (type == "link_header"_L1)
        return u"RFC 8288 Link header"_s;
    return u"none (one request)"_s;
}

} // namespace

QString ConnectorDocs::specText(const QJsonObject &spec)
{
    return QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Indented));
}

QString ConnectorDocs::readme(const ConnectorSpec &spec)
{
    QString md;
    md += u"# %1\n\n"_s.arg(spec.displayName());
    if (!spec.description().isEmpty())
        md += spec.description() + u"\n\n"_s;
    md += u"A custom connector for Orion Connector Studio: a declarative spec run by the shared engine (no code).\n\n"_s;
    md += u"| | |\n|---|---|\n"_s;
    md += u"| Name | %1 |\n| Version | %2 |\n| Category | %3 |\n| Base URL | %4 |\n\n"_s.arg(code(spec.name()))
              .arg(spec.version())
              .arg(spec.category(), code(spec.baseUrl().toString()));
    md += u"## Authentication\n\n"_s;
    const QJsonObject auth = spec.authenticator();
    const QString type = auth.value("type"_L1).toString(u"none"_s);
    if (type == "api_key"_L1)
        md += u"API key in the %1 %2.\n\n"_s.arg(auth.value("inject_into"_L1).toString() == "query"_L1 ? u"query item"_s : u"header"_s,
                                                 code(auth.value("name"_L1).toString()));
    else if (type == "bearer"_L1)
        md += u"Bearer token in the Authorization header.\n\n"_s;
    else if (type == "basic"_L1)
        md += u"HTTP basic authentication.\n\n"_s;
    else if (type == "oauth2"_L1)
        md += u"OAuth 2.0 (token URL %1, client id %2), refresh token rotation saved at once.\n\n"_s.arg(code(auth.value("token_url"_L1).toString()),
                                                                                                         code(auth.value("client_id"_L1).toString()));
    else
        md += u"None.\n\n"_s;
    const QStringList secrets = spec.secretNames();
    if (!secrets.isEmpty()) {
        md += u"Secrets (kept in the OS keychain; headless runs read them from the environment):\n\n"_s;
        for (const QString &s : secrets)
            md += u"- %1 — %2\n"_s.arg(code(s), code(envName(spec.name(), s)));
        md += u"\n"_s;
    }
    md += u"## Streams\n\n| Stream | Unified as | Request | Records at | Primary key | Pagination | Incremental |\n|---|---|---|---|---|---|---|\n"_s;
    for (const QJsonObject &s : spec.streams()) {
        const QJsonObject inc = s.value("incremental"_L1).toObject();
        md += u"| %1 | %2 | %3 %4 | %5 | %6 | %7 | %8 |\n"_s.arg(
            code(s.value("name"_L1).toString()), s.value("kind"_L1).toString(), s.value("method"_L1).toString(u"GET"_s),
            code(s.value("path"_L1).toString()), code(s.value("record_selector"_L1).toObject().value("path"_L1).toString()),
            code(s.value("primary_key"_L1).toString()), paginatorText(s.value("paginator"_L1).toObject()),
            inc.isEmpty() ? u"—"_s : code(inc.value("cursor_field"_L1).toString()));
    }
    md += u"\n"_s;
    for (const QJsonObject &s : spec.streams()) {
        const QJsonArray mappings = s.value("mappings"_L1).toArray();
        if (mappings.isEmpty())
            continue;
        md += u"### Field mapping of %1\n\n| Unified field | Source | Transformation |\n|---|---|---|\n"_s.arg(code(s.value("name"_L1).toString()));
        for (const QJsonValue &v : mappings) {
            const QJsonObject m = v.toObject();
            md += u"| %1 | %2 | %3 |\n"_s.arg(m.value("target_field"_L1).toString(), code(m.value("source_path"_L1).toString()),
                                              m.value("transformation"_L1).toString(u"none"_s));
        }
        md += u"\n"_s;
    }
    md += u"## Testing\n\n"_s;
    md += u"```sh\norion spec validate %1.json\norion spec test %1.json --stream %2 --pages 2\norion spec test %1.json --cassette %1.cassette.json   # offline, against the recorded fixture\n```\n"_s
              .arg(spec.name(), spec.streams().isEmpty() ? QString() : spec.streams().first().value("name"_L1).toString());
    return md;
}

QString ConnectorDocs::unifiedDiff(const QString &before, const QString &after, const QString &beforeLabel, const QString &afterLabel)
{
    if (before == after)
        return {};
    auto lines = [](const QString &text) {
        std::vector<std::string> out;
        for (const QString &l : text.split(u'\n'))
            out.push_back(l.toStdString());
        if (!out.empty() && out.back().empty())
            out.pop_back();
        return out;
    };
    dtl::Diff<std::string, std::vector<std::string>> diff(lines(before), lines(after));
    diff.onHuge();
    diff.compose();
    diff.composeUnifiedHunks();
    std::ostringstream out;
    diff.printUnifiedFormat(out);
    return u"--- %1\n+++ %2\n"_s.arg(beforeLabel, afterLabel) + QString::fromStdString(out.str());
}

} // namespace Orion

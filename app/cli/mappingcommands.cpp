#include "mappingcommands.h"

#include "command.h"
#include "output.h"

#include "adapters/connector.h"
#include "adapters/registry/connectorregistry.h"
#include "mapping/mappingengine.h"
#include "mapping/sourceprofile.h"
#include "services/workspacesettings.h"
#include "store/connectionstore.h"
#include "store/mappingstore.h"
#include "store/recordstore.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

namespace MappingCli {

std::atomic<bool> g_cancel{false};

extern "C" void cancelMapping(int)
{
    g_cancel.store(true);
}

// The run's mode from --provider (and --llm-only): local, or the LLM named, hybrid by default.
bool modeAndSettings(const QCommandLineParser &parser, MappingRun::Mode *mode, LlmSettings *llm, QString *error)
{
    *llm = LlmSettings::fromEnvironment();
    const QString provider = parser.value(u"provider"_s);
    if (!provider.isEmpty() && provider != "local"_L1) {
        LlmSettings::Provider p;
        if (!LlmSettings::providerFromName(provider, &p)) {
            *error = u"--provider must be local, anthropic or openai"_s;
            return false;
        }
        llm->provider = p;
    } else if (!provider.isEmpty()) {
        llm->provider = LlmSettings::Provider::None;
    }
    if (parser.isSet(u"rows"_s)) {
        bool ok = false;
        const int rows = parser.value(u"rows"_s).toInt(&ok);
        if (!ok || rows < 0 || rows > 50) {
            *error = u"--rows must be a whole number between 0 and 50"_s;
            return false;
        }
        llm->maxSampleRows = rows;
    }
    if (parser.isSet(u"mask"_s))
        llm->maskValues = true;
    *mode = !llm->isConfigured() ? MappingRun::Mode::Local : parser.isSet(u"llm-only"_s) ? MappingRun::Mode::Llm : MappingRun::Mode::Hybrid;
    if (*mode == MappingRun::Mode::Local && parser.isSet(u"llm-only"_s)) {
        *error = u"--llm-only needs --provider anthropic or openai"_s;
        return false;
    }
    return true;
}

QJsonArray suggestionsJson(const MappingSuggestions &list)
{
    QJsonArray a;
    for (const MappingSuggestion &s : list) {
        QJsonObject o = s.toJson();
        o.remove(u"parameters"_s);
        o.remove(u"provider"_s);
        a.append(o);
    }
    return a;
}

void printTable(const MappingSuggestions &list)
{
    for (const MappingSuggestion &s : list) {
        out() << s.targetField.leftJustified(22) << ' ' << (s.isUnmapped() ? u"—"_s : s.sourcePath).leftJustified(36) << ' '
              << transformationName(s.transformation).leftJustified(20) << ' ' << QString::number(s.confidence, 'f', 2) << "  " << s.reasoning
              << Qt::endl;
    }
}

void printRunSummary(const MappingRun &run)
{
    QTextStream err(stderr);
    if (run.mode == MappingRun::Mode::Local) {
        err << "mode local: no LLM used" << Qt::endl;
        return;
    }
    err << "mode " << MappingRun::modeName(run.mode) << ": " << run.llmFields << " field(s) sent to the LLM, " << run.inputTokens << " input and "
        << run.outputTokens << " output tokens, estimated cost "
        << (run.estimatedUsd < 0 ? u"unknown (set ORION_LLM_PRICE_IN/_OUT)"_s : u"$"_s + QString::number(run.estimatedUsd, 'f', 4)) << Qt::endl;
    for (const QString &d : run.dropped)
        err << "dropped: " << d << Qt::endl;
}

bool targetFor(const QCommandLineParser &parser, const QString &stream, MappingTarget *target, QString *error)
{
    if (parser.isSet(u"target"_s)) {
        if (!mappingTargetFromName(parser.value(u"target"_s), target)) {
            *error = u"--target must be customer or invoice"_s;
            return false;
        }
        return true;
    }
    static const QStringList invoiceStreams{u"invoices"_s, u"opportunities"_s, u"orders"_s, u"bills"_s};
    *target = invoiceStreams.contains(stream) ? MappingTarget::Invoice : MappingTarget::Customer;
    return true;
}

bool readSample(const QString &path, QList<QJsonObject> *records, SourceFields *fields, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return false;
    }
    QString why;
    if (!SourceProfile::load(f.readAll(), 1000, records, fields, &why)) {
        *error = u"%1: %2"_s.arg(path, why);
        return false;
    }
    return true;
}

} // namespace MappingCli

using namespace MappingCli;

QString mapHelp()
{
    return uR"(Usage: orion map SAMPLE.json [--target customer|invoice] [--provider local|anthropic|openai] [--llm-only]
                 [--rows N] [--mask] [--docs FILE] [--json]

Suggest how the sample's fields map to the unified customer (default) or invoice. SAMPLE.json is an
array of source records, an API list response ("data", "results", "QueryResponse", …), one record,
or a schema {"fields": [{"path", "type"}]}. The local matcher works offline. With --provider, the
local matcher decides the clear cases and the fields below confidence 0.9 go to the LLM (hybrid);
--llm-only sends every field. LLM settings come from the environment: ORION_LLM_BASE_URL,
ORION_LLM_MODEL, ORION_LLM_API_KEY (or ANTHROPIC_API_KEY / OPENAI_API_KEY), ORION_LLM_PRICE_IN/_OUT.
At most --rows sample values per field are sent (default 5); --mask sends their shape only; fields
named like secrets are never sent. Tokens and the estimated cost are printed on stderr.
With --json: one JSON array of {target_field, source_path, transformation, confidence, reasoning,
alternatives}.
)"_s;
}

QString mappingsHelp()
{
    return uR"(Usage:
  orion mappings suggest CONNECTION --stream S [--sample FILE] [--provider …] [--target customer|invoice]
  orion mappings list CONNECTION [--stream S] [--json]
  orion mappings approve CONNECTION ID... | --stream S --at-least T
  orion mappings reject CONNECTION ID...
  orion mappings validate CONNECTION --stream S [--sample FILE]
  orion mappings export CONNECTION --stream S [--file OUT.json]
  orion mappings import CONNECTION FILE [--keep-decisions]
  orion mappings approvers CONNECTION [SLACK_USER_ID ...]     (no ids: list; ids: replace the list)

suggest stores suggestions for a stream (sample: FILE, or the source records of the stream's stored
records); undecided suggestions are replaced, decisions kept. Only approved mappings drive syncs. On
PostgreSQL only members of orion_admin may approve or reject; every decision is audited with who
decided (the database user; on SQLite the local user). validate checks the approved set against the
sample: required fields, transformation errors. export writes JSON (standard output by default);
import reads it back as suggestions, or with --keep-decisions as exported (audited as an import).
approvers lists or sets who may decide from Slack ("Ask for Approval in Slack" in the app): Slack
user ids (U…); on PostgreSQL only admins may change the list.
)"_s;
}

int runMap(const QStringList &args, const QCommandLineParser &parser)
{
    if (args.size() != 1)
        return usage(u"map takes one sample file; run 'orion map --help'"_s);
    MappingRun::Mode mode;
    LlmSettings llm;
    QString error;
    if (!modeAndSettings(parser, &mode, &llm, &error))
        return usage(error);
    MappingTarget target;
    if (!targetFor(parser, QString(), &target, &error))
        return usage(error);
    QList<QJsonObject> records;
    SourceFields fields;
    if (!readSample(args.first(), &records, &fields, &error))
        return usage(error);
    QString docs;
    if (parser.isSet(u"docs"_s)) {
        QFile f(parser.value(u"docs"_s));
        if (!f.open(QIODevice::ReadOnly))
            return usage(u"cannot read %1: %2"_s.arg(f.fileName(), f.errorString()));
        docs = QString::fromUtf8(f.readAll());
    }
    std::signal(SIGINT, cancelMapping);
    MappingRun run;
    if (!MappingEngine::run(fields, target, docs, mode, llm, &g_cancel, &run, &error))
        return fail(error);
    if (parser.isSet(u"json"_s))
        out() << QJsonDocument(suggestionsJson(run.suggestions)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        printTable(run.suggestions);
    printRunSummary(run);
    return 0;
}

int runMappings(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace &workspace)
{
    QString error;
    ConnectionStore connections(workspace);
    const auto connection = connections.connectionByName(args.value(0), &error);
    if (!connection)
        return error.isEmpty() ? usage(u"there is no connection named \"%1\""_s.arg(args.value(0))) : fail(error);
    const QString stream = parser.value(u"stream"_s);
    if (!stream.isEmpty()) {
        const Connector *connector = ConnectorRegistry::instance().find(connection->connectorId);
        if (connector && !connector->streamNames().contains(stream))
            return usage(u"%1 has no stream \"%2\" (%3)"_s.arg(connection->name, stream, connector->streamNames().join(u", "_s)));
    }
    MappingStore store(workspace);

    if (sub == "suggest"_L1 || sub == "validate"_L1) {
        if (stream.isEmpty())
            return usage(u"mappings %1 needs --stream S"_s.arg(sub));
        MappingTarget target;
        if (!targetFor(parser, stream, &target, &error))
            return usage(error);
        QList<QJsonObject> records;
        SourceFields fields;
        if (parser.isSet(u"sample"_s)) {
            if (!readSample(parser.value(u"sample"_s), &records, &fields, &error))
                return usage(error);
        } else {
            RecordStore recordStore(workspace);
            for (const QJsonObject &r :
                 recordStore.records(connection->id, target == MappingTarget::Customer ? RecordKind::Customer : RecordKind::Invoice, &error)) {
                if (records.size() >= 200)
                    break;
                if (!r.value("raw"_L1).toObject().isEmpty())
                    records << r.value("raw"_L1).toObject();
            }
            if (!error.isEmpty())
                return fail(error);
            if (records.isEmpty())
                return usage(u"%1 has no stored %2 records to learn from: sync it first, or pass --sample FILE"_s.arg(connection->name, stream));
            fields = SourceProfile::profile(records);
        }
        if (sub == "validate"_L1) {
            MappingSet set = store.approvedSet(connection->id, stream, &error);
            if (!error.isEmpty())
                return fail(error);
            set.setDefaultRegion(WorkspaceSettings::defaultPhoneRegion());
            const MappingSet::Validation v = set.validate(records);
            for (const MappingSet::RuleCheck &c : v.rules)
                out() << c.targetField.leftJustified(22) << " ← " << c.sourcePath.leftJustified(36) << ' ' << c.failed << '/' << c.applied
                      << " failed" << (c.firstError.isEmpty() ? QString() : u" ("_s + c.firstError + u')') << Qt::endl;
            for (const QString &p : v.problems)
                out() << "problem: " << p << Qt::endl;
            return v.ok() ? 0 : 1;
        }
        MappingRun::Mode mode;
        LlmSettings llm;
        if (!modeAndSettings(parser, &mode, &llm, &error))
            return usage(error);
        std::signal(SIGINT, cancelMapping);
        MappingRun run;
        if (!MappingEngine::run(fields, target, QString(), mode, llm, &g_cancel, &run, &error))
            return fail(error);
        const int stored = store.saveSuggestions(connection->id, stream, target, run.suggestions, &error);
        if (stored < 0)
            return fail(error);
        out() << "Stored " << stored << " suggestion(s) for " << connection->name << " / " << stream << " (" << records.size()
              << " sample record(s))." << Qt::endl;
        printRunSummary(run);
        return 0;
    }
    if (sub == "list"_L1) {
        const StoredMappings rows = store.list(connection->id, stream, &error);
        if (!error.isEmpty())
            return fail(error);
        if (parser.isSet(u"json"_s)) {
            QJsonArray a;
            for (const StoredMapping &m : rows) {
                QJsonObject o = m.suggestion.toJson();
                o.insert(u"id"_s, m.id);
                o.insert(u"stream"_s, m.stream);
                o.insert(u"status"_s, StoredMapping::statusName(m.status));
                o.insert(u"decided_by"_s, m.decidedBy.isEmpty() ? QJsonValue() : QJsonValue(m.decidedBy));
                o.insert(u"decided_at"_s, m.decidedAt.isValid() ? QJsonValue(m.decidedAt.toString(Qt::ISODateWithMs)) : QJsonValue());
                a.append(o);
            }
            out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
            return 0;
        }
        for (const StoredMapping &m : rows)
            out() << QString::number(m.id).rightJustified(6) << "  " << m.stream.leftJustified(14) << ' '
                  << m.suggestion.targetField.leftJustified(22) << ' '
                  << (m.suggestion.isUnmapped() ? u"—"_s : m.suggestion.sourcePath).leftJustified(32) << ' '
                  << transformationName(m.suggestion.transformation).leftJustified(20) << ' ' << QString::number(m.suggestion.confidence, 'f', 2)
                  << "  " << StoredMapping::statusName(m.status) << (m.decidedBy.isEmpty() ? QString() : u" by "_s + m.decidedBy) << Qt::endl;
        return 0;
    }
    if (sub == "approve"_L1 || sub == "reject"_L1) {
        QList<qint64> ids;
        if (parser.isSet(u"at-least"_s)) {
            bool ok = false;
            const double t = parser.value(u"at-least"_s).toDouble(&ok);
            if (sub != "approve"_L1 || !ok || t < 0 || t > 1 || stream.isEmpty() || args.size() != 1)
                return usage(u"approve --at-least T takes a threshold from 0 to 1 and --stream S"_s);
            ids = store.undecidedAtOrAbove(connection->id, stream, t, &error);
            if (!error.isEmpty())
                return fail(error);
        } else {
            const StoredMappings rows = store.list(connection->id, QString(), &error);
            for (const QString &a : args.mid(1)) {
                bool ok = false;
                const qint64 id = a.toLongLong(&ok);
                const bool mine = std::any_of(rows.begin(), rows.end(), [&](const StoredMapping &m) { return m.id == id; });
                if (!ok || !mine)
                    return usage(u"%1 is not a mapping of %2 (see 'orion mappings list %2')"_s.arg(a, connection->name));
                ids << id;
            }
            if (ids.isEmpty())
                return usage(u"mappings %1 takes mapping ids (see 'orion mappings list')"_s.arg(sub));
        }
        if (ids.isEmpty()) {
            out() << "Nothing to approve." << Qt::endl;
            return 0;
        }
        const auto decision = sub == "approve"_L1 ? StoredMapping::Status::Approved : StoredMapping::Status::Rejected;
        if (!store.decide(ids, decision, workspace.actor(), MappingStore::Via::Cli, &error))
            return fail(error);
        out() << (sub == "approve"_L1 ? "Approved " : "Rejected ") << ids.size() << " mapping(s)." << Qt::endl;
        return 0;
    }
    if (sub == "export"_L1) {
        if (stream.isEmpty())
            return usage(u"mappings export needs --stream S"_s);
        const QJsonObject json = store.exportSet(connection->id, stream, &error);
        if (!error.isEmpty())
            return fail(error);
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
        if (!parser.isSet(u"file"_s)) {
            out() << QString::fromUtf8(bytes);
            return 0;
        }
        QFile f(parser.value(u"file"_s));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return fail(u"cannot write %1: %2"_s.arg(f.fileName(), f.errorString()));
        return 0;
    }
    if (sub == "import"_L1) {
        if (args.size() != 2)
            return usage(u"mappings import takes CONNECTION FILE"_s);
        QFile f(args.at(1));
        if (!f.open(QIODevice::ReadOnly))
            return usage(u"cannot read %1: %2"_s.arg(f.fileName(), f.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return usage(u"%1 is not a JSON object"_s.arg(f.fileName()));
        const int n = store.importSet(connection->id, doc.object(), parser.isSet(u"keep-decisions"_s), workspace.actor(), &error);
        if (n < 0)
            return error.startsWith(u"mappings["_s) || error.startsWith(u"Not an Orion"_s) || error.contains(u"needs a stream"_s) ? usage(error)
                                                                                                                                  : fail(error);
        out() << "Imported " << n << " mapping(s)." << Qt::endl;
        return 0;
    }
    if (sub == "approvers"_L1) {
        if (args.size() > 1) {
            static const QRegularExpression slackId(u"^[UW][A-Z0-9]{2,}$"_s);
            for (const QString &id : args.mid(1))
                if (!slackId.match(id).hasMatch())
                    return usage(u"\"%1\" is not a Slack user id (U… or W…)"_s.arg(id));
            if (!store.setApprovers(connection->id, args.mid(1), &error))
                return fail(error);
        }
        const QStringList list = store.approvers(connection->id, &error);
        if (!error.isEmpty())
            return fail(error);
        if (parser.isSet(u"json"_s))
            out() << QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            for (const QString &id : list)
                out() << id << Qt::endl;
        return 0;
    }
    return usage(u"unknown mappings command \"%1\"; run 'orion mappings --help'"_s.arg(sub));
}

QList<Command> mappingCommands()
{
    return {
        {u"map"_s, mapHelp, [](Invocation &) { return 0; }, [](const Invocation &) { return Command::Needs::Nothing; }, nullptr,
         [](Invocation &i, Workspace *) { return runMap(i.args, i.parser); }},
        {u"mappings"_s, mappingsHelp,
         [](Invocation &i) {
             static const QStringList subs{u"suggest"_s,  u"list"_s,   u"approve"_s, u"reject"_s,
                                           u"validate"_s, u"export"_s, u"import"_s,  u"approvers"_s};
             if (!subs.contains(i.takeSub()))
                 return usage(u"mappings needs one of %1; run 'orion mappings --help'"_s.arg(subs.join(u", "_s)));
             return i.args.isEmpty() ? usage(u"mappings %1 needs a connection name"_s.arg(i.sub)) : 0;
         },
         nullptr, nullptr, [](Invocation &i, Workspace *w) { return runMappings(i.sub, i.args, i.parser, *w); }},
    };
}

} // namespace Orion::Cli

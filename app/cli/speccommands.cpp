#include "speccommands.h"

#include "command.h"
#include "output.h"

#include "adapters/declarative/connectorspec.h"
#include "adapters/declarative/specimporter.h"
#include "adapters/declarative/spectester.h"
#include "runtime/credentialstore.h"
#include "store/customconnectorstore.h"
#include "store/mappingstore.h"
#include "store/marketplacestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

namespace SpecCli {

bool load(const QString &path, ConnectorSpec *spec, QStringList *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors->append(f.errorString());
        return false;
    }
    return ConnectorSpec::parse(f.read(ConnectorSpec::kMaxBytes + 1), spec, errors);
}

// Drift of a connection's approved mappings against the records of a test read (a recording): the
// same judgement a sync makes, against what that connection's syncs have seen; nothing is stored.
// Fills result["drift"]; 0 when none, 3 when some, else fail()'s status.
int driftOf(Workspace &workspace, const ConnectionStore::Connection &connection, const ConnectorSpec &spec, const SpecTester::Report &report,
            QJsonObject *result)
{
    const QString &connectionName = connection.name;
    QString error;
    // The approved rules, or else the spec's own mappings (what a sync of the connection watches).
    MappingStore mappings(workspace);
    FieldBaselines baselines = mappings.baselines(connection.id, report.stream, &error);
    if (error.isEmpty() && baselines.isEmpty()) {
        baselines = spec.mappedFields(report.stream);
        mappings.loadBaselines(connection.id, report.stream, &baselines, &error);
    }
    if (!error.isEmpty())
        return fail(error);
    DriftCheck check(report.stream, baselines);
    for (const QJsonObject &record : report.records)
        check.observe(record);
    const DriftFindings findings = check.findings();
    qint64 watched = 0;
    for (const FieldBaseline &b : baselines)
        watched += b.records > 0;
    result->insert(u"drift"_s,
                   QJsonObject{{u"connection"_s, connectionName},
                               {u"approved_fields"_s, baselines.size()},
                               {u"fields_with_history"_s, watched},
                               {u"findings"_s, driftToJson(findings)}});
    return findings.isEmpty() ? 0 : 3;
}

} // namespace SpecCli

QString specHelp()
{
    return uR"(Usage:
  orion spec validate FILE [--json]     Check a custom connector spec against its schema and rules.
  orion spec deploy FILE                Save the spec in the workspace and make its version the one
                                        connections run ("custom:NAME").
  orion spec list [--json]              The custom connectors of the workspace, every version.
  orion spec test SPEC [--stream S] [--record FILE | --cassette FILE] [--pages N] [--connection NAME] [--json]
                                        Read a stream (3 pages by default), live or offline from a
                                        recorded cassette; --record saves the exchanges (secrets
                                        redacted). With --cassette, the records and inferred schema
                                        are compared with the last run against that cassette.
                                        --connection NAME: also checks the fields that connection's
                                        approved mappings read, as a sync does (a field gone from
                                        every record, or of another type than its syncs have seen);
                                        exit status 3 when one drifted.
                                        Secrets: ORION_SECRET_<SPEC NAME>_<KEY> (or the keychain).
  orion spec import-openapi FILE [-o SPEC]   A first spec from an OpenAPI 3.0/3.1 file (JSON or YAML).
  orion spec import-postman FILE [-o SPEC]   … from a Postman collection v2.1.
  orion spec import-har FILE [-o SPEC]       … from a HAR 1.2 capture (the JSON API calls in it).
  orion spec import-curl 'COMMAND' [-o SPEC] … from a cURL command.
    Importers never copy a secret they find (an Authorization header, an API key in a header or the
    URL): it becomes the named secret "token" (or "username"/"password"), and a note on stderr says so.
    The spec goes to standard output, or to SPEC with -o.

Connections use a deployed spec with 'orion connection add NAME --connector custom:NAME' (or
custom:FILE, which deploys the file first). Secrets are the spec's secret names, per connection:
'orion connection set-secret NAME token' or ORION_SECRET_<CONNECTION>_<KEY>.
Errors name the place: "streams[1].paginator.cursor_param: required"; exit status 2 on an invalid spec.
)"_s;
}

bool specNeedsWorkspace(const QString &sub)
{
    return sub == "deploy"_L1 || sub == "list"_L1;
}

int runSpec(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace *workspace)
{
    if (sub == "validate"_L1 || sub == "deploy"_L1) {
        if (args.size() != 1)
            return usage(u"spec %1 takes one spec file"_s.arg(sub));
        ConnectorSpec spec;
        QStringList errors;
        const bool ok = SpecCli::load(args.first(), &spec, &errors);
        if (parser.isSet(u"json"_s) && sub == "validate"_L1) {
            out() << QJsonDocument(QJsonObject{{u"valid"_s, ok},
                                               {u"errors"_s, QJsonArray::fromStringList(errors)},
                                               {u"name"_s, ok ? QJsonValue(spec.name()) : QJsonValue()},
                                               {u"version"_s, ok ? QJsonValue(spec.version()) : QJsonValue()}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
            return ok ? 0 : 2;
        }
        if (!ok) {
            QTextStream err(stderr);
            for (const QString &e : std::as_const(errors))
                err << "orion: " << args.first() << ": " << e << Qt::endl;
            return 2;
        }
        if (sub == "validate"_L1) {
            QStringList streams;
            for (const QJsonObject &s : spec.streams())
                streams << s.value("name"_L1).toString();
            out() << args.first() << ": valid — " << spec.name() << " version " << spec.version() << ", " << streams.size() << " stream(s) ("
                  << streams.join(u", "_s) << ")";
            if (!spec.secretNames().isEmpty())
                out() << "; secrets: " << spec.secretNames().join(u", "_s);
            out() << Qt::endl;
            return 0;
        }
        QString error;
        if (!CustomConnectorStore(*workspace).save(spec, true, &error))
            return fail(error);
        out() << "Deployed " << spec.name() << " version " << spec.version() << " as connector \"custom:" << spec.name() << "\"." << Qt::endl;
        return 0;
    }
    if (sub == "list"_L1) {
        QString error;
        const auto versions = CustomConnectorStore(*workspace).versions(&error);
        if (!error.isEmpty())
            return fail(error);
        if (parser.isSet(u"json"_s)) {
            QJsonArray a;
            for (const auto &v : versions)
                a.append(
                    QJsonObject{{u"name"_s, v.name}, {u"version"_s, v.version}, {u"deployed"_s, v.deployed}, {u"sandbox_status"_s, v.sandboxStatus}});
            out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
            return 0;
        }
        for (const auto &v : versions)
            out() << v.name.leftJustified(32) << " v" << v.version << (v.deployed ? "  deployed" : "") << Qt::endl;
        return 0;
    }
    if (sub == "test"_L1) {
        if (args.size() != 1)
            return usage(u"spec test takes one spec file"_s);
        ConnectorSpec spec;
        QStringList errors;
        if (!SpecCli::load(args.first(), &spec, &errors))
            return usage(u"%1: %2"_s.arg(args.first(), errors.join(u"; "_s)));
        const QString stream = parser.value(u"stream"_s).isEmpty() ? spec.streams().first().value("name"_L1).toString() : parser.value(u"stream"_s);
        SpecTester::Limits limits;
        if (parser.isSet(u"pages"_s)) {
            bool ok = false;
            limits.pages = parser.value(u"pages"_s).toInt(&ok);
            if (!ok || limits.pages < 1 || limits.pages > 1000)
                return usage(u"--pages must be a whole number from 1 to 1000"_s);
        }
        // The connection whose approved mappings are checked: one of this spec's, known before reading.
        NamedConnection named;
        if (parser.isSet(u"connection"_s)) {
            named = findConnection(*workspace, parser.value(u"connection"_s));
            if (named.status != 0)
                return named.status;
            if (named.connection.connectorId != u"custom:"_s + spec.name())
                return usage(u"connection \"%1\" uses the connector %2, not custom:%3"_s.arg(named.connection.name, named.connection.connectorId,
                                                                                             spec.name()));
        }
        Cassette replay, record;
        QString error;
        const QString cassettePath = parser.value(u"cassette"_s);
        if (!cassettePath.isEmpty() && !Cassette::load(cassettePath, &replay, &error))
            return usage(error);
        QJsonObject settings;
        for (const QString &pair : parser.values(u"set"_s)) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq > 0)
                settings.insert(pair.left(eq), pair.mid(eq + 1));
        }
        const SpecTester::Report report = SpecTester::run(spec, stream, CredentialStore::createDefault(), limits, settings,
                                                          cassettePath.isEmpty() ? nullptr : &replay, parser.isSet(u"record"_s) ? &record : nullptr);
        QJsonObject result = report.toJson();
        int driftStatus = 0;
        if (parser.isSet(u"connection"_s) && report.error.isEmpty()) {
            driftStatus = SpecCli::driftOf(*workspace, named.connection, spec, report, &result);
            if (driftStatus != 0 && driftStatus != 3)
                return driftStatus;
        }
        if (parser.isSet(u"record"_s) && report.error.isEmpty() && !record.save(parser.value(u"record"_s), &error))
            return fail(error);
        if (!cassettePath.isEmpty()) {
            // Compared with the last run against this cassette, then remembered.
            const QString lastPath = cassettePath + u".last.json"_s;
            QFile last(lastPath);
            if (last.open(QIODevice::ReadOnly))
                result.insert(u"diff"_s, SpecTester::diff(QJsonDocument::fromJson(last.readAll()).object(), result));
            last.close();
            QFile write(lastPath);
            if (report.error.isEmpty() && write.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                QJsonObject remembered = result;
                remembered.remove(u"diff"_s);
                write.write(QJsonDocument(remembered).toJson(QJsonDocument::Compact));
            }
        }
        if (parser.isSet(u"json"_s)) {
            out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            for (const auto &p : report.pages)
                out() << p.request << " → " << p.status << " (" << p.records << " record(s))" << Qt::endl;
            out() << report.unified.size() << " record(s); " << report.schema.size() << " field(s) inferred" << Qt::endl;
            if (result.contains("diff"_L1)) {
                const QJsonObject d = result.value("diff"_L1).toObject();
                out() << (d.value("same"_L1).toBool()
                              ? u"Same records and schema as the last run."_s
                              : QString(u"Changed since the last run: %1 added, %2 removed, %3 changed record(s); fields +%4 −%5"_s
                                            .arg(d.value("records_added"_L1).toArray().size())
                                            .arg(d.value("records_removed"_L1).toArray().size())
                                            .arg(d.value("records_changed"_L1).toArray().size())
                                            .arg(d.value("fields_added"_L1).toArray().size())
                                            .arg(d.value("fields_removed"_L1).toArray().size())))
                      << Qt::endl;
            }
            if (result.contains("drift"_L1)) {
                const QJsonObject d = result.value("drift"_L1).toObject();
                const DriftFindings findings = driftFromJson(d.value("findings"_L1).toArray());
                if (findings.isEmpty())
                    out() << "No drift in the " << d.value("approved_fields"_L1).toInteger() << " approved field(s) of "
                          << d.value("connection"_L1).toString() << " (" << d.value("fields_with_history"_L1).toInteger() << " with sync history)."
                          << Qt::endl;
                for (const DriftFinding &f : findings)
                    out() << "Drift: " << f.describe() << Qt::endl;
            }
            if (parser.isSet(u"record"_s) && report.error.isEmpty())
                out() << "Recorded " << record.size() << " exchange(s) to " << parser.value(u"record"_s) << " (secrets redacted)." << Qt::endl;
        }
        if (!report.error.isEmpty()) {
            QTextStream err(stderr);
            err << "orion: " << report.error << Qt::endl;
            return 1;
        }
        return driftStatus;
    }
    if (sub.startsWith("import-"_L1)) {
        if (args.size() != 1)
            return usage(u"spec %1 takes one argument; run 'orion spec --help'"_s.arg(sub));
        SpecImporter::Result result;
        QString error;
        bool ok = false;
        if (sub == "import-curl"_L1) {
            ok = SpecImporter::fromCurl(args.first(), &result, &error);
        } else {
            QFile f(args.first());
            if (!f.open(QIODevice::ReadOnly))
                return usage(u"cannot read %1: %2"_s.arg(args.first(), f.errorString()));
            const QByteArray bytes = f.read(16 * 1024 * 1024);
            if (sub == "import-openapi"_L1)
                ok = SpecImporter::fromOpenApi(bytes, &result, &error);
            else if (sub == "import-postman"_L1)
                ok = SpecImporter::fromPostman(bytes, &result, &error);
            else if (sub == "import-har"_L1)
                ok = SpecImporter::fromHar(bytes, &result, &error);
            else
                return usage(u"unknown importer \"%1\" (import-openapi, import-postman, import-har, import-curl)"_s.arg(sub));
        }
        if (!ok)
            return usage(u"%1: %2"_s.arg(sub == "import-curl"_L1 ? u"the command"_s : args.first(), error));
        QTextStream err(stderr);
        for (const QString &note : std::as_const(result.notes))
            err << "note: " << note << Qt::endl;
        const QByteArray json = QJsonDocument(result.spec).toJson(QJsonDocument::Indented);
        if (parser.isSet(u"o"_s)) {
            QFile out(parser.value(u"o"_s));
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(json) != json.size())
                return fail(u"cannot write %1: %2"_s.arg(out.fileName(), out.errorString()));
            err << "Wrote " << out.fileName() << " (" << result.spec.value("name"_L1).toString() << ", "
                << result.spec.value("streams"_L1).toArray().size() << " stream(s))." << Qt::endl;
            return 0;
        }
        out() << QString::fromUtf8(json);
        return 0;
    }
    return usage(u"spec needs validate, deploy, list or import-openapi|import-postman|import-har|import-curl; run 'orion spec --help'"_s);
}

QString marketplaceHelp()
{
    return uR"(Usage:
  orion marketplace list [--search TEXT] [--category C] [--pricing P] [--all] [--json]
  orion marketplace install CONNECTOR_ID        e.g. custom:ledgerly (deploys its spec here)
  orion marketplace uninstall CONNECTOR_ID
  orion marketplace publish SPEC_FILE [--category C] [--pricing free|paid|freemium] [--cassette FILE]
                                                pending until an admin approves; with --cassette the
                                                fixture is replayed first and its result listed as evidence
  orion marketplace approve|reject CONNECTOR_ID  (admins; on PostgreSQL enforced by row-level security)
  orion marketplace rate CONNECTOR_ID STARS      1 to 5, one rating per user
--all also lists pending and rejected entries you may see.
)"_s;
}

int runMarketplace(const QString &sub, const QStringList &args, const QCommandLineParser &parser, Workspace &workspace)
{
    MarketplaceStore store(workspace);
    QString error;
    if (sub == "list"_L1) {
        MarketplaceStore::Filter f;
        f.search = parser.value(u"search"_s);
        f.category = parser.value(u"category"_s);
        f.pricing = parser.value(u"pricing"_s);
        f.includePending = parser.isSet(u"all"_s);
        const auto entries = store.list(f, &error);
        if (!error.isEmpty())
            return fail(error);
        if (parser.isSet(u"json"_s)) {
            QJsonArray a;
            for (const auto &e : entries)
                a.append(QJsonObject{{u"connector_id"_s, e.connectorId},
                                     {u"name"_s, e.name},
                                     {u"publisher"_s, e.publisher},
                                     {u"category"_s, e.category},
                                     {u"pricing"_s, e.pricing},
                                     {u"version"_s, e.version},
                                     {u"status"_s, e.status},
                                     {u"rating"_s, e.rating < 0 ? QJsonValue() : QJsonValue(e.rating)},
                                     {u"installs"_s, e.installCount},
                                     {u"installed"_s, e.installed},
                                     {u"evidence"_s, e.evidence}});
            out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
            return 0;
        }
        for (const auto &e : entries)
            out() << e.connectorId.leftJustified(28) << ' ' << e.name.leftJustified(28) << ' ' << e.category.leftJustified(13) << ' '
                  << e.pricing.leftJustified(8) << ' ' << (e.rating < 0 ? u"  –"_s : QString::number(e.rating, 'f', 1)) << "  " << e.installCount
                  << " installs" << (e.installed ? "  (installed)" : "") << (e.status != "approved"_L1 ? u"  ["_s + e.status + u']' : QString())
                  << Qt::endl;
        return 0;
    }
    if (args.isEmpty())
        return usage(u"marketplace %1 needs an argument; run 'orion marketplace --help'"_s.arg(sub));
    if (sub == "install"_L1 || sub == "uninstall"_L1 || sub == "approve"_L1 || sub == "reject"_L1) {
        const bool ok = sub == "install"_L1 ? store.install(args.first(), &error)
            : sub == "uninstall"_L1         ? store.uninstall(args.first(), &error)
                                            : store.setStatus(args.first(), sub == "approve"_L1 ? u"approved"_s : u"rejected"_s, &error);
        if (!ok)
            return error.contains(u"has no connector"_s) || error.contains(u"not installed"_s) || error.contains(u"not approved"_s) ? usage(error)
                                                                                                                                    : fail(error);
        out() << (sub == "install"_L1         ? "Installed "
                      : sub == "uninstall"_L1 ? "Uninstalled "
                      : sub == "approve"_L1   ? "Approved "
                                              : "Rejected ")
              << args.first() << "." << Qt::endl;
        return 0;
    }
    if (sub == "rate"_L1) {
        bool ok = false;
        const int stars = args.value(1).toInt(&ok);
        if (args.size() != 2 || !ok || stars < 1 || stars > 5)
            return usage(u"marketplace rate takes CONNECTOR_ID and 1 to 5 stars"_s);
        if (!store.rate(args.first(), stars, &error))
            return error.contains(u"has no connector"_s) ? usage(error) : fail(error);
        out() << "Rated " << args.first() << " " << stars << "/5." << Qt::endl;
        return 0;
    }
    if (sub == "publish"_L1) {
        ConnectorSpec spec;
        QStringList errors;
        if (!SpecCli::load(args.first(), &spec, &errors))
            return usage(u"%1: %2"_s.arg(args.first(), errors.join(u"; "_s)));
        QJsonObject evidence;
        if (parser.isSet(u"cassette"_s)) {
            Cassette cassette;
            if (!Cassette::load(parser.value(u"cassette"_s), &cassette, &error))
                return usage(error);
            evidence = SpecTester::evidence(spec, cassette);
        }
        if (!store.publish(spec, parser.value(u"category"_s).isEmpty() ? spec.category() : parser.value(u"category"_s),
                           parser.value(u"pricing"_s).isEmpty() ? u"free"_s : parser.value(u"pricing"_s), evidence, &error))
            return error.contains(u"must be one of"_s) || error.contains(u"already in"_s) ? usage(error) : fail(error);
        const auto listed = store.find(u"custom:"_s + spec.name(), &error);
        if (listed && !listed->pendingVersion.isEmpty())
            out() << "Submitted version " << spec.version() << " of custom:" << spec.name() << "; version " << listed->version
                  << " stays listed until an admin approves the new one." << Qt::endl;
        else
            out() << "Submitted custom:" << spec.name() << " to the marketplace; it is listed once an admin approves it." << Qt::endl;
        return 0;
    }
    return usage(u"marketplace needs list, install, uninstall, publish, approve, reject or rate"_s);
}

QList<Command> specCommands()
{
    return {
        {u"spec"_s, specHelp,
         [](Invocation &i) { return i.takeSub().isEmpty() ? usage(u"spec needs validate, deploy or list; run 'orion spec --help'"_s) : 0; },
         [](const Invocation &i) {
             return specNeedsWorkspace(i.sub) || (i.sub == "test"_L1 && i.isSet(u"connection"_s)) ? Command::Needs::Workspace
                                                                                                  : Command::Needs::Nothing;
         },
         [](const Invocation &i) { return i.sub == "deploy"_L1; }, [](Invocation &i, Workspace *w) { return runSpec(i.sub, i.args, i.parser, w); }},
        {u"marketplace"_s, marketplaceHelp,
         [](Invocation &i) {
             return i.takeSub().isEmpty() ? usage(u"marketplace needs list, install, uninstall, publish, approve, reject or rate"_s) : 0;
         },
         nullptr, [](const Invocation &) { return true; }, [](Invocation &i, Workspace *w) { return runMarketplace(i.sub, i.args, i.parser, *w); }},
    };
}

} // namespace Orion::Cli

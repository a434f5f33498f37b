#include "speccommands.h"

#include "output.h"

#include "declarative/connectorspec.h"
#include "storage/customconnectorstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

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

} // namespace SpecCli

QString specHelp()
{
    return uR"(Usage:
  orion spec validate FILE [--json]     Check a custom connector spec against its schema and rules.
  orion spec deploy FILE                Save the spec in the workspace and make its version the one
                                        connections run ("custom:NAME").
  orion spec list [--json]              The custom connectors of the workspace, every version.

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
            out() << QJsonDocument(QJsonObject{{u"valid"_s, ok}, {u"errors"_s, QJsonArray::fromStringList(errors)},
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
                a.append(QJsonObject{{u"name"_s, v.name}, {u"version"_s, v.version}, {u"deployed"_s, v.deployed}, {u"sandbox_status"_s, v.sandboxStatus}});
            out() << QJsonDocument(a).toJson(QJsonDocument::Compact) << Qt::endl;
            return 0;
        }
        for (const auto &v : versions)
            out() << v.name.leftJustified(32) << " v" << v.version << (v.deployed ? "  deployed" : "") << Qt::endl;
        return 0;
    }
    return usage(u"spec needs validate, deploy or list; run 'orion spec --help'"_s);
}

} // namespace Orion::Cli

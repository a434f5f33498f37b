// `orion connection add|list|remove|set-secret`, `orion connections`, `orion connectors`,
// `orion records`.
#include "command.h"
#include "output.h"

#include "adapters/connector.h"
#include "adapters/declarative/connectorspec.h"
#include "adapters/registry/connectorregistry.h"
#include "common/enumnames.h"
#include "runtime/credentialstore.h"
#include "services/connectionsaver.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/recordstore.h"
#include "store/sealedsecrets.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Orion::Cli {

namespace {

QString connectionHelp()
{
    return uR"(Usage:
  orion connection add NAME --connector ID [--set KEY=VALUE ...]
  orion connection list [--json]
  orion connection remove NAME
  orion connection set-secret NAME KEY      (the value is read from standard input)

--set takes the connector's settings (see 'orion connectors'); secrets are refused there: store them
with set-secret or pass them as ORION_SECRET_<CONNECTION>_<KEY>.
)"_s;
}

QString settingTypeName(SettingSpec::Type type)
{
    return enumName(type);
}

int listConnectors(Invocation &invocation, Workspace *)
{
    const bool json = invocation.json();
    QJsonArray array;
    for (const Connector *c : ConnectorRegistry::instance().connectors()) {
        QJsonArray streams, settings, secrets;
        for (const StreamSpec &s : c->streams())
            streams.append(QJsonObject{{u"name"_s, s.name}, {u"cursor"_s, s.cursorField}, {u"description"_s, s.description}});
        for (const SettingSpec &s : c->settings()) {
            QJsonObject o{{u"key"_s, s.key},
                          {u"label"_s, s.label},
                          {u"type"_s, settingTypeName(s.type)},
                          {u"default"_s, s.defaultValue},
                          {u"required"_s, s.required}};
            if (!s.choices.isEmpty())
                o.insert(u"choices"_s, QJsonArray::fromStringList(s.choices));
            if (!s.visibleWhen.isEmpty())
                o.insert(u"when"_s, s.visibleWhen);
            (s.type == SettingSpec::Type::Secret ? secrets : settings).append(o);
        }
        array.append(QJsonObject{{u"id"_s, c->id()},
                                 {u"name"_s, c->displayName()},
                                 {u"description"_s, c->description()},
                                 {u"capabilities"_s, QJsonArray::fromStringList(capabilityNames(c->capabilities()))},
                                 {u"streams"_s, streams},
                                 {u"settings"_s, settings},
                                 {u"secrets"_s, secrets}});
        if (!json) {
            out() << c->id() << "  " << c->displayName() << " — " << c->description() << Qt::endl;
            out() << "  streams:  " << c->streamNames().join(u", "_s) << Qt::endl;
            for (const SettingSpec &s : c->settings()) {
                out() << "  " << (s.type == SettingSpec::Type::Secret ? "secret   " : "setting  ") << s.key.leftJustified(24) << ' '
                      << settingTypeName(s.type).leftJustified(8) << ' ' << (s.defaultValue.isEmpty() ? QString() : u"default "_s + s.defaultValue)
                      << (s.visibleWhen.isEmpty() ? QString() : u"  (when "_s + s.visibleWhen + u')') << Qt::endl;
            }
        }
    }
    if (json)
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

int listConnections(Workspace &workspace, bool json)
{
    QString error;
    ConnectionStore store(workspace);
    const ConnectionSummaries connections = store.connections(&error);
    if (!error.isEmpty())
        return fail(error);
    if (json) {
        QJsonArray array;
        for (const auto &c : connections) {
            array.append(QJsonObject{
                {u"id"_s, c.id},
                {u"uid"_s, c.uid},
                {u"webhook_path"_s, QString(u"/webhooks/"_s + c.uid)},
                {u"name"_s, c.name},
                {u"connector"_s, c.connectorId},
                {u"health"_s, healthStatusName(c.health)},
                {u"consecutive_failures"_s, c.consecutiveFailures},
                {u"last_sync_at"_s, c.lastSyncAt.isValid() ? c.lastSyncAt.toString(Qt::ISODateWithMs) : QString()},
                {u"last_sync_status"_s, c.lastSyncStatus},
                {u"demo"_s, c.isDemo},
            });
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto &c : connections) {
        out() << c.name.leftJustified(32) << ' ' << c.connectorId.leftJustified(18) << ' ' << healthStatusName(c.health).leftJustified(9) << ' '
              << (c.lastSyncAt.isValid() ? c.lastSyncAt.toString(Qt::ISODate) : u"never"_s) << Qt::endl;
    }
    return 0;
}

// --set KEY=VALUE pairs; false with a usage message for a malformed one.
bool setValues(const Invocation &invocation, QJsonObject *values, QString *error)
{
    for (const QString &pair : invocation.values(u"set"_s)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            *error = u"--set needs KEY=VALUE, not \"%1\""_s.arg(pair);
            return false;
        }
        values->insert(pair.left(eq), pair.mid(eq + 1));
    }
    return true;
}

bool isCustom(const Invocation &invocation)
{
    return invocation.value(u"connector"_s).startsWith("custom:"_L1);
}

// --connector custom:FILE: the spec in FILE (deployed into the workspace on add); nullopt for a name.
bool customSpecFile(const Invocation &invocation, std::optional<ConnectorSpec> *spec, QString *error)
{
    const QString ref = invocation.value(u"connector"_s).mid(7);
    if (!QFileInfo(ref).isFile())
        return true;
    QFile f(ref);
    QStringList errors;
    ConnectorSpec parsed;
    if (!f.open(QIODevice::ReadOnly) || !ConnectorSpec::parse(f.read(ConnectorSpec::kMaxBytes + 1), &parsed, &errors)) {
        *error = u"%1: %2"_s.arg(ref, errors.isEmpty() ? f.errorString() : errors.join(u"; "_s));
        return false;
    }
    *spec = parsed;
    return true;
}

// Everything `connection add` can check before the workspace is opened.
int checkConnection(Invocation &invocation)
{
    if (invocation.args.isEmpty())
        return usage(u"connection needs add, list, remove or set-secret"_s);
    const QString sub = invocation.takeSub();
    const QHash<QString, int> arity{{u"add"_s, 1}, {u"list"_s, 0}, {u"remove"_s, 1}, {u"set-secret"_s, 2}};
    if (!arity.contains(sub))
        return usage(u"unknown connection command \"%1\" (add, list, remove, set-secret)"_s.arg(sub));
    if (invocation.args.size() != arity.value(sub))
        return usage(u"connection %1 takes %2 argument(s); run 'orion connection --help'"_s.arg(sub).arg(arity.value(sub)));
    if (sub != "add"_L1)
        return 0;
    if (const QString problem = Connector::checkName(invocation.args.first().trimmed()); !problem.isEmpty())
        return usage(problem);
    if (!invocation.isSet(u"connector"_s))
        return usage(u"connection add needs --connector ID (one of: %1)"_s.arg(ConnectorRegistry::instance().ids().join(u", "_s)));
    QString error;
    QJsonObject values;
    if (!setValues(invocation, &values, &error))
        return usage(error);
    if (isCustom(invocation)) {
        std::optional<ConnectorSpec> spec;
        return customSpecFile(invocation, &spec, &error) ? 0 : usage(error);
    }
    const Connector *connector = ConnectorRegistry::instance().find(invocation.value(u"connector"_s));
    if (!connector)
        return usage(
            u"unknown connector \"%1\" (one of: %2)"_s.arg(invocation.value(u"connector"_s), ConnectorRegistry::instance().ids().join(u", "_s)));
    if (!connector->validateSettings(values, &error))
        return usage(error);
    return 0;
}

int addConnection(Invocation &invocation, Workspace &workspace)
{
    const QString name = invocation.args.first();
    QString error;
    QJsonObject settings;
    setValues(invocation, &settings, &error); // checked already
    const Connector *connector = nullptr;
    if (isCustom(invocation)) {
        // A custom connector: a spec file is saved and deployed first; a name must be deployed already.
        std::optional<ConnectorSpec> spec;
        customSpecFile(invocation, &spec, &error);
        QString id = invocation.value(u"connector"_s);
        if (spec) {
            if (!CustomConnectorStore(workspace).save(*spec, true, &error))
                return fail(error);
            id = u"custom:"_s + spec->name();
            out() << "Deployed " << spec->name() << " version " << spec->version() << "." << Qt::endl;
        }
        connector = CustomConnectorStore::resolve(workspace, id, workspace.userName(), &error); // the new connection's owner
        if (!connector)
            return error.isEmpty()
                ? usage(
                      u"there is no deployed custom connector \"%1\" (give a spec file, or deploy it with 'orion spec deploy FILE')"_s.arg(id.mid(7)))
                : fail(error);
        if (!connector->validateSettings(settings, &error))
            return usage(error);
    } else {
        connector = ConnectorRegistry::instance().find(invocation.value(u"connector"_s));
    }
    // Store only what the user set; defaults stay defaults (and can change with the version).
    ConnectionStore::NewConnection c;
    c.name = name;
    c.connectorId = connector->id();
    c.settings = settings;
    if (!ConnectionSaver::save(workspace, nullptr, 0, c, {}, &error).id)
        return fail(error);
    out() << "Added connection \"" << name << "\" (" << connector->displayName() << ")." << Qt::endl;
    QStringList missing;
    for (const SettingSpec &s : connector->secretSettings())
        missing << CredentialStore::environmentVariable(name, s.key);
    if (!missing.isEmpty())
        out() << "Secrets: 'orion connection set-secret " << name << " KEY' or the environment (" << missing.join(u", "_s) << ")." << Qt::endl;
    return 0;
}

int runConnection(Invocation &invocation, Workspace *workspace)
{
    const QString &sub = invocation.sub;
    if (sub == "list"_L1)
        return listConnections(*workspace, invocation.json());
    if (sub == "add"_L1)
        return addConnection(invocation, *workspace);
    const QString name = invocation.args.first();
    const NamedConnection found = findConnection(*workspace, name);
    if (found.status)
        return found.status;
    QString error;
    if (sub == "remove"_L1) {
        if (!ConnectionSaver::remove(*workspace, CredentialStore::createDefault().get(), found.connection.id, &error))
            return fail(error);
        out() << "Removed connection \"" << name << "\"." << Qt::endl;
        return 0;
    }
    // set-secret
    const QString key = invocation.args.value(1);
    bool known = false;
    for (const SettingSpec &s : found.connector ? found.connector->secretSettings() : QList<SettingSpec>())
        known = known || s.key == key;
    if (!known)
        return usage(u"%1 has no secret \"%2\""_s.arg(found.connector ? found.connector->displayName() : found.connection.connectorId, key));
    QTextStream in(stdin);
    const QString value = in.readLine().trimmed();
    if (value.isEmpty())
        return usage(u"no value on standard input"_s);
    auto credentials = CredentialStore::createDefault();
    const ConnectionStore::Connection &c = found.connection;
    // The database first (the workers' sealed copy, when the connection runs on workers), then the
    // local store; the sealed copy is rolled back if the local one cannot be written.
    const bool sealing = workspace->isPostgres() && c.runOnWorkers;
    QString warning;
    QSqlDatabase db = workspace->database();
    if (sealing && (!db.transaction() || !SealedSecrets::sealFor(*workspace, c.uid, {{key, value}}, &warning, &error))) {
        db.rollback();
        return fail(error.isEmpty() ? db.lastError().text() : error);
    }
    if (!credentials->setSecret(SecretOwner::connection(c.uid, c.name, c.legacySecretName), key, value, &error)) {
        if (sealing)
            db.rollback();
        return fail(error);
    }
    if (sealing && !db.commit())
        return fail(db.lastError().text());
    out() << "Saved " << key << " of \"" << name << "\" in the " << credentials->backend().name() << "." << Qt::endl;
    if (sealing)
        out() << (warning.isEmpty() ? u"Sealed it for the worker pool."_s : warning) << Qt::endl;
    return 0;
}

int checkRecords(Invocation &invocation)
{
    if (invocation.args.size() != 1)
        return usage(u"records takes one connection name; run 'orion records --help'"_s);
    if (!invocation.isSet(u"stream"_s))
        return usage(u"records needs --stream S"_s);
    return 0;
}

int runRecords(Invocation &invocation, Workspace *workspace)
{
    const QString name = invocation.args.first();
    const NamedConnection found = findConnection(*workspace, name);
    if (found.status)
        return found.status;
    const Connector *connector = found.connector;
    if (!connector)
        return usage(u"connection \"%1\" uses the unknown connector \"%2\""_s.arg(name, found.connection.connectorId));
    const auto stream = connector->stream(invocation.value(u"stream"_s));
    if (!stream)
        return usage(u"%1 has no stream \"%2\" (streams: %3)"_s.arg(connector->displayName(), invocation.value(u"stream"_s),
                                                                    connector->streamNames().join(u", "_s)));
    QString error;
    const QList<QJsonObject> list
        = RecordStore(*workspace)
              .records(found.connection.id, stream->kind, &error,
                       invocation.isSet(u"include-deleted"_s) ? RecordStore::Deleted::Included : RecordStore::Deleted::Hidden);
    if (!error.isEmpty())
        return fail(error);
    for (const QJsonObject &record : list)
        out() << QJsonDocument(record).toJson(QJsonDocument::Compact) << '\n';
    out().flush();
    return 0;
}

Command::Needs nothing(const Invocation &)
{
    return Command::Needs::Nothing;
}

} // namespace

QList<Command> connectionCommands()
{
    return {
        {u"connection"_s, connectionHelp, checkConnection, nullptr, [](const Invocation &i) { return i.sub == "add"_L1; }, runConnection},
        {u"connections"_s, [] { return u"Usage: orion connections [--json]\n\nThe same as 'orion connection list'.\n"_s; }, nullptr, nullptr, nullptr,
         [](Invocation &i, Workspace *w) { return listConnections(*w, i.json()); }},
        {u"connectors"_s, [] { return u"Usage: orion connectors [--json]\n\nList the connectors with their streams, settings and secrets.\n"_s; },
         nullptr, nothing, nullptr, listConnectors},
        {u"records"_s,
         [] {
             return u"Usage: orion records NAME --stream S [--include-deleted] [--json]\n\nPrint the stored unified records of one stream, one JSON "
                    "object per line.\nRecords deleted at the source are left out; --include-deleted prints them too, with \"deleted_at\".\n"_s;
         },
         checkRecords, nullptr, nullptr, runRecords},
    };
}

} // namespace Orion::Cli

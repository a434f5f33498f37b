#include "services/connectionsaver.h"

#include "adapters/connector.h"
#include "adapters/registry/connectorregistry.h"
#include "runtime/credentialstore.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/schedulestore.h"
#include "store/sealedsecrets.h"
#include "store/workspace.h"
#include "sync/schedule.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

// The secrets written so far with what they replaced, to put back when the save fails.
class SecretUndo
{
public:
    SecretUndo(CredentialStore *credentials, SecretOwner owner)
        : m_credentials(credentials)
        , m_owner(std::move(owner))
    {
    }
    bool write(const QString &key, const QString &value, QString *error)
    {
        const QString storageKey = CredentialStore::storageKey(m_owner, key);
        QString previous;
        bool found = false;
        if (!m_credentials->backend().read(storageKey, &previous, &found, error))
            return false;
        m_previous.append({key, found ? std::optional<QString>(previous) : std::nullopt});
        return m_credentials->setSecret(m_owner, key, value, error);
    }
    void undo()
    {
        QString ignored;
        for (auto it = m_previous.crbegin(); it != m_previous.crend(); ++it) {
            const QString storageKey = CredentialStore::storageKey(m_owner, it->first);
            const std::optional<QString> &old = it->second;
            if (old.has_value())
                m_credentials->backend().write(storageKey, *old, &ignored);
            else
                m_credentials->backend().remove(storageKey, &ignored);
        }
        m_previous.clear();
    }

private:
    CredentialStore *m_credentials;
    SecretOwner m_owner;
    QList<std::pair<QString, std::optional<QString>>> m_previous;
};

const Connector *connectorOf(Workspace &workspace, const ConnectionStore::Connection &connection)
{
    QString ignored;
    return connection.connectorId.startsWith("custom:"_L1)
        ? CustomConnectorStore::resolve(workspace, connection.connectorId, connection.owner, &ignored)
        : ConnectorRegistry::instance().find(connection.connectorId);
}

} // namespace

ConnectionSaver::Saved ConnectionSaver::save(Workspace &workspace, CredentialStore *credentials, qint64 id, const NewConnection &connection,
                                             const QHash<QString, QString> &secrets, QString *error)
{
    if (!secrets.isEmpty() && !credentials) {
        *error = tr("There is no secret store to keep the connection's secrets in.");
        return {};
    }
    QSqlDatabase db = workspace.database();
    // SQLite: take the write lock up front. A deferred transaction that reads (the name check)
    // and then writes fails at once with "database is locked" when another writer got in between.
    const bool begun = workspace.isPostgres() ? db.transaction() : QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s);
    if (!begun) {
        *error = tr("Cannot save the connection: %1").arg(db.lastError().text());
        return {};
    }
    auto fail = [&](const QString &message) {
        db.rollback();
        *error = message;
        return Saved{};
    };
    ConnectionStore store(workspace);
    qint64 savedId = id;
    if (id == 0)
        savedId = store.createConnection(connection, error);
    else if (!store.updateConnection(id, connection.name, connection.settings, error))
        savedId = 0;
    if (!savedId)
        return fail(*error);
    const auto schedule = Schedule::fromText(connection.schedule, error);
    if (!schedule || !ScheduleStore(workspace).setSchedule(savedId, *schedule, connection.runOnWorkers, QDateTime::currentDateTimeUtc(), error))
        return fail(*error);
    const auto saved = store.connectionById(savedId, error);
    if (!saved)
        return fail(error->isEmpty() ? tr("The connection no longer exists.") : *error);
    const SecretOwner owner = SecretOwner::connection(saved->uid, saved->name, saved->legacySecretName);
    QString warning;
    if (workspace.isPostgres()) {
        // Workers get the secrets sealed to their pool key only while "Run on workers" is on.
        if (connection.runOnWorkers) {
            QHash<QString, QString> values;
            const Connector *connector = connectorOf(workspace, *saved);
            for (const SettingSpec &spec : connector ? connector->secretSettings() : QList<SettingSpec>()) {
                std::optional<QString> value = secrets.contains(spec.key) ? std::optional<QString>(secrets.value(spec.key)) : std::nullopt;
                if (!value && credentials) {
                    QString readError;
                    value = credentials->secret(owner, spec.key, &readError);
                    if (!readError.isEmpty())
                        return fail(readError);
                }
                if (value && !value->isEmpty())
                    values.insert(spec.key, *value);
            }
            if (!SealedSecrets::sealFor(workspace, saved->uid, values, &warning, error))
                return fail(*error);
        } else if (!SealedSecrets::removeFor(workspace, saved->uid, error)) {
            return fail(*error);
        }
    }
    SecretUndo secretsWritten(credentials, owner);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        if (!secretsWritten.write(it.key(), it.value(), error)) {
            secretsWritten.undo();
            return fail(tr("The connection was not saved: its %1 could not be stored (%2).").arg(it.key(), *error));
        }
    }
    if (!db.commit()) {
        const QString message = db.lastError().text();
        secretsWritten.undo();
        return fail(tr("Cannot save the connection: %1").arg(message));
    }
    return {savedId, saved->uid, saved->name, warning};
}

bool ConnectionSaver::remove(Workspace &workspace, CredentialStore *credentials, qint64 id, QString *error)
{
    ConnectionStore store(workspace);
    const auto connection = store.connectionById(id, error);
    if (!connection) {
        if (error->isEmpty())
            *error = tr("The connection no longer exists.");
        return false;
    }
    if (!store.deleteConnection(id, error))
        return false;
    const Connector *connector = connectorOf(workspace, *connection);
    if (credentials && connector) {
        const SecretOwner owner = SecretOwner::connection(connection->uid, connection->name, connection->legacySecretName);
        QString ignored;
        for (const SettingSpec &spec : connector->secretSettings())
            credentials->removeSecret(owner, spec.key, &ignored);
    }
    return true;
}

} // namespace Orion

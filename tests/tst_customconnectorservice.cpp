// Saving and publishing custom connectors without the builder (services/customconnectorservice),
// and the rule the builder's test reads and Test Connection share (CredentialStore::overlay):
// secrets are stored before the spec and the spec before the listing, a failed step leaves the
// later ones undone and says which step failed; publishing needs a recorded fixture; entered
// secrets win over stored ones and what a trial run rotates never reaches the stored ones.
#include "testsupport.h"
#include "timeouts.h"

#include "adapters/declarative/declarativeconnector.h"
#include "adapters/registry/connectorregistry.h"
#include "runtime/credentialstore.h"
#include "services/customconnectorservice.h"
#include "services/workspaceservice.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/marketplacestore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

// A keychain that refuses every write (locked, or the user pressed Deny).
class RefusingBackend : public MemorySecretBackend
{
public:
    bool write(const QString &, const QString &, QString *error) override
    {
        *error = u"the keychain is locked"_s;
        return false;
    }
};

ConnectorSpec spec(const QString &name, int version = 1)
{
    return Test::ledgerlySpec(name, version);
}

} // namespace

class TstCustomConnectorService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    std::unique_ptr<Workspace> m_workspace;

    CustomConnectorService::SaveRequest request(const QString &name) const
    {
        CustomConnectorService::SaveRequest r;
        r.spec = spec(name);
        r.secrets.insert(u"token"_s, u"sk_test_entered_token_1234"_s);
        r.evidence = QJsonObject{{u"result"_s, u"passed"_s}, {u"records"_s, 3}};
        return r;
    }
    std::optional<CustomConnectorStore::Stored> latest(const QString &name) const
    {
        QString error;
        return CustomConnectorStore(*m_workspace).latest(name, &error);
    }
    bool listed(const QString &name) const
    {
        QString error;
        return MarketplaceStore(*m_workspace).find(u"custom:"_s + name, &error).has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config = DatabaseConfig::sqlite(m_dir.filePath(u"custom.db"_s));
        QString error;
        m_workspace = Workspace::open(m_config, {}, &error);
        QVERIFY2(m_workspace, qPrintable(error));
    }

    void secretsThenSpecThenListing()
    {
        CredentialStore credentials(std::make_shared<MemorySecretBackend>());
        auto r = request(u"ledgerly"_s);
        r.publish = true;
        r.pricing = u"freemium"_s;
        const auto result = CustomConnectorService::saveOn(m_workspace.get(), credentials, r);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.saved && result.deployed && result.published);
        QCOMPARE(result.connectorId, u"custom:ledgerly"_s);
        QString error;
        QCOMPARE(credentials.secret(SecretOwner::spec(u"ledgerly"_s), u"token"_s, &error), std::optional<QString>(u"sk_test_entered_token_1234"_s));
        const auto stored = latest(u"ledgerly"_s);
        QVERIFY(stored && stored->deployed);
        QVERIFY(listed(u"ledgerly"_s));
        // The secret is in the credential store only: not in the spec, the listing or the database file.
        QFile db(m_config.sqlitePath);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains("sk_test_entered_token_1234"));
    }

    void aRefusedSecretSavesNothing()
    {
        CredentialStore locked(std::make_shared<RefusingBackend>());
        auto r = request(u"locked"_s);
        r.publish = true;
        const auto result = CustomConnectorService::saveOn(m_workspace.get(), locked, r);
        QVERIFY(!result.saved && !result.published);
        QVERIFY2(result.error.contains(u"token"_s) && result.error.contains(u"locked"_s), qPrintable(result.error));
        QVERIFY(!latest(u"locked"_s)); // a deployed connector without its secret would fail at its first sync
        QVERIFY(!listed(u"locked"_s));
    }

    void aRefusedListingKeepsTheSavedVersionAndSaysSo()
    {
        CredentialStore credentials(std::make_shared<MemorySecretBackend>());
        auto r = request(u"priced"_s);
        r.publish = true;
        r.pricing = u"gold"_s; // not a pricing the marketplace knows
        const auto result = CustomConnectorService::saveOn(m_workspace.get(), credentials, r);
        QVERIFY(result.saved);
        QVERIFY(!result.published);
        QVERIFY2(result.error.startsWith(u"Saved, but not published"_s), qPrintable(result.error));
        QVERIFY(latest(u"priced"_s));
        QVERIFY(!listed(u"priced"_s));
    }

    void noWorkspaceWritesNoSecret()
    {
        CredentialStore credentials(std::make_shared<MemorySecretBackend>());
        const auto result = CustomConnectorService::saveOn(nullptr, credentials, request(u"nowhere"_s));
        QVERIFY(!result.saved);
        QVERIFY(!result.error.isEmpty());
        QString error;
        QVERIFY(!credentials.secret(SecretOwner::spec(u"nowhere"_s), u"token"_s, &error));
    }

    void publishingNeedsARecordedFixture()
    {
        CredentialStore credentials(std::make_shared<MemorySecretBackend>());
        QVERIFY(CustomConnectorService::saveOn(m_workspace.get(), credentials, request(u"untested"_s)).saved);
        QString error;
        QVERIFY(!CustomConnectorService::publishOn(m_workspace.get(), u"untested"_s, u"free"_s, &error));
        QVERIFY2(error.contains(u"fixture"_s), qPrintable(error));
        QVERIFY(!listed(u"untested"_s));
        QVERIFY(!CustomConnectorService::publishOn(m_workspace.get(), u"never-saved"_s, u"free"_s, &error));
        QVERIFY2(error.contains(u"never-saved"_s), qPrintable(error));
        // Publish names a custom connector; a built-in id is refused, not looked up.
        QVERIFY(!CustomConnectorService::changeListingOn(m_workspace.get(), CustomConnectorService::ListingAction::Publish, u"stripe"_s, u"free"_s,
                                                         &error));
    }

    // A new version of a listed connector (SQLite: the local user publishes and approves): it waits
    // beside the listed one, which stays installable; approved, it replaces it; rejected, it goes;
    // older or equal versions are refused by name.
    void aNewVersionOfAListedConnectorWaitsForApproval()
    {
        QString error;
        MarketplaceStore store(*m_workspace);
        const QJsonObject evidence{{u"result"_s, u"passed"_s}, {u"records"_s, 5}};
        QVERIFY2(store.publish(Test::ledgerlySpec(u"versioned"_s, 1), u"accounting"_s, u"free"_s, evidence, &error), qPrintable(error));
        QVERIFY2(store.setStatus(u"custom:versioned"_s, u"approved"_s, &error), qPrintable(error));
        QVERIFY2(store.install(u"custom:versioned"_s, &error), qPrintable(error));
        QVERIFY2(store.publish(Test::ledgerlySpec(u"versioned"_s, 2), u"accounting"_s, u"free"_s, evidence, &error), qPrintable(error));
        auto e = store.find(u"custom:versioned"_s, &error);
        QCOMPARE(e->version, u"1"_s);
        QCOMPARE(e->pendingVersion, u"2"_s);
        QCOMPARE(e->status, u"approved"_s);
        QVERIFY(!store.publish(Test::ledgerlySpec(u"versioned"_s, 2), u"accounting"_s, u"free"_s, evidence, &error));
        QVERIFY2(error.contains(u"Version 2 of custom:versioned is already in the marketplace"_s), qPrintable(error));
        QVERIFY(!store.publish(Test::ledgerlySpec(u"versioned"_s, 1), u"accounting"_s, u"free"_s, evidence, &error));
        QVERIFY(!store.setStatus(u"custom:versioned"_s, u"maybe"_s, &error));
        QVERIFY2(store.setStatus(u"custom:versioned"_s, u"approved"_s, &error), qPrintable(error));
        e = store.find(u"custom:versioned"_s, &error);
        QCOMPARE(e->version, u"2"_s);
        QCOMPARE(e->spec.value("version"_L1).toInt(), 2);
        QVERIFY(e->pendingVersion.isEmpty());
        QCOMPARE(e->installCount, 1);
        QVERIFY2(store.publish(Test::ledgerlySpec(u"versioned"_s, 3), u"accounting"_s, u"free"_s, evidence, &error), qPrintable(error));
        QVERIFY2(store.setStatus(u"custom:versioned"_s, u"rejected"_s, &error), qPrintable(error));
        e = store.find(u"custom:versioned"_s, &error);
        QCOMPARE(e->version, u"2"_s);
        QCOMPARE(e->status, u"approved"_s);
        QVERIFY(e->pendingVersion.isEmpty());
    }

    void trialSecretsPreferWhatWasEnteredAndKeepRotationsToThemselves()
    {
        auto stored = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        QString error;
        QVERIFY(stored->setSecret(Test::owner(u"ledgerly"_s), u"token"_s, u"stored-token"_s, &error));
        QVERIFY(stored->setSecret(Test::owner(u"ledgerly"_s), u"refresh_token"_s, u"stored-refresh"_s, &error));
        QVERIFY(stored->setSecret(Test::owner(u"other"_s), u"token"_s, u"other-token"_s, &error));

        auto trial = CredentialStore::overlay(Test::owner(u"ledgerly"_s), {{u"token"_s, u"entered-token"_s}}, stored);
        QCOMPARE(trial->secret(Test::owner(u"ledgerly"_s), u"token"_s, &error), std::optional<QString>(u"entered-token"_s));
        QCOMPARE(trial->secret(Test::owner(u"ledgerly"_s), u"refresh_token"_s, &error), std::optional<QString>(u"stored-refresh"_s));
        // The service rotates the refresh token during the trial: the trial sees it, the store does not.
        QVERIFY(trial->setSecret(Test::owner(u"ledgerly"_s), u"refresh_token"_s, u"rotated-refresh"_s, &error));
        QCOMPARE(trial->secret(Test::owner(u"ledgerly"_s), u"refresh_token"_s, &error), std::optional<QString>(u"rotated-refresh"_s));
        QCOMPARE(stored->secret(Test::owner(u"ledgerly"_s), u"refresh_token"_s, &error), std::optional<QString>(u"stored-refresh"_s));
        // Removed during the trial: gone for the trial, not read from the store again.
        QVERIFY(trial->removeSecret(Test::owner(u"ledgerly"_s), u"token"_s, &error));
        QVERIFY(!trial->secret(Test::owner(u"ledgerly"_s), u"token"_s, &error));
        QCOMPARE(stored->secret(Test::owner(u"ledgerly"_s), u"token"_s, &error), std::optional<QString>(u"stored-token"_s));
        // Without a stored store (a new connection): only what was entered.
        auto fresh = CredentialStore::overlay(Test::owner(u"ledgerly"_s), {{u"token"_s, u"entered-token"_s}}, nullptr);
        QVERIFY(!fresh->secret(Test::owner(u"ledgerly"_s), u"refresh_token"_s, &error));
    }

    void theCatalogListsVersionsStatesAndTheConnectionsThatRunThem()
    {
        CredentialStore credentials(std::make_shared<MemorySecretBackend>());
        auto r = request(u"catalogued"_s);
        QVERIFY(CustomConnectorService::saveOn(m_workspace.get(), credentials, r).saved); // version 1, deployed
        r.spec = spec(u"catalogued"_s, 2);
        r.deploy = false;
        QVERIFY(CustomConnectorService::saveOn(m_workspace.get(), credentials, r).saved); // version 2, not deployed
        auto draft = request(u"drafted"_s);
        draft.deploy = false;
        QVERIFY(CustomConnectorService::saveOn(m_workspace.get(), credentials, draft).saved);
        NewConnection c;
        c.name = u"catalogued-1"_s;
        c.connectorId = u"custom:catalogued"_s;
        QString error;
        QVERIFY2(ConnectionStore(*m_workspace).createConnection(c, &error) > 0, qPrintable(error));

        ConnectorRegistry::replaceCustom({}); // what a restart knows: nothing
        QVERIFY(!ConnectorRegistry::instance().find(u"custom:catalogued"_s));
        const auto catalog = CustomConnectorService::catalogOn(m_workspace.get());
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        const auto entry = [&](const QString &name) {
            for (const auto &e : catalog.entries)
                if (e.name == name)
                    return e;
            return CustomConnectorStore::CatalogEntry{};
        };
        const auto catalogued = entry(u"catalogued"_s);
        QCOMPARE(catalogued.versions.size(), 2);
        QCOMPARE(catalogued.deployedVersion, 1);
        QCOMPARE(catalogued.latestVersion(), 2);
        QCOMPARE(catalogued.state(), u"deployed"_s);
        QCOMPARE(catalogued.connections, 1);
        QCOMPARE(entry(u"drafted"_s).state(), u"draft"_s);
        QCOMPARE(entry(u"ledgerly"_s).state(), u"published"_s); // listed (pending) by secretsThenSpecThenListing
        // Loading the catalog made the deployed versions known to the connection actions, drafts not.
        const Connector *known = ConnectorRegistry::instance().find(u"custom:catalogued"_s);
        QVERIFY(known);
        QCOMPARE(dynamic_cast<const DeclarativeConnector *>(known)->spec().version(), 1);
        QVERIFY(!ConnectorRegistry::instance().find(u"custom:drafted"_s));
        QVERIFY(ConnectorRegistry::instance().customConnectors().contains(known));
        // Another workspace's catalog replaces this one's.
        QTemporaryDir other;
        auto empty = Workspace::open(DatabaseConfig::sqlite(other.filePath(u"other.db"_s)), {}, &error);
        QVERIFY2(empty, qPrintable(error));
        QVERIFY(CustomConnectorService::catalogOn(empty.get()).entries.isEmpty());
        QVERIFY(!ConnectorRegistry::instance().find(u"custom:catalogued"_s));
    }

    void deployingAnOlderVersionRollsBackAndExportImportRoundTrips()
    {
        CredentialStore credentials(std::make_shared<MemorySecretBackend>());
        auto r = request(u"rolled"_s);
        QVERIFY(CustomConnectorService::saveOn(m_workspace.get(), credentials, r).saved);
        r.spec = spec(u"rolled"_s, 2);
        QVERIFY(CustomConnectorService::saveOn(m_workspace.get(), credentials, r).saved); // version 2 deployed
        QString error;
        QCOMPARE(CustomConnectorStore(*m_workspace).deployed(u"rolled"_s, m_workspace->userName(), &error)->version(), 2);

        CustomConnectorService::CatalogChange back{CustomConnectorService::CatalogAction::Deploy, u"rolled"_s, 1, {}, {}};
        QVERIFY2(CustomConnectorService::changeCatalogOn(m_workspace.get(), &back), qPrintable(back.error));
        QCOMPARE(CustomConnectorStore(*m_workspace).deployed(u"rolled"_s, m_workspace->userName(), &error)->version(), 1);
        // A version that was never saved changes nothing.
        CustomConnectorService::CatalogChange missing{CustomConnectorService::CatalogAction::Deploy, u"rolled"_s, 9, {}, {}};
        QVERIFY(!CustomConnectorService::changeCatalogOn(m_workspace.get(), &missing));
        QVERIFY2(missing.error.contains(u"9"_s), qPrintable(missing.error));
        QCOMPARE(CustomConnectorStore(*m_workspace).deployed(u"rolled"_s, m_workspace->userName(), &error)->version(), 1);

        // Export version 2, import it: it becomes version 3, not deployed, with the same streams.
        const QString file = m_dir.filePath(u"rolled-v2.json"_s);
        CustomConnectorService::CatalogChange out{CustomConnectorService::CatalogAction::Export, u"rolled"_s, 2, file, {}};
        QVERIFY2(CustomConnectorService::changeCatalogOn(m_workspace.get(), &out), qPrintable(out.error));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QVERIFY(!bytes.contains("sk_test_entered_token_1234")); // specs name secrets, never hold them
        CustomConnectorService::CatalogChange in{CustomConnectorService::CatalogAction::Import, {}, 0, file, {}};
        QVERIFY2(CustomConnectorService::changeCatalogOn(m_workspace.get(), &in), qPrintable(in.error));
        QCOMPARE(in.name, u"rolled"_s);
        QCOMPARE(in.version, 3);
        const auto imported = CustomConnectorStore(*m_workspace).spec(u"rolled"_s, 3, &error);
        QVERIFY(imported);
        QCOMPARE(imported->streams().size(), spec(u"rolled"_s, 2).streams().size());
        QCOMPARE(CustomConnectorStore(*m_workspace).deployed(u"rolled"_s, m_workspace->userName(), &error)->version(), 1);

        // A crafted file is refused with the reason and stores nothing.
        QFile crafted(m_dir.filePath(u"crafted.json"_s));
        QVERIFY(crafted.open(QIODevice::WriteOnly));
        crafted.write(QJsonDocument(QJsonObject{{u"spec_version"_s, 1},
                                                {u"name"_s, u"rolled"_s},
                                                {u"version"_s, 4},
                                                {u"base_url"_s, u"http://evil.example.com"_s},
                                                {u"streams"_s, QJsonArray()}})
                          .toJson());
        crafted.close();
        CustomConnectorService::CatalogChange bad{CustomConnectorService::CatalogAction::Import, {}, 0, crafted.fileName(), {}};
        QVERIFY(!CustomConnectorService::changeCatalogOn(m_workspace.get(), &bad));
        QVERIFY2(bad.error.contains(u"not a valid connector spec"_s), qPrintable(bad.error));
        QVERIFY(!CustomConnectorStore(*m_workspace).spec(u"rolled"_s, 4, &error));
    }

    void asynchronousCallsAnswerWithValues()
    {
        WorkspaceService workspace;
        QSignalSpy opened(&workspace, &WorkspaceService::workspaceOpened);
        workspace.open(m_config, {});
        QVERIFY(opened.size() || opened.wait(OrionTest::EventTimeout));
        auto credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        CustomConnectorService service(&workspace, credentials);

        QSignalSpy saved(&service, &CustomConnectorService::saveFinished);
        auto r = request(u"asynchronous"_s);
        r.spec = spec(u"asynchronous"_s, 2);
        service.save(r);
        QVERIFY(saved.size() || saved.wait(OrionTest::EventTimeout));
        const auto result = saved.first().at(0).value<CustomConnectorService::SaveResult>();
        QVERIFY2(result.saved, qPrintable(result.error));
        QCOMPARE(result.version, 2);

        QSignalSpy latestSpy(&service, &CustomConnectorService::latestAvailable);
        service.loadLatest(u"asynchronous"_s);
        QVERIFY(latestSpy.size() || latestSpy.wait(OrionTest::EventTimeout));
        const auto stored = latestSpy.first().at(1).value<std::optional<CustomConnectorStore::Stored>>();
        QVERIFY(stored);
        QCOMPARE(stored->spec.version(), 2);

        QSignalSpy names(&service, &CustomConnectorService::deployedNamesAvailable);
        service.loadDeployedNames();
        QVERIFY(names.size() || names.wait(OrionTest::EventTimeout));
        QVERIFY(names.first().at(0).toStringList().contains(u"asynchronous"_s));

        QSignalSpy listings(&service, &CustomConnectorService::listingsAvailable);
        MarketplaceStore::Filter filter;
        filter.includePending = true;
        service.listListings(7, filter);
        QVERIFY(listings.size() || listings.wait(OrionTest::EventTimeout));
        const auto l = listings.first().at(0).value<CustomConnectorService::Listings>();
        QCOMPARE(l.request, 7);
        bool found = false;
        for (const auto &e : l.entries)
            found = found || e.connectorId == "custom:ledgerly"_L1;
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TstCustomConnectorService)
#include "tst_customconnectorservice.moc"

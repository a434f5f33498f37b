// The connector builder wizard against a local fake API ("Ledgerly") and a real SQLite workspace:
// every page walked with its checks (a wrong URL, a missing key, Next before the test read), a cURL
// command imported without copying its key, record selection and pagination detected from a live
// answer, a live test read, mapping approval, the review (spec, README, fixture with no secret), save
// + deploy + publish, and then a sync through the new connector. Editing gives version 2 with a diff;
// drafts are saved without secrets and resumed. Screenshots: builder-*.png (Test::screenshotPath).
#include "fakeledgerly.h"
#include "testsupport.h"

#include "adapters/declarative/connectorspec.h"
#include "timeouts.h"

#include "adapters/declarative/spectester.h"
#include "builder/connectordrafts.h"
#include "builder/connectorwizard.h"
#include "builder/wizardstate.h"
#include "common/codeview.h"
#include "common/languages.h"
#include "common/localuser.h"
#include "marketplace/marketplacepage.h"
#include "runtime/credentialstore.h"
#include "services/customconnectorservice.h"
#include "services/syncservice.h"
#include "services/workspaceservice.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/marketplacestore.h"
#include "store/workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstBuilder : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Fakes::FakeLedgerly m_api;
    WorkspaceService *m_service = nullptr;
    std::shared_ptr<CredentialStore> m_credentials;
    QString m_db;

    static void shoot(QWidget *w, const QString &name)
    {
        QTest::qWait(50);
        QVERIFY(w->grab().save(Test::screenshotPath(name)));
    }
    template<typename T> static T *child(QWidget *page, const QString &accessibleName)
    {
        for (T *c : page->findChildren<T *>())
            if (c->accessibleName() == accessibleName)
                return c;
        return nullptr;
    }
    static QPushButton *button(QWidget *page, const QString &textStart)
    {
        for (QPushButton *b : page->findChildren<QPushButton *>())
            if (b->text().remove(u'&').startsWith(textStart))
                return b;
        return nullptr;
    }
    static QLineEdit *field(QWizardPage *page, const QString &label)
    {
        // The line edit in the form row whose label reads `label`.
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->text().remove(u'&') == label && l->buddy())
                return qobject_cast<QLineEdit *>(l->buddy());
        return nullptr;
    }
    QString curl() const
    {
        return u"curl -H 'X-API-Key: %1' -H 'Accept: application/json' '%2/offset/customers?offset=0&limit=100'"_s.arg(
            QString::fromLatin1(Fakes::FakeLedgerly::kKey), m_api.baseUrl().toString());
    }
    // A connection `name` on `connector` with the fake's key syncs the fake's 250 customers.
    void syncThrough(Workspace &w, const QString &name, const QString &connector)
    {
        QString error;
        QVERIFY2(ConnectionStore(w).createConnection(Test::newConnection(name, connector), &error), qPrintable(error));
        QVERIFY(m_credentials->setSecret(Test::owner(name), u"token"_s, QString::fromLatin1(Fakes::FakeLedgerly::kKey), &error));
        SyncService sync(m_credentials);
        sync.setDatabase(DatabaseConfig::sqlite(m_db), {});
        QSignalSpy finished(&sync, &SyncService::jobFinished);
        QVERIFY(sync.start(name) > 0);
        QVERIFY(finished.wait(OrionTest::EventTimeout));
        const auto results = finished.first().at(1).value<QList<SyncResult>>();
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().succeeded(), qPrintable(results.first().error));
        QCOMPARE(results.first().recordsWritten, 250);
    }
    // Fills pages 1–3 of a fresh wizard: basics, the API key, the imported cURL command.
    void fillFirstPages(ConnectorWizard *wizard, const QString &title)
    {
        QWizardPage *basics = wizard->page(ConnectorWizard::BasicsPage);
        field(basics, u"Name:"_s)->setText(title);
        QTest::keyClicks(field(basics, u"Name:"_s), u" "_s); // typing derives the identifier
        field(basics, u"Base URL:"_s)->setText(m_api.baseUrl().toString());
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ConnectorWizard::AuthPage));
        QWizardPage *auth = wizard->page(ConnectorWizard::AuthPage);
        auth->findChild<QComboBox *>()->setCurrentIndex(1); // API key
        child<QLineEdit>(auth, u"API key"_s)->setText(QString::fromLatin1(Fakes::FakeLedgerly::kKey));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ConnectorWizard::EndpointsPage));
        QSignalSpy imported(wizard, &ConnectorWizard::imported);
        wizard->importDefinition(ConnectorWizard::ImportKind::Curl, curl().toUtf8());
        QVERIFY(imported.wait(OrionTest::EventTimeout));
        QVERIFY2(imported.first().at(1).toString().isEmpty(), qPrintable(imported.first().at(1).toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(ConnectorWizard::draftsDirectory()).removeRecursively();
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 9));
        Languages::install(qApp, u"en"_s); // English plural forms, as the app installs them
        m_api.setAuth(Fakes::FakeLedgerly::Auth::HeaderKey);
        m_api.setCustomerCount(250);
        QVERIFY(m_api.start());
        m_db = m_dir.filePath(u"builder.db"_s);
        m_service = new WorkspaceService(this);
        QSignalSpy opened(m_service, &WorkspaceService::workspaceOpened);
        m_service->open(DatabaseConfig::sqlite(m_db), {});
        QVERIFY(opened.wait(OrionTest::EventTimeout));
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
    }

    void walkEveryPageThenSync()
    {
        ConnectorWizard wizard(m_service, m_credentials);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // 1. Basics: nothing, then plain http to a remote host, then the fake.
        QWizardPage *basics = wizard.page(ConnectorWizard::BasicsPage);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::BasicsPage));
        QCOMPARE(wizard.lastError(), u"Give the connector a name."_s);
        QTest::keyClicks(field(basics, u"Name:"_s), u"Ledgerly Billing"_s);
        QCOMPARE(field(basics, u"Identifier:"_s)->text(), u"ledgerly-billing"_s);
        field(basics, u"Base URL:"_s)->setText(u"http://api.ledgerly.example/v1"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::BasicsPage));
        QVERIFY2(wizard.lastError().contains(u"https"_s), qPrintable(wizard.lastError()));
        field(basics, u"Base URL:"_s)->setText(m_api.baseUrl().toString());
        shoot(&wizard, u"builder-1-basics.png"_s);
        wizard.next();

        // 2. Authentication: an API key is required before the test read.
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::AuthPage));
        QWizardPage *auth = wizard.page(ConnectorWizard::AuthPage);
        auth->findChild<QComboBox *>()->setCurrentIndex(1);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::AuthPage));
        QVERIFY(wizard.lastError().contains(u"API key"_s));
        child<QLineEdit>(auth, u"API key"_s)->setText(QString::fromLatin1(Fakes::FakeLedgerly::kKey));
        shoot(&wizard, u"builder-2-authentication.png"_s);
        wizard.next();

        // 3. Endpoints from a cURL command: the key in it is not copied.
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::EndpointsPage));
        wizard.next();
        QVERIFY(wizard.lastError().contains(u"at least one stream"_s));
        QSignalSpy imported(&wizard, &ConnectorWizard::imported);
        wizard.importDefinition(ConnectorWizard::ImportKind::Curl, curl().toUtf8());
        QVERIFY(imported.wait(OrionTest::EventTimeout));
        QVERIFY2(imported.first().at(1).toString().isEmpty(), qPrintable(imported.first().at(1).toString()));
        QVERIFY(imported.first().at(0).toStringList().join(u' ').contains(u"secret"_s));
        QCOMPARE(wizard.specJson().value("streams"_L1).toArray().size(), 1);
        QVERIFY(!QJsonDocument(wizard.specJson()).toJson().contains(Fakes::FakeLedgerly::kKey));
        // A malformed definition: a clear error and nothing changed.
        imported.clear();
        wizard.importDefinition(ConnectorWizard::ImportKind::OpenApi, "openapi: [unclosed");
        QVERIFY(imported.wait(OrionTest::EventTimeout));
        QVERIFY(!imported.first().at(1).toString().isEmpty());
        QCOMPARE(wizard.specJson().value("streams"_L1).toArray().size(), 1);
        shoot(&wizard, u"builder-3-endpoints.png"_s);
        wizard.next();

        // 4. Detection from one live page.
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::PaginationPage));
        QSignalSpy detected(&wizard, &ConnectorWizard::detected);
        const int before = m_api.requestCount(u"/offset/customers"_s);
        button(wizard.currentPage(), u"Detect"_s)->click();
        QVERIFY(detected.wait(OrionTest::EventTimeout));
        QVERIFY2(detected.first().at(1).toString().isEmpty(), qPrintable(detected.first().at(1).toString()));
        QCOMPARE(m_api.requestCount(u"/offset/customers"_s), before + 1);
        const QJsonObject stream = wizard.specJson().value("streams"_L1).toArray().first().toObject();
        QCOMPARE(stream.value("record_selector"_L1).toObject().value("path"_L1).toString(), u"data"_s);
        QCOMPARE(stream.value("primary_key"_L1).toString(), u"id"_s);
        QCOMPARE(stream.value("paginator"_L1).toObject().value("type"_L1).toString(), u"offset"_s);
        QCOMPARE(stream.value("incremental"_L1).toObject().value("cursor_field"_L1).toString(), u"updated_at"_s);
        shoot(&wizard, u"builder-4-pagination.png"_s);
        wizard.next();

        // 5. Test read: Next first is refused; then two pages of 100.
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::TestPage));
        wizard.next();
        QVERIFY(wizard.lastError().contains(u"Run the test read"_s));
        QSignalSpy tested(&wizard, &ConnectorWizard::testReadFinished);
        button(wizard.currentPage(), u"Run Test Read"_s)->click();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QVERIFY2(tested.first().at(0).toString().isEmpty(), qPrintable(tested.first().at(0).toString()));
        auto *requests = child<QTableWidget>(wizard.currentPage(), u"Requests"_s);
        QCOMPARE(requests->rowCount(), 2);
        for (int r = 0; r < requests->rowCount(); ++r) {
            QVERIFY(!requests->item(r, 0)->text().contains(QString::fromLatin1(Fakes::FakeLedgerly::kKey)));
            QCOMPARE(requests->item(r, 2)->text(), u"100"_s);
        }
        QCOMPARE(child<QTableWidget>(wizard.currentPage(), u"Extracted records"_s)->rowCount(), 100);
        QVERIFY(child<QTableWidget>(wizard.currentPage(), u"Inferred schema"_s)->rowCount() >= 6);
        QVERIFY(child<CodeView>(wizard.currentPage(), u"Answer"_s)->toPlainText().contains(u"c_000000"_s));
        shoot(&wizard, u"builder-5-test-read.png"_s);
        wizard.next();

        // 6. Mapping: suggestions arrive; nothing approved yet is refused; approve the clear ones.
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::MappingPage));
        QSignalSpy suggested(&wizard, &ConnectorWizard::mappingsSuggested);
        QVERIFY(suggested.count() > 0 || suggested.wait(OrionTest::EventTimeout));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::MappingPage));
        QVERIFY2(wizard.lastError().contains(u"external_id"_s), qPrintable(wizard.lastError()));
        button(wizard.currentPage(), u"Approve All"_s)->click();
        // Decided by the same name the workspace records for this computer's user (not "you" here
        // and "local user" there).
        int approved = 0;
        for (const StoredMappings &decisions : std::as_const(wizard.state().mappings))
            for (const StoredMapping &m : decisions)
                if (m.status == StoredMapping::Status::Approved) {
                    QCOMPARE(m.decidedBy, localUserName());
                    ++approved;
                }
        QVERIFY(approved > 0);
        shoot(&wizard, u"builder-6-mapping.png"_s);
        wizard.next();

        // 7. Review: the spec with its approved mappings, a README, a fixture without the key.
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::ReviewPage));
        auto *tabs = wizard.currentPage()->findChild<QTabWidget *>();
        const QString spec = static_cast<CodeView *>(tabs->widget(0))->toPlainText();
        QVERIFY(spec.contains(u"\"version\": 1"_s));
        QVERIFY(spec.contains(u"\"target_field\": \"email\""_s));
        QVERIFY(spec.contains(u"\"source_path\": \"id\""_s));
        const QString readme = static_cast<CodeView *>(tabs->widget(1))->toPlainText();
        QVERIFY(readme.startsWith(u"# Ledgerly Billing"_s));
        QVERIFY(readme.contains(u"ORION_SECRET_LEDGERLY_BILLING_TOKEN"_s));
        QCOMPARE(static_cast<CodeView *>(tabs->widget(1))->definitionName(), u"Markdown"_s);
        const QString fixture = static_cast<CodeView *>(tabs->widget(2))->toPlainText();
        QVERIFY(fixture.contains(u"c_000150"_s));
        QVERIFY(!fixture.contains(QString::fromLatin1(Fakes::FakeLedgerly::kKey)));
        QVERIFY(static_cast<CodeView *>(tabs->widget(3))->toPlainText().contains(u"No earlier version"_s));
        shoot(&wizard, u"builder-7-review.png"_s);
        wizard.next();

        // 8. Save, deploy and publish.
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::SavePage));
        wizard.currentPage()->findChildren<QCheckBox *>().at(1)->setChecked(true);
        shoot(&wizard, u"builder-8-save.png"_s);
        QSignalSpy saved(&wizard, &ConnectorWizard::saved);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(saved.wait(OrionTest::EventTimeout));
        QVERIFY2(saved.first().at(4).toString().isEmpty(), qPrintable(saved.first().at(4).toString()));
        QCOMPARE(saved.first().at(0).toString(), u"custom:ledgerly-billing"_s);
        QCOMPARE(saved.first().at(2).toBool(), true);
        QCOMPARE(saved.first().at(3).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), OrionTest::EventTimeout);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));

        // What was saved: the deployed spec with README and fixture, the key in the keychain only,
        // a pending marketplace entry with the test read as evidence.
        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
        QVERIFY2(w, qPrintable(error));
        const auto stored = CustomConnectorStore(*w).latest(u"ledgerly-billing"_s, &error);
        QVERIFY(stored);
        QVERIFY(stored->deployed);
        QCOMPARE(stored->artifacts.sandboxStatus, u"passed"_s);
        QVERIFY(stored->artifacts.readme.contains(u"## Streams"_s));
        QCOMPARE(stored->artifacts.fixture.value("interactions"_L1).toArray().size(), 2);
        // The stored fixture is a cassette: it replays offline (as `orion spec test --cassette` does).
        Cassette cassette;
        QVERIFY2(Cassette::fromJson(stored->artifacts.fixture, &cassette, &error), qPrintable(error));
        const int requestsBefore = m_api.requestCount(u"/offset/customers"_s);
        const QJsonObject replayed = SpecTester::evidence(stored->spec, cassette);
        QCOMPARE(replayed.value("result"_L1).toString(), u"passed"_s);
        QCOMPARE(replayed.value("records"_L1).toInt(), 200);
        QCOMPARE(m_api.requestCount(u"/offset/customers"_s), requestsBefore);
        QCOMPARE(m_credentials->secret(SecretOwner::spec(u"ledgerly-billing"_s), u"token"_s, &error).value_or(QString()),
                 QString::fromLatin1(Fakes::FakeLedgerly::kKey));
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(Fakes::FakeLedgerly::kKey));
        MarketplaceStore::Filter pending;
        pending.includePending = true;
        const auto entries = MarketplaceStore(*w).list(pending, &error);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().status, u"pending"_s);
        QCOMPARE(entries.first().evidence.value("result"_L1).toString(), u"passed"_s);
        QCOMPARE(entries.first().evidence.value("records"_L1).toInt(), 200);

        // A connection on the new connector syncs every customer with the approved mappings.
        syncThrough(*w, u"billing"_s, u"custom:ledgerly-billing"_s);
        if (QTest::currentTestFailed())
            return;
        QSqlQuery q(w->database());
        QVERIFY(q.exec(u"SELECT email FROM unified_customers WHERE external_id = 'c_000042'"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"person42@ledgerly.example"_s);
    }

    // Editing the saved connector: the pages start from it; a change gives version 2 and a diff.
    void editingGivesANewVersionWithADiff()
    {
        ConnectorWizard wizard(m_service, m_credentials);
        QSignalSpy loaded(&wizard, &ConnectorWizard::previousLoaded);
        wizard.editExisting(u"ledgerly-billing"_s);
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        QCOMPARE(loaded.first().at(0).toInt(), 1);
        wizard.show();
        QCOMPARE(wizard.windowTitle(), u"Edit Custom Connector"_s);
        QCOMPARE(field(wizard.page(ConnectorWizard::BasicsPage), u"Name:"_s)->text(), u"Ledgerly Billing"_s);
        wizard.next();
        wizard.next(); // the key stays in the keychain: an empty field keeps it
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::EndpointsPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::PaginationPage));
        auto *primaryKey = field(wizard.currentPage(), u"Primary key:"_s);
        QCOMPARE(primaryKey->text(), u"id"_s);
        field(wizard.currentPage(), u"Incremental by:"_s)->setText(QString());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::TestPage));
        QSignalSpy tested(&wizard, &ConnectorWizard::testReadFinished);
        button(wizard.currentPage(), u"Run Test Read"_s)->click();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QVERIFY2(tested.first().at(0).toString().isEmpty(), qPrintable(tested.first().at(0).toString()));
        wizard.next();
        QSignalSpy suggested(&wizard, &ConnectorWizard::mappingsSuggested);
        QVERIFY(suggested.count() > 0 || suggested.wait(OrionTest::EventTimeout));
        button(wizard.currentPage(), u"Approve All"_s)->click();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::ReviewPage));
        auto *tabs = wizard.currentPage()->findChild<QTabWidget *>();
        QVERIFY(static_cast<CodeView *>(tabs->widget(0))->toPlainText().contains(u"\"version\": 2"_s));
        const QString diff = static_cast<CodeView *>(tabs->widget(3))->toPlainText();
        QVERIFY2(diff.startsWith(u"--- ledgerly-billing v1\n+++ ledgerly-billing v2\n"_s), qPrintable(diff));
        QVERIFY2(diff.contains(QRegularExpression(u"\\n- +\"incremental\": \\{\\n"_s)), qPrintable(diff));
        QVERIFY(!diff.contains(QRegularExpression(u"\\n\\+ +\"incremental\""_s)));
        QVERIFY(diff.contains(u"-    \"version\": 1"_s));
        QVERIFY(diff.contains(u"+    \"version\": 2"_s));
        QCOMPARE(static_cast<CodeView *>(tabs->widget(3))->definitionName(), u"Diff"_s);
        tabs->setCurrentIndex(3);
        shoot(&wizard, u"builder-7-review-diff.png"_s);

        // Escape asks first (the work stays a draft): Keep Editing stays, Close Builder closes.
        QVERIFY(wizard.isVisible());
        auto answer = [&](const QString &text) {
            QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<QMessageBox *>(u"closeBuilderQuestion"_s), OrionTest::EventTimeout);
            for (QPushButton *b : wizard.findChild<QMessageBox *>(u"closeBuilderQuestion"_s)->findChildren<QPushButton *>())
                if (b->text() == text)
                    b->click();
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.findChild<QMessageBox *>(u"closeBuilderQuestion"_s), OrionTest::EventTimeout);
        };
        QTest::keyClick(&wizard, Qt::Key_Escape);
        answer(u"&Keep Editing"_s);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::ReviewPage));
        QTest::keyClick(&wizard, Qt::Key_Escape);
        answer(u"&Close Builder"_s);
        QVERIFY(!wizard.isVisible());
        QVERIFY(QFile::exists(wizard.draftPath())); // kept to resume
    }

    // The Marketplace page over the same workspace: the built-in listings (demo) and the connector
    // published by the wizard, pending; approve, install, rate, filter, uninstall.
    void marketplacePage()
    {
        QSignalSpy seeded(m_service, &WorkspaceService::demoSeeded);
        m_service->openDemo(DatabaseConfig::sqlite(m_db), {}, DemoRequest{});
        QVERIFY(seeded.wait(OrionTest::EventTimeout));
        CustomConnectorService connectors(m_service, m_credentials);
        MarketplacePage page(&connectors);
        page.resize(1100, 620);
        page.show();
        QSignalSpy loaded(&page, &MarketplacePage::loaded);
        page.refresh();
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        QCOMPARE(loaded.last().at(0).toInt(), 5);        // approved only: the built-in connectors
        page.findChild<QCheckBox *>()->setChecked(true); // show pending
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        QCOMPARE(loaded.last().at(0).toInt(), 6);
        page.select(u"custom:ledgerly-billing"_s);
        QVERIFY2(page.detailsText().contains(u"Pending"_s), qPrintable(page.detailsText()));
        QVERIFY(page.detailsText().contains(u"passed on"_s));
        QVERIFY(page.detailsText().contains(u"200 record"_s));
        QVERIFY(page.detailsText().contains(u"customers (customer)"_s));

        QSignalSpy changed(&page, &MarketplacePage::changed);
        page.setStatus(u"approved"_s);
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QVERIFY(changed.last().at(1).toString().isEmpty());
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        QCOMPARE(page.currentConnectorId(), u"custom:ledgerly-billing"_s);
        page.install();
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QVERIFY(changed.last().at(1).toString().isEmpty());
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        page.rate(4);
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        const int row = [&] {
            for (int r = 0; r < page.model()->rowCount(); ++r)
                if (page.model()->item(r, 0)->data(Qt::UserRole).toString() == "custom:ledgerly-billing"_L1)
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        QCOMPARE(page.model()->item(row, 4)->text(), u"1"_s);           // installs, by trigger
        QVERIFY(page.model()->item(row, 3)->text().endsWith(u"4.0"_s)); // rating
        QCOMPARE(page.model()->item(row, 5)->text(), u"Installed"_s);
        QVERIFY(page.grab().save(Test::screenshotPath(u"marketplace.png"_s)));

        // Filters: by category and by text.
        page.findChildren<QComboBox *>().at(0)->setCurrentIndex(2); // CRM
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        QCOMPARE(loaded.last().at(0).toInt(), 2); // HubSpot, Salesforce
        page.findChildren<QComboBox *>().at(0)->setCurrentIndex(0);
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        page.setSearch(u"no such connector"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 0, OrionTest::EventTimeout);
        page.setSearch(u"ledgerly"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, OrionTest::EventTimeout);

        // Publishing it again is refused with a clear message; uninstalling counts down.
        page.publish(u"ledgerly-billing"_s, u"free"_s);
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QVERIFY2(changed.last().at(1).toString().contains(u"already"_s), qPrintable(changed.last().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, OrionTest::EventTimeout);
        page.select(u"custom:ledgerly-billing"_s);
        page.uninstall();
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->item(0, 4)->text(), u"0"_s, OrionTest::EventTimeout);
    }

    // Closing keeps a draft (no secret in it); resuming restores the pages and stops where input is
    // needed again (the key, which drafts never hold).
    // The builder's state rules, without widgets. An import fills only what is empty, keeps an
    // authentication already chosen, drops the untouched "Add Stream" placeholder and renames a stream
    // whose name is taken; a draft carries no secret and comes back as it was written.
    void importIntoStateFillsOnlyWhatIsEmpty()
    {
        WizardState state;
        state.spec.insert(u"display_name"_s, u"Mine"_s);
        state.setAuthenticator(QJsonObject{{u"type"_s, u"bearer"_s}, {u"secret"_s, u"token"_s}});
        state.setStreams(
            {QJsonObject{{u"name"_s, u"customers"_s}, {u"path"_s, u"/customers"_s}}, QJsonObject{{u"name"_s, u"stream_1"_s}, {u"path"_s, u"/"_s}}});
        const QJsonObject imported{{u"display_name"_s, u"Theirs"_s},
                                   {u"name"_s, u"theirs"_s},
                                   {u"base_url"_s, u"https://api.example.com"_s},
                                   {u"authenticator"_s, QJsonObject{{u"type"_s, u"api_key"_s}}},
                                   {u"streams"_s,
                                    QJsonArray{QJsonObject{{u"name"_s, u"customers"_s}, {u"path"_s, u"/v2/customers"_s}},
                                               QJsonObject{{u"name"_s, u"invoices"_s}, {u"path"_s, u"/invoices"_s}}}}};
        state.adoptImport(imported);
        QCOMPARE(state.displayName(), u"Mine"_s);
        QCOMPARE(state.name(), u"theirs"_s);
        QCOMPARE(state.baseUrl(), u"https://api.example.com"_s);
        QCOMPARE(state.authenticatorType(), u"bearer"_s);
        QCOMPARE(state.streamNames(), (QStringList{u"customers"_s, u"customers_2"_s, u"invoices"_s}));
        QCOMPARE(state.stream(u"customers_2"_s).value("path"_L1).toString(), u"/v2/customers"_s);
        // With nothing chosen yet, the imported authentication is taken.
        WizardState fresh;
        fresh.adoptImport(imported);
        QCOMPARE(fresh.authenticatorType(), u"api_key"_s);
        // A stream's fingerprint changes with what a test read depends on, not with its mappings.
        const QString before = state.fingerprint(u"customers"_s);
        QJsonObject s = state.stream(u"customers"_s);
        s.insert(u"mappings"_s, QJsonArray{});
        state.setStream(u"customers"_s, s);
        QCOMPARE(state.fingerprint(u"customers"_s), before);
        s.insert(u"path"_s, u"/clients"_s);
        state.setStream(u"customers"_s, s);
        QVERIFY(state.fingerprint(u"customers"_s) != before);
    }
    void draftBytesCarryNoSecretAndRoundTrip()
    {
        WizardState state;
        state.spec.insert(u"name"_s, u"ledger"_s);
        state.secrets.insert(u"token"_s, u"sk_live_draft_secret"_s);
        state.fixtures.insert(u"customers"_s, QJsonArray{QJsonObject{{u"status"_s, 200}}});
        StoredMapping m;
        m.suggestion.sourcePath = u"email"_s;
        m.suggestion.targetField = u"email"_s;
        m.suggestion.confidence = 0.9;
        m.status = StoredMapping::Status::Approved;
        state.mappings.insert(u"customers"_s, {m});
        state.page = 3;
        const QByteArray bytes = ConnectorDrafts::toBytes(state);
        QVERIFY(!bytes.contains("sk_live_draft_secret"));
        WizardState back;
        QString error;
        QVERIFY2(ConnectorDrafts::fromBytes(bytes, u"d.json"_s, &back, &error), qPrintable(error));
        QCOMPARE(back.name(), u"ledger"_s);
        QVERIFY(back.secrets.isEmpty());
        QCOMPARE(back.page, 3);
        QCOMPARE(back.fixtures.value(u"customers"_s).size(), 1);
        QCOMPARE(back.mappings.value(u"customers"_s).size(), 1);
        QCOMPARE(back.mappings.value(u"customers"_s).first().status, StoredMapping::Status::Approved);
        // Not a draft: refused with the file's name, the state untouched.
        QVERIFY(!ConnectorDrafts::fromBytes("{\"format\": 2, \"spec\": {}}", u"other.json"_s, &back, &error));
        QVERIFY(error.contains(u"other.json"_s));
        QCOMPARE(back.name(), u"ledger"_s);
    }
    void draftsAreSavedWithoutSecretsAndResumed()
    {
        QDir(ConnectorWizard::draftsDirectory()).removeRecursively();
        QString path;
        {
            ConnectorWizard wizard(m_service, m_credentials);
            wizard.show();
            fillFirstPages(&wizard, u"Draft Ledger"_s);
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ConnectorWizard::PaginationPage));
            wizard.reject();
            path = wizard.draftPath();
        }
        // Drafts are written in order off the GUI thread: wait for the last one (left on page 4).
        auto draftPage = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object().value("page"_L1).toInt() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(draftPage(), int(ConnectorWizard::PaginationPage), OrionTest::EventTimeout);
        QVERIFY(ConnectorWizard::drafts().contains(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray draft = f.readAll();
        QVERIFY(!draft.contains(Fakes::FakeLedgerly::kKey));
        QCOMPARE(QJsonDocument::fromJson(draft).object().value("spec"_L1).toObject().value("streams"_L1).toArray().size(), 1);

        ConnectorWizard resumed(m_service, m_credentials);
        resumed.show();
        QString error;
        QVERIFY2(resumed.loadDraft(path, &error), qPrintable(error));
        QCOMPARE(field(resumed.page(ConnectorWizard::BasicsPage), u"Name:"_s)->text(), u"Draft Ledger"_s);
        QCOMPARE(resumed.currentId(), int(ConnectorWizard::AuthPage)); // the key must be typed again
        QVERIFY(resumed.lastError().contains(u"API key"_s));
        QCOMPARE(resumed.specJson().value("streams"_L1).toArray().size(), 1);
        child<QLineEdit>(resumed.currentPage(), u"API key"_s)->setText(QString::fromLatin1(Fakes::FakeLedgerly::kKey));
        resumed.next();
        resumed.next();
        QCOMPARE(resumed.currentId(), int(ConnectorWizard::PaginationPage));
        // Not a draft: a clear error, the wizard unchanged.
        QFile bad(m_dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"streams\": 1}");
        bad.close();
        QVERIFY(!resumed.loadDraft(bad.fileName(), &error));
        QVERIFY(error.contains(u"not a connector draft"_s));
        QCOMPARE(resumed.currentId(), int(ConnectorWizard::PaginationPage));
        resumed.reject();
    }
    // The step-through view of Test Read: Next Page reads one page more each time and shows each
    // page's paging state before and after; Run to End reads to the last page; a cursor sent
    // under a name the API ignores stops at once with the reason instead of looping.
    void stepThroughTheTestRead()
    {
        ConnectorWizard wizard(m_service, m_credentials);
        wizard.show();
        fillFirstPages(&wizard, u"Ledgerly Steps"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::PaginationPage));
        QSignalSpy detected(&wizard, &ConnectorWizard::detected);
        button(wizard.currentPage(), u"Detect"_s)->click();
        QVERIFY(detected.wait(OrionTest::EventTimeout));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::TestPage));
        QWizardPage *test = wizard.currentPage();
        auto *requests = child<QTableWidget>(test, u"Requests"_s);
        QSignalSpy tested(&wizard, &ConnectorWizard::testReadFinished);
        auto *records = child<QTableWidget>(test, u"Extracted records"_s);
        auto *tabs = test->findChild<QTabWidget *>();
        const auto idOf = [records](int row) {
            for (int c = 0; c < records->columnCount(); ++c)
                if (records->horizontalHeaderItem(c)->text() == "id"_L1)
                    return records->item(row, c)->text();
            return QString();
        };
        for (int step = 1; step <= 2; ++step) {
            tested.clear();
            m_api.clearRequests();
            button(test, u"Next Page"_s)->click();
            QVERIFY(tested.wait(OrionTest::EventTimeout));
            QVERIFY2(tested.first().at(0).toString().isEmpty(), qPrintable(tested.first().at(0).toString()));
            QCOMPARE(requests->rowCount(), step);
            QCOMPARE(m_api.requestCount(), 1); // one request per step: the walk goes on, page 1 is not read again
            // The page just read is shown: its request selected, its own records.
            QCOMPARE(requests->currentRow(), step - 1);
            QCOMPARE(records->rowCount(), 100);
            QCOMPARE(idOf(0), u"c_%1"_s.arg((step - 1) * 100, 6, 10, QChar(u'0')));
        }
        QCOMPARE(tabs->tabText(tabs->indexOf(records)), u"Records of page 2 (100)"_s);
        requests->setCurrentCell(0, 0);
        QCOMPARE(idOf(0), u"c_000000"_s);
        // Page 2 started where page 1 left off (offset 100) and leaves the next at offset 200.
        QCOMPARE(requests->item(0, 3)->text(), u"(start)"_s);
        QVERIFY2(requests->item(0, 4)->text().contains(u"\"offset\":100"_s), qPrintable(requests->item(0, 4)->text()));
        QCOMPARE(requests->item(1, 3)->text(), requests->item(0, 4)->text());
        QVERIFY2(requests->item(1, 4)->text().contains(u"\"offset\":200"_s), qPrintable(requests->item(1, 4)->text()));
        shoot(&wizard, u"builder-5-test-read-steps.png"_s);
        tested.clear();
        m_api.clearRequests();
        button(test, u"Run to End"_s)->click();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QCOMPARE(requests->rowCount(), 3); // 250 customers: 100, 100, 50
        QCOMPARE(m_api.requestCount(), 1); // only the page not read yet
        QCOMPARE(requests->item(2, 4)->text(), u"(the walk ended)"_s);
        QCOMPARE(records->rowCount(), 50);
        QCOMPARE(idOf(49), u"c_000249"_s);
        wizard.reject();
    }

    // Full reads in time windows (partition_by_time) as a control of its own: offered when the
    // stream's range parameter implies a pair, filled in from it when checked, stored with the
    // analyst's window size and readers, removed when unchecked.
    void timeWindowsOnThePaginationPage()
    {
        ConnectorWizard wizard(m_service, m_credentials);
        wizard.resize(920, 860);
        wizard.show();
        fillFirstPages(&wizard, u"Ledgerly Windows"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::PaginationPage));
        QWizardPage *page = wizard.currentPage();
        auto *windowed = page->findChild<QCheckBox *>();
        QVERIFY(windowed && !windowed->isChecked());
        auto *hint = page->findChild<QLabel *>(u"windowHint"_s);
        QVERIFY(hint->text().isEmpty() || !hint->isVisible());
        field(page, u"Incremental by:"_s)->setText(u"updated_at"_s);
        field(page, u"Sent as:"_s)->setText(u"updated_gte"_s);
        QVERIFY2(hint->isVisible() && hint->text().contains(u"updated_gte"_s) && hint->text().contains(u"updated_lt"_s), qPrintable(hint->text()));
        QVERIFY(!field(page, u"Oldest record:"_s)->isVisible());
        windowed->setChecked(true);
        QCOMPARE(child<QLineEdit>(page, u"Window start parameter"_s)->text(), u"updated_gte"_s);
        QCOMPARE(child<QLineEdit>(page, u"Window end parameter"_s)->text(), u"updated_lt"_s);
        QVERIFY(field(page, u"Oldest record:"_s)->isVisible());
        QVERIFY(!field(page, u"Oldest record:"_s)->text().isEmpty()); // a proposal, to be set to the oldest record
        field(page, u"Oldest record:"_s)->setText(u"2024-01-01T00:00:00Z"_s);
        child<QSpinBox>(page, u"Window size"_s)->setValue(7);
        child<QSpinBox>(page, u"Readers at once"_s)->setValue(3);
        QTest::qWait(50);
        shoot(&wizard, u"builder-4-time-windows.png"_s);
        wizard.next();
        const QJsonObject stream = wizard.specJson().value("streams"_L1).toArray().first().toObject();
        QCOMPARE(stream.value("partition_by_time"_L1).toObject(),
                 (QJsonObject{{u"start_param"_s, u"updated_gte"_s},
                              {u"end_param"_s, u"updated_lt"_s},
                              {u"start"_s, u"2024-01-01T00:00:00Z"_s},
                              {u"window_seconds"_s, 7 * 86400},
                              {u"concurrency"_s, 3},
                              {u"format"_s, u"iso8601"_s}}));
        ConnectorSpec spec;
        QStringList errors;
        QVERIFY2(ConnectorSpec::fromJson(wizard.specJson(), &spec, &errors), qPrintable(errors.join(u"; "_s)));
        wizard.back();
        windowed->setChecked(false);
        wizard.next();
        QVERIFY(!wizard.specJson().value("streams"_L1).toArray().first().toObject().contains("partition_by_time"_L1));
        wizard.reject();
    }

    // The other way in: an OpenAPI file. The import brings streams and bearer authentication after
    // the Authentication page was passed with "None"; Next says the token is missing, Back takes
    // the analyst there, and the deployed result syncs every customer through cursor pages.
    void openApiFileToDeployedConnector()
    {
        m_api.setAuth(Fakes::FakeLedgerly::Auth::Bearer);
        const auto restore = qScopeGuard([this] { m_api.setAuth(Fakes::FakeLedgerly::Auth::HeaderKey); });
        QFile yaml(QStringLiteral(ORION_SOURCE_DIR) + u"/tests/data/importers/ledgerly-openapi.yaml"_s);
        QVERIFY(yaml.open(QIODevice::ReadOnly));

        ConnectorWizard wizard(m_service, m_credentials);
        wizard.show();
        QWizardPage *basics = wizard.page(ConnectorWizard::BasicsPage);
        QTest::keyClicks(field(basics, u"Name:"_s), u"Ledgerly Books"_s);
        field(basics, u"Base URL:"_s)->setText(m_api.baseUrl().toString());
        wizard.next();
        wizard.next(); // Authentication: "None" for now
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::EndpointsPage));
        QSignalSpy imported(&wizard, &ConnectorWizard::imported);
        wizard.importDefinition(ConnectorWizard::ImportKind::OpenApi, yaml.readAll());
        QVERIFY(imported.wait(OrionTest::EventTimeout));
        QVERIFY2(imported.first().at(1).toString().isEmpty(), qPrintable(imported.first().at(1).toString()));
        QVERIFY(imported.first().at(0).toStringList().join(u' ').contains(u"token"_s));
        QCOMPARE(wizard.specJson().value("name"_L1).toString(), u"ledgerly-books"_s); // the page's name wins
        QCOMPARE(wizard.specJson().value("authenticator"_L1).toObject().value("type"_L1).toString(), u"bearer"_s);
        const QJsonArray streams = wizard.specJson().value("streams"_L1).toArray();
        QCOMPARE(streams.size(), 2);
        QCOMPARE(streams.at(0).toObject().value("path"_L1).toString(), u"/cursor/customers"_s);

        // This fake has no /invoices: remove that stream.
        auto *list = child<QListWidget>(wizard.currentPage(), u"Streams"_s);
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(1);
        QCOMPARE(list->currentItem()->text(), u"invoices"_s);
        button(wizard.currentPage(), u"Remove"_s)->click();
        QCOMPARE(list->count(), 1);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::EndpointsPage));
        QVERIFY2(wizard.lastError().contains(u"\"token\""_s) && wizard.lastError().contains(u"Authentication"_s), qPrintable(wizard.lastError()));
        shoot(&wizard, u"builder-3-endpoints-openapi.png"_s);
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::AuthPage));
        QCOMPARE(wizard.currentPage()->findChild<QComboBox *>()->currentData().toString(), u"bearer"_s);
        child<QLineEdit>(wizard.currentPage(), u"Bearer token"_s)->setText(QString::fromLatin1(Fakes::FakeLedgerly::kKey));
        wizard.next();
        QCOMPARE(child<QListWidget>(wizard.currentPage(), u"Streams"_s)->count(), 1); // Back kept the removal
        wizard.next();

        // Pagination as imported: the cursor in meta.next_cursor, nothing to detect.
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::PaginationPage));
        const QJsonObject paginator = wizard.specJson().value("streams"_L1).toArray().first().toObject().value("paginator"_L1).toObject();
        QCOMPARE(paginator.value("cursor_path"_L1).toString(), u"meta.next_cursor"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::TestPage));
        QSignalSpy tested(&wizard, &ConnectorWizard::testReadFinished);
        button(wizard.currentPage(), u"Run Test Read"_s)->click();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QVERIFY2(tested.first().at(0).toString().isEmpty(), qPrintable(tested.first().at(0).toString()));
        QCOMPARE(child<QTableWidget>(wizard.currentPage(), u"Requests"_s)->rowCount(), 2);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::MappingPage));
        QSignalSpy suggested(&wizard, &ConnectorWizard::mappingsSuggested);
        QVERIFY(suggested.count() > 0 || suggested.wait(OrionTest::EventTimeout));
        button(wizard.currentPage(), u"Approve All"_s)->click();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::ReviewPage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ConnectorWizard::SavePage));
        QSignalSpy saved(&wizard, &ConnectorWizard::saved);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(saved.wait(OrionTest::EventTimeout));
        QVERIFY2(saved.first().at(4).toString().isEmpty(), qPrintable(saved.first().at(4).toString()));
        QCOMPARE(saved.first().at(0).toString(), u"custom:ledgerly-books"_s);
        QCOMPARE(saved.first().at(2).toBool(), true); // deployed

        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
        QVERIFY2(w, qPrintable(error));
        syncThrough(*w, u"books"_s, u"custom:ledgerly-books"_s);
    }
};

QTEST_MAIN(TstBuilder)
#include "tst_builder.moc"

// Custom connectors as first-class connectors of the app, offscreen against the Ledgerly fake and a
// real SQLite workspace: after a restart (nothing registered in the process) Add Connection lists the
// deployed custom connector with its version, a connection made on it is edited and synced like any
// other (phones in E.164 through the connection's region), a connection whose custom connector is not
// deployed says so in its disabled actions' tooltips, and the Custom Connectors page lists versions
// and states, rolls back, exports and imports. Screenshots: custom-connectors-*.png.
#include "fakeledgerly.h"
#include "testsupport.h"
#include "timeouts.h"

#include "activity/activitypage.h"
#include "adapters/registry/connectorregistry.h"
#include "builder/connectorwizard.h"
#include "builder/customconnectorspage.h"
#include "common/languages.h"
#include "connections/connectiondialog.h"
#include "connections/connectionlistmodel.h"
#include "connections/connectionspage.h"
#include "marketplace/marketplacepage.h"
#include "runtime/credentialstore.h"
#include "runtime/secretstore.h"
#include "services/workspaceservice.h"
#include "shell/mainwindow.h"
#include "store/connectionstore.h"
#include "store/customconnectorstore.h"
#include "store/mappingstore.h"
#include "store/workspace.h"
#include "sync/syncrunmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstCustomConnectorsGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Fakes::FakeLedgerly m_api;
    QString m_db;
    std::shared_ptr<CredentialStore> m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
    WorkspaceService *m_service = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    MainWindow *m_window = nullptr;

    // Ledgerly's customers by page number; `version` changes the display name so versions differ.
    ConnectorSpec ledgerly(int version) const
    {
        const QJsonObject json{
            {u"spec_version"_s, 1},
            {u"name"_s, u"ledgerly"_s},
            {u"version"_s, version},
            {u"display_name"_s, u"Ledgerly Billing"_s},
            {u"description"_s, u"Version %1"_s.arg(version)},
            {u"base_url"_s, m_api.baseUrl().toString()},
            {u"authenticator"_s,
             QJsonObject{{u"type"_s, u"api_key"_s}, {u"inject_into"_s, u"header"_s}, {u"name"_s, u"X-API-Key"_s}, {u"secret"_s, u"token"_s}}},
            {u"streams"_s,
             QJsonArray{QJsonObject{
                 {u"name"_s, u"customers"_s},
                 {u"kind"_s, u"customer"_s},
                 {u"path"_s, u"/pages/customers"_s},
                 {u"record_selector"_s, QJsonObject{{u"path"_s, u"data"_s}}},
                 {u"primary_key"_s, u"id"_s},
                 {u"paginator"_s,
                  QJsonObject{{u"type"_s, u"page_number"_s}, {u"page_param"_s, u"page"_s}, {u"size_param"_s, u"per_page"_s}, {u"page_size"_s, 50}}},
                 {u"mappings"_s,
                  QJsonArray{
                      QJsonObject{{u"target_field"_s, u"email"_s}, {u"source_path"_s, u"email"_s}},
                      QJsonObject{{u"target_field"_s, u"full_name"_s}, {u"source_path"_s, u"name"_s}},
                      QJsonObject{{u"target_field"_s, u"phone"_s}, {u"source_path"_s, u"phone"_s}, {u"transformation"_s, u"format_phone"_s}}}}}}}};
        ConnectorSpec spec;
        QStringList errors;
        if (!ConnectorSpec::fromJson(json, &spec, &errors))
            qFatal("%s", qPrintable(errors.join(u"; "_s)));
        return spec;
    }
    QVariant scalar(const QString &sql) const
    {
        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
        QSqlQuery q(w->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0);
    }
    void selectConnection(const QString &name)
    {
        m_window->connectionsPage()->selectConnection(name);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsPage()->selectedConnection()->name, name, OrionTest::EventTimeout);
    }
    QToolButton *action(const QString &text) const
    {
        for (QToolButton *b : m_window->connectionsPage()->findChildren<QToolButton *>())
            if (b->text().remove(u'&') == text)
                return b;
        return nullptr;
    }

    // Saves the Add Connection dialog as the user's OK does, selects the new connection and syncs it
    // with Sync Now; the run's records written.
    int saveAndSync(ConnectionDialog *dialog, const QString &name)
    {
        QSignalSpy saved(m_service, &WorkspaceService::connectionSaved);
        dialog->accept();
        if (!saved.wait(OrionTest::EventTimeout))
            return -1;
        selectConnection(name);
        if (!QTest::qWaitFor([&] { return action(u"Sync Now"_s)->isEnabled(); }, OrionTest::EventTimeout))
            return -2;
        QSignalSpy finished(m_window->connectionsPage(), &ConnectionsPage::syncFinished);
        m_window->connectionsPage()->syncSelected();
        if (!finished.wait(OrionTest::EventTimeout))
            return -3;
        const auto results = finished.first().at(0).value<QList<SyncResult>>();
        if (results.size() != 1 || !results.first().succeeded()) {
            qWarning("sync of %s: %s", qPrintable(name), results.isEmpty() ? "no result" : qPrintable(results.first().error));
            return -4;
        }
        return int(results.first().recordsWritten);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        Languages::install(qApp, u"en"_s);
        m_api.setCustomerCount(230);
        QVERIFY(m_api.start());
        m_db = m_dir.filePath(u"custom.db"_s);
        // What an earlier session left: two saved versions (the second deployed), a connection made on
        // it (as `orion connection add --connector custom:ledgerly` does), and one on a connector that
        // is not deployed here.
        {
            QString error;
            auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
            QVERIFY2(w, qPrintable(error));
            CustomConnectorStore store(*w);
            QVERIFY2(store.save(ledgerly(1), true, &error), qPrintable(error));
            QVERIFY2(store.save(ledgerly(2), true, &error), qPrintable(error));
            ConnectionStore connections(*w);
            QVERIFY(connections.createConnection(Test::newConnection(u"ledgerly-cli"_s, u"custom:ledgerly"_s), &error));
            QVERIFY(connections.createConnection(Test::newConnection(u"ghost"_s, u"custom:ghost"_s), &error));
        }
        ConnectorRegistry::replaceCustom({}); // a fresh process knows no custom connector
        QVERIFY(!ConnectorRegistry::instance().find(u"custom:ledgerly"_s));

        m_service = new WorkspaceService(this);
        m_secrets = new MemorySecretStore(this);
        m_window = new MainWindow(m_service, m_secrets, m_credentials);
        m_window->resize(1100, 748);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QSignalSpy catalog(m_window->customConnectorsPage(), &CustomConnectorsPage::loaded);
        m_window->openWorkspace(DatabaseConfig::sqlite(m_db));
        QVERIFY(catalog.wait(OrionTest::EventTimeout));
        QCOMPARE(catalog.last().at(0).toInt(), 1);
    }

    void cleanupTestCase() { delete m_window; }

    void aConnectionOnAnUndeployedConnectorSaysWhy()
    {
        selectConnection(u"ghost"_s);
        QToolButton *edit = action(u"Edit…"_s);
        QToolButton *sync = action(u"Sync Now"_s);
        QVERIFY(edit && sync);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!sync->isEnabled());
        for (QToolButton *b : {edit, sync})
            QVERIFY2(b->toolTip().contains(u"custom:ghost"_s) && b->toolTip().contains(u"Custom Connectors"_s), qPrintable(b->toolTip()));
    }

    void addConnectionListsTheDeployedCustomConnectorAndItSyncs()
    {
        selectConnection(u"ledgerly-cli"_s);
        QVERIFY(action(u"Edit…"_s)->isEnabled());
        QVERIFY(action(u"Sync Now"_s)->isEnabled());
        QVERIFY2(action(u"Sync Now"_s)->toolTip().startsWith(u"Sync the selected connection"_s), qPrintable(action(u"Sync Now"_s)->toolTip()));

        // The CLI's connection opens in the dialog with the custom connector's own fields.
        ConnectionDialog *edit = m_window->connectionsPage()->openEditDialog();
        QVERIFY(edit);
        QCOMPARE(edit->connectorId(), u"custom:ledgerly"_s);
        edit->reject();

        ConnectionDialog *dialog = m_window->connectionsPage()->openAddDialog();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>();
        const int index = combo->findData(u"custom:ledgerly"_s);
        QVERIFY(index > 0);
        QCOMPARE(combo->itemText(index), u"Ledgerly Billing (custom, version 2)"_s);
        QVERIFY(combo->findData(u"stripe"_s) >= 0); // beside the built-ins
        dialog->setConnector(u"custom:ledgerly"_s);
        dialog->setName(u"ledgerly-app"_s);
        dialog->setField(u"token"_s, QString::fromLatin1(Fakes::FakeLedgerly::kKey));
        dialog->setField(u"default_region"_s, u"US"_s);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(Test::screenshotPath(u"custom-connectors-add-connection.png"_s)));
        QCOMPARE(saveAndSync(dialog, u"ledgerly-app"_s), 230);
        // format_phone read the national numbers in the connection's region, like the built-ins do.
        QCOMPARE(scalar(u"SELECT phone FROM unified_customers WHERE external_id = 'c_000003'"_s).toString(), u"+13125550003"_s);
        QCOMPARE(scalar(u"SELECT phone FROM unified_customers WHERE external_id = 'c_000004'"_s).toString(), u"+442079460004"_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers WHERE phone NOT LIKE '+%'"_s).toInt(), 0);
    }

    // The analyst's whole way in the app: File ▸ New Custom Connector…, the API's OpenAPI
    // description imported (its server variable, $ref'd answer and error media type as vendors write
    // them), the pagination read from it with its evidence and confirmed by Detect, a test read,
    // mappings, save and deploy; then Add Connection lists it, and Sync Now stores every customer.
    void fromAnApiDescriptionToASyncedConnection()
    {
        // The server's port is a variable whose default the test fills in (the fake listens anywhere).
        QFile file(QStringLiteral(ORION_SOURCE_DIR) + u"/tests/data/importers/ledgerly-pages-openapi.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray port = QByteArray("\"") + QByteArray::number(m_api.baseUrl().port()) + QByteArray("\"");
        const QByteArray description = file.readAll().replace("\"PORT\"", port);
        ConnectorWizard *wizard = m_window->openConnectorBuilder(false);
        QVERIFY(wizard);
        const auto page = [&] { return wizard->currentPage(); };
        const auto line = [&](const QString &label) -> QLineEdit * {
            for (QLabel *l : page()->findChildren<QLabel *>())
                if (l->text().remove(u'&') == label && l->buddy())
                    return qobject_cast<QLineEdit *>(l->buddy());
            return nullptr;
        };
        const auto button = [&](const QString &text) -> QPushButton * {
            for (QPushButton *b : page()->findChildren<QPushButton *>())
                if (b->text().remove(u'&').startsWith(text))
                    return b;
            return nullptr;
        };
        QTest::keyClicks(line(u"Name:"_s), u"Ledgerly Pages"_s);
        wizard->next();
        wizard->next(); // Authentication: the description brings it
        QCOMPARE(wizard->currentId(), int(ConnectorWizard::EndpointsPage));
        QSignalSpy imported(wizard, &ConnectorWizard::imported);
        wizard->importDefinition(ConnectorWizard::ImportKind::OpenApi, description);
        QVERIFY(imported.wait(OrionTest::EventTimeout));
        QVERIFY2(imported.first().at(1).toString().isEmpty(), qPrintable(imported.first().at(1).toString()));
        QCOMPARE(wizard->specJson().value("base_url"_L1).toString(), m_api.baseUrl().toString().chopped(m_api.baseUrl().toString().endsWith(u'/')));
        wizard->back();
        QCOMPARE(wizard->currentId(), int(ConnectorWizard::AuthPage));
        for (QLineEdit *e : page()->findChildren<QLineEdit *>())
            if (e->accessibleName() == "API key"_L1)
                e->setText(QString::fromLatin1(Fakes::FakeLedgerly::kKey));
        wizard->next();
        wizard->next();

        // Records and pagination as the description says, with the evidence shown; Detect confirms.
        QCOMPARE(wizard->currentId(), int(ConnectorWizard::PaginationPage));
        const QJsonObject paginator = wizard->specJson().value("streams"_L1).toArray().first().toObject().value("paginator"_L1).toObject();
        QCOMPARE(paginator,
                 (QJsonObject{{u"type"_s, u"page_number"_s},
                              {u"page_param"_s, u"page"_s},
                              {u"size_param"_s, u"per_page"_s},
                              {u"page_size"_s, 100},
                              {u"start_page"_s, 1}}));
        auto *evidence = page()->findChild<QLabel *>(u"importEvidence"_s);
        QVERIFY(evidence && evidence->isVisible());
        QVERIFY2(evidence->text().contains(u"parameter `page` + size parameter `per_page`"_s), qPrintable(evidence->text()));
        QTest::qWait(50);
        QVERIFY(wizard->grab().save(Test::screenshotPath(u"custom-connectors-import-evidence.png"_s)));
        QSignalSpy detected(wizard, &ConnectorWizard::detected);
        button(u"Detect"_s)->click();
        QVERIFY(detected.wait(OrionTest::EventTimeout));
        QVERIFY2(detected.first().at(1).toString().isEmpty(), qPrintable(detected.first().at(1).toString()));
        const auto shown = [&](const QString &text) {
            const QList<QLabel *> labels = page()->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) { return l->text().contains(text); });
        };
        QVERIFY(shown(u"Detect confirmed the imported pagination."_s));
        QVERIFY(shown(u"Detect confirmed the imported records."_s));
        QVERIFY(!evidence->text().contains(u"corrected"_s));
        QVERIFY(evidence->text().contains(u"confirmed by a live answer"_s));
        wizard->next();

        QCOMPARE(wizard->currentId(), int(ConnectorWizard::TestPage));
        QSignalSpy tested(wizard, &ConnectorWizard::testReadFinished);
        button(u"Run Test Read"_s)->click();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QVERIFY2(tested.first().at(0).toString().isEmpty(), qPrintable(tested.first().at(0).toString()));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ConnectorWizard::MappingPage));
        QSignalSpy suggested(wizard, &ConnectorWizard::mappingsSuggested);
        QVERIFY(suggested.count() > 0 || suggested.wait(OrionTest::EventTimeout));
        button(u"Approve All"_s)->click();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ConnectorWizard::ReviewPage));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(ConnectorWizard::SavePage));
        QSignalSpy catalog(m_window->customConnectorsPage(), &CustomConnectorsPage::loaded);
        QSignalSpy saved(wizard, &ConnectorWizard::saved);
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(saved.wait(OrionTest::EventTimeout));
        QVERIFY2(saved.first().at(4).toString().isEmpty(), qPrintable(saved.first().at(4).toString()));
        QCOMPARE(saved.first().at(0).toString(), u"custom:ledgerly-pages"_s);
        QVERIFY(catalog.wait(OrionTest::EventTimeout)); // the catalog reloads: Add Connection knows it

        ConnectionDialog *dialog = m_window->connectionsPage()->openAddDialog();
        auto *combo = dialog->findChild<QComboBox *>();
        QVERIFY(combo->findData(u"custom:ledgerly-pages"_s) > 0);
        dialog->setConnector(u"custom:ledgerly-pages"_s);
        dialog->setName(u"pages-app"_s);
        dialog->setField(u"token"_s, QString::fromLatin1(Fakes::FakeLedgerly::kKey));
        QCOMPARE(saveAndSync(dialog, u"pages-app"_s), 230);
        QCOMPARE(scalar(u"SELECT count(DISTINCT external_id) FROM unified_customers u JOIN connections c ON c.id = u.connection_id "
                        "WHERE c.name = 'pages-app'"_s)
                     .toInt(),
                 230);
        m_window->showPage(MainWindow::ConnectionsPageIndex);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"custom-connectors-synced.png"_s)));
    }

    // Drift alarms where the health is shown: after the API renamed a field an approved mapping
    // reads, the next Sync Now leaves the connection "Degraded · drift: email" on the Connections page
    // (the tooltip says what changed) and the run "Succeeded · drift" in Activity, its log naming it.
    void driftIsShownWhereTheHealthIs()
    {
        const qint64 id = scalar(u"SELECT id FROM connections WHERE name = 'pages-app'"_s).toLongLong();
        {
            QString error;
            auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
            MappingStore mappings(*w);
            MappingSuggestions rules;
            for (const auto &[field, path] : {std::pair{u"email"_s, u"email"_s}, std::pair{u"full_name"_s, u"name"_s}}) {
                MappingSuggestion s;
                s.targetField = field;
                s.sourcePath = path;
                s.confidence = 0.97;
                s.reasoning = u"same name"_s;
                rules << s;
            }
            QCOMPARE(mappings.saveSuggestions(id, u"customers"_s, MappingTarget::Customer, rules, &error), 2);
            QList<qint64> ids;
            for (const StoredMapping &m : mappings.list(id, u"customers"_s, &error))
                ids << m.id;
            QVERIFY2(mappings.decide(ids, StoredMapping::Status::Approved, u"admin"_s, MappingStore::Via::Desktop, &error), qPrintable(error));
        }
        const auto syncNow = [&]() -> SyncResult {
            selectConnection(u"pages-app"_s);
            QSignalSpy finished(m_window->connectionsPage(), &ConnectionsPage::syncFinished);
            m_window->connectionsPage()->syncSelected();
            if (!finished.wait(OrionTest::EventTimeout))
                return {};
            const auto results = finished.first().at(0).value<QList<SyncResult>>();
            return results.isEmpty() ? SyncResult() : results.first();
        };
        m_window->showPage(MainWindow::ConnectionsPageIndex);
        QVERIFY(syncNow().drift.isEmpty()); // what the syncs see of the fields: learned
        m_api.setCustomerReshape([](QJsonObject &c) { c.insert(u"contact"_s, QJsonObject{{u"email"_s, c.take(u"email"_s)}}); });
        const SyncResult drifted = syncNow();
        m_api.setCustomerReshape({});
        QCOMPARE(drifted.status, SyncRun::Status::Succeeded);
        QCOMPARE(driftFields(drifted.drift), QStringList{u"email"_s});

        ConnectionListModel *model = m_window->connectionsPage()->model();
        const int row = model->rowOfId(id);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, ConnectionListModel::HealthColumn).data(ConnectionListModel::HealthRole).toInt(),
                                  int(HealthStatus::Degraded), OrionTest::EventTimeout);
        const QModelIndex health = model->index(row, ConnectionListModel::HealthColumn);
        QCOMPARE(health.data(ConnectionListModel::DriftFieldsRole).toStringList(), QStringList{u"email"_s});
        const QString tip = health.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"customers / email: missing from all 230 records read"_s), qPrintable(tip));
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"drift-connections.png"_s)));

        m_window->showPage(MainWindow::ActivityPageIndex);
        ActivityPage *activity = m_window->activityPage();
        QTRY_VERIFY_WITH_TIMEOUT(activity->model()->rowCount() > 0 && activity->model()->runs().first().drift.size() == 1, OrionTest::EventTimeout);
        const QModelIndex status = activity->model()->index(0, SyncRunModel::StatusColumn);
        QCOMPARE(status.data().toString(), u"Succeeded · drift"_s);
        QCOMPARE(activity->model()->index(0, SyncRunModel::ErrorColumn).data().toString(), u"Drift: email"_s);
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"email: missing from all 230 records read"_s));
        activity->selectRun(drifted.runId);
        QTRY_VERIFY_WITH_TIMEOUT(activity->logView()->toPlainText().contains(u"Drift: email"_s), OrionTest::EventTimeout);
        QTest::qWait(50);
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"drift-activity.png"_s)));
        m_window->showPage(MainWindow::ConnectionsPageIndex);
    }

    // An empty marketplace says so, and names the filter that hides listings only when one is set.
    void theMarketplaceSaysWhyItShowsNothing()
    {
        MarketplacePage *page = m_window->marketplacePage();
        QSignalSpy loaded(page, &MarketplacePage::loaded);
        page->refresh();
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        QCOMPARE(loaded.last().at(0).toInt(), 0); // no demo listings, nothing published
        QVERIFY2(page->detailsText().contains(u"\nNo approved connector is listed yet"_s), qPrintable(page->detailsText()));
        QVERIFY(!page->detailsText().contains(u"search"_s));
        page->setSearch(u"no such connector"_s);
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        QVERIFY2(page->detailsText().contains(u"\nNothing matches the search"_s), qPrintable(page->detailsText()));
        page->setSearch(QString());
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
    }

    void theCustomConnectorsPageRollsBackExportsAndImports()
    {
        m_window->showPage(MainWindow::CustomConnectorsPageIndex);
        CustomConnectorsPage *page = m_window->customConnectorsPage();
        QCOMPARE(page->model()->rowCount(), 2); // ledgerly, then ledgerly-pages from the walk above
        page->select(u"ledgerly"_s);
        QCOMPARE(page->currentName(), u"ledgerly"_s);
        QCOMPARE(page->model()->index(0, 1).data().toString(), u"Deployed"_s);
        QCOMPARE(page->model()->index(0, 2).data().toString(), u"version 2"_s);
        QCOMPARE(page->model()->index(0, 5).data().toString(), u"2"_s); // ledgerly-cli and ledgerly-app
        QCOMPARE(page->versionsTable()->model()->rowCount(), 2);
        // The deployed version cannot be deployed again, and says so.
        page->selectVersion(2);
        QVERIFY(!page->deployButton()->isEnabled());
        QVERIFY2(page->deployButton()->toolTip().contains(u"is the one connections run"_s), qPrintable(page->deployButton()->toolTip()));
        page->selectVersion(1);
        QVERIFY(page->deployButton()->isEnabled());
        QCOMPARE(page->deployButton()->text().remove(u'&'), u"Roll Back to Version 1"_s);
        QVERIFY(page->grab().save(Test::screenshotPath(u"custom-connectors-page.png"_s)));

        QSignalSpy changed(page, &CustomConnectorsPage::changed);
        QSignalSpy loaded(page, &CustomConnectorsPage::loaded);
        page->deploySelectedVersion();
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QVERIFY2(changed.first().at(1).toString().isEmpty(), qPrintable(changed.first().at(1).toString()));
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        QCOMPARE(page->model()->index(0, 2).data().toString(), u"version 1"_s);
        QCOMPARE(page->currentVersion(), 1); // the selection stays on what was deployed
        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
        QCOMPARE(CustomConnectorStore(*w).deployed(u"ledgerly"_s, u"local"_s, &error)->version(), 1);
        // Add Connection now offers version 1.
        ConnectionDialog *dialog = m_window->connectionsPage()->openAddDialog();
        auto *combo = dialog->findChild<QComboBox *>();
        QCOMPARE(combo->itemText(combo->findData(u"custom:ledgerly"_s)), u"Ledgerly Billing (custom, version 1)"_s);
        dialog->reject();

        // Export version 1, import it back: version 3, not deployed.
        const QString file = m_dir.filePath(u"ledgerly-v1.json"_s);
        changed.clear();
        page->exportSelectedVersion(file);
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QVERIFY2(changed.first().at(1).toString().isEmpty(), qPrintable(changed.first().at(1).toString()));
        QVERIFY(page->statusText().contains(u"ledgerly-v1.json"_s));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(!exported.readAll().contains(Fakes::FakeLedgerly::kKey));
        changed.clear();
        loaded.clear();
        page->importSpec(file);
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QVERIFY2(changed.first().at(1).toString().isEmpty(), qPrintable(changed.first().at(1).toString()));
        QVERIFY(loaded.wait(OrionTest::EventTimeout));
        QCOMPARE(page->versionsTable()->model()->rowCount(), 3);
        QCOMPARE(page->model()->index(0, 3).data().toString(), u"version 3"_s);
        QCOMPARE(page->model()->index(0, 2).data().toString(), u"version 1"_s);
        // A file that is not a spec: a clear error, nothing stored.
        QFile junk(m_dir.filePath(u"junk.json"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"name\": \"ledgerly\"}");
        junk.close();
        changed.clear();
        page->importSpec(junk.fileName());
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QVERIFY2(changed.first().at(1).toString().contains(u"not a valid connector spec"_s), qPrintable(changed.first().at(1).toString()));
        QVERIFY(page->statusText().contains(u"not a valid connector spec"_s));
        QCOMPARE(page->versionsTable()->model()->rowCount(), 3);
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"custom-connectors-window.png"_s)));
    }
};

QTEST_MAIN(TstCustomConnectorsGui)
#include "tst_customconnectorsgui.moc"

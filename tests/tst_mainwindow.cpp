// The application shell, offscreen: opens a workspace, shows connections, navigates, switches databases.
#include "testsupport.h"
#include "timeouts.h"

#include "common/languages.h"
#include "common/messagebanner.h"
#include "connections/connectionlistmodel.h"
#include "connections/connectionspage.h"
#include "runtime/secretstore.h"
#include "services/workspaceservice.h"
#include "services/workspacesettings.h"
#include "settings/settingspage.h"
#include "shell/mainwindow.h"
#include "store/connectionstore.h"
#include "store/workspace.h"
#include "store/workspacebackup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        Languages::install(qApp, u"en"_s);
    }

    void showsDemoWorkspace()
    {
        WorkspaceService service;
        MemorySecretStore secrets;
        MainWindow window(&service, &secrets);
        window.resize(1100, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(&window, &MainWindow::workspaceReady);

        // An empty workspace first: the page explains what to do.
        window.openWorkspace(DatabaseConfig::sqlite(m_dir.filePath(u"empty.db"_s)));
        QVERIFY(ready.wait(OrionTest::EventTimeout));
        QVERIFY(window.connectionsPage()->isShowingEmptyState());
        QVERIFY(window.databaseStatusText().contains(u"empty.db"_s));
        window.grab().save(Test::screenshotPath(u"connections-empty.png"_s));

        // File → New Demo Workspace.
        ready.clear();
        window.createDemoWorkspace();
        QVERIFY(ready.wait(OrionTest::EventTimeout));
        QVERIFY(!window.connectionsPage()->isShowingEmptyState());
        const auto *model = window.connectionsPage()->model();
        QAbstractItemModelTester tester(const_cast<ConnectionListModel *>(model), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 6);
        int failed = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(model->index(row, 0).data().toString().startsWith(u"Demo · "_s));
            QVERIFY(model->index(row, 0).data(ConnectionListModel::LastSyncAtRole).toDateTime().isValid());
            failed += model->index(row, 0).data(ConnectionListModel::HealthRole).toInt() == int(HealthStatus::Failed);
        }
        QCOMPARE(failed, 1);
        QVERIFY(window.databaseStatusText().contains(u"demo-workspace.db"_s));
        // The demo workspace became the saved one.
        QCOMPARE(WorkspaceSettings::databaseConfig().sqlitePath, WorkspaceSettings::demoSqlitePath());

        // The view shows translated health labels, sorted by name.
        QTableView *view = window.connectionsPage()->view();
        QCOMPARE(view->model()->rowCount(), 6);
        QVERIFY(view->model()->index(0, 0).data().toString() < view->model()->index(5, 0).data().toString());
        QTest::qWait(50);
        QVERIFY(window.grab().save(Test::screenshotPath(u"main-window.png"_s)));

        // Filtering.
        auto *filter = window.connectionsPage()->findChild<QLineEdit *>();
        QVERIFY(filter);
        QTest::keyClicks(filter, u"hubspot"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        filter->clear();
        QCOMPARE(view->model()->rowCount(), 6);

        // Keyboard navigation between pages.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::ActivityPageIndex);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::DashboardPageIndex);
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::MappingsPageIndex);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::MarketplacePageIndex);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::WorkersPageIndex);
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::SettingsPageIndex);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::ConnectionsPageIndex);
    }

    void badWorkspaceShowsBannerAndKeepsRunning()
    {
        WorkspaceService service;
        MemorySecretStore secrets;
        MainWindow window(&service, &secrets);
        window.resize(1100, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(&window, &MainWindow::workspaceReady);
        const auto good = DatabaseConfig::sqlite(m_dir.filePath(u"good.db"_s));
        window.openWorkspace(good);
        QVERIFY(ready.wait(OrionTest::EventTimeout));

        const QString corrupt = m_dir.filePath(u"corrupt.db"_s);
        QFile f(corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not a database");
        f.close();
        QSignalSpy failed(&service, &WorkspaceService::workspaceOpenFailed);
        window.openWorkspace(DatabaseConfig::sqlite(corrupt));
        QVERIFY(failed.wait(OrionTest::EventTimeout));
        QVERIFY2(window.banner()->text().contains(u"not a SQLite database"_s), qPrintable(window.banner()->text()));
        QVERIFY(window.banner()->text().contains(u"stays open"_s));
        QVERIFY(window.databaseStatusText().contains(u"good.db"_s));
        QVERIFY(window.isVisible());
    }

    // A damaged workspace is never a dead end: the banner names the damage and offers recovery, which
    // keeps a copy of the damaged file, restores the newest sound backup and reopens the workspace.
    void damagedWorkspaceOffersRecovery()
    {
        const QString path = m_dir.filePath(u"damaged/workspace.db"_s);
        QString error;
        {
            auto workspace = Workspace::open(DatabaseConfig::sqlite(path), {}, &error);
            QVERIFY2(workspace, qPrintable(error));
            ConnectionStore store(*workspace);
            for (const QString &name : {u"north"_s, u"south"_s, u"west"_s})
                QVERIFY2(store.createConnection(Test::newConnection(name, u"stripe"_s), &error), qPrintable(error));
            WorkspaceBackup::Backup made;
            QVERIFY2(WorkspaceBackup::create(workspace->database(), u"manual"_s, &made, &error), qPrintable(error));
        }
        QVERIFY2(Test::damageSqliteTable(path, u"connections"_s, &error), qPrintable(error));

        WorkspaceService service;
        MemorySecretStore secrets;
        MainWindow window(&service, &secrets);
        window.resize(1100, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy damaged(&service, &WorkspaceService::workspaceDamaged);
        window.openWorkspace(DatabaseConfig::sqlite(path));
        QVERIFY(!damaged.isEmpty() || damaged.wait(OrionTest::EventTimeout));
        // Whatever else the open reports (the connections cannot be listed), the offer stays.
        QTRY_VERIFY_WITH_TIMEOUT(!service.isBusy(), OrionTest::EventTimeout);
        QCoreApplication::processEvents();
        MessageBanner *banner = window.recoveryBanner();
        QVERIFY(banner->isVisibleTo(&window));
        QCOMPARE(banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(banner->text().contains(u"is damaged"_s), qPrintable(banner->text()));
        QVERIFY(banner->actionButton()->isVisibleTo(&window));
        QVERIFY(banner->actionButton()->text().contains(u"Recover Workspace"_s));
        QVERIFY(window.grab().save(Test::screenshotPath(u"workspace-damaged.png"_s)));

        // The question is modal: answer it from inside its own event loop.
        QTimer answer;
        answer.setInterval(20);
        QString question;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                question = box->text();
                box->button(QMessageBox::Yes)->click();
                answer.stop();
            }
        });
        answer.start();
        QSignalSpy recovered(&service, &WorkspaceService::workspaceRecovered);
        QSignalSpy ready(&window, &MainWindow::workspaceReady);
        banner->actionButton()->click();
        QVERIFY2(question.contains(u"A copy of the damaged file is kept"_s), qPrintable(question));
        QVERIFY(!recovered.isEmpty() || recovered.wait(OrionTest::EventTimeout));
        QVERIFY(!ready.isEmpty() || ready.wait(OrionTest::EventTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionsPage()->model()->rowCount(), 3, OrionTest::EventTimeout);
        QVERIFY(!banner->isVisibleTo(&window));
        QCOMPARE(window.banner()->kind(), MessageBanner::Kind::Information);
        QVERIFY2(window.banner()->text().contains(u"backup"_s), qPrintable(window.banner()->text()));
        bool keptDamaged = false;
        for (const WorkspaceBackup::Backup &b : WorkspaceBackup::list(path))
            keptDamaged = keptDamaged || b.reason == u"damaged"_s;
        QVERIFY(keptDamaged);
        QVERIFY(window.grab().save(Test::screenshotPath(u"workspace-recovered.png"_s)));
    }

    void settingsTestConnectionAndSwitchToPostgres()
    {
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        WorkspaceService service;
        MemorySecretStore secrets;
        MainWindow window(&service, &secrets);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(&window, &MainWindow::workspaceReady);
        window.openWorkspace(DatabaseConfig::sqlite(m_dir.filePath(u"before.db"_s)));
        QVERIFY(ready.wait(OrionTest::EventTimeout));
        window.showPage(MainWindow::SettingsPageIndex);
        SettingsPage *settings = window.settingsPage();

        DatabaseConfig pg = Test::createPostgresDatabase();
        pg.sslMode = DatabaseConfig::SslMode::Disable;
        settings->setDatabaseConfig(pg);
        auto *password = settings->findChild<QLineEdit *>(); // first line edit is the SQLite path; find by name
        for (auto *edit : settings->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == "Password"_L1)
                password = edit;
        }
        QVERIFY(password && password->echoMode() == QLineEdit::Password);

        // Wrong password: the exact error, nothing changes.
        QSignalSpy tested(settings, &SettingsPage::testFinished);
        QTest::keyClicks(password, u"wrong"_s);
        settings->testConnection();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY2(settings->testResultText().contains(u"password authentication failed"_s), qPrintable(settings->testResultText()));
        QVERIFY(!settings->testResultText().contains(u"wrong"_s));

        // Right password: the server version and the schema state.
        password->setText(Test::postgresAdminPassword());
        settings->testConnection();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QCOMPARE(tested.last().first().toBool(), true);
        QVERIFY2(settings->testResultText().contains(u"PostgreSQL 17"_s), qPrintable(settings->testResultText()));
        QVERIFY(settings->testResultText().contains(u"empty"_s));
        window.grab().save(Test::screenshotPath(u"settings.png"_s));

        // Apply: reopens on PostgreSQL, migrates, stores the password in the secret store only.
        ready.clear();
        Q_EMIT settings->applyRequested(settings->databaseConfig(), settings->password());
        QVERIFY(ready.wait(OrionTest::EventTimeout));
        QVERIFY2(window.databaseStatusText().startsWith(u"PostgreSQL — "_s), qPrintable(window.databaseStatusText()));
        QCOMPARE(WorkspaceSettings::databaseConfig().engine, DatabaseConfig::Engine::PostgreSql);
        QTRY_COMPARE_WITH_TIMEOUT(secrets.keys(), QStringList{pg.secretKey()}, OrionTest::EventTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(password->text().isEmpty(), OrionTest::EventTimeout); // cleared once the store confirmed the write

        // Next start: the password comes from the secret store.
        {
            WorkspaceService service2;
            MainWindow again(&service2, &secrets);
            QSignalSpy ready2(&again, &MainWindow::workspaceReady);
            again.openConfiguredWorkspace();
            QVERIFY(ready2.wait(OrionTest::EventTimeout));
            QVERIFY(again.databaseStatusText().startsWith(u"PostgreSQL — "_s));
        }
        WorkspaceSettings::setDatabaseConfig(DatabaseConfig::sqlite(WorkspaceSettings::defaultSqlitePath()));
        Test::dropPostgresDatabase(pg.database);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"

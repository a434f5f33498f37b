// The application shell, offscreen: opens a workspace, shows connections, navigates, switches databases.
#include "testsupport.h"
#include "timeouts.h"

#include "common/languages.h"
#include "common/messagebanner.h"
#include "connections/connectionlistmodel.h"
#include "connections/connectionspage.h"
#include "dashboard/dashboardpage.h"
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
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QtCharts>

using namespace Qt::StringLiterals;
using namespace Orion;

namespace {

// Every text a user reads or a screen reader announces in `root`, in creation order: the string
// properties of each widget, action and menu, combo and list items, tab labels and view headers.
QStringList shownTexts(QWidget *root)
{
    static const QSet<QByteArray> properties = {"text",
                                                "title",
                                                "windowTitle",
                                                "toolTip",
                                                "statusTip",
                                                "whatsThis",
                                                "placeholderText",
                                                "accessibleName",
                                                "accessibleDescription",
                                                "specialValueText",
                                                "prefix",
                                                "suffix",
                                                "iconText"};
    QStringList texts;
    QList<QObject *> objects{root};
    objects += root->findChildren<QObject *>();
    for (QObject *object : objects) {
        const QString who = QString::fromLatin1(object->metaObject()->className()) + u'/' + object->objectName() + u' ';
        if (qobject_cast<QLineEdit *>(object) || qobject_cast<QPlainTextEdit *>(object))
            continue; // what the user typed, or a log
        const QMetaObject *meta = object->metaObject();
        for (int i = 0; i < meta->propertyCount(); ++i) {
            const QMetaProperty property = meta->property(i);
            if (property.typeId() == QMetaType::QString && properties.contains(property.name())) {
                const QString value = property.read(object).toString();
                if (!value.isEmpty())
                    texts << who + QString::fromLatin1(property.name()) + u'=' + value;
            }
        }
        if (auto *combo = qobject_cast<QComboBox *>(object)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << who + u"item="_s + combo->itemText(i);
        } else if (auto *list = qobject_cast<QListWidget *>(object)) {
            for (int i = 0; i < list->count(); ++i)
                texts << who + u"item="_s + list->item(i)->text();
        } else if (auto *tabs = qobject_cast<QTabBar *>(object)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << who + u"tab="_s + tabs->tabText(i);
        } else if (auto *header = qobject_cast<QHeaderView *>(object); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                texts << who + u"header="_s + header->model()->headerData(i, header->orientation()).toString();
        } else if (auto *chartView = qobject_cast<QChartView *>(object); chartView && chartView->chart()) {
            const QChart *chart = chartView->chart();
            texts << who + u"chart="_s + chart->title();
            for (const QAbstractAxis *axis : chart->axes())
                texts << who + u"axis="_s + axis->titleText();
            for (const QAbstractSeries *series : chart->series())
                texts << who + u"series="_s + series->name();
        }
    }
    return texts;
}

// What `actual` shows that `expected` does not, and the other way round. As multisets: raising a
// page of a QStackedWidget reorders its parent's children, so positions are not compared.
QString textDifferences(QStringList actual, QStringList expected)
{
    actual.sort();
    expected.sort();
    QStringList lines;
    qsizetype i = 0, j = 0;
    while (i < actual.size() || j < expected.size()) {
        if (j == expected.size() || (i < actual.size() && actual.at(i) < expected.at(j)))
            lines << u"only after the switch: "_s + actual.at(i++);
        else if (i == actual.size() || expected.at(j) < actual.at(i))
            lines << u"only when built so: "_s + expected.at(j++);
        else
            ++i, ++j;
    }
    return lines.join(u'\n');
}

} // namespace

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
        QCOMPARE(window.currentPage(), MainWindow::CustomConnectorsPageIndex);
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::WorkersPageIndex);
        QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
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

        DatabaseConfig pg = Test::createPostgresDatabase(Test::Schema::None);
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
        // An empty database: a member's desktop never sets up a shared workspace; its owner does.
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY2(settings->testResultText().contains(u"PostgreSQL 17"_s), qPrintable(settings->testResultText()));
        QVERIFY2(settings->testResultText().contains(u"no Orion schema yet"_s) && settings->testResultText().contains(u"migrate --as-owner"_s),
                 qPrintable(settings->testResultText()));
        {
            QString error;
            QVERIFY2(Workspace::open(pg, Test::postgresAdminPassword(), &error, Test::ownerOptions()), qPrintable(error)); // the owner
        }
        settings->testConnection();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QCOMPARE(tested.last().first().toBool(), true);
        QVERIFY2(settings->testResultText().contains(u"(current)"_s), qPrintable(settings->testResultText()));
        window.grab().save(Test::screenshotPath(u"settings.png"_s));

        // Apply: reopens on PostgreSQL, stores the password in the secret store only.
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
    // Settings ▸ Language retranslates the open window at once: after a switch, every text of the
    // window is what a window built in that language shows, and switching back restores English.
    // The shell a desktop user expects: the title says where one is, File ▸ Open Workspace and
    // Recent Workspaces switch and come back, a demo workspace asks first, View ▸ Theme recolours
    // the open window, the last size and page come back, Help lists the shortcuts.
    void titleRecentWorkspacesThemeAndLayout()
    {
        WorkspaceSettings::clearRecentWorkspaces();
        const QString first = m_dir.filePath(u"first.db"_s);
        const QString second = m_dir.filePath(u"second.db"_s);
        {
            WorkspaceService creator;
            QSignalSpy opened(&creator, &WorkspaceService::workspaceOpened);
            creator.open(DatabaseConfig::sqlite(second), QString());
            QVERIFY(opened.wait(OrionTest::EventTimeout));
        }
        WorkspaceService service;
        MemorySecretStore secrets;
        auto window = std::make_unique<MainWindow>(&service, &secrets);
        window->resize(1100, 748);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy ready(window.get(), &MainWindow::workspaceReady);
        window->openWorkspace(DatabaseConfig::sqlite(first));
        QVERIFY(ready.wait(OrionTest::EventTimeout));
        QCOMPARE(window->windowTitle(), u"Connections — first.db — Orion Connector Studio"_s);
        QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window->windowTitle(), u"Dashboard — first.db — Orion Connector Studio"_s);

        // File ▸ Open Workspace… (Ctrl+O): a file dialog, the chosen file opened and remembered.
        QTest::keyClick(window.get(), Qt::Key_O, Qt::ControlModifier);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QFileDialog *>(u"openWorkspaceDialog"_s), OrionTest::EventTimeout);
        dialog = window->findChild<QFileDialog *>(u"openWorkspaceDialog"_s);
        QCOMPARE(QDir(dialog->directory()).absolutePath(), QFileInfo(first).absolutePath()); // where the open one is
        ready.clear();
        dialog->selectFile(second);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as the Open button
        QVERIFY(ready.wait(OrionTest::EventTimeout));
        QCOMPARE(window->windowTitle(), u"Dashboard — second.db — Orion Connector Studio"_s);
        QCOMPARE(WorkspaceSettings::databaseConfig().sqlitePath, second);

        // Recent Workspaces: newest first, the open one checked; choosing one goes back to it.
        auto *recent = window->findChild<QMenu *>(u"recentWorkspacesMenu"_s);
        QVERIFY(recent);
        QList<QAction *> entries;
        for (QAction *action : recent->actions())
            if (action->isCheckable())
                entries << action;
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(0)->text().contains(u"second.db"_s));
        QVERIFY(entries.at(0)->isChecked());
        QVERIFY(entries.at(1)->text().contains(u"first.db"_s));
        QVERIFY(!entries.at(1)->isChecked());
        ready.clear();
        entries.at(1)->trigger();
        QVERIFY(ready.wait(OrionTest::EventTimeout));
        QCOMPARE(window->windowTitle(), u"Dashboard — first.db — Orion Connector Studio"_s);
        QCOMPARE(WorkspaceSettings::recentWorkspaces().first().sqlitePath, first);

        // New Demo Workspace asks first and says where it goes and how to come back; Cancel changes nothing.
        window->requestDemoWorkspace();
        QMessageBox *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QMessageBox *>(u"demoWorkspaceQuestion"_s), OrionTest::EventTimeout);
        ask = window->findChild<QMessageBox *>(u"demoWorkspaceQuestion"_s);
        QVERIFY2(ask->informativeText().contains(QDir::toNativeSeparators(WorkspaceSettings::demoSqlitePath())), qPrintable(ask->informativeText()));
        QVERIFY2(ask->informativeText().contains(u"Recent Workspaces"_s), qPrintable(ask->informativeText()));
        QVERIFY(ask->grab().save(Test::screenshotPath(u"demo-workspace-question.png"_s)));
        ask->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<QMessageBox *>(u"demoWorkspaceQuestion"_s), OrionTest::EventTimeout);
        QCoreApplication::processEvents();
        QCOMPARE(service.current().config.sqlitePath, first);

        // View ▸ Theme ▸ Dark recolours the open window at once (and is remembered); the selected
        // page's icon is drawn in the highlight's text colour, so it shows on the highlight.
        QAction *dark = nullptr;
        QAction *system = nullptr;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->data() == u"dark"_s)
                dark = action;
            if (action->data() == u"system"_s)
                system = action;
        }
        QVERIFY(dark && system);
        QVERIFY(system->isChecked());
        const QColor lightWindow = window->palette().color(QPalette::Window);
        dark->trigger();
        QCoreApplication::processEvents();
        QVERIFY(window->palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(WorkspaceSettings::theme(), u"dark"_s);
        auto *navigation = window->findChild<QListWidget *>(u"navigation"_s);
        QCOMPARE(navigation->palette().color(QPalette::Base), window->palette().color(QPalette::Window));
        const QImage selected = navigation->currentItem()->icon().pixmap(navigation->iconSize(), QIcon::Selected).toImage();
        const QImage normal = navigation->currentItem()->icon().pixmap(navigation->iconSize(), QIcon::Normal).toImage();
        auto strokeColour = [](const QImage &image) { // the most opaque pixel's colour
            QRgb best = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qAlpha(image.pixel(x, y)) > qAlpha(best))
                        best = image.pixel(x, y);
            return QColor(qRed(best), qGreen(best), qBlue(best));
        };
        QCOMPARE(strokeColour(selected), window->palette().color(QPalette::HighlightedText));
        QVERIFY(strokeColour(normal).lightness() > 150); // light strokes on the dark window
        window->showPage(MainWindow::ConnectionsPageIndex);
        QTest::qWait(20);
        QVERIFY(window->grab().save(Test::screenshotPath(u"main-window-dark.png"_s)));
        system->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(window->palette().color(QPalette::Window), lightWindow);
        QCOMPARE(WorkspaceSettings::theme(), u"system"_s);

        // Help ▸ Keyboard Shortcuts lists the menus' shortcuts.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Slash, Qt::ControlModifier);
        QDialog *shortcuts = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(window->findChild<QDialog *>(u"shortcutsDialog"_s), OrionTest::EventTimeout);
        shortcuts = window->findChild<QDialog *>(u"shortcutsDialog"_s);
        auto *tree = shortcuts->findChild<QTreeWidget *>();
        QVERIFY(tree);
        QStringList rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            rows << tree->topLevelItem(i)->text(0) + u" = "_s + tree->topLevelItem(i)->text(1);
        QVERIFY2(rows.contains(u"File ▸ Open Workspace = "_s + QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
                 qPrintable(rows.join(u'\n')));
        QVERIFY2(rows.contains(u"View ▸ Dashboard = Ctrl+3"_s), qPrintable(rows.join(u'\n')));
        QVERIFY(shortcuts->grab().save(Test::screenshotPath(u"keyboard-shortcuts.png"_s)));
        shortcuts->reject();

        // Size, position and page come back in the next session.
        window->showPage(MainWindow::ActivityPageIndex);
        window->resize(900, 770);
        QCoreApplication::processEvents();
        window->close();
        window.reset();
        WorkspaceService service2;
        MainWindow next(&service2, &secrets);
        next.restoreLayout();
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QCOMPARE(next.currentPage(), MainWindow::ActivityPageIndex);
        // The offscreen screen is 800 wide, narrower than the window's minimum: restoreGeometry keeps
        // the window on its screen, so only the height comes back as it was.
        QCOMPARE(next.height(), 770);
        QCOMPARE(next.width(), std::max(next.minimumSizeHint().width(), std::min(900, next.screen()->availableGeometry().width())));
        QCOMPARE(next.windowTitle(), u"Activity — Orion Connector Studio"_s); // nothing opened yet
        WorkspaceSettings::setWindowLayout({}, {}, 0);
        WorkspaceSettings::clearRecentWorkspaces();
    }

    void languageSwitchRetranslatesTheOpenWindow()
    {
        WorkspaceService service;
        MemorySecretStore secrets;
        MainWindow window(&service, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Quiet first: the dashboard asks for its figures once (here: "no workspace open").
        QTRY_VERIFY_WITH_TIMEOUT(!window.dashboardPage()->isQuerying(), OrionTest::EventTimeout);
        QCoreApplication::processEvents();
        const QStringList english = shownTexts(&window);
        QVERIFY(english.size() > 200);
        // Every input in a form has its label (a row made with an empty label text has none at all).
        for (const QFormLayout *form : window.findChildren<QFormLayout *>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                const QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
                QWidget *input = field ? field->widget() : nullptr;
                if (!input || qobject_cast<QLabel *>(input) || qobject_cast<QAbstractButton *>(input))
                    continue; // notes, check boxes and buttons speak for themselves
                const QLayoutItem *label = form->itemAt(row, QFormLayout::LabelRole);
                const auto *text = label ? qobject_cast<QLabel *>(label->widget()) : nullptr;
                QVERIFY2(text && !text->text().isEmpty(), qPrintable(u"%1 has no label"_s.arg(input->accessibleName())));
            }
        }

        auto *languages = window.settingsPage()->findChild<QComboBox *>(u"language"_s);
        QVERIFY(languages);
        const int german = languages->findData(u"de"_s);
        QVERIFY(german > 0);
        languages->setCurrentIndex(german);
        Q_EMIT languages->activated(german);
        QCoreApplication::processEvents();
        QTRY_VERIFY_WITH_TIMEOUT(!window.dashboardPage()->isQuerying(), OrionTest::EventTimeout);
        QCOMPARE(WorkspaceSettings::language(), u"de"_s);
        QCOMPARE(window.findChild<QListWidget *>(u"navigation"_s)->item(0)->text(), u"Verbindungen"_s);
        window.showPage(MainWindow::SettingsPageIndex);
        window.resize(1100, 748);
        QVERIFY(window.grab().save(Test::screenshotPath(u"settings-language-switched.png"_s)));
        const QStringList switched = shownTexts(&window);
        {
            WorkspaceService service2;
            MainWindow fresh(&service2, &secrets);
            fresh.showPage(MainWindow::SettingsPageIndex); // the window title names the page
            fresh.show();
            QVERIFY(QTest::qWaitForWindowExposed(&fresh));
            QTRY_VERIFY_WITH_TIMEOUT(!fresh.dashboardPage()->isQuerying(), OrionTest::EventTimeout);
            QCoreApplication::processEvents();
            const QStringList built = shownTexts(&fresh);
            const QString differences = textDifferences(switched, built);
            QVERIFY2(differences.isEmpty(), qPrintable(differences));
        }
        int changed = 0;
        for (qsizetype i = 0; i < english.size(); ++i)
            changed += english.at(i) != switched.at(i);
        QVERIFY2(changed > english.size() / 3, qPrintable(QString::number(changed)));

        // A second switch replaces the German catalogue (French, not a mix), then back to English.
        Languages::install(qApp, u"fr"_s);
        QCoreApplication::processEvents();
        QCOMPARE(window.findChild<QListWidget *>(u"navigation"_s)->item(0)->text(), u"Connexions"_s);
        window.showPage(MainWindow::ConnectionsPageIndex);
        const int englishIndex = languages->findData(u"en"_s);
        languages->setCurrentIndex(englishIndex);
        Q_EMIT languages->activated(englishIndex);
        QCoreApplication::processEvents();
        QTRY_VERIFY_WITH_TIMEOUT(!window.dashboardPage()->isQuerying(), OrionTest::EventTimeout);
        const QString differences = textDifferences(shownTexts(&window), english);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
        WorkspaceSettings::setLanguage(QString());
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"

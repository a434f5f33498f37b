// The main window's menus: File (workspaces, the builder), View (pages, theme), Help.
#include "mainwindow.h"

#include "common/retranslate.h"
#include "common/theme.h"
#include "services/workspaceservice.h"
#include "services/workspacesettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QList<DatabaseConfig> recent = WorkspaceSettings::recentWorkspaces();
    const QString open = m_workspace->isOpen() ? m_workspace->current().config.toUrl() : QString();
    int number = 0;
    for (const DatabaseConfig &config : recent) {
        const bool sqlite = config.engine == DatabaseConfig::Engine::Sqlite;
        const QString name = sqlite
            ? u"%1 (%2)"_s.arg(QFileInfo(config.sqlitePath).fileName(), QDir::toNativeSeparators(QFileInfo(config.sqlitePath).absolutePath()))
            : config.displayName();
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(++number).arg(QString(name).replace(u'&', u"&&"_s)), this, [this, config] {
            m_saveOnOpen = true;
            openWorkspace(config);
        });
        action->setToolTip(config.displayName());
        action->setStatusTip(config.displayName());
        action->setCheckable(true);
        action->setChecked(config.toUrl() == open);
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        WorkspaceSettings::clearRecentWorkspaces();
        rebuildRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::chooseWorkspaceFile()
{
    const QString current = m_workspace->isOpen() && m_workspace->current().config.engine == DatabaseConfig::Engine::Sqlite
        ? QFileInfo(m_workspace->current().config.sqlitePath).absolutePath()
        : QFileInfo(WorkspaceSettings::defaultSqlitePath()).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Open Workspace"), current, tr("Workspaces (*.db *.sqlite *.sqlite3);;All files (*)"));
    dialog->setObjectName(u"openWorkspaceDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_saveOnOpen = true;
        m_pendingPassword.clear();
        openWorkspace(DatabaseConfig::sqlite(path));
    });
    dialog->open();
}

void MainWindow::requestDemoWorkspace()
{
    const QString demo = QDir::toNativeSeparators(WorkspaceSettings::demoSqlitePath());
    const QString now = m_workspace->isOpen() ? m_workspace->current().config.displayName() : QString();
    auto *ask = new QMessageBox(QMessageBox::Question, tr("New Demo Workspace"),
                                tr("Create a demo workspace with six sample connections and 90 days of sync history?"), QMessageBox::NoButton, this);
    ask->setObjectName(u"demoWorkspaceQuestion"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setInformativeText(
        now.isEmpty() || now.contains(demo)
            ? tr("It is a file of its own, %1, created anew; the app switches to it.").arg(demo)
            : tr("It is a file of its own, %1, created anew; the app switches to it. The workspace open now (%2) is kept as it is: "
                 "File ▸ Recent Workspaces takes you back to it.")
                  .arg(demo, now));
    QPushButton *create = ask->addButton(tr("&Create Demo Workspace"), QMessageBox::AcceptRole);
    ask->addButton(QMessageBox::Cancel);
    ask->setDefaultButton(create);
    connect(ask, &QMessageBox::buttonClicked, this, [this, create](QAbstractButton *button) {
        if (button == create)
            createDemoWorkspace();
    });
    ask->open();
}

void MainWindow::showShortcuts()
{
    // Every menu action with a shortcut, as the menus name them (without their mnemonics).
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"shortcutsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(dialog);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    const auto plain = [](QString text) { return text.remove(u'&').remove(u"…"_s); };
    for (QAction *menuAction : menuBar()->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (const QAction *action : menu->actions()) {
            if (action->shortcut().isEmpty())
                continue;
            auto *item = new QTreeWidgetItem(
                tree, {plain(menu->title()) + u" ▸ "_s + plain(action->text()), action->shortcut().toString(QKeySequence::NativeText)});
            item->setToolTip(0, action->statusTip());
        }
    }
    for (const auto &[what, keys] : {std::pair{tr("Move between fields and lists"), tr("Tab, Shift+Tab")},
                                     std::pair{tr("Open the context menu of a list or chart"), tr("Menu key, Shift+F10")},
                                     std::pair{tr("Close a dialog without saving"), tr("Esc")}})
        new QTreeWidgetItem(tree, {what, keys});
    tree->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog->resize(560, 420);
    dialog->open();
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(QString());
    QAction *openFile = file->addAction(QString(), this, &MainWindow::chooseWorkspaceFile);
    openFile->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(QString());
    m_recentMenu->setObjectName(u"recentWorkspacesMenu"_s);
    QAction *demo = file->addAction(QString(), this, &MainWindow::requestDemoWorkspace);
    file->addSeparator();
    QAction *build = file->addAction(QString(), this, [this] { openConnectorBuilder(); });
    build->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    QAction *quit = file->addAction(QString(), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(QString());
    const QList<Page> pages = {ConnectionsPageIndex, ActivityPageIndex,         DashboardPageIndex, MappingsPageIndex,
                               MarketplacePageIndex, CustomConnectorsPageIndex, WorkersPageIndex,   SettingsPageIndex};
    QList<QAction *> pageActions;
    for (const Page page : pages) {
        QAction *action = view->addAction(QString(), this, [this, page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(pageActions.size()))));
        pageActions << action;
    }

    view->addSeparator();
    QMenu *themeMenu = view->addMenu(QString());
    m_themeGroup = new QActionGroup(this);
    QList<QAction *> themeActions;
    for (const QString &theme : {u"system"_s, u"light"_s, u"dark"_s}) {
        QAction *action = themeMenu->addAction(QString(), this, [theme] {
            Theme::apply(theme);
            WorkspaceSettings::setTheme(theme);
        });
        action->setCheckable(true);
        action->setData(theme);
        action->setChecked(theme == Theme::current());
        m_themeGroup->addAction(action);
        themeActions << action;
    }

    QMenu *help = menuBar()->addMenu(QString());
    QAction *shortcuts = help->addAction(QString(), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *about = help->addAction(QString(), this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(QString(), qApp, &QApplication::aboutQt);

    onLanguageChange(this, [=, this] {
        file->setTitle(tr("&File"));
        openFile->setText(tr("&Open Workspace…"));
        openFile->setStatusTip(tr("Open a SQLite workspace file"));
        m_recentMenu->setTitle(tr("Recent &Workspaces"));
        demo->setText(tr("New &Demo Workspace…"));
        demo->setStatusTip(tr("Create a workspace with sample connections and 90 days of sync history"));
        build->setText(tr("New &Custom Connector…"));
        build->setStatusTip(tr("Describe a REST API and build a connector for it, without code"));
        quit->setText(tr("&Quit"));
        view->setTitle(tr("&View"));
        const QStringList labels = {tr("&Connections"), tr("&Activity"),          tr("&Dashboard"), tr("&Mappings"),
                                    tr("Mar&ketplace"), tr("C&ustom Connectors"), tr("&Workers"),   tr("&Settings")};
        for (int i = 0; i < pageActions.size(); ++i)
            pageActions.at(i)->setText(labels.at(i));
        themeMenu->setTitle(tr("&Theme"));
        const QStringList themeNames = {tr("&System Colours"), tr("&Light"), tr("&Dark")};
        for (int i = 0; i < themeActions.size(); ++i)
            themeActions.at(i)->setText(themeNames.at(i));
        help->setTitle(tr("&Help"));
        shortcuts->setText(tr("&Keyboard Shortcuts"));
        about->setText(tr("&About Orion Connector Studio"));
        aboutQt->setText(tr("About &Qt"));
    });
}

} // namespace Orion

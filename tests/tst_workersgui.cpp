// The Workers page and "Run on Workers" on a real PostgreSQL workspace with a real `orion worker`
// process: queue a connection's streams from the Connections page, watch the queue and the live
// worker, cancel and retry a job; and what the page says on SQLite.
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "common/languages.h"
#include "connections/connectiondialog.h"
#include "connections/connectionlistmodel.h"
#include "connections/connectionspage.h"
#include "connections/scheduleeditor.h"
#include "runtime/credentialstore.h"
#include "runtime/secretstore.h"
#include "services/workspaceservice.h"
#include "shell/mainwindow.h"
#include "store/connectionstore.h"
#include "store/jobqueue.h"
#include "store/workspace.h"
#include "workers/workerspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstWorkersGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Fakes::FakeStripe m_stripe;
    DatabaseConfig m_db;
    WorkspaceService *m_service = nullptr;
    MainWindow *m_window = nullptr;

    qint64 scalar(const QString &sql)
    {
        QString error;
        auto w = Workspace::open(m_db, Test::postgresAdminPassword(), &error);
        QSqlQuery q(w->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }
    static void shoot(QWidget *w, const QString &name) { QVERIFY(w->grab().save(Test::screenshotPath(name))); }
    static int rowOfJob(QStandardItemModel *model, qint64 id)
    {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(Test::postgresAvailable(), qPrintable(Test::postgresUnavailableReason()));
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        Languages::install(qApp, u"en"_s);
        QVERIFY(m_stripe.start());
        m_stripe.setCustomerCount(250);
        m_db = Test::createPostgresDatabase();
        QString error;
        {
            auto admin = Workspace::open(m_db, Test::postgresAdminPassword(), &error); // migrates: creates the group roles
            QVERIFY2(admin, qPrintable(error));
            QVERIFY2(Test::ensureLoginRole(u"orion_test_worker"_s, u"worker-pw"_s, u"orion_worker"_s, &error), qPrintable(error));
            ConnectionStore::NewConnection c = Test::newConnection(u"team-stripe"_s, u"stripe"_s);
            c.settings = QJsonObject{{u"api_base"_s, m_stripe.baseUrl().toString()}, {u"requests_per_second"_s, 0}};
            QVERIFY2(ConnectionStore(*admin).createConnection(Test::withUid(c), &error), qPrintable(error));
        }
        m_service = new WorkspaceService(this);
        m_window = new MainWindow(m_service, new MemorySecretStore(this), std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>()));
        m_window->resize(1180, 720);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QSignalSpy ready(m_window, &MainWindow::workspaceReady);
        m_window->openWorkspace(m_db, Test::postgresAdminPassword());
        QVERIFY(ready.wait(OrionTest::EventTimeout));
    }
    void cleanupTestCase()
    {
        delete m_window;
        Test::dropPostgresDatabase(m_db.database);
    }

    void runOnWorkersAndWatchTheQueue()
    {
        ConnectionsPage *connections = m_window->connectionsPage();
        QTRY_COMPARE_WITH_TIMEOUT(connections->model()->rowCount(), 1, OrionTest::EventTimeout);
        connections->selectConnection(u"team-stripe"_s);
        QTRY_VERIFY_WITH_TIMEOUT(connections->selectedConnection().has_value(), OrionTest::EventTimeout);
        QToolButton *runOnWorkers = nullptr;
        for (QToolButton *b : connections->findChildren<QToolButton *>())
            if (b->text() == u"Run on Workers"_s)
                runOnWorkers = b;
        QVERIFY(runOnWorkers);
        QTRY_VERIFY_WITH_TIMEOUT(runOnWorkers->isVisible() && runOnWorkers->isEnabled(), OrionTest::EventTimeout);
        runOnWorkers->click();
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM sync_jobs WHERE state = 'queued'"_s), qint64(2),
                                  OrionTest::EventTimeout); // customers, invoices
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"Queued 2 jobs"_s), OrionTest::EventTimeout);

        // The Workers page: the queue without workers yet.
        m_window->showPage(MainWindow::WorkersPageIndex);
        WorkersPage *page = m_window->workersPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->jobsModel()->rowCount(), 2, OrionTest::EventTimeout);
        QCOMPARE(page->workersModel()->rowCount(), 0);
        QVERIFY2(page->summaryText().contains(u"0 live workers · 2 queued"_s), qPrintable(page->summaryText()));

        // Cancel the invoices job, then retry it.
        const qint64 invoices = scalar(u"SELECT id FROM sync_jobs WHERE stream = 'invoices'"_s);
        page->selectJob(invoices);
        QSignalSpy done(page, &WorkersPage::actionFinished);
        page->cancelSelected();
        QVERIFY(done.wait(OrionTest::EventTimeout));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE id = %1 AND state = 'cancelled'"_s.arg(invoices)), qint64(1));
        QTRY_VERIFY_WITH_TIMEOUT(rowOfJob(page->jobsModel(), invoices) >= 0
                                     && page->jobsModel()->item(rowOfJob(page->jobsModel(), invoices), 3)->text() == u"Cancelled"_s,
                                 OrionTest::EventTimeout);
        page->selectJob(invoices);
        page->retrySelected();
        QVERIFY(done.wait(OrionTest::EventTimeout));
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QCOMPARE(scalar(u"SELECT count(*) FROM sync_jobs WHERE state = 'queued'"_s), qint64(2));

        // A worker process on "another machine" (same host here) takes both jobs. Workers serve every
        // owner, so their secrets file holds the key by connection id (never by name).
        {
            FileSecretBackend file(m_dir.filePath(u"config/orion-studio/secrets.json"_s));
            QString error;
            QVERIFY2(file.write(CredentialStore::storageKey(Test::owner(u"team-stripe"_s), u"api_key"_s), m_stripe.apiKey(), &error),
                     qPrintable(error));
        }
        QProcess worker;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"ORION_SECRET_BACKEND"_s, u"file"_s);
        env.insert(u"ORION_DB_PASSWORD"_s, u"worker-pw"_s);
        worker.setProcessEnvironment(env);
        DatabaseConfig config = m_db;
        config.user = u"orion_test_worker"_s;
        m_stripe.setResponseDelay(700); // slow enough to see it running (about 3 s for both jobs)
        worker.start(
            QStringLiteral(ORION_CLI_PATH),
            {u"--db"_s, config.toUrl(), u"worker"_s, u"--name"_s, u"build-server-1"_s, u"--concurrency"_s, u"1"_s, u"--heartbeat-ms"_s, u"300"_s});
        QVERIFY(worker.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(page->workersModel()->rowCount() == 1 && page->workersModel()->item(0, 0)->text() == u"build-server-1"_s,
                                 OrionTest::EventTimeout);
        QTRY_VERIFY_WITH_TIMEOUT((page->refresh(), page->summaryText().contains(u"1 live worker · 1 queued · 1 running"_s)), OrionTest::EventTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->workersModel()->item(0, 2)->text() == u"1 of 1"_s, OrionTest::EventTimeout);
        // Progress of the running job arrives with the worker's heartbeats (100 records a page).
        QTRY_VERIFY_WITH_TIMEOUT((page->refresh(),
                                  page->jobsModel()->rowCount() == 2 && page->jobsModel()->item(0, 3)->text() == u"Running"_s
                                      && page->jobsModel()->item(0, 4)->text().toInt() >= 100),
                                 OrionTest::EventTimeout);
        shoot(m_window, u"workers.png"_s);
        m_stripe.setResponseDelay(0);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(u"SELECT count(*) FROM sync_jobs WHERE state = 'succeeded'"_s), qint64(2), OrionTest::EventTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(page->summaryText().contains(u"0 queued · 0 running · 0 failed"_s), OrionTest::EventTimeout);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers"_s), qint64(250));
        ::kill(pid_t(worker.processId()), SIGTERM);
        QVERIFY(worker.waitForFinished(30000));
        QCOMPARE(worker.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(page->workersModel()->item(0, 4)->text().startsWith(u"stopped"_s), OrionTest::EventTimeout);
    }

    // On PostgreSQL the schedule editor offers "Run on workers"; saved, the table says so.
    void scheduleOnWorkersFromTheDialog()
    {
        m_window->showPage(MainWindow::ConnectionsPageIndex);
        ConnectionsPage *connections = m_window->connectionsPage();
        connections->selectConnection(u"team-stripe"_s);
        QTRY_VERIFY_WITH_TIMEOUT(connections->selectedConnection().has_value(), OrionTest::EventTimeout);
        ConnectionDialog *dialog = connections->openEditDialog();
        QVERIFY(dialog);
        QCheckBox *onWorkers = dialog->scheduleEditor()->findChild<QCheckBox *>();
        QVERIFY(onWorkers && onWorkers->isVisibleTo(dialog));
        dialog->scheduleEditor()->setSchedule(Schedule::every(3600), false);
        onWorkers->setChecked(true);
        QVERIFY(dialog->runOnWorkers());
        QSignalSpy saved(m_service, &WorkspaceService::connectionSaved);
        dialog->accept();
        QVERIFY(saved.wait(OrionTest::EventTimeout));
        QCOMPARE(scalar(u"SELECT count(*) FROM connections WHERE name = 'team-stripe' AND schedule = 'every 1h' AND run_on_workers "
                        "AND next_sync_at > now()"_s),
                 qint64(1));
        QTRY_VERIFY_WITH_TIMEOUT(connections->selectedConnection()->runOnWorkers, OrionTest::EventTimeout);
        const int row = connections->model()->rowOfId(connections->selectedConnection()->id);
        QCOMPARE(connections->model()->index(row, ConnectionListModel::ScheduleColumn).data().toString(), u"Every hour · on workers"_s);
    }

    void sqliteSaysWhyThereAreNoWorkers()
    {
        QSignalSpy ready(m_window, &MainWindow::workspaceReady);
        m_window->openWorkspace(DatabaseConfig::sqlite(m_dir.filePath(u"desk.db"_s)));
        QVERIFY(ready.wait(OrionTest::EventTimeout));
        WorkersPage *page = m_window->workersPage();
        page->refresh();
        QSignalSpy refreshed(page, &WorkersPage::refreshed);
        QVERIFY(refreshed.wait(OrionTest::EventTimeout));
        QCOMPARE(page->jobsModel()->rowCount(), 0);
        QVERIFY(page->summaryText().isEmpty());
        // The Connections page offers no "Run on Workers" on SQLite.
        for (QToolButton *b : m_window->connectionsPage()->findChildren<QToolButton *>())
            if (b->text() == u"Run on Workers"_s)
                QVERIFY(!b->isVisibleTo(m_window->connectionsPage()));
        shoot(m_window, u"workers-sqlite.png"_s);
    }
};

QTEST_MAIN(TstWorkersGui)
#include "tst_workersgui.moc"

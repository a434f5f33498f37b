// The Connections and Activity pages driving real syncs against the Stripe fake, offscreen: the
// connection dialog (schema-built form, Test Connection, secrets to the credential store), a
// 100,000-record sync during which the GUI thread never stalls, cancel, and the run history.
#include "fakehubspot.h"
#include "fakesalesforce.h"
#include "fakeslack.h"
#include "fakestripe.h"
#include "testsupport.h"
#include "timeouts.h"

#include "activity/activitypage.h"
#include "common/languages.h"
#include "connections/alertsdialog.h"
#include "connections/connectiondialog.h"
#include "connections/connectionlistmodel.h"
#include "connections/connectionspage.h"
#include "connections/scheduleeditor.h"
#include "mappings/mappingspage.h"
#include "runtime/credentialstore.h"
#include "runtime/secretstore.h"
#include "salesforce/bulkjobsdialog.h"
#include "salesforce/soqleditor.h"
#include "services/slackevents.h"
#include "services/syncjob.h"
#include "services/syncservice.h"
#include "services/workspaceservice.h"
#include "shell/mainwindow.h"
#include "store/workspace.h"
#include "sync/syncrunmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;
using namespace Orion;
using Orion::Fakes::FakeStripe;

class TstSyncGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeStripe m_stripe;
    Fakes::FakeHubSpot m_hubspot;
    Fakes::FakeSalesforce m_salesforce;
    Fakes::FakeSlack m_slack;
    WorkspaceService *m_service = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    std::shared_ptr<MemorySecretBackend> m_secretBackend = std::make_shared<MemorySecretBackend>();
    std::shared_ptr<CredentialStore> m_credentials;
    MainWindow *m_window = nullptr;
    QString m_db;

    template<typename T> static T *named(QWidget *parent, const QString &accessibleName)
    {
        for (T *w : parent->findChildren<T *>())
            if (w->accessibleName() == accessibleName)
                return w;
        return nullptr;
    }
    qint64 scalar(const QString &sql)
    {
        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
        QSqlQuery q(w->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    // Whose secrets: connections made through the dialogs have ids of their own.
    SecretOwner ownerOf(const QString &name) const { return Test::ownerIn(DatabaseConfig::sqlite(m_db), name); }

    // Adds a Stripe connection through the dialog, as a user would.
    void addThroughDialog(const QString &name, const QString &key)
    {
        ConnectionDialog *dialog = m_window->connectionsPage()->openAddDialog();
        QVERIFY(dialog);
        dialog->setConnector(u"stripe"_s);
        dialog->setName(name);
        dialog->setField(u"api_base"_s, m_stripe.baseUrl().toString());
        dialog->setField(u"requests_per_second"_s, u"0"_s);
        dialog->setField(u"api_key"_s, key);
        QSignalSpy saved(m_service, &WorkspaceService::connectionSaved);
        dialog->accept();
        QVERIFY(saved.wait(OrionTest::EventTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->connectionsPage()->selectedConnection().has_value(), OrionTest::EventTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsPage()->selectedConnection()->name, name, OrionTest::EventTimeout);
    }

    void waitForSync()
    {
        QSignalSpy finished(m_window->connectionsPage(), &ConnectionsPage::syncFinished);
        QVERIFY(finished.wait(180000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 10));
        Languages::install(qApp, u"en"_s);
        QVERIFY(m_stripe.start());
        QVERIFY(m_hubspot.start());
        QVERIFY(m_salesforce.start());
        QVERIFY(m_slack.start());
        m_salesforce.setRecordCount(u"Contact"_s, 120);
        m_slack.setChannels(10);
        m_hubspot.setContactCount(40);
        m_stripe.setCustomerCount(100'000);
        m_stripe.setRecording(false); // 1,000 pages: keep the fake lean

        m_service = new WorkspaceService(this);
        m_secrets = new MemorySecretStore(this);
        m_credentials = std::make_shared<CredentialStore>(m_secretBackend);
        m_window = new MainWindow(m_service, m_secrets, m_credentials);
        m_window->resize(1180, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QSignalSpy ready(m_window, &MainWindow::workspaceReady);
        m_db = m_dir.filePath(u"gui.db"_s);
        m_window->openWorkspace(DatabaseConfig::sqlite(m_db));
        QVERIFY(ready.wait(OrionTest::EventTimeout));
    }

    void cleanupTestCase() { delete m_window; }

    void dialogTestsAndSavesAConnection()
    {
        ConnectionDialog *dialog = m_window->connectionsPage()->openAddDialog();
        QVERIFY(dialog);
        // The form comes from the connector's schema.
        QVERIFY(dialog->findChild<QLineEdit *>(u"setting_api_base"_s));
        QCOMPARE(dialog->findChild<QLineEdit *>(u"setting_api_key"_s)->echoMode(), QLineEdit::Password);
        dialog->setConnector(u"hubspot"_s);
        QVERIFY(dialog->findChild<QComboBox *>(u"setting_auth"_s));
        QVERIFY(dialog->findChild<QLineEdit *>(u"setting_access_token"_s)->isVisibleTo(dialog));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"setting_client_id"_s)->isVisibleTo(dialog));
        dialog->setField(u"auth"_s, u"oauth"_s);
        QVERIFY(dialog->findChild<QLineEdit *>(u"setting_client_id"_s)->isVisibleTo(dialog));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"setting_access_token"_s)->isVisibleTo(dialog));

        dialog->setConnector(u"stripe"_s);
        dialog->setName(u"acme-stripe"_s);
        // Validation before saving: a bad URL is named, the dialog stays open.
        // Checked as you type: the problem shows at once and Save stays disabled until it is fixed.
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        dialog->setField(u"api_base"_s, u"ftp://nope"_s);
        QVERIFY2(dialog->statusText().contains(u"\"api_base\" must be an https address"_s), qPrintable(dialog->statusText()));
        QVERIFY(!save->isEnabled());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        dialog->setField(u"api_base"_s, u"http://api.example.com"_s);
        QVERIFY2(dialog->statusText().contains(u"must use https"_s), qPrintable(dialog->statusText()));
        dialog->setField(u"api_base"_s, m_stripe.baseUrl().toString()); // http to loopback is fine
        QVERIFY2(dialog->statusText().isEmpty(), qPrintable(dialog->statusText()));
        QVERIFY(save->isEnabled());
        dialog->setField(u"page_size"_s, u"500"_s);
        QVERIFY2(dialog->statusText().contains(u"between 1 and 100"_s), qPrintable(dialog->statusText()));
        QVERIFY(!save->isEnabled());
        dialog->setField(u"page_size"_s, QString());
        dialog->setName(u"acme\tstripe"_s);
        QVERIFY2(dialog->statusText().contains(u"printable"_s), qPrintable(dialog->statusText()));
        dialog->setName(u"acme-stripe"_s);
        QVERIFY(save->isEnabled());

        dialog->setField(u"api_base"_s, m_stripe.baseUrl().toString());
        dialog->setField(u"requests_per_second"_s, u"0"_s);
        dialog->setField(u"api_key"_s, u"sk_test_wrong_key_000000000"_s);
        QSignalSpy tested(dialog, &ConnectionDialog::testFinished);
        dialog->testConnection();
        QVERIFY(dialog->isTesting()); // returns at once; the request runs on a worker
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(dialog->statusText().contains(u"401"_s), qPrintable(dialog->statusText()));
        QVERIFY(!dialog->statusText().contains(u"sk_test_wrong_key_000000000"_s));

        dialog->setField(u"api_key"_s, m_stripe.apiKey());
        dialog->testConnection();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QCOMPARE(tested.last().at(0).toBool(), true);
        QVERIFY2(dialog->statusText().startsWith(u"Connected: Stripe answered in"_s), qPrintable(dialog->statusText()));
        QVERIFY(dialog->grab().save(Test::screenshotPath(u"connection-dialog.png"_s)));

        QSignalSpy saved(m_service, &WorkspaceService::connectionSaved);
        dialog->accept();
        QVERIFY(saved.wait(OrionTest::EventTimeout));
        QString error;
        QCOMPARE(m_credentials->secret(ownerOf(u"acme-stripe"_s), u"api_key"_s, &error).value_or(QString()), m_stripe.apiKey());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsPage()->model()->rowCount(), 1, OrionTest::EventTimeout);
        QCOMPARE(scalar(u"SELECT count(*) FROM connections WHERE settings LIKE '%sk_test%'"_s), qint64(0));
        QCOMPARE(scalar(u"SELECT count(*) FROM connections WHERE settings LIKE '%api_base%'"_s), qint64(1));
    }

    // The schedule in the connection dialog: a bad cron expression is named before saving; a good
    // one shows its next runs, is saved with its next slot, and the Connections table shows it.
    void scheduleIsEditedInTheDialog()
    {
        ConnectionsPage *page = m_window->connectionsPage();
        page->selectConnection(u"acme-stripe"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page->selectedConnection().has_value(), OrionTest::EventTimeout);
        ConnectionDialog *dialog = page->openEditDialog();
        QVERIFY(dialog);
        ScheduleEditor *editor = dialog->scheduleEditor();
        auto *kind = named<QComboBox>(editor, u"Schedule type"_s);
        auto *cron = named<QLineEdit>(editor, u"Cron expression"_s);
        auto *zone = named<QComboBox>(editor, u"Time zone"_s);
        QVERIFY(kind && cron && zone);
        QCOMPARE(dialog->schedule(), Schedule::manual());
        QVERIFY(!editor->findChild<QCheckBox *>()->isVisibleTo(dialog)); // no workers on SQLite
        kind->setCurrentIndex(2);
        cron->setText(u"0 25 * * *"_s);
        QVERIFY2(editor->preview().contains(u"hour field"_s), qPrintable(editor->preview()));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->statusText().startsWith(u"Schedule: Invalid cron expression"_s), qPrintable(dialog->statusText()));
        cron->setText(u"0 6 * * mon-fri"_s);
        zone->setCurrentText(u"Europe/Berlin"_s);
        QVERIFY2(editor->preview().startsWith(u"Next runs: "_s), qPrintable(editor->preview()));
        QVERIFY(dialog->grab().save(Test::screenshotPath(u"connection-dialog-schedule.png"_s)));
        QSignalSpy saved(m_service, &WorkspaceService::connectionSaved);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        dialog->accept();
        QVERIFY(saved.wait(OrionTest::EventTimeout));
        QCOMPARE(scalar(u"SELECT count(*) FROM connections WHERE name = 'acme-stripe' AND schedule = 'cron 0 6 * * mon-fri Europe/Berlin' "
                        "AND next_sync_at IS NOT NULL"_s),
                 qint64(1));
        const QDateTime expected = Schedule::cronIn(u"0 6 * * mon-fri"_s, u"Europe/Berlin"_s).nextAfter(now);
        QTRY_COMPARE_WITH_TIMEOUT(page->selectedConnection()->nextSyncAt, expected, OrionTest::EventTimeout);
        const int row = page->model()->rowOfId(page->selectedConnection()->id);
        QCOMPARE(page->model()->index(row, ConnectionListModel::ScheduleColumn).data().toString(), u"Cron 0 6 * * mon-fri (Europe/Berlin)"_s);
    }

    void hundredThousandRecordsWithoutStallingTheGui()
    {
        ConnectionsPage *page = m_window->connectionsPage();
        page->selectConnection(u"acme-stripe"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page->selectedConnection().has_value(), OrionTest::EventTimeout);

        // A heartbeat on the GUI thread: the largest gap between ticks is the longest stall.
        QElapsedTimer sinceTick;
        qint64 maxGap = 0;
        qint64 ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            if (sinceTick.isValid())
                maxGap = std::max(maxGap, sinceTick.elapsed());
            sinceTick.start();
            ++ticks;
        });
        QSignalSpy finished(page, &ConnectionsPage::syncFinished);
        QList<qint64> observed;
        bool screenshotTaken = false;
        bool partitionsShown = false;
        QElapsedTimer total;
        total.start();
        heartbeat.start();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(page->view(), Qt::Key_R, Qt::ControlModifier); // Sync Now
        QTRY_VERIFY_WITH_TIMEOUT(page->syncProgressBar()->isVisibleTo(page), OrionTest::EventTimeout);
        while (finished.isEmpty() && total.elapsed() < 180'000) {
            QTest::qWait(100);
            const qint64 records = page->recordsShown();
            const bool customers = page->syncStatusLabel()->text().startsWith(u"customers · "_s); // running, first stream
            if (customers && (observed.isEmpty() || records != observed.last()))
                observed << records;
            // Stripe's default read is partitioned: the panel says how far its windows are and the rate.
            if (customers && page->syncStatusLabel()->text().contains(u"\nPartitions: "_s)
                && page->syncStatusLabel()->text().contains(u" requests/s"_s))
                partitionsShown = true;
            if (!screenshotTaken && records >= 30'000 && partitionsShown) {
                // The log shows its newest lines, although its long lines brought a horizontal scroll bar.
                const QScrollBar *logBar = page->syncLog()->verticalScrollBar();
                QVERIFY(page->syncLog()->horizontalScrollBar()->isVisible());
                QCOMPARE(logBar->value(), logBar->maximum());
                heartbeat.stop(); // grabbing the window is the test's own work, not the app's
                QVERIFY(m_window->grab().save(Test::screenshotPath(u"connections-sync.png"_s)));
                screenshotTaken = true;
                sinceTick.invalidate();
                heartbeat.start();
            }
        }
        heartbeat.stop();
        QCOMPARE(finished.size(), 1);
        const auto results = finished.first().first().value<QList<SyncResult>>();
        QVERIFY2(results.size() == 2 && results.first().succeeded(), qPrintable(results.first().error));
        QCOMPARE(results.first().recordsRead, 100'000);
        qInfo("100,000-record sync: %lld ms, %lld heartbeat ticks, longest GUI stall %lld ms, %lld progress updates", total.elapsed(), ticks, maxGap,
              qint64(observed.size()));
        // The longest gap is a measurement, printed above and reported in the README, not asserted:
        // on a loaded machine the scheduler alone can starve the GUI thread for 100 ms. What is
        // asserted is that the page kept showing progress while the sync ran.
        QVERIFY2(observed.size() >= 5, qPrintable(QString::number(observed.size())));
        QVERIFY(std::is_sorted(observed.begin(), observed.end())); // the count only moves forward
        QVERIFY(partitionsShown);
        QVERIFY(screenshotTaken);
        QVERIFY(results.first().partitions > 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM unified_customers"_s), qint64(100'000));
        QVERIFY(!page->syncProgressBar()->isVisibleTo(page));
        QVERIFY2(page->syncStatusLabel()->text().contains(u"customers: succeeded — 100,000 read"_s), qPrintable(page->syncStatusLabel()->text()));
        QVERIFY(page->syncLog()->toPlainText().contains(u"GET "_s));
        QVERIFY(!page->syncLog()->toPlainText().contains(m_stripe.apiKey()));
        // Health badge follows the run.
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->connections().first().lastSyncStatus, u"succeeded"_s, OrionTest::EventTimeout);
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"connections.png"_s)));
    }

    void cancelFromTheGui()
    {
        addThroughDialog(u"slow-stripe"_s, m_stripe.apiKey());
        ConnectionsPage *page = m_window->connectionsPage();
        m_stripe.setResponseDelay(30);
        page->syncSelected();
        QTRY_VERIFY_WITH_TIMEOUT(page->recordsShown() >= 300, OrionTest::EventTimeout);
        // A second Sync Now of the same connection is not offered while it runs.
        QVERIFY(!page->findChild<QToolButton *>(u"syncNow"_s)->isEnabled());
        QSignalSpy finished(page, &ConnectionsPage::syncFinished);
        page->cancelSelectedSync();
        QVERIFY(finished.wait(OrionTest::EventTimeout));
        m_stripe.setResponseDelay(0);
        const auto results = finished.first().first().value<QList<SyncResult>>();
        QCOMPARE(results.first().status, SyncRun::Status::Cancelled);
        QVERIFY(page->syncStatusLabel()->text().contains(u"cancelled"_s));
        QVERIFY(page->findChild<QToolButton *>(u"syncNow"_s)->isEnabled());
    }

    void failedSyncIsReported()
    {
        addThroughDialog(u"expired-key"_s, u"sk_test_revoked_key_4242424242"_s);
        ConnectionsPage *page = m_window->connectionsPage();
        page->syncSelected();
        waitForSync();
        QVERIFY2(page->syncStatusLabel()->text().contains(u"Stripe answered HTTP 401"_s), qPrintable(page->syncStatusLabel()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(page->selectedConnection()->lastSyncStatus, u"failed"_s, OrionTest::EventTimeout);
    }

    void oauthSignInFromTheDialog()
    {
        m_hubspot.enableOAuth(u"orion-app"_s, u"app-client-secret"_s, u"rt-unknown"_s, 1800, true);
        ConnectionDialog *dialog = m_window->connectionsPage()->openAddDialog();
        dialog->setConnector(u"hubspot"_s);
        dialog->setName(u"hubspot-oauth"_s);
        const QString base = m_hubspot.baseUrl().toString();
        dialog->setField(u"api_base"_s, base);
        dialog->setField(u"auth"_s, u"oauth"_s);
        QVERIFY(!dialog->canAuthorize()); // no client id yet
        dialog->setField(u"authorize_url"_s, base + u"/oauth/authorize"_s);
        dialog->setField(u"token_url"_s, base + u"/oauth/v1/token"_s);
        dialog->setField(u"client_id"_s, u"orion-app"_s);
        dialog->setField(u"requests_per_second"_s, u"0"_s);
        dialog->setField(u"client_secret"_s, u"app-client-secret"_s);
        QVERIFY(dialog->canAuthorize());
        dialog->setOpensBrowser(false);
        QNetworkAccessManager browser; // the user's browser: follows the provider's redirect to our loopback handler
        connect(dialog, &ConnectionDialog::browserRequested, this, [&browser](const QUrl &url) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = browser.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        QSignalSpy authorized(dialog, &ConnectionDialog::authorizationFinished);
        dialog->authorizeInBrowser();
        QVERIFY(authorized.wait(OrionTest::EventTimeout));
        QCOMPARE(authorized.first().first().toBool(), true);
        QVERIFY2(dialog->statusText().startsWith(u"Authorised."_s), qPrintable(dialog->statusText()));
        QVERIFY(dialog->grab().save(Test::screenshotPath(u"connection-dialog-oauth.png"_s)));
        QSignalSpy saved(m_service, &WorkspaceService::connectionSaved);
        dialog->accept();
        QVERIFY(saved.wait(OrionTest::EventTimeout));
        QString error;
        QCOMPARE(m_credentials->secret(ownerOf(u"hubspot-oauth"_s), u"refresh_token"_s, &error).value_or(QString()), m_hubspot.currentRefreshToken());
        // The first sync refreshes the access token, rotating the refresh token into the store.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsPage()->selectedConnection()->name, u"hubspot-oauth"_s, OrionTest::EventTimeout);
        m_window->connectionsPage()->syncSelected();
        waitForSync();
        QVERIFY2(m_window->connectionsPage()->syncStatusLabel()->text().contains(u"customers: succeeded — 40 read"_s),
                 qPrintable(m_window->connectionsPage()->syncStatusLabel()->text()));
        QCOMPARE(m_credentials->secret(ownerOf(u"hubspot-oauth"_s), u"refresh_token"_s, &error).value_or(QString()), m_hubspot.currentRefreshToken());
    }

    // Test Connection refreshes an expired OAuth session; HubSpot rotates the refresh token, so the
    // stored one is dead from then on. When the keychain refuses the new one, the test must say so
    // rather than "Connected".
    void rotatedSecretThatCannotBeSavedIsReported()
    {
        class RefusingWrites : public SecretBackend
        {
        public:
            explicit RefusingWrites(std::shared_ptr<SecretBackend> inner)
                : m_inner(std::move(inner))
            {
            }
            bool read(const QString &key, QString *value, bool *found, QString *error) override { return m_inner->read(key, value, found, error); }
            bool write(const QString &, const QString &, QString *error) override
            {
                *error = u"the keychain is locked"_s;
                return false;
            }
            bool remove(const QString &, QString *error) override { return write({}, {}, error); }
            QString name() const override { return u"a locked keychain"_s; }

        private:
            std::shared_ptr<SecretBackend> m_inner;
        };
        ConnectionsPage *page = m_window->connectionsPage();
        page->selectConnection(u"hubspot-oauth"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page->selectedConnection() && page->selectedConnection()->name == "hubspot-oauth"_L1, OrionTest::EventTimeout);
        const ConnectionSummary c = *page->selectedConnection();
        QString error;
        const QString before = m_credentials->secret(ownerOf(c.name), u"refresh_token"_s, &error).value_or(QString());
        QVERIFY(!before.isEmpty());
        m_hubspot.advanceClock(2 * 3600); // the cached access token has expired
        auto locked = std::make_shared<CredentialStore>(std::make_shared<RefusingWrites>(m_secretBackend));
        ConnectionDialog dialog(locked, c.id, SecretOwner::connection(c.uid, c.name), c.connectorId, c.settings);
        dialog.show();
        QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        QVERIFY(!tested.isEmpty() || tested.wait(OrionTest::EventTimeout));
        QVERIFY2(m_hubspot.currentRefreshToken() != before, "the test should have rotated the refresh token");
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(dialog.statusText().contains(u"could not be saved: the keychain is locked"_s), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.statusText().contains(m_hubspot.currentRefreshToken()));
        // As the user would after re-authorising: the connection works again for the tests that follow.
        QVERIFY(m_credentials->setSecret(ownerOf(c.name), u"refresh_token"_s, m_hubspot.currentRefreshToken(), &error));
    }

    void activityShowsTheRunsAndTheirLogs()
    {
        QSignalSpy runs(m_service, &WorkspaceService::runsAvailable);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::ActivityPageIndex);
        QVERIFY(!runs.isEmpty() || runs.wait(OrionTest::EventTimeout));
        ActivityPage *activity = m_window->activityPage();
        QAbstractItemModelTester tester(activity->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // acme-stripe: customers + invoices; slow-stripe: cancelled; expired-key: failed (a config failure stops the
        // job); hubspot-oauth: customers.
        QTRY_COMPARE_WITH_TIMEOUT(activity->model()->rowCount(), 5, OrionTest::EventTimeout);
        QCOMPARE(activity->proxy()->rowCount(), 5);

        activity->statusFilter()->setCurrentIndex(activity->statusFilter()->findData(int(SyncRun::Status::Failed)));
        QCOMPARE(activity->proxy()->rowCount(), 1);
        QCOMPARE(activity->proxy()->index(0, SyncRunModel::ConnectionColumn).data().toString(), u"expired-key"_s);
        QVERIFY(activity->proxy()->index(0, SyncRunModel::ErrorColumn).data().toString().startsWith(u"config: "_s));
        // A run of a few milliseconds shows no requests/s (one request in 1 ms is no rate); the tooltip counts them.
        const QModelIndex rate = activity->proxy()->index(0, SyncRunModel::RateColumn);
        QVERIFY(rate.data().toString().isEmpty());
        QVERIFY2(rate.data(Qt::ToolTipRole).toString().contains(u"request"_s), qPrintable(rate.data(Qt::ToolTipRole).toString()));
        activity->statusFilter()->setCurrentIndex(0);

        activity->connectionFilter()->setCurrentIndex(activity->connectionFilter()->findData(u"acme-stripe"_s));
        QCOMPARE(activity->proxy()->rowCount(), 2);
        activity->connectionFilter()->setCurrentIndex(0);
        QTest::keyClicks(activity->textFilter(), u"401"_s); // text matches connection, stream and error
        QCOMPARE(activity->proxy()->rowCount(), 1);
        activity->textFilter()->clear();
        QTest::keyClicks(activity->textFilter(), u"slow"_s);
        QCOMPARE(activity->proxy()->rowCount(), 1);
        activity->textFilter()->clear();

        // Select the 100,000-record run: its log is shown, redacted.
        for (int row = 0; row < activity->proxy()->rowCount(); ++row) {
            const QModelIndex index = activity->proxy()->index(row, SyncRunModel::ReadColumn);
            if (index.data(SyncRunModel::SortRole).toLongLong() == 100'000)
                activity->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        const QString log = activity->logView()->toPlainText();
        QVERIFY2(log.contains(u"Stripe sync of acme-stripe / customers started"_s), qPrintable(log.left(300)));
        QVERIFY(log.contains(u"succeeded: 100000 records read"_s));
        QVERIFY(!log.contains(m_stripe.apiKey()));
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"activity.png"_s)));
    }

    void salesforceSignInAndSoqlEditor()
    {
        m_salesforce.enableOAuth(u"3MVG9-gui"_s, u"sf-gui-secret"_s, u"unused"_s, false);
        ConnectionDialog *dialog = m_window->connectionsPage()->openAddDialog();
        dialog->setConnector(u"salesforce"_s);
        dialog->setName(u"sf-org"_s);
        dialog->setField(u"login_url"_s, m_salesforce.baseUrl().toString());
        dialog->setField(u"client_id"_s, u"3MVG9-gui"_s);
        dialog->setField(u"requests_per_second"_s, u"0"_s);
        dialog->setField(u"client_secret"_s, u"sf-gui-secret"_s);
        QVERIFY(dialog->canAuthorize());
        dialog->setOpensBrowser(false);
        QNetworkAccessManager browser;
        connect(dialog, &ConnectionDialog::browserRequested, this, [&browser](const QUrl &url) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = browser.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        QSignalSpy signedIn(dialog, &ConnectionDialog::authorizationFinished);
        dialog->authorizeInBrowser();
        QVERIFY(signedIn.wait(OrionTest::EventTimeout));
        QVERIFY2(signedIn.first().first().toBool(), qPrintable(dialog->statusText()));
        QSignalSpy saved(m_service, &WorkspaceService::connectionSaved);
        dialog->accept();
        QVERIFY(saved.wait(OrionTest::EventTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsPage()->selectedConnection()->name, u"sf-org"_s, OrionTest::EventTimeout);

        SoqlEditor *editor = m_window->connectionsPage()->openSoqlEditor();
        QVERIFY(editor);
        QSignalSpy fields(editor, &SoqlEditor::fieldsLoaded);
        QVERIFY(fields.wait(OrionTest::EventTimeout));
        QVERIFY(fields.first().first().toBool());
        QVERIFY(editor->completions().contains(u"Email"_s)); // from the describe call
        QSignalSpy finished(editor, &SoqlEditor::queryFinished);
        editor->setQuery(u"SELECT Id, Name, Email, Account.Name FROM Contact WHERE Email = 'avery.contact0@example.net'"_s);
        editor->run();
        QVERIFY(editor->isBusy());
        QVERIFY(finished.wait(OrionTest::EventTimeout));
        QVERIFY2(finished.first().first().toBool(), qPrintable(editor->statusText()));
        QCOMPARE(editor->results()->rowCount(), 1);
        QStringList headers;
        for (int c = 0; c < editor->results()->columnCount(); ++c)
            headers << editor->results()->horizontalHeaderItem(c)->text();
        QVERIFY2(headers.contains(u"Account.Name"_s), qPrintable(headers.join(u", "_s)));
        editor->setQuery(u"SELECT Id, Name, Email, Account.Name, MailingCity FROM Contact"_s);
        editor->run();
        QVERIFY(finished.wait(OrionTest::EventTimeout));
        QCOMPARE(editor->results()->rowCount(), 120);
        QVERIFY(editor->grab().save(Test::screenshotPath(u"soql-editor.png"_s)));
        // Bulk job inspector: a push with failed rows (Contacts without LastName), then the dialog.
        {
            UnifiedCustomers customers;
            for (int i = 0; i < 30; ++i) {
                UnifiedCustomer c;
                c.externalId = u"gui-%1"_s.arg(i);
                c.lastName = i % 10 == 3 ? QString() : u"Row %1"_s.arg(i);
                c.firstName = u"Bulk"_s;
                customers << c;
            }
            SyncRequest request;
            request.database = DatabaseConfig::sqlite(m_db);
            request.connection = u"sf-org"_s;
            Connector::WriteOptions bulk;
            bulk.bulk = true;
            const PushResult pushed = SyncJob::pushCustomers(request, m_credentials, customers, HttpClient::Options{}, {}, bulk);
            QCOMPARE(pushed.write.failed, 3);
        }
        BulkJobsDialog *jobs = m_window->connectionsPage()->openBulkJobs();
        QVERIFY(jobs);
        QSignalSpy jobsLoaded(jobs, &BulkJobsDialog::jobsLoaded);
        QVERIFY(jobsLoaded.wait(OrionTest::EventTimeout));
        QVERIFY2(jobsLoaded.first().first().toBool(), qPrintable(jobs->statusText()));
        QCOMPARE(jobs->jobs()->rowCount(), 1);
        QCOMPARE(jobs->jobs()->item(0, 2)->text(), u"JobComplete"_s);
        QSignalSpy rowsLoaded(jobs, &BulkJobsDialog::rowsLoaded);
        jobs->showJob(0);
        QVERIFY(rowsLoaded.wait(OrionTest::EventTimeout));
        QCOMPARE(jobs->rows()->rowCount(), 3);
        QVERIFY(jobs->rows()->item(0, 0)->text().startsWith(u"REQUIRED_FIELD_MISSING"_s));
        QVERIFY(jobs->grab().save(Test::screenshotPath(u"bulk-jobs.png"_s)));
        jobs->close();

        editor->setQuery(u"DELETE FROM Contact"_s);
        editor->run();
        QVERIFY(editor->statusText().startsWith(u"Not sent: only SELECT queries are allowed"_s));
        editor->close();
    }

    void slackAlertsDialog()
    {
        ConnectionDialog *dialog = m_window->connectionsPage()->openAddDialog();
        dialog->setConnector(u"slack"_s);
        dialog->setName(u"team-slack"_s);
        dialog->setField(u"api_base"_s, QString(m_slack.baseUrl().toString() + u"/api"_s));
        dialog->setField(u"requests_per_second"_s, u"0"_s);
        dialog->setField(u"bot_token"_s, QString::fromLatin1(Fakes::FakeSlack::kBotToken));
        QSignalSpy saved(m_service, &WorkspaceService::connectionSaved);
        dialog->accept();
        QVERIFY(saved.wait(OrionTest::EventTimeout));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsPage()->selectedConnection()->name, u"team-slack"_s,
                                  OrionTest::EventTimeout); // the list has it
        m_window->connectionsPage()->selectConnection(u"acme-stripe"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsPage()->selectedConnection()->name, u"acme-stripe"_s, OrionTest::EventTimeout);
        AlertsDialog *alerts = m_window->connectionsPage()->openAlerts();
        QVERIFY(alerts);
        QSignalSpy changed(alerts, &AlertsDialog::rulesChanged);
        QVERIFY(changed.wait(OrionTest::EventTimeout)); // initial load
        QCOMPARE(alerts->ruleCount(), 0);
        alerts->addRule(u"team-slack"_s, u"C5"_s, AlertRule::Trigger::Failure);
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QCOMPARE(alerts->ruleCount(), 1);
        alerts->addRule(u"team-slack"_s, u"C5"_s, AlertRule::Trigger::Recovery);
        QVERIFY(changed.wait(OrionTest::EventTimeout));
        QCOMPARE(alerts->ruleCount(), 2);
        alerts->findChild<QLineEdit *>()->setText(u"C5"_s);
        QSignalSpy tested(alerts, &AlertsDialog::testMessageFinished);
        alerts->sendTestMessage();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QVERIFY2(tested.first().first().toBool(), qPrintable(alerts->statusText()));
        QVERIFY(m_slack.posted().last().value("text"_L1).toString().contains(u"alerts for acme-stripe"_s));
        QVERIFY(alerts->grab().save(Test::screenshotPath(u"slack-alerts.png"_s)));
        alerts->findChild<QLineEdit *>()->setText(u"C999"_s); // not a channel of the workspace
        alerts->sendTestMessage();
        QVERIFY(tested.wait(OrionTest::EventTimeout));
        QVERIFY(!tested.last().first().toBool());
        QVERIFY(alerts->statusText().contains(u"channel_not_found"_s));
        alerts->close();
    }

    void approvalClickedInSlackStartsTheSync()
    {
        QWebSocketServer server(u"fake-slack-socket"_s, QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        m_slack.setSocketUrl(QUrl(u"ws://127.0.0.1:%1/link/"_s.arg(server.serverPort())));
        QWebSocket *socket = nullptr;
        QStringList acks;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            socket = server.nextPendingConnection();
            connect(socket, &QWebSocket::textMessageReceived, this, [&](const QString &m) { acks << m; });
            socket->sendTextMessage(uR"({"type":"hello","num_connections":1})"_s);
        });
        QString error;
        m_credentials->setSecret(ownerOf(u"team-slack"_s), u"app_token"_s, QString::fromLatin1(Fakes::FakeSlack::kAppToken), &error);
        QSignalSpy state(m_window->slackEvents(), &SlackEvents::listenerStateChanged);
        m_service->refreshConnections(); // the app notices the Slack connection's app token
        QTRY_VERIFY_WITH_TIMEOUT(socket != nullptr, OrionTest::EventTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty(), OrionTest::EventTimeout);
        QCOMPARE(state.last().at(1).toString(), u"listening"_s);
        QSignalSpy started(m_window->syncService(), &SyncService::jobStarted);
        QSignalSpy finished(m_window->connectionsPage(), &ConnectionsPage::syncFinished);
        QString acme;
        qint64 acmeRow = 0;
        for (const ConnectionSummary &c : m_window->connectionsPage()->model()->connections())
            if (c.name == "acme-stripe"_L1) {
                acme = c.uid;
                acmeRow = c.id;
            }
        QVERIFY(!acme.isEmpty());
        const auto click = [&](const QString &envelope, const QString &user, const QString &value) {
            socket->sendTextMessage(uR"({"envelope_id":"%1","type":"interactive","accepts_response_payload":false,
                "payload":{"type":"block_actions","user":{"id":"%2","username":"%2-name"},
                           "actions":[{"action_id":"approve","block_id":"orion_approval","value":"%3","type":"button"}]}})"_s.arg(envelope, user,
                                                                                                                                  value));
        };
        // Nobody is an approver of acme-stripe yet: a click is acknowledged, said, and starts nothing.
        click(u"env-5"_s, u"U0MARIA01"_s, u"sync:%1"_s.arg(acme));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"not an approver of acme-stripe"_s), OrionTest::EventTimeout);
        // A value naming the connection (what any Slack post could claim), or its row number, is not
        // honoured at all.
        click(u"env-6"_s, u"U0MARIA01"_s, u"sync:acme-stripe"_s);
        click(u"env-6b"_s, u"U0MARIA01"_s, u"sync:%1"_s.arg(acmeRow));
        QTRY_COMPARE_WITH_TIMEOUT(acks.size(), 3, OrionTest::EventTimeout);
        QVERIFY(started.isEmpty());
        // Maria becomes an approver of acme-stripe: her click starts its sync.
        MappingsPage *mappings = m_window->mappingsPage();
        mappings->selectConnection(u"acme-stripe"_s, u"customers"_s);
        QSignalSpy approvers(mappings, &MappingsPage::approversChanged);
        mappings->setApprovers({u"U0MARIA01"_s});
        QVERIFY(!approvers.isEmpty() || approvers.wait(OrionTest::EventTimeout));
        QVERIFY2(approvers.first().at(1).toString().isEmpty(), qPrintable(approvers.first().at(1).toString()));
        click(u"env-7"_s, u"U0OTHER02"_s, u"sync:%1"_s.arg(acme)); // not on the list
        click(u"env-8"_s, u"U0MARIA01"_s, u"sync:%1"_s.arg(acme));
        QVERIFY(started.wait(OrionTest::EventTimeout));
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(1).toString(), u"acme-stripe"_s);
        QTRY_COMPARE_WITH_TIMEOUT(acks.size(), 5, OrionTest::EventTimeout);
        QVERIFY(acks.last().contains(u"env-8"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000); // it may already have finished
        m_credentials->removeSecret(ownerOf(u"team-slack"_s), u"app_token"_s, &error);

        // Every kind of connection in one list; a Salesforce one selected shows its token health.
        m_window->showPage(MainWindow::ConnectionsPageIndex);
        m_window->connectionsPage()->selectConnection(u"sf-org"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->connectionsPage()->selectedConnection()->name, u"sf-org"_s, OrionTest::EventTimeout);
        QVERIFY(m_window->connectionsPage()->syncStatusLabel()->text().contains(u"Access token valid for"_s));
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"connections-all.png"_s)));
    }

    // Last, on purpose: what the app wrote during this test case (the workspace with its WAL and
    // backups, settings, caches) is read back and searched for every secret it handled — keys typed
    // into dialogs, tokens the fakes issued and rotated, Slack tokens. Secrets live only in the
    // credential store (in memory here), so no file may hold one.
    void noFileTheAppWroteHoldsASecret()
    {
        QStringList secrets{m_stripe.apiKey(),
                            u"sk_test_wrong_key_000000000"_s,
                            u"app-client-secret"_s,
                            u"sf-gui-secret"_s,
                            QString::fromLatin1(Fakes::FakeSlack::kBotToken),
                            QString::fromLatin1(Fakes::FakeSlack::kAppToken)};
        secrets << m_hubspot.issuedSecrets() << m_salesforce.issuedSecrets();
        QVERIFY2(m_hubspot.issuedSecrets().size() >= 4, "HubSpot issued and rotated tokens during the run");
        QStringList roots{m_dir.path()};
        for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation})
            roots << QStandardPaths::writableLocation(location);
        QStringList scanned;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue; // a socket or a file gone meanwhile
                const QByteArray bytes = file.readAll();
                for (const QString &secret : std::as_const(secrets))
                    QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(u"%1 holds the secret %2…"_s.arg(path, secret.left(6))));
                scanned << path;
            }
        }
        QVERIFY2(scanned.contains(m_db), qPrintable(scanned.join(u", "_s)));
    }
};

QTEST_MAIN(TstSyncGui)
#include "tst_syncgui.moc"

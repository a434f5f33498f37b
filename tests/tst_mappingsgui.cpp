// The Mappings page with a real workspace: suggestions from sample records, the review model and its
// filter under QAbstractItemModelTester, keyboard approval and rejection (one and many), approve all
// at or above a threshold, an edit that reopens a decision, export and import, the calibration
// chart, asking for approval in Slack (against the local Slack fake), and decisions clicked in Slack
// recorded only for the connection's approvers. Screenshots: mappings-*.png (Test::screenshotPath).
#include "fakellm.h"
#include "fakeslack.h"
#include "testsupport.h"
#include "timeouts.h"

#include "common/languages.h"
#include "mapping/mappingreviewmodel.h"
#include "mapping/sourceprofile.h"
#include "mappings/mappingspage.h"
#include "runtime/credentialstore.h"
#include "runtime/secretstore.h"
#include "services/slackevents.h"
#include "services/workspaceservice.h"
#include "settings/settingspage.h"
#include "shell/mainwindow.h"
#include "store/connectionstore.h"
#include "store/mappingstore.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Orion;

class TstMappingsGui : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Fakes::FakeSlack m_slack;
    Fakes::FakeLlm m_llm;
    WorkspaceService *m_service = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    std::shared_ptr<CredentialStore> m_credentials;
    MainWindow *m_window = nullptr;
    QString m_db;
    qint64 m_connection = 0;

    static QList<QJsonObject> sample(const QString &file) { return Test::mappingSample(file); }

    // What the database says, read on this thread.
    StoredMappings stored()
    {
        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
        return MappingStore(*w).list(m_connection, u"customers"_s, &error);
    }

    MappingsPage *page() const { return m_window->mappingsPage(); }

    void selectRows(const QList<int> &proxyRows)
    {
        QTableView *t = page()->table();
        t->setFocus();
        t->selectionModel()->clearSelection();
        for (int r : proxyRows)
            t->selectionModel()->select(t->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        t->selectionModel()->setCurrentIndex(t->model()->index(proxyRows.first(), 0), QItemSelectionModel::NoUpdate);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(u"llm"_s);     // no assistant left from an earlier run: the local matcher first
        QSettings().remove(u"columns"_s); // column widths as a first start opens them
        QVERIFY(m_dir.isValid());
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setFont(QFont(u"DejaVu Sans"_s, 9));
        Languages::install(qApp, u"en"_s);
        QVERIFY(m_slack.start());
        m_slack.setChannels(3);
        m_db = m_dir.filePath(u"mappings.db"_s);
        {
            QString error;
            auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
            QVERIFY2(w, qPrintable(error));
            ConnectionStore store(*w);
            m_connection = store.createConnection(Test::newConnection(u"Books (QuickBooks)"_s, u"quickbooks"_s), &error);
            auto slack = Test::newConnection(u"team-slack"_s, u"slack"_s);
            slack.settings.insert(u"api_base"_s, QString(m_slack.baseUrl().toString() + u"/api"_s));
            QVERIFY(store.createConnection(Test::withUid(slack), &error));
        }
        m_service = new WorkspaceService(this);
        m_secrets = new MemorySecretStore(this);
        m_credentials = std::make_shared<CredentialStore>(std::make_shared<MemorySecretBackend>());
        QString error;
        QVERIFY(m_credentials->setSecret(Test::owner(u"team-slack"_s), u"bot_token"_s, QString::fromLatin1(Fakes::FakeSlack::kBotToken), &error));
        m_window = new MainWindow(m_service, m_secrets, m_credentials);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QSignalSpy ready(m_window, &MainWindow::workspaceReady);
        m_window->openWorkspace(DatabaseConfig::sqlite(m_db));
        QVERIFY(ready.wait(OrionTest::EventTimeout));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::MappingsPageIndex);
    }

    void cleanupTestCase() { delete m_window; }

    void suggestAndReview()
    {
        QAbstractItemModelTester modelTester(page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page()->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(page(), &MappingsPage::reloaded);
        page()->selectConnection(u"Books (QuickBooks)"_s, u"customers"_s);
        page()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), OrionTest::EventTimeout);
        QVERIFY2(page()->statusText().contains(u"No suggestions yet"_s), qPrintable(page()->statusText()));
        // No stored records: Suggest explains what to do instead of failing silently.
        page()->suggest();
        QVERIFY(page()->statusText().contains(u"sync it first"_s));

        QSignalSpy storedSpy(page(), &MappingsPage::suggestionsStored);
        page()->suggestFrom(sample(u"quickbooks-customer.json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!storedSpy.isEmpty(), OrionTest::EventTimeout);
        QCOMPARE(storedSpy.first().first().toInt(), 15);
        QTRY_COMPARE_WITH_TIMEOUT(page()->model()->rowCount(), 15, OrionTest::EventTimeout);
        QCOMPARE(stored().size(), 15);

        // Filter by band: only the ≥ 0.9 suggestions.
        int high = 0;
        for (const StoredMapping &m : stored())
            high += m.suggestion.confidence >= 0.9;
        auto *band = page()->findChild<QComboBox *>(); // the first combo is the connection; find the band filter by its name
        for (QComboBox *c : page()->findChildren<QComboBox *>())
            if (c->accessibleName() == "Confidence filter"_L1)
                band = c;
        band->setCurrentIndex(1);
        QCOMPARE(page()->table()->model()->rowCount(), high);
        band->setCurrentIndex(0);

        // The details pane explains the selected suggestion.
        selectRows({0});
        QVERIFY2(page()->detailsText().contains(u"external_id"_s) && page()->detailsText().contains(u"identifiers"_s),
                 qPrintable(page()->detailsText()));
        QTest::qWait(150);
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"mappings-review.png"_s)));

        // At the default window size every source path shows in full (no "…"); its column can be
        // dragged wider, and any column hidden from the header's menu (and shown again).
        m_window->resize(1100, 748);
        QCoreApplication::processEvents();
        QTableView *table = page()->table();
        QHeaderView *header = table->horizontalHeader();
        int longest = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            longest = std::max(
                longest, table->fontMetrics().horizontalAdvance(table->model()->index(row, MappingReviewModel::SourceColumn).data().toString()));
        QVERIFY2(header->sectionSize(MappingReviewModel::SourceColumn) >= longest,
                 qPrintable(u"%1 < %2"_s.arg(header->sectionSize(MappingReviewModel::SourceColumn)).arg(longest)));
        QCOMPARE(header->sectionResizeMode(MappingReviewModel::SourceColumn), QHeaderView::Interactive);
        const int before = header->sectionSize(MappingReviewModel::SourceColumn);
        const QPoint edge(header->sectionViewportPosition(MappingReviewModel::SourceColumn) + before - 1, header->height() / 2);
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
        QTest::mouseMove(header->viewport(), edge + QPoint(60, 0));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge + QPoint(60, 0));
        QCOMPARE(header->sectionSize(MappingReviewModel::SourceColumn), before + 60);
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"mappings-default-size.png"_s)));
        auto chooseInHeaderMenu = [&](const QString &text) {
            QTimer::singleShot(0, this, [text] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                for (QAction *action : menu->actions())
                    if (action->text() == text)
                        action->trigger();
                menu->close();
            });
            Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        };
        const QString decidedBy = table->model()->headerData(MappingReviewModel::DecidedByColumn, Qt::Horizontal).toString();
        chooseInHeaderMenu(decidedBy);
        QVERIFY(header->isSectionHidden(MappingReviewModel::DecidedByColumn));
        chooseInHeaderMenu(decidedBy);
        QVERIFY(!header->isSectionHidden(MappingReviewModel::DecidedByColumn));
        // A disabled action says why.
        table->selectionModel()->clearSelection();
        QPushButton *approve = nullptr;
        for (QPushButton *b : page()->findChildren<QPushButton *>())
            if (b->text() == u"&Approve"_s)
                approve = b;
        QVERIFY(approve);
        QVERIFY(!approve->isEnabled());
        QCOMPARE(approve->toolTip(), u"Select one or more mappings to approve them"_s);
        selectRows({0});
        QVERIFY(approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(u"Ctrl+Return"_s), qPrintable(approve->toolTip()));
        m_window->resize(1280, 800);
        m_window->activateWindow(); // the popup took the activation
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void keyboardDecisions()
    {
        QSignalSpy decided(page(), &MappingsPage::decided);
        // One: Ctrl+Return approves the current row.
        selectRows({0});
        const qint64 first = page()->table()->model()->index(0, 0).data(MappingReviewModel::IdRole).toLongLong();
        QTest::keyClick(page()->table(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!decided.isEmpty(), OrionTest::EventTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            page()->model()->data(page()->model()->index(page()->model()->rowOfId(first), MappingReviewModel::StatusColumn)).toString(),
            u"Approved"_s, OrionTest::EventTimeout);
        // Many: Ctrl+Delete rejects two selected rows.
        decided.clear();
        selectRows({1, 2});
        const qint64 a = page()->table()->model()->index(1, 0).data(MappingReviewModel::IdRole).toLongLong();
        const qint64 b = page()->table()->model()->index(2, 0).data(MappingReviewModel::IdRole).toLongLong();
        QTest::keyClick(page()->table(), Qt::Key_Delete, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!decided.isEmpty(), OrionTest::EventTimeout);
        QCOMPARE(decided.first().first().toInt(), 2);
        for (const StoredMapping &m : stored()) {
            if (m.id == a || m.id == b) {
                QCOMPARE(m.status, StoredMapping::Status::Rejected);
                QVERIFY(!m.decidedBy.isEmpty());
            }
            if (m.id == first)
                QCOMPARE(m.status, StoredMapping::Status::Approved);
        }
        // Everything at or above 0.9.
        decided.clear();
        page()->approveAtOrAbove(0.9);
        QTRY_VERIFY_WITH_TIMEOUT(!decided.isEmpty(), OrionTest::EventTimeout);
        for (const StoredMapping &m : stored())
            if (m.suggestion.confidence >= 0.9 && m.id != a && m.id != b)
                QCOMPARE(m.status, StoredMapping::Status::Approved);
    }

    void editReopensAndValidatesThePath()
    {
        // Select the email row and edit it: an unknown path is refused, a sample field is accepted.
        QTableView *t = page()->table();
        int row = -1;
        for (int r = 0; r < t->model()->rowCount(); ++r)
            if (t->model()->index(r, MappingReviewModel::TargetColumn).data().toString() == "email"_L1)
                row = r;
        QVERIFY(row >= 0);
        selectRows({row});
        const qint64 id = t->model()->index(row, 0).data(MappingReviewModel::IdRole).toLongLong();
        page()->editCurrent(u"NoSuch.Field"_s, Transformation::None);
        QVERIFY(page()->statusText().contains(u"not a field of the sample"_s));
        QSignalSpy reloaded(page(), &MappingsPage::reloaded);
        page()->editCurrent(u"PrimaryEmailAddr.Address"_s, Transformation::None);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), OrionTest::EventTimeout);
        for (const StoredMapping &m : stored())
            if (m.id == id)
                QCOMPARE(m.status, StoredMapping::Status::Suggested); // back to review
    }

    // The schema tree picks a source path; the approved set is validated against the samples;
    // Slack approvers are checked for shape and stored.
    void schemaTreeValidationAndApprovers()
    {
        QTimer::singleShot(200, this, [this] {
            QDialog *dialog = page()->sourceDialog();
            QVERIFY(dialog);
            auto *tree = dialog->findChild<QTreeWidget *>();
            QVERIFY(tree);
            const auto found = tree->findItems(u"PostalCode"_s, Qt::MatchExactly | Qt::MatchRecursive);
            QCOMPARE(found.size(), 2); // BillAddr and ShipAddr
            QTreeWidgetItem *item = found.first()->parent()->text(0) == "BillAddr"_L1 ? found.first() : found.last();
            tree->setCurrentItem(item);
            QVERIFY(dialog->grab().save(Test::screenshotPath(u"mappings-schema-tree.png"_s)));
            Q_EMIT tree->itemActivated(item, 0);
        });
        QCOMPARE(page()->chooseSourcePath(), u"BillAddr.PostalCode"_s);

        QVERIFY2(page()->validationText().contains(u"check out"_s) || page()->validationText().contains(u"Before syncing"_s),
                 qPrintable(page()->validationText()));
        // Reject the external_id rule: the approved set now lacks a required field, and says so.
        selectRows({0});
        QSignalSpy decided(page(), &MappingsPage::decided);
        page()->rejectSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!decided.isEmpty(), OrionTest::EventTimeout);
        QTRY_VERIFY2_WITH_TIMEOUT(page()->validationText().contains(u"external_id"_s), qPrintable(page()->validationText()), OrionTest::EventTimeout);

        QSignalSpy approvers(page(), &MappingsPage::approversChanged);
        page()->setApprovers({u"alice"_s});
        QCOMPARE(approvers.size(), 1);
        QVERIFY(!approvers.first().at(1).toString().isEmpty());
        page()->setApprovers({u" U0ADA "_s, u"W123"_s});
        QTRY_COMPARE_WITH_TIMEOUT(approvers.size(), 2, OrionTest::EventTimeout);
        QCOMPARE(approvers.last().first().toStringList(), (QStringList{u"U0ADA"_s, u"W123"_s}));
        // Approve external_id again for the tests that follow.
        selectRows({0});
        decided.clear();
        page()->approveSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!decided.isEmpty(), OrionTest::EventTimeout);
    }

    void exportImportAndCalibration()
    {
        const QString file = m_dir.filePath(u"set.json"_s);
        QSignalSpy exported(page(), &MappingsPage::exported);
        page()->exportTo(file);
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), OrionTest::EventTimeout);
        QVERIFY(exported.first().first().toString().isEmpty());
        const QJsonObject json = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        }();
        QCOMPARE(json.value("mappings"_L1).toArray().size(), 15);
        const StoredMappings before = stored();
        QSignalSpy imported(page(), &MappingsPage::imported);
        page()->importFrom(file, true);
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty(), OrionTest::EventTimeout);
        QCOMPARE(imported.first().first().toInt(), 15);
        int approvedBefore = 0, approvedAfter = 0;
        for (const StoredMapping &m : before)
            approvedBefore += m.status == StoredMapping::Status::Approved;
        for (const StoredMapping &m : stored())
            approvedAfter += m.status == StoredMapping::Status::Approved;
        QCOMPARE(approvedAfter, approvedBefore);
        // A file that is not a mapping set changes nothing.
        QFile bad(m_dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format":"something-else"})");
        bad.close();
        imported.clear();
        page()->importFrom(bad.fileName(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty(), OrionTest::EventTimeout);
        QCOMPARE(imported.first().first().toInt(), -1);
        QCOMPARE(stored().size(), 15);

        // Calibration: the chart holds the approval rate per band.
        page()->tabs()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->calibrationChart()->chart()->series().isEmpty(), OrionTest::EventTimeout);
        QTest::qWait(150);
        QVERIFY(m_window->grab().save(Test::screenshotPath(u"mappings-calibration.png"_s)));
        page()->tabs()->setCurrentIndex(0);
    }

    void slackApproval()
    {
        // Pending suggestions go to Slack with Approve/Reject buttons carrying the mapping id.
        const int before = int(m_slack.posted().size());
        QSignalSpy posted(page(), &MappingsPage::slackRequestsPosted);
        page()->askInSlack(u"team-slack"_s, u"C001"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!posted.isEmpty(), OrionTest::EventTimeout);
        QVERIFY2(posted.first().at(1).toString().isEmpty(), qPrintable(posted.first().at(1).toString()));
        int pending = 0;
        qint64 pendingId = 0;
        for (const StoredMapping &m : stored()) {
            if (m.status == StoredMapping::Status::Suggested && !m.suggestion.isUnmapped()) {
                ++pending;
                pendingId = m.id;
            }
        }
        QCOMPARE(posted.first().first().toInt(), pending);
        QCOMPARE(int(m_slack.posted().size()) - before, pending);
        // The button carries the row and the revision the question showed.
        QVERIFY(QJsonDocument(m_slack.posted().last().value("blocks"_L1).toArray()).toJson().contains(u"mapping:%1:1"_s.arg(pendingId).toUtf8()));

        // A click from someone not on the approvers list is ignored; from an approver it is recorded.
        Q_EMIT m_window->slackEvents()->mappingDecision(pendingId, 1, true, u"U_STRANGER"_s, u"stranger"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"not an approver"_s), OrionTest::EventTimeout);
        for (const StoredMapping &m : stored())
            if (m.id == pendingId)
                QCOMPARE(m.status, StoredMapping::Status::Suggested);
        {
            QString error;
            auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
            QVERIFY(MappingStore(*w).setApprovers(m_connection, {u"U_ADA"_s}, &error));
        }
        Q_EMIT m_window->slackEvents()->mappingDecision(pendingId, 1, true, u"U_ADA"_s, u"ada"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"ada approved"_s), OrionTest::EventTimeout);
        for (const StoredMapping &m : stored()) {
            if (m.id == pendingId) {
                QCOMPARE(m.status, StoredMapping::Status::Approved);
                QCOMPARE(m.decidedBy, u"Slack: ada (U_ADA)"_s);
            }
        }
        QString error;
        auto w = Workspace::open(DatabaseConfig::sqlite(m_db), {}, &error);
        QCOMPARE(MappingStore(*w).decisions(m_connection, &error).last().via, u"slack"_s);
    }

    // The assistant's LLM set in Settings: the key goes to the secret store (never QSettings), and the
    // next suggestion run is hybrid, asking the LLM only about unclear fields, with the tokens shown.
    void llmAssistantFromSettings()
    {
        QVERIFY(m_llm.start());
        SettingsPage *settings = m_window->settingsPage();
        auto *provider = settings->findChild<QComboBox *>();
        for (QComboBox *c : settings->findChildren<QComboBox *>())
            if (c->accessibleName() == "LLM provider"_L1)
                provider = c;
        provider->setCurrentIndex(provider->findData(u"anthropic"_s));
        for (QLineEdit *e : settings->findChildren<QLineEdit *>()) {
            if (e->accessibleName() == "LLM base URL"_L1)
                e->setText(m_llm.baseUrl().toString());
            if (e->accessibleName() == "LLM model"_L1)
                e->setText(u"claude-sonnet-4-5"_s);
            if (e->accessibleName() == "LLM API key"_L1)
                e->setText(QString::fromLatin1(Fakes::FakeLlm::kKey));
        }
        settings->applyLlm();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"key is in"_s), OrionTest::EventTimeout);
        bool keySaved = false;
        QString value;
        m_secrets->read(u"llm-api-key"_s, [&](bool found, const QString &v, const QString &) {
            keySaved = found;
            value = v;
        });
        QTRY_VERIFY_WITH_TIMEOUT(keySaved, OrionTest::EventTimeout);
        QCOMPARE(value, QString::fromLatin1(Fakes::FakeLlm::kKey));
        QSettings qs;
        for (const QString &k : qs.allKeys())
            QVERIFY2(!qs.value(k).toString().contains(QString::fromLatin1(Fakes::FakeLlm::kKey)), qPrintable(k));

        m_llm.clearRequests();
        QSignalSpy storedSpy(page(), &MappingsPage::suggestionsStored);
        QTRY_VERIFY_WITH_TIMEOUT(true, OrionTest::EventTimeout); // let the keychain read deliver the settings to the page
        QTest::qWait(50);
        page()->suggestFrom(sample(u"quickbooks-customer.json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!storedSpy.isEmpty(), OrionTest::EventTimeout);
        QCOMPARE(m_llm.requestCount(u"/v1/messages"_s), 1);
        QVERIFY(!m_llm.lastTargets().contains(u"external_id"_s)); // clear cases stay local
        // Said with the reloaded suggestions (the reload answers after suggestionsStored).
        QTRY_VERIFY2_WITH_TIMEOUT(page()->statusText().contains(u"tokens"_s), qPrintable(page()->statusText()), OrionTest::EventTimeout);

        // API documentation goes to the LLM with the request.
        storedSpy.clear();
        page()->suggestFrom(sample(u"quickbooks-customer.json"_s), u"BillAddr.CountrySubDivisionCode is the state or province."_s);
        QTRY_VERIFY_WITH_TIMEOUT(!storedSpy.isEmpty(), OrionTest::EventTimeout);
        QVERIFY(m_llm.lastPrompt().value("api_documentation_excerpt"_L1).toString().contains(u"state or province"_s));

        // The LLM's answer cut off: nothing of it is used, the local suggestions are stored, the reason shown.
        m_llm.scriptNext(Fakes::FakeLlm::Script::Truncated);
        storedSpy.clear();
        page()->suggestFrom(sample(u"quickbooks-customer.json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!storedSpy.isEmpty(), OrionTest::EventTimeout);
        QTRY_VERIFY2_WITH_TIMEOUT(page()->statusText().contains(u"the LLM was not used"_s) && page()->statusText().contains(u"cut off"_s),
                                  qPrintable(page()->statusText()), OrionTest::EventTimeout);
        for (const StoredMapping &m : stored())
            if (m.status == StoredMapping::Status::Suggested)
                QVERIFY(m.suggestion.provider == "local"_L1);
    }
};

QTEST_MAIN(TstMappingsGui)
#include "tst_mappingsgui.moc"

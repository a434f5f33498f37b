#include "testpage.h"

#include "adapters/declarative/connectorspec.h"
#include "adapters/declarative/spectester.h"
#include "common/codeview.h"
#include "common/deliver.h"
#include "mapping/sourceprofile.h"
#include "runtime/credentialstore.h"
#include "wizardstate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <atomic>

using namespace Qt::StringLiterals;

namespace Orion {
namespace BuilderDetail {

TestPage::TestPage()
    : m_stream(new QComboBox(this))
    , m_pages(new QSpinBox(this))
    , m_limit(new QSpinBox(this))
    , m_run(new QPushButton(tr("&Run Test Read"), this))
    , m_step(new QPushButton(tr("Next &Page"), this))
    , m_toEnd(new QPushButton(tr("Run to &End"), this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_requests(new QTableWidget(0, 5, this))
    , m_response(new CodeView(u"JSON"_s, this))
    , m_records(new QTableWidget(this))
    , m_schema(new QTableWidget(0, 4, this))
    , m_tabs(new QTabWidget(this))
{
    setTitle(tr("Test Read"));
    setSubTitle(tr("Reads each stream live, within the limits below. Requests are shown with secrets redacted; the exchanges become the connector's "
                   "recorded fixture."));
    m_stream->setAccessibleName(tr("Stream to show"));
    m_pages->setRange(1, 20);
    m_pages->setValue(2);
    m_limit->setRange(1, 10000);
    m_limit->setValue(200);
    // The suffixes follow the number's plural form.
    const auto suffixes = [this] {
        m_pages->setSuffix(tr(" page(s)", "spin box suffix", m_pages->value()));
        m_limit->setSuffix(tr(" record(s)", "spin box suffix", m_limit->value()));
    };
    suffixes();
    connect(m_pages, &QSpinBox::valueChanged, this, suffixes);
    connect(m_limit, &QSpinBox::valueChanged, this, suffixes);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setToolTip(tr("Read every stream now (Ctrl+R)"));
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the read between or during requests; what was read so far stays shown"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requests->setHorizontalHeaderLabels({tr("Request"), tr("Status"), tr("Records"), tr("State before"), tr("State after")});
    m_requests->horizontalHeaderItem(3)->setToolTip(
        tr("Where the walk stood before this page: the paginator's next page and the incremental cursor"));
    m_requests->horizontalHeaderItem(4)->setToolTip(tr("Where the walk stands after this page; a state that does not move stops the walk"));
    m_step->setToolTip(tr("Step through the shown stream: read its next page from where the walk stopped, and show each page's paging "
                          "state before and after (Ctrl+N)"));
    m_step->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_toEnd->setToolTip(tr("Read the shown stream on from where the walk stopped, until its last page or the page limit's maximum (%1 pages)")
                            .arg(m_pages->maximum()));
    m_requests->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_requests->verticalHeader()->hide();
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->setAccessibleName(tr("Requests"));
    m_response->setAccessibleName(tr("Answer"));
    m_records->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_records->setAlternatingRowColors(true);
    m_records->setAccessibleName(tr("Extracted records"));
    m_schema->setHorizontalHeaderLabels({tr("Field"), tr("Type"), tr("Present"), tr("Sample values")});
    m_schema->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_schema->verticalHeader()->hide();
    m_schema->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_schema->setAccessibleName(tr("Inferred schema"));
    m_tabs->addTab(m_response, tr("Answer"));
    m_tabs->addTab(m_records, tr("Records"));
    m_tabs->addTab(m_schema, tr("Schema"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_stream, 1);
    top->addWidget(new QLabel(tr("Limits:"), this));
    top->addWidget(m_pages);
    top->addWidget(m_limit);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_step);
    top->addWidget(m_toEnd);
    top->addWidget(m_run);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_requests);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_message = messageLabel(this));
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_step, &QPushButton::clicked, this, &TestPage::nextPage);
    connect(m_toEnd, &QPushButton::clicked, this, &TestPage::runToEnd);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
    });
    connect(m_stream, &QComboBox::currentIndexChanged, this, &TestPage::showStream);
    connect(m_requests, &QTableWidget::currentCellChanged, this, [this](int row) {
        showAnswer(row);
        showRecords(row);
    });
}

bool TestPage::isRunning() const
{
    return m_cancelFlag != nullptr;
}

void TestPage::finished(const QHash<QString, SpecTester::Report> &reports, const QHash<QString, QJsonArray> &fixtures,
                        const QHash<QString, QString> &fingerprints, bool cancelled, bool continued)
{
    m_cancelFlag.reset();
    for (QPushButton *b : {m_run, m_step, m_toEnd})
        b->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->hide();
    QString firstError;
    for (auto it = reports.begin(); it != reports.end(); ++it) {
        SpecTester::Report report = it.value();
        QJsonArray exchanges = fixtures.value(it.key());
        if (continued && state().reports.contains(it.key())) {
            // The pages read go on the walk shown; a page that left the state where the previous
            // one did would be read again and again.
            SpecTester::Report walk = state().reports.value(it.key());
            if (!report.pages.isEmpty() && !walk.pages.isEmpty() && !report.pages.first().last
                && report.pages.first().after == walk.pages.constLast().after)
                report.error = tr("Page %1 left the paging state where page %2 did: the walk would read the same page again.")
                                   .arg(walk.pages.size() + 1)
                                   .arg(walk.pages.size());
            walk.pages += report.pages;
            walk.records += report.records;
            walk.unified += report.unified;
            walk.error = report.error;
            walk.schema = SourceProfile::profile(walk.records);
            report = walk;
            QJsonArray all = state().fixtures.value(it.key());
            for (const QJsonValue &e : std::as_const(exchanges))
                all.append(e);
            exchanges = all;
        }
        state().reports.insert(it.key(), report);
        state().fixtures.insert(it.key(), exchanges);
        if (report.error.isEmpty())
            state().testedWith.insert(it.key(), fingerprints.value(it.key()));
        else {
            state().testedWith.remove(it.key());
            if (firstError.isEmpty())
                firstError = tr("%1: %2").arg(it.key(), report.error);
        }
    }
    if (cancelled && firstError.isEmpty())
        firstError = tr("The test read was cancelled.");
    m_showNewest = continued;
    showStream();
    m_showNewest = false;
    setMessage(m_message, firstError, true);
    Q_EMIT wiz()->testReadFinished(firstError);
}

void TestPage::initializePage()
{
    fromState();
}

void TestPage::fromState()
{
    const QSignalBlocker block(m_stream);
    const QString keep = m_stream->currentText();
    m_stream->clear();
    m_stream->addItems(state().streamNames());
    m_stream->setCurrentIndex(std::max(0, m_stream->findText(keep)));
    showStream();
}

bool TestPage::validatePage()
{
    if (isRunning())
        return fail(tr("Wait for the test read to finish, or cancel it."));
    for (const QJsonObject &s : state().streams()) {
        const QString name = text(s, "name");
        if (state().testedWith.value(name) != state().fingerprint(name))
            return fail(state().reports.contains(name) && !state().reports.value(name).error.isEmpty()
                            ? tr("Stream %1 failed its test read; fix the earlier pages and run it again.").arg(name)
                            : tr("Run the test read (Ctrl+R): stream %1 has not been read with its current settings.").arg(name));
        if (state().reports.value(name).records.isEmpty())
            return fail(tr("Stream %1 returned no records; mapping needs at least one sample.").arg(name));
    }
    return true;
}

void TestPage::showStream()
{
    const QString name = m_stream->currentText();
    const SpecTester::Report report = state().reports.value(name);
    const QJsonArray exchanges = state().fixtures.value(name);
    m_requests->setRowCount(0);
    for (int i = 0; i < report.pages.size(); ++i) {
        m_requests->insertRow(i);
        m_requests->setItem(i, 0, new QTableWidgetItem(report.pages.at(i).request));
        m_requests->setItem(i, 1, new QTableWidgetItem(QString::number(report.pages.at(i).status)));
        m_requests->setItem(i, 2, new QTableWidgetItem(QString::number(report.pages.at(i).records)));
        // The reader's state around the page: where the next request goes, the incremental cursor.
        const auto state = [](const SpecTester::PageReport &page, const QJsonObject &checkpoint) {
            if (checkpoint.isEmpty())
                return page.last ? tr("(the walk ended)") : tr("(start)");
            QJsonObject shown = checkpoint.value("page"_L1).toObject();
            for (const char *key : {"cursor", "request_cursor"})
                if (!checkpoint.value(QLatin1StringView(key)).toString().isEmpty())
                    shown.insert(QLatin1StringView(key), checkpoint.value(QLatin1StringView(key)));
            return shown.isEmpty() ? tr("(no next page)") : QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact));
        };
        const SpecTester::PageReport &page = report.pages.at(i);
        m_requests->setItem(i, 3, new QTableWidgetItem(state(page, page.before)));
        m_requests->setItem(i, 4, new QTableWidgetItem(page.last ? tr("(the walk ended)") : state(page, page.after)));
    }
    for (int c = 1; c < m_requests->columnCount(); ++c)
        m_requests->resizeColumnToContents(c);
    if (!state().reports.contains(name))
        m_summary->setText(tr("Not read yet."));
    else if (!report.error.isEmpty())
        m_summary->setText(tr("Failed after %n request(s): %1", nullptr, int(report.pages.size())).arg(report.error));
    else if (!report.pages.isEmpty() && !report.pages.constLast().last)
        m_summary->setText(
            tr("%n page(s) read; the walk goes on from %1 — Next Page reads one more, Run to End the rest", nullptr, int(report.pages.size()))
                .arg(m_requests->item(m_requests->rowCount() - 1, 4)->text()));
    else
        m_summary->setText(
            tr("%n record(s)", nullptr, int(report.records.size())) + u" · "_s + tr("%n page(s)", nullptr, int(report.pages.size())) + u" · "_s
            + tr("%n field(s) inferred", nullptr, int(report.schema.size()))
            + (state().testedWith.value(name) == state().fingerprint(name) ? QString() : u" · "_s + tr("settings changed since; run again")));
    // Records: one column per scalar field (the first 12); the rows are the selected page's.
    m_columns.clear();
    for (const SourceField &f : report.schema)
        if (f.type != "object"_L1 && f.type != "array"_L1 && m_columns.size() < 12)
            m_columns << f.path;
    m_records->clear();
    m_records->setColumnCount(int(m_columns.size()));
    m_records->setHorizontalHeaderLabels(m_columns);
    m_schema->setRowCount(int(report.schema.size()));
    for (int r = 0; r < report.schema.size(); ++r) {
        const SourceField &f = report.schema.at(r);
        m_schema->setItem(r, 0, new QTableWidgetItem(f.path));
        m_schema->setItem(r, 1, new QTableWidgetItem(f.type));
        m_schema->setItem(r, 2, new QTableWidgetItem(f.records ? u"%1%"_s.arg(100 * f.present / f.records) : QString()));
        m_schema->setItem(r, 3, new QTableWidgetItem(f.samples.mid(0, 3).join(u", "_s)));
    }
    m_schema->resizeColumnsToContents();
    m_exchanges = exchanges;
    const int shown = m_requests->rowCount() == 0 ? -1 : m_showNewest ? m_requests->rowCount() - 1 : 0;
    if (shown >= 0)
        m_requests->selectRow(shown);
    showAnswer(shown);
    showRecords(shown);
}

void TestPage::showRecords(int row)
{
    const SpecTester::Report report = state().reports.value(m_stream->currentText());
    qsizetype from = 0;
    qsizetype count = report.records.size();
    if (row >= 0 && row < report.pages.size()) {
        for (int i = 0; i < row; ++i)
            from += report.pages.at(i).records;
        count = report.pages.at(row).records;
    }
    from = std::min(from, report.records.size());
    count = std::min(count, report.records.size() - from);
    m_records->clearContents();
    m_records->setRowCount(int(std::min<qsizetype>(count, 100)));
    for (int r = 0; r < m_records->rowCount(); ++r)
        for (int c = 0; c < m_columns.size(); ++c)
            m_records->setItem(r, c,
                               new QTableWidgetItem(SourceProfile::valueAt(report.records.at(from + r), m_columns.at(c)).toVariant().toString()));
    const int tab = m_tabs->indexOf(m_records);
    const int n = int(count);
    m_tabs->setTabText(tab, row >= 0 ? tr("Records of page %1 (%n)", nullptr, n).arg(row + 1) : tr("Records"));
    m_records->setAccessibleDescription(row >= 0 ? tr("The %n record(s) page %1 extracted", nullptr, n).arg(row + 1) : QString());
}

QJsonObject TestPage::continuation(const QString &stream) const
{
    if (!state().reports.contains(stream) || state().testedWith.value(stream) != state().fingerprint(stream))
        return {};
    const SpecTester::Report report = state().reports.value(stream);
    if (!report.error.isEmpty() || report.pages.isEmpty() || report.pages.constLast().last)
        return {};
    return report.pages.constLast().after;
}

void TestPage::showAnswer(int row)
{
    if (row < 0 || row >= m_exchanges.size()) {
        m_response->setPlainText(QString());
        return;
    }
    const QJsonObject response = m_exchanges.at(row).toObject().value("response"_L1).toObject();
    const QByteArray body = response.value("body"_L1).toString().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    m_response->setPlainText(doc.isNull() ? QString::fromUtf8(body.left(64 * 1024))
                                          : QString::fromUtf8(doc.toJson(QJsonDocument::Indented).left(256 * 1024)));
}

// Stepping goes on from where the shown walk stopped (one request per step, never the earlier
// pages again); a walk read with other settings, failed or ended starts from the first page.
void TestPage::nextPage()
{
    const QString name = m_stream->currentText();
    run(name, 1, continuation(name));
}

void TestPage::runToEnd()
{
    const QString name = m_stream->currentText();
    const QJsonObject from = continuation(name);
    const int read = from.isEmpty() ? 0 : int(state().reports.value(name).pages.size());
    run(name, std::max(1, m_pages->maximum() - read), from);
}

void TestPage::run(const QString &only, int pages, const QJsonObject &resume)
{
    if (isRunning())
        return;
    QJsonObject json = state().spec;
    json.insert(u"version"_s, 1);
    ConnectorSpec spec;
    QStringList errors;
    if (!ConnectorSpec::fromJson(json, &spec, &errors)) {
        const QString error = tr("The spec is not valid: %1").arg(errors.join(u"; "_s));
        setMessage(m_message, error, true);
        Q_EMIT wiz()->testReadFinished(error);
        return;
    }
    setMessage(m_message, {}, false);
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    for (QPushButton *b : {m_run, m_step, m_toEnd})
        b->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->show();
    m_summary->setText(tr("Reading…"));
    SpecTester::Limits limits;
    limits.pages = pages > 0 ? std::min(pages, m_pages->maximum()) : m_pages->value();
    limits.records = pages > 0 ? m_limit->maximum() : m_limit->value(); // stepping counts pages, not records
    limits.cancel = m_cancelFlag.get();
    limits.resumeFrom = resume;
    const bool continued = !resume.isEmpty();
    // Secrets typed into the wizard first, then what the keychain already holds (editing).
    auto credentials = CredentialStore::overlay(SecretOwner::spec(spec.name()), state().secrets, wiz()->credentials());
    QHash<QString, QString> fingerprints;
    for (const QJsonObject &s : spec.streams())
        fingerprints.insert(text(s, "name"), state().fingerprint(text(s, "name")));
    QJsonObject settings;
    if (spec.authenticator().contains("client_id"_L1))
        settings.insert(u"client_id"_s, spec.authenticator().value("client_id"_L1));
    QPointer<ConnectorWizard> w = wiz();
    QPointer<TestPage> page = this;
    auto cancel = m_cancelFlag;
    (void)QtConcurrent::run([w, page, spec, limits, credentials, fingerprints, settings, cancel, only, continued] {
        QHash<QString, SpecTester::Report> reports;
        QHash<QString, QJsonArray> fixtures;
        for (const QJsonObject &s : spec.streams()) {
            if (cancel->load())
                break;
            const QString name = text(s, "name");
            if (!only.isEmpty() && name != only)
                continue;
            Cassette cassette;
            reports.insert(name, SpecTester::run(spec, name, credentials, limits, settings, nullptr, &cassette));
            fixtures.insert(name, cassette.interactions());
        }
        deliver(w, [page, reports, fixtures, fingerprints, cancel, continued](ConnectorWizard *) {
            if (page)
                page->finished(reports, fixtures, fingerprints, cancel->load(), continued);
        });
    });
}

} // namespace BuilderDetail
} // namespace Orion

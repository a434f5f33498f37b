#include "paginationpage.h"

#include "adapters/declarative/connectorspec.h"
#include "adapters/declarative/rangefilters.h"
#include "adapters/declarative/specdetector.h"
#include "adapters/declarative/spectester.h"
#include "common/deliver.h"
#include "common/statuscolors.h"
#include "runtime/credentialstore.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Orion {
namespace BuilderDetail {

PaginationPage::PaginationPage()
    : m_stream(new QComboBox(this))
    , m_records(new QLineEdit(this))
    , m_primaryKey(new QLineEdit(this))
    , m_filterField(new QLineEdit(this))
    , m_filterEquals(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_pageSize(new QSpinBox(this))
    , m_startPage(new QSpinBox(this))
    , m_incremental(new QLineEdit(this))
    , m_incrementalParam(new QLineEdit(this))
    , m_incrementalStart(new QLineEdit(this))
    , m_lookback(new QSpinBox(this))
    , m_windowed(new QCheckBox(tr("Read in time &windows, concurrently"), this))
    , m_windowFrom(new QLineEdit(this))
    , m_windowTo(new QLineEdit(this))
    , m_windowStart(new QLineEdit(this))
    , m_windowDays(new QSpinBox(this))
    , m_windowReaders(new QSpinBox(this))
    , m_windowFormat(new QComboBox(this))
    , m_windowHint(new QLabel(this))
    , m_detect(new QPushButton(tr("&Detect from a Live Answer"), this))
    , m_notes(new QLabel(this))
    , m_evidence(new QLabel(this))
{
    setTitle(tr("Records and Pagination"));
    setSubTitle(tr("Where the records are in each answer, what identifies them, and how to get the next page. Detect reads one live page and "
                   "proposes all of it."));
    m_stream->setAccessibleName(tr("Stream"));
    m_records->setPlaceholderText(u"data"_s);
    m_primaryKey->setPlaceholderText(u"id"_s);
    m_filterField->setPlaceholderText(tr("optional: keep records whose field…"));
    m_filterEquals->setPlaceholderText(tr("…equals this value"));
    const QList<std::pair<QString, QString>> types{{u"none"_s, tr("None (one request)")},         {u"offset"_s, tr("Offset and limit")},
                                                   {u"page_number"_s, tr("Page number")},         {u"cursor"_s, tr("Cursor")},
                                                   {u"next_url"_s, tr("Next URL in the answer")}, {u"link_header"_s, tr("Link header (RFC 8288)")}};
    for (const auto &[key, label] : types)
        m_type->addItem(label, key);
    m_pageSize->setRange(1, 10000);
    m_pageSize->setValue(100);
    m_startPage->setRange(0, 1);
    m_startPage->setValue(1);
    m_lookback->setRange(0, 31536000);
    m_lookback->setSuffix(tr(" s"));
    m_incremental->setPlaceholderText(tr("optional, e.g. updated_at"));
    m_incrementalParam->setPlaceholderText(tr("optional query parameter, e.g. updated_since"));
    m_incrementalStart->setPlaceholderText(tr("optional, e.g. 2024-01-01T00:00:00Z"));
    // partition_by_time: a full read split into windows of the API's own range filter pair.
    m_windowed->setToolTip(tr("A full sync reads the stream as windows of time, several at once, each with its own checkpoint; "
                              "the API needs a pair of range filters (e.g. created[gte] and created[lt])."));
    m_windowFrom->setPlaceholderText(tr("from, inclusive, e.g. created[gte]"));
    m_windowTo->setPlaceholderText(tr("to, exclusive, e.g. created[lt]"));
    m_windowFrom->setAccessibleName(tr("Window start parameter"));
    m_windowTo->setAccessibleName(tr("Window end parameter"));
    m_windowStart->setPlaceholderText(tr("the oldest record's time, e.g. 2019-01-01T00:00:00Z"));
    m_windowDays->setRange(1, 3650);
    m_windowDays->setValue(30);
    m_windowDays->setSuffix(tr(" days"));
    m_windowDays->setAccessibleName(tr("Window size"));
    m_windowReaders->setRange(1, 16);
    m_windowReaders->setValue(4);
    m_windowReaders->setSuffix(tr(" readers"));
    m_windowReaders->setAccessibleName(tr("Readers at once"));
    m_windowFormat->addItem(tr("ISO 8601 times"), u"iso8601"_s);
    m_windowFormat->addItem(tr("Unix seconds"), u"unix_seconds"_s);
    m_windowFormat->addItem(tr("Unix milliseconds"), u"unix_ms"_s);
    m_windowFormat->setAccessibleName(tr("Window bounds sent as"));
    m_windowHint->setWordWrap(true);
    m_windowHint->setObjectName(u"windowHint"_s);
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::RichText);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setObjectName(u"importEvidence"_s);
    m_evidence->setAccessibleName(tr("Why the importer chose these"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Stream:"), m_stream);
    form->addRow(tr("&Records at:"), m_records);
    form->addRow(tr("&Primary key:"), m_primaryKey);
    auto *filter = new QHBoxLayout;
    filter->addWidget(m_filterField);
    filter->addWidget(m_filterEquals);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filterField);
    form->addRow(filterLabel, filter);
    form->addRow(tr("Pa&gination:"), m_type);
    form->addRow(tr("Page si&ze:"), m_pageSize);
    for (const char *key : {"offset_param", "limit_param", "page_param", "size_param", "cursor_path", "cursor_header", "cursor_param",
                            "cursor_from_last_record", "stop_path", "next_url_path"}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(key));
        m_params.insert(QString::fromLatin1(key), edit);
    }
    m_params[u"offset_param"_s]->setPlaceholderText(u"offset"_s);
    m_params[u"limit_param"_s]->setPlaceholderText(u"limit"_s);
    m_params[u"page_param"_s]->setPlaceholderText(u"page"_s);
    m_params[u"cursor_path"_s]->setPlaceholderText(tr("e.g. meta.next_cursor"));
    m_params[u"cursor_header"_s]->setPlaceholderText(tr("or a header, e.g. X-Next-Cursor"));
    m_params[u"cursor_from_last_record"_s]->setPlaceholderText(tr("or the last record's field, e.g. id"));
    m_params[u"stop_path"_s]->setPlaceholderText(tr("stop when false, e.g. has_more"));
    m_params[u"next_url_path"_s]->setPlaceholderText(tr("e.g. links.next"));
    form->addRow(tr("Offset parameter:"), m_params[u"offset_param"_s]);
    form->addRow(tr("Limit parameter:"), m_params[u"limit_param"_s]);
    form->addRow(tr("Page parameter:"), m_params[u"page_param"_s]);
    form->addRow(tr("First page:"), m_startPage);
    form->addRow(tr("Size parameter:"), m_params[u"size_param"_s]);
    form->addRow(tr("Cursor in the body:"), m_params[u"cursor_path"_s]);
    form->addRow(tr("Cursor header:"), m_params[u"cursor_header"_s]);
    form->addRow(tr("Cursor from record:"), m_params[u"cursor_from_last_record"_s]);
    form->addRow(tr("Cursor parameter:"), m_params[u"cursor_param"_s]);
    form->addRow(tr("More pages flag:"), m_params[u"stop_path"_s]);
    form->addRow(tr("Next URL at:"), m_params[u"next_url_path"_s]);
    form->addRow(tr("&Incremental by:"), m_incremental);
    form->addRow(tr("Sent as:"), m_incrementalParam);
    form->addRow(tr("Start at:"), m_incrementalStart);
    form->addRow(tr("&Lookback:"), m_lookback);
    form->addRow(tr("Full reads:"), m_windowed);
    auto *bounds = new QHBoxLayout;
    bounds->addWidget(m_windowFrom);
    bounds->addWidget(m_windowTo);
    auto *boundsLabel = new QLabel(tr("Window &bounds:"), this);
    boundsLabel->setBuddy(m_windowFrom);
    form->addRow(boundsLabel, bounds);
    auto *size = new QHBoxLayout;
    size->addWidget(m_windowDays);
    size->addWidget(m_windowReaders);
    size->addWidget(m_windowFormat, 1);
    auto *sizeLabel = new QLabel(tr("Windows &of:"), this);
    sizeLabel->setBuddy(m_windowDays);
    form->addRow(sizeLabel, size);
    form->addRow(tr("Oldest &record:"), m_windowStart);
    m_windowRows = {boundsLabel, sizeLabel, m_windowStart};
    form->addRow(QString(), m_windowHint);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addStretch();
    top->addWidget(m_detect);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_evidence);
    layout->addWidget(m_notes);
    layout->addStretch();
    layout->addWidget(m_message = messageLabel(this));
    connect(m_type, &QComboBox::currentIndexChanged, this, &PaginationPage::showParams);
    connect(m_stream, &QComboBox::currentIndexChanged, this, [this] {
        storeCurrent();
        m_current = m_stream->currentText();
        showCurrent();
    });
    connect(m_detect, &QPushButton::clicked, this, &PaginationPage::detect);
    connect(m_windowed, &QCheckBox::toggled, this, [this](bool on) {
        // Checked with nothing filled in: what the stream's own parameters suggest.
        if (on && m_windowFrom->text().trimmed().isEmpty() && m_windowTo->text().trimmed().isEmpty()) {
            const QJsonObject s = suggestedWindows();
            m_windowFrom->setText(text(s, "start_param"));
            m_windowTo->setText(text(s, "end_param"));
            if (m_windowStart->text().trimmed().isEmpty())
                m_windowStart->setText(text(s, "start"));
            if (const int f = m_windowFormat->findData(s.value("format"_L1).toString()); f >= 0)
                m_windowFormat->setCurrentIndex(f);
        }
        showWindows();
    });
    connect(m_incrementalParam, &QLineEdit::textChanged, this, &PaginationPage::showWindows);
    for (const char *key : {"limit_param", "size_param"})
        connect(m_params.value(QString::fromLatin1(key)), &QLineEdit::textChanged, this, &PaginationPage::showParams);
    showParams();
}

void PaginationPage::applyDetection(const QString &stream, const SpecDetector::Result &r)
{
    storeCurrent();
    QList<QJsonObject> streams = state().streams();
    QStringList verdicts;
    for (QJsonObject &s : streams)
        if (text(s, "name") == stream) {
            // A live answer settles what the description suggested: confirmed, or corrected.
            if (state().evidence.contains(stream)) {
                QJsonObject evidence = state().evidence.value(stream);
                const auto settle = [&](const char *key, const QJsonValue &before, const QJsonValue &after, const QString &what) {
                    QJsonObject choice = evidence.value(QLatin1StringView(key)).toObject();
                    const bool same = before == after;
                    choice.insert(u"confidence"_s, 1.0);
                    choice.insert(u"reason"_s,
                                  same ? tr("confirmed by a live answer (%1)").arg(choice.value("reason"_L1).toString())
                                       : tr("corrected by a live answer; the description suggested %1")
                                             .arg(before.isObject()
                                                      ? QString::fromUtf8(QJsonDocument(before.toObject()).toJson(QJsonDocument::Compact))
                                                      : u"\"%1\""_s.arg(before.toString())));
                    choice.insert(u"value"_s, after);
                    evidence.insert(QLatin1StringView(key), choice);
                    verdicts << (same ? tr("Detect confirmed the imported %1.").arg(what) : tr("Detect corrected the imported %1.").arg(what));
                };
                settle("record_selector", s.value("record_selector"_L1).toObject().value("path"_L1), QJsonValue(r.recordPath), tr("records"));
                settle("paginator", s.value("paginator"_L1), r.paginator, tr("pagination"));
                state().evidence.insert(stream, evidence);
            }
            s.insert(u"record_selector"_s, QJsonObject{{u"path"_s, r.recordPath}});
            if (!r.primaryKey.isEmpty())
                s.insert(u"primary_key"_s, r.primaryKey);
            s.insert(u"paginator"_s, r.paginator);
            if (!r.incrementalField.isEmpty() && !s.contains("incremental"_L1))
                s.insert(u"incremental"_s, QJsonObject{{u"cursor_field"_s, r.incrementalField}});
        }
    state().setStreams(streams);
    showCurrent();
    m_notes->setText((verdicts + r.notes).join(u'\n'));
}

void PaginationPage::showEvidence()
{
    // What the importer read each choice from, with how sure it was; low confidence is flagged.
    const QJsonObject evidence = state().evidence.value(m_current);
    if (evidence.isEmpty()) {
        m_evidence->clear();
        m_evidence->hide();
        return;
    }
    const QColor warn = StatusColors::color(StatusColors::Role::Warning, palette());
    QString html = u"<table cellspacing=2>"_s;
    const QList<std::pair<const char *, QString>> rows{
        {"record_selector", tr("Records")}, {"paginator", tr("Pagination")}, {"incremental", tr("Incremental")}};
    for (const auto &[key, label] : rows) {
        const QJsonObject choice = evidence.value(QLatin1StringView(key)).toObject();
        if (choice.isEmpty())
            continue;
        const double confidence = choice.value("confidence"_L1).toDouble();
        const bool low = confidence < 0.6;
        html += u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>"_s.arg(
            label.toHtmlEscaped(),
            low ? u"<span style=\"color:%1\">⚠ %2</span>"_s.arg(warn.name(), tr("%1 % — check it").arg(qRound(confidence * 100)))
                : tr("%1 %").arg(qRound(confidence * 100)),
            choice.value("reason"_L1).toString().toHtmlEscaped());
    }
    m_evidence->setText(html + u"</table>"_s);
    m_evidence->show();
}

void PaginationPage::setBusy(bool busy)
{
    m_detect->setEnabled(!busy);
    m_detect->setText(busy ? tr("Detecting…") : tr("&Detect from a Live Answer"));
}

void PaginationPage::setNotes(const QString &notes)
{
    m_notes->setText(notes);
}

QString PaginationPage::currentStream() const
{
    return m_current;
}

void PaginationPage::initializePage()
{
    fromState();
}

void PaginationPage::fromState()
{
    const QSignalBlocker block(m_stream);
    const QString keep = m_current;
    m_stream->clear();
    m_stream->addItems(state().streamNames());
    m_stream->setCurrentIndex(std::max(0, m_stream->findText(keep)));
    m_current = m_stream->currentText();
    showCurrent();
}

void PaginationPage::toState()
{
    storeCurrent();
}

bool PaginationPage::validatePage()
{
    toState();
    for (const QJsonObject &s : state().streams()) {
        if (text(s.value("record_selector"_L1).toObject(), "path").isEmpty() || text(s, "primary_key").isEmpty()) {
            m_stream->setCurrentText(text(s, "name"));
            return fail(tr("Stream %1: say where the records are and which field identifies them (or use Detect).").arg(text(s, "name")));
        }
    }
    // The whole spec so far through the same checks as any spec: precise paths for what is wrong.
    QJsonObject spec = state().spec;
    spec.insert(u"version"_s, 1);
    ConnectorSpec parsed;
    QStringList errors;
    if (!ConnectorSpec::fromJson(spec, &parsed, &errors))
        return fail(tr("The spec is not valid yet:\n%1").arg(errors.mid(0, 6).join(u'\n')));
    return true;
}

void PaginationPage::showParams()
{
    const QString type = m_type->currentData().toString();
    static const QHash<QString, QStringList> rows{
        {u"none"_s, {}},
        {u"offset"_s, {u"page_size"_s, u"offset_param"_s, u"limit_param"_s}},
        {u"page_number"_s, {u"page_size"_s, u"page_param"_s, u"size_param"_s, u"start_page"_s}},
        {u"cursor"_s,
         {u"cursor_path"_s, u"cursor_header"_s, u"cursor_from_last_record"_s, u"cursor_param"_s, u"stop_path"_s, u"page_size"_s, u"size_param"_s}},
        {u"next_url"_s, {u"next_url_path"_s}},
        {u"link_header"_s, {u"page_size"_s, u"size_param"_s}}};
    const QStringList visible = rows.value(type);
    for (auto it = m_params.begin(); it != m_params.end(); ++it)
        m_form->setRowVisible(it.value(), visible.contains(it.key()));
    m_form->setRowVisible(m_pageSize, visible.contains(u"page_size"_s));
    m_form->setRowVisible(m_startPage, visible.contains(u"start_page"_s));
    // A page size needs the parameter that carries it: offset and page-number paging step by it
    // (it is then the API's own size unless a limit or size parameter sets it); the others send it
    // only through the size parameter.
    const QString carrier = type == "offset"_L1 ? u"limit_param"_s : u"size_param"_s;
    const bool carried = !m_params.value(carrier)->text().trimmed().isEmpty();
    const bool steps = type == "offset"_L1 || type == "page_number"_L1;
    m_pageSize->setEnabled(carried || steps);
    m_pageSize->setToolTip(carried     ? tr("Records asked for per request, sent as %1").arg(m_params.value(carrier)->text().trimmed())
                               : steps ? tr("Without a %1 this must be the number of records the API sends per page by itself")
                                             .arg(type == "offset"_L1 ? tr("limit parameter") : tr("size parameter"))
                                       : tr("Enter the size parameter first: without it the API's own page size applies"));
}

void PaginationPage::storeCurrent()
{
    if (m_current.isEmpty())
        return;
    QList<QJsonObject> streams = state().streams();
    for (QJsonObject &s : streams) {
        if (text(s, "name") != m_current)
            continue;
        QJsonObject selector{{u"path"_s, m_records->text().trimmed()}};
        if (!m_filterField->text().trimmed().isEmpty())
            selector.insert(u"filter"_s, QJsonObject{{u"field"_s, m_filterField->text().trimmed()}, {u"equals"_s, m_filterEquals->text()}});
        s.insert(u"record_selector"_s, selector);
        insertText(&s, u"primary_key"_s, m_primaryKey->text());
        const QString type = m_type->currentData().toString();
        QJsonObject p{{u"type"_s, type}};
        const QStringList keys = [&] {
            QStringList k;
            for (auto it = m_params.begin(); it != m_params.end(); ++it)
                if (m_form->isRowVisible(it.value()))
                    k << it.key();
            return k;
        }();
        for (const QString &k : keys)
            insertText(&p, k, m_params.value(k)->text());
        if (m_form->isRowVisible(m_pageSize) && m_pageSize->isEnabled())
            p.insert(u"page_size"_s, m_pageSize->value());
        if (type == "page_number"_L1)
            p.insert(u"start_page"_s, m_startPage->value());
        s.insert(u"paginator"_s, p);
        if (m_windowed->isChecked() && m_windowed->isEnabled()) {
            QJsonObject byTime{{u"window_seconds"_s, m_windowDays->value() * 86400},
                               {u"concurrency"_s, m_windowReaders->value()},
                               {u"format"_s, m_windowFormat->currentData().toString()}};
            insertText(&byTime, u"start_param"_s, m_windowFrom->text());
            insertText(&byTime, u"end_param"_s, m_windowTo->text());
            insertText(&byTime, u"start"_s, m_windowStart->text());
            s.insert(u"partition_by_time"_s, byTime);
        } else {
            s.remove(u"partition_by_time"_s);
        }
        if (m_incremental->text().trimmed().isEmpty()) {
            s.remove(u"incremental"_s);
        } else {
            QJsonObject inc{{u"cursor_field"_s, m_incremental->text().trimmed()}};
            insertText(&inc, u"request_param"_s, m_incrementalParam->text());
            insertText(&inc, u"start"_s, m_incrementalStart->text());
            if (m_lookback->value() > 0)
                inc.insert(u"lookback_seconds"_s, m_lookback->value());
            s.insert(u"incremental"_s, inc);
        }
    }
    state().setStreams(streams);
}

void PaginationPage::showCurrent()
{
    const QJsonObject s = state().stream(m_current);
    const QJsonObject selector = s.value("record_selector"_L1).toObject();
    m_records->setText(text(selector, "path"));
    m_filterField->setText(text(selector.value("filter"_L1).toObject(), "field"));
    m_filterEquals->setText(selector.value("filter"_L1).toObject().value("equals"_L1).toVariant().toString());
    m_primaryKey->setText(text(s, "primary_key"));
    const QJsonObject p = s.value("paginator"_L1).toObject();
    m_type->setCurrentIndex(std::max(0, m_type->findData(p.value("type"_L1).toString(u"none"_s))));
    for (auto it = m_params.begin(); it != m_params.end(); ++it)
        it.value()->setText(p.value(it.key()).toString());
    m_pageSize->setValue(p.value("page_size"_L1).toInt(100));
    m_startPage->setValue(p.value("start_page"_L1).toInt(1));
    const QJsonObject inc = s.value("incremental"_L1).toObject();
    m_incremental->setText(text(inc, "cursor_field"));
    m_incrementalParam->setText(text(inc, "request_param"));
    m_incrementalStart->setText(text(inc, "start"));
    m_lookback->setValue(inc.value("lookback_seconds"_L1).toInt());
    const QJsonObject byTime = s.value("partition_by_time"_L1).toObject();
    {
        const QSignalBlocker block(m_windowed);
        m_windowed->setChecked(!byTime.isEmpty());
    }
    m_windowFrom->setText(text(byTime, "start_param"));
    m_windowTo->setText(text(byTime, "end_param"));
    m_windowStart->setText(text(byTime, "start"));
    m_windowDays->setValue(int(std::clamp<qint64>(byTime.value("window_seconds"_L1).toInteger(30 * 86400) / 86400, 1, 3650)));
    m_windowReaders->setValue(byTime.value("concurrency"_L1).toInt(4));
    m_windowFormat->setCurrentIndex(std::max(0, m_windowFormat->findData(byTime.value("format"_L1).toString(u"iso8601"_s))));
    const bool child = s.contains("partition"_L1);
    m_windowed->setEnabled(!child);
    m_windowed->setToolTip(child ? tr("This stream is read per record of its parent stream; it cannot also be read in time windows.")
                                 : tr("A full sync reads the stream as windows of time, several at once, each with its own checkpoint; "
                                      "the API needs a pair of range filters (e.g. created[gte] and created[lt])."));
    showParams();
    showEvidence();
    showWindows();
}

QJsonObject PaginationPage::suggestedWindows() const
{
    // The incremental parameter with the partners its spelling implies (updated[gte] → updated[lt]).
    const QString param = m_incrementalParam->text().trimmed();
    if (param.isEmpty())
        return {};
    RangeFilters::Parameters parameters{{param, QString()}};
    static const QList<std::pair<QString, QString>> partners{{u"[gte]"_s, u"[lt]"_s}, {u".gte"_s, u".lt"_s},      {u"__gte"_s, u"__lt"_s},
                                                             {u"_gte"_s, u"_lt"_s},   {u"[gt]"_s, u"[lt]"_s},     {u"_after"_s, u"_before"_s},
                                                             {u"_from"_s, u"_to"_s},  {u"_since"_s, u"_until"_s}, {u"_start"_s, u"_end"_s}};
    for (const auto &[from, to] : partners)
        if (param.endsWith(from))
            parameters.insert(param.chopped(from.size()) + to, QString());
    if (param == "since"_L1)
        parameters.insert(u"until"_s, QString());
    QStringList notes;
    return RangeFilters::propose(m_current, parameters, &notes);
}

void PaginationPage::showWindows()
{
    const bool on = m_windowed->isChecked() && m_windowed->isEnabled();
    for (QWidget *w : std::as_const(m_windowRows))
        m_form->setRowVisible(w, on);
    const QJsonObject suggestion = on ? QJsonObject() : suggestedWindows();
    if (on)
        m_windowHint->setText(tr("Set the oldest record's time: windows start there. Check in a test read that the first bound includes "
                                 "and the second excludes its time."));
    else if (!suggestion.isEmpty())
        m_windowHint->setText(tr("The API filters by %1; with %2 as a window's end, full syncs can read several windows at once: check "
                                 "Read in time windows.")
                                  .arg(text(suggestion, "start_param"), text(suggestion, "end_param")));
    else
        m_windowHint->clear();
    m_form->setRowVisible(m_windowHint, !m_windowHint->text().isEmpty());
}

void PaginationPage::detect()
{
    storeCurrent();
    const QString name = m_current;
    QJsonObject json = state().spec;
    json.insert(u"version"_s, 1);
    // The first page as configured so far (a wrong record path does not matter: the exchange is what
    // detection reads).
    QList<QJsonObject> streams;
    for (QJsonObject s : state().streams()) {
        if (text(s, "name") != name)
            continue;
        if (text(s.value("record_selector"_L1).toObject(), "path").isEmpty())
            s.insert(u"record_selector"_s, QJsonObject{{u"path"_s, u"data"_s}});
        if (text(s, "primary_key").isEmpty())
            s.insert(u"primary_key"_s, u"id"_s);
        if (!s.value("paginator"_L1).isObject())
            s.insert(u"paginator"_s, QJsonObject{{u"type"_s, u"none"_s}});
        s.remove(u"incremental"_s);
        s.remove(u"mappings"_s);
        streams << s;
    }
    QJsonArray a;
    for (const QJsonObject &s : streams)
        a.append(s);
    json.insert(u"streams"_s, a);
    ConnectorSpec spec;
    QStringList errors;
    if (!ConnectorSpec::fromJson(json, &spec, &errors)) {
        Q_EMIT wiz()->detected({}, tr("Cannot send a test request: %1").arg(errors.join(u"; "_s)));
        return;
    }
    setBusy(true);
    // Secrets typed into the wizard first, then what the keychain already holds (editing).
    auto credentials = CredentialStore::overlay(SecretOwner::spec(spec.name()), state().secrets, wiz()->credentials());
    QPointer<ConnectorWizard> w = wiz();
    QPointer<PaginationPage> page = this;
    (void)QtConcurrent::run([w, page, spec, name, credentials] {
        Cassette cassette;
        SpecTester::Limits limits;
        limits.pages = 1;
        const SpecTester::Report report = SpecTester::run(spec, name, credentials, limits, {}, nullptr, &cassette);
        SpecDetector::Result result;
        QString error;
        if (cassette.size() == 0)
            error = report.error.isEmpty() ? ConnectorWizard::tr("No answer came back.") : report.error;
        else if (!SpecDetector::detect(cassette.interactions().first().toObject(), &result, &error) && !report.error.isEmpty())
            error = report.error;
        deliver(w, [page, name, result, error](ConnectorWizard *wizard) {
            if (!page)
                return;
            page->setBusy(false);
            if (error.isEmpty())
                page->applyDetection(name, result);
            else
                page->setNotes(QString());
            wizard->showPageError(error.isEmpty() ? QString() : ConnectorWizard::tr("Detection failed: %1").arg(error));
            Q_EMIT wizard->detected(result.notes, error);
        });
    });
}

} // namespace BuilderDetail
} // namespace Orion

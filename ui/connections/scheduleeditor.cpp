#include "scheduleeditor.h"
#include "common/statuscolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Orion {

ScheduleEditor::ScheduleEditor(QWidget *parent)
    : QGroupBox(tr("Schedule"), parent)
    , m_kind(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_every(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_cron(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_onWorkers(new QCheckBox(tr("Run on &workers (the PostgreSQL job queue) instead of this app"), this))
    , m_preview(new QLabel(this))
{
    m_kind->addItem(tr("Manual (only when started)"), u"manual"_s);
    m_kind->addItem(tr("Every…"), u"interval"_s);
    m_kind->addItem(tr("Cron expression"), u"cron"_s);
    m_kind->setAccessibleName(tr("Schedule type"));
    m_every->setRange(1, 999);
    m_every->setValue(1);
    m_every->setAccessibleName(tr("Interval"));
    m_unit->addItem(tr("minutes"), 60);
    m_unit->addItem(tr("hours"), 3600);
    m_unit->addItem(tr("days"), 86400);
    m_unit->setCurrentIndex(1);
    m_unit->setAccessibleName(tr("Interval unit"));
    m_cron->setPlaceholderText(u"0 6 * * mon-fri"_s);
    m_cron->setAccessibleName(tr("Cron expression"));
    m_cron->setToolTip(tr("Minute, hour, day of month, month, day of week: * , - / and names (jan, mon); or @hourly, @daily, @weekly, @monthly"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_zone->setAccessibleName(tr("Time zone"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setAccessibleName(tr("Next runs"));

    auto *manual = new QWidget(this);
    auto *interval = new QWidget(this);
    auto *intervalRow = new QHBoxLayout(interval);
    intervalRow->setContentsMargins(0, 0, 0, 0);
    intervalRow->addWidget(m_every);
    intervalRow->addWidget(m_unit);
    intervalRow->addStretch();
    auto *cron = new QWidget(this);
    auto *cronForm = new QFormLayout(cron);
    cronForm->setContentsMargins(0, 0, 0, 0);
    cronForm->addRow(tr("E&xpression:"), m_cron);
    cronForm->addRow(tr("Time &zone:"), m_zone);
    m_stack->addWidget(manual);
    m_stack->addWidget(interval);
    m_stack->addWidget(cron);

    auto *form = new QFormLayout(this);
    form->addRow(tr("R&uns:"), m_kind);
    form->addRow(QString(), m_stack);
    form->addRow(QString(), m_preview);
    form->addRow(QString(), m_onWorkers);
    m_onWorkers->setVisible(false);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_stack->setCurrentIndex(i);
        update();
    });
    connect(m_every, &QSpinBox::valueChanged, this, &ScheduleEditor::update);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ScheduleEditor::update);
    connect(m_cron, &QLineEdit::textChanged, this, &ScheduleEditor::update);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleEditor::update);
    update();
}

void ScheduleEditor::setSchedule(const Schedule &schedule, bool runOnWorkers)
{
    m_kind->setCurrentIndex(int(schedule.kind));
    if (schedule.kind == Schedule::Kind::Interval) {
        for (int i = m_unit->count() - 1; i >= 0; --i) {
            const qint64 unit = m_unit->itemData(i).toLongLong();
            if (schedule.intervalSeconds % unit == 0) {
                m_unit->setCurrentIndex(i);
                m_every->setValue(int(schedule.intervalSeconds / unit));
                break;
            }
        }
    } else if (schedule.kind == Schedule::Kind::Cron) {
        m_cron->setText(schedule.cron);
        m_zone->setCurrentText(schedule.timeZone);
    }
    m_onWorkers->setChecked(runOnWorkers);
    update();
}

void ScheduleEditor::setWorkersAvailable(bool available)
{
    m_workersAvailable = available;
    m_onWorkers->setVisible(available);
    if (!available)
        m_onWorkers->setChecked(false);
}

Schedule ScheduleEditor::schedule() const
{
    switch (m_kind->currentIndex()) {
    case 1: return Schedule::every(qint64(m_every->value()) * m_unit->currentData().toLongLong());
    case 2: return Schedule::cronIn(m_cron->text(), m_zone->currentText().trimmed());
    default: return Schedule::manual();
    }
}

bool ScheduleEditor::runOnWorkers() const
{
    // Not isVisible(): the dialog is already hidden when its accepted() handlers ask.
    return m_workersAvailable && m_onWorkers->isChecked() && schedule().kind != Schedule::Kind::Manual;
}

bool ScheduleEditor::validate(QString *error) const
{
    if (schedule().validate(error))
        return true;
    *error = tr("Schedule: %1").arg(*error);
    return false;
}

QString ScheduleEditor::preview() const
{
    return m_preview->text();
}

void ScheduleEditor::update()
{
    const Schedule s = schedule();
    QString error;
    bool problem = false;
    if (s.kind == Schedule::Kind::Manual) {
        m_preview->setText(tr("Syncs run only when started (Sync Now, the command line, Slack)."));
    } else if (!s.validate(&error)) {
        m_preview->setText(error);
        problem = true;
    } else {
        // Cron times read best in the schedule's own zone; intervals in local time.
        const QTimeZone zone = s.kind == Schedule::Kind::Cron ? QTimeZone(s.timeZone.toUtf8()) : QTimeZone::systemTimeZone();
        QStringList runs;
        QDateTime t = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i) {
            t = s.nextAfter(t);
            if (!t.isValid())
                break;
            runs << QLocale().toString(t.toTimeZone(zone), u"ddd d MMM, HH:mm"_s);
        }
        m_preview->setText(runs.isEmpty() ? tr("This schedule never runs.")
                                          : tr("Next runs: %1 (%2)").arg(runs.join(u"; "_s), QString::fromUtf8(zone.id())));
        problem = runs.isEmpty();
    }
    StatusColors::markError(m_preview, problem);
    Q_EMIT changed();
}

} // namespace Orion

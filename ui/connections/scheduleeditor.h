#pragma once

#include "sync/schedule.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace Orion {

// A connection's schedule: manual, every N minutes/hours/days, or a cron expression in a time zone,
// with the next three run times shown as the user types (or what is wrong with the expression), and
// "Run on workers" when the workspace is PostgreSQL.
class ScheduleEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit ScheduleEditor(QWidget *parent = nullptr);

    void setSchedule(const Schedule &schedule, bool runOnWorkers);
    void setWorkersAvailable(bool available); // PostgreSQL workspaces only
    Schedule schedule() const;
    bool runOnWorkers() const;
    bool validate(QString *error) const;
    QString preview() const; // the text under the fields: next runs, or the problem

Q_SIGNALS:
    void changed();

private:
    void update();

    QComboBox *m_kind;
    QStackedWidget *m_stack;
    QSpinBox *m_every;
    QComboBox *m_unit;
    QLineEdit *m_cron;
    QComboBox *m_zone;
    QCheckBox *m_onWorkers;
    QLabel *m_preview;
    bool m_workersAvailable = false;
};

} // namespace Orion

#pragma once

#include "adapters/declarative/specdetector.h"
#include "builderpage.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Orion {

namespace BuilderDetail {

// 4. Record selection and pagination per stream, detected from a live answer or set by hand.
class PaginationPage : public BuilderPage
{
    Q_OBJECT
public:
    PaginationPage();
    void detect();
    void applyDetection(const QString &stream, const SpecDetector::Result &r);
    void setBusy(bool busy);
    void setNotes(const QString &notes);
    QString currentStream() const;
    void initializePage() override;
    void fromState() override;
    void toState() override;
    bool validatePage() override;

private:
    void showParams();
    void storeCurrent();
    void showCurrent();
    void showEvidence();
    void showWindows(); // the time-window rows, shown when the stream is read in windows
    // A partition_by_time the stream's own parameters suggest (its incremental parameter with its
    // partner, e.g. updated[gte] → updated[lt]), or empty.
    QJsonObject suggestedWindows() const;

    QComboBox *m_stream;
    QLineEdit *m_records;
    QLineEdit *m_primaryKey;
    QLineEdit *m_filterField;
    QLineEdit *m_filterEquals;
    QComboBox *m_type;
    QSpinBox *m_pageSize;
    QSpinBox *m_startPage;
    QLineEdit *m_incremental;
    QLineEdit *m_incrementalParam;
    QLineEdit *m_incrementalStart;
    QSpinBox *m_lookback;
    QCheckBox *m_windowed;
    QLineEdit *m_windowFrom;
    QLineEdit *m_windowTo;
    QLineEdit *m_windowStart;
    QSpinBox *m_windowDays;
    QSpinBox *m_windowReaders;
    QComboBox *m_windowFormat;
    QLabel *m_windowHint;
    QList<QWidget *> m_windowRows; // the rows shown while the stream is read in windows (a widget of each)
    QPushButton *m_detect;
    QLabel *m_notes;
    QLabel *m_evidence; // what the importer read the current stream's records and pagination from
    QFormLayout *m_form = nullptr;
    QHash<QString, QLineEdit *> m_params;
    QString m_current;
};

} // namespace BuilderDetail
} // namespace Orion

#pragma once

#include <optional>

#include "mapping/mapping.h"

#include <QList>
#include <QWidget>

class QLabel;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Orion {

// The approval rate of past decisions per confidence band as a bar chart, with a note saying
// whether the evidence supports approving a band at once (10 decisions at ≥ 95 % approval).
class CalibrationView : public QWidget
{
    Q_OBJECT
public:
    explicit CalibrationView(QWidget *parent = nullptr);

    void setDecisions(const QList<BandDecisions> &bands);
    QChartView *chartView() const { return m_chart; }
    QString note() const;

private:
    QChartView *m_chart;
    QLabel *m_note;
    std::optional<QList<BandDecisions>> m_bands; // shown, redrawn in a new language
};

} // namespace Orion

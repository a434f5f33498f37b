#include "calibrationview.h"

#include "common/retranslate.h"

#include "common/mappingreviewtable.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace Orion {

CalibrationView::CalibrationView(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChartView(new QChart, this))
    , m_note(new QLabel(this))
{
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_note);
    onLanguageChange(this, [this] {
        m_chart->setAccessibleName(QCoreApplication::translate("Orion::MappingsPage", "Approval rate per confidence band"));
        if (m_bands)
            setDecisions(*m_bands);
    });
}

QString CalibrationView::note() const
{
    return m_note->text();
}

void CalibrationView::setDecisions(const QList<BandDecisions> &bands)
{
    m_bands = bands;
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(QCoreApplication::translate("Orion::MappingsPage", "Approval rate of past decisions per confidence band"));
    auto *set = new QBarSet(QCoreApplication::translate("Orion::MappingsPage", "Approved, %"));
    set->setColor(MappingReviewTable::bandColor(ConfidenceBand::High));
    QStringList labels;
    QString suggestion;
    int decided = 0;
    for (const BandDecisions &b : bands) {
        *set << b.approvalRate() * 100.0;
        decided += b.decided();
        // Axis labels are rich text.
        labels << QCoreApplication::translate("Orion::MappingsPage", "%1 (%2 decided)")
                      .arg(confidenceBandLabel(b.band).toHtmlEscaped())
                      .arg(b.decided());
        if (b.decided() >= 10 && b.approvalRate() >= 0.95 && suggestion.isEmpty() && b.band == ConfidenceBand::High)
            suggestion = confidenceBandLabel(b.band);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value %"_s);
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%d %%"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setTitleBrush(palette().color(QPalette::Text));
    if (decided == 0)
        m_note->setText(QCoreApplication::translate("Orion::MappingsPage",
                                                    "No decisions yet. As admins approve and reject, this shows how often each band is approved."));
    else if (suggestion.isEmpty())
        m_note->setText(QCoreApplication::translate(
            "Orion::MappingsPage", "%n decision(s) so far; not yet enough evidence (10 decisions at ≥ 95 % approval) for an auto-approve threshold.",
            nullptr, decided));
    else
        m_note->setText(QCoreApplication::translate(
                            "Orion::MappingsPage",
                            "Suggestions at %1 were approved at least 95 % of the time: approving them all at once is supported by the evidence.")
                            .arg(suggestion));
}

} // namespace Orion

#pragma once

#include "adapters/declarative/spectester.h"
#include "builderpage.h"

#include <QHash>
#include <QJsonArray>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace Orion {

class CodeView;

namespace BuilderDetail {

// 5. Test read: every stream live within limits; requests (redacted), answers, records, schema.
class TestPage : public BuilderPage
{
    Q_OBJECT
public:
    TestPage();
    bool isRunning() const;
    // Every stream within the limits; or, stepping, only `stream` for `pages` pages. `resume`: go on
    // from that page state (a page's "after") and add the pages to the walk shown (Next Page reads
    // one, Run to End the rest up to the page limit's maximum).
    void run(const QString &stream = {}, int pages = 0, const QJsonObject &resume = {});
    void nextPage();
    void runToEnd();
    void finished(const QHash<QString, SpecTester::Report> &reports, const QHash<QString, QJsonArray> &fixtures,
                  const QHash<QString, QString> &fingerprints, bool cancelled, bool continued = false);
    void initializePage() override;
    void fromState() override;
    void toState() override { }
    bool validatePage() override;

private:
    void showStream();
    void showAnswer(int row);
    void showRecords(int row); // the records the page of this row extracted
    // Where the shown walk of `stream` goes on, when it can (read with the current settings, no
    // error, not at its end); empty otherwise.
    QJsonObject continuation(const QString &stream) const;

    QComboBox *m_stream;
    QSpinBox *m_pages;
    QSpinBox *m_limit;
    QPushButton *m_run;
    QPushButton *m_step;
    QPushButton *m_toEnd;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_requests;
    CodeView *m_response;
    QTableWidget *m_records;
    QTableWidget *m_schema;
    QTabWidget *m_tabs;
    QJsonArray m_exchanges;
    QStringList m_columns;     // the Records tab's columns: the stream's scalar fields
    bool m_showNewest = false; // after a step: the page just read is the one shown
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace BuilderDetail
} // namespace Orion

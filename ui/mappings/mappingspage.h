#pragma once

#include "common/mappingreviewtable.h"
#include "connections/connectionsummary.h"
#include "mapping/mappingengine.h"
#include "services/mappingreviewservice.h"

#include <QWidget>

class QComboBox;
class QDialog;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QToolButton;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Orion {

class CalibrationView;
class MappingDetails;
class MappingFilterProxy;
class MappingReviewTable;
class MappingReviewModel;

// The admin's mapping review: per connection and stream, the suggestions with confidence (bar and
// number in colour bands), status and who decided; filters by band and status; a details pane with
// the reasoning, alternatives and sample values before → after; edit the source path (from the
// sample's fields) and transformation; approve or reject one or many (Ctrl+Return, Ctrl+Delete),
// or everything at or above a threshold; export and import; ask for approval in Slack; and a
// calibration chart of past decisions per confidence band. The page wires these widgets to the
// MappingReviewService, which does the work off the GUI thread (the matcher can be cancelled).
class MappingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MappingsPage(MappingReviewService *service, QWidget *parent = nullptr);
    ~MappingsPage() override;

    void setConnections(const ConnectionSummaries &connections);
    void setLlmSettings(const LlmSettings &settings) { m_llm = settings; }
    void selectConnection(const QString &name, const QString &stream);
    void refresh() { reload(); }

    // For tests and the shell.
    MappingReviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void suggest(); // from the stream's stored records
    void suggestFrom(const QList<QJsonObject> &records, const QString &documentation = {});
    void approveSelected();
    void rejectSelected();
    void approveAtOrAbove(double threshold);
    void editCurrent(const QString &sourcePath, Transformation transformation);
    void exportTo(const QString &path);
    void importFrom(const QString &path, bool keepDecisions);
    void askInSlack(const QString &slackConnection, const QString &channel);
    void setApprovers(const QStringList &slackUserIds);
    QString validationText() const;
    // The source schema as a tree (paths split at dots and [0]); returns the path picked, or empty.
    QString chooseSourcePath();
    QDialog *sourceDialog() const { return m_sourceDialog; }
    QString statusText() const;
    QString detailsText() const; // the details pane's reasoning and alternatives, for tests
    QChartView *calibrationChart() const;
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void reloaded(); // mappings, samples and calibration shown for the current selection
    void suggestionsStored(int count);
    void decided(int count);
    void slackRequestsPosted(int count, const QString &error);
    void exported(const QString &error);
    void approversChanged(const QStringList &ids, const QString &error);
    void imported(int count, const QString &error);

private:
    void reload();
    void showReview(const MappingReviewService::Review &review);
    void showOutcome(const MappingReviewService::Outcome &outcome);
    void showValidation(MappingTarget target, const StoredMappings &mappings);
    void decide(bool approve);
    void updateDetails();
    void updateActionTips();
    void setBusy(bool busy, const QString &text);
    void showStatus(const QString &text, bool error = false);
    qint64 currentConnectionId() const;
    QString currentStream() const;
    MappingTarget currentTarget() const;
    QList<qint64> selectedIds() const;

    MappingReviewService *m_service;
    LlmSettings m_llm;
    ConnectionSummaries m_connections;
    QComboBox *m_connection;
    QComboBox *m_stream;
    QPushButton *m_suggest;
    QToolButton *m_more;
    QComboBox *m_band;
    QComboBox *m_statusFilter;
    QLineEdit *m_filter;
    QTabWidget *m_tabs;
    MappingReviewTable *m_table;
    MappingReviewModel *m_model;
    MappingFilterProxy *m_proxy;
    MappingDetails *m_details;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QDoubleSpinBox *m_threshold;
    QPushButton *m_approveAll;
    QLabel *m_status;
    QLabel *m_validation;
    QDialog *m_sourceDialog = nullptr; // while the schema tree is open (tests reach it)
    QToolButton *m_cancel;
    CalibrationView *m_calibration;
    QList<QJsonObject> m_samples;
    QString m_samplesKey;  // connection id/stream the samples belong to
    QString m_afterReload; // status to show once the reload it caused arrives
    SourceFields m_fields;
    int m_generation = 0; // answers for an older selection are dropped
};

} // namespace Orion

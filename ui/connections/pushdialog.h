#pragma once

#include "sync/pushplan.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;

namespace Orion {

class CredentialStore;
class PushPlanModel;
class PushService;
class SyncService;

// Push… on a connection: customers written to its service from another connection's stored
// records (with a filter) or from a JSON-lines file. First a dry run reads the target and shows
// per record what a push would do — create, update (field by field), unchanged, refused and why —
// then Apply writes the creates and updates with progress and cancel; the outcome goes to Activity.
class PushDialog : public QDialog
{
    Q_OBJECT
public:
    PushDialog(SyncService *sync, const QString &target, const QStringList &sources, QWidget *parent = nullptr);
    ~PushDialog() override;

    void setSourceConnection(const QString &connection, const QString &filter = {});
    void setSourceFile(const QString &path);
    void dryRun();
    void apply();
    void cancelRunning();

    const PushPlan &plan() const { return m_plan; }
    QString statusText() const;
    bool isBusy() const;
    QTableView *planView() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *dryRunButton() const { return m_dryRun; }

Q_SIGNALS:
    void planShown();
    void applyFinished(bool ok);

protected:
    void reject() override;

private:
    void setBusy(bool busy, const QString &what);
    void updateButtons();
    void showPlan(const PushPlan &plan, const QString &error);
    void browse();

    QString m_target;
    std::unique_ptr<PushService> m_service;
    PushPlan m_plan;
    bool m_planCurrent = false; // the shown plan matches the chosen source
    QRadioButton *m_fromConnection;
    QRadioButton *m_fromFile;
    QComboBox *m_source;
    QLineEdit *m_filter;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_summary;
    QTableView *m_view;
    PushPlanModel *m_model;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_dryRun;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
};

} // namespace Orion

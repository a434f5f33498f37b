#pragma once

#include "connections/connectionsummary.h"
#include "services/syncjob.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Orion {

class ConnectionDialog;
class ConnectionListModel;
class CredentialStore;
class SyncService;

// The workspace's connections: connector, health and last sync, with filtering and sorting; add,
// edit and remove; "Sync Now" with live progress, records/s, cancel and the run's log.
class ConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionsPage(QWidget *parent = nullptr);

    void setSyncService(SyncService *service);
    void setWorkersAvailable(bool available); // a PostgreSQL workspace: "Run on Workers" is offered
    void runSelectedOnWorkers();
    void setConnections(const ConnectionSummaries &connections);
    // The connectors the registry knows changed (a workspace's custom connectors were loaded).
    void connectorsChanged();
    ConnectionListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isShowingEmptyState() const;

    std::optional<ConnectionSummary> selectedConnection() const;
    void selectConnection(const QString &name);

    // Opens the dialog (non-modal for tests: returns it; the page handles accept).
    ConnectionDialog *openAddDialog();
    ConnectionDialog *openEditDialog();
    void syncSelected();
    class SoqlEditor *openSoqlEditor();
    class AlertsDialog *openAlerts();
    class PushDialog *openPush();
    class BulkJobsDialog *openBulkJobs();
    void cancelSelectedSync();

    // The sync panel, for tests and screenshots.
    QProgressBar *syncProgressBar() const { return m_progress; }
    QLabel *syncStatusLabel() const { return m_syncStatus; }
    QPlainTextEdit *syncLog() const { return m_log; }
    qint64 recordsShown() const; // records read of the selected connection's current or last sync

Q_SIGNALS:
    void demoWorkspaceRequested();
    void refreshRequested();
    // Secrets go to the keychain first, then the connection is saved (id 0 = new).
    void saveRequested(qint64 id, const Orion::NewConnection &connection, const QHash<QString, QString> &secrets);
    void removeRequested(qint64 id, const QString &name);
    void syncFinished(const QList<Orion::SyncResult> &results);
    void message(const QString &text, bool error);
    void runOnWorkersRequested(const QString &connection); // PostgreSQL: queue its streams for the workers

private:
    struct SyncState
    {
        int jobId = 0;
        bool running = false;
        SyncProgress progress;
        QStringList log;
        QString outcome;
        bool failed = false;
    };
    void updateSummary();
    void updateActions();
    void showSyncState();
    ConnectionDialog *openDialog(qint64 id, const SecretOwner &owner, const QString &connectorId, const QJsonObject &settings);
    QString connectionOfJob(int jobId) const;

    ConnectionListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QPushButton *m_demoButton;
    QToolButton *m_add;
    QToolButton *m_edit;
    QToolButton *m_remove;
    QToolButton *m_sync;
    QToolButton *m_soql;
    QToolButton *m_alerts;
    QToolButton *m_push;
    QToolButton *m_runOnWorkers;
    bool m_workersAvailable = false;
    bool m_followLog = true; // the sync log scrolls with its newest line
    QToolButton *m_bulkJobs;
    QWidget *m_syncPanel;
    QLabel *m_syncTitle;
    QProgressBar *m_progress;
    QLabel *m_syncStatus;
    QPushButton *m_cancelSync;
    QPlainTextEdit *m_log;
    SyncService *m_syncService = nullptr;
    QHash<QString, SyncState> m_syncs; // by connection name
    QString m_pendingSelection;        // selected once the list contains it
};

} // namespace Orion

#pragma once

#include "services/salesforceservice.h"

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QComboBox;
class QCompleter;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QStringListModel;
class QTableView;

namespace Orion {

class CredentialStore;
class SoqlTextEdit;

// A SOQL editor for one Salesforce connection: SQL highlighting (KSyntaxHighlighting), field
// completion from the sObject's describe call, and the results of a query in a table. Queries and
// describe calls run on worker threads and can be cancelled; only SELECT statements are sent.
class SoqlEditor : public QDialog
{
    Q_OBJECT
public:
    SoqlEditor(std::shared_ptr<CredentialStore> credentials, qint64 connectionId, const SecretOwner &owner, const QJsonObject &settings,
               QWidget *parent = nullptr);
    ~SoqlEditor() override;

    void setQuery(const QString &soql);
    QString query() const;
    void loadFields(const QString &sObject);
    void run();
    void cancel();

    QStandardItemModel *results() const { return m_results; }
    QStringList completions() const;
    QString statusText() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void fieldsLoaded(bool ok);
    void queryFinished(bool ok);

private:
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error);

    void showFields(int id, const SalesforceService::FieldsAnswer &answer);
    void showAnswer(int id, const SalesforceService::QueryAnswer &answer);

    SalesforceService *m_service;
    QComboBox *m_object;
    SoqlTextEdit *m_editor;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QLabel *m_status;
    QTableView *m_table;
    QStandardItemModel *m_results;
    QStringListModel *m_fieldModel;
    QCompleter *m_completer;
    bool m_busy = false;
    QString m_lastQuery;
    int m_queryId = 0;
    int m_fieldsId = 0;
};

} // namespace Orion

#pragma once

#include "services/customconnectorservice.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Orion {

// The custom connectors of the open workspace's user: each with its versions, its state (draft,
// deployed, published), the last test of its newest version and the connections that run it. From
// here one is opened in the builder (saving makes the next version), a version is deployed (a roll
// back or forward), the newest is published, and a spec file is exported or imported. The work is
// the CustomConnectorService's, on the workspace thread; disabled actions say why in their tooltip.
class CustomConnectorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomConnectorsPage(CustomConnectorService *service, QWidget *parent = nullptr);

    void refresh();
    void setCatalog(const CustomConnectorService::Catalog &catalog);
    void select(const QString &name);
    void selectVersion(int version);
    QString currentName() const;
    int currentVersion() const; // the version selected in the versions table

    // The actions, also for tests (the buttons ask for files and pricing first).
    void deploySelectedVersion();
    void exportSelectedVersion(const QString &path);
    void importSpec(const QString &path);
    void publishNewest(const QString &pricing);

    QTableView *table() const { return m_table; }
    QTableView *versionsTable() const { return m_versions; }
    QStandardItemModel *model() const { return m_model; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deployButton() const { return m_deploy; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *exportButton() const { return m_export; }
    QString statusText() const;

Q_SIGNALS:
    void loaded(int count);
    void changed(const QString &name, const QString &error); // after deploy, export, import, publish
    void buildRequested();
    void editRequested(const QString &name);

private:
    const CustomConnectorStore::CatalogEntry *current() const;
    void showVersions();
    void updateActions();
    void showStatus(const QString &text, bool error);
    void onChanged(const CustomConnectorService::CatalogChange &change);

    CustomConnectorService *m_service;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QTableView *m_versions;
    QStandardItemModel *m_versionModel;
    QLabel *m_summary;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_deploy;
    QPushButton *m_publish;
    QPushButton *m_export;
    QPushButton *m_import;
    QLabel *m_status;
    QList<CustomConnectorStore::CatalogEntry> m_entries;
    QString m_keep; // the connector to select after the next load
    int m_keepVersion = 0;
};

} // namespace Orion

#pragma once

#include "services/customconnectorservice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Orion {

// The connector marketplace: browse, search and filter by category and pricing; details with the
// capabilities, version and evidence (date and result of the last fixture run); install and
// uninstall (the install count follows by trigger); rate; publish a deployed custom connector
// (pending until an admin approves — enforced by row-level security on PostgreSQL); approve or
// reject pending listings. The work is the CustomConnectorService's, on the workspace thread;
// answers to an older query are dropped.
class MarketplacePage : public QWidget
{
    Q_OBJECT
public:
    explicit MarketplacePage(CustomConnectorService *service, QWidget *parent = nullptr);

    void refresh();
    void setSearch(const QString &text);
    void select(const QString &connectorId);
    QString currentConnectorId() const;
    void install();
    void uninstall();
    void rate(int stars);
    void setStatus(const QString &status); // approved / rejected
    void publish(const QString &customName, const QString &pricing);

    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QString detailsText() const;
    QString statusText() const;

Q_SIGNALS:
    void loaded(int count);
    void changed(const QString &connectorId, const QString &error); // after install, rate, publish…
    void buildRequested();

private:
    void showEntries(const QList<MarketplaceStore::Entry> &entries);
    void updateDetails();
    QString emptyText() const;
    void run(CustomConnectorService::ListingAction action, const QString &connectorId, const QString &value = {});
    const MarketplaceStore::Entry *current() const;

    CustomConnectorService *m_service;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_pricing;
    QCheckBox *m_pending;
    QPushButton *m_build;
    QPushButton *m_publish;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QLabel *m_title;
    QLabel *m_details;
    QPushButton *m_install;
    QComboBox *m_stars;
    QPushButton *m_rate;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_status;
    QList<MarketplaceStore::Entry> m_entries;
    int m_generation = 0;
    QString m_keep;                     // connector to select after the next load
    bool m_choosingPublication = false; // Publish… asked for the deployed names
};

} // namespace Orion

#include "customconnectorspage.h"

#include "common/pagetitle.h"
#include "common/retranslate.h"
#include "common/statuscolors.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString testText(const QString &status)
{
    if (status == "passed"_L1)
        return CustomConnectorsPage::tr("passed");
    if (status == "failed"_L1)
        return CustomConnectorsPage::tr("failed");
    return CustomConnectorsPage::tr("not tested");
}

} // namespace

CustomConnectorsPage::CustomConnectorsPage(CustomConnectorService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_model(new QStandardItemModel(0, 6, this))
    , m_versionModel(new QStandardItemModel(0, 4, this))
    , m_summary(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_deploy(new QPushButton(this))
    , m_publish(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_table = makeTable(m_model, this);
    m_table->setObjectName(u"customConnectorsTable"_s);
    m_versions = makeTable(m_versionModel, this);
    m_versions->setObjectName(u"customConnectorVersions"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_publish, m_export})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_import);
    actions->addWidget(m_new);

    auto *versionsBox = new QWidget(this);
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *versionsTitle = new QLabel(this);
    versionsLayout->addWidget(versionsTitle);
    versionsLayout->addWidget(m_versions, 1);
    auto *versionActions = new QHBoxLayout;
    versionActions->addWidget(m_deploy);
    versionActions->addStretch();
    versionsLayout->addLayout(versionActions);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(versionsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = createPageTitle(QString(), this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_table);

    connect(m_new, &QPushButton::clicked, this, &CustomConnectorsPage::buildRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto *e = current())
            Q_EMIT editRequested(e->name);
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            m_edit->click();
    });
    connect(m_deploy, &QPushButton::clicked, this, &CustomConnectorsPage::deploySelectedVersion);
    connect(m_publish, &QPushButton::clicked, this, [this] {
        const QStringList labels{tr("Free"), tr("Freemium"), tr("Paid")};
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Publish to the Marketplace"),
                                                     tr("Pricing of %1 in the marketplace:").arg(current() ? current()->displayName : QString()),
                                                     labels, 0, false, &ok);
        if (ok)
            publishNewest(QStringList{u"free"_s, u"freemium"_s, u"paid"_s}.value(labels.indexOf(chosen), u"free"_s));
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const auto *e = current();
        if (!e)
            return;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Connector Spec"),
                                                          QDir(folder).filePath(u"%1-v%2.json"_s.arg(e->name).arg(currentVersion())),
                                                          tr("Connector specs (*.json)"));
        if (!path.isEmpty())
            exportSelectedVersion(path);
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Connector Spec"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Connector specs (*.json)"));
        if (!path.isEmpty())
            importSpec(path);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomConnectorsPage::showVersions);
    connect(m_versions->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomConnectorsPage::updateActions);
    connect(m_service, &CustomConnectorService::catalogAvailable, this, &CustomConnectorsPage::setCatalog);
    connect(m_service, &CustomConnectorService::catalogChanged, this, &CustomConnectorsPage::onChanged);
    connect(m_service, &CustomConnectorService::listingChanged, this, [this](const QString &connectorId, const QString &error) {
        if (!connectorId.startsWith("custom:"_L1))
            return;
        showStatus(error.isEmpty() ? tr("%1 was submitted to the marketplace; an admin approves it there.").arg(connectorId) : error,
                   !error.isEmpty());
        Q_EMIT changed(connectorId.mid(7), error);
        refresh();
    });

    onLanguageChange(this, [=, this] {
        setPageTitle(title, tr("Custom Connectors"));
        versionsTitle->setText(tr("Versions of the selected connector"));
        m_model->setHorizontalHeaderLabels({tr("Connector"), tr("State"), tr("Deployed"), tr("Newest"), tr("Last test"), tr("Connections")});
        m_versionModel->setHorizontalHeaderLabels({tr("Version"), tr("State"), tr("Test"), tr("Saved")});
        m_table->setAccessibleName(tr("Custom connectors"));
        m_versions->setAccessibleName(tr("Versions"));
        m_new->setText(tr("&New Connector…"));
        m_new->setToolTip(tr("Describe a REST API and build a connector for it (Ctrl+Shift+N)"));
        m_edit->setText(tr("&Edit in Builder…"));
        m_publish->setText(tr("&Publish…"));
        m_export->setText(tr("E&xport…"));
        m_import->setText(tr("&Import…"));
        m_import->setToolTip(tr("Store a connector spec file (JSON) as the next version of its connector, not deployed"));
        setCatalog({m_entries, {}});
    });
}

void CustomConnectorsPage::refresh()
{
    m_keep = currentName();
    m_keepVersion = currentVersion();
    m_service->loadCatalog();
}

void CustomConnectorsPage::setCatalog(const CustomConnectorService::Catalog &catalog)
{
    if (!catalog.error.isEmpty())
        showStatus(catalog.error, true);
    // The selection survives reloads: what an action asked for, else what was selected.
    const QString keep = m_keep.isEmpty() ? currentName() : std::exchange(m_keep, QString());
    if (m_keepVersion == 0 && keep == currentName())
        m_keepVersion = currentVersion();
    m_entries = catalog.entries;
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->removeRows(0, m_model->rowCount());
        const QLocale locale;
        for (const auto &e : std::as_const(m_entries)) {
            auto *name = new QStandardItem(e.displayName);
            name->setToolTip(u"custom:"_s + e.name);
            const QString state = e.state() == "published"_L1
                ? (e.listingStatus == "approved"_L1 ? tr("Published") : tr("Published, pending approval"))
                : e.state() == "deployed"_L1 ? tr("Deployed")
                                             : tr("Draft");
            const CustomConnectorStore::Version &newest = e.versions.constLast();
            m_model->appendRow({name, new QStandardItem(state),
                                new QStandardItem(e.deployedVersion ? tr("version %1").arg(e.deployedVersion) : tr("none")),
                                new QStandardItem(tr("version %1").arg(newest.version)),
                                new QStandardItem(tr("%1, %2").arg(testText(newest.sandboxStatus),
                                                                   locale.toString(newest.updatedAt.toLocalTime(), QLocale::ShortFormat))),
                                new QStandardItem(locale.toString(e.connections))});
        }
    }
    m_summary->setText(m_entries.isEmpty() ? tr("No custom connector yet. Build one from an API's description, or import a spec file.")
                                           : tr("%n custom connector(s). Connections run the deployed version; Add Connection lists them.", nullptr,
                                                int(m_entries.size())));
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_table->resizeColumnToContents(c);
    m_table->setColumnWidth(0, std::max(m_table->columnWidth(0), 220));
    int row = 0;
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).name == keep)
            row = i;
    if (!m_entries.isEmpty()) {
        const QSignalBlocker block(m_table->selectionModel()); // the versions are shown once, below
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    showVersions();
    Q_EMIT loaded(int(m_entries.size()));
}

const CustomConnectorStore::CatalogEntry *CustomConnectorsPage::current() const
{
    const int row = m_table->selectionModel()->currentIndex().row();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString CustomConnectorsPage::currentName() const
{
    const auto *e = current();
    return e ? e->name : QString();
}

int CustomConnectorsPage::currentVersion() const
{
    const auto *e = current();
    const int row = m_versions->selectionModel()->currentIndex().row();
    return e && row >= 0 && row < e->versions.size() ? e->versions.at(e->versions.size() - 1 - row).version : 0;
}

void CustomConnectorsPage::select(const QString &name)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).name == name)
            m_table->selectionModel()->setCurrentIndex(m_model->index(i, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CustomConnectorsPage::selectVersion(int version)
{
    const auto *e = current();
    if (!e)
        return;
    for (int i = 0; i < e->versions.size(); ++i)
        if (e->versions.at(i).version == version)
            m_versions->selectionModel()->setCurrentIndex(m_versionModel->index(int(e->versions.size()) - 1 - i, 0),
                                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CustomConnectorsPage::showVersions()
{
    const QSignalBlocker block(m_versions->selectionModel());
    m_versionModel->removeRows(0, m_versionModel->rowCount());
    const auto *e = current();
    if (e) {
        const QLocale locale;
        for (auto it = e->versions.crbegin(); it != e->versions.crend(); ++it) { // newest first
            const QString state = it->deployed ? tr("deployed") : it->version > e->deployedVersion ? tr("newer, not deployed") : tr("earlier");
            m_versionModel->appendRow({new QStandardItem(QString::number(it->version)), new QStandardItem(state),
                                       new QStandardItem(testText(it->sandboxStatus)),
                                       new QStandardItem(locale.toString(it->updatedAt.toLocalTime(), QLocale::ShortFormat))});
        }
        for (int c = 0; c < m_versionModel->columnCount(); ++c)
            m_versions->resizeColumnToContents(c);
    }
    const int keepVersion = std::exchange(m_keepVersion, 0);
    if (e && m_versionModel->rowCount() > 0) {
        int row = 0;
        for (int i = 0; i < e->versions.size(); ++i)
            if (e->versions.at(i).version == keepVersion)
                row = int(e->versions.size()) - 1 - i;
        m_versions->selectionModel()->setCurrentIndex(m_versionModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateActions();
}

void CustomConnectorsPage::updateActions()
{
    const auto *e = current();
    const int version = currentVersion();
    const QString none = tr("Select a custom connector first");
    m_edit->setEnabled(e);
    m_edit->setToolTip(e ? tr("Open version %1 of %2 in the builder; saving makes version %3")
                               .arg(e->latestVersion())
                               .arg(e->displayName)
                               .arg(e->latestVersion() + 1)
                         : none);
    m_export->setEnabled(e && version > 0);
    m_export->setToolTip(e ? tr("Write version %1's spec to a JSON file (it holds no secrets)").arg(version) : none);
    const bool listed = e && (e->listingStatus == "pending"_L1 || e->listingStatus == "approved"_L1);
    m_publish->setEnabled(e && !listed);
    m_publish->setToolTip(!e ? none
                              : listed
                              ? tr("Version %1 is in the marketplace (%2)")
                                    .arg(e->listedVersion, e->listingStatus == "approved"_L1 ? tr("approved") : tr("pending an admin's approval"))
                              : tr("Submit version %1 to the marketplace with its recorded test as evidence").arg(e->latestVersion()));
    const bool deployed = e && version == e->deployedVersion;
    m_deploy->setEnabled(e && version > 0 && !deployed);
    m_deploy->setText(e && e->deployedVersion > version ? tr("&Roll Back to Version %1").arg(version)
                          : version > 0                 ? tr("&Deploy Version %1").arg(version)
                                                        : tr("&Deploy Version"));
    m_deploy->setToolTip(!e             ? none
                             : deployed ? tr("Version %1 is the one connections run").arg(version)
                                        : tr("Connections of %1 run version %2 from their next sync on (%n connection(s))", nullptr, e->connections)
                                              .arg(e->displayName)
                                              .arg(version));
}

void CustomConnectorsPage::deploySelectedVersion()
{
    if (const auto *e = current(); e && currentVersion() > 0)
        m_service->changeCatalog(CustomConnectorService::CatalogAction::Deploy, e->name, currentVersion());
}

void CustomConnectorsPage::exportSelectedVersion(const QString &path)
{
    if (const auto *e = current(); e && currentVersion() > 0)
        m_service->changeCatalog(CustomConnectorService::CatalogAction::Export, e->name, currentVersion(), path);
}

void CustomConnectorsPage::importSpec(const QString &path)
{
    m_service->changeCatalog(CustomConnectorService::CatalogAction::Import, {}, 0, path);
}

void CustomConnectorsPage::publishNewest(const QString &pricing)
{
    if (const auto *e = current())
        m_service->changeListing(CustomConnectorService::ListingAction::Publish, u"custom:"_s + e->name, pricing);
}

void CustomConnectorsPage::onChanged(const CustomConnectorService::CatalogChange &change)
{
    using A = CustomConnectorService::CatalogAction;
    if (!change.error.isEmpty()) {
        showStatus(change.error, true);
    } else {
        switch (change.action) {
        case A::Deploy:
            showStatus(tr("Version %1 of %2 is deployed; its connections run it from their next sync on.").arg(change.version).arg(change.name),
                       false);
            break;
        case A::Export:
            showStatus(tr("Version %1 of %2 was exported to %3.").arg(change.version).arg(change.name, QDir::toNativeSeparators(change.path)), false);
            break;
        case A::Import:
            showStatus(tr("%1 was imported as version %2 (not deployed: deploy it below).").arg(change.name).arg(change.version), false);
            break;
        }
    }
    Q_EMIT changed(change.name, change.error);
    if (change.error.isEmpty() && change.action != A::Export) {
        m_service->loadCatalog();
        m_keep = change.name;
        m_keepVersion = change.version;
    }
}

void CustomConnectorsPage::showStatus(const QString &text, bool error)
{
    StatusColors::showStatus(m_status, text, error);
}

QString CustomConnectorsPage::statusText() const
{
    return m_status->text();
}

} // namespace Orion

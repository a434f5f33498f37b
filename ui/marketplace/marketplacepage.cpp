#include "marketplacepage.h"

#include "adapters/connector.h"
#include "adapters/declarative/connectorspec.h"
#include "adapters/declarative/spectester.h"
#include "adapters/registry/connectorregistry.h"
#include "common/pagetitle.h"
#include "common/retranslate.h"
#include "services/customconnectorservice.h"

#include <cmath>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Orion {

namespace MarketplaceDetail {

QString stars(double rating)
{
    if (rating < 0)
        return MarketplacePage::tr("not rated");
    const int full = int(std::lround(rating));
    return QString(full, QChar(0x2605)) + QString(5 - full, QChar(0x2606)) + u" %1"_s.arg(rating, 0, 'f', 1);
}

} // namespace MarketplaceDetail

using namespace MarketplaceDetail;

MarketplacePage::MarketplacePage(CustomConnectorService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_pricing(new QComboBox(this))
    , m_pending(new QCheckBox(this))
    , m_build(new QPushButton(this))
    , m_publish(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(0, 6, this))
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_install(new QPushButton(this))
    , m_stars(new QComboBox(this))
    , m_rate(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_search->setClearButtonEnabled(true);
    for (const QString &key : {QString(), u"accounting"_s, u"crm"_s, u"marketing"_s, u"communication"_s, u"custom"_s})
        m_category->addItem(QString(), key);
    for (const QString &key : {QString(), u"free"_s, u"freemium"_s, u"paid"_s})
        m_pricing->addItem(QString(), key);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    for (int i = 5; i >= 1; --i)
        m_stars->addItem(QString(i, QChar(0x2605)), i);
    m_status->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_category);
    filters->addWidget(m_pricing);
    filters->addWidget(m_pending);
    filters->addStretch();
    filters->addWidget(m_publish);
    filters->addWidget(m_build);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_details, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_install);
    actions->addStretch();
    actions->addWidget(m_stars);
    actions->addWidget(m_rate);
    detailsLayout->addLayout(actions);
    auto *review = new QHBoxLayout;
    review->addWidget(m_approve);
    review->addWidget(m_reject);
    review->addStretch();
    detailsLayout->addLayout(review);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = createPageTitle(QString(), this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(debounce, &QTimer::timeout, this, &MarketplacePage::refresh);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_category, &QComboBox::currentIndexChanged, this, &MarketplacePage::refresh);
    connect(m_pricing, &QComboBox::currentIndexChanged, this, &MarketplacePage::refresh);
    connect(m_pending, &QCheckBox::toggled, this, &MarketplacePage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MarketplacePage::updateDetails);
    connect(m_install, &QPushButton::clicked, this, [this] {
        if (const auto *e = current())
            e->installed ? uninstall() : install();
    });
    connect(m_rate, &QPushButton::clicked, this, [this] { rate(m_stars->currentData().toInt()); });
    connect(m_approve, &QPushButton::clicked, this, [this] { setStatus(u"approved"_s); });
    connect(m_reject, &QPushButton::clicked, this, [this] { setStatus(u"rejected"_s); });
    connect(m_build, &QPushButton::clicked, this, &MarketplacePage::buildRequested);
    connect(m_publish, &QPushButton::clicked, this, [this] {
        // Which deployed custom connector, at what price.
        m_choosingPublication = true;
        m_service->loadDeployedNames();
    });
    connect(m_service, &CustomConnectorService::deployedNamesAvailable, this, [this](const QStringList &names, const QString &error) {
        if (!std::exchange(m_choosingPublication, false))
            return; // asked for by someone else
        if (!error.isEmpty() || names.isEmpty()) {
            m_status->setText(error.isEmpty() ? tr("Deploy a custom connector first (Build Connector…).") : error);
            return;
        }
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Publish to the Marketplace"));
        auto *name = new QComboBox(&dialog);
        name->addItems(names);
        auto *pricing = new QComboBox(&dialog);
        pricing->addItem(tr("Free"), u"free"_s);
        pricing->addItem(tr("Freemium"), u"freemium"_s);
        pricing->addItem(tr("Paid"), u"paid"_s);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Publish"));
        auto *form = new QFormLayout(&dialog);
        form->addRow(tr("&Connector:"), name);
        form->addRow(tr("&Pricing:"), pricing);
        form->addRow(new QLabel(tr("The listing stays pending until an admin approves it."), &dialog));
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() == QDialog::Accepted)
            publish(name->currentText(), pricing->currentData().toString());
    });
    connect(m_service, &CustomConnectorService::listingsAvailable, this, [this](const CustomConnectorService::Listings &listings) {
        if (listings.request != m_generation)
            return; // a newer query is on its way
        m_status->setText(listings.error);
        showEntries(listings.entries);
    });
    connect(m_service, &CustomConnectorService::listingChanged, this, [this](const QString &connectorId, const QString &error) {
        m_status->setText(error);
        m_keep = connectorId;
        refresh();
        Q_EMIT changed(connectorId, error);
    });
    onLanguageChange(this, [=, this] {
        setPageTitle(title, tr("Marketplace"));
        m_search->setPlaceholderText(tr("Search connectors"));
        m_search->setAccessibleName(tr("Search connectors"));
        const QStringList categories = {tr("All categories"), tr("Accounting"), tr("CRM"), tr("Marketing"), tr("Communication"), tr("Other")};
        setItemTexts(m_category, categories);
        m_category->setAccessibleName(tr("Category"));
        const QStringList prices = {tr("Any price"), tr("Free"), tr("Freemium"), tr("Paid")};
        setItemTexts(m_pricing, prices);
        m_pricing->setAccessibleName(tr("Pricing"));
        m_pending->setText(tr("Show &pending"));
        m_pending->setToolTip(tr("Listings waiting for an admin's approval (yours, or all for admins)"));
        m_build->setText(tr("&Build Connector…"));
        m_publish->setText(tr("P&ublish…"));
        m_publish->setToolTip(tr("List one of this workspace's deployed custom connectors"));
        m_rate->setText(tr("&Rate"));
        m_approve->setText(tr("&Approve"));
        m_reject->setText(tr("Re&ject"));
        m_model->setHorizontalHeaderLabels({tr("Connector"), tr("Category"), tr("Pricing"), tr("Rating"), tr("Installs"), tr("Status")});
        m_table->setAccessibleName(tr("Marketplace listings"));
        m_details->setAccessibleName(tr("Connector details"));
        m_stars->setAccessibleName(tr("Your rating"));
        m_keep = currentConnectorId();
        showEntries(m_entries); // the rows' categories, prices and states; the details pane and Install
    });
}

void MarketplacePage::refresh()
{
    MarketplaceStore::Filter filter;
    filter.search = m_search->text().trimmed();
    filter.category = m_category->currentData().toString();
    filter.pricing = m_pricing->currentData().toString();
    filter.includePending = m_pending->isChecked();
    const int generation = ++m_generation;
    if (m_keep.isEmpty())
        m_keep = currentConnectorId();
    m_service->listListings(generation, filter);
}

void MarketplacePage::setSearch(const QString &text)
{
    m_search->setText(text);
    refresh();
}

void MarketplacePage::showEntries(const QList<MarketplaceStore::Entry> &entries)
{
    m_entries = entries;
    const QSignalBlocker block(m_table->selectionModel());
    m_model->removeRows(0, m_model->rowCount());
    for (const auto &e : entries) {
        auto *name = new QStandardItem(e.name);
        name->setData(e.connectorId, Qt::UserRole);
        name->setToolTip(e.description);
        auto *installs = new QStandardItem(QLocale().toString(e.installCount));
        installs->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        m_model->appendRow({name, new QStandardItem(m_category->itemText(std::max(0, m_category->findData(e.category)))),
                            new QStandardItem(m_pricing->itemText(std::max(0, m_pricing->findData(e.pricing)))), new QStandardItem(stars(e.rating)),
                            installs,
                            new QStandardItem((e.status == "approved"_L1      ? (e.installed ? tr("Installed") : QString())
                                                   : e.status == "pending"_L1 ? tr("Pending approval")
                                                                              : tr("Rejected"))
                                              + (e.pendingVersion.isEmpty()
                                                     ? QString()
                                                     : (e.installed ? u" · "_s : QString()) + tr("version %1 pending").arg(e.pendingVersion)))});
    }
    for (int c = 1; c < m_model->columnCount(); ++c)
        m_table->resizeColumnToContents(c);
    int row = 0;
    for (int i = 0; i < entries.size(); ++i)
        if (entries.at(i).connectorId == m_keep)
            row = i;
    m_keep.clear();
    if (!entries.isEmpty())
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateDetails();
    Q_EMIT loaded(int(entries.size()));
}

void MarketplacePage::select(const QString &connectorId)
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).connectorId == connectorId)
            m_table->selectionModel()->setCurrentIndex(m_model->index(i, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

const MarketplaceStore::Entry *MarketplacePage::current() const
{
    const int row = m_table->selectionModel()->currentIndex().row();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString MarketplacePage::currentConnectorId() const
{
    const auto *e = current();
    return e ? e->connectorId : QString();
}

QString MarketplacePage::emptyText() const
{
    // What hides the listings: the filters actually set, or an empty marketplace.
    QStringList set;
    if (!m_search->text().trimmed().isEmpty())
        set << tr("the search");
    if (m_category->currentIndex() > 0)
        set << tr("the category");
    if (m_pricing->currentIndex() > 0)
        set << tr("the pricing");
    if (set.isEmpty())
        return m_pending->isChecked() ? tr("No connector is listed yet. Build one with File ▸ New Custom Connector… and publish it.")
                                      : tr("No approved connector is listed yet. Tick “Show pending” to see those awaiting approval, or build "
                                           "one with File ▸ New Custom Connector….");
    return tr("Nothing matches %1. Clear it, or build a connector of your own.").arg(QLocale().createSeparatedList(set));
}

void MarketplacePage::updateDetails()
{
    const auto *e = current();
    for (QWidget *w : {static_cast<QWidget *>(m_install), static_cast<QWidget *>(m_stars), static_cast<QWidget *>(m_rate)})
        w->setEnabled(e && e->status == "approved"_L1);
    // A waiting new version is what Approve and Reject decide, the listed one staying meanwhile.
    const bool newVersion = e && !e->pendingVersion.isEmpty();
    m_approve->setVisible(e && (e->status != "approved"_L1 || newVersion));
    m_reject->setVisible(e && (e->status == "pending"_L1 || newVersion));
    m_approve->setText(newVersion ? tr("&Approve Version %1").arg(e->pendingVersion) : tr("&Approve"));
    m_reject->setText(newVersion ? tr("Re&ject Version %1").arg(e->pendingVersion) : tr("Re&ject"));
    if (!e) {
        m_title->setText(tr("No connector selected"));
        m_details->setText(m_entries.isEmpty() ? emptyText() : QString());
        m_install->setText(tr("&Install"));
        return;
    }
    m_title->setText(e->name);
    m_install->setText(e->installed ? tr("&Uninstall") : tr("&Install"));
    // Capabilities: a built-in connector's own, or what a custom spec reads.
    QStringList capabilities;
    QStringList streams;
    if (e->hasSpec) {
        capabilities << tr("read");
        for (const QJsonValue &s : e->spec.value("streams"_L1).toArray())
            streams << u"%1 (%2)"_s.arg(s.toObject().value("name"_L1).toString(), s.toObject().value("kind"_L1).toString());
    } else if (const Connector *c = ConnectorRegistry::instance().find(e->connectorId)) {
        capabilities = capabilityNames(c->capabilities());
        for (const auto &s : c->streams())
            streams << s.name;
    }
    QString evidence = tr("no fixture run");
    if (!e->evidence.isEmpty()) {
        const QDateTime at = QDateTime::fromString(e->evidence.value("fixture_run_at"_L1).toString(), Qt::ISODate);
        evidence = tr("%1 on %2, %n record(s)", nullptr, e->evidence.value("records"_L1).toInt())
                       .arg(e->evidence.value("result"_L1).toString() == "passed"_L1 ? tr("passed") : tr("failed"),
                            QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    }
    QString status = e->status == "approved"_L1 ? tr("Approved") : e->status == "pending"_L1 ? tr("Pending an admin's approval") : tr("Rejected");
    if (!e->pendingVersion.isEmpty())
        status += u" · "_s + tr("version %1 waits for an admin's approval; version %2 stays listed until then").arg(e->pendingVersion, e->version);
    m_details->setText(u"<p>%1</p><table cellspacing=4>"
                       "<tr><td><b>%2</b></td><td>%3</td></tr><tr><td><b>%4</b></td><td>%5</td></tr><tr><td><b>%6</b></td><td>%7</td></tr>"
                       "<tr><td><b>%8</b></td><td>%9</td></tr><tr><td><b>%10</b></td><td>%11</td></tr><tr><td><b>%12</b></td><td>%13</td></tr>"
                       "<tr><td><b>%14</b></td><td>%15</td></tr><tr><td><b>%16</b></td><td>%17</td></tr></table>"_s
                           .arg(e->description.toHtmlEscaped(), tr("Publisher"), e->publisher.toHtmlEscaped(), tr("Version"),
                                e->version.toHtmlEscaped(), tr("Capabilities"), capabilities.join(u", "_s).toHtmlEscaped(), tr("Streams"),
                                streams.join(u", "_s).toHtmlEscaped(), tr("Fixture evidence"), evidence.toHtmlEscaped(), tr("Rating"))
                           .arg(stars(e->rating), tr("Installs"), QLocale().toString(e->installCount), tr("Status"), status));
}

QString MarketplacePage::detailsText() const
{
    return m_title->text() + u'\n' + m_details->text();
}

QString MarketplacePage::statusText() const
{
    return m_status->text();
}

void MarketplacePage::run(CustomConnectorService::ListingAction action, const QString &connectorId, const QString &value)
{
    if (connectorId.isEmpty())
        return;
    m_status->setText(tr("Working…"));
    m_service->changeListing(action, connectorId, value);
}

void MarketplacePage::install()
{
    run(CustomConnectorService::ListingAction::Install, currentConnectorId());
}

void MarketplacePage::uninstall()
{
    run(CustomConnectorService::ListingAction::Uninstall, currentConnectorId());
}

void MarketplacePage::rate(int starCount)
{
    run(CustomConnectorService::ListingAction::Rate, currentConnectorId(), QString::number(starCount));
}

void MarketplacePage::setStatus(const QString &status)
{
    if (status == "approved"_L1 || status == "rejected"_L1)
        run(status == "approved"_L1 ? CustomConnectorService::ListingAction::Approve : CustomConnectorService::ListingAction::Reject,
            currentConnectorId());
}

void MarketplacePage::publish(const QString &customName, const QString &pricing)
{
    m_pending->setChecked(true); // show the new listing, pending
    run(CustomConnectorService::ListingAction::Publish, u"custom:"_s + customName, pricing);
}

} // namespace Orion

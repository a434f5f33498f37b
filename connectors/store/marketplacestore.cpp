#include "store/marketplacestore.h"

#include "store/customconnectorstore.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Orion {

MarketplaceStore::MarketplaceStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<MarketplaceStore::Entry> MarketplaceStore::list(const Filter &filter, QString *error) const
{
    QList<Entry> out;
    QSqlQuery q(m_workspace.database());
    q.prepare(uR"(SELECT m.id, m.connector_id, m.name, m.description, m.publisher, m.category, m.pricing, m.version, m.status, m.rating,
                         m.install_count, m.evidence, m.spec, m.pending_version,
                         EXISTS (SELECT 1 FROM user_installed_connectors u WHERE u.marketplace_id = m.id AND u.active AND u.owner = ?)
                    FROM connector_marketplace m
                   WHERE (? = '' OR lower(m.name) LIKE ? OR lower(m.description) LIKE ?)
                     AND (? = '' OR m.category = ?) AND (? = '' OR m.pricing = ?)
                     AND (? OR m.status = 'approved')
                   ORDER BY m.install_count DESC, m.name)"_s);
    const QString like = u'%' + filter.search.toLower().replace(u'%', u"\\%"_s) + u'%';
    for (const QVariant &v : QVariantList{m_workspace.userName(), filter.search.isNull() ? u""_s : filter.search, like, like,
                                          filter.category.isNull() ? u""_s : filter.category, filter.category,
                                          filter.pricing.isNull() ? u""_s : filter.pricing, filter.pricing, filter.includePending})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = tr("Cannot read the marketplace: %1").arg(q.lastError().text());
        return {};
    }
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.connectorId = q.value(1).toString();
        e.name = q.value(2).toString();
        e.description = q.value(3).toString();
        e.publisher = q.value(4).toString();
        e.category = q.value(5).toString();
        e.pricing = q.value(6).toString();
        e.version = q.value(7).toString();
        e.status = q.value(8).toString();
        e.rating = q.value(9).isNull() ? -1 : q.value(9).toDouble();
        e.installCount = q.value(10).toInt();
        e.evidence = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        e.spec = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
        e.hasSpec = !e.spec.isEmpty();
        e.pendingVersion = q.value(13).toString();
        e.installed = q.value(14).toBool();
        out.append(e);
    }
    return out;
}

std::optional<MarketplaceStore::Entry> MarketplaceStore::find(const QString &connectorId, QString *error) const
{
    Filter all;
    all.includePending = true;
    for (const Entry &e : list(all, error))
        if (e.connectorId == connectorId)
            return e;
    return std::nullopt;
}

bool MarketplaceStore::install(const QString &connectorId, QString *error)
{
    const auto entry = find(connectorId, error);
    if (!entry) {
        if (error->isEmpty())
            *error = tr("The marketplace has no connector \"%1\".").arg(connectorId);
        return false;
    }
    if (entry->status != "approved"_L1) {
        *error = tr("%1 is not approved yet.").arg(entry->name);
        return false;
    }
    QSqlDatabase db = m_workspace.database();
    if (!db.transaction()) {
        *error = tr("Cannot install %1: %2").arg(entry->name, db.lastError().text());
        return false;
    }
    ConnectorSpec spec;
    if (entry->hasSpec) {
        // A custom connector: its spec becomes a deployed custom connector of this workspace.
        QSqlQuery s(db);
        s.prepare(u"SELECT spec FROM connector_marketplace WHERE id = ?"_s);
        s.addBindValue(entry->id);
        QStringList errors;
        if (!s.exec() || !s.next() || !ConnectorSpec::parse(s.value(0).toString().toUtf8(), &spec, &errors)
            || !CustomConnectorStore(m_workspace).saveInTransaction(spec, true, error)) {
            if (error->isEmpty())
                *error = tr("The listed spec of %1 is not valid: %2").arg(entry->name, errors.join(u"; "_s));
            db.rollback();
            return false;
        }
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO user_installed_connectors (marketplace_id, owner) VALUES (?, ?) "
              "ON CONFLICT (marketplace_id, owner) DO UPDATE SET active = true"_s);
    q.addBindValue(entry->id);
    q.addBindValue(m_workspace.userName());
    if (!q.exec() || !db.commit()) {
        *error = tr("Cannot install %1: %2").arg(entry->name, q.lastError().text());
        db.rollback();
        return false;
    }
    if (entry->hasSpec)
        CustomConnectorStore::activate(spec);
    return true;
}

bool MarketplaceStore::uninstall(const QString &connectorId, QString *error)
{
    QSqlQuery q(m_workspace.database());
    q.prepare(
        u"DELETE FROM user_installed_connectors WHERE owner = ? AND marketplace_id = (SELECT id FROM connector_marketplace WHERE connector_id = ?)"_s);
    q.addBindValue(m_workspace.userName());
    q.addBindValue(connectorId);
    if (!q.exec()) {
        *error = tr("Cannot uninstall: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = tr("%1 is not installed.").arg(connectorId);
        return false;
    }
    return true;
}

bool MarketplaceStore::publish(const ConnectorSpec &spec, const QString &category, const QString &pricing, const QJsonObject &evidence,
                               QString *error)
{
    static const QStringList categories{u"crm"_s, u"accounting"_s, u"communication"_s, u"marketing"_s, u"custom"_s};
    static const QStringList pricings{u"free"_s, u"paid"_s, u"freemium"_s};
    if (!categories.contains(category) || !pricings.contains(pricing)) {
        *error = tr("Category must be one of %1; pricing one of %2.").arg(categories.join(u", "_s), pricings.join(u", "_s));
        return false;
    }
    QSqlQuery q(m_workspace.database());
    const QString specJson = QString::fromUtf8(QJsonDocument(spec.json()).toJson(QJsonDocument::Compact));
    const QString evidenceJson = QString::fromUtf8(QJsonDocument(evidence).toJson(QJsonDocument::Compact));
    const QString description = spec.description().isNull() ? u""_s : spec.description();
    if (m_workspace.isPostgres()) {
        // A shared workspace takes submissions through its definer function only: the publisher is
        // the login, the counts start at zero and the evidence is checked and stamped by the server.
        q.prepare(u"SELECT orion_submit_listing(?, ?, ?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb))"_s);
        for (const QVariant &v : QVariantList{QString(u"custom:"_s + spec.name()), spec.displayName(), description, category, pricing, specJson,
                                              QString::number(spec.version()), evidenceJson})
            q.addBindValue(v);
    } else if (const auto listed = find(u"custom:"_s + spec.name(), error); listed) {
        // The same rules as the shared workspace's function: one's own listing, newer versions only.
        const QString current = listed->pendingVersion.isEmpty() ? listed->version : listed->pendingVersion;
        bool whole = false;
        const int currentNumber = current.toInt(&whole);
        if (listed->publisher != m_workspace.userName()) {
            *error
                = tr("custom:%1 is already in the marketplace, listed by %2: publish yours under another name.").arg(spec.name(), listed->publisher);
            return false;
        }
        if (whole && spec.version() <= currentNumber) {
            *error = tr("Version %1 of custom:%2 is already in the marketplace: publish a newer version.").arg(current, spec.name());
            return false;
        }
        if (listed->status == "approved"_L1) {
            q.prepare(u"UPDATE connector_marketplace SET pending_version = ?, pending_name = ?, pending_description = ?, pending_spec = ?, "
                      "pending_evidence = ?, updated_at = ? WHERE id = ?"_s);
            for (const QVariant &v : QVariantList{QString::number(spec.version()), spec.displayName(), description, specJson, evidenceJson,
                                                  QDateTime::currentDateTimeUtc(), listed->id})
                q.addBindValue(v);
        } else {
            q.prepare(u"UPDATE connector_marketplace SET name = ?, description = ?, category = ?, pricing = ?, spec = ?, version = ?, evidence = ?, "
                      "status = 'pending', pending_version = NULL, pending_name = NULL, pending_description = NULL, pending_spec = NULL, "
                      "pending_evidence = NULL, updated_at = ? WHERE id = ?"_s);
            for (const QVariant &v : QVariantList{spec.displayName(), description, category, pricing, specJson, QString::number(spec.version()),
                                                  evidenceJson, QDateTime::currentDateTimeUtc(), listed->id})
                q.addBindValue(v);
        }
    } else {
        if (!error->isEmpty())
            return false;
        q.prepare(u"INSERT INTO connector_marketplace (connector_id, name, description, publisher, category, pricing, spec, version, status, "
                  "submitted_by, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"_s);
        for (const QVariant &v : QVariantList{QString(u"custom:"_s + spec.name()), spec.displayName(), description, m_workspace.userName(), category,
                                              pricing, specJson, QString::number(spec.version()), m_workspace.userName(), evidenceJson})
            q.addBindValue(v);
    }
    if (!q.exec()) {
        // The server's own sentence where it refused (another member's listing, an old version).
        QString server = q.lastError().databaseText().section(u'\n', 0, 0).trimmed();
        if (server.startsWith(u"ERROR:"_s))
            server = server.mid(6).trimmed();
        *error = server.contains(u"already in the marketplace"_s) ? (server.startsWith(u"version "_s) ? u"V"_s + server.mid(1) : server) + u'.'
            : q.lastError().text().contains(u"unique"_s, Qt::CaseInsensitive) || q.lastError().text().contains(u"duplicate"_s)
            ? tr("custom:%1 is already in the marketplace.").arg(spec.name())
            : tr("Cannot publish: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool MarketplaceStore::setStatus(const QString &connectorId, const QString &status, QString *error)
{
    if (status != "approved"_L1 && status != "rejected"_L1) {
        *error = tr("A review is approved or rejected.");
        return false;
    }
    QSqlQuery q(m_workspace.database());
    bool found = false;
    if (m_workspace.isPostgres()) {
        // Through the definer function: an admin's decision, and the waiting version's evidence
        // moved by the server, which no admin may write.
        q.prepare(u"SELECT orion_review_listing(?, ?)"_s);
        q.addBindValue(connectorId);
        q.addBindValue(status);
        found = q.exec() && q.next() && q.value(0).toBool();
    } else {
        // A waiting new version is what the decision is about: approved, it becomes the listing.
        q.prepare(u"UPDATE connector_marketplace SET "
                  "spec = CASE WHEN pending_spec IS NOT NULL AND ? = 'approved' THEN pending_spec ELSE spec END, "
                  "version = CASE WHEN pending_spec IS NOT NULL AND ? = 'approved' THEN pending_version ELSE version END, "
                  "name = CASE WHEN pending_spec IS NOT NULL AND ? = 'approved' THEN pending_name ELSE name END, "
                  "description = CASE WHEN pending_spec IS NOT NULL AND ? = 'approved' THEN pending_description ELSE description END, "
                  "evidence = CASE WHEN pending_spec IS NOT NULL AND ? = 'approved' THEN pending_evidence ELSE evidence END, "
                  "status = CASE WHEN pending_spec IS NOT NULL THEN status ELSE ? END, "
                  "pending_version = NULL, pending_name = NULL, pending_description = NULL, pending_spec = NULL, pending_evidence = NULL, "
                  "updated_at = ? WHERE connector_id = ?"_s);
        for (int i = 0; i < 6; ++i) // the decision, once per CASE above
            q.addBindValue(status);
        q.addBindValue(QDateTime::currentDateTimeUtc());
        q.addBindValue(connectorId);
        found = q.exec() && q.numRowsAffected() > 0;
    }
    if (!found) {
        *error = q.lastError().text().contains(u"permission denied"_s) || q.lastError().text().contains(u"row-level security"_s)
                || q.lastError().text().contains(u"only an administrator"_s)
            ? tr("Only an administrator may approve or reject marketplace entries.")
            : q.lastError().isValid() ? tr("Cannot change %1: %2").arg(connectorId, q.lastError().text())
                                      : tr("The marketplace has no connector \"%1\".").arg(connectorId);
        return false;
    }
    return true;
}

bool MarketplaceStore::rate(const QString &connectorId, int stars, QString *error)
{
    if (stars < 1 || stars > 5) {
        *error = tr("A rating is 1 to 5 stars.");
        return false;
    }
    QSqlQuery q(m_workspace.database());
    q.prepare(u"INSERT INTO marketplace_ratings (marketplace_id, rater, stars) SELECT id, ?, ? FROM connector_marketplace WHERE connector_id = ? "
              "ON CONFLICT (marketplace_id, rater) DO UPDATE SET stars = excluded.stars"_s);
    q.addBindValue(m_workspace.userName());
    q.addBindValue(stars);
    q.addBindValue(connectorId);
    if (!q.exec() || q.numRowsAffected() == 0) {
        *error = q.lastError().isValid() ? tr("Cannot rate: %1").arg(q.lastError().text())
                                         : tr("The marketplace has no connector \"%1\".").arg(connectorId);
        return false;
    }
    return true;
}

} // namespace Orion

#include "store/demoseeder.h"

#include "store/connectionstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Orion {

namespace {
struct DemoProfile
{
    const char *connector;
    const char *label;
    const char *stream;
    double failureRate;
    int baseDurationMs;
    int baseRecords;
};

// Connector mix of a typical team; failure rates and sizes differ so charts have something to show.
constexpr DemoProfile kProfiles[] = {
    {"stripe", "Stripe payments", "invoices", 0.02, 1800, 420},
    {"hubspot", "HubSpot CRM", "customers", 0.05, 3200, 260},
    {"salesforce", "Salesforce sales", "accounts", 0.04, 5400, 900},
    {"quickbooks", "QuickBooks ledger", "invoices", 0.08, 2600, 140},
    {"slack", "Slack alerts", "messages", 0.01, 700, 35},
    {"custom:acme-erp", "ACME ERP (custom)", "orders", 0.15, 4100, 310},
};
constexpr int kProfileCount = int(std::size(kProfiles));
} // namespace

DemoSeeder::DemoSeeder(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool DemoSeeder::seed(const Options &options, Result *result, QString *error, const std::function<void(qint64, qint64)> &progress,
                      const std::atomic_bool *cancel)
{
    if (options.connections < 1 || options.connections > 1000) {
        *error = DemoSeeder::tr("The number of demo connections must be between 1 and 1000.");
        return false;
    }
    if (options.days < 1 || options.days > 3650) {
        *error = DemoSeeder::tr("The demo history must span between 1 and 3650 days.");
        return false;
    }
    if (options.metrics < 0) {
        *error = DemoSeeder::tr("The number of demo sync runs cannot be negative.");
        return false;
    }
    QSqlDatabase db = m_workspace.database();
    if (!db.transaction()) {
        *error = DemoSeeder::tr("Cannot start the demo transaction: %1").arg(db.lastError().text());
        return false;
    }
    auto fail = [&](const QString &message) {
        db.rollback();
        *error = message;
        return false;
    };

    ConnectionStore store(m_workspace);
    if (!store.deleteDemoConnections(error))
        return fail(*error);

    QRandomGenerator rng(options.seed);
    const QDateTime end = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    const QDateTime begin = end.addDays(-options.days);
    const qint64 spanMs = begin.msecsTo(end);
    const qint64 total = options.metrics > 0 ? options.metrics : qint64(options.connections) * options.days * 6;

    QList<qint64> ids;
    for (int i = 0; i < options.connections; ++i) {
        const DemoProfile &p = kProfiles[i % kProfileCount];
        ConnectionStore::NewConnection c;
        c.name = i < kProfileCount ? DemoSeeder::tr("Demo · %1").arg(QString::fromLatin1(p.label))
                                   : DemoSeeder::tr("Demo · %1 #%2").arg(QString::fromLatin1(p.label)).arg(i / kProfileCount + 1);
        c.connectorId = QString::fromLatin1(p.connector);
        c.settings = QJsonObject{{u"demo"_s, true}};
        c.schedule = u"every 4h"_s;
        c.isDemo = true;
        const qint64 id = store.createConnection(c, error);
        if (!id)
            return fail(*error);
        ids.append(id);
    }

    // The built-in connectors as marketplace listings (kept when they exist: installs and ratings
    // are real data by then).
    {
        struct Listing
        {
            const char *id, *name, *description, *category, *pricing;
            int installs;
            double rating;
        };
        static constexpr Listing kListings[] = {
            {"stripe", "Stripe", "Customers and invoices from Stripe Billing; idempotent creates.", "accounting", "free", 1840, 4.6},
            {"hubspot", "HubSpot", "Contacts with their companies; batch upsert, OAuth 2.0.", "crm", "free", 1312, 4.4},
            {"salesforce", "Salesforce", "Accounts, contacts, leads and opportunities; SOQL and Bulk API 2.0.", "crm", "freemium", 2105, 4.3},
            {"quickbooks", "QuickBooks Online", "Customers and invoices by company; sparse updates.", "accounting", "free", 987, 4.1},
            {"slack", "Slack", "Sync alerts and approvals in channels; Socket Mode.", "communication", "free", 1520, 4.7},
        };
        QSqlQuery m(db);
        m.prepare(
            u"INSERT INTO connector_marketplace (connector_id, name, description, publisher, category, pricing, install_count, rating, version) "
            "VALUES (?, ?, ?, 'Orion', ?, ?, ?, ?, '1.0.0') ON CONFLICT (connector_id) DO NOTHING"_s);
        for (const Listing &l : kListings) {
            for (const QVariant &v : QVariantList{QString::fromLatin1(l.id), QString::fromLatin1(l.name), QString::fromLatin1(l.description),
                                                  QString::fromLatin1(l.category), QString::fromLatin1(l.pricing), l.installs, l.rating})
                m.addBindValue(v);
            if (!m.exec())
                return fail(DemoSeeder::tr("Cannot list the demo marketplace: %1").arg(m.lastError().text()));
        }
    }

    // Runs per connection, spread evenly over the span with jitter; a two-day gap per connection.
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO sync_metrics (connection_id, stream, started_at, finished_at, status, records_processed, "
              "records_failed, duration_ms, error_class, error_message, records_written, records_deleted) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    static const char *const errorClasses[] = {"rate_limited", "auth_expired", "server_error", "timeout", "validation"};
    qint64 done = 0;
    for (int i = 0; i < ids.size(); ++i) {
        const DemoProfile &p = kProfiles[i % kProfileCount];
        const qint64 runs = total / ids.size() + (i < total % ids.size() ? 1 : 0);
        if (runs == 0)
            continue;
        const qint64 step = spanMs / runs;
        const qint64 gapStart = qint64(rng.bounded(options.days)) * 86'400'000;
        for (qint64 r = 0; r < runs; ++r) {
            if (cancel && cancel->load())
                return fail(DemoSeeder::tr("Demo seeding was cancelled; nothing was changed."));
            qint64 offset = r * step + qint64(rng.bounded(quint32(std::max<qint64>(step / 2, 1))));
            if (options.metrics == 0 && options.days > 7 && offset >= gapStart && offset < gapStart + 2 * 86'400'000)
                continue; // a gap: the connection was paused
            const QDateTime started = begin.addMSecs(offset);
            // The newest runs of the 4th connection fail (→ "failed"), the 2nd's last run is partial.
            const bool tail = r >= runs - 3;
            bool failed = rng.generateDouble() < p.failureRate;
            bool partial = !failed && rng.generateDouble() < 0.05;
            if (i == 3 && tail) {
                failed = true;
                partial = false;
            } else if (i == 1 && r == runs - 1) {
                failed = false;
                partial = true;
            } else if (tail) {
                failed = false;
                partial = false;
            }
            const bool cancelled = !failed && !partial && !tail && rng.generateDouble() < 0.01;
            qint64 duration = qint64(p.baseDurationMs * (0.6 + 0.8 * rng.generateDouble()));
            if (rng.generateDouble() < 0.01)
                duration *= 12; // an outlier
            const qint64 records = failed ? 0 : qint64(p.baseRecords * (0.5 + rng.generateDouble()));
            const qint64 recordsFailed = partial ? std::max<qint64>(1, records / 20) : 0;
            const QString status = failed ? u"failed"_s : partial ? u"partial"_s : cancelled ? u"cancelled"_s : u"succeeded"_s;
            q.addBindValue(ids.at(i));
            q.addBindValue(QString::fromLatin1(p.stream));
            q.addBindValue(started);
            q.addBindValue(started.addMSecs(duration));
            q.addBindValue(status);
            q.addBindValue(records);
            q.addBindValue(recordsFailed);
            q.addBindValue(duration);
            if (failed) {
                const char *cls = errorClasses[rng.bounded(int(std::size(errorClasses)))];
                q.addBindValue(QString::fromLatin1(cls));
                q.addBindValue(DemoSeeder::tr("Demo failure (%1)").arg(QString::fromLatin1(cls)));
            } else {
                q.addBindValue(QVariant(QMetaType::fromType<QString>()));
                q.addBindValue(QVariant(QMetaType::fromType<QString>()));
            }
            q.addBindValue(records - recordsFailed);                        // written
            q.addBindValue(!failed && r % 17 == 0 ? qint64(1 + r % 3) : 0); // now and then a few deleted at the source
            if (!q.exec())
                return fail(DemoSeeder::tr("Cannot write demo sync history: %1").arg(q.lastError().text()));
            ++done;
            if (progress && done % 500 == 0)
                progress(done, total);
        }
    }
    if (!db.commit())
        return fail(DemoSeeder::tr("Cannot save the demo workspace: %1").arg(db.lastError().text()));
    if (m_workspace.isPostgres())
        QSqlQuery(db).exec(u"SELECT orion_refresh_analytics()"_s);
    if (progress)
        progress(done, done);
    if (result) {
        result->connections = int(ids.size());
        result->metrics = done;
    }
    return true;
}

} // namespace Orion

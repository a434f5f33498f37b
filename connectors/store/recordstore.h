#pragma once

#include <QStringList>

#include "adapters/connector.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <memory>

namespace Orion {

class Workspace;
namespace RecordStoreDetail {
class SqliteStatement;
}

// Unified records and stream checkpoints. A page of records and the checkpoint that follows it are
// written in one transaction, upserted on (connection, external_id): a sync killed at any point
// resumes from the last committed page with nothing lost and nothing duplicated.
class RecordStore
{
    Q_DECLARE_TR_FUNCTIONS(Orion::RecordStore)
public:
    explicit RecordStore(Workspace &workspace);

    // The raw record's stored text (compact JSON, U+0000 dropped). Readers prepare it on their
    // threads (UnifiedCustomer::rawText) so that the writing thread does not serialise every record.
    static QByteArray rawText(const QJsonObject &raw);

    QJsonObject checkpoint(qint64 connectionId, const QString &stream, QString *error) const;
    // The page's records and its checkpoint in one transaction. With `refused`, a record the store
    // cannot take (a value the engine refuses) is left out with its reason and the rest are kept;
    // without it, the page is all or nothing.
    // The page's deletions mark the records named (after its records are written); `deleted` counts
    // the records newly marked.
    bool writePage(qint64 connectionId, const QString &stream, const Page &page, qint64 *written, QString *error, QStringList *refused = nullptr,
                   qint64 *deleted = nullptr);

    enum class Deleted { Hidden, Included };
    // Stored records as unified JSON, ordered by external id; records deleted at the source only with
    // Deleted::Included (with "deleted_at").
    QList<QJsonObject> records(qint64 connectionId, RecordKind kind, QString *error, Deleted deleted = Deleted::Hidden) const;
    // Live records (deleted ones with Deleted::Included).
    qint64 count(qint64 connectionId, RecordKind kind, QString *error, Deleted deleted = Deleted::Hidden) const;

private:
    bool upsertCustomers(const UnifiedCustomers &customers, QString *error);
    bool upsertInvoices(const UnifiedInvoices &invoices, QString *error);
    bool markDeleted(qint64 connectionId, const QList<Deletion> &deletions, qint64 *marked, QString *error);
    // A SQLite workspace's statement, prepared once for the store's life (a sync's pages share it).
    std::shared_ptr<RecordStoreDetail::SqliteStatement> sqliteStatement(const QString &sql);
    Workspace &m_workspace;
    QHash<QString, std::shared_ptr<RecordStoreDetail::SqliteStatement>> m_statements;
};

} // namespace Orion

#pragma once

#include <QStringList>

#include "adapters/connector.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Orion {

class Workspace;

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
    bool writePage(qint64 connectionId, const QString &stream, const Page &page, qint64 *written, QString *error, QStringList *refused = nullptr);

    // Stored records as unified JSON, ordered by external id.
    QList<QJsonObject> records(qint64 connectionId, RecordKind kind, QString *error) const;
    qint64 count(qint64 connectionId, RecordKind kind, QString *error) const;

private:
    bool upsertCustomers(const UnifiedCustomers &customers, QString *error);
    bool upsertInvoices(const UnifiedInvoices &invoices, QString *error);
    Workspace &m_workspace;
};

} // namespace Orion

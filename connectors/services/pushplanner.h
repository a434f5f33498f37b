#pragma once

#include "runtime/httpclient.h"
#include "services/syncjob.h"
#include "sync/pushplan.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;

namespace Orion {

class CredentialStore;
class Workspace;

// Pushes with a dry run: the plan of what writing customers to a connection would do, found by
// reading the target first, then the plan's creates and updates written and recorded in Activity.
// Synchronous, for a worker thread (PushService) or the CLI.
class PushPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Orion::PushPlanner)
public:
    // The plan for `records` against the target's `current` records, matched by e-mail (trimmed,
    // case-insensitively). A value the record leaves empty never erases the target's.
    static PushPlan plan(const QString &target, const UnifiedCustomers &records, const UnifiedCustomers &current);

    // Reads the target — an incremental sync of its customers stream, so the stored records are what
    // the service holds now; nothing is written to the service — and plans against it.
    // `cancel` (may be null) stops the read at its next page.
    static bool dryRun(const SyncRequest &target, const std::shared_ptr<CredentialStore> &credentials, const UnifiedCustomers &records,
                       const HttpClient::Options &options, const std::atomic<bool> *cancel, PushPlan *plan, QString *error,
                       const std::function<void(const QString &)> &log = {});

    // Writes the plan's creates and updates, then records the push as a run of the target (stream
    // "customers", one log line per record) so Activity shows each record's outcome.
    static PushResult apply(const SyncRequest &target, const std::shared_ptr<CredentialStore> &credentials, const PushPlan &plan,
                            const HttpClient::Options &options, const std::atomic<bool> *cancel,
                            const std::function<void(const QString &)> &log = {});

    // Sources: a connection's stored (live) customers whose name, e-mail or company contains
    // `filter` (empty: all), or a JSON-lines file (a malformed line is an error naming it).
    static bool storedCustomers(Workspace &workspace, const QString &connection, const QString &filter, UnifiedCustomers *out, QString *error);
    static bool readJsonLines(QIODevice &device, UnifiedCustomers *out, QString *error);
    // The source as the Push dialog picks it: `file` when set, else `connection`'s stored customers.
    static bool readSource(const SyncRequest &workspace, const QString &connection, const QString &filter, const QString &file, UnifiedCustomers *out,
                           QString *error);
};

} // namespace Orion

#pragma once

#include "sync/pushplan.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QFutureWatcherBase;

namespace Orion {

class CredentialStore;
class SyncService;
struct SyncRequest;

// The Push dialog's work off the GUI thread: a dry run (the source records read, the target read,
// the plan), then Apply (the plan's creates and updates written, the push recorded in Activity).
// One operation at a time; cancel() stops it at its next page or record. Answers are signals on
// the service's thread; destroying the service cancels and waits for what runs.
class PushService : public QObject
{
    Q_OBJECT
public:
    struct Source
    {
        QString connection; // a connection's stored customers, with `filter`…
        QString filter;
        QString file; // …or a JSON-lines file of unified customers
    };

    PushService(SyncService *sync, std::shared_ptr<CredentialStore> credentials, QObject *parent = nullptr);
    ~PushService() override;

    void dryRun(const QString &target, const Source &source);
    void apply(const PushPlan &plan);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void progress(const QString &line);
    void planned(const Orion::PushPlan &plan, const QString &error); // error: no plan
    // The push's outcome (records not attempted after a whole-operation failure count as failed).
    void applied(qint64 created, qint64 updated, qint64 failed, const QString &error);

private:
    template<typename Work, typename Done> void run(const Work &work, const Done &done);
    SyncRequest requestFor(const QString &target) const;
    std::function<void(const QString &)> logger();

    QPointer<SyncService> m_sync;
    std::shared_ptr<CredentialStore> m_credentials;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
    QFutureWatcherBase *m_watcher = nullptr;
};

} // namespace Orion

Q_DECLARE_METATYPE(Orion::PushPlan)

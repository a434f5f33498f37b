#include "services/pushservice.h"

#include "services/pushplanner.h"
#include "services/syncservice.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <type_traits>

using namespace Qt::StringLiterals;

namespace Orion {

PushService::PushService(SyncService *sync, std::shared_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_credentials(std::move(credentials))
{
}

PushService::~PushService()
{
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
}

void PushService::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

template<typename Work, typename Done> void PushService::run(const Work &work, const Done &done)
{
    using Result = std::invoke_result_t<Work, const std::atomic<bool> *>;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto *watcher = new QFutureWatcher<Result>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, done] {
        m_watcher = nullptr;
        m_busy = false;
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([work, cancel = m_cancel] { return work(cancel.get()); }));
}

SyncRequest PushService::requestFor(const QString &target) const
{
    SyncRequest request;
    request.database = m_sync->database();
    request.databasePassword = m_sync->databasePassword();
    request.connection = target;
    return request;
}

std::function<void(const QString &)> PushService::logger()
{
    // Log lines come from the worker thread: delivered on the service's.
    QPointer<PushService> self(this);
    return [self](const QString &line) {
        QMetaObject::invokeMethod(
            self,
            [self, line] {
                if (self)
                    Q_EMIT self->progress(line);
            },
            Qt::QueuedConnection);
    };
}

void PushService::dryRun(const QString &target, const Source &source)
{
    if (m_busy || !m_sync)
        return;
    const SyncRequest request = requestFor(target);
    const HttpClient::Options options = m_sync->httpOptions();
    const auto log = logger();
    run(
        [request, source, options, credentials = m_credentials, log](const std::atomic<bool> *cancel) {
            std::pair<PushPlan, QString> answer;
            UnifiedCustomers records;
            PushPlanner::readSource(request, source.connection, source.filter, source.file, &records, &answer.second);
            if (answer.second.isEmpty() && records.isEmpty())
                answer.second = PushPlanner::tr("The source has no customers to push.");
            if (answer.second.isEmpty()) {
                log(PushPlanner::tr("Reading %1 to compare %n record(s) with it…", nullptr, int(records.size())).arg(request.connection));
                PushPlanner::dryRun(request, credentials, records, options, cancel, &answer.first, &answer.second, log);
            }
            return answer;
        },
        [this](const std::pair<PushPlan, QString> &answer) { Q_EMIT planned(answer.first, answer.second); });
}

void PushService::apply(const PushPlan &plan)
{
    if (m_busy || !m_sync)
        return;
    const SyncRequest request = requestFor(plan.target);
    const HttpClient::Options options = m_sync->httpOptions();
    const auto log = logger();
    run([request, plan, options, credentials = m_credentials,
         log](const std::atomic<bool> *cancel) { return PushPlanner::apply(request, credentials, plan, options, cancel, log); },
        [this, toWrite = plan.toWrite().size()](const PushResult &r) {
            const qint64 written = r.write.created + r.write.updated;
            const qint64 failed = r.write.failure ? qint64(toWrite) - written : r.write.failed;
            const QString error = r.outcome != SyncResult::Outcome::Ran ? r.error : r.write.failure.message;
            Q_EMIT applied(r.write.created, r.write.updated, failed, error);
        });
}

} // namespace Orion

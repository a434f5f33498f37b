#include "services/pagepipeline.h"

#include "runtime/authenticator.h"
#include "runtime/redactor.h"
#include "store/recordstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <deque>

using namespace Qt::StringLiterals;

namespace Orion {

PartitionState PartitionState::planned(const QList<QJsonObject> &windows)
{
    PartitionState state;
    state.windows = windows;
    state.checkpoints = QList<QJsonObject>(windows.size());
    state.done = QList<bool>(windows.size(), false);
    return state;
}

std::optional<PartitionState> PartitionState::fromCheckpoint(const QJsonObject &checkpoint)
{
    const QJsonObject saved = checkpoint.value("partitions"_L1).toObject();
    const QJsonArray windows = saved.value("windows"_L1).toArray();
    const QJsonArray checkpoints = saved.value("checkpoints"_L1).toArray();
    const QJsonArray done = saved.value("done"_L1).toArray();
    if (windows.isEmpty() || checkpoints.size() != windows.size() || done.size() != windows.size())
        return std::nullopt;
    PartitionState state;
    for (qsizetype i = 0; i < windows.size(); ++i) {
        if (!windows.at(i).isObject() || !checkpoints.at(i).isObject() || !done.at(i).isBool())
            return std::nullopt;
        state.windows.append(windows.at(i).toObject());
        state.checkpoints.append(checkpoints.at(i).toObject());
        state.done.append(done.at(i).toBool());
    }
    return state;
}

QJsonObject PartitionState::toCheckpoint() const
{
    QJsonArray w, c, d;
    for (int i = 0; i < size(); ++i) {
        w.append(windows.at(i));
        c.append(checkpoints.at(i));
        d.append(done.at(i));
    }
    return {{u"partitions"_s, QJsonObject{{u"windows"_s, w}, {u"checkpoints"_s, c}, {u"done"_s, d}}}};
}

int PartitionState::finished() const
{
    return int(std::count(done.begin(), done.end(), true));
}

QList<int> PartitionState::unfinished() const
{
    QList<int> open;
    for (int i = 0; i < size(); ++i) {
        if (!done.at(i))
            open.append(i);
    }
    return open;
}

struct PagePipeline::Shared
{
    Setup setup;
    Opener opener;
    mutable QMutex mutex;
    QWaitCondition changed; // an item was queued or taken, a reader finished, or the run stops
    std::deque<Item> queue;
    std::deque<int> windows; // not yet taken by a reader
    std::size_t capacity = 2;
    int running = 0;
    int active = 0; // readers reading a window now
    Failure firstFailure;
    std::atomic<bool> stop{false};

    void fail(const Failure &f) // mutex held
    {
        if (!firstFailure && !stop.load())
            firstFailure = f;
        stop.store(true);
        changed.wakeAll();
    }

    // One reader thread: its own client, context and authenticator; windows until none is left.
    void read()
    {
        HttpClient http(setup.httpOptions);
        http.setCancelFlag(&stop);
        http.setRedactor(setup.redactor);
        http.setLogger(setup.log);
        const ConnectorContext ctx = ConnectorContext::create(setup.connectionId, setup.owner, setup.settings, setup.credentials, &http);
        Failure failure;
        std::unique_ptr<Authenticator> authenticator = setup.connector->createAuthenticator(ctx, &failure);
        if (!failure)
            http.setAuthenticator(authenticator.get());
        while (!failure) {
            int window = 0;
            {
                QMutexLocker locker(&mutex);
                if (stop.load() || windows.empty())
                    break;
                window = windows.front();
                windows.pop_front();
                ++active;
            }
            std::unique_ptr<StreamReader> reader = opener(ctx, window, &failure);
            if (!reader && !failure)
                failure = Failure::system(QCoreApplication::translate("Orion::SyncJob", "The connector could not open the stream."));
            while (!failure) {
                Item item;
                item.window = window;
                const qint64 before = http.requestsSent();
                if (!reader->next(&item.page, &failure))
                    break;
                item.requests = http.requestsSent() - before;
                // The stored text of each raw record, here rather than on the one writing thread.
                // (Readers that kept the answer's own bytes have set it already.)
                for (UnifiedCustomer &c : item.page.customers) {
                    if (c.rawText.isEmpty())
                        c.rawText = RecordStore::rawText(c.raw);
                }
                for (UnifiedInvoice &inv : item.page.invoices) {
                    if (inv.rawText.isEmpty())
                        inv.rawText = RecordStore::rawText(inv.raw);
                }
                const bool last = item.page.done;
                QMutexLocker locker(&mutex);
                while (queue.size() >= capacity && !stop.load())
                    changed.wait(&mutex);
                if (stop.load())
                    break;
                queue.push_back(std::move(item));
                changed.wakeAll();
                if (last)
                    break;
            }
            QMutexLocker locker(&mutex);
            --active;
        }
        QMutexLocker locker(&mutex);
        if (failure)
            fail(failure);
        --running;
        changed.wakeAll();
    }
};

PagePipeline::PagePipeline(Setup setup, QList<int> windows, int readers, Opener opener)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->setup = std::move(setup);
    m_shared->opener = std::move(opener);
    m_shared->windows.assign(windows.begin(), windows.end());
    const int count = std::clamp(readers, 1, std::max(1, int(windows.size())));
    m_shared->capacity = std::size_t(count) * std::size_t(kPagesPerReader);
    m_shared->running = count;
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<QThread> thread(QThread::create([shared = m_shared] { shared->read(); }));
        thread->setObjectName(u"orion-reader-%1"_s.arg(i + 1));
        thread->start();
        m_threads.push_back(std::move(thread));
    }
}

PagePipeline::~PagePipeline()
{
    {
        QMutexLocker locker(&m_shared->mutex);
        m_shared->stop.store(true);
        m_shared->changed.wakeAll();
    }
    for (const auto &thread : m_threads)
        thread->wait();
}

bool PagePipeline::take(Item *item, Failure *failure, const std::atomic<bool> &cancel)
{
    Shared &s = *m_shared;
    const bool onMainThread = QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
    QMutexLocker locker(&s.mutex);
    for (;;) {
        if (cancel.load()) {
            s.stop.store(true);
            s.changed.wakeAll();
            *failure = Failure::cancelled(QCoreApplication::translate("Orion::SyncJob", "Cancelled."));
            return false;
        }
        if (!s.queue.empty()) {
            *item = std::move(s.queue.front());
            s.queue.pop_front();
            s.changed.wakeAll();
            return true;
        }
        if (s.running == 0 || s.firstFailure) {
            *failure = s.firstFailure;
            return false;
        }
        if (onMainThread) {
            // Readers' keychain calls (libsecret) complete through the main thread's event loop: serve
            // it while waiting (the CLI and tests run syncs there; the GUI never does).
            locker.unlock();
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            locker.relock();
            if (s.queue.empty() && s.running > 0 && !s.firstFailure)
                s.changed.wait(&s.mutex, 2);
        } else {
            s.changed.wait(&s.mutex, 50); // and look at `cancel` again
        }
    }
}

int PagePipeline::activeReaders() const
{
    QMutexLocker locker(&m_shared->mutex);
    return m_shared->active;
}

int PagePipeline::readers() const
{
    return int(m_threads.size());
}

} // namespace Orion

#pragma once

#include "adapters/connector.h"
#include "runtime/httpclient.h"

#include <QJsonObject>
#include <QList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Orion {

class CredentialStore;
class Redactor;

// The state of a partitioned read, saved as the stream's checkpoint after every page, so that a run
// killed at any moment resumes every window from its own last committed page:
//   {"partitions": {"windows": [{…}, …], "checkpoints": [{…} | {}, …], "done": [false, …]}}
struct PartitionState
{
    QList<QJsonObject> windows;     // as the connector planned them
    QList<QJsonObject> checkpoints; // per window: its last committed page's checkpoint ({} = not started)
    QList<bool> done;

    static PartitionState planned(const QList<QJsonObject> &windows);
    // The state saved in a stream's checkpoint, or nothing when that checkpoint is not a partitioned one.
    static std::optional<PartitionState> fromCheckpoint(const QJsonObject &checkpoint);
    QJsonObject toCheckpoint() const;
    int size() const { return int(windows.size()); }
    int finished() const;
    QList<int> unfinished() const;
};

// The readers of one stream run, each on its own thread with its own HTTP client and authenticator;
// they share the connection's rate budget, the run's redactor and log. A reader's next request leaves
// as soon as its page is parsed, while the run thread maps and writes earlier pages: pages come back
// in a bounded queue, so memory stays flat whatever the readers' speed.
//
// Work is a list of windows (partitions; -1 = the stream as one): each free reader takes the next
// window and reads it to the end. Pages of one window arrive in order.
class PagePipeline
{
public:
    struct Setup
    {
        const Connector *connector = nullptr;
        qint64 connectionId = 0;
        SecretOwner owner;
        QJsonObject settings;
        std::shared_ptr<CredentialStore> credentials;
        HttpClient::Options httpOptions;
        std::shared_ptr<Redactor> redactor;
        std::function<void(const QString &)> log; // thread-safe
    };
    // Opens the reader of a window on the reader's thread, with that thread's context.
    using Opener = std::function<std::unique_ptr<StreamReader>(const ConnectorContext &ctx, int window, Failure *failure)>;

    struct Item
    {
        int window = -1;
        Page page;
        qint64 requests = 0; // requests sent for this page, retries included
    };

    PagePipeline(Setup setup, QList<int> windows, int readers, Opener opener);
    ~PagePipeline(); // stops the readers and waits for them
    PagePipeline(const PagePipeline &) = delete;
    PagePipeline &operator=(const PagePipeline &) = delete;

    // The next page. False when there is none left: every window was read (no failure), a reader
    // failed (*failure: the first failure; pages read before it are all handed out first), or `cancel`
    // was raised (a cancellation failure, at once).
    bool take(Item *item, Failure *failure, const std::atomic<bool> &cancel);
    int activeReaders() const;
    int readers() const;

    static constexpr int kPagesPerReader = 2; // queued pages per reader

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace Orion

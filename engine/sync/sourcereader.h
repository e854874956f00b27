#pragma once
// A polled source read in a thread of its own, a few batches ahead of the runner, so that reading
// the next batch overlaps with mapping and writing this one (a bulk load is then as slow as its
// slower half, not the sum of both). Every call to the source — its creation, open, next, close
// and destruction — runs on that one thread: a connector's connection (a QSqlDatabase, a libpq or
// SQLite handle) is only ever used by the thread that opened it. Source::interrupt() is the one
// exception: it is thread-safe and may be called from anywhere.

#include "connectors/connector.h"
#include "sync/mappedbatch.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace concord {

class SourceReader
{
public:
    // One batch as the source returned it, with what the runner needs to commit it.
    struct Batch
    {
        std::vector<Change> changes; // changes[0..count) are the batch; the rest are spare
        int count = 0;               // 0 (and not failed): the source is exhausted
        bool failed = false;         // the read failed with `error` (count is 0)
        Error error;
        QString position;            // the source's position just after the batch
        qint64 rechecked = 0;        // Source::rechecked() after the batch
        MappedBatch mapped;          // what the prepare hook made of it
    };
    using PrepareFn = std::function<void(Batch &)>;

    // `depth`: how many batches may wait, read but not yet taken.
    explicit SourceReader(int depth = 2);
    // Stops reading ahead, destroys the source on its thread and joins the thread.
    ~SourceReader();
    SourceReader(const SourceReader &) = delete;
    SourceReader &operator=(const SourceReader &) = delete;

    // Runs `task` on the reader's thread and waits for it. A task runs between two batches,
    // never during one.
    void call(const std::function<void()> &task);
    // Creates the source on the reader's thread; it is destroyed there too.
    Result<void> create(const std::function<Result<std::unique_ptr<Source>>()> &factory);
    // The source, for call() tasks and for interrupt(); nullptr before create().
    Source *source() const { return m_source.get(); }

    // Runs `prepare` on the reader's thread on each batch read (count > 0) before it is handed
    // over: the runner maps it there. Set before start().
    void setPrepare(PrepareFn prepare) { m_prepare = std::move(prepare); }
    // Starts reading batches of up to `max` changes ahead. After the batch that ends the source
    // (count 0) or fails, nothing more is read.
    void start(int max);
    // The next batch, waiting for it if needed. Hand it back with recycle() to spare allocations.
    Batch take();
    void recycle(Batch batch);
    // Stops reading ahead (a read in progress finishes first; interrupt the source to hurry it).
    void stop();

private:
    void loop();

    const std::size_t m_depth;
    std::unique_ptr<Source> m_source;
    std::mutex m_mutex;
    std::condition_variable m_wake;   // the reader thread: a task, a free slot, or the end
    std::condition_variable m_ready;  // the runner: a batch, or a task done
    std::deque<std::function<void()>> m_tasks;
    std::deque<Batch> m_full;
    std::vector<Batch> m_spare;
    PrepareFn m_prepare;
    int m_max = 0;
    bool m_reading = false;  // start() was called and the source is not exhausted
    bool m_quit = false;
    std::thread m_thread;
};

} // namespace concord

#include "sync/sourcereader.h"

#include "log/log.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace concord {

SourceReader::SourceReader(int depth)
    : m_depth(std::size_t(std::max(1, depth)))
{
    // Whatever the source logs belongs to the run that created the reader.
    const log::Context context = log::currentContext();
    m_thread = std::thread([this, context] {
#ifdef Q_OS_LINUX
        pthread_setname_np(pthread_self(), "concord-read"); // as top and perf show it
#endif
        log::ScopedContext scoped(context);
        loop();
    });
}

SourceReader::~SourceReader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_quit = true;
        m_reading = false;
    }
    m_wake.notify_all();
    m_thread.join();
}

void SourceReader::loop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        if (!m_tasks.empty()) {
            const std::function<void()> task = std::move(m_tasks.front());
            m_tasks.pop_front();
            lock.unlock();
            task();
            lock.lock();
            continue;
        }
        if (m_quit)
            break;
        if (m_reading && m_full.size() < m_depth) {
            Batch batch;
            if (!m_spare.empty()) {
                batch = std::move(m_spare.back());
                m_spare.pop_back();
            }
            const int max = m_max;
            lock.unlock();
            if (const auto n = m_source->next(batch.changes, max); n.ok()) {
                batch.count = *n;
                batch.failed = false;
                batch.error = Error();
            } else {
                batch.count = 0;
                batch.failed = true;
                batch.error = n.error();
            }
            batch.position = m_source->position();
            batch.rechecked = m_source->rechecked();
            if (batch.count > 0 && m_prepare)
                m_prepare(batch);
            lock.lock();
            if (batch.count == 0)
                m_reading = false; // the end, or a failure: nothing more to read
            m_full.push_back(std::move(batch));
            m_ready.notify_all();
            continue;
        }
        m_wake.wait(lock);
    }
    lock.unlock();
    m_source.reset(); // closed and destroyed by the thread that opened it
}

void SourceReader::call(const std::function<void()> &task)
{
    bool done = false;
    std::unique_lock<std::mutex> lock(m_mutex);
    m_tasks.push_back([&] {
        task();
        std::lock_guard<std::mutex> g(m_mutex);
        done = true;
        m_ready.notify_all();
    });
    m_wake.notify_all();
    m_ready.wait(lock, [&] { return done; });
}

Result<void> SourceReader::create(const std::function<Result<std::unique_ptr<Source>>()> &factory)
{
    Result<void> result;
    call([&] {
        auto created = factory();
        if (created.ok())
            m_source = std::move(*created);
        else
            result = created.error();
    });
    return result;
}

void SourceReader::start(int max)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_max = std::max(1, max);
        m_reading = m_source != nullptr;
    }
    m_wake.notify_all();
}

SourceReader::Batch SourceReader::take()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_ready.wait(lock, [&] { return !m_full.empty() || !m_reading; });
    if (m_full.empty()) {
        Batch none;
        none.failed = true;
        none.error = makeError(ErrorCode::Cancelled, QStringLiteral("the source reader was stopped"));
        return none;
    }
    Batch batch = std::move(m_full.front());
    m_full.pop_front();
    m_wake.notify_all(); // a slot is free
    return batch;
}

void SourceReader::recycle(Batch batch)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_spare.size() < m_depth + 1)
        m_spare.push_back(std::move(batch));
}

void SourceReader::stop()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_reading = false;
}

} // namespace concord

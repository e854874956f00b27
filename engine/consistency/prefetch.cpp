#include "consistency/prefetch.h"

namespace concord {

namespace {

constexpr std::size_t kChunkRows = 4096;
constexpr std::size_t kChunksAhead = 8;

} // namespace

PrefetchCursor::PrefetchCursor(std::unique_ptr<DiffCursor> inner, std::unique_ptr<DiffSide> fetcher)
    : m_inner(std::move(inner)), m_fetcher(std::move(fetcher))
{
    m_thread = std::thread([this] { produce(); });
}

PrefetchCursor::~PrefetchCursor()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void PrefetchCursor::produce()
{
    for (;;) {
        Chunk chunk;
        chunk.hashes.reserve(kChunkRows);
        while (chunk.size() < kChunkRows) {
            const auto more = m_inner->next();
            if (!more.ok()) {
                chunk.end = true;
                chunk.error = more.error();
                break;
            }
            if (!*more) {
                chunk.end = true;
                break;
            }
            const Key &key = m_inner->key();
            const Key &fetch = m_inner->fetchKey();
            if (chunk.hashes.empty()) {
                chunk.width = key.parts.size();
                chunk.keys.reserve(kChunkRows * chunk.width);
            }
            chunk.keys.insert(chunk.keys.end(), key.parts.begin(), key.parts.end());
            if (chunk.fetchKeys.empty() && !(fetch == key)) { // from here on, fetch keys of their own
                chunk.fetchWidth = fetch.parts.size();
                chunk.fetchKeys.reserve(kChunkRows * chunk.fetchWidth);
                for (std::size_t i = 0; i < chunk.hashes.size(); ++i) // the earlier rows': their keys
                    chunk.fetchKeys.insert(chunk.fetchKeys.end(), chunk.keys.begin() + std::ptrdiff_t(i * chunk.width),
                                           chunk.keys.begin() + std::ptrdiff_t((i + 1) * chunk.width));
            }
            if (!chunk.fetchKeys.empty())
                chunk.fetchKeys.insert(chunk.fetchKeys.end(), fetch.parts.begin(), fetch.parts.end());
            chunk.hashes.push_back(m_inner->hash());
        }
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_chunks.size() < kChunksAhead; });
        if (m_stop)
            return;
        const bool end = chunk.end;
        m_chunks.push_back(std::move(chunk));
        lock.unlock();
        m_changed.notify_all();
        if (end)
            return;
    }
}

Result<bool> PrefetchCursor::next()
{
    if (m_started)
        ++m_at;
    m_started = true;
    while (m_at >= m_chunk.size()) {
        if (m_chunk.end) {
            if (!m_chunk.error.code.isEmpty())
                return m_chunk.error;
            return false;
        }
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty(); });
        m_chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        lock.unlock();
        m_changed.notify_all();
        m_at = 0;
    }
    const auto from = m_chunk.keys.begin() + std::ptrdiff_t(m_at * m_chunk.width);
    m_key.parts.assign(from, from + std::ptrdiff_t(m_chunk.width));
    if (!m_chunk.fetchKeys.empty()) {
        const auto f = m_chunk.fetchKeys.begin() + std::ptrdiff_t(m_at * m_chunk.fetchWidth);
        m_fetchKey.parts.assign(f, f + std::ptrdiff_t(m_chunk.fetchWidth));
    }
    m_hash = m_chunk.hashes[m_at];
    return true;
}

Result<CompareRow> PrefetchCursor::row()
{
    auto r = m_fetcher->fetch(fetchKey());
    if (!r.ok())
        return r.error();
    if (!r->has_value())
        return makeError(ErrorCode::NotFound, QStringLiteral("record %1 is gone").arg(fetchKey().toString()));
    return std::move(**r);
}

} // namespace concord

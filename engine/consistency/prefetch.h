#pragma once
// Reads one side of a check ahead in a thread of its own, so that the two sides are read at the
// same time on two cores: the thread steps the inner cursor and hands (key, hash, fetch key)
// over in chunks; a full row is read again by key through `fetcher`, a second connection to the
// same side (the inner cursor has moved on by then).

#include "consistency/diffside.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace concord {

class PrefetchCursor final : public DiffCursor
{
public:
    PrefetchCursor(std::unique_ptr<DiffCursor> inner, std::unique_ptr<DiffSide> fetcher);
    ~PrefetchCursor() override;

    Result<bool> next() override;
    const Key &key() const override { return m_key; }
    quint64 hash() const override { return m_hash; }
    const Key &fetchKey() const override { return m_chunk.fetchKeys.empty() ? m_key : m_fetchKey; }
    Result<CompareRow> row() override;

private:
    // Rows in flat arrays: key parts one after another, so a chunk costs a few allocations, not
    // two per row.
    struct Chunk
    {
        std::vector<Value> keys;
        std::vector<Value> fetchKeys; // empty when every fetch key is the key itself
        std::vector<quint64> hashes;
        std::size_t width = 0;        // parts per key
        std::size_t fetchWidth = 0;
        bool end = false;             // the inner cursor is done (or failed: error set)
        Error error;
        std::size_t size() const { return hashes.size(); }
    };
    void produce();

    std::unique_ptr<DiffCursor> m_inner;
    std::unique_ptr<DiffSide> m_fetcher;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_chunks;
    bool m_stop = false;
    std::thread m_thread;

    Chunk m_chunk;                // being consumed
    std::size_t m_at = 0;
    bool m_started = false;
    Key m_key;
    Key m_fetchKey;
    quint64 m_hash = 0;
};

} // namespace concord

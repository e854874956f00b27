#pragma once
// A small deterministic random number generator (SplitMix64) for the demo workspace.
// std::mt19937 would be stable too, but the std distributions are not: their output differs
// between standard libraries. Everything here is plain integer arithmetic, so the same seed
// gives the same demo data with every compiler and on every platform.

#include <QtGlobal>

#include <cstddef>

namespace concord::demo {

class DemoRandom
{
public:
    // One generator per table, derived from the workspace seed and a stream number, so that
    // changing the size of one table does not reshuffle the others.
    DemoRandom(quint64 seed, quint64 stream)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + stream * 0xD1B54A32D192ED03ULL + 1)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); n must be > 0. The modulo bias (n / 2^64) is irrelevant here.
    quint64 below(quint64 n) { return next() % n; }

    // Uniform in [lo, hi], both inclusive; requires lo <= hi.
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(below(quint64(hi - lo) + 1)); }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return below(1000) < quint64(perMille); }

    template <typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }

private:
    quint64 m_state;
};

} // namespace concord::demo

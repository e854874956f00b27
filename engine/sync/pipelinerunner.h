#pragma once
// Runs one pipeline once (DESIGN.md §3). A polled source is re-readable from its checkpoint, so a
// batch goes straight from the source through the mapping into an idempotent upsert, and the
// checkpoint moves only after the target committed. Pushed changes go through the durable outbox
// first (enqueue), and drainOutbox applies them the same way. A record that fails goes to the
// dead-letter table with its error code; the rest of the batch goes on.

#include "connectors/connector.h"
#include "mapping/mapper.h"
#include "store/statestore.h"
#include "sync/runtypes.h"
#include "workspace/workspace.h"

#include <atomic>
#include <functional>
#include <memory>

class QLockFile;

namespace concord {

class TwoWayRunner;
struct MappedBatch;

class PipelineRunner
{
public:
    using ProgressFn = std::function<void(const RunProgress &)>;
    using StartedFn = std::function<void(qint64 runId)>;

    PipelineRunner(std::shared_ptr<const Workspace> workspace, StateStore *store);

    // Reads from the checkpoint (or from the start with options.full) to the end of the source.
    // A two-way pipeline is run by TwoWayRunner (engine/conflict): both sides, both directions.
    RunResult run(const QString &pipeline, const RunOptions &options, const std::atomic<bool> &cancel,
                  const ProgressFn &progress = {}, const StartedFn &started = {});

    // Makes pushed changes durable in the outbox. Returns only after they are committed.
    Result<void> enqueue(const QString &pipeline, const std::vector<Change> &changes);
    // Applies pending outbox entries in arrival order; an entry whose exact version was already
    // applied for its key is skipped. A pipeline whose source is a change feed (capture: logical)
    // reads the feed first, a batch at a time: each batch is made durable in the outbox with the
    // feed's position as checkpoint, then confirmed to the source, then applied. run() comes here
    // for such pipelines. A dry run reads no feed: it plans what the outbox holds.
    RunResult drainOutbox(const QString &pipeline, const RunOptions &options, const std::atomic<bool> &cancel,
                          const ProgressFn &progress = {}, const StartedFn &started = {});

    // Writes dead-lettered records again, through the pipeline's current mapping and policy, one
    // at a time (each its own transaction, so that one bad record does not hold back the rest).
    // Per letter, `outcomes` gets its id and the error it failed with again (an empty code:
    // written, and the letter is closed as replayed by `actor`). Letters that are not open are
    // left alone. A fault at the target stops the replay; the letters not reached stay open.
    RunResult replay(const QString &pipeline, const QList<DeadLetterRecord> &letters, const RunOptions &options,
                     const std::atomic<bool> &cancel, QList<QPair<qint64, Error>> *outcomes);

    // Thread-safe: interrupts a long read of the active run.
    void interrupt();

private:
    struct Prepared;
    struct BatchResult;

    Result<void> prepare(const QString &pipeline, Prepared &p) const;
    // How record lineage keeps the run's target keys (sync/lineagekeys.cpp): p.targetKeys, p.lineage.
    static void prepareLineageKeys(const Workspace &ws, Prepared &p);
    Result<QList<OutboxEntry>> outboxEntries(const Prepared &p, const std::vector<Change> &changes) const;
    // A dry run for a reader (RunOptions::plannedViewer): their decisions per mapped field.
    Result<void> prepareViewer(Prepared &p, const RunOptions &options) const;
    // Maps and writes one batch (or, in a dry run, plans it). Fills dead letters and counters.
    Result<void> applyBatch(Prepared &p, std::vector<Change> &changes, std::size_t count, const RunOptions &options,
                            RunResult &result, QList<DeadLetterEntry> &deadLetters);
    // applyBatch's two halves. mapBatch only reads `p` (and may run on another thread than the
    // writes); writeBatch counts what mapBatch skipped and dead-lettered, then writes the rest.
    void mapBatch(const Prepared &p, std::vector<Change> &changes, std::size_t count, MappedBatch &m) const;
    Result<void> writeBatch(Prepared &p, std::vector<Change> &changes, std::size_t count, const RunOptions &options,
                            RunResult &result, QList<DeadLetterEntry> &deadLetters, MappedBatch &m);
    DeadLetterEntry deadLetter(const Prepared &p, const Change &change, bool rechecked, const Error &error, qint64 runId,
                               const QString &traceId, bool logIt = true) const;
    static void logDeadLetter(const DeadLetterEntry &d);
    // Takes the pipeline's lock, records the run (`mode`) and opens the sink.
    Result<void> startWriting(Prepared &p, const RunOptions &options, const QString &mode, QLockFile &lock,
                              RunResult &result);
    static RunCounters counters(const RunResult &r);
    RunResult finish(RunResult result, const QString &status, const Error &error);

    std::shared_ptr<const Workspace> m_workspace;
    StateStore *m_store;
    std::atomic<Source *> m_activeSource{nullptr};
    std::atomic<TwoWayRunner *> m_activeTwoWay{nullptr};
    std::atomic<ChangeFeed *> m_activeFeed{nullptr};
};

} // namespace concord

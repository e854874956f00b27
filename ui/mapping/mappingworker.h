#pragma once
// The mapping editor's I/O and heavy work, on a thread of its own so that neither the GUI nor a
// running sync waits for it: reading sample records (from the source dataset or a JSON file),
// running the live preview (lookup tables are read from their datasets, so it is I/O too) and
// saving the file with its audit entry. Requests are queued; a preview request superseded by a
// newer one before it starts is dropped.

#include "core/error.h"
#include "mapping/mappingrules.h"
#include "mapping/preview.h"
#include "policy/policy.h"
#include "sync/mappingfiles.h"
#include "workspace/workspace.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace concord {

// What the preview grid shows: the result, or why there is none (the mapping does not compile).
struct PreviewOutcome
{
    int generation = 0;
    std::shared_ptr<const PreviewResult> result; // null when errors is not empty
    ErrorList errors;
};

// A mapping file as read for editing: its rules if the text loads, the text itself, and why not.
struct LoadedMapping
{
    QString relativePath;
    std::optional<MappingRules> rules;
    QString text;
    ErrorList errors;
};

struct SampleSet
{
    QString origin;                  // "source" or the JSON file's path
    std::shared_ptr<const std::vector<Record>> records;
    QStringList warnings;
};

class MappingWorker final : public QObject
{
    Q_OBJECT

public:
    // The worker object lives on its own thread, started here and stopped by the destructor.
    explicit MappingWorker(std::shared_ptr<const Workspace> workspace, QObject *parent = nullptr);
    ~MappingWorker() override;

    // All thread-safe; the work runs on the worker thread and answers with a signal.
    // Reads and parses a mapping file of the workspace (its path as pipelines name it).
    void loadMapping(const QString &relativePath);
    void loadSourceSamples(const QString &datasetId, int limit);
    void loadJsonSamples(const QString &datasetId, const QString &file, int limit);
    // Maps the current samples (none yet: waits for them) with `rules`. Returns the generation the
    // answer will carry; an answer for an older generation than the last asked is never sent.
    int requestPreview(const MappingRules &rules);
    // Who previews are masked for (policy/viewpolicy.h); applies to previews asked for after it.
    void setViewer(const Holder &viewer);
    void save(const MappingSave &save);

Q_SIGNALS:
    void mappingLoaded(const concord::LoadedMapping &mapping);
    void samplesLoaded(const concord::SampleSet &samples);
    void samplesFailed(const QString &origin, const concord::Error &error);
    void previewReady(const concord::PreviewOutcome &outcome);
    void saved(const QString &text, const QString &version);
    void saveFailed(const concord::Error &error);

private:
    class Core;
    QThread m_thread;
    Core *m_core; // lives on m_thread
    std::atomic<int> m_generation{0};
};

} // namespace concord

Q_DECLARE_METATYPE(concord::LoadedMapping)
Q_DECLARE_METATYPE(concord::PreviewOutcome)
Q_DECLARE_METATYPE(concord::SampleSet)

#include "mapping/mappingworker.h"

#include "connectors/connector.h"
#include "log/log.h"
#include "mapping/mapper.h"
#include "policy/viewpolicy.h"
#include "sync/lookups.h"
#include "workspace/mappingloader.h"

#include <QDir>
#include <QFile>

#include <optional>

namespace concord {

class MappingWorker::Core final : public QObject
{
public:
    Core(MappingWorker *owner, std::shared_ptr<const Workspace> workspace)
        : m_owner(owner)
        , m_workspace(std::move(workspace))
    {
    }

    void loadMapping(const QString &relativePath)
    {
        LoadedMapping loaded;
        loaded.relativePath = relativePath;
        const QString path = QDir(m_workspace->dir).absoluteFilePath(relativePath);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            loaded.errors.append(Error{ErrorCode::ConfigInvalid,
                                       MappingWorker::tr("cannot read %1: %2").arg(path, file.errorString()),
                                       SourceLocation{path, 0, 0}});
        } else {
            const QByteArray bytes = file.readAll();
            loaded.text = QString::fromUtf8(bytes);
            loaded.rules = MappingLoader::loadText(relativePath, bytes, &loaded.errors);
            if (loaded.rules)
                loaded.rules->absolutePath = path;
        }
        Q_EMIT m_owner->mappingLoaded(loaded);
    }

    void loadSource(const QString &datasetId, int limit)
    {
        const DatasetDef *dataset = m_workspace->dataset(datasetId);
        if (!dataset) {
            Q_EMIT m_owner->samplesFailed(QStringLiteral("source"),
                                          makeError(ErrorCode::ConfigInvalid,
                                                    MappingWorker::tr("unknown source dataset '%1'").arg(datasetId)));
            return;
        }
        auto read = readSampleRecords(*m_workspace, *dataset, limit);
        if (!read.ok()) {
            Q_EMIT m_owner->samplesFailed(QStringLiteral("source"), read.error());
            return;
        }
        setSamples(SampleSet{QStringLiteral("source"),
                             std::make_shared<const std::vector<Record>>(std::move(read).value()), {}});
    }

    void loadJson(const QString &datasetId, const QString &path, int limit)
    {
        const DatasetDef *dataset = m_workspace->dataset(datasetId);
        QFile file(path);
        if (!dataset || !file.open(QIODevice::ReadOnly)) {
            Q_EMIT m_owner->samplesFailed(path, makeError(ErrorCode::ConfigInvalid,
                                                          dataset ? MappingWorker::tr("cannot read %1: %2").arg(path, file.errorString())
                                                                  : MappingWorker::tr("unknown source dataset '%1'").arg(datasetId)));
            return;
        }
        QStringList warnings;
        auto loaded = samplesFromJson(file.readAll(), dataset->schema, limit, &warnings);
        if (!loaded.ok()) {
            Q_EMIT m_owner->samplesFailed(path, loaded.error());
            return;
        }
        setSamples(SampleSet{path, std::make_shared<const std::vector<Record>>(std::move(loaded).value()), warnings});
    }

    void preview(int generation, const MappingRules &rules)
    {
        m_pending = rules;
        m_pendingGeneration = generation;
        if (m_samples.records)
            runPending();
    }

    void save(const MappingSave &save)
    {
        auto r = saveMappingFile(*m_workspace, save);
        if (!r.ok()) {
            log::warning(lcWorkspace(), QStringLiteral("saving %1 failed: %2").arg(save.relativePath, r.error().message));
            Q_EMIT m_owner->saveFailed(r.error());
            return;
        }
        log::info(lcWorkspace(), QStringLiteral("saved mapping %1 (version %2 -> %3)")
                                     .arg(save.relativePath, save.oldVersion, save.newVersion));
        Q_EMIT m_owner->saved(save.yaml, save.newVersion);
    }

private:
    void setSamples(SampleSet samples)
    {
        m_samples = std::move(samples);
        Q_EMIT m_owner->samplesLoaded(m_samples);
        if (m_pending)
            runPending();
    }

    void runPending()
    {
        if (!m_pending)
            return;
        MappingRules rules = std::move(*m_pending);
        m_pending.reset();
        // A newer request is already queued behind this one: it will answer instead.
        if (m_pendingGeneration < m_owner->m_generation.load())
            return;
        PreviewOutcome outcome;
        outcome.generation = m_pendingGeneration;
        const DatasetDef *source = m_workspace->dataset(rules.source);
        const DatasetDef *target = m_workspace->dataset(rules.target);
        if (!source || !target) {
            outcome.errors.append(makeError(ErrorCode::MappingError,
                                            MappingWorker::tr("the mapping's source or target dataset is not in the workspace")));
        } else if (auto r = resolveLookups(*m_workspace, rules); !r.ok()) {
            outcome.errors.append(r.error());
        } else {
            const CompiledMapping compiled = CompiledMapping::compile(rules, *source, *target, &outcome.errors);
            if (outcome.errors.isEmpty()) {
                PreviewResult result = previewMapping(compiled, rules, source->schema, *m_samples.records);
                // Nothing reaches the screen unmasked: without a policy applied there is no preview.
                if (auto r = applyViewPolicy(result, *m_workspace, compiled, *source, *target, m_viewer); r.ok())
                    outcome.result = std::make_shared<const PreviewResult>(std::move(result));
                else
                    outcome.errors.append(r.error());
            }
        }
        Q_EMIT m_owner->previewReady(outcome);
    }

public:
    Holder m_viewer = Holder::withoutRole();

private:
    MappingWorker *m_owner;
    std::shared_ptr<const Workspace> m_workspace;
    SampleSet m_samples;
    std::optional<MappingRules> m_pending;
    int m_pendingGeneration = 0;
};

MappingWorker::MappingWorker(std::shared_ptr<const Workspace> workspace, QObject *parent)
    : QObject(parent)
    , m_core(new Core(this, std::move(workspace)))
{
    qRegisterMetaType<LoadedMapping>();
    qRegisterMetaType<PreviewOutcome>();
    qRegisterMetaType<SampleSet>();
    qRegisterMetaType<Error>();
    m_thread.setObjectName(QStringLiteral("mapping-editor"));
    m_core->moveToThread(&m_thread);
    m_thread.start();
}

MappingWorker::~MappingWorker()
{
    m_thread.quit();
    m_thread.wait();
    delete m_core;
}

void MappingWorker::loadMapping(const QString &relativePath)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, relativePath] { core->loadMapping(relativePath); },
                              Qt::QueuedConnection);
}

void MappingWorker::loadSourceSamples(const QString &datasetId, int limit)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, datasetId, limit] { core->loadSource(datasetId, limit); },
                              Qt::QueuedConnection);
}

void MappingWorker::loadJsonSamples(const QString &datasetId, const QString &file, int limit)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, datasetId, file, limit] { core->loadJson(datasetId, file, limit); },
                              Qt::QueuedConnection);
}

int MappingWorker::requestPreview(const MappingRules &rules)
{
    const int generation = ++m_generation;
    QMetaObject::invokeMethod(m_core, [core = m_core, generation, rules] { core->preview(generation, rules); },
                              Qt::QueuedConnection);
    return generation;
}

void MappingWorker::setViewer(const Holder &viewer)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, viewer] { core->m_viewer = viewer; }, Qt::QueuedConnection);
}

void MappingWorker::save(const MappingSave &save)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, save] { core->save(save); }, Qt::QueuedConnection);
}

} // namespace concord

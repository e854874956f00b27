#pragma once
// The conflict queue's side of the engine conversation: the queue and the per-pipeline counts are
// read through ControlHost (its own thread, never behind a run), resolutions go to EngineHost
// (queued: they write to both systems in the engine thread, one job at a time). Each answer is
// forwarded with what identifies it; the page decides what is stale. Without a ControlHost it
// starts one in a thread of its own that follows the workspace EngineHost opens.

#include "conflict/conflicttypes.h"
#include "core/error.h"
#include "policy/policy.h"

#include "controldoor.h"

#include <QObject>
#include <QPointer>

#include <memory>


namespace concord {

class ControlHost;
class EngineHost;

class ConflictClient : public QObject
{
    Q_OBJECT

public:
    // host, control: EngineThread::host() and control(), owned by an EngineThread that outlives
    // the client; control may be null.
    ConflictClient(EngineHost *host, ControlHost *control, QObject *parent = nullptr);
    ~ConflictClient() override;

    // Returns the id conflictsReady / conflictsFailed will carry.
    quint64 requestConflicts(const ConflictQuery &query, const Holder &viewer);
    void requestCounts();
    // One resolution at a time: refused (false) while one is in progress.
    bool resolve(const QList<qint64> &ids, const ConflictResolution &resolution, const QString &strategy);
    bool isResolving() const { return m_resolving; }

Q_SIGNALS:
    void conflictsReady(quint64 requestId, const QList<concord::ConflictView> &conflicts);
    void conflictsFailed(quint64 requestId, const concord::Error &error);
    void countsReady(const QMap<QString, qint64> &openByPipeline);
    void resolved(const concord::ConflictResolveResult &result);
    void resolvingChanged(bool resolving);

private:

    QPointer<EngineHost> m_host;
    ControlDoor m_control;
    quint64 m_nextRequest = 0;
    bool m_resolving = false;
};

} // namespace concord

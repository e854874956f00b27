#pragma once
// A real-time pipeline followed (RunOptions::follow) as `concordctl serve` follows it: one long
// run in a thread of its own, with its own state store connection, until the test stops it.

#include "store/statestore.h"
#include "sync/pipelinerunner.h"

#include <atomic>
#include <memory>
#include <thread>

namespace testsupport {

class FollowedRun
{
public:
    FollowedRun(std::shared_ptr<const concord::Workspace> workspace, const QString &pipeline)
    {
        m_thread = std::thread([this, workspace, pipeline] {
            concord::StateStore store;
            if (!store.open(workspace->stateStorePath()).ok())
                return;
            concord::RunOptions options;
            options.follow = true;
            options.trigger = QStringLiteral("realtime");
            m_result = concord::PipelineRunner(workspace, &store).run(pipeline, options, m_stop);
        });
    }
    ~FollowedRun()
    {
        if (m_thread.joinable())
            stop();
    }
    FollowedRun(const FollowedRun &) = delete;
    FollowedRun &operator=(const FollowedRun &) = delete;

    // Stops the run at its next batch boundary and returns how it ended.
    concord::RunResult stop()
    {
        m_stop.store(true);
        m_thread.join();
        return m_result;
    }

private:
    std::atomic<bool> m_stop{false};
    concord::RunResult m_result;
    std::thread m_thread;
};

} // namespace testsupport

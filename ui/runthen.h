#pragma once
// Work off the GUI thread with its answer back on it: runThen(owner, work, done) runs `work` on
// the thread pool and `done(result)` on `owner`'s thread. The watcher belongs to `owner`, so when
// the owner is gone by then the result is dropped (no continuation outlives it, also on Qt 6.4).

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace concord {

template<typename Work, typename Done>
void runThen(QObject *owner, Work work, Done done)
{
    using Result = decltype(work());
    auto *watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace concord

#pragma once
// The value types Operations hands out (governance/operations.h): what the dashboard, the
// dead-letter page and concordctl show. Light on purpose: the console's headers include this,
// not Operations.

#include "store/opstypes.h"
#include "sync/runtypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace concord {

// One pipeline as the dashboard and `concordctl status` show it.
struct PipelineOverview
{
    QString pipeline;
    // idle | running | paused | circuit_open | retrying | failing | disabled
    QString state;
    QString detail;              // why: the pause reason, the last error, the circuit's system
    QString lastStatus;          // of the last real run; empty: never ran
    QDateTime lastRunAt;
    QDateTime nextRunAt;         // invalid: nothing planned (no schedule, paused)
    QString nextRunKind;         // schedule | retry | probe | dependency
    qint64 backlog = -1;         // changes known but not written; -1 unknown
    double successRate = 1.0;    // over the last 24 hours
    bool attempted = false;      // anything was attempted in those 24 hours
    qint64 openDeadLetters = 0;
    QString targetSystem;
    PipelineControl control;
    CircuitState circuit;        // of the target system
};

struct DueRun
{
    QString pipeline;
    QString trigger;             // schedule | retry | probe | dependency
    QDateTime slot;              // the schedule time it stands for (schedule), else now
};

// A dead letter as someone may see it: its fields decoded and masked for the viewer.
struct DeadLetterView
{
    DeadLetterRecord letter;
    QStringList fields;          // the source dataset's fields, in order
    QStringList values;          // as the viewer may see them ("" for null)
    QList<bool> nulls;
    QList<bool> withheld;        // masked or hidden for the viewer
    QString decodeError;         // the payload could not be opened (another secret): values empty
};

struct ReplayOutcome
{
    qint64 id = 0;
    QString status;              // replayed | failed | skipped (not open, or unknown)
    QString errorCode;
    QString message;
};

struct ReplayResult
{
    QList<RunResult> runs;       // one per pipeline involved
    QList<ReplayOutcome> letters;
    int replayed() const;
    int failed() const;
};

} // namespace concord

Q_DECLARE_METATYPE(concord::PipelineOverview)
Q_DECLARE_METATYPE(concord::DeadLetterView)
Q_DECLARE_METATYPE(concord::ReplayResult)

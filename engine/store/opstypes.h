#pragma once
// Operational state kept in the state store (docs/operations.md): per-pipeline control (paused,
// retry schedule), circuit breakers per system, alerts and dead letters as the console and
// concordctl see them. Plain value types shared by StateStore (engine) and StoreReader (console).

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace concord {

// One row of pipeline_control: what survives a restart about a pipeline's operation.
struct PipelineControl
{
    QString pipeline;
    bool paused = false;
    QString pausedBy;
    QDateTime pausedAt;
    QString pauseReason;
    int retryAttempt = 0;        // consecutive runs that failed with a transient fault
    QDateTime nextAttemptAt;     // when the next retry is due; invalid: none scheduled
    int consecutiveFailures = 0; // consecutive failed runs of any kind (alert rule)
    QString lastErrorCode;       // of the last failed run, cleared by a success
    QString lastError;
    bool exhausted = false;      // the retries ran out: waiting for the schedule or an operator
    QDateTime lastScheduledAt;   // the last schedule time that was acted on
    QDateTime lastSucceededAt;

    static PipelineControl of(const QString &name)
    {
        PipelineControl c;
        c.pipeline = name;
        return c;
    }
};

struct CircuitState
{
    QString system;
    bool open = false;
    int failures = 0;            // consecutive transient failures writing to it
    QDateTime openedAt;
    QDateTime nextProbeAt;
    int probes = 0;              // probes tried since it opened
    QString lastError;

    static CircuitState of(const QString &name)
    {
        CircuitState c;
        c.system = name;
        return c;
    }
};

struct AlertRecord
{
    qint64 id = 0;
    QString rule;
    QString severity;            // critical | warning | info
    QString pipeline;
    QString message;
    double value = 0;
    QDateTime raisedAt;
    QDateTime lastSeenAt;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
    QDateTime resolvedAt;        // the condition cleared
    bool isActive() const { return !resolvedAt.isValid(); }
};

struct DeadLetterRecord
{
    qint64 id = 0;
    QString pipeline;
    qint64 runId = 0;
    QString key;
    QString op;
    QString errorCode;
    QString errorMessage;
    QString payload;         // as stored: JSON of the source record, L3 values sealed (policy/sealedpayload.h)
    QString mappingVersion;
    QString sourceVersion;
    QString traceId;
    QString status;          // open | replayed | discarded
    QDateTime createdAt;
    int attempts = 0;        // replays tried that failed again
    bool edited = false;     // a steward changed the payload
    QDateTime resolvedAt;
    QString resolvedBy;
    QString resolution;      // replayed: "run N"; discarded: the reason
};

struct DeadLetterFilter
{
    QString pipeline;            // empty: all
    QString status = QStringLiteral("open"); // open | replayed | discarded | all
    QString errorCode;           // empty: all
    QString text;                // in the key or the message
    int limit = 500;
};

} // namespace concord

Q_DECLARE_METATYPE(concord::PipelineControl)
Q_DECLARE_METATYPE(concord::AlertRecord)

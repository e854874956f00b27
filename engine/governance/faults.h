#pragma once
// What to do about a failure (docs/errors.md, "Transient or permanent"): a transient fault — the
// target unreachable, a lock held too long, an overloaded service — is retried with backoff; a
// permanent one — the record itself is wrong, or the configuration — goes to dead letters at once
// (a record) or stops the pipeline (configuration), and is never retried.

#include "core/error.h"
#include "workspace/workspace.h"

#include <QString>

namespace concord {

enum class FaultKind { Transient, Permanent };

// By error code: CONNECTION_REFUSED, SYNC_TIMEOUT, RATE_LIMITED, STATE_STORE_ERROR and
// PIPELINE_BUSY are transient; everything else is permanent.
FaultKind classify(const Error &error);
// By HTTP status, for the REST and webhook connectors: 408, 425, 429 and 5xx are transient,
// other 4xx permanent (2xx and 3xx are not failures: Permanent is returned for them too).
FaultKind classifyHttp(int status);
// The error code an HTTP failure status stands for: RATE_LIMITED (429), SYNC_TIMEOUT (408, 504),
// CONNECTION_REFUSED (other transient ones), TARGET_REJECTED (other 4xx).
QString errorCodeForHttp(int status);

// The wait before retry number `attempt` (0 for the first retry): base · 2^attempt, at most
// `max`, then moved by up to ±jitter of itself; `random01` in [0, 1) picks where (0.5: none).
// A `Retry-After` the other side sent (retryAfterMs > 0) is honoured when it asks for longer.
qint64 retryDelayMs(const RetrySettings &settings, int attempt, double random01, qint64 retryAfterMs = 0);

} // namespace concord

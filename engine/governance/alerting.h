#pragma once
// Alert rules (workspace.yaml `alerts:`, docs/operations.md): each rule is checked per pipeline
// against its metrics and control state; a rule that holds raises an alert (or keeps the active
// one), one that no longer holds resolves it. New alerts are logged, shown in the console and,
// with `alerts: webhook:`, posted to a DingTalk/WeCom-style robot URL, signed.

#include "governance/metrics.h"
#include "store/opstypes.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace concord {

struct AlertFiring
{
    double value = 0;        // the measured value (a success rate as a fraction)
    QString message;         // one sentence, in English, naming the pipeline and the figures
};

// What a rule sees of one pipeline. `window(ms)` summarizes the metrics of the last ms.
struct AlertFacts
{
    QString pipeline;
    std::function<MetricSummary(qint64 windowMs)> window;
    PipelineControl control;
    CircuitState circuit;    // of the pipeline's target system
    qint64 backlog = -1;     // latest measurement; -1 unknown
};

// Whether `rule` holds for the pipeline now.
std::optional<AlertFiring> evaluateAlertRule(const AlertRule &rule, const AlertFacts &facts);

// critical 3, warning 2, info 1, else 0.
int severityRank(const QString &severity);

// DingTalk's signing: the URL gets `timestamp` (ms) and `sign` = URL-encoded base64 of
// HMAC-SHA256(secret, "<timestamp>\n<secret>"). Without a secret the URL is returned as it is.
QString signedWebhookUrl(const QString &url, const QByteArray &secret, qint64 timestampMs);
// The robot message: {"msgtype": "text", "text": {"content": ...}}.
QByteArray webhookBody(const AlertRecord &alert, const QString &workspaceName);
// POSTs `body` as JSON and waits up to `timeoutMs` (runs a local event loop: call it off the GUI
// thread). A non-2xx status or a robot's {"errcode": n != 0} is an error.
Result<void> postWebhook(const QString &url, const QByteArray &body, int timeoutMs = 10000);

} // namespace concord

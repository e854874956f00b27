#include "dashboard/pipelinecommands.h"

#include "consoleactions.h"
#include "consolesession.h"
#include "dashboard/backfilldialog.h"
#include "formatting.h"
#include "pipelinetablemodel.h"

#include <QAction>

namespace concord {

namespace {

constexpr int MessageMs = 15000;

} // namespace

PipelineCommands::PipelineCommands(ConsoleSession *session, ConsoleActions *actions, PipelineTableModel *model, QWidget *window)
    : QObject(window), m_session(session), m_actions(actions), m_model(model), m_window(window)
{
    connect(actions->run, &QAction::triggered, this, [this] { m_session->runPipeline(m_selected, false); });
    connect(actions->dryRun, &QAction::triggered, this, [this] { m_session->runPipeline(m_selected, true); });
    connect(actions->cancel, &QAction::triggered, session, &ConsoleSession::cancelRun);
    connect(actions->pause, &QAction::triggered, this, &PipelineCommands::pause);
    connect(actions->resume, &QAction::triggered, this, &PipelineCommands::resume);
    connect(actions->backfill, &QAction::triggered, this, &PipelineCommands::backfill);
    connect(session, &ConsoleSession::actionDone, this, &PipelineCommands::onActionDone);
    connect(session, &ConsoleSession::actionFailed, this, &PipelineCommands::onActionFailed);
    connect(session, &ConsoleSession::replayFinished, this,
            [this](const ReplayResult &result) { Q_EMIT message(replaySummary(result), result.failed() > 0 ? 0 : MessageMs); });
}

PipelineCommands::~PipelineCommands() = default;

BackfillDialog *PipelineCommands::backfillDialog() const
{
    return m_backfillDialog;
}

void PipelineCommands::setSelectedPipeline(const QString &pipeline)
{
    m_selected = pipeline;
    update();
}

void PipelineCommands::update(bool otherWork)
{
    const auto workspace = m_session->workspace();
    const bool busy = m_session->isBusy() || m_session->isLoading() || otherWork;
    const bool selected = workspace && !m_session->isLoading() && workspace->pipelines.contains(m_selected);
    const bool canRun = selected && !busy;
    // A disabled pipeline (enabled: false) can be previewed, not run.
    const bool enabled = selected && workspace->pipelines.value(m_selected).enabled;
    const QString state = selected ? m_model->stateOf(m_selected) : QString();
    const PipelineOverview overview = m_model->overviewOf(m_selected);

    m_actions->run->setEnabled(canRun && enabled);
    m_actions->setRunBlockedReason(canRun && !enabled ? tr("This pipeline is disabled in workspace.yaml (enabled: false); "
                                                           "only a dry run is allowed")
                                                        : QString());
    m_actions->dryRun->setEnabled(canRun);
    m_actions->backfill->setEnabled(canRun && enabled);
    m_actions->cancel->setEnabled(m_session->isBusy());
    // Pausing works while the pipeline runs (the run parks at its next batch).
    m_actions->pause->setEnabled(enabled && state != QLatin1String("paused"));
    // Resume clears a pause, ends a retry give-up and probes an open circuit at once.
    m_actions->resume->setEnabled(enabled
                                  && (state == QLatin1String("paused") || state == QLatin1String("circuit_open")
                                      || overview.control.exhausted));
    m_actions->showDeadLetters->setEnabled(workspace != nullptr);
}

void PipelineCommands::pause()
{
    if (m_selected.isEmpty())
        return;
    m_session->pausePipeline(m_selected, QString());
}

void PipelineCommands::resume()
{
    if (!m_selected.isEmpty())
        m_session->resumePipeline(m_selected);
}

void PipelineCommands::backfill()
{
    const auto workspace = m_session->workspace();
    if (!workspace || !workspace->pipelines.contains(m_selected) || m_backfillDialog)
        return;
    const PipelineDef p = workspace->pipelines.value(m_selected);
    const DatasetDef *source = workspace->dataset(p.source);
    auto *dialog = new BackfillDialog(p.name, p.source, source ? source->schema.version : QString(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_backfillDialog = dialog;
    const QString pipeline = p.name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, pipeline] {
        m_session->backfillPipeline(pipeline, dialog->from(), dialog->isFull());
    });
    // Window-modal but not blocking: the console keeps refreshing behind it.
    dialog->open();
}

QString PipelineCommands::replaySummary(const ReplayResult &result)
{
    const int replayed = result.replayed();
    const int failed = result.failed();
    const int skipped = int(result.letters.size()) - replayed - failed;
    if (result.letters.isEmpty())
        return tr("Nothing to replay: no open dead letters matched.");
    QStringList parts;
    parts << tr("%n replayed", nullptr, replayed);
    if (failed > 0)
        parts << tr("%n failed again", nullptr, failed);
    if (skipped > 0)
        parts << tr("%n skipped", nullptr, skipped);
    return parts.join(tr(", "));
}

void PipelineCommands::onActionDone(const QString &action, const QString &detail)
{
    QString text;
    if (action == QLatin1String("pause"))
        text = tr("%1 paused: schedules and retries wait until you resume it.").arg(detail);
    else if (action == QLatin1String("resume"))
        text = tr("%1 resumed.").arg(detail);
    else if (action == QLatin1String("discard"))
        text = tr("%n dead letter(s) discarded.", nullptr, detail.toInt());
    else if (action == QLatin1String("edit"))
        text = tr("Dead letter %1 edited; replay it to write the corrected record.").arg(detail);
    else if (action == QLatin1String("acknowledge"))
        text = tr("Alert acknowledged.");
    if (!text.isEmpty())
        Q_EMIT message(text, MessageMs);
}

void PipelineCommands::onActionFailed(const QString &action, const Error &error)
{
    QString what;
    if (action == QLatin1String("pause"))
        what = tr("Could not pause: %1");
    else if (action == QLatin1String("resume"))
        what = tr("Could not resume: %1");
    else if (action == QLatin1String("discard"))
        what = tr("Could not discard: %1");
    else if (action == QLatin1String("edit"))
        what = tr("Could not edit the dead letter: %1");
    else if (action == QLatin1String("acknowledge"))
        what = tr("Could not acknowledge the alert: %1");
    else
        what = tr("Failed: %1");
    Q_EMIT message(what.arg(error.message.isEmpty() ? error.code : error.message), 0);
}

} // namespace concord

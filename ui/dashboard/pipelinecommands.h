#pragma once
// The dashboard's pipeline commands — Run Now, Dry Run, Pause, Resume, Backfill…, Cancel — on the
// window's shared actions: which of them the selected pipeline's state allows, what they send to
// the session, and how the engine's answers read in the status bar ("finance-invoices-to-tax
// paused", "3 replayed, 1 failed again").

#include "core/error.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace concord {

class BackfillDialog;
class ConsoleActions;
class ConsoleSession;
class PipelineTableModel;
struct ReplayResult;

class PipelineCommands : public QObject
{
    Q_OBJECT

public:
    PipelineCommands(ConsoleSession *session, ConsoleActions *actions, PipelineTableModel *model, QWidget *window);
    ~PipelineCommands() override;

    void setSelectedPipeline(const QString &pipeline);
    // Enables each action as the selected pipeline's state and the engine's business allow.
    // `otherWork`: something else holds the window (the demo workspace being created).
    void update(bool otherWork = false);
    // The Backfill… dialog while it is open (tests drive it).
    BackfillDialog *backfillDialog() const;

    // "3 replayed, 1 failed again", translated.
    static QString replaySummary(const ReplayResult &result);

public Q_SLOTS:
    void pause();
    void resume();
    void backfill();

Q_SIGNALS:
    // A line for the status bar; timeoutMs 0: until the next message.
    void message(const QString &text, int timeoutMs);

private:
    void onActionDone(const QString &action, const QString &detail);
    void onActionFailed(const QString &action, const Error &error);

    ConsoleSession *m_session;
    ConsoleActions *m_actions;
    PipelineTableModel *m_model;
    QWidget *m_window;
    QString m_selected;
    QPointer<BackfillDialog> m_backfillDialog;
};

} // namespace concord

#pragma once
// The navigator tree on the left of the shell. Turns clicks into intentions: a pipeline was
// selected, a dataset (its sensitivity page), the conflicts (of one two-way pipeline), the dead
// letters or the alerts were asked for. Keeps the Pipelines and Conflicts groups expanded across reloads.

#include <QTreeView>

namespace concord {

class NavigatorModel;

class NavigatorView : public QTreeView
{
    Q_OBJECT

public:
    explicit NavigatorView(NavigatorModel *model, QWidget *parent = nullptr);
    ~NavigatorView() override;

    // Selects a pipeline's node without emitting pipelineSelected (the caller already knows).
    void selectPipeline(const QString &name);

Q_SIGNALS:
    // Empty when the selection moved away from pipelines.
    void pipelineSelected(const QString &name);
    void deadLettersRequested();
    void alertsRequested();
    // The conflict queue, on one pipeline's conflicts ("" for all).
    void conflictsRequested(const QString &pipeline);
    // A dataset's node: its sensitivity page.
    void datasetSelected(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void expandDefaults();

    NavigatorModel *m_model;
    bool m_selecting = false;
};

} // namespace concord

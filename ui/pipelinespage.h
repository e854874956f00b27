#pragma once
// The pipelines dashboard: a sortable, filterable table with one row per pipeline and, below
// it, the recent runs of the selected one. Run actions live on the window's toolbar; the page
// offers them again on right-click.

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace concord {

class PipelineTableModel;
class RecentRunsModel;

class PipelinesPage : public QWidget
{
    Q_OBJECT

public:
    PipelinesPage(PipelineTableModel *model, RecentRunsModel *runs, QWidget *parent = nullptr);
    ~PipelinesPage() override;

    void setWorkspaceInfo(const QString &name, const QString &dir);
    // Selects a pipeline's row without emitting pipelineSelected.
    void selectPipeline(const QString &name);
    QString currentPipeline() const;
    void setContextActions(const QList<QAction *> &actions);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    // Empty when nothing is selected.
    void pipelineSelected(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyState();
    void updateRunsTitle();

    PipelineTableModel *m_model;
    RecentRunsModel *m_runsModel;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_path;
    QLineEdit *m_filter;
    QStackedWidget *m_tableStack;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_runsTitle;
    QTableView *m_runs;
    QTimer *m_clock;
    QString m_dir;
    QString m_selectedName;
    bool m_selecting = false;
};

} // namespace concord

#pragma once
// The pipelines dashboard (UX.md): a sortable, filterable table with one row per pipeline — state,
// route, last run, counters, backlog, success rate, dead letters, next run — and below it the
// charts (ChartsPanel) and the recent runs of the selected pipeline. The pipeline commands live
// on the window's toolbar; the page offers them again on right-click.

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace concord {

class ChartsPanel;
class PipelineTableModel;
class RecentRunsModel;

class PipelinesPage : public QWidget
{
    Q_OBJECT

public:
    // charts: shown in the lower half's first tab (may be null: runs only).
    PipelinesPage(PipelineTableModel *model, RecentRunsModel *runs, ChartsPanel *charts = nullptr, QWidget *parent = nullptr);
    ~PipelinesPage() override;

    void setWorkspaceInfo(const QString &name, const QString &dir);
    // Selects a pipeline's row without emitting pipelineSelected.
    void selectPipeline(const QString &name);
    QString currentPipeline() const;
    void setContextActions(const QList<QAction *> &actions);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ChartsPanel *charts() const { return m_charts; }
    QTabWidget *lowerTabs() const { return m_lowerTabs; }

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
    ChartsPanel *m_charts;
    QTabWidget *m_lowerTabs;
    QTimer *m_clock;
    QString m_dir;
    QString m_selectedName;
    bool m_selecting = false;
};

} // namespace concord

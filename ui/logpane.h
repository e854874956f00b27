#pragma once
// The log dock at the bottom of the shell: the engine's log lines, filterable by pipeline
// (following the pipeline selected in the navigator or table, or all of them), by level and by
// text. It follows new lines while the view is scrolled to the bottom and stays put once the
// user scrolls up to read. F12 shows and hides it (the dock's toggle action).

#include "sync/runtypes.h"

#include <QDockWidget>
#include <QTimer>

class QComboBox;
class QLineEdit;
class QTableView;
class QToolButton;

namespace concord {

class LogFilterProxy;
class LogTableModel;

class LogPane : public QDockWidget
{
    Q_OBJECT

public:
    explicit LogPane(QWidget *parent = nullptr);
    ~LogPane() override;

    void append(const LogEntry &entry);
    // The pipelines offered in the filter.
    void setPipelines(const QStringList &pipelines);
    // The pipeline selected elsewhere in the window; shown while "Selected pipeline" is chosen.
    void setSelectedPipeline(const QString &pipeline);
    // Shows every pipeline's lines (the "all" choice).
    void showAllPipelines();

    LogTableModel *model() const { return m_model; }
    LogFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPipelineFilter();

    LogTableModel *m_model;
    LogFilterProxy *m_proxy;
    QTableView *m_view;
    QComboBox *m_pipelineCombo;
    QComboBox *m_levelCombo;
    QLineEdit *m_textFilter;
    QToolButton *m_clearButton;
    QTimer m_textDebounce;
    QString m_selectedPipeline;
    bool m_following = true;
};

} // namespace concord

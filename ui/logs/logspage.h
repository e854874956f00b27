#pragma once
// The Logs page (Ctrl+9, docs/logs.md): the workspace's structured log on disk — what the console
// and every concordctl process (serve, run …) wrote to .concord/logs — in a table, filtered by time
// range, pipeline, level, error code, trace id and text, with the selected entry's every field
// beside it (a trace id or run there narrows the table to that run). Follow keeps adding what is
// written while the page is open. Files are read on the thread pool, never on the GUI thread; a
// long read shows its progress and can be cancelled; answers to older requests are dropped.
// Export… writes what the table shows to .xlsx or .csv (audited).

#include "log/logfiles.h"

#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QUrl;
class QToolButton;

namespace concord {

class ConsoleSession;
class ControlHost;
class EngineHost;
class GovernanceClient;
class LogTableModel;

class LogsPage : public QWidget
{
    Q_OBJECT

public:
    LogsPage(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent = nullptr);
    ~LogsPage() override;

    // What the filters ask for now (the time range counted back from now).
    log::LogFilter filter() const;
    void setPipelineFilter(const QString &pipeline);
    void setErrorCodeFilter(const QString &code);
    void setTraceFilter(const QString &traceId);
    void setTextFilter(const QString &text);
    // Clears every filter but the time range, and looks at one run.
    void showTrace(const QString &traceId);

    LogTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QAction *followAction() const { return m_follow; }
    QAction *exportAction() const { return m_export; }
    QLabel *summary() const { return m_summary; }
    bool isLoading() const { return m_loading; }
    // The directory read (the open workspace's .concord/logs).
    QString logDir() const;
    // Writes the table's entries to `file` (the Export… dialog's answer) on the thread pool.
    void exportTo(const QString &file);

    // The detail pane's HTML for an entry (exposed for tests).
    static QString detailHtml(const LogEntry &entry);

public Q_SLOTS:
    void reload();
    void cancelLoad();

Q_SIGNALS:
    void message(const QString &text, int ms);
    // A read finished (or was cancelled): for tests and the status line.
    void loaded(int entries);
    void followed(int added);
    void exported(const QString &file, qint64 rows, const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void onLoaded(quint64 request, const log::LogBatch &batch);
    void poll();
    void showCurrent();
    void updateSummary();
    void setPipelines();
    void chooseExportFile();
    void openLink(const QUrl &url);

    ConsoleSession *m_session;
    GovernanceClient *m_client;
    LogTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_rangeLabel;
    QComboBox *m_range;
    QLabel *m_pipelineLabel;
    QComboBox *m_pipeline;
    QComboBox *m_level;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_traceLabel;
    QLineEdit *m_trace;
    QLineEdit *m_text;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QAction *m_refresh;
    QAction *m_follow;
    QAction *m_export;
    QTimer m_debounce;
    QTimer m_pollTimer;
    quint64 m_request = 0;
    bool m_loading = false;
    bool m_polling = false;
    bool m_atBottom = true;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    log::LogPosition m_position;
    log::LogBatch m_last; // the last full read's counts (entries are in the model)
    int m_followedSinceLoad = 0;
};

} // namespace concord

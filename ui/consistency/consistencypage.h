#pragma once
// The consistency review page (UX.md: consistency review; anchors Redgate SQL Data Compare and
// Navicat Data Sync): for one pipeline, Run Check with its progress and Cancel; the latest
// check's summary and the trend across stored checks; the open discrepancies, filterable by
// kind, field and text (Ctrl+F) and sortable; the selected one side by side, masked for the
// session's viewer; Export… (XLSX or CSV, the filters and viewer applied, the folder remembered);
// Repair selected… / Repair all…, always through a dry run shown before anything is written.
// Everything goes through ConsistencyClient, off the GUI thread; answers to older requests are
// dropped.

#include "consistency/consistencytypes.h"
#include "core/error.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QMessageBox;
class QProgressBar;
class QStackedWidget;
class QTableView;

namespace concord {

class CheckProgress;
class ConsistencyClient;
class ConsistencyCommands;
class ConsistencySummary;
class ConsoleSession;
class ControlHost;
class DiscrepancyDetail;
class DiscrepancyFilter;
class DiscrepancyFilterBar;
class DiscrepancyModel;
class EngineHost;
class ReloadThrottle;
class RepairDialog;

class ConsistencyPage : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save an export: returns the file chosen ("" to cancel). `suggested` is the
    // remembered folder and the default name. Tests replace the file dialog with their own.
    using SaveFileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    // session: the viewer and whether a run holds the engine; host, control: the engine's doors
    // (control may be null: the page then reads through a ControlHost thread of its own).
    ConsistencyPage(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent = nullptr);
    ~ConsistencyPage() override;

    // A (re)opened workspace: the pipelines offered (empty: none open).
    void setPipelines(const QStringList &pipelines);
    // Shows the checks and discrepancies of `pipeline` (if it is one of the workspace's).
    void showPipeline(const QString &pipeline);
    QString pipeline() const;

    // The engine query for what the table shows (pipeline, kind, field, text, closed ones too).
    DiscrepancyQuery query() const;
    void setKindFilter(const QString &kind);   // "" | missing | extra | mismatch
    void setFieldFilter(const QString &field); // "" for every field
    void setSearchText(const QString &text);
    void setIncludeClosed(bool on);
    // "Showing 3 of 7 discrepancies".
    QString countText() const;

    DiscrepancyModel *model() const { return m_model; }
    DiscrepancyFilter *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    DiscrepancyDetail *detail() const { return m_detail; }
    ConsistencySummary *summary() const { return m_summary; }
    ConsistencyClient *client() const { return m_client; }
    QProgressBar *progressBar() const;
    QString progressText() const;
    QString resultText() const;
    // How many discrepancy answers were shown (tests wait for the next one).
    int loadsShown() const { return m_loads; }
    QList<qint64> selectedIds() const;
    void selectDiscrepancy(qint64 id);
    RepairDialog *repairDialog() const;
    QMessageBox *errorBox() const;

    QAction *runCheckAction() const { return m_runCheck; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *exportAction() const { return m_export; }
    QAction *repairSelectedAction() const { return m_repairSelected; }
    QAction *repairAllAction() const { return m_repairAll; }

    void setSaveFileChooser(SaveFileChooser chooser);
    // `<pipeline>-discrepancies-<yyyyMMdd-HHmm>.xlsx`, local time.
    QString defaultExportName(const QDateTime &now = QDateTime::currentDateTime()) const;

public Q_SLOTS:
    void reload();
    void runCheck();
    void cancelCheck();
    // Asks for a file (SaveFileChooser, else a file dialog), then exportTo().
    void exportDiscrepancies();
    // Writes what the table shows, masked for the viewer, to `file` (.xlsx or .csv).
    void exportTo(const QString &file);
    void repairSelected();
    void repairAll();

Q_SIGNALS:
    // A line for the window's status bar; timeoutMs 0: until the next message.
    void message(const QString &text, int timeoutMs);
    // "Where did this come from?" for the current record: SYSTEM.DATASET and key as stored.
    void lineageRequested(const QString &dataset, const QString &key);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void requestLineage();
    void loadDiscrepancies();
    void onRuns(const QString &pipeline, const QList<ConsistencyRun> &runs);
    void onDiscrepancies(quint64 requestId, const QList<DiscrepancyRow> &rows);
    void onDiscrepanciesFailed(quint64 requestId, const Error &error);
    void onCheckFinished(const ConsistencyRun &run);
    void showResult(const QString &text, int timeoutMs);
    void updateEmptyState();
    void updateActions();
    void showCurrent();
    QString viewerLabel() const;

    ConsoleSession *m_session;
    ConsistencyClient *m_client;
    ConsistencyCommands *m_commands;
    DiscrepancyModel *m_model;
    DiscrepancyFilter *m_proxy;
    ConsistencySummary *m_summary;
    DiscrepancyDetail *m_detail;
    DiscrepancyFilterBar *m_filters;
    QComboBox *m_pipelineCombo;
    QLabel *m_pipelineLabel;
    QStackedWidget *m_tableStack;
    QTableView *m_table;
    QLabel *m_empty;
    CheckProgress *m_progress;
    QLabel *m_result;
    QAction *m_runCheck;
    QAction *m_cancel;
    QAction *m_export;
    QAction *m_repairSelected;
    QAction *m_repairAll;
    QAction *m_refresh;
    QAction *m_lineage = nullptr; // "Where did this come from?"
    ReloadThrottle *m_reload = nullptr;
    quint64 m_request = 0;
    qint64 m_loadedForRun = -1; // the newest check's id when the discrepancies were asked for
    QString m_loadedForStatus;
    bool m_runsLoaded = false;
    bool m_forceLoad = true;
    int m_loads = 0;
    bool m_sizedToRows = false;   // the columns were fitted to rows once (per pipeline)
};

} // namespace concord

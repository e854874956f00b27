#pragma once
// The conflict queue page (UX.md: conflict queue; anchors KDiff3 / Beyond Compare three-way merge
// and SymmetricDS conflicts): the open conflicts of the workspace's two-way pipelines, filterable
// by pipeline, dataset, field, age and text (Ctrl+F) and sortable, on the left; the selected one
// three ways on the right (ConflictDetail), masked for the session's viewer. Picks are undo steps
// (Ctrl+Z / Ctrl+Shift+Z) until Resolve (Ctrl+Enter) applies them — to the similar conflicts too
// when asked — and moves to the next conflict; Resolve Selected By applies a strategy to the
// selected ones after a confirmation. The open conflicts per pipeline feed the navigator's
// "Conflicts (N)". Everything goes through ConflictClient, off the GUI thread; answers to older
// requests are dropped.

#include "conflict/conflicttypes.h"
#include "core/error.h"
#include "workspace/workspace.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QMessageBox;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace concord {

class ConflictClient;
class ConflictCommands;
class ConflictDetail;
class ConflictDraft;
class ConflictFilterBar;
class ConflictQueueFilter;
class ConflictQueueModel;
class ConsoleSession;
class ControlHost;
class EngineHost;
class ReloadThrottle;

class ConflictPage : public QWidget
{
    Q_OBJECT

public:
    // session: the viewer and the open workspace; host, control: the engine's doors (control may
    // be null: the page then reads through a ControlHost thread of its own).
    ConflictPage(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent = nullptr);
    ~ConflictPage() override;

    // The pipeline filter set to `pipeline` ("" for all; a one-way pipeline shows all).
    void showPipeline(const QString &pipeline);
    // The filters, as the engine would apply them (ConflictQuery), and their setters.
    ConflictQuery query() const;
    void setPipelineFilter(const QString &pipeline);
    void setDatasetFilter(const QString &dataset);
    void setFieldFilter(const QString &field);
    void setOlderThanFilter(qint64 secs);
    void setSearchText(const QString &text);
    QString countText() const;

    // Open conflicts per two-way pipeline, as last counted.
    QMap<QString, qint64> counts() const { return m_counts; }
    QStringList twoWayPipelines() const { return m_twoWay; }

    ConflictQueueModel *model() const { return m_model; }
    ConflictQueueFilter *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    ConflictDetail *detail() const { return m_detail; }
    ConflictDraft *draft() const { return m_draft; }
    ConflictClient *client() const { return m_client; }
    QMessageBox *confirmBox() const;
    QString resultText() const;
    QString emptyText() const;
    // How many queue answers were shown (tests wait for the next one).
    int loadsShown() const { return m_loads; }
    // Whether the queue shown was read after the engine's last answer to a resolution.
    bool isSettled() const { return m_resolutionsShown == m_resolutions; }
    qint64 currentId() const;
    QList<qint64> selectedIds() const;
    void selectConflict(qint64 id);

    QAction *resolveAction() const { return m_resolve; }
    // strategy: source | target | last_write_wins.
    QAction *resolveByAction(const QString &strategy) const;
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

public Q_SLOTS:
    void reload();
    // Applies the choices to the shown conflict (and its similar ones when ticked), then moves on.
    void resolveCurrent();
    void resolveSelectedBy(const QString &strategy);

Q_SIGNALS:
    // A line for the window's status bar; timeoutMs 0: until the next message.
    void message(const QString &text, int timeoutMs);
    // "Where did this come from?" for the current record: SYSTEM.DATASET and key as stored.
    void lineageRequested(const QString &dataset, const QString &key);
    // Open conflicts per two-way pipeline (the navigator's counts).
    void countsChanged(const QMap<QString, qint64> &openByPipeline);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void requestLineage();
    void setWorkspace(const std::shared_ptr<const Workspace> &workspace);
    void onConflicts(quint64 requestId, const QList<ConflictView> &conflicts);
    void onConflictsFailed(quint64 requestId, const Error &error);
    void onCounts(const QMap<QString, qint64> &counts);
    void onResolved(const ConflictResolveResult &result);
    void showResult(const QString &text, int timeoutMs);
    void showCurrent();
    void updateEmptyState();
    void updateActions();
    void updateSimilar();
    qint64 neighbourOf(qint64 id, const QList<qint64> &leaving) const;
    QString viewerLabel() const;

    ConsoleSession *m_session;
    ConflictClient *m_client;
    ConflictDraft *m_draft;
    ConflictCommands *m_commands;
    ConflictQueueModel *m_model;
    ConflictQueueFilter *m_proxy;
    ConflictFilterBar *m_filters;
    ConflictDetail *m_detail;
    QStackedWidget *m_tableStack;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_result;
    QAction *m_resolve;
    QAction *m_bySource;
    QAction *m_byTarget;
    QAction *m_byLastWrite;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_refresh;
    QAction *m_lineage = nullptr; // "Where did this come from?"
    QToolButton *m_resolveBy;
    QString m_workspaceDir;
    ReloadThrottle *m_reload = nullptr;
    QStringList m_twoWay;
    QMap<QString, qint64> m_counts;
    quint64 m_request = 0;
    int m_loads = 0;
    int m_resolutions = 0;       // answers to resolutions received
    int m_resolutionsShown = 0;  // of those, the ones the queue was read again after
    qint64 m_moveTo = 0;         // after a resolution: the conflict to show next
    bool m_sizedToRows = false;  // the columns were fitted to rows once
};

} // namespace concord

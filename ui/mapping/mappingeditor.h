#pragma once
// The mapping editor window (UX.md "Mapping editor"): the visual canvas with the side panel for the
// selected target field, the Validation and YAML tabs, and under them the live preview of the
// first 20 source records through the current, even unsaved, mapping. Every edit is an undo step;
// Ctrl+S saves atomically with an audit entry; closing with unsaved changes asks. File reading,
// previews and saving run on the editor's worker thread.

#include "policy/policy.h"
#include "mapping/automap.h"
#include "mapping/mappingrules.h"
#include "model/record.h"
#include "workspace/workspace.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoView;

namespace concord {

class FieldRulePanel;
class MappingCanvas;
class MappingDocument;
class MappingWorker;
class PreviewModel;
class ValidationPanel;
class YamlPanel;
struct LoadedMapping;
struct MappingChange;
struct PreviewOutcome;
struct SampleSet;
struct Error;

class MappingEditor final : public QMainWindow
{
    Q_OBJECT

public:
    // Opens `relativePath` (as pipelines name it) of `workspace`. The file is read on the worker
    // thread; isReady() turns true (and ready() is emitted) once it is shown.
    MappingEditor(std::shared_ptr<const Workspace> workspace, const QString &relativePath, QWidget *parent = nullptr);
    ~MappingEditor() override;

    QString mappingPath() const { return m_path; }
    bool isReady() const { return m_doc != nullptr; }
    MappingDocument *document() const { return m_doc; }
    MappingCanvas *canvas() const { return m_canvas; }
    FieldRulePanel *fieldPanel() const { return m_fieldPanel; }
    ValidationPanel *validationPanel() const { return m_validation; }
    YamlPanel *yamlPanel() const { return m_yaml; }
    PreviewModel *previewModel() const { return m_previewModel; }
    QTableView *previewView() const { return m_previewView; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoView *undoView() const { return m_undoView; }
    QDockWidget *undoDock() const { return m_undoDock; }
    QLabel *hitCounts() const { return m_hits; }
    // How many previews have been shown (tests wait on it).
    int previewsShown() const { return m_previewsShown; }
    bool isSaving() const { return m_saving; }

    // Who the preview and the sample values are shown as (ConsoleSession::viewer()); re-runs the preview.
    void setViewer(const Holder &viewer);
    const Holder &viewer() const { return m_viewer; }

    QAction *saveAction() const { return m_save; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *autoMapAction() const { return m_autoMap; }

public Q_SLOTS:
    // Saves the current mapping (asks first if it has problems or would drop comments).
    void save();
    // Proposes links for unmapped target fields and applies the accepted ones as one undo step.
    void autoMap();
    // Applies `proposals` as one undo step (what autoMap() does after the dialog).
    void applyLinks(const QList<concord::LinkProposal> &proposals);
    void loadJsonSamples();
    void loadSourceSamples();

Q_SIGNALS:
    void ready();
    // The file was written: the workspace should be reloaded so that runs use it.
    void mappingSaved(const QString &relativePath, const QString &version);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void onLoaded(const LoadedMapping &loaded);
    void onChanged(const MappingChange &change);
    void onPreview(const PreviewOutcome &outcome);
    void onSamples(const SampleSet &samples);
    void onSamplesFailed(const QString &origin, const Error &error);
    void onSaved(const QString &text, const QString &version);
    void onSaveFailed(const Error &error);
    void schedulePreview();
    void updateTitle();
    void updateStatus();
    void updateHits();
    QHash<QString, QString> fieldErrors() const;

    std::shared_ptr<const Workspace> m_workspace;
    QString m_path;
    MappingWorker *m_worker;
    MappingDocument *m_doc = nullptr;

    QStackedWidget *m_stack;
    QLabel *m_loading;
    QSplitter *m_split = nullptr;
    QTabWidget *m_tabs = nullptr;
    MappingCanvas *m_canvas = nullptr;
    FieldRulePanel *m_fieldPanel = nullptr;
    ValidationPanel *m_validation = nullptr;
    YamlPanel *m_yaml = nullptr;
    PreviewModel *m_previewModel = nullptr;
    QTableView *m_previewView = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_previewState = nullptr;
    QLabel *m_hits = nullptr;
    QPushButton *m_jsonSamples = nullptr;
    QPushButton *m_sourceSamples = nullptr;
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_version = nullptr;
    QTimer *m_previewTimer;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_save = nullptr;
    QAction *m_close = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_autoMap = nullptr;
    QAction *m_removeRule = nullptr;

    Holder m_viewer = Holder::withoutRole();
    QString m_samplesOrigin;
    QString m_samplesError;
    MappingRules m_previewRules; // the rules of the last preview asked for
    int m_previewGeneration = 0;
    int m_previewsShown = 0;
    bool m_saving = false;
    bool m_closeAfterSave = false;
};

} // namespace concord

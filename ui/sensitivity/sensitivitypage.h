#pragma once
// The sensitivity page (UX.md: sensitivity view; issue 4): per dataset, each field's level, mask
// and visible-to departments, with a sample value as the viewer may see it. Tag one field in the
// table or many at once (select rows, then Set level / Mask / Visible to); every change is an undo
// step; Save writes workspace.yaml in place and an audit entry (off the GUI thread). Above the
// table, suggestions from the sample values (mobile numbers, ID cards, bank cards, e-mail,
// addresses) to accept or reject. A second tab shows the policy matrix for the edited tags.

#include "policy/masking.h"
#include "policy/policy.h"
#include "policy/suggest.h"
#include "workspace/fieldtagwriter.h"
#include "workspace/workspace.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QUndoStack;
class QVBoxLayout;

namespace concord {

class PolicyMatrixModel;
class SensitivityModel;

class SensitivityPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SensitivityPage(QWidget *parent = nullptr);
    ~SensitivityPage() override;

    // A (re)loaded workspace: unsaved edits are dropped, the shown dataset kept if it still exists.
    void setWorkspace(std::shared_ptr<const Workspace> workspace);
    void setViewer(const Holder &viewer, const QString &actor);
    void showDataset(const QString &id);

    QString currentDataset() const;
    SensitivityModel *model() const { return m_model; }
    PolicyMatrixModel *matrix() const { return m_matrix; }
    QTableView *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *saveAction() const { return m_save; }
    // The suggestions on show, as summaries (tests).
    QStringList suggestionTexts() const;
    // "email looks like an e-mail address in 100% of 196 samples → L3, partial(email)", translated.
    static QString suggestionText(const TagSuggestion &s);
    bool samplesLoaded() const { return m_samplesLoaded; }
    bool isSaving() const { return m_saving; }

    // Sets `after` on the selected rows as one undo step (also used by the toolbar actions).
    void tagSelected(const std::function<void(FieldTagEdit &)> &change, const QString &text);
    void acceptSuggestion(const QString &field);
    void rejectSuggestion(const QString &field);

public Q_SLOTS:
    void save();
    void revert();

Q_SIGNALS:
    void saved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadSamples();
    void onSamples(int generation, std::shared_ptr<const std::vector<Record>> samples, const MaskKeys &keys,
                   const QString &error);
    void refreshDerived();
    void rebuildSuggestions();
    std::shared_ptr<Workspace> editedWorkspace() const;
    void pushTags(const QList<int> &rows, const QList<FieldTagEdit> &after, const QString &text);

    std::shared_ptr<const Workspace> m_workspace;
    Holder m_viewer = Holder::withoutRole();
    QString m_actor;
    SensitivityModel *m_model;
    PolicyMatrixModel *m_matrix;
    QUndoStack *m_undo;
    QComboBox *m_datasets;
    QLabel *m_state;
    QLabel *m_suggestionsTitle;
    QWidget *m_suggestionsBox;
    QVBoxLayout *m_suggestionsLayout;
    QTabWidget *m_tabs;
    QTableView *m_table;
    QTableView *m_matrixView;
    QAction *m_levels[3] = {};
    QAction *m_mask;
    QAction *m_visible;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_save;
    QAction *m_revert;
    std::shared_ptr<const std::vector<Record>> m_samples;
    MaskKeys m_keys;
    bool m_samplesLoaded = false;
    bool m_saving = false;
    int m_generation = 0;
    QHash<QString, QSet<QString>> m_rejected; // dataset -> fields whose suggestion was rejected
    QList<TagSuggestion> m_suggestions;
};

} // namespace concord

#pragma once
// The mapping being edited: its rules, the text they were loaded from, and the undo stack every
// edit goes through (STYLE.md: every user edit is a QUndoCommand). The editor's views read from it
// and update from changed(); it does no I/O — saving goes through the engine's worker thread.

#include "mapping/mappingrules.h"
#include "mapping/mappingwriter.h"
#include "workspace/workspace.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace concord {

// What an edit touched, so that views refresh only what they show.
struct MappingChange
{
    enum class Kind { Field, Validation, Everything };
    Kind kind = Kind::Everything;
    QString field; // Field: the target field whose rule changed (added, edited or removed)
};

class MappingDocument final : public QObject
{
    Q_OBJECT

public:
    // `rules` as loaded from `originalText` (the file's content) within `workspace`.
    MappingDocument(std::shared_ptr<const Workspace> workspace, MappingRules rules, QString originalText,
                    QObject *parent = nullptr);

    const Workspace &workspace() const { return *m_workspace; }
    const MappingRules &rules() const { return m_rules; }
    const DatasetDef *sourceDataset() const;
    const DatasetDef *targetDataset() const;
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    // The version the file on disk has (at load, or at the last save).
    const QString &savedVersion() const { return m_savedVersion; }

    // The current rules as YAML, keeping the original text's comments where they still apply;
    // droppedComments lists those a save would lose.
    MappingText yaml() const;
    // Problems of the current rules against the datasets (what `validate` would say).
    ErrorList problems() const;

    // Edits; each pushes one undo command (and does nothing if it would change nothing).
    // Links a source field to a target field: the rule takes its value `from` it (an expression
    // or constant it had is replaced; transforms, cases, defaults are kept).
    void link(const QString &sourceField, const QString &targetField);
    // Removes the target field's rule: the field is no longer written.
    void unlink(const QString &targetField);
    // Replaces (or adds) the rule for rule.target. Consecutive edits of the same field with
    // `typing` set merge into one undo step (typing an expression is one step, not one per key).
    void setRule(const FieldRule &rule, const QString &description, bool typing = false);
    void setValidation(const QStringList &required, const QStringList &unique, const QList<ValidationRule> &rules,
                       const QString &description);
    // The YAML tab's text: parsed, and if it loads without errors it becomes the rules (one undo
    // step). Otherwise nothing changes and `errors` says why, with lines and columns.
    bool replaceFromYaml(const QString &text, ErrorList *errors);
    // After a successful save of `text`: that text is the new original and this the clean state.
    void markSaved(const QString &text);

    // What an undo command restores: the rules, and the text whose comments and layout a save keeps.
    struct State
    {
        MappingRules rules;
        QString originalText;
    };
    void applyState(const State &state, const MappingChange &change);

Q_SIGNALS:
    void changed(const concord::MappingChange &change);
    void modifiedChanged(bool modified);

private:
    void push(MappingRules after, const MappingChange &change, const QString &description, bool typing,
              const QString *newText = nullptr);

    std::shared_ptr<const Workspace> m_workspace;
    MappingRules m_rules;
    QString m_originalText;
    QString m_savedVersion;
    QUndoStack m_undo;
};

} // namespace concord

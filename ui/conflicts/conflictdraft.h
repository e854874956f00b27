#pragma once
// What a steward has decided on conflicts but not yet applied: per conflict, the value taken for
// each conflicting field and, for a record deleted on one side, whether to keep it. Every change
// is a QUndoCommand on the draft's stack (Ctrl+Z / Ctrl+Shift+Z on the conflict page), so a pick
// can be taken back until Resolve applies it; after that the engine's audit trail holds it, and
// the steps of conflicts that were applied (or left the queue) are skipped by undo and redo.

#include "conflict/conflicttypes.h"

#include <QHash>
#include <QObject>

class QUndoStack;

namespace concord {

class ChangeDecision;

// The choices for one conflict.
struct ConflictDecision
{
    QMap<QString, FieldChoice> fields; // conflicting target field -> choice
    int keep = -1;                     // delete conflicts: -1 undecided, 0 delete the record, 1 keep it

    bool operator==(const ConflictDecision &o) const { return fields == o.fields && keep == o.keep; }
    bool operator!=(const ConflictDecision &o) const { return !(*this == o); }
};

class ConflictDraft : public QObject
{
    Q_OBJECT

public:
    explicit ConflictDraft(QObject *parent = nullptr);
    ~ConflictDraft() override;

    QUndoStack *undoStack() const { return m_stack; }
    ConflictDecision decision(qint64 id) const { return m_decisions.value(id); }

    // Each pushes one undo step named `text` (nothing when it would change nothing).
    void pick(qint64 id, const QString &field, const FieldChoice &choice, const QString &text);
    void setKeep(qint64 id, bool keep, const QString &text);
    // The comment typed for a conflict (the line edit has its own undo).
    QString comment(qint64 id) const { return m_comments.value(id); }
    void setComment(qint64 id, const QString &text);

    // Applied or no longer open: the conflicts' choices are dropped and their steps skipped.
    void forget(const QList<qint64> &ids);
    // Keeps only the choices of these conflicts (the open ones just loaded).
    void retain(const QList<qint64> &ids);
    // Another workspace: nothing carries over.
    void clear();

    // Undo and redo that skip the steps of forgotten conflicts.
    bool canUndo() const;
    bool canRedo() const;
    QString undoText() const;
    QString redoText() const;
    void undo();
    void redo();

Q_SIGNALS:
    void decisionChanged(qint64 id);
    // An undo step was done, undone or redone for this conflict (not a forget or clear).
    void stepApplied(qint64 id);
    // canUndo, canRedo or their texts may have changed.
    void historyChanged();

private:
    friend class ChangeDecision;
    void apply(qint64 id, const ConflictDecision &decision);
    void push(qint64 id, const ConflictDecision &after, const QString &text);
    int liveBelow(int index) const;  // the nearest live step under `index`, -1 if none
    int liveFrom(int index) const;   // the nearest live step at or above `index`, -1 if none

    QUndoStack *m_stack;
    QHash<qint64, ConflictDecision> m_decisions;
    QHash<qint64, QString> m_comments;
    QHash<qint64, QList<ChangeDecision *>> m_steps; // live steps by conflict
};

} // namespace concord

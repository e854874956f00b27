#include "conflicts/conflictdraft.h"

#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

namespace concord {

// One undo step: a conflict's choices before and after (Tiled's ChangeValue, for one value type).
class ChangeDecision final : public QUndoCommand
{
public:
    ChangeDecision(ConflictDraft *draft, qint64 id, ConflictDecision before, ConflictDecision after, const QString &text)
        : QUndoCommand(text), m_draft(draft), m_id(id), m_before(std::move(before)), m_after(std::move(after))
    {
        m_draft->m_steps[m_id].append(this);
    }
    ~ChangeDecision() override { unregister(); }

    void redo() override { m_draft->apply(m_id, m_after); }
    void undo() override { m_draft->apply(m_id, m_before); }
    // The conflict was applied: this step no longer does anything and is dropped when reached.
    void retire()
    {
        setObsolete(true);
        unregister();
    }

private:
    void unregister()
    {
        auto it = m_draft->m_steps.find(m_id);
        if (it == m_draft->m_steps.end())
            return;
        it->removeAll(this);
        if (it->isEmpty())
            m_draft->m_steps.erase(it);
    }

    ConflictDraft *m_draft;
    qint64 m_id;
    ConflictDecision m_before;
    ConflictDecision m_after;
};

ConflictDraft::ConflictDraft(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::indexChanged, this, &ConflictDraft::historyChanged);
}

ConflictDraft::~ConflictDraft()
{
    // The steps unregister themselves from m_steps as the stack deletes them: before the hash goes.
    disconnect(m_stack, nullptr, this, nullptr);
    delete m_stack;
}

void ConflictDraft::apply(qint64 id, const ConflictDecision &decision)
{
    if (decision == ConflictDecision())
        m_decisions.remove(id);
    else
        m_decisions.insert(id, decision);
    Q_EMIT decisionChanged(id);
    Q_EMIT stepApplied(id);
}

void ConflictDraft::push(qint64 id, const ConflictDecision &after, const QString &text)
{
    const ConflictDecision before = decision(id);
    if (before == after)
        return;
    m_stack->push(new ChangeDecision(this, id, before, after, text));
}

void ConflictDraft::pick(qint64 id, const QString &field, const FieldChoice &choice, const QString &text)
{
    ConflictDecision after = decision(id);
    after.fields.insert(field, choice);
    push(id, after, text);
}

void ConflictDraft::setKeep(qint64 id, bool keep, const QString &text)
{
    ConflictDecision after = decision(id);
    after.keep = keep ? 1 : 0;
    push(id, after, text);
}

void ConflictDraft::setComment(qint64 id, const QString &text)
{
    if (text.isEmpty())
        m_comments.remove(id);
    else
        m_comments.insert(id, text);
}

void ConflictDraft::forget(const QList<qint64> &ids)
{
    bool any = false;
    for (const qint64 id : ids) {
        const QList<ChangeDecision *> steps = m_steps.value(id);
        for (ChangeDecision *step : steps)
            step->retire();
        any = any || !steps.isEmpty();
        m_comments.remove(id);
        if (m_decisions.remove(id))
            Q_EMIT decisionChanged(id);
    }
    if (any)
        Q_EMIT historyChanged();
}

void ConflictDraft::retain(const QList<qint64> &ids)
{
    const QSet<qint64> keep(ids.cbegin(), ids.cend());
    QList<qint64> gone;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it)
        if (!keep.contains(it.key()))
            gone.append(it.key());
    for (auto it = m_decisions.cbegin(); it != m_decisions.cend(); ++it)
        if (!keep.contains(it.key()) && !gone.contains(it.key()))
            gone.append(it.key());
    if (!gone.isEmpty())
        forget(gone);
}

void ConflictDraft::clear()
{
    m_stack->clear();
    m_comments.clear();
    const QList<qint64> ids = m_decisions.keys();
    m_decisions.clear();
    for (const qint64 id : ids)
        Q_EMIT decisionChanged(id);
    Q_EMIT historyChanged();
}

int ConflictDraft::liveBelow(int index) const
{
    for (int i = index - 1; i >= 0; --i)
        if (!m_stack->command(i)->isObsolete())
            return i;
    return -1;
}

int ConflictDraft::liveFrom(int index) const
{
    for (int i = index; i < m_stack->count(); ++i)
        if (!m_stack->command(i)->isObsolete())
            return i;
    return -1;
}

bool ConflictDraft::canUndo() const
{
    return liveBelow(m_stack->index()) >= 0;
}

bool ConflictDraft::canRedo() const
{
    return liveFrom(m_stack->index()) >= 0;
}

QString ConflictDraft::undoText() const
{
    const int i = liveBelow(m_stack->index());
    return i >= 0 ? m_stack->command(i)->text() : QString();
}

QString ConflictDraft::redoText() const
{
    const int i = liveFrom(m_stack->index());
    return i >= 0 ? m_stack->command(i)->text() : QString();
}

void ConflictDraft::undo()
{
    if (!canUndo())
        return;
    // QUndoStack drops an obsolete step when it reaches it, without undoing it.
    while (m_stack->index() > 0 && m_stack->command(m_stack->index() - 1)->isObsolete())
        m_stack->undo();
    m_stack->undo();
}

void ConflictDraft::redo()
{
    if (!canRedo())
        return;
    while (m_stack->index() < m_stack->count() && m_stack->command(m_stack->index())->isObsolete())
        m_stack->redo();
    m_stack->redo();
}

} // namespace concord

#pragma once
// The conflict page's commands that write: Resolve (the steward's choices for one conflict, and
// for its similar ones when asked) and Resolve Selected By source / target / last write wins, which
// first asks for confirmation with the count. Both go to the engine through ConflictClient; the
// answer is turned into a message, the applied conflicts leave the draft (their undo steps end:
// the audit trail holds them now) and a conflict the engine refused as stale (CONFLICT_STALE: its
// records changed since they were shown) is remembered so the page can say so where it shows it.

#include "conflict/conflicttypes.h"
#include "conflicts/conflictdraft.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QMessageBox;
class QWidget;

namespace concord {

class ConflictClient;

class ConflictCommands : public QObject
{
    Q_OBJECT

public:
    // page: the confirmation's parent.
    ConflictCommands(ConflictClient *client, ConflictDraft *draft, QWidget *page);
    ~ConflictCommands() override;

    // Applies `decision` to `conflict` and to `alsoIds` (its similar ones). false, with a
    // message, when a choice is missing or a resolution is already in progress.
    bool resolve(const ConflictView &conflict, const ConflictDecision &decision, const QString &comment,
                 const QList<qint64> &alsoIds);
    // Asks to confirm, then resolves `conflicts` by `strategy` (source | target | last_write_wins).
    void resolveBy(const QList<ConflictView> &conflicts, const QString &strategy);
    QMessageBox *confirmBox() const;
    bool isBusy() const;
    bool isStale(qint64 id) const { return m_stale.contains(id); }

    // "Source wins" and so on, translated.
    static QString strategyText(const QString &strategy);

Q_SIGNALS:
    // A line for the page and the status bar; timeoutMs 0: until the next message.
    void message(const QString &text, int timeoutMs);
    // The engine answered (after message): the queue changed.
    void resolved(const concord::ConflictResolveResult &result);
    // Whether the commands are available changed.
    void stateChanged();

private:
    void send(const QList<qint64> &ids, const ConflictResolution &resolution, const QString &strategy, int count);
    void onResolved(const ConflictResolveResult &result);

    ConflictClient *m_client;
    ConflictDraft *m_draft;
    QWidget *m_page;
    QPointer<QMessageBox> m_confirm;
    QSet<qint64> m_stale;
};

} // namespace concord

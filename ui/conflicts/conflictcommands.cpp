#include "conflicts/conflictcommands.h"

#include "conflicts/conflictclient.h"
#include "consolesession.h"
#include "core/error.h"

#include <QMessageBox>
#include <QPushButton>

namespace concord {

namespace {

constexpr int MessageMs = 15000;

QString codeOf(const QString &failure)
{
    return failure.section(QLatin1Char(':'), 0, 0).trimmed();
}

QString messageOf(const QString &failure)
{
    const QString rest = failure.section(QLatin1Char(':'), 1).trimmed();
    return rest.isEmpty() ? failure : rest;
}

} // namespace

ConflictCommands::ConflictCommands(ConflictClient *client, ConflictDraft *draft, QWidget *page)
    : QObject(page), m_client(client), m_draft(draft), m_page(page)
{
    connect(client, &ConflictClient::resolved, this, &ConflictCommands::onResolved);
    connect(client, &ConflictClient::resolvingChanged, this, &ConflictCommands::stateChanged);
}

ConflictCommands::~ConflictCommands() = default;

QMessageBox *ConflictCommands::confirmBox() const
{
    return m_confirm;
}

bool ConflictCommands::isBusy() const
{
    return m_client->isResolving() || m_confirm;
}

QString ConflictCommands::strategyText(const QString &strategy)
{
    if (strategy == QLatin1String("source"))
        return tr("Source wins");
    if (strategy == QLatin1String("target"))
        return tr("Target wins");
    if (strategy == QLatin1String("last_write_wins"))
        return tr("Last write wins");
    return strategy;
}

bool ConflictCommands::resolve(const ConflictView &conflict, const ConflictDecision &decision, const QString &comment,
                               const QList<qint64> &alsoIds)
{
    if (conflict.id == 0 || isBusy())
        return false;
    ConflictResolution r;
    if (conflict.isDeleteConflict()) {
        if (decision.keep < 0) {
            Q_EMIT message(tr("Record %1: choose Keep record or Delete record first.").arg(conflict.key), 0);
            return false;
        }
        r.keepRecord = decision.keep == 1;
    } else {
        // Every field in conflict needs a choice; one the strategy decides may have one too.
        r.fields = decision.fields;
        QStringList missing;
        for (const QString &field : conflict.conflicting)
            if (!decision.fields.contains(field))
                missing.append(field);
        if (!missing.isEmpty()) {
            Q_EMIT message(tr("Record %1: choose a value for %2 first.").arg(conflict.key, missing.join(QStringLiteral(", "))), 0);
            return false;
        }
    }
    r.comment = comment;
    r.actor = consoleUser();
    QList<qint64> ids{conflict.id};
    for (const qint64 id : alsoIds)
        if (!ids.contains(id))
            ids.append(id);
    send(ids, r, QString(), int(ids.size()));
    return true;
}

void ConflictCommands::resolveBy(const QList<ConflictView> &conflicts, const QString &strategy)
{
    if (conflicts.isEmpty() || isBusy())
        return;
    QList<qint64> ids;
    QSet<QString> sources;
    QSet<QString> targets;
    for (const ConflictView &c : conflicts) {
        ids.append(c.id);
        sources.insert(c.sourceSystem);
        targets.insert(c.targetSystem);
    }
    const int n = int(ids.size());
    // One pair of systems: name them; several: say source and target.
    const QString source = sources.size() == 1 ? *sources.cbegin() : tr("the source");
    const QString target = targets.size() == 1 ? *targets.cbegin() : tr("the target");
    QString detail;
    if (strategy == QLatin1String("source"))
        detail = tr("Every field in conflict takes %1's value; a record deleted in %1 is deleted in %2 too, one "
                    "deleted in %2 comes back.")
                     .arg(source, target);
    else if (strategy == QLatin1String("target"))
        detail = tr("Every field in conflict takes %1's value; a record deleted in %1 is deleted in %2 too, one "
                    "deleted in %2 comes back.")
                     .arg(target, source);
    else
        detail = tr("For each conflict, the side whose record was modified last wins (a tie goes to %1); a conflict "
                    "without both modification times stays in the queue.")
                     .arg(source);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Resolve Conflicts"),
                                tr("Resolve %n selected conflict(s) by “%1”?", nullptr, n).arg(strategyText(strategy)),
                                QMessageBox::Cancel, m_page);
    box->setObjectName(QStringLiteral("conflictConfirm"));
    box->setInformativeText(detail + QLatin1Char('\n')
                            + tr("Both systems are written and each resolution is recorded in the audit trail; it "
                                 "cannot be undone from the console."));
    QPushButton *confirm = box->addButton(tr("Resolve %n Conflict(s)", nullptr, n), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("conflictConfirmButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, confirm, ids, strategy, n](QAbstractButton *clicked) {
        if (clicked != confirm)
            return;
        ConflictResolution r;
        r.actor = consoleUser();
        r.comment = tr("Resolved in bulk: %1").arg(strategyText(strategy));
        box->close();
        send(ids, r, strategy, n);
    });
    // After the box is gone (deleted on close), so that the commands count as available again.
    connect(box, &QDialog::finished, this, &ConflictCommands::stateChanged, Qt::QueuedConnection);
    m_confirm = box;
    box->open(); // window-modal, without a nested event loop
    Q_EMIT stateChanged();
}

void ConflictCommands::send(const QList<qint64> &ids, const ConflictResolution &resolution, const QString &strategy, int count)
{
    if (!m_client->resolve(ids, resolution, strategy))
        return;
    Q_EMIT message(tr("Resolving %n conflict(s)…", nullptr, count), 0);
    Q_EMIT stateChanged();
}

void ConflictCommands::onResolved(const ConflictResolveResult &result)
{
    m_draft->forget(result.resolved);
    for (const qint64 id : result.resolved)
        m_stale.remove(id);
    QStringList parts;
    if (!result.resolved.isEmpty())
        parts << tr("Resolved %n conflict(s) (rows written: %1 to the source, %2 to the target).", nullptr,
                    int(result.resolved.size()))
                     .arg(result.sourceWrites)
                     .arg(result.targetWrites);
    int stale = 0;
    QString otherFailure;
    int others = 0;
    for (const auto &failure : result.failed) {
        if (codeOf(failure.second) == ErrorCode::ConflictStale) {
            m_stale.insert(failure.first);
            ++stale;
        } else {
            ++others;
            if (otherFailure.isEmpty())
                otherFailure = messageOf(failure.second);
        }
    }
    if (stale > 0)
        parts << tr("%n conflict(s) changed since they were shown and were not resolved: their current values are "
                    "shown again, check them and resolve again.",
                    nullptr, stale);
    if (others > 0)
        parts << tr("%n conflict(s) could not be resolved: %1", nullptr, others).arg(otherFailure);
    const bool clean = stale == 0 && others == 0;
    Q_EMIT message(parts.join(QLatin1Char(' ')), clean ? MessageMs : 0);
    Q_EMIT resolved(result);
    Q_EMIT stateChanged();
}

} // namespace concord

#pragma once
// Who wins when both systems of a two-way pipeline changed the same thing (docs/two-way.md §3):
// the pipeline's `conflict:` settings compiled against its two systems and its fields. When
// nothing is configured the answer is `manual` — a steward decides; never a silent overwrite.

#include "core/error.h"
#include "workspace/workspace.h"

#include <QDateTime>

namespace concord {

enum class Side { Source, Target };

struct Verdict
{
    enum class Kind { Source, Target, Manual };
    Kind kind = Kind::Manual;
    QString reason;          // why, in a sentence ("last_write_wins: the target's change is later")
};

class ConflictPolicy
{
public:
    ConflictPolicy() = default;

    // `fields`: the pipeline's two-way fields (target names). Fails with CONFIG_INVALID naming the
    // offending entry: an unknown side or field, a system name that fits both sides.
    static Result<ConflictPolicy> build(const Workspace &ws, const PipelineDef &pipeline, const QStringList &fields);

    // A field changed on both sides to different values. `sourceTime` / `targetTime`: the
    // records' modification times (their version columns); invalid when unknown.
    Verdict decideField(const QString &field, const QDateTime &sourceTime, const QDateTime &targetTime) const;
    // A record deleted on one side and changed on the other.
    Verdict decideRecord(const QDateTime &sourceTime, const QDateTime &targetTime) const;

    bool fieldMerge() const { return m_fieldMerge; }
    const QString &strategy() const { return m_strategy; }
    // One line for `validate` and the console: "last_write_wins (ties: crm); email: manual".
    QString describe() const;

    // "source" / "target" / a system name -> side. `error` when it names neither or both.
    static Result<Side> sideOf(const Workspace &ws, const PipelineDef &pipeline, const QString &name);

private:
    Verdict decide(const QString &strategy, const QString &field, const QDateTime &sourceTime,
                   const QDateTime &targetTime) const;

    QString m_strategy = QStringLiteral("manual");
    QString m_otherwise = QStringLiteral("manual");
    QMap<QString, QString> m_fieldStrategy;
    QMap<QString, Side> m_owners;
    QList<Side> m_priority;      // empty: source first
    QString m_sourceName;        // the systems' names, for reasons
    QString m_targetName;
    bool m_fieldMerge = true;
};

} // namespace concord

#pragma once
// The value types of two-way sync (docs/two-way.md): a conflict as one viewer may see it, the
// filter of the conflict queue, and a steward's resolution. Light on purpose: the console's
// headers include this, not the runner.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace concord {

// What a steward takes for one field of a conflict.
struct FieldChoice
{
    enum class Take { Source, Target, Base, Custom };
    Take take = Take::Source;
    QString custom;          // Custom: the value as typed, converted to the field's declared type
    bool customNull = false; // Custom: null

    static QString takeName(Take t); // source | target | base | custom
    static bool takeFromName(const QString &name, Take *t);
    bool operator==(const FieldChoice &o) const
    {
        return take == o.take && custom == o.custom && customNull == o.customNull;
    }
};

// A steward's decision on one conflict (or on several alike: the same choices for each).
struct ConflictResolution
{
    QMap<QString, FieldChoice> fields; // target field -> choice; every conflicting field needs one
    // A record deleted on one side and changed on the other: keep the record (the changed side's
    // values, with the field choices) or delete it on both sides.
    bool keepRecord = true;
    QString comment;
    QString actor;
};

// One cell of the three-way view, as the viewer may see it.
struct ConflictCell
{
    QString text;
    bool null = false;
    bool withheld = false;   // masked or hidden for the viewer
    bool absent = false;     // the record does not exist on that side (deleted) or there is no base
};

// A conflict as one viewer may see it.
struct ConflictView
{
    qint64 id = 0;
    QString pipeline;
    QString sourceDataset;
    QString targetDataset;
    QString sourceSystem;
    QString targetSystem;
    QString key;             // the target key's text (a keyed hash when a key field is L3)
    // update (both changed the same field differently) | delete_source (deleted on the source,
    // changed on the target) | delete_target | insert (both created the record, values differ)
    QString kind;
    QStringList fields;      // every two-way field (target names), in the mapping's order
    QStringList conflicting; // changed on both sides to different values
    QStringList changedSource;
    QStringList changedTarget;
    QList<ConflictCell> base;   // per field
    QList<ConflictCell> source; // per field: the source record's values in the target's terms
    QList<ConflictCell> target; // per field
    QList<bool> masked;         // per field: the viewer sees it masked or not at all
    QDateTime sourceTime;       // the systems' own modification times (version columns), if any
    QDateTime targetTime;
    QDateTime detectedAt;
    QDateTime updatedAt;        // last seen again by a run
    QString reason;             // why it waits for a steward
    QString status;             // open | resolved | converged
    qint64 runId = 0;
    // Resolved
    QMap<QString, QString> choices; // field -> source | target | base | custom
    bool keptRecord = true;
    QString resolvedBy;
    QDateTime resolvedAt;
    QString comment;

    bool isDeleteConflict() const { return kind.startsWith(QLatin1String("delete")); }
};

struct ConflictQuery
{
    QString pipeline;        // empty: every pipeline
    QString dataset;         // source or target dataset id; empty: any
    QString field;           // only conflicts on this field; empty: any
    qint64 olderThanSecs = 0; // only those detected at least this long ago
    bool includeClosed = false;
    QList<qint64> ids;       // only these; empty: any
    int limit = 10000;
};

// What applying resolutions did.
struct ConflictResolveResult
{
    QList<qint64> resolved;
    QList<QPair<qint64, QString>> failed; // id, error code: message
    qint64 sourceWrites = 0;
    qint64 targetWrites = 0;
};

} // namespace concord

Q_DECLARE_METATYPE(concord::ConflictResolution)
Q_DECLARE_METATYPE(concord::ConflictView)
Q_DECLARE_METATYPE(concord::ConflictQuery)
Q_DECLARE_METATYPE(concord::ConflictResolveResult)

#pragma once
// Schema drift (docs/lineage.md §6): before a pipeline runs, the tables of its source and target
// datasets are read from their systems and compared with the last snapshot the state store keeps
// of each and with the fields the dataset declares. A column that appeared (added), disappeared
// (removed, or a declared field the table lacks) or changed its type (retyped, by the system's own
// type name) becomes a drift item listing the pipelines, mappings and policies it touches. An
// item stays open until a steward acknowledges it.
//
// A removed or retyped column that a pipeline's mapping reads (source) or writes (target) blocks
// that pipeline while it is open: with `schema_drift: pause` (the default) the run pauses the
// pipeline and fails with SCHEMA_DRIFT instead of writing; with `continue` it is only recorded.
// An added column never blocks. Systems without a table (REST, webhooks) are not probed. A
// dataset is probed at most once a minute; its open items count every time. An item the table
// itself undoes (the column back, the type as before) is resolved by the next look.

#include "core/error.h"
#include "workspace/workspace.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace concord {

struct ColumnInfo
{
    QString name;
    QString type;            // as the system names it: "INTEGER", "numeric(10,2)", "varchar(64)"
};

// The dataset's table as its system has it now; nullopt for systems without tables.
Result<std::optional<QList<ColumnInfo>>> probeColumns(const Workspace &ws, const DatasetDef &dataset);

struct DriftItem
{
    qint64 id = 0;
    QString dataset;
    QString column;
    QString kind;            // added | removed | retyped
    QString before;          // type before ("" for added)
    QString after;           // type now ("" for removed)
    QStringList touches;     // "pipeline P reads it (mapping M: target ← column)", "policy …"
    QString status;          // open | acknowledged | resolved (the table went back as it was)
    QDateTime firstSeen;
    QDateTime lastSeen;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
};

struct DriftCheck
{
    QList<DriftItem> open;   // open items on the pipeline's datasets (new ones included)
    int found = 0;           // items this check added
    QStringList blocking;    // "crm.orders.amount removed": open items that stop this pipeline
    QStringList problems;    // datasets that could not be looked at now, and why
};

// Checks `pipeline`'s source and target. `minIntervalMs`: a dataset probed more recently is not
// probed again (its open items still count).
Result<DriftCheck> checkSchemaDrift(const Workspace &ws, QSqlDatabase &db, const PipelineDef &pipeline,
                                    qint64 minIntervalMs = 60000);

class StateStore;
struct RunOptions;

// Before a run: checks the pipeline's datasets and, when an open item blocks it, pauses the
// pipeline (a real run, `schema_drift: pause`; audited) and answers SCHEMA_DRIFT naming the items.
// A probe that cannot reach a system is not drift: the run goes on and meets the fault itself.
// Realtime and webhook runs probe a dataset at most once a minute, every other run each time.
Result<void> schemaGate(const Workspace &ws, StateStore &store, const PipelineDef &pipeline, const RunOptions &options);

Result<QList<DriftItem>> driftItems(QSqlDatabase &db, bool includeAcknowledged);
// Returns how many were open and are acknowledged now.
Result<int> acknowledgeDrift(QSqlDatabase &db, const QList<qint64> &ids, const QString &actor);

} // namespace concord

Q_DECLARE_METATYPE(concord::DriftItem)

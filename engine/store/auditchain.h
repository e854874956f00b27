#pragma once
// The audit trail's hash chain (DESIGN.md §8, docs/operations.md): each entry's hash is the
// SHA-256 of the previous entry's hash and the entry's own canonical content, so that editing,
// deleting or reordering entries in the database breaks the chain where it happened. Only the
// tail can go unnoticed: deleting the newest entries leaves a shorter, intact chain, which is why
// the report gives the head (the newest hash) and the count, for operators to record elsewhere.

#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

class QSqlDatabase;
class QSqlQuery;

namespace concord {

// What a caller appends to the audit trail (StateStore::appendAudit adds time, host and hashes).
struct AuditInput
{
    QString actor;
    QString role;
    QString action;
    QString object;
    QString detail;         // JSON
    QString traceId;
};

struct AuditRecord
{
    qint64 id = 0;
    QString ts;             // as stored: ISO 8601 UTC with milliseconds
    QString actor;
    QString role;
    QString action;
    QString object;
    QString detail;         // JSON
    QString traceId;
    QString host;
    QString prevHash;
    QString hash;
};

// The hash of an entry: SHA-256 (hex) over `prevHash` and the entry's fields, joined by U+001F
// with backslashes and U+001F escaped.
QString auditEntryHash(const AuditRecord &entry);
// What the first entry's prev_hash is: 64 zeros.
QString auditGenesisHash();

// The audit table's columns in auditColumns() order, read from a query that selected them.
const char *auditColumns();
AuditRecord readAuditRecord(const QSqlQuery &q);

// Where the stored chain starts: the genesis hash, or after retention the newest archive's head.
struct AuditChainStart
{
    QString prevHash;
    qint64 afterId = 0;          // the last archived entry's id
    qint64 archives = 0;
    qint64 archivedEntries = 0;
};
Result<AuditChainStart> auditChainStart(QSqlDatabase &db);

struct AuditChainReport
{
    qint64 entries = 0;          // in the store
    qint64 archives = 0;         // archive files the chain continues from
    qint64 archivedEntries = 0;
    bool intact = true;
    qint64 brokenAt = 0;   // id of the first entry where the chain breaks
    QString problem;       // edited | unlinked | truncated_start
    QString message;       // for people: what is wrong there
    QString head;          // the newest entry's hash (its id: headId)
    qint64 headId = 0;
};

// Walks the chain in id order and reports the first break.
Result<AuditChainReport> verifyAuditChain(QSqlDatabase &db);

struct AuditQuery
{
    QString actor;          // exact
    QString action;         // exact, or a prefix ending in '.' ("run." matches run.start, run.dry_run)
    QString object;         // substring
    QDateTime since;        // inclusive; invalid: no bound
    QDateTime until;        // exclusive
    int limit = 200;        // newest first
};

Result<QList<AuditRecord>> auditEntries(QSqlDatabase &db, const AuditQuery &query);

} // namespace concord

Q_DECLARE_METATYPE(concord::AuditQuery)
Q_DECLARE_METATYPE(concord::AuditRecord)
Q_DECLARE_METATYPE(concord::AuditChainReport)

#pragma once
// Retention (docs/lineage.md §4): audit entries, finished runs and record lineage older than the
// workspace's `retention.period` leave the state store. The audit entries and runs go to an
// archive file first:
//
//   line 1   header, JSON: format, workspace, cut-off, the entries' id range, the hash the first
//            entry follows and the head (last hash), counts, SHA-256 and size of the body
//   line 2   {"signature": HMAC-SHA256 of line 1 under a key derived from the workspace secret}
//   then     the body: zlib-compressed JSON lines, {"audit": {...}} and {"run": {...}}
//
// The store keeps a row per archive (audit_archives) with its head, and the remaining chain goes on
// from it: `audit verify` still passes across the boundary, and verifyArchives re-reads each file,
// checks its signature, digest and chain, and that each archive follows the one before.

#include "core/error.h"
#include "store/auditchain.h"
#include "workspace/workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace concord {

struct ArchiveOutcome
{
    QString file;            // absolute path; empty when there was nothing to archive
    qint64 auditEntries = 0;
    qint64 firstId = 0;
    qint64 lastId = 0;
    QString head;
    qint64 runs = 0;
    qint64 lineageBatches = 0; // removed (lineage is rebuilt by nothing: it is not archived)
};

// Archives and removes what is older than `before`. The file is written (and synced) before the
// rows are removed, in one transaction with the audit_archives row.
Result<ArchiveOutcome> archiveHistory(const Workspace &ws, QSqlDatabase &db, const QDateTime &before,
                                      const QByteArray &secret);

struct ArchiveCheck
{
    QString file;
    qint64 firstId = 0;
    qint64 lastId = 0;
    qint64 entries = 0;
    bool intact = true;
    QString problem;         // missing | signature | digest | chain | sequence | unreadable
    QString message;
};

// Every archive the store names, oldest first.
Result<QList<ArchiveCheck>> verifyArchives(const Workspace &ws, QSqlDatabase &db, const QByteArray &secret);

struct ArchiveContents
{
    QJsonObject header;
    QList<AuditRecord> audit;
    QList<QJsonObject> runs;
};

class StateStore;

// What `concordctl serve` and the console do from time to time: archive what is older than the
// workspace's period (at most once per `everyMs`, tracked in `lastRun`), auditing the archive. Logs
// what it did or why it could not.
void applyRetention(const Workspace &ws, StateStore &store, qint64 &lastRun, qint64 everyMs = 6 * 3600 * 1000);

// Reads an archive file, checking its signature and digest (not the chain).
Result<ArchiveContents> readArchive(const QString &path, const QByteArray &secret);

} // namespace concord

#pragma once
// The commands of concordctl. Each takes its own arguments (after the command name), prints
// to stdout (text, or one JSON document with --json) and returns the process exit code:
// 0 success, 1 the job found something (failed records, differences), 2 bad input or
// configuration, 3 an environment fault (a system unreachable).

#include <QStringList>

#include <atomic>

namespace concord::ctl {

enum Exit { Success = 0, Found = 1, BadInput = 2, Environment = 3 };

struct Globals
{
    QString workspace;            // -w DIR
    const std::atomic<bool> *stop = nullptr; // set by SIGINT/SIGTERM
};

int initDemo(const Globals &g, const QStringList &args);
int validate(const Globals &g, const QStringList &args);
int run(const Globals &g, const QStringList &args);
int preview(const Globals &g, const QStringList &args);
int unmask(const Globals &g, const QStringList &args);
// Operations (ctlops.cpp, docs/operations.md)
int serve(const Globals &g, const QStringList &args);
int status(const Globals &g, const QStringList &args);
int pause(const Globals &g, const QStringList &args);
int resume(const Globals &g, const QStringList &args);
int backfill(const Globals &g, const QStringList &args);
int deadLetters(const Globals &g, const QStringList &args);
int alerts(const Globals &g, const QStringList &args);
// Consistency (ctlconsistency.cpp, docs/consistency.md)
int diff(const Globals &g, const QStringList &args);
int repair(const Globals &g, const QStringList &args);
// Two-way conflicts (ctlconflicts.cpp, docs/two-way.md)
int conflicts(const Globals &g, const QStringList &args);
// The audit trail (ctlaudit.cpp, docs/cli.md)
int audit(const Globals &g, const QStringList &args);
// Record and dataset lineage (ctllineage.cpp, docs/lineage.md)
int lineage(const Globals &g, const QStringList &args);
// Schema drift (ctldrift.cpp, docs/lineage.md)
int drift(const Globals &g, const QStringList &args);
// The structured log read back (ctllogs.cpp, docs/logs.md)
int logs(const Globals &g, const QStringList &args);

// Text of `concordctl --help`.
QString overview();

} // namespace concord::ctl

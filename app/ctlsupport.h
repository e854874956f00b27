#pragma once
// What every concordctl command shares: its streams, option parsing with --help, JSON output and
// the exit code for an error.

#include "core/error.h"
#include "ctlcommands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace concord::ctl {

QTextStream &out();
QTextStream &err();
// Parses a command's own options. Returns -1 to go on, or the exit code to return now.
int parseCommand(QCommandLineParser &p, const QStringList &args, const QString &description, const QString &usage);
QJsonArray errorsJson(const ErrorList &errors);
void printJson(const QJsonObject &o);
// 3 for an environment fault (unreachable, timed out, busy), else 2.
int exitFor(const Error &e);

} // namespace concord::ctl

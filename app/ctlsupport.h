#pragma once
// What every concordctl command shares: its streams, option parsing with --help, JSON output and
// the exit code for an error.

#include "core/error.h"
#include "workspace/workspace.h"
#include "ctlcommands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace concord {
class Operations;
class StateStore;
}

namespace concord::ctl {

QTextStream &out();
QTextStream &err();
// Parses a command's own options. Returns -1 to go on, or the exit code to return now.
int parseCommand(QCommandLineParser &p, const QStringList &args, const QString &description, const QString &usage);
QJsonArray errorsJson(const ErrorList &errors);
void printJson(const QJsonObject &o);
// 3 for an environment fault (unreachable, timed out, busy), else 2.
int exitFor(const Error &e);

// Who a manual action is audited as: "USER (concordctl)".
QString actorName();
// Local "yyyy-MM-dd HH:mm:ss", "-" for an invalid time; and UTC ISO with ms (null when invalid).
QString timeText(const QDateTime &t);
QJsonValue jsonTime(const QDateTime &t);
// An ISO 8601 time or date (local unless it says otherwise); invalid when it is neither.
QDateTime parseTime(const QString &text);

// The workspace and its state store, or the exit code of why not.
struct Opened
{
    std::shared_ptr<const Workspace> workspace;
    std::unique_ptr<StateStore> store;
    std::unique_ptr<Operations> ops;
    Opened();
    ~Opened();
    Opened(Opened &&) = default;
};
// Loads the workspace (errors printed as file:line:column) and opens its store. Returns -1 to
// go on, or the exit code.
int openWorkspace(const Globals &g, const QString &command, Opened &o);

} // namespace concord::ctl

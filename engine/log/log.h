#pragma once
// Structured logging. Engine code logs through QLoggingCategory as usual; a message handler
// turns every message into one JSON line on stderr with the fields of DESIGN.md §7 (task_id,
// pipeline, source_system, target_system, record_id, error_code, trace_id) and hands the same
// entry to in-process listeners (the console's log pane).

#include "sync/runtypes.h"

#include <QLoggingCategory>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcWorkspace)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcPolicy)

namespace concord::log {

// Fields that hold for everything logged on this thread while the context is alive (one run).
struct Context
{
    QString pipeline;
    QString taskId;
    QString sourceSystem;
    QString targetSystem;
    QString traceId;
};

class ScopedContext
{
public:
    explicit ScopedContext(const Context &context);
    ~ScopedContext();
    ScopedContext(const ScopedContext &) = delete;
    ScopedContext &operator=(const ScopedContext &) = delete;

private:
    Context m_previous;
};

// This thread's context: for a thread that works for the same run (a source read ahead).
Context currentContext();

// Per-message fields.
struct Fields
{
    QString recordId;
    QString errorCode;
};

void info(const QLoggingCategory &category, const QString &message, const Fields &fields = {});
void warning(const QLoggingCategory &category, const QString &message, const Fields &fields = {});
void error(const QLoggingCategory &category, const QString &message, const Fields &fields = {});

enum class Output { None, JsonLines };

// Installs the message handler. `minimum` filters what is written to stderr (listeners get
// info and above regardless).
void install(Output stderrOutput = Output::JsonLines, QtMsgType minimum = QtInfoMsg);

// What is recorded in the log files and passed to listeners (the console's log pane): info and
// above unless set. (Debug lines reach it only from categories whose debug output is enabled.)
void setRecordLevel(QtMsgType minimum);
QtMsgType recordLevel();

// Installs the handler with its defaults unless install() was called already (EngineHost does
// this so that its listener always hears the engine).
void ensureInstalled();

using Listener = std::function<void(const LogEntry &)>;
int addListener(Listener listener);
void removeListener(int id);

// The JSON line for an entry (exposed for tests).
QByteArray toJsonLine(const LogEntry &entry);

namespace detail {
// The file output (log/logfiles.h): whether it is on, and if so the entry's process and pid set.
bool stampForFile(LogEntry &entry);
void appendToFile(const LogEntry &entry);
} // namespace detail

} // namespace concord::log

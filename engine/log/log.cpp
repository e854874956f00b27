#include "log/log.h"

#include "log/logfiles.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QScopeGuard>

#include <atomic>
#include <cstdio>

Q_LOGGING_CATEGORY(lcSync, "concord.sync")
Q_LOGGING_CATEGORY(lcWorkspace, "concord.workspace")
Q_LOGGING_CATEGORY(lcStore, "concord.store")
Q_LOGGING_CATEGORY(lcEngine, "concord.engine")
Q_LOGGING_CATEGORY(lcPolicy, "concord.policy")

namespace concord::log {

namespace {

thread_local Context t_context;
thread_local Fields t_fields;

struct Hub
{
    QMutex mutex;
    QMap<int, Listener> listeners;
    int nextId = 1;
    Output output = Output::JsonLines;
    QtMsgType minimum = QtInfoMsg;
    bool installed = false;
};

// What is recorded (the log files, the listeners): a severity, read without the lock.
std::atomic<int> g_recordMinimum{1};

Hub &hub()
{
    static Hub h;
    return h;
}

int severity(QtMsgType t)
{
    switch (t) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 1;
}

QString levelName(QtMsgType t)
{
    switch (t) {
    case QtDebugMsg: return QStringLiteral("debug");
    case QtInfoMsg: return QStringLiteral("info");
    case QtWarningMsg: return QStringLiteral("warning");
    case QtCriticalMsg: return QStringLiteral("error");
    case QtFatalMsg: return QStringLiteral("fatal");
    }
    return {};
}

thread_local bool t_inHandler = false;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // A message raised while handling one (a Qt warning from the file output) goes to stderr only.
    if (t_inHandler) {
        const QByteArray text = message.toLocal8Bit() + '\n';
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
        return;
    }
    t_inHandler = true;
    const auto leave = qScopeGuard([] { t_inHandler = false; });
    LogEntry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.level = levelName(type);
    e.category = QString::fromLatin1(context.category ? context.category : "default");
    e.message = message;
    e.pipeline = t_context.pipeline;
    e.taskId = t_context.taskId;
    e.sourceSystem = t_context.sourceSystem;
    e.targetSystem = t_context.targetSystem;
    e.traceId = t_context.traceId;
    e.recordId = t_fields.recordId;
    e.errorCode = t_fields.errorCode;

    // The file first, outside the hub's lock: a slow disk does not hold up other threads' listeners.
    const bool recorded = severity(type) >= g_recordMinimum.load(std::memory_order_relaxed);
    if (recorded && detail::stampForFile(e))
        detail::appendToFile(e);
    Hub &h = hub();
    QMutexLocker lock(&h.mutex);
    if (h.output == Output::JsonLines && severity(type) >= severity(h.minimum)) {
        const QByteArray line = toJsonLine(e);
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
    }
    if (recorded)
        for (const Listener &l : std::as_const(h.listeners))
            l(e);
    if (type == QtFatalMsg)
        std::abort();
}

void emitWith(QtMsgType type, const QLoggingCategory &category, const QString &message, const Fields &fields)
{
    t_fields = fields;
    switch (type) {
    case QtWarningMsg: qCWarning(category).noquote() << message; break;
    case QtCriticalMsg: qCCritical(category).noquote() << message; break;
    default: qCInfo(category).noquote() << message; break;
    }
    t_fields = Fields();
}

} // namespace

Context currentContext()
{
    return t_context;
}

ScopedContext::ScopedContext(const Context &context) : m_previous(t_context)
{
    t_context = context;
}

ScopedContext::~ScopedContext()
{
    t_context = m_previous;
}

void info(const QLoggingCategory &category, const QString &message, const Fields &fields)
{
    emitWith(QtInfoMsg, category, message, fields);
}

void warning(const QLoggingCategory &category, const QString &message, const Fields &fields)
{
    emitWith(QtWarningMsg, category, message, fields);
}

void error(const QLoggingCategory &category, const QString &message, const Fields &fields)
{
    emitWith(QtCriticalMsg, category, message, fields);
}

void setRecordLevel(QtMsgType minimum)
{
    g_recordMinimum.store(severity(minimum), std::memory_order_relaxed);
}

QtMsgType recordLevel()
{
    switch (g_recordMinimum.load(std::memory_order_relaxed)) {
    case 0: return QtDebugMsg;
    case 2: return QtWarningMsg;
    case 3: return QtCriticalMsg;
    default: return QtInfoMsg;
    }
}

void install(Output stderrOutput, QtMsgType minimum)
{
    Hub &h = hub();
    {
        QMutexLocker lock(&h.mutex);
        h.output = stderrOutput;
        h.minimum = minimum;
        if (h.installed)
            return;
        h.installed = true;
    }
    qInstallMessageHandler(handler);
}

void ensureInstalled()
{
    Hub &h = hub();
    {
        QMutexLocker lock(&h.mutex);
        if (h.installed)
            return;
        h.installed = true;
    }
    qInstallMessageHandler(handler);
}

int addListener(Listener listener)
{
    Hub &h = hub();
    QMutexLocker lock(&h.mutex);
    const int id = h.nextId++;
    h.listeners.insert(id, std::move(listener));
    return id;
}

void removeListener(int id)
{
    Hub &h = hub();
    QMutexLocker lock(&h.mutex);
    h.listeners.remove(id);
}

QByteArray toJsonLine(const LogEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("ts"), e.time.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), e.level);
    o.insert(QStringLiteral("category"), e.category);
    o.insert(QStringLiteral("message"), e.message);
    const auto put = [&o](const char *key, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("task_id", e.taskId);
    put("pipeline", e.pipeline);
    put("source_system", e.sourceSystem);
    put("target_system", e.targetSystem);
    put("record_id", e.recordId);
    put("error_code", e.errorCode);
    put("trace_id", e.traceId);
    put("process", e.process);
    if (e.pid > 0)
        o.insert(QStringLiteral("pid"), e.pid);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace concord::log

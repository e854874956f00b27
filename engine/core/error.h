#pragma once
// Errors are values: the engine returns them, only the UI or CLI decides how to show them.

#include <QList>
#include <QString>

#include <optional>
#include <utility>

#include <QMetaType>

namespace concord {

// Stable error codes (docs/errors.md). Strings, so logs and scripts can match on them.
namespace ErrorCode {
inline const QString ConfigInvalid = QStringLiteral("CONFIG_INVALID");
inline const QString MappingNotFound = QStringLiteral("MAPPING_NOT_FOUND");
inline const QString MappingError = QStringLiteral("MAPPING_ERROR");
inline const QString RequiredMissing = QStringLiteral("REQUIRED_MISSING");
inline const QString ValidationFailed = QStringLiteral("VALIDATION_FAILED");
inline const QString TypeMismatch = QStringLiteral("TYPE_MISMATCH");
inline const QString PolicyDenied = QStringLiteral("POLICY_DENIED");
inline const QString ConnectionRefused = QStringLiteral("CONNECTION_REFUSED");
inline const QString SyncTimeout = QStringLiteral("SYNC_TIMEOUT");
inline const QString RateLimited = QStringLiteral("RATE_LIMITED");
inline const QString TargetRejected = QStringLiteral("TARGET_REJECTED");
inline const QString ConflictPending = QStringLiteral("CONFLICT_PENDING");
inline const QString ConflictStale = QStringLiteral("CONFLICT_STALE");
inline const QString SignatureInvalid = QStringLiteral("SIGNATURE_INVALID");
inline const QString SchemaDrift = QStringLiteral("SCHEMA_DRIFT");
inline const QString SourceUnreadable = QStringLiteral("SOURCE_UNREADABLE");
inline const QString StateStoreError = QStringLiteral("STATE_STORE_ERROR");
inline const QString Cancelled = QStringLiteral("CANCELLED");
inline const QString PipelineNotFound = QStringLiteral("PIPELINE_NOT_FOUND");
inline const QString PipelineBusy = QStringLiteral("PIPELINE_BUSY");
inline const QString PipelineDisabled = QStringLiteral("PIPELINE_DISABLED");
inline const QString PipelinePaused = QStringLiteral("PIPELINE_PAUSED");
inline const QString NotFound = QStringLiteral("NOT_FOUND");
inline const QString ExportFailed = QStringLiteral("EXPORT_FAILED");
} // namespace ErrorCode

// Where in a file an error was found. Lines and columns are 1-based; 0 means unknown.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
    // For the start of a scalar that holds an expression: how positions inside its decoded text
    // map back to the file. A literal block (|) drops `blockIndent` spaces from each later line;
    // a single-quoted scalar wrote each ' of the text as ''. Not part of equality.
    int blockIndent = -1;
    bool doubledQuotes = false;

    bool isValid() const { return !file.isEmpty(); }
    QString toString() const;
    bool operator==(const SourceLocation &o) const { return file == o.file && line == o.line && column == o.column; }
};

struct Error
{
    QString code;
    QString message;
    SourceLocation location;

    // "file:line:column: message" when located, "CODE: message" otherwise.
    QString toString() const;
    bool operator==(const Error &o) const { return code == o.code && message == o.message && location == o.location; }
};

using ErrorList = QList<Error>;

// A value or an error. Small on purpose: the engine's functions return this instead of throwing.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }
    T value_or(T fallback) const & { return m_value ? *m_value : std::move(fallback); }
    T value_or(T fallback) && { return m_value ? std::move(*m_value) : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(const QString &code, const QString &message, SourceLocation location = {})
{
    return Error{code, message, std::move(location)};
}

} // namespace concord

Q_DECLARE_METATYPE(concord::Error)

#pragma once
// Helpers for reading YAML with yaml-cpp while collecting every error with file:line:column,
// instead of stopping at the first one.

#include "core/error.h"
#include "model/value.h"

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace concord {

class YamlReader
{
public:
    YamlReader(QString file, ErrorList *errors) : m_file(std::move(file)), m_errors(errors) { }

    const QString &file() const { return m_file; }
    SourceLocation location(const YAML::Node &node) const;
    SourceLocation location(const YAML::Mark &mark) const;
    void error(const YAML::Node &node, const QString &message, const QString &code = ErrorCode::ConfigInvalid) const;
    void error(const SourceLocation &at, const QString &message, const QString &code = ErrorCode::ConfigInvalid) const;

    // Parses the file; a syntax error is reported and leaves *ok false. Duplicate keys are
    // reported too, but the document is returned so that the rest can be checked.
    YAML::Node load(bool *ok) const;
    // The same for YAML text already in memory (an editor buffer, a fuzzer's input); errors
    // name file().
    YAML::Node loadText(const QByteArray &yaml, bool *ok) const;

    bool expectMap(const YAML::Node &node, const QString &what) const;
    bool expectSequence(const YAML::Node &node, const QString &what) const;
    // Reports keys that are not in `allowed`, with a did-you-mean hint and the flow-map comma
    // trap ("decimal(18,2)" unquoted in { } yields a key "2)").
    void checkKeys(const YAML::Node &map, const QStringList &allowed, const QString &where) const;

    static QString text(const YAML::Node &node);
    std::optional<QString> scalar(const YAML::Node &node, const QString &what) const;
    std::optional<int> integer(const YAML::Node &node, const QString &what) const;
    std::optional<double> number(const YAML::Node &node, const QString &what) const;
    std::optional<bool> boolean(const YAML::Node &node, const QString &what) const;
    // A list of scalars; a single scalar is accepted as a one-element list.
    QStringList stringList(const YAML::Node &node, const QString &what) const;
    // "500ms", "1s", "10m", "2h", "1d" -> milliseconds.
    std::optional<qint64> duration(const YAML::Node &node, const QString &what) const;
    // A YAML scalar as a typed Value: quoted -> string; null/~ -> null; true/false -> bool;
    // integers -> int; numbers -> exact decimal; otherwise string.
    static Value scalarValue(const YAML::Node &node);
    // How an unquoted scalar's text reads: true/false, an integer, a decimal, else the text.
    static Value plainValue(const QString &text);
    // Where the text of a scalar starts (after an opening quote), for expression errors.
    SourceLocation scalarStart(const YAML::Node &node) const;

private:
    int reportDuplicateKeys(const YAML::Node &root) const;
    QString m_file;
    ErrorList *m_errors;
    mutable QByteArray m_source; // the text last loaded, for scalarStart()
};

} // namespace concord

#include "workspace/newworkspace.h"

#include "model/fieldtype.h"
#include "workspace/workspaceloader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace concord {

namespace {

// A scalar as YAML reads it back unchanged: plain when it is a simple word, else single-quoted.
QString scalar(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}_$][\\p{L}\\p{N}_$./-]*$"));
    static const QStringList reserved{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                      QStringLiteral("no"),   QStringLiteral("on"),    QStringLiteral("off"),
                                      QStringLiteral("null"), QStringLiteral("y"),     QStringLiteral("n")};
    if (plain.match(text).hasMatch() && !reserved.contains(text.toLower()))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool nameLike(const QString &name, std::initializer_list<const char *> words)
{
    const QString n = name.toLower();
    for (const char *w : words)
        if (n == QLatin1String(w))
            return true;
    return false;
}

} // namespace

bool isFieldName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}_$][\\p{L}\\p{N}_$-]*$"));
    return re.match(name).hasMatch();
}

QString nameFromTable(const QString &table)
{
    QString name = table.mid(table.lastIndexOf(QLatin1Char('.')) + 1).trimmed();
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$') || c == QLatin1Char('-')))
            c = QLatin1Char('_');
    if (name.isEmpty() || !(name.front().isLetter() || name.front() == QLatin1Char('_')))
        name.prepend(QLatin1Char('_'));
    return name;
}

QString suggestFieldType(const QString &sqlType)
{
    const QString t = sqlType.trimmed().toLower();
    static const QRegularExpression withScale(QStringLiteral("^(?:numeric|decimal|number|dec)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)"));
    if (const auto m = withScale.match(t); m.hasMatch()) {
        const int p = std::clamp(m.captured(1).toInt(), 1, 38);
        const int s = std::clamp(m.captured(2).toInt(), 0, p);
        return FieldType::decimal(p, s).toString();
    }
    // Enumerations, sets and arrays carry other type names inside ("enum('print','email')", "integer[]").
    if (t.startsWith(QLatin1String("enum(")) || t.startsWith(QLatin1String("set(")) || t.contains(QLatin1Char('[')))
        return QStringLiteral("string");
    if (t.startsWith(QLatin1String("tinyint(1)")) || t.startsWith(QLatin1String("bool")) || t == QLatin1String("bit(1)"))
        return QStringLiteral("bool");
    static const QRegularExpression whole(QStringLiteral("^(?:tiny|small|medium|big)?int(?:eger)?[248]?(?:\\s*\\(\\d+\\))?(\\s+unsigned)?(?:\\s+zerofill)?$"));
    if (const auto m = whole.match(t); m.hasMatch()) {
        // A 64-bit unsigned value does not fit Concord's signed int: an exact decimal holds it.
        if (!m.captured(1).isEmpty() && t.startsWith(QLatin1String("bigint")))
            return FieldType::decimal(20, 0).toString();
        return QStringLiteral("int");
    }
    if (t == QLatin1String("serial") || t == QLatin1String("bigserial") || t == QLatin1String("smallserial"))
        return QStringLiteral("int");
    if (t.startsWith(QLatin1String("numeric")) || t.startsWith(QLatin1String("decimal")) || t.startsWith(QLatin1String("money")))
        return FieldType::decimal(18, 4).toString(); // no declared scale: four places, the steward checks
    if (t.startsWith(QLatin1String("real")) || t.startsWith(QLatin1String("double")) || t.startsWith(QLatin1String("float")))
        return FieldType::decimal(18, 6).toString(); // Concord keeps exact decimals, never binary floats
    if (t.startsWith(QLatin1String("timestamp")) || t.startsWith(QLatin1String("datetime")))
        return QStringLiteral("timestamp");
    if (t == QLatin1String("date"))
        return QStringLiteral("date");
    if (t.startsWith(QLatin1String("json")))
        return QStringLiteral("json");
    return QStringLiteral("string");
}

QString suggestVersionField(const QList<NewField> &fields)
{
    const auto pick = [&](bool timestampsOnly) -> QString {
        for (const NewField &f : fields) {
            const bool named = nameLike(f.name, {"updated_at", "updated", "modified_at", "modified", "last_modified",
                                                 "last_modified_at", "update_time", "updatetime", "modify_time",
                                                 "modifytime", "gmt_modified", "changed_at", "row_version",
                                                 "rowversion", "version", "xmin_version"});
            const bool timestamp = f.type == QLatin1String("timestamp");
            if (named && (timestamp || (!timestampsOnly && f.type == QLatin1String("int"))))
                return f.name;
        }
        return {};
    };
    const QString byName = pick(true);
    return byName.isEmpty() ? pick(false) : byName;
}

QString suggestSoftDeleteField(const QList<NewField> &fields)
{
    for (const NewField &f : fields)
        if (f.type == QLatin1String("bool") && nameLike(f.name, {"deleted", "is_deleted", "isdeleted", "del_flag", "removed"}))
            return f.name;
    return {};
}

QString newWorkspaceYaml(const NewWorkspace &spec)
{
    QString y;
    const auto line = [&y](const QString &text = {}) {
        y += text;
        y += QLatin1Char('\n');
    };
    line(QStringLiteral("# A Concord workspace, created on %1 by the New Workspace wizard.")
             .arg(QDate::currentDate().toString(Qt::ISODate)));
    line(QStringLiteral("# The format is described in docs/workspace.md; check the file with: concordctl -w . validate"));
    if (!spec.name.isEmpty())
        line(QStringLiteral("name: %1").arg(scalar(spec.name)));
    if (!spec.department.isEmpty())
        line(QStringLiteral("departments: [%1]").arg(scalar(spec.department)));
    line();
    line(QStringLiteral("systems:"));
    line(QStringLiteral("  %1:").arg(scalar(spec.system)));
    line(QStringLiteral("    kind: %1").arg(spec.kind));
    if (spec.kind == QLatin1String("sqlite")) {
        line(QStringLiteral("    path: %1").arg(scalar(QDir::fromNativeSeparators(spec.path))));
    } else {
        line(QStringLiteral("    host: %1").arg(scalar(spec.host.isEmpty() ? QStringLiteral("127.0.0.1") : spec.host)));
        if (spec.port > 0)
            line(QStringLiteral("    port: %1").arg(spec.port));
        line(QStringLiteral("    database: %1").arg(scalar(spec.database)));
        if (!spec.user.isEmpty())
            line(QStringLiteral("    user: %1").arg(scalar(spec.user)));
        if (!spec.password.isEmpty())
            line(QStringLiteral("    password: %1     # a reference; the secret itself is never written here")
                     .arg(scalar(spec.password)));
        if (!spec.schema.isEmpty() && spec.kind == QLatin1String("postgres"))
            line(QStringLiteral("    schema: %1").arg(scalar(spec.schema)));
    }
    if (!spec.department.isEmpty())
        line(QStringLiteral("    department: %1").arg(scalar(spec.department)));
    line();
    line(QStringLiteral("datasets:"));
    line(QStringLiteral("  %1:").arg(scalar(spec.system + QLatin1Char('.') + spec.dataset)));
    line(QStringLiteral("    table: %1").arg(scalar(spec.table)));
    QStringList keys;
    for (const NewField &f : spec.fields)
        if (f.key)
            keys.append(scalar(f.name));
    line(QStringLiteral("    key: [%1]").arg(keys.join(QStringLiteral(", "))));
    if (!spec.version.isEmpty())
        line(QStringLiteral("    version: %1            # incremental capture follows this column").arg(scalar(spec.version)));
    if (!spec.softDelete.isEmpty())
        line(QStringLiteral("    soft_delete: %1").arg(scalar(spec.softDelete)));
    line(QStringLiteral("    fields:              # sensitivity: L1 public, L2 internal (the default), L3 restricted"));
    int width = 0;
    for (const NewField &f : spec.fields)
        width = std::max(width, int(scalar(f.name).size()));
    for (const NewField &f : spec.fields) {
        QString entry = QStringLiteral("type: %1").arg(f.type.contains(QLatin1Char(',')) ? scalar(f.type) : f.type);
        if (!f.sensitivity.isEmpty())
            entry += QStringLiteral(", sensitivity: %1").arg(f.sensitivity);
        const QString key = scalar(f.name) + QLatin1Char(':');
        line(QStringLiteral("      %1 { %2 }").arg(key.leftJustified(width + 1), entry));
    }
    line();
    line(QStringLiteral("# Next: declare the target system and dataset, then a pipeline and its mapping (docs/mapping.md):"));
    line(QStringLiteral("# pipelines:"));
    line(QStringLiteral("#   %1-to-TARGET:").arg(spec.system));
    line(QStringLiteral("#     source: %1.%2").arg(spec.system, spec.dataset));
    line(QStringLiteral("#     target: TARGET.TABLE"));
    line(QStringLiteral("#     mapping: mappings/%1_to_TARGET.yaml").arg(spec.dataset));
    return y;
}

Result<QString> createNewWorkspace(const QString &dir, const NewWorkspace &spec)
{
    const QString yamlPath = QDir(dir).filePath(QStringLiteral("workspace.yaml"));
    if (QFileInfo::exists(yamlPath))
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("%1 already has a workspace.yaml; choose an empty folder").arg(QDir::toNativeSeparators(dir)));
    const bool madeDir = !QFileInfo::exists(dir);
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot create the folder %1").arg(QDir::toNativeSeparators(dir)));
    const QString mappings = QDir(dir).filePath(QStringLiteral("mappings"));
    const bool madeMappings = !QFileInfo::exists(mappings);
    if (madeMappings && !QDir().mkpath(mappings))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(mappings)));

    QSaveFile file(yamlPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(newWorkspaceYaml(spec).toUtf8()) < 0 || !file.commit()) {
        if (madeMappings)
            QDir().rmdir(mappings);
        if (madeDir)
            QDir().rmdir(dir);
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(yamlPath), file.errorString()));
    }

    const WorkspaceLoad load = WorkspaceLoader::load(dir);
    if (load.ok())
        return yamlPath;
    // What the loader refuses is not left behind half-made.
    QFile::remove(yamlPath);
    if (madeMappings)
        QDir().rmdir(mappings);
    if (madeDir)
        QDir().rmdir(dir); // only when empty: nothing of the steward's goes
    QStringList messages;
    for (const Error &e : load.errors)
        messages.append(e.message);
    return makeError(ErrorCode::ConfigInvalid, QStringLiteral("the new workspace.yaml does not validate: %1").arg(messages.join(QStringLiteral("; "))));
}

} // namespace concord

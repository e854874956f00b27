#include "mapping/previewmodel.h"

#include "mapping/mappingcanvas.h"

#include <QBrush>
#include <QColor>

namespace concord {

namespace {

// Column 0: the source key; 1..n: target fields; n+1: the outcome.
constexpr int FixedBefore = 1;

QString outcomeText(const PreviewRecord &r)
{
    switch (r.outcome.kind) {
    case MapOutcome::Kind::Mapped:
        return r.trace.failedRules.isEmpty() ? PreviewModel::tr("mapped") : PreviewModel::tr("failed");
    case MapOutcome::Kind::Skipped: return PreviewModel::tr("skipped");
    case MapOutcome::Kind::Failed: break;
    }
    return PreviewModel::tr("failed: %1").arg(r.outcome.error.code);
}

} // namespace

PreviewModel::PreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void PreviewModel::setResult(std::shared_ptr<const PreviewResult> result, const MappingRules &rules,
                             const DatasetDef &target)
{
    beginResetModel();
    m_result = std::move(result);
    m_rules = rules;
    m_target = target;
    endResetModel();
}

void PreviewModel::clear()
{
    beginResetModel();
    m_result.reset();
    endResetModel();
}

int PreviewModel::columnOf(const QString &targetField) const
{
    const int i = m_result ? int(m_result->targetFields.indexOf(targetField)) : -1;
    return i < 0 ? -1 : i + FixedBefore;
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->records.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->targetFields.size()) + FixedBefore + 1;
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_result)
        return {};
    const int field = section - FixedBefore;
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && field >= 0 && field < m_result->targetPolicy.size()) {
        const PreviewColumnPolicy &p = m_result->targetPolicy[field];
        return p.masked || p.hidden ? tr("As %1: %2 — %3").arg(m_result->viewer, p.summary, p.reason) : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == 0)
        return tr("Source key");
    if (section == columnCount() - 1)
        return tr("Outcome");
    const QString name = m_result->targetFields.value(field);
    if (field < m_result->targetPolicy.size() && m_result->targetPolicy[field].hidden)
        return tr("%1 (hidden)").arg(name);
    if (field < m_result->targetPolicy.size() && m_result->targetPolicy[field].masked)
        return tr("%1 (masked)").arg(name);
    return name;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !index.isValid() || index.row() >= m_result->records.size())
        return {};
    const PreviewRecord &r = m_result->records.at(index.row());
    const int last = columnCount() - 1;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return r.key;
        return {};
    }
    if (index.column() == last) {
        const bool bad = r.outcome.kind != MapOutcome::Kind::Mapped || !r.trace.failedRules.isEmpty();
        switch (role) {
        case Qt::DisplayRole: return outcomeText(r);
        case ErrorRole: return bad;
        case Qt::BackgroundRole:
            if (r.outcome.kind == MapOutcome::Kind::Skipped)
                return QBrush(QColor(0xff, 0xf4, 0xd6));
            return bad ? QVariant(QBrush(QColor(0xfd, 0xe0, 0xe0))) : QVariant();
        case Qt::ToolTipRole: {
            QStringList lines;
            if (r.outcome.kind != MapOutcome::Kind::Mapped)
                lines << QStringLiteral("%1: %2").arg(r.outcome.error.code, r.outcome.error.message);
            for (const auto &p : r.trace.failedRules)
                lines << QStringLiteral("%1: %2").arg(p.error.code, p.error.message);
            for (const auto &p : r.trace.sourceErrors)
                lines << QStringLiteral("%1: %2").arg(p.error.code, p.error.message);
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        default: return {};
        }
    }
    const int f = index.column() - FixedBefore;
    if (f < 0 || size_t(f) >= r.trace.fields.size())
        return {};
    const QString name = m_result->targetFields.at(f);
    const FieldTrace &t = r.trace.fields[size_t(f)];
    const FieldRule *rule = m_rules.rule(name);
    const bool failed = t.outcome != MapOutcome::Kind::Mapped || !t.error.code.isEmpty();
    const QString branch = branchLabel(t, rule);
    switch (role) {
    case Qt::DisplayRole: {
        if (failed)
            return QStringLiteral("\u26a0 %1").arg(t.error.code.isEmpty() ? tr("skipped") : t.error.code);
        if (f < m_result->targetPolicy.size() && m_result->targetPolicy[f].hidden)
            return tr("(hidden)");
        const int ti = m_target.schema.indexOf(name);
        const Value &v = size_t(f) < r.output.size() ? r.output[size_t(f)] : Value();
        QString text = ti >= 0 ? displaySample(v, m_target.schema.fields.at(ti)) : v.toString();
        if (v.isNull())
            text = QStringLiteral("null");
        QStringList how;
        if (t.caseFired >= 0)
            how << tr("case %1").arg(t.caseFired + 1);
        else if (t.elseFired)
            how << tr("else");
        if (t.defaultApplied)
            how << tr("default");
        if (t.lookup == FieldTrace::Lookup::Miss)
            how << tr("lookup miss");
        return how.isEmpty() ? text : QStringLiteral("%1  \u00b7 %2").arg(text, how.join(QStringLiteral(", ")));
    }
    case ErrorRole: return failed;
    case BranchRole: return branch;
    case Qt::ForegroundRole:
        return failed ? QVariant(QBrush(QColor(0xa0, 0x10, 0x10))) : QVariant();
    case Qt::BackgroundRole:
        if (failed)
            return QBrush(t.outcome == MapOutcome::Kind::Skipped ? QColor(0xff, 0xf4, 0xd6) : QColor(0xfd, 0xe0, 0xe0));
        return t.defaultApplied ? QVariant(QBrush(QColor(0xee, 0xf4, 0xff))) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines;
        if (failed)
            lines << QStringLiteral("%1: %2").arg(t.error.code, t.error.message);
        if (!branch.isEmpty())
            lines << tr("Branch: %1").arg(branch);
        if (t.defaultApplied)
            lines << tr("The value was null; the default was used (on_null: default).");
        if (t.lookup == FieldTrace::Lookup::Hit)
            lines << tr("Found in the lookup table.");
        else if (t.lookup == FieldTrace::Lookup::Miss)
            lines << tr("Not in the lookup table.");
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default: return {};
    }
}

} // namespace concord

#include "logfilterproxy.h"

#include "logmodel.h"

namespace concord {

LogFilterProxy::LogFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) { }

LogFilterProxy::~LogFilterProxy() = default;

void LogFilterProxy::setPipeline(const QString &pipeline)
{
    if (pipeline == m_pipeline)
        return;
    m_pipeline = pipeline;
    invalidateFilter();
}

void LogFilterProxy::setMinimumSeverity(int severity)
{
    if (severity == m_minimumSeverity)
        return;
    m_minimumSeverity = severity;
    invalidateFilter();
}

void LogFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogTableModel::SeverityRole).toInt() < m_minimumSeverity)
        return false;
    if (!m_pipeline.isEmpty() && index.data(LogTableModel::PipelineRole).toString() != m_pipeline)
        return false;
    if (!m_text.isEmpty() && !index.data(LogTableModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace concord

#pragma once
// Filters the log by pipeline, minimum level and free text (message, record id, error code,
// trace id), case-insensitively. Engine-wide lines (no pipeline) only show under "all".

#include <QSortFilterProxyModel>

namespace concord {

class LogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterProxy(QObject *parent = nullptr);
    ~LogFilterProxy() override;

    // Empty: every pipeline.
    void setPipeline(const QString &pipeline);
    void setMinimumSeverity(int severity);
    void setText(const QString &text);

    QString pipeline() const { return m_pipeline; }
    int minimumSeverity() const { return m_minimumSeverity; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_pipeline;
    int m_minimumSeverity = 1;
    QString m_text;
};

} // namespace concord

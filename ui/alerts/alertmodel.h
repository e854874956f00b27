#pragma once
// The alerts list: one row per alert the rules raised — severity, pipeline, rule, message, when it
// was raised and last seen, whether someone acknowledged it, and whether the condition cleared.
// Active alerts first, newest first, as the store gives them. A reload with the same alerts only
// emits dataChanged, so selection survives the refreshes.

#include "store/opstypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace concord {

class AlertModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, PipelineColumn, RuleColumn, MessageColumn, RaisedColumn, LastSeenColumn, AcknowledgedColumn, StateColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ValueRole,
        // Active and not yet acknowledged: work for the steward.
        PendingRole,
        ActiveRole,
    };

    explicit AlertModel(QObject *parent = nullptr);
    ~AlertModel() override;

    void setAlerts(const QList<AlertRecord> &alerts);
    const QList<AlertRecord> &alerts() const { return m_alerts; }
    AlertRecord alertAt(int row) const { return m_alerts.value(row); }
    int rowOfId(qint64 id) const;
    void refreshRelativeTimes();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlertRecord> m_alerts;
};

} // namespace concord

#pragma once
// The audit trail's entries as a table: time (local), actor, role, action, object, host. The
// entry itself (detail, hashes) is there for the detail pane.

#include "store/auditchain.h"

#include <QAbstractTableModel>

namespace concord {

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Actor, Role, Action, Object, Host, ColumnCount };

    explicit AuditModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditRecord> &entries);
    const AuditRecord *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How the console words an action ("mapping.save" -> "Mapping saved"); unknown ones as stored.
    static QString actionText(const QString &action);

private:
    QList<AuditRecord> m_entries;
};

} // namespace concord

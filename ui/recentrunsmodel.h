#pragma once
// The last runs of one pipeline, shown under the dashboard table when a row is selected: when,
// real or dry, outcome, counts, duration and the error if any.

#include "store/storereader.h"

#include <QAbstractTableModel>
#include <QList>

namespace concord {

class RecentRunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartedColumn, KindColumn, StatusColumn, ReadColumn, WrittenColumn, FailedColumn, DurationColumn, ErrorColumn, ColumnCount };

    explicit RecentRunsModel(QObject *parent = nullptr);
    ~RecentRunsModel() override;

    void setRuns(const QList<RunRecord> &runs);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RunRecord> m_runs;
};

} // namespace concord

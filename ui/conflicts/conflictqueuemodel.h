#pragma once
// The conflict queue (UX.md: conflict queue, left): one row per open conflict as the viewer may see
// it — pipeline, record key, kind, the fields in conflict and when it was detected. The same rows
// answer "which conflicts are like this one" for "Apply to N similar conflicts". ConflictQueueFilter
// narrows it by pipeline, dataset, field, age and text the way the engine's ConflictQuery does.

#include "conflict/conflicttypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

namespace concord {

class ConflictQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PipelineColumn, KeyColumn, KindColumn, FieldsColumn, DetectedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ValueRole, // the raw value behind a cell, for sorting and tests
    };

    explicit ConflictQueueModel(QObject *parent = nullptr);
    ~ConflictQueueModel() override;

    // A reload with the same conflicts (by id) only emits dataChanged, so the selection survives.
    void setConflicts(const QList<ConflictView> &conflicts);
    const QList<ConflictView> &conflicts() const { return m_rows; }
    const ConflictView *conflictAt(int row) const;
    const ConflictView *conflictOfId(qint64 id) const;
    int rowOfId(qint64 id) const;
    // Open conflicts of the same pipeline and kind with the same conflicting fields, `c` left out.
    QList<qint64> similarTo(const ConflictView &c) const;
    // Every field in conflict somewhere, sorted: the field filter's choices.
    QStringList conflictingFields() const;
    void retranslate();

    // "Both changed", "Deleted in crm", "Created on both sides", translated.
    static QString kindText(const ConflictView &c);
    // The age column's clock (tests pin it).
    void setNow(const QDateTime &now);
    QDateTime now() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConflictView> m_rows;
    QDateTime m_now;
};

class ConflictQueueFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ConflictQueueFilter(QObject *parent = nullptr);
    ~ConflictQueueFilter() override;

    void setPipeline(const QString &pipeline);
    void setDataset(const QString &dataset);
    void setField(const QString &field);
    void setOlderThan(qint64 secs);
    void setSearch(const QString &text);
    QString pipeline() const { return m_pipeline; }
    QString dataset() const { return m_dataset; }
    QString field() const { return m_field; }
    qint64 olderThan() const { return m_olderThan; }
    QString search() const { return m_search; }

    static bool matches(const ConflictView &c, const ConflictQuery &query, const QString &search, const QDateTime &now);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_pipeline;
    QString m_dataset;
    QString m_field;
    qint64 m_olderThan = 0;
    QString m_search;
};

} // namespace concord

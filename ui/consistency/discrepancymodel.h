#pragma once
// The discrepancy table of the consistency page (UX.md: consistency review): one row per
// discrepancy of the pipeline's latest check as the viewer may see it — record key, kind (missing
// in the target, extra in the target, fields differ), the differing fields, status, whether the
// latest check found it first, and when it was first seen. DiscrepancyFilter narrows it by kind,
// field and text the same way the engine's DiscrepancyQuery does, so an export writes what the
// table shows.

#include "consistency/consistencytypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace concord {

class DiscrepancyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, KindColumn, FieldsColumn, StatusColumn, NewColumn, FirstSeenColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        // The raw value behind a cell (key, kind name, numbers, QDateTime), for sorting and tests.
        ValueRole,
    };

    explicit DiscrepancyModel(QObject *parent = nullptr);
    ~DiscrepancyModel() override;

    // A reload with the same discrepancies (by id) only emits dataChanged, so the steward's
    // selection survives it; a different set resets the model.
    void setRows(const QList<DiscrepancyRow> &rows);
    const QList<DiscrepancyRow> &rows() const { return m_rows; }
    const DiscrepancyRow *rowAt(int row) const;
    int rowOfId(qint64 id) const;
    // Every field that differs in some mismatch, sorted: the field filter's choices.
    QStringList differingFields() const;
    void retranslate();

    // "Missing in target", "Extra in target", "Fields differ", translated.
    static QString kindText(DiscrepancyKind kind);
    // open | fixed | repaired, translated.
    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DiscrepancyRow> m_rows;
};

// Sorts by the raw values and filters as DiscrepancyQuery does: kind ("" all), field (only
// mismatches on it) and text (case-insensitive, in the key or a value the viewer may see).
class DiscrepancyFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DiscrepancyFilter(QObject *parent = nullptr);
    ~DiscrepancyFilter() override;

    void setKind(const QString &kind);
    void setField(const QString &field);
    void setSearch(const QString &text);
    QString kind() const { return m_kind; }
    QString field() const { return m_field; }
    QString search() const { return m_search; }

    static bool matches(const DiscrepancyRow &row, const QString &kind, const QString &field, const QString &search);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_kind;
    QString m_field;
    QString m_search;
};

} // namespace concord

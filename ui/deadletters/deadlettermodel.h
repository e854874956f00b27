#pragma once
// The dead-letter table (UX.md: dead letters): one row per letter the filter matched, newest
// first — when, pipeline, record key, error code and message, replay attempts, status. A reload
// that brings the same letters only emits dataChanged, so selection and scrolling survive the
// refreshes during a run; a different set resets the model.

#include "store/opstypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace concord {

class DeadLetterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, CreatedColumn, PipelineColumn, KeyColumn, ErrorCodeColumn, MessageColumn, AttemptsColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        // The raw value behind a cell (numbers, QDateTime, codes), for sorting and for tests.
        ValueRole,
    };

    explicit DeadLetterModel(QObject *parent = nullptr);
    ~DeadLetterModel() override;

    void setLetters(const QList<DeadLetterRecord> &letters);
    const QList<DeadLetterRecord> &letters() const { return m_letters; }
    DeadLetterRecord letterAt(int row) const { return m_letters.value(row); }
    int rowOfId(qint64 id) const;
    // The distinct error codes of the rows, sorted.
    QStringList errorCodes() const;
    void refreshRelativeTimes();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeadLetterRecord> m_letters;
};

} // namespace concord

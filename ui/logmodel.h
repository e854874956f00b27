#pragma once
// The log pane's rows: every LogEntry the engine reported, newest last, capped so a long
// session cannot grow without bound. Entries arrive in bursts from the engine thread; they are
// buffered and inserted at most every 100 ms, one beginInsertRows per batch, so a noisy run
// costs the GUI thread a few model updates per second instead of one per line.

#include "sync/runtypes.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <deque>
#include <vector>

namespace concord {

class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, PipelineColumn, MessageColumn, RecordColumn, ErrorCodeColumn, TraceColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole + 1, // int, see fmt::logSeverity
        PipelineRole,
        // Everything the text filter searches, in one string.
        SearchTextRole,
    };

    explicit LogTableModel(int capacity = 20000, QObject *parent = nullptr);
    ~LogTableModel() override;

    void append(const LogEntry &entry);
    // Inserts what append() buffered now (the timer does it otherwise).
    void flush();
    void clear();

    int capacity() const { return m_capacity; }
    // The Logs page spans days: its times show the date too.
    void setShowDates(bool on) { m_showDates = on; }
    const LogEntry &entryAt(int row) const { return m_entries.at(size_t(row)); }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    bool m_showDates = false;
    std::deque<LogEntry> m_entries;
    std::vector<LogEntry> m_pending;
    QTimer m_flushTimer;
};

} // namespace concord

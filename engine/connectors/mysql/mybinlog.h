#pragma once
// Real-time capture from a MySQL/MariaDB binary log (docs/connectors-mysql.md) with MariaDB
// Connector/C's replication API (mariadb_rpl.h): Concord connects as a replica, reads row events
// (binlog_format = ROW, binlog_row_image = FULL) from a position (file:offset) and hands over
// the changes of its table a committed transaction at a time. The position after each commit is
// the checkpoint the caller stores with the changes; the server keeps its binary logs by its own
// retention (expire_logs_days / binlog_expire_logs_seconds), so confirm() has nothing to do.
//
// Columns are matched by position (row events carry no names): a table altered while capture runs
// must be captured again from a position after the change.

#include "connectors/connector.h"
#include "connectors/mysql/myconnection.h"

#include <QElapsedTimer>

#include <memory>

struct st_mariadb_rpl;
struct st_mariadb_rpl_event;

namespace concord {

class MyBinlogCapture final : public ChangeFeed
{
public:
    MyBinlogCapture(SystemDef system, DatasetDef dataset);
    ~MyBinlogCapture() override;

    Result<void> open(const QString &position) override;
    Result<FeedBatch> next(int maxChanges) override;
    Result<void> confirm(const QString &position) override;
    void interrupt() override;
    void close() override;

    // "binlog.000003:4711"
    QString position() const { return m_file + QLatin1Char(':') + QString::number(m_position); }

private:
    Result<void> startStream();
    void closeStream(); // the dump and its connection; the metadata connection stays
    void appendRows(st_mariadb_rpl_event *rows, const QString &version, std::vector<Change> &out);
    Change changeFrom(const void *row, Change::Op op, const QString &version) const;

    SystemDef m_system;
    DatasetDef m_dataset;
    QString m_database;
    QString m_table;
    MyConnection m_meta;   // queries
    MyConnection m_stream; // the replica connection the binary log is read on
    st_mariadb_rpl *m_rpl = nullptr;
    st_mariadb_rpl_event *m_tableMap = nullptr; // the last table map of our table
    unsigned long long m_tableId = ~0ULL;
    QList<MyColumn> m_columns;   // the table's columns in order
    QList<int> m_fieldOf;        // per table column: the dataset field it fills, or -1
    std::vector<int> m_keyColumns;
    int m_softDeleteColumn = -1;
    QString m_file;              // committed position: the checkpoint
    quint64 m_position = 0;
    std::vector<Change> m_open;  // changes of the transaction being read
    bool m_atEnd = false;
    QElapsedTimer m_streamStarted; // when the dump last (re)started
};

} // namespace concord

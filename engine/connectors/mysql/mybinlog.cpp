#include "connectors/mysql/mybinlog.h"

#include <QRandomGenerator>

#include <mysql.h>
#include <mariadb_rpl.h>

#include <limits>

namespace concord {

namespace {

bool isRowsEvent(int type)
{
    return type == WRITE_ROWS_EVENT_V1 || type == UPDATE_ROWS_EVENT_V1 || type == DELETE_ROWS_EVENT_V1
        || type == WRITE_ROWS_EVENT || type == UPDATE_ROWS_EVENT || type == DELETE_ROWS_EVENT;
}

QString text(const MARIADB_STRING &s)
{
    return QString::fromUtf8(s.str, qsizetype(s.length));
}

// The value of one column of a row image.
Value rowValue(const MARIADB_RPL_VALUE &v, const MyColumn &column)
{
    if (v.is_null)
        return Value();
    const bool isUnsigned = column.columnType.contains(QLatin1String("unsigned"));
    switch (v.field_type) {
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_LONGLONG:
    case MYSQL_TYPE_YEAR:
    case MYSQL_TYPE_BIT: {
        if (isUnsigned) {
            if (v.val.ull > quint64(std::numeric_limits<qint64>::max()))
                return Value::fromDecimal(*Decimal::parse(QString::number(v.val.ull)));
            return Value::fromInt(qint64(v.val.ull));
        }
        // Narrow signed columns come without sign extension.
        qint64 i = v.val.ll;
        const int bits = v.field_type == MYSQL_TYPE_TINY ? 8
            : v.field_type == MYSQL_TYPE_SHORT           ? 16
            : v.field_type == MYSQL_TYPE_INT24           ? 24
            : v.field_type == MYSQL_TYPE_LONG            ? 32
                                                         : 64;
        if (bits < 64 && i >= (qint64(1) << (bits - 1)))
            i -= qint64(1) << bits;
        return Value::fromInt(i);
    }
    case MYSQL_TYPE_NEWDECIMAL:
    case MYSQL_TYPE_DECIMAL: {
        const auto d = Decimal::parse(v.val.str.str, qsizetype(v.val.str.length));
        return d ? Value::fromDecimal(*d) : Value::fromString(text(v.val.str));
    }
    case MYSQL_TYPE_FLOAT:
        return Value::fromDecimal(Decimal::parse(QString::number(double(v.val.f), 'g', 9)).value_or(Decimal()));
    case MYSQL_TYPE_DOUBLE:
        return Value::fromDecimal(Decimal::parse(QString::number(v.val.d, 'g', 17)).value_or(Decimal()));
    case MYSQL_TYPE_DATE:
    case MYSQL_TYPE_NEWDATE:
        return Value::fromDate(QDate(int(v.val.tm.year), int(v.val.tm.month), int(v.val.tm.day)));
    case MYSQL_TYPE_DATETIME:
    case MYSQL_TYPE_DATETIME2: {
        const QString t = QString::asprintf("%04u-%02u-%02u %02u:%02u:%02u.%06lu", v.val.tm.year, v.val.tm.month,
                                            v.val.tm.day, v.val.tm.hour, v.val.tm.minute, v.val.tm.second,
                                            v.val.tm.second_part);
        const auto ts = Timestamp::parse(t);
        return ts ? Value::fromTimestamp(*ts) : Value::fromString(t);
    }
    case MYSQL_TYPE_TIMESTAMP:
    case MYSQL_TYPE_TIMESTAMP2: {
        Timestamp ts;
        ts.usecsSinceEpochUtc = qint64(v.val.ts.second) * 1000000 + qint64(v.val.ts.second_part);
        return Value::fromTimestamp(ts);
    }
    case MYSQL_TYPE_TIME:
    case MYSQL_TYPE_TIME2:
        return Value::fromString(QString::asprintf("%s%02u:%02u:%02u", v.val.tm.neg ? "-" : "", v.val.tm.hour,
                                                   v.val.tm.minute, v.val.tm.second));
    default:
        return Value::fromString(text(v.val.str));
    }
}

} // namespace

MyBinlogCapture::MyBinlogCapture(SystemDef system, DatasetDef dataset)
    : m_system(std::move(system)), m_dataset(std::move(dataset))
{
    const int dot = int(m_dataset.table.indexOf(QLatin1Char('.')));
    m_database = dot < 0 ? m_system.database : m_dataset.table.left(dot);
    m_table = dot < 0 ? m_dataset.table : m_dataset.table.mid(dot + 1);
    for (int k : m_dataset.schema.keyIndexes())
        m_keyColumns.push_back(k);
    const Schema &s = m_dataset.schema;
    m_softDeleteColumn = s.softDelete.isEmpty() ? -1 : s.indexOf(s.softDelete);
}

MyBinlogCapture::~MyBinlogCapture()
{
    close();
}

Result<void> MyBinlogCapture::open(const QString &position)
{
    close();
    m_atEnd = false;
    m_open.clear();
    if (auto r = m_meta.open(m_system, QStringLiteral("capture %1").arg(m_dataset.id)); !r.ok())
        return r;
    auto settings = m_meta.exec(QStringLiteral("SELECT @@log_bin, @@binlog_format, @@binlog_row_image"));
    if (!settings.ok())
        return settings.error();
    if (!settings->next() || settings->value(0).toInt() != 1)
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("%1 captures changes from the binary log, but the server does not write one: start "
                                        "it with log_bin and binlog_format=ROW (%2)")
                             .arg(m_dataset.id, m_meta.describe()));
    if (settings->value(1).toString() != QLatin1String("ROW") || settings->value(2).toString() != QLatin1String("FULL"))
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("%1 captures row changes from the binary log, but the server writes binlog_format=%2, "
                                        "binlog_row_image=%3: SET GLOBAL binlog_format = 'ROW', binlog_row_image = 'FULL' "
                                        "(and in the server's configuration) (%4)")
                             .arg(m_dataset.id, settings->value(1).toString(), settings->value(2).toString(), m_meta.describe()));
    auto columns = m_meta.requireColumns(m_dataset.table, m_dataset.schema.fieldNames(), QStringLiteral("source %1").arg(m_dataset.id));
    if (!columns.ok())
        return columns.error();
    m_columns = *columns;
    m_fieldOf.clear();
    for (const MyColumn &c : std::as_const(m_columns))
        m_fieldOf.append(m_dataset.schema.indexOf(c.name));
    if (position.isEmpty()) {
        // The first run: capture from now on.
        auto status = m_meta.exec(QStringLiteral("SHOW MASTER STATUS"));
        if (!status.ok())
            return status.error();
        if (!status->next())
            return makeError(ErrorCode::ConfigInvalid, QStringLiteral("the server reports no binary log position (%1)")
                                                           .arg(m_meta.describe()));
        m_file = status->value(0).toString();
        m_position = status->value(1).toULongLong();
    } else {
        const int colon = int(position.lastIndexOf(QLatin1Char(':')));
        bool ok = false;
        m_position = colon > 0 ? position.mid(colon + 1).toULongLong(&ok) : 0;
        m_file = colon > 0 ? position.left(colon) : QString();
        if (!ok || m_file.isEmpty())
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("the checkpoint of %1 is not a binary log position (file:offset): %2; run "
                                            "once with --full")
                                 .arg(m_dataset.id, position));
    }
    return {};
}

Result<void> MyBinlogCapture::startStream()
{
    if (auto r = m_stream.open(m_system, QStringLiteral("binlog %1").arg(m_dataset.id)); !r.ok())
        return r;
    MYSQL *mysql = static_cast<MYSQL *>(m_stream.handle());
    // Tell the server this replica understands the checksums it writes.
    mysql_query(mysql, "SET @master_binlog_checksum = @@global.binlog_checksum");
    m_streamStarted.start();
    m_rpl = mariadb_rpl_init(mysql);
    if (!m_rpl)
        return makeError(ErrorCode::SourceUnreadable, QStringLiteral("cannot start reading the binary log of %1").arg(m_meta.describe()));
    const QByteArray file = m_file.toUtf8();
    // A replica needs a server id of its own: a random one, far from the usual small numbers.
    const unsigned int serverId = 0x40000000u + QRandomGenerator::global()->bounded(0x3fffffffu);
    mariadb_rpl_optionsv(m_rpl, MARIADB_RPL_FILENAME, file.constData(), std::size_t(file.size()));
    mariadb_rpl_optionsv(m_rpl, MARIADB_RPL_START, static_cast<unsigned long>(m_position));
    mariadb_rpl_optionsv(m_rpl, MARIADB_RPL_SERVER_ID, serverId);
    mariadb_rpl_optionsv(m_rpl, MARIADB_RPL_FLAGS, MARIADB_RPL_BINLOG_DUMP_NON_BLOCK);
    if (mariadb_rpl_open(m_rpl) != 0) {
        const QString why = QString::fromUtf8(mysql_error(mysql));
        const unsigned int code = mysql_errno(mysql);
        QString hint;
        if (code == 1227 || why.contains(QLatin1String("REPLICATION"), Qt::CaseInsensitive))
            hint = QStringLiteral(" — the user needs GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO %1").arg(m_system.user);
        else if (code == 1236)
            hint = QStringLiteral(" — the binary log at the checkpoint is gone (purged by the server's retention); "
                                  "load the table again with a polled dataset or --full");
        return makeError(code == 1236 ? ErrorCode::SourceUnreadable : ErrorCode::ConfigInvalid,
                         QStringLiteral("cannot read the binary log of %1 from %2: %3%4").arg(m_meta.describe(), position(), why, hint));
    }
    return {};
}

Change MyBinlogCapture::changeFrom(const void *rowPtr, Change::Op op, const QString &version) const
{
    const auto *row = static_cast<const MARIADB_RPL_ROW *>(rowPtr);
    const QList<Field> &fields = m_dataset.schema.fields;
    Change c;
    c.op = op;
    c.sourceVersion = version;
    c.observedAt = QDateTime::currentDateTimeUtc();
    c.record.values.resize(std::size_t(fields.size()));
    const int n = std::min(int(row->column_count), int(m_columns.size()));
    for (int i = 0; i < n; ++i) {
        const int f = m_fieldOf[i];
        if (f < 0)
            continue;
        Value v = rowValue(row->columns[i], m_columns[i]);
        if (!v.isNull()) {
            auto converted = v.convertTo(fields[f].type);
            if (converted.ok())
                v = *converted;
        }
        c.record.values[std::size_t(f)] = std::move(v);
    }
    c.key.parts.resize(m_keyColumns.size());
    for (std::size_t k = 0; k < m_keyColumns.size(); ++k)
        c.key.parts[k] = c.record.values[std::size_t(m_keyColumns[k])];
    if (op == Change::Op::Upsert && m_softDeleteColumn >= 0 && isSoftDeleted(c.record.values[std::size_t(m_softDeleteColumn)]))
        c.op = Change::Op::Delete;
    return c;
}

void MyBinlogCapture::appendRows(st_mariadb_rpl_event *event, const QString &version, std::vector<Change> &out)
{
    MARIADB_RPL_EVENT *rowsEvent = event;
    MARIADB_RPL_ROW *rows = mariadb_rpl_extract_rows(m_rpl, m_tableMap, rowsEvent);
    const auto type = rowsEvent->event.rows.type;
    int n = 0;
    for (MARIADB_RPL_ROW *r = rows; r; r = r->next, ++n) {
        const QString v = version + QLatin1Char('#') + QString::number(n);
        if (type == WRITE_ROWS) {
            out.push_back(changeFrom(r, Change::Op::Upsert, v));
        } else if (type == DELETE_ROWS) {
            out.push_back(changeFrom(r, Change::Op::Delete, v));
        } else if (r->next) { // an update: the row before, then the row after
            const Change before = changeFrom(r, Change::Op::Delete, v);
            r = r->next;
            ++n;
            Change after = changeFrom(r, Change::Op::Upsert, version + QLatin1Char('#') + QString::number(n));
            if (before.key.parts != after.key.parts) // the key itself changed: the old record is gone
                out.push_back(before);
            out.push_back(std::move(after));
        }
    }
}

Result<FeedBatch> MyBinlogCapture::next(int maxChanges)
{
    FeedBatch batch;
    if (m_atEnd) {
        // Everything written so far was read. Asked again (a followed pipeline), the dump starts
        // over where the last complete transaction ended — at most every 20 ms.
        if (m_streamStarted.isValid() && m_streamStarted.elapsed() < 20) {
            batch.position = position();
            return batch;
        }
        closeStream();
        m_atEnd = false;
    }
    if (!m_rpl)
        if (auto r = startStream(); !r.ok())
            return r.error();
    MYSQL *mysql = static_cast<MYSQL *>(m_stream.handle());
    bool inTransaction = false;
    MARIADB_RPL_EVENT *event = nullptr;
    while (true) {
        event = mariadb_rpl_fetch(m_rpl, event);
        if (!event) {
            if (mysql_errno(mysql) != 0)
                return makeError(ErrorCode::SourceUnreadable, QStringLiteral("reading the binary log of %1 at %2: %3")
                                                                  .arg(m_meta.describe(), position(),
                                                                       QString::fromUtf8(mysql_error(mysql))));
            m_atEnd = true; // everything written so far has been read
            break;
        }
        const int type = event->event_type;
        if (type == ROTATE_EVENT) {
            if (!inTransaction) {
                m_file = text(event->event.rotate.filename);
                m_position = event->event.rotate.position;
            }
        } else if (type == TABLE_MAP_EVENT) {
            const auto &map = event->event.table_map;
            if (text(map.database) == m_database && text(map.table) == m_table) {
                if (map.column_count != uint32_t(m_columns.size()))
                    return makeError(ErrorCode::SchemaDrift,
                                     QStringLiteral("%1 has %2 columns in the binary log at %3 but %4 now; capture it again "
                                                    "from a position after the change (--full)")
                                         .arg(m_dataset.table).arg(map.column_count).arg(position()).arg(m_columns.size()));
                if (m_tableMap)
                    mariadb_free_rpl_event(m_tableMap);
                m_tableMap = event; // kept: the rows events that follow are decoded with it
                m_tableId = map.table_id;
                event = nullptr;
            }
        } else if (isRowsEvent(type)) {
            if (m_tableMap && event->event.rows.table_id == m_tableId)
                appendRows(event, m_file + QLatin1Char(':') + QString::number(event->next_event_pos), m_open);
        } else if (type == QUERY_EVENT || type == XID_EVENT) {
            const QString statement = type == XID_EVENT ? QStringLiteral("COMMIT") : text(event->event.query.statement).trimmed();
            if (statement.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0) {
                inTransaction = true;
                m_open.clear();
            } else if (statement.compare(QLatin1String("COMMIT"), Qt::CaseInsensitive) == 0) {
                // A transaction ends (XID for InnoDB, a COMMIT statement otherwise): its changes
                // are complete, and the position after it is the checkpoint.
                inTransaction = false;
                std::move(m_open.begin(), m_open.end(), std::back_inserter(batch.changes));
                m_open.clear();
                m_position = event->next_event_pos;
                if (int(batch.changes.size()) >= maxChanges) {
                    batch.more = true;
                    break;
                }
            } else if (!inTransaction && event->next_event_pos > 0) {
                m_position = event->next_event_pos; // DDL and other statements: nothing to capture
            }
        }
    }
    if (event)
        mariadb_free_rpl_event(event);
    // A transaction cut off by the end of what was written is read again from its start.
    m_open.clear();
    batch.position = position();
    return batch;
}

Result<void> MyBinlogCapture::confirm(const QString &position)
{
    Q_UNUSED(position) // the server keeps its binary logs by its own retention
    return {};
}

void MyBinlogCapture::interrupt()
{
    // Reads never block (non-blocking dump): a run stops at its next batch boundary.
}

void MyBinlogCapture::closeStream()
{
    if (m_tableMap) {
        mariadb_free_rpl_event(m_tableMap);
        m_tableMap = nullptr;
    }
    if (m_rpl) {
        mariadb_rpl_close(m_rpl);
        m_rpl = nullptr;
    }
    m_tableId = ~0ULL;
    m_stream.close();
}

void MyBinlogCapture::close()
{
    closeStream();
    m_meta.close();
}

} // namespace concord

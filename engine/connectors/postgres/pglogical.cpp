#include "connectors/postgres/pglogical.h"

#include "connectors/postgres/pgcatalog.h"
#include "connectors/postgres/pgvalue.h"
#include "connectors/connector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace concord {

namespace {

// wal2json's add-tables takes "schema.table" with '.', ',', ' ', '*' and '\' escaped by '\'.
QString wal2jsonName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(' ') || c == QLatin1Char('*')
            || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

const QString PluginHint = QStringLiteral(
    "logical decoding needs the wal2json output plugin on the server: install postgresql-15-wal2json (or your "
    "version's package). A server that still refuses it must list it in output_plugin_libraries: "
    "ALTER SYSTEM SET output_plugin_libraries = pgoutput, test_decoding, wal2json; (unquoted) then "
    "SELECT pg_reload_conf()");

} // namespace

PgLogicalCapture::PgLogicalCapture(SystemDef system, DatasetDef dataset, QString slot)
    : m_system(std::move(system)), m_dataset(std::move(dataset)), m_slot(std::move(slot))
{
    m_table = PgTableName::parse(m_dataset.table, m_system.options.value(QStringLiteral("schema")).toString());
    for (int k : m_dataset.schema.keyIndexes())
        m_keyColumns.push_back(k);
    const Schema &s = m_dataset.schema;
    m_softDeleteColumn = s.softDelete.isEmpty() ? -1 : s.indexOf(s.softDelete);
}

PgLogicalCapture::~PgLogicalCapture()
{
    close();
}

QString PgLogicalCapture::slotNameFor(const QString &pipeline)
{
    QString name = QStringLiteral("concord_") + pipeline.toLower();
    for (QChar &c : name)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || c == QLatin1Char('_')))
            c = QLatin1Char('_');
    return name.left(63);
}

Result<void> PgLogicalCapture::open(const QString &position)
{
    Q_UNUSED(position) // the slot keeps the position on the server
    if (auto r = m_db.open(m_system, QStringLiteral("capture %1").arg(m_dataset.id)); !r.ok())
        return r;
    if (auto r = pgRequireColumns(m_db, m_table, m_dataset.schema.fieldNames(), QStringLiteral("source %1").arg(m_dataset.id));
        !r.ok())
        return r.error();
    auto level = m_db.scalar(QStringLiteral("SHOW wal_level"));
    if (!level.ok())
        return level.error();
    if (*level != QLatin1String("logical"))
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("%1 captures changes by logical decoding, but the server's wal_level is %2: "
                                        "ALTER SYSTEM SET wal_level = logical; and restart the server (%3)")
                             .arg(m_dataset.id, *level, m_db.describe()));
    PgParams slot;
    slot.add(m_slot.toUtf8());
    auto existing = m_db.scalar(QStringLiteral("SELECT plugin FROM pg_replication_slots WHERE slot_name = $1 "
                                               "AND database = current_database()"),
                                slot);
    if (!existing.ok())
        return existing.error();
    if (existing->isEmpty()) {
        auto created = m_db.exec(QStringLiteral("SELECT lsn::text FROM pg_create_logical_replication_slot($1, 'wal2json')"),
                                 slot);
        if (!created.ok()) {
            Error e = created.error();
            if (m_db.lastSqlState() == "42501")
                e.message += QStringLiteral(" — the user needs the REPLICATION attribute: ALTER ROLE %1 REPLICATION")
                                 .arg(m_system.user);
            else if (m_db.lastSqlState() != "42710") // not a race with another creator
                e.message += QStringLiteral(" — ") + PluginHint;
            e.code = ErrorCode::ConfigInvalid;
            if (m_db.lastSqlState() != "42710")
                return e;
        }
    } else if (*existing != QLatin1String("wal2json")) {
        return makeError(ErrorCode::ConfigInvalid,
                         QStringLiteral("replication slot %1 exists with plugin %2; Concord reads wal2json slots. Drop it "
                                        "(SELECT pg_drop_replication_slot('%1')) or name another slot")
                             .arg(m_slot, *existing));
    }
    const QString columns = QStringLiteral(
        "(SELECT jsonb_object_agg(e->>'name', jsonb_build_array(e->>'value', e->>'typeoid')) FROM jsonb_array_elements(d->'%1') e)::text");
    m_peekSql = (QLatin1String("SELECT lsn::text, d->>'action', ") + columns.arg(QStringLiteral("columns"))
                 + QLatin1String(", ") + columns.arg(QStringLiteral("identity"))
                 + QLatin1String(" FROM (SELECT lsn, data::jsonb AS d FROM pg_logical_slot_peek_changes($1, $2::pg_lsn, $3::int, "
                                 "'format-version', '2', 'include-type-oids', '1', 'include-transaction', '1', "
                                 "'add-tables', $4)) c"))
                    .toUtf8();
    return {};
}

Result<FeedBatch> PgLogicalCapture::next(int maxChanges)
{
    FeedBatch batch;
    // Everything committed before this point is decoded by the peek below; confirming up to it
    // when the batch is not full lets the slot release WAL written for other tables.
    auto upto = m_db.scalar(QStringLiteral("SELECT pg_current_wal_flush_lsn()::text"));
    if (!upto.ok())
        return upto.error();
    PgParams params;
    params.add(m_slot.toUtf8());
    params.add(upto->toUtf8());
    params.add(QByteArray::number(std::max(1, maxChanges)));
    params.add(wal2jsonName(m_table.schema).toUtf8() + '.' + wal2jsonName(m_table.table).toUtf8());
    auto r = m_db.exec(m_peekSql, params);
    if (!r.ok()) {
        Error e = r.error();
        if (e.message.contains(QLatin1String("wal2json")))
            e.message += QStringLiteral(" — ") + PluginHint;
        e.code = e.code == ErrorCode::TargetRejected ? ErrorCode::SourceUnreadable : e.code;
        return e;
    }
    const QList<Field> &fields = m_dataset.schema.fields;
    const QDateTime observed = QDateTime::currentDateTimeUtc();
    int changeRows = 0;
    QString lastLsn;
    for (int row = 0; row < r->rows(); ++row) {
        lastLsn = r->string(row, 0);
        const QString action = r->string(row, 1);
        if (action == QLatin1String("B") || action == QLatin1String("C"))
            continue;
        ++changeRows;
        if (action != QLatin1String("I") && action != QLatin1String("U") && action != QLatin1String("D"))
            continue; // T (truncate) and M (messages) are not row changes
        const bool isDelete = action == QLatin1String("D");
        const QJsonObject cells =
            QJsonDocument::fromJson(r->text(row, isDelete ? 3 : 2)).object();
        Change c;
        c.op = isDelete ? Change::Op::Delete : Change::Op::Upsert;
        c.sourceVersion = lastLsn;
        c.observedAt = observed;
        c.record.values.resize(std::size_t(fields.size()));
        QStringList missing;
        for (int i = 0; i < fields.size(); ++i) {
            const auto it = cells.constFind(fields[i].name);
            if (it == cells.constEnd()) {
                missing.append(fields[i].name);
                continue;
            }
            const QJsonArray cell = it->toArray();
            if (cell.at(0).isNull())
                continue;
            const QByteArray text = cell.at(0).toString().toUtf8();
            c.record.values[std::size_t(i)] =
                pg::readText(text.constData(), int(text.size()), cell.at(1).toString().toUInt(), fields[i].type);
        }
        c.key.parts.resize(m_keyColumns.size());
        for (std::size_t k = 0; k < m_keyColumns.size(); ++k) {
            const int index = m_keyColumns[k];
            if (!cells.contains(fields[index].name))
                return makeError(ErrorCode::ConfigInvalid,
                                 QStringLiteral("a %1 of %2 at %3 does not carry the key column %4: give the table a "
                                                "primary key on (%5) or REPLICA IDENTITY FULL")
                                     .arg(isDelete ? QStringLiteral("delete") : QStringLiteral("change"), m_table.qualified(),
                                          lastLsn, fields[index].name, m_dataset.schema.key.join(QStringLiteral(", "))));
            c.key.parts[k] = c.record.values[std::size_t(index)];
        }
        if (isDelete) {
            // Only the key is known: the record holds it and nulls.
        } else {
            if (!missing.isEmpty())
                if (auto f = fillMissing(c, missing); !f.ok())
                    return f.error();
            if (m_softDeleteColumn >= 0 && isSoftDeleted(c.record.values[std::size_t(m_softDeleteColumn)]))
                c.op = Change::Op::Delete;
        }
        batch.changes.push_back(std::move(c));
    }
    // The limit counts every row the plugin produced (begin and commit rows too), and is checked
    // only at transaction ends: a result that reached it may have stopped early.
    Q_UNUSED(changeRows)
    batch.more = r->rows() >= maxChanges;
    batch.position = batch.more ? lastLsn : *upto;
    return batch;
}

// An update that left a large (TOASTed) value alone does not carry it: read the row's current
// values of those columns. The row may have changed again since; that later change follows in a
// later transaction and overwrites these values in order.
Result<void> PgLogicalCapture::fillMissing(Change &change, const QStringList &missing)
{
    QStringList quoted, where;
    PgParams params;
    for (const QString &m : missing)
        quoted.append(pgQuote(m));
    for (std::size_t k = 0; k < m_keyColumns.size(); ++k) {
        const Field &f = m_dataset.schema.fields[m_keyColumns[k]];
        where.append(pgQuote(f.name) + QStringLiteral(" = $%1::%2").arg(k + 1).arg(pg::sqlType(f.type)));
        params.add(pg::toText(change.key.parts[k]));
    }
    auto r = m_db.exec(QLatin1String("SELECT ") + quoted.join(QLatin1String(", ")) + QLatin1String(" FROM ")
                           + m_table.quoted() + QLatin1String(" WHERE ") + where.join(QLatin1String(" AND ")),
                       params);
    if (!r.ok())
        return r.error();
    if (r->rows() == 0)
        return {}; // deleted since: the delete follows
    for (int i = 0; i < missing.size(); ++i) {
        const int index = m_dataset.schema.indexOf(missing[i]);
        change.record.values[std::size_t(index)] = pg::read(*r, 0, i, m_dataset.schema.fields[index].type);
    }
    return {};
}

Result<void> PgLogicalCapture::confirm(const QString &lsn)
{
    if (lsn.isEmpty())
        return {};
    PgParams params;
    params.add(m_slot.toUtf8());
    params.add(lsn.toUtf8());
    // Never backwards: a confirmed position below the slot's own is refused by the server.
    auto r = m_db.exec(QStringLiteral("SELECT pg_replication_slot_advance($1, greatest($2::pg_lsn, confirmed_flush_lsn)) "
                                      "FROM pg_replication_slots WHERE slot_name = $1"),
                       params);
    if (!r.ok())
        return r.error();
    if (r->rows() == 0)
        return makeError(ErrorCode::SourceUnreadable,
                         QStringLiteral("replication slot %1 disappeared from %2").arg(m_slot, m_db.describe()));
    return {};
}

Result<QPair<QString, qint64>> PgLogicalCapture::slotState()
{
    PgParams params;
    params.add(m_slot.toUtf8());
    auto r = m_db.exec(QStringLiteral("SELECT confirmed_flush_lsn::text, pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint "
                                      "FROM pg_replication_slots WHERE slot_name = $1"),
                       params);
    if (!r.ok())
        return r.error();
    if (r->rows() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no replication slot %1").arg(m_slot));
    return qMakePair(r->string(0, 0), r->string(0, 1).toLongLong());
}

void PgLogicalCapture::interrupt()
{
    m_db.cancel();
}

void PgLogicalCapture::close()
{
    m_db.close();
}

} // namespace concord

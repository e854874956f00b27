#include "governance/lineage.h"

#include "policy/sealedpayload.h"
#include "policy/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cctype>

#include <limits>
#include <optional>
#include <set>

namespace concord {

namespace {

void appendEscaped(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\': out.append("\\\\", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\n': out.append("\\n", 2); break;
        default: out.append(c);
        }
    }
}

QByteArray escaped(const QString &text)
{
    QByteArray out;
    appendEscaped(out, text);
    return out;
}

bool isReverse(char op)
{
    return op == 'I' || op == 'U' || op == 'D';
}

QString opName(char op)
{
    switch (std::tolower(op)) {
    case 'i': return QStringLiteral("inserted");
    case 'u': return QStringLiteral("updated");
    case 'd': return QStringLiteral("deleted");
    default: return QStringLiteral("unchanged");
    }
}

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return makeError(ErrorCode::StateStoreError, QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

// One stored line, still escaped: both keys are compared in their escaped form.
struct Line
{
    char op = 0;
    QByteArray target;
    QByteArray source;   // the target key when the line left it empty
};

struct Match
{
    Line line;
    qint64 batchId = 0;
    qint64 runId = 0;
    QDateTime writtenAt;
};

enum class Side { Target, Source };

// The newest line of the pipeline's batches whose `side` key is `key` (escaped), among the lines
// of one direction (reverse: a two-way pipeline's writes to its source).
// Only batches with an id (a global, time-ordered sequence) between `after` and `before`: a record's
// origin was written before it, what was made from it after.
Result<std::optional<Match>> newestLine(QSqlDatabase &db, const QString &pipeline, Side side, const QByteArray &key,
                                        bool reverse, qint64 after, qint64 before)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, run_id, written_at, entries FROM lineage_batches WHERE pipeline = ? AND id > ? "
                             "AND id < ? ORDER BY id DESC"));
    q.addBindValue(pipeline);
    q.addBindValue(after);
    q.addBindValue(before);
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot read the lineage of pipeline '%1'").arg(pipeline));
    // The newest write that changed the record; a rewrite that left it as it was (a --full run)
    // only when nothing older is kept.
    std::optional<Match> unchanged;
    while (q.next()) {
        const QByteArray lines = qUncompress(q.value(3).toByteArray());
        if (!lines.contains(key))
            continue;
        std::optional<Line> found;
        qsizetype at = 0;
        while (at < lines.size()) {
            qsizetype end = lines.indexOf('\n', at);
            if (end < 0)
                end = lines.size();
            const qsizetype tab1 = lines.indexOf('\t', at);
            const qsizetype tab2 = tab1 < 0 ? -1 : lines.indexOf('\t', tab1 + 1);
            if (tab1 == at + 1 && tab2 > tab1 && tab2 < end) {
                Line l;
                l.op = lines.at(at);
                l.target = lines.mid(tab1 + 1, tab2 - tab1 - 1);
                l.source = tab2 + 1 == end ? l.target : lines.mid(tab2 + 1, end - tab2 - 1);
                // The batch's last line for the key, but a write that changed it over a later
                // unchanged rewrite of it in the same batch.
                if ((side == Side::Target ? l.target : l.source) == key && isReverse(l.op) == reverse
                    && (!found || l.op != char(LineageBatch::Op::Unchanged) || found->op == char(LineageBatch::Op::Unchanged)))
                    found = std::move(l);
            }
            at = end + 1;
        }
        if (!found)
            continue;
        Match m{*found, q.value(0).toLongLong(), q.value(1).toLongLong(),
                QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)};
        if (found->op != char(LineageBatch::Op::Unchanged))
            return std::optional<Match>(std::move(m));
        if (!unchanged)
            unchanged = std::move(m);
    }
    return unchanged;
}

QString unescaped(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\\' && i + 1 < text.size()) {
            const char n = text.at(++i);
            out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
        } else {
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

class Tracer
{
public:
    Tracer(const Workspace &ws, QSqlDatabase &db, int maxDepth) : m_ws(ws), m_db(db), m_maxDepth(maxDepth) { }

    // Upstream: the pipelines writing `dataset`, by the target key; downstream: those reading it,
    // by the source key. Each found write goes on from its other end.
    // `bound`: the batch of the hop that led here (upstream, origins are older; downstream, newer).
    Result<void> follow(Side side, const QString &dataset, const QByteArray &key, int depth, QList<LineageHop> &out,
                        std::optional<qint64> bound = std::nullopt)
    {
        const QString seen = QLatin1String(side == Side::Target ? "u|" : "d|") + dataset + QLatin1Char('|') + QString::fromUtf8(key);
        if (depth > m_maxDepth || !m_seen.insert(seen).second)
            return {};
        for (const PipelineDef &p : m_ws.pipelines) {
            // A two-way pipeline writes both ways: its source too, from the target's records.
            for (const bool reverse : {false, true}) {
                if (reverse && p.direction != QLatin1String("two-way"))
                    continue;
                const QString &written = reverse ? p.source : p.target;
                const QString &from = reverse ? p.target : p.source;
                if ((side == Side::Target ? written : from) != dataset)
                    continue;
                const bool up = side == Side::Target;
                const qint64 after = !up && bound ? *bound : 0;
                const qint64 before = up && bound ? *bound : std::numeric_limits<qint64>::max();
                const auto m = newestLine(m_db, p.name, side, key, reverse, after, before);
                if (!m.ok())
                    return m.error();
                if (!*m)
                    continue;
                auto hop = hopOf(p, **m, depth, from, written);
                if (!hop.ok())
                    return hop.error();
                out.append(*hop);
                if (auto r = follow(side, up ? from : written, up ? (*m)->line.source : (*m)->line.target, depth + 1, out,
                                    (*m)->batchId);
                    !r.ok())
                    return r;
            }
        }
        return {};
    }

private:
    Result<LineageHop> hopOf(const PipelineDef &p, const Match &m, int depth, const QString &from, const QString &written)
    {
        LineageHop h;
        h.pipeline = p.name;
        h.sourceDataset = from;
        h.targetDataset = written;
        h.sourceKey = unescaped(m.line.source);
        h.targetKey = unescaped(m.line.target);
        h.op = opName(m.line.op);
        h.runId = m.runId;
        h.writtenAt = m.writtenAt;
        h.depth = depth;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT mapping_version, actor, trace_id FROM runs WHERE id = ?"));
        q.addBindValue(m.runId);
        if (!q.exec())
            return sqlError(q, QStringLiteral("cannot read run %1").arg(m.runId));
        if (q.next()) {
            h.mappingVersion = q.value(0).toString();
            h.actor = q.value(1).toString();
            h.traceId = q.value(2).toString();
        }
        return h;
    }

    const Workspace &m_ws;
    QSqlDatabase &m_db;
    int m_maxDepth;
    std::set<QString> m_seen; // a cycle (two-way pairs, A -> B -> A) ends where it began
};

} // namespace

void LineageBatch::add(Op op, const QString &writtenKey, const QString &fromKey, Direction direction)
{
    m_lines.append(direction == Direction::Reverse && op != Op::Unchanged ? char(std::toupper(char(op))) : char(op));
    m_lines.append('\t');
    appendEscaped(m_lines, writtenKey);
    m_lines.append('\t');
    if (fromKey != writtenKey)
        appendEscaped(m_lines, fromKey);
    m_lines.append('\n');
    ++m_records;
}

void LineageBatch::append(const LineageBatch &other)
{
    m_lines.append(other.m_lines);
    m_records += other.m_records;
}

QByteArray LineageBatch::compressed() const
{
    return qCompress(m_lines, 1);
}

void LineageBatch::clear()
{
    m_lines.clear();
    m_records = 0;
}

Result<void> insertLineageBatch(QSqlDatabase &db, const QString &pipeline, qint64 runId, const LineageBatch &batch)
{
    if (batch.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO lineage_batches (pipeline, run_id, written_at, records, entries) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(pipeline);
    q.addBindValue(runId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(batch.records());
    q.addBindValue(batch.compressed());
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot store the batch's lineage"));
    return {};
}

Result<LineageReport> traceLineage(const Workspace &ws, QSqlDatabase &db, const LineageQuery &query)
{
    if (!ws.datasets.contains(query.dataset))
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("no dataset named '%1' (datasets: %2)")
                                                       .arg(query.dataset, ws.datasets.keys().join(QStringLiteral(", "))));
    LineageReport report;
    report.dataset = query.dataset;
    report.key = query.key;
    const QByteArray key = escaped(query.key);
    if (query.upstream) {
        Tracer t(ws, db, query.maxDepth);
        if (auto r = t.follow(Side::Target, query.dataset, key, 1, report.upstream); !r.ok())
            return r.error();
    }
    if (query.downstream) {
        Tracer t(ws, db, query.maxDepth);
        if (auto r = t.follow(Side::Source, query.dataset, key, 1, report.downstream); !r.ok())
            return r.error();
    }
    return report;
}

Result<qint64> pruneLineage(QSqlDatabase &db, const QDateTime &before)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM lineage_batches WHERE written_at < ?"));
    q.addBindValue(before.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return sqlError(q, QStringLiteral("cannot prune the lineage"));
    return qint64(q.numRowsAffected());
}

Result<QString> storedLineageKey(const Workspace &ws, const DatasetDef &dataset, const QString &typed)
{
    QString key = typed.trimmed();
    if (key.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(key.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isArray())
            key = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    PayloadCodec codec(dataset, {});
    if (!codec.keyIsSensitive() || key.startsWith(QLatin1String("k1:")))
        return key;
    const auto secret = cachedWorkspaceSecret(ws);
    if (!secret.ok())
        return secret.error();
    return PayloadCodec(dataset, *secret).storedKeyText(key);
}

} // namespace concord

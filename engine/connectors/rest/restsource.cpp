#include "connectors/rest/restsource.h"

#include "connectors/jsonrecord.h"
#include "core/texttemplate.h"
#include "governance/faults.h"
#include "log/log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>

namespace concord {

namespace {

constexpr int kMaxRewinds = 20;
constexpr int kMaxPages = 1000000;

QString snippet(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        s += QStringLiteral(" …");
    return s;
}

// "2024-05-20 10:00:00" in the timestamp's own offset (or as written, for a naive one).
QDateTime wallClock(const Timestamp &t)
{
    const qint64 ms = (t.usecsSinceEpochUtc / 1000) + (t.naive ? 0 : qint64(t.offsetMinutes) * 60000);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The wait a 429 or 503 asks for: Retry-After in seconds or as an HTTP date; 0 without one.
qint64 retryAfterMs(const HttpResponse &r)
{
    const QByteArray v = r.header("Retry-After").trimmed();
    if (v.isEmpty())
        return 0;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, secs) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    return at.isValid() ? std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)) : 0;
}

} // namespace

RestSource::RestSource(const SystemDef &system, const DatasetDef &dataset)
    : m_system(system),
      m_dataset(dataset),
      m_timeoutMs(int(system.options.value(QStringLiteral("timeout_ms"), 30000).toLongLong())),
      m_auth(m_system, m_client, m_timeoutMs)
{
    m_versionIndex = m_dataset.schema.version.isEmpty() ? -1 : m_dataset.schema.indexOf(m_dataset.schema.version);
}

RestSource::~RestSource() = default;

Result<void> RestSource::open(const QString &position)
{
    m_client.reset();
    m_interrupted.store(false);
    m_stats = SourceStats();
    m_startWatermark.clear();
    m_etag.clear();
    m_lastModified.clear();
    m_validatorsFor.clear();
    if (!position.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(position.toUtf8());
        if (!doc.isObject() || doc.object().contains(QStringLiteral("after")))
            return makeError(ErrorCode::ConfigInvalid,
                             QStringLiteral("the checkpoint of %1 was not written by a REST source; run once with --full")
                                 .arg(m_dataset.id));
        const QJsonObject o = doc.object();
        m_startWatermark = o.value(QStringLiteral("watermark")).toString();
        m_etag = o.value(QStringLiteral("etag")).toString();
        m_lastModified = o.value(QStringLiteral("last_modified")).toString();
        m_validatorsFor = o.value(QStringLiteral("validators_for")).toString();
    }
    m_startPosition = position;
    m_maxVersion = Value();
    m_maxVersionText.clear();
    if (m_versionIndex >= 0 && !m_startWatermark.isEmpty()) {
        auto v = Value::fromString(m_startWatermark).convertTo(m_dataset.schema.fields[m_versionIndex].type);
        if (v.ok())
            m_startVersion = *v;
        else
            m_startVersion = Value();
    } else {
        m_startVersion = Value();
    }
    m_newEtag.clear();
    m_newLastModified.clear();
    m_offset = 0;
    m_page = m_dataset.query.firstPage;
    m_cursor.clear();
    m_pagesRead = 0;
    m_rewinds = 0;
    m_exhausted = false;
    m_finished = false;
    m_seen.clear();
    m_buffer.clear();
    return {};
}

Result<QString> RestSource::placeholder(const QString &name, const QString &filter, bool json) const
{
    QString v;
    const RestQuery &q = m_dataset.query;
    if (name == QLatin1String("LAST_SYNC_TIME")) {
        const QString raw = m_startWatermark.isEmpty() ? q.initial : m_startWatermark;
        v = raw;
        if (!filter.isEmpty()) {
            bool isNumber = false;
            const double number = raw.toDouble(&isNumber);
            std::optional<Timestamp> t;
            if (isNumber)
                t = Timestamp::fromMSecsSinceEpoch(qint64(number > 1e11 ? number : number * 1000));
            else
                t = Timestamp::parse(raw);
            if (!t)
                return makeError(ErrorCode::ConfigInvalid,
                                 QStringLiteral("%1: the watermark '%2' is not a time, so {{LAST_SYNC_TIME|%3}} cannot "
                                                "be written")
                                     .arg(m_dataset.id, raw, filter));
            const QDateTime wall = wallClock(*t);
            if (filter == QLatin1String("datetime"))
                v = wall.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            else if (filter == QLatin1String("date"))
                v = wall.toString(QStringLiteral("yyyy-MM-dd"));
            else if (filter == QLatin1String("iso"))
                v = isNumber ? wall.toString(Qt::ISODateWithMs) : QString::fromLatin1(t->toUtf8()).replace(QLatin1Char(' '), QLatin1Char('T'));
            else if (filter == QLatin1String("epoch"))
                v = QString::number(t->usecsSinceEpochUtc / 1000000);
            else if (filter == QLatin1String("epoch_ms"))
                v = QString::number(t->usecsSinceEpochUtc / 1000);
        }
    } else if (name == QLatin1String("FILTER")) {
        const auto f = renderTemplate(q.filter, [this](const TemplatePlaceholder &p) {
            return placeholder(p.name, p.filter, false);
        });
        if (!f.ok())
            return f.error();
        v = *f;
    } else if (name == QLatin1String("OFFSET")) {
        v = QString::number(m_offset);
    } else if (name == QLatin1String("LIMIT")) {
        v = QString::number(q.limit);
    } else if (name == QLatin1String("PAGE")) {
        v = QString::number(m_page);
    } else if (name == QLatin1String("CURSOR")) {
        v = m_cursor;
    } else {
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("unknown placeholder {{%1}}").arg(name));
    }
    return json ? jsonStringEscape(v) : v;
}

Result<HttpRequest> RestSource::buildRequest(bool firstPage)
{
    const RestQuery &q = m_dataset.query;
    HttpRequest req;
    req.method = q.method.toLatin1();
    QString url = m_dataset.endpoint;
    if (!url.startsWith(QLatin1String("http://")) && !url.startsWith(QLatin1String("https://"))) {
        QString base = m_system.options.value(QStringLiteral("url")).toString();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url = base + QLatin1Char('/') + (url.startsWith(QLatin1Char('/')) ? url.mid(1) : url);
    }
    req.url = QUrl(url);
    if (!req.url.isValid())
        return makeError(ErrorCode::ConfigInvalid, QStringLiteral("%1: '%2' is not a valid URL").arg(m_dataset.id, url));
    if (!q.params.isEmpty()) {
        QUrlQuery query(req.url);
        for (const auto &p : q.params) {
            const auto v = renderTemplate(p.second, [this](const TemplatePlaceholder &t) {
                return placeholder(t.name, t.filter, false);
            });
            if (!v.ok())
                return v.error();
            query.addQueryItem(p.first, *v);
        }
        req.url.setQuery(query);
    }
    if (!q.body.isEmpty()) {
        const auto body = renderTemplate(q.body, [this](const TemplatePlaceholder &t) {
            return placeholder(t.name, t.filter, true);
        });
        if (!body.ok())
            return body.error();
        req.body = body->toUtf8();
        req.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    }
    req.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    for (const auto &h : std::as_const(m_system.headers))
        req.headers.append({h.first.toLatin1(), h.second.toUtf8()});
    // Conditional request: the validators the first page had the last time it was asked for
    // with the same watermark.
    if (firstPage && m_validatorsFor == m_startWatermark) {
        if (!m_etag.isEmpty())
            req.headers.append({QByteArrayLiteral("If-None-Match"), m_etag.toLatin1()});
        if (!m_lastModified.isEmpty())
            req.headers.append({QByteArrayLiteral("If-Modified-Since"), m_lastModified.toLatin1()});
    }
    return req;
}

bool RestSource::sleepFor(qint64 ms)
{
    std::unique_lock<std::mutex> lock(m_sleepMutex);
    return !m_sleepWake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_interrupted.load(); });
}

Result<HttpResponse> RestSource::sendWithRetries(HttpRequest request)
{
    const int maxAttempts = std::max(1, m_retry.maxAttempts);
    const QString where = request.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    int failures = 0;
    bool renewed = false;
    while (true) {
        if (m_interrupted.load())
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        HttpRequest req = request;
        if (auto r = m_auth.apply(req); !r.ok())
            return r.error();
        ++m_stats.requests;
        auto reply = m_client.send(req, m_timeoutMs);
        qint64 wait = 0;
        Error failure;
        if (!reply.ok()) {
            if (reply.error().code == ErrorCode::Cancelled)
                return reply.error();
            failure = reply.error();
        } else {
            const int status = reply->status;
            if ((status >= 200 && status < 300) || status == 304)
                return reply;
            if (status == 401 && !renewed && m_auth.invalidate()) {
                renewed = true; // the token expired early: fetch another once
                continue;
            }
            if (classifyHttp(status) == FaultKind::Permanent) {
                const QString code = status == 401 || status == 403 ? ErrorCode::ConfigInvalid : ErrorCode::SourceUnreadable;
                return makeError(code, QStringLiteral("%1 answered %2%3: %4")
                                           .arg(where)
                                           .arg(status)
                                           .arg(status == 401 || status == 403 ? QStringLiteral(" (check auth: of system '%1')")
                                                                                     .arg(m_system.name)
                                                                               : QString(),
                                                snippet(reply->body)));
            }
            if (status == 429)
                ++m_stats.rateLimited;
            wait = retryAfterMs(*reply);
            failure = makeError(errorCodeForHttp(status),
                                QStringLiteral("%1 answered %2: %3").arg(where).arg(status).arg(snippet(reply->body)));
        }
        if (++failures >= maxAttempts) {
            failure.message = QStringLiteral("%1 (after %2 attempts)").arg(failure.message).arg(failures);
            return failure;
        }
        ++m_stats.retried;
        const qint64 delay = std::min<qint64>(retryDelayMs(m_retry, failures - 1, QRandomGenerator::global()->generateDouble(), wait),
                                              std::max<qint64>(m_retry.maxMs, wait));
        log::warning(lcSync(), QStringLiteral("%1: %2; trying again in %3 ms").arg(m_dataset.id, failure.message).arg(delay),
                     log::Fields{{}, failure.code});
        if (!sleepFor(delay))
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
}

Result<void> RestSource::fetchPage()
{
    const RestQuery &q = m_dataset.query;
    if (m_pagesRead >= kMaxPages)
        return makeError(ErrorCode::SourceUnreadable, QStringLiteral("%1: more than %2 pages; is the API paging at all?")
                                                          .arg(m_dataset.id)
                                                          .arg(kMaxPages));
    const bool first = m_pagesRead == 0;
    auto request = buildRequest(first);
    if (!request.ok())
        return request.error();
    const QString where = request->url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    auto reply = sendWithRetries(*request);
    if (!reply.ok()) {
        Error e = reply.error();
        if (e.code != ErrorCode::Cancelled)
            e.message = QStringLiteral("reading %1: %2").arg(m_dataset.id, e.message);
        return e;
    }
    ++m_pagesRead;
    if (reply->status == 304) {
        if (first)
            ++m_stats.notModified;
        m_exhausted = true;
        return {};
    }
    if (first) {
        m_newEtag = QString::fromLatin1(reply->header("ETag"));
        m_newLastModified = QString::fromLatin1(reply->header("Last-Modified"));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::SourceUnreadable, QStringLiteral("reading %1: the answer of %2 is not JSON (%3 at byte "
                                                                     "%4): %5")
                                                          .arg(m_dataset.id, where, parseError.errorString())
                                                          .arg(parseError.offset)
                                                          .arg(snippet(reply->body)));
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QJsonValue records = jsonAt(root, q.recordsPath);
    if (!records.isArray())
        return makeError(ErrorCode::SourceUnreadable,
                         QStringLiteral("reading %1: the answer of %2 has no list of records at '%3': %4")
                             .arg(m_dataset.id, where, q.recordsPath.isEmpty() ? QStringLiteral("(the whole answer)") : q.recordsPath,
                                  snippet(reply->body)));
    const QJsonArray items = records.toArray();
    const int n = int(items.size());
    // A page after the first must hold a row seen before with the same version, or rows moved
    // between pages by more than the overlap.
    bool anchored = first || q.paging != QLatin1String("offset") || q.overlap == 0 || m_offset == 0;
    qint64 malformed = 0;
    for (const QJsonValue &item : items) {
        Change c;
        if (!changeFromJson(m_dataset, item, c)) {
            ++malformed;
            continue;
        }
        const QString keyText = c.key.toString();
        const auto seen = m_seen.constFind(keyText);
        if (seen != m_seen.constEnd() && *seen == c.sourceVersion) {
            anchored = true;
            continue;
        }
        m_seen.insert(keyText, c.sourceVersion);
        if (m_versionIndex >= 0) {
            const Value &v = c.record.values[std::size_t(m_versionIndex)];
            // Older than the watermark: written by an earlier run (the API's filter is coarser).
            if (!m_startVersion.isNull() && !v.isNull() && v.compare(m_startVersion) < 0)
                continue;
            if (!v.isNull() && (m_maxVersion.isNull() || v.compare(m_maxVersion) > 0)) {
                m_maxVersion = v;
                m_maxVersionText = v.toString();
            }
        }
        m_buffer.push_back(std::move(c));
    }
    if (malformed > 0)
        log::warning(lcSync(), QStringLiteral("%1: %2 of %3 records in a page of %4 have no key or are not objects; "
                                              "they were left out")
                                   .arg(m_dataset.id)
                                   .arg(malformed)
                                   .arg(n)
                                   .arg(where),
                     log::Fields{{}, ErrorCode::SourceUnreadable});
    if (q.paging == QLatin1String("offset")) {
        if (!anchored) {
            if (++m_rewinds > kMaxRewinds)
                return makeError(ErrorCode::SourceUnreadable,
                                 QStringLiteral("reading %1: the records moved by more than %2 rows between pages %3 "
                                                "times; raise paging.overlap")
                                     .arg(m_dataset.id)
                                     .arg(q.overlap)
                                     .arg(kMaxRewinds));
            ++m_stats.rewinds;
            m_offset = std::max<qint64>(0, m_offset - (q.limit - q.overlap));
        } else if (n < q.limit) {
            m_exhausted = true;
        } else {
            m_offset += n - q.overlap;
        }
    } else if (q.paging == QLatin1String("page")) {
        if (n < q.limit)
            m_exhausted = true;
        else
            ++m_page;
    } else if (q.paging == QLatin1String("cursor")) {
        const QJsonValue next = jsonAt(root, q.cursorPath);
        const QString cursor = next.isDouble() ? QString::number(next.toDouble(), 'g', 17) : next.toString();
        if (cursor.isEmpty() || n == 0)
            m_exhausted = true;
        else if (cursor == m_cursor)
            return makeError(ErrorCode::SourceUnreadable,
                             QStringLiteral("reading %1: %2 gave the same next cursor twice").arg(m_dataset.id, where));
        m_cursor = cursor;
    } else {
        m_exhausted = true;
    }
    return {};
}

Result<int> RestSource::next(std::vector<Change> &out, int max)
{
    if (m_finished || max <= 0)
        return 0;
    // One page ahead: the batch that empties the buffer knows it is the last.
    while (!m_exhausted && int(m_buffer.size()) <= max)
        if (auto r = fetchPage(); !r.ok())
            return r.error();
    if (out.size() < std::size_t(max))
        out.resize(std::size_t(max));
    const int n = std::min<int>(max, int(m_buffer.size()));
    for (int i = 0; i < n; ++i) {
        out[std::size_t(i)] = std::move(m_buffer.front());
        m_buffer.pop_front();
    }
    if (m_exhausted && m_buffer.empty())
        m_finished = true;
    return n;
}

QString RestSource::position() const
{
    if (!m_finished)
        return m_startPosition;
    QJsonObject o;
    QString watermark = m_startWatermark;
    if (!m_maxVersion.isNull() && (m_startVersion.isNull() || m_maxVersion.compare(m_startVersion) > 0))
        watermark = m_maxVersionText;
    if (!watermark.isEmpty())
        o.insert(QStringLiteral("watermark"), watermark);
    // Validators hold for the request the next run sends only if the watermark stayed.
    if (watermark == m_startWatermark) {
        const bool fresh = !m_newEtag.isEmpty() || !m_newLastModified.isEmpty();
        const QString etag = fresh ? m_newEtag : m_etag;
        const QString lastModified = fresh ? m_newLastModified : m_lastModified;
        if (!etag.isEmpty())
            o.insert(QStringLiteral("etag"), etag);
        if (!lastModified.isEmpty())
            o.insert(QStringLiteral("last_modified"), lastModified);
        if (!etag.isEmpty() || !lastModified.isEmpty())
            o.insert(QStringLiteral("validators_for"), watermark);
    }
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<QString> RestSource::positionAt(const QDateTime &time)
{
    if (m_versionIndex < 0)
        return noPointInTime(m_dataset);
    const FieldType &type = m_dataset.schema.fields[m_versionIndex].type;
    const QString watermark = type.kind == FieldType::Int ? QString::number(time.toSecsSinceEpoch())
                                                          : time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("watermark"), watermark}}).toJson(QJsonDocument::Compact));
}

void RestSource::interrupt()
{
    m_interrupted.store(true);
    m_client.interrupt();
    std::lock_guard<std::mutex> lock(m_sleepMutex);
    m_sleepWake.notify_all();
}

void RestSource::close()
{
    m_buffer.clear();
    m_seen.clear();
}

} // namespace concord

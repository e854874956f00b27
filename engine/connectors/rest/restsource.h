#pragma once
// A dataset read from an HTTP API (kind: rest; docs/connectors-rest.md): the Kingdee
// executeBillQuery case and its kind. Each run asks for the records changed since the last one
// (the checkpoint's watermark fills {{LAST_SYNC_TIME}}), page by page (offset, page number or
// cursor), with the system's authentication, conditional requests (ETag / Last-Modified), 429
// and Retry-After honoured and 5xx retried per the pipeline's retry policy.
//
// Pages may change while they are read. Offset paging re-reads `overlap` rows of the previous
// page and checks that the new page holds a row already seen with the same version; when it
// does not, rows moved by more than the overlap and the reader steps back. Rows seen twice are
// passed on once (same key and version). The watermark moves only when the last page has been
// read, so a run that stops half-way is read again from where it started.

#include "connectors/connector.h"
#include "connectors/rest/httpclient.h"
#include "connectors/rest/restauth.h"

#include <QHash>
#include <QJsonValue>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace concord {

class RestSource final : public Source
{
public:
    RestSource(const SystemDef &system, const DatasetDef &dataset);
    ~RestSource() override;

    void setRetryPolicy(const RetrySettings &retry) override { m_retry = retry; }
    SourceStats stats() const override { return m_stats; }
    Result<void> open(const QString &position) override;
    Result<qint64> countRemaining() override { return qint64(-1); }
    Result<int> next(std::vector<Change> &out, int max) override;
    QString position() const override;
    Result<QString> positionAt(const QDateTime &time) override;
    // Without a version column every run reads the whole set, but the position still keeps the
    // ETag, so an unchanged set costs one 304.
    bool snapshotOnly() const override { return false; }
    void interrupt() override;
    void close() override;

private:
    Result<void> fetchPage();
    Result<HttpRequest> buildRequest(bool firstPage);
    Result<QString> placeholder(const QString &name, const QString &filter, bool json) const;
    // Sends with authentication and the retry rules; a 304 comes back as a response.
    Result<HttpResponse> sendWithRetries(HttpRequest request);
    bool sleepFor(qint64 ms);

    SystemDef m_system;
    DatasetDef m_dataset;
    RetrySettings m_retry;
    int m_timeoutMs = 30000;
    HttpClient m_client;
    RestAuth m_auth;
    SourceStats m_stats;

    // Where the run started, and what it has learnt.
    QString m_startPosition;      // as open() was given it
    QString m_startWatermark;     // the version text LAST_SYNC_TIME comes from ("": the query's initial)
    Value m_startVersion;         // the same, typed
    QString m_etag, m_lastModified, m_validatorsFor; // validators of the first page, for m_validatorsFor
    Value m_maxVersion;           // typed
    QString m_maxVersionText;
    QString m_newEtag, m_newLastModified;
    int m_versionIndex = -1;

    // Paging.
    qint64 m_offset = 0;
    int m_page = 0;
    QString m_cursor;
    int m_pagesRead = 0;
    int m_rewinds = 0;
    bool m_exhausted = false;
    bool m_finished = false;      // every page read and passed on: position() is the new watermark
    QHash<QString, QString> m_seen; // key text -> version text, this run
    std::deque<Change> m_buffer;

    std::mutex m_sleepMutex;
    std::condition_variable m_sleepWake;
    std::atomic<bool> m_interrupted{false};
};

} // namespace concord

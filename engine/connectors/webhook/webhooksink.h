#pragma once
// Pushing changes to a subscriber (a webhook system as a pipeline's target; docs/webhooks.md §6):
// each batch is one signed POST of a JSON list of events, the dataset's `event:` type on each,
// with an id that stays the same when the same change is sent again, so the subscriber can
// ignore repeats. A 2xx takes the whole batch; a 4xx is the subscriber refusing — the events are
// then sent one at a time and those refused become dead letters; a 408, 429, 5xx, timeout or
// refused connection fails the batch as transient, to be retried.

#include "connectors/connector.h"
#include "connectors/rest/httpclient.h"

namespace concord {

class WebhookSink final : public Sink
{
public:
    WebhookSink(const SystemDef &system, const DatasetDef &dataset);

    Result<void> open(const QStringList &columns, const std::vector<int> &keyIndexes) override;
    Result<void> begin() override { return {}; }
    Result<WriteOutcome> upsert(const Record &row) override;
    Result<WriteOutcome> remove(const Record &keyRow) override;
    Result<void> write(const std::vector<WriteItem> &items, std::vector<WriteOutcome> &outcomes) override;
    // An HTTP POST cannot be taken back: what was sent stays sent (the ids make repeats harmless).
    Result<void> commit() override { return {}; }
    void rollback() override { }
    Result<WriteOutcome::Kind> previewUpsert(const Record &) override { return WriteOutcome::Kind::Inserted; }
    void close() override { }

private:
    QJsonObject eventOf(const WriteItem &item) const;
    // Sends `events`; an empty optional for a 2xx, the refusal (4xx) otherwise; an error when the
    // subscriber could not take it (transient).
    Result<std::optional<Error>> post(const QJsonArray &events);

    SystemDef m_system;
    DatasetDef m_dataset;
    QStringList m_columns;
    std::vector<int> m_keyIndexes;
    QByteArray m_secret;
    int m_timeoutMs = 30000;
    HttpClient m_client;
};

} // namespace concord

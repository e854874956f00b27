#pragma once
// The dashboard's charts (UX.md: pipelines dashboard): rows written and failed records per
// interval, capture-to-write latency p50/p95/p99 and the backlog, for the selected pipeline or
// all pipelines together, over the last hour, day or week. Metrics are read in ControlHost's
// thread (ConsoleSession::requestMetrics); an answer to an older request is dropped. While a run
// is in progress the charts follow it, re-reading at most once a second.

#include "dashboard/metricseries.h"
#include "governance/metrics.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace concord {

class ReloadThrottle;

class ConsoleSession;
class TimeChart;

class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Chart { WrittenChart, FailedChart, LatencyChart, BacklogChart, ChartCount };

    explicit ChartsPanel(ConsoleSession *session, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    // The pipelines offered besides "All pipelines"; keeps the choice if it is still there.
    void setPipelines(const QStringList &pipelines);
    // "" = all pipelines.
    void setPipeline(const QString &pipeline);
    QString pipeline() const;
    void setRange(MetricRange range);
    MetricRange range() const { return m_range; }

    // What is on show (tests, the benchmark).
    const MetricSeries &series() const { return m_series; }
    TimeChart *chart(Chart which) const { return m_charts[which]; }
    bool isShowingEmptyState() const;
    int answersShown() const { return m_answers; }

public Q_SLOTS:
    // Reads again now (a new request; an answer to an older one is dropped).
    void reload();

Q_SIGNALS:
    void chartsUpdated();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateStatusTexts();
    void markStale();
    void sendRequest();
    void onMetrics(quint64 requestId, const QString &pipeline, const QList<MetricBucket> &buckets);
    void showSeries();
    QString rangeText() const;

    ConsoleSession *m_session;
    QComboBox *m_pipelineCombo;
    QToolButton *m_rangeButtons[3] = {};
    QButtonGroup *m_rangeGroup;
    QLabel *m_pipelineLabel;
    QLabel *m_updated;
    QStackedWidget *m_stack;
    QWidget *m_chartsBox;
    QLabel *m_empty;
    TimeChart *m_charts[ChartCount] = {};
    MetricRange m_range = MetricRange::Hour;
    MetricSeries m_series;
    QDateTime m_requestedAt;
    QDateTime m_shownAt;
    ReloadThrottle *m_reload = nullptr;
    QTimer m_clock;
    quint64 m_request = 0;
    int m_answers = 0;
};

} // namespace concord

#include "dashboard/chartspanel.h"

#include "consolesession.h"
#include "reloadthrottle.h"
#include "dashboard/timechart.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace concord {

namespace {

// While a run commits batches, one read a second is live enough and cheap for the store.
// An idle range still slides: the newest minute becomes the last point.
constexpr int ClockMs = 30 * 1000;

const QColor Blue(0x2f, 0x74, 0xc0);
const QColor Red(0xd8, 0x4a, 0x3c);
const QColor Green(0x2e, 0x9d, 0x4f);
const QColor Amber(0xf0, 0xa0, 0x20);
const QColor Purple(0x7a, 0x5c, 0xb8);

const QString AllPipelines = QStringLiteral("@all");

} // namespace

ChartsPanel::ChartsPanel(ConsoleSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_pipelineCombo(new QComboBox), m_rangeGroup(new QButtonGroup(this)),
      m_pipelineLabel(new QLabel), m_updated(new QLabel), m_stack(new QStackedWidget), m_chartsBox(new QWidget), m_empty(new QLabel)
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_pipelineCombo->setObjectName(QStringLiteral("chartsPipeline"));
    m_pipelineCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelineCombo->addItem(QString(), AllPipelines);
    m_pipelineLabel->setBuddy(m_pipelineCombo);
    connect(m_pipelineCombo, &QComboBox::currentIndexChanged, this, [this] {
        reload();
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_pipelineLabel);
    top->addWidget(m_pipelineCombo);
    top->addSpacing(12);
    const char *names[] = {"range1h", "range24h", "range7d"};
    for (int i = 0; i < 3; ++i) {
        auto *b = new QToolButton;
        b->setObjectName(QLatin1String(names[i]));
        b->setCheckable(true);
        b->setAutoRaise(false);
        m_rangeGroup->addButton(b, i);
        m_rangeButtons[i] = b;
        top->addWidget(b);
    }
    m_rangeButtons[0]->setChecked(true);
    m_rangeGroup->setExclusive(true);
    connect(m_rangeGroup, &QButtonGroup::idClicked, this, [this](int id) { setRange(MetricRange(id)); });
    top->addStretch(1);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_updated);

    auto *row = new QHBoxLayout(m_chartsBox);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    for (int i = 0; i < ChartCount; ++i) {
        m_charts[i] = new TimeChart;
        m_charts[i]->setObjectName(QStringLiteral("chart%1").arg(i));
        row->addWidget(m_charts[i], 1);
    }
    m_empty->setObjectName(QStringLiteral("chartsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_chartsBox);
    m_stack->addWidget(m_empty);
    m_stack->setCurrentWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    // Hidden charts wait: showEvent asks again.
    m_reload = new ReloadThrottle([this] { return isVisible() && m_session->workspace() != nullptr; },
                                  [this] { sendRequest(); }, this);
    m_clock.setInterval(ClockMs);
    connect(&m_clock, &QTimer::timeout, this, &ChartsPanel::markStale);
    m_clock.start();
    // Every refresh of the session (at most one a second, after batches commit) may add a bucket.
    connect(session, &ConsoleSession::refreshed, this, &ChartsPanel::markStale);
    connect(session, &ConsoleSession::metricsReady, this, &ChartsPanel::onMetrics);
    retranslate();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::setPipelines(const QStringList &pipelines)
{
    const QString keep = pipeline();
    {
        const QSignalBlocker block(m_pipelineCombo);
        while (m_pipelineCombo->count() > 1)
            m_pipelineCombo->removeItem(1);
        for (const QString &p : pipelines)
            m_pipelineCombo->addItem(p, p);
        const int i = m_pipelineCombo->findData(keep);
        m_pipelineCombo->setCurrentIndex(i > 0 ? i : 0);
    }
    m_series = MetricSeries();
    m_answers = 0;
    m_stack->setCurrentWidget(m_empty);
    m_empty->setText(QString());
    m_updated->clear();
    reload();
}

void ChartsPanel::setPipeline(const QString &pipeline)
{
    const int i = pipeline.isEmpty() ? 0 : m_pipelineCombo->findData(pipeline);
    if (i >= 0 && i != m_pipelineCombo->currentIndex())
        m_pipelineCombo->setCurrentIndex(i); // reloads
}

QString ChartsPanel::pipeline() const
{
    const QString data = m_pipelineCombo->currentData().toString();
    return data == AllPipelines ? QString() : data;
}

void ChartsPanel::setRange(MetricRange range)
{
    m_rangeButtons[int(range)]->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    retranslate();
    reload();
}

bool ChartsPanel::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ChartsPanel::markStale()
{
    m_reload->markStale();
}

void ChartsPanel::reload()
{
    m_reload->now();
}

void ChartsPanel::sendRequest()
{
    m_requestedAt = QDateTime::currentDateTimeUtc();
    QDateTime from;
    QDateTime to;
    rangeWindow(m_range, m_requestedAt, &from, &to);
    m_request = m_session->requestMetrics(pipeline(), from, to);
    if (isShowingEmptyState() && m_answers == 0)
        m_empty->setText(tr("Reading metrics…"));
}

void ChartsPanel::onMetrics(quint64 requestId, const QString &pipeline, const QList<MetricBucket> &buckets)
{
    Q_UNUSED(pipeline);
    if (requestId != m_request)
        return; // an older question: its answer is out of date
    m_series = combineBuckets(buckets, m_range, m_requestedAt);
    m_shownAt = m_requestedAt;
    ++m_answers;
    showSeries();
    Q_EMIT chartsUpdated();
    m_reload->answered();
}

void ChartsPanel::showSeries()
{
    const QString timeFormat = m_range == MetricRange::Week ? QStringLiteral("MM-dd") : QStringLiteral("HH:mm");
    QList<QPointF> written;
    QList<QPointF> failed;
    QList<QPointF> p50;
    QList<QPointF> p95;
    QList<QPointF> p99;
    QList<QPointF> backlog;
    for (const MetricPoint &p : std::as_const(m_series.points)) {
        const double x = double(p.start.toMSecsSinceEpoch());
        written.append(QPointF(x, double(p.written)));
        failed.append(QPointF(x, double(p.failed)));
        if (p.p50 >= 0) {
            p50.append(QPointF(x, double(p.p50)));
            p95.append(QPointF(x, double(p.p95)));
            p99.append(QPointF(x, double(p.p99)));
        }
        if (p.backlog >= 0)
            backlog.append(QPointF(x, double(p.backlog)));
    }
    const QDateTime &from = m_series.from;
    const QDateTime &to = m_series.to;
    m_charts[WrittenChart]->setLines({{tr("Written"), Blue, written}}, from, to, timeFormat);
    m_charts[FailedChart]->setLines({{tr("Failed"), Red, failed}}, from, to, timeFormat);
    m_charts[LatencyChart]->setLines({{tr("p50"), Green, p50}, {tr("p95"), Amber, p95}, {tr("p99"), Red, p99}}, from, to,
                                     timeFormat);
    m_charts[BacklogChart]->setLines({{tr("Backlog"), Purple, backlog}}, from, to, timeFormat);
    updateStatusTexts();
    m_stack->setCurrentWidget(m_series.hasData ? m_chartsBox : m_empty);
}

QString ChartsPanel::rangeText() const
{
    switch (m_range) {
    case MetricRange::Hour: return tr("the last hour");
    case MetricRange::Day: return tr("the last 24 hours");
    case MetricRange::Week: return tr("the last 7 days");
    }
    return {};
}

void ChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    markStale();
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChartsPanel::retranslate()
{
    m_pipelineLabel->setText(tr("&Charts for:"));
    m_pipelineCombo->setItemText(0, tr("All pipelines"));
    m_rangeButtons[0]->setText(tr("1 h"));
    m_rangeButtons[1]->setText(tr("24 h"));
    m_rangeButtons[2]->setText(tr("7 d"));
    m_rangeButtons[0]->setToolTip(tr("The last hour, minute by minute"));
    m_rangeButtons[1]->setToolTip(tr("The last 24 hours in 15-minute steps"));
    m_rangeButtons[2]->setToolTip(tr("The last 7 days, hour by hour"));
    switch (m_range) {
    case MetricRange::Hour:
        m_charts[WrittenChart]->setTitle(tr("Rows written per minute"));
        m_charts[FailedChart]->setTitle(tr("Failed records per minute"));
        break;
    case MetricRange::Day:
        m_charts[WrittenChart]->setTitle(tr("Rows written per 15 minutes"));
        m_charts[FailedChart]->setTitle(tr("Failed records per 15 minutes"));
        break;
    case MetricRange::Week:
        m_charts[WrittenChart]->setTitle(tr("Rows written per hour"));
        m_charts[FailedChart]->setTitle(tr("Failed records per hour"));
        break;
    }
    m_charts[LatencyChart]->setTitle(tr("Latency, capture to write (ms)"));
    m_charts[BacklogChart]->setTitle(tr("Backlog (changes waiting)"));
    updateStatusTexts();
}

void ChartsPanel::updateStatusTexts()
{
    if (m_answers > 0) {
        m_updated->setText(tr("Updated %1").arg(m_shownAt.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))));
        const QString who = pipeline().isEmpty() ? tr("any pipeline") : pipeline();
        m_empty->setText(tr("No metrics for %1 in %2.\nMetrics are recorded minute by minute as pipelines run: run one, "
                            "or choose a longer range.")
                             .arg(who, rangeText()));
    }
}

} // namespace concord

#include "dashboard/timechart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

TimeChart::TimeChart(QWidget *parent)
    : QWidget(parent), m_chart(new QChart), m_x(new QDateTimeAxis), m_y(new QValueAxis)
{
    // Given the chart at construction: a QChartView made without one creates its own, and
    // setChart() would only release that one, not delete it.
    m_view = new QChartView(m_chart);
    // Redrawn every second during a run: no animation, and a plain look that suits a dense console.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_chart->legend()->setFont(small);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsFont(small);
        axis->setGridLineColor(QColor(0xe4, 0xe7, 0xeb));
        axis->setLinePenColor(QColor(0xb0, 0xb6, 0xbd));
    }
    m_x->setTickCount(5);
    m_y->setTickCount(5);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_y->setMin(0);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    m_view->setRenderHint(QPainter::Antialiasing);
    // Small charts: repainting all of one is cheap, and partial updates left stale point markers
    // behind when the value axis rescaled.
    m_view->setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(220, 170);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

TimeChart::~TimeChart() = default;

void TimeChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString TimeChart::title() const
{
    return m_chart->title();
}

void TimeChart::setLines(const QList<Line> &lines, const QDateTime &from, const QDateTime &to, const QString &timeFormat)
{
    while (m_series.size() > lines.size()) {
        QLineSeries *s = m_series.takeLast();
        m_chart->removeSeries(s);
        delete s;
    }
    while (m_series.size() < lines.size()) {
        auto *s = new QLineSeries;
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        m_series.append(s);
    }
    double top = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QLineSeries *s = m_series[i];
        const Line &line = lines[i];
        s->setName(line.name);
        QPen pen(line.color);
        pen.setWidthF(1.8);
        s->setPen(pen);
        // A line needs two points: a lone measurement (one minute of latency) shows as a dot.
        s->setPointsVisible(line.points.size() <= 3);
        s->setMarkerSize(5);
        // replace() swaps the points in one go: one repaint instead of one per point.
        s->replace(line.points);
        for (const QPointF &p : line.points)
            top = std::max(top, p.y());
    }
    m_chart->legend()->setVisible(lines.size() > 1);
    m_x->setFormat(timeFormat);
    m_x->setRange(from.toLocalTime(), to.toLocalTime());
    // Counts are whole numbers: at least 0…4, so five ticks never repeat a rounded label; above
    // that, headroom over the peak and round tick values.
    m_y->setRange(0, std::max(4.0, top * 1.1));
    m_y->applyNiceNumbers();
}

QList<QPointF> TimeChart::points(int line) const
{
    return line >= 0 && line < m_series.size() ? m_series[line]->points() : QList<QPointF>();
}

double TimeChart::valueAxisMax() const
{
    return m_y->max();
}

} // namespace concord

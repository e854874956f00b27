#pragma once
// A small time-series chart: a few named lines over a time range, a value axis from zero. The
// only place that touches Qt Charts (PLATFORM.md: Qt Charts is deprecated from Qt 6.10; keep it
// behind this adapter so a move to Qt Graphs changes one file).

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace concord {

class TimeChart : public QWidget
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QColor color;
        QList<QPointF> points; // x: ms since the epoch (UTC), y: the value
    };

    explicit TimeChart(QWidget *parent = nullptr);
    ~TimeChart() override;

    void setTitle(const QString &title);
    QString title() const;
    // Replaces the lines; the x axis spans [from, to) labelled with `timeFormat` (QDateTime format).
    void setLines(const QList<Line> &lines, const QDateTime &from, const QDateTime &to, const QString &timeFormat);

    int lineCount() const { return int(m_series.size()); }
    QList<QPointF> points(int line) const;
    double valueAxisMax() const;

private:
    QChartView *m_view;
    QChart *m_chart;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    QList<QLineSeries *> m_series;
};

} // namespace concord

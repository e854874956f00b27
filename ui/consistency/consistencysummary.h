#pragma once
// The top of the consistency page (UX.md: consistency review): what the latest check found, in
// a banner (agreement shown as the good news it is; a failed or cancelled check says so), a line
// saying when, by whom and how, tiles with the counts (source and target records, missing, extra,
// differing, new / still open / fixed since the check before, duration) and a small chart of the
// discrepancies per kind across the stored checks.

#include "consistency/consistencytypes.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace concord {

class TimeChart;

class ConsistencySummary : public QWidget
{
    Q_OBJECT

public:
    enum Tile { SourceRows, TargetRows, Missing, Extra, Mismatched, New, StillOpen, Fixed, Duration, TileCount };
    // How many stored checks the trend shows (the page asks for this many).
    static constexpr int TrendChecks = 30;

    explicit ConsistencySummary(QWidget *parent = nullptr);
    ~ConsistencySummary() override;

    // The stored checks of one pipeline, newest first; empty: none yet (or no pipeline).
    void setRuns(const QList<ConsistencyRun> &runs);
    // The newest check that compared (status equal or different); id 0 if none.
    const ConsistencyRun &latest() const { return m_latest; }
    const QList<ConsistencyRun> &runs() const { return m_runs; }
    QString bannerText() const;
    QString tileText(Tile tile) const;
    TimeChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void updateChart();

    QList<ConsistencyRun> m_runs;
    ConsistencyRun m_latest;
    QLabel *m_banner;
    QLabel *m_meta;
    QLabel *m_captions[TileCount];
    QLabel *m_values[TileCount];
    QStackedWidget *m_chartStack;
    TimeChart *m_chart;
    QLabel *m_chartEmpty;
};

} // namespace concord

#include "consistency/consistencysummary.h"

#include "consistency/consistencystyle.h"
#include "consistency/discrepancymodel.h"
#include "dashboard/timechart.h"
#include "formatting.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace concord {

namespace {

bool compared(const ConsistencyRun &run)
{
    return run.status == QLatin1String("equal") || run.status == QLatin1String("different");
}

const char *const TileNames[] = {"tileSourceRows", "tileTargetRows", "tileMissing", "tileExtra", "tileMismatched",
                                 "tileNew",        "tileStillOpen",  "tileFixed",   "tileDuration"};

} // namespace

ConsistencySummary::ConsistencySummary(QWidget *parent)
    : QWidget(parent), m_banner(new QLabel), m_meta(new QLabel), m_chartStack(new QStackedWidget), m_chart(new TimeChart),
      m_chartEmpty(new QLabel)
{
    setObjectName(QStringLiteral("consistencySummary"));
    m_banner->setObjectName(QStringLiteral("consistencyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    QFont bannerFont = m_banner->font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(bannerFont.pointSizeF() * 1.15);
    m_banner->setFont(bannerFont);
    m_meta->setObjectName(QStringLiteral("consistencyMeta"));
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(6);
    for (int i = 0; i < TileCount; ++i) {
        auto *frame = new QFrame;
        frame->setObjectName(QLatin1String(TileNames[i]));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setBackgroundRole(QPalette::AlternateBase);
        frame->setAutoFillBackground(true);
        m_captions[i] = new QLabel;
        m_captions[i]->setForegroundRole(QPalette::PlaceholderText);
        // Wraps rather than widening the page: the window's docks keep their width on a small screen.
        m_captions[i]->setWordWrap(true);
        m_values[i] = new QLabel;
        m_values[i]->setObjectName(QLatin1String(TileNames[i]) + QStringLiteral("Value"));
        QFont big = m_values[i]->font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.35);
        m_values[i]->setFont(big);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(8, 4, 8, 4);
        box->setSpacing(0);
        box->addWidget(m_captions[i]);
        box->addWidget(m_values[i]);
        // First row: the two sides and what differs; second: the change since the check before.
        const int row = i < New ? 0 : 1;
        const int column = i < New ? i : i - New;
        tiles->addWidget(frame, row, column);
    }
    for (int c = 0; c < 5; ++c)
        tiles->setColumnStretch(c, 1);

    auto *left = new QVBoxLayout;
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_banner);
    left->addWidget(m_meta);
    left->addLayout(tiles);
    left->addStretch(1);

    m_chart->setObjectName(QStringLiteral("consistencyTrend"));
    m_chart->setMinimumSize(240, 190);
    m_chartEmpty->setAlignment(Qt::AlignCenter);
    m_chartEmpty->setWordWrap(true);
    m_chartEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_chartStack->addWidget(m_chart);
    m_chartStack->addWidget(m_chartEmpty);
    m_chartStack->setMinimumWidth(240);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 3);
    layout->addWidget(m_chartStack, 2);
    retranslate();
}

ConsistencySummary::~ConsistencySummary() = default;

void ConsistencySummary::setRuns(const QList<ConsistencyRun> &runs)
{
    m_runs = runs;
    m_latest = ConsistencyRun();
    for (const ConsistencyRun &r : runs)
        if (compared(r)) {
            m_latest = r;
            break;
        }
    refresh();
    updateChart();
}

QString ConsistencySummary::bannerText() const
{
    return m_banner->text();
}

QString ConsistencySummary::tileText(Tile tile) const
{
    return m_values[tile]->text();
}

void ConsistencySummary::refresh()
{
    const ConsistencyRun newest = m_runs.value(0);
    const ConsistencyRun &r = m_latest;
    QString banner;
    QColor colour;
    if (newest.id == 0) {
        banner = tr("No check yet. Run Check compares every record the source would write with the target.");
    } else if (newest.status == QLatin1String("running")) {
        banner = tr("A check is in progress…");
    } else if (newest.status == QLatin1String("failed")) {
        banner = tr("The latest check failed: %1")
                     .arg(newest.error.isEmpty() ? newest.errorCode : newest.error);
        colour = consistencystyle::badColor();
    } else if (newest.status == QLatin1String("cancelled")) {
        banner = tr("The latest check was cancelled.");
    } else if (newest.status == QLatin1String("equal")) {
        banner = tr("✓ Source and target agree: all %1 records match.").arg(fmt::count(newest.sourceRows));
        colour = consistencystyle::goodColor();
    } else {
        banner = tr("%n discrepancy(ies) between source and target.", nullptr, int(std::min<qint64>(newest.discrepancies(), INT_MAX)));
        colour = consistencystyle::badColor();
    }
    if (newest.id != 0 && newest.id != r.id && r.id != 0)
        banner += QLatin1Char(' ') + tr("The figures below are from the check before.");
    m_banner->setText(banner);
    m_banner->setStyleSheet(colour.isValid() ? QStringLiteral("color: %1;").arg(colour.name()) : QString());

    if (r.id == 0) {
        m_meta->clear();
        m_meta->setVisible(false);
        for (QLabel *v : m_values)
            v->setText(QStringLiteral("–"));
        for (QLabel *v : m_values)
            v->setStyleSheet(QString());
        return;
    }
    m_meta->setVisible(true);
    const QDateTime when = (r.finishedAt.isValid() ? r.finishedAt : r.startedAt).toLocalTime();
    const QString trigger = r.trigger == QLatin1String("schedule") ? tr("scheduled")
        : r.trigger == QLatin1String("repair")                      ? tr("after a repair")
                                                                    : tr("manual");
    m_meta->setText(tr("Checked %1 (%2) by %3 · %4 · %5 → %6")
                        .arg(QLocale().toString(when, QLocale::ShortFormat), fmt::relativeTime(r.finishedAt), r.actor,
                             trigger, r.sourceDataset, r.targetDataset));
    const qint64 counts[] = {r.sourceRows, r.targetRows, r.missing, r.extra, r.mismatched, r.newCount, r.stillOpen, r.fixed};
    for (int i = 0; i < Duration; ++i)
        m_values[i]->setText(fmt::count(counts[i]));
    m_values[Duration]->setText(fmt::duration(r.durationMs));
    const QPair<Tile, DiscrepancyKind> kinds[] = {{Missing, DiscrepancyKind::Missing},
                                                  {Extra, DiscrepancyKind::Extra},
                                                  {Mismatched, DiscrepancyKind::Mismatch}};
    for (const auto &[tile, kind] : kinds)
        m_values[tile]->setStyleSheet(counts[tile] > 0 ? QStringLiteral("color: %1;").arg(consistencystyle::kindColor(kind).name())
                                                       : QString());
    m_values[Fixed]->setStyleSheet(r.fixed > 0 ? QStringLiteral("color: %1;").arg(consistencystyle::goodColor().name())
                                               : QString());
}

void ConsistencySummary::updateChart()
{
    QList<ConsistencyRun> points;
    for (const ConsistencyRun &r : m_runs)
        if (compared(r))
            points.prepend(r); // oldest first
    if (points.isEmpty()) {
        m_chartStack->setCurrentWidget(m_chartEmpty);
        return;
    }
    m_chartStack->setCurrentWidget(m_chart);
    const auto at = [](const ConsistencyRun &r) { return r.finishedAt.isValid() ? r.finishedAt : r.startedAt; };
    TimeChart::Line lines[3];
    const DiscrepancyKind kinds[] = {DiscrepancyKind::Missing, DiscrepancyKind::Extra, DiscrepancyKind::Mismatch};
    for (int k = 0; k < 3; ++k) {
        lines[k].name = DiscrepancyModel::kindText(kinds[k]);
        lines[k].color = consistencystyle::kindColor(kinds[k]);
    }
    for (const ConsistencyRun &r : std::as_const(points)) {
        const double x = double(at(r).toMSecsSinceEpoch());
        lines[0].points.append(QPointF(x, double(r.missing)));
        lines[1].points.append(QPointF(x, double(r.extra)));
        lines[2].points.append(QPointF(x, double(r.mismatched)));
    }
    QDateTime from = at(points.constFirst());
    QDateTime to = at(points.constLast());
    const qint64 span = from.msecsTo(to);
    // Room either side, so the first and last checks are not drawn on the axes.
    const qint64 minute = 60 * 1000;
    const qint64 pad = std::max<qint64>(span / 20, span < 10 * minute ? minute : 30 * minute);
    from = from.addMSecs(-pad);
    to = to.addMSecs(pad);
    const qint64 range = from.msecsTo(to);
    const QString format = range > 36 * 60 * minute ? QStringLiteral("MM-dd")
        : range > 15 * minute                     ? QStringLiteral("HH:mm")
                                                  : QStringLiteral("HH:mm:ss");
    m_chart->setLines({lines[0], lines[1], lines[2]}, from, to, format);
}

void ConsistencySummary::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsistencySummary::retranslate()
{
    m_captions[SourceRows]->setText(tr("Source records"));
    m_captions[TargetRows]->setText(tr("Target records"));
    m_captions[Missing]->setText(DiscrepancyModel::kindText(DiscrepancyKind::Missing));
    m_captions[Extra]->setText(DiscrepancyModel::kindText(DiscrepancyKind::Extra));
    m_captions[Mismatched]->setText(DiscrepancyModel::kindText(DiscrepancyKind::Mismatch));
    // The second row compares with the check before; the tooltips say so.
    m_captions[New]->setText(tr("New"));
    m_captions[StillOpen]->setText(tr("Still open"));
    m_captions[Fixed]->setText(tr("Fixed"));
    m_captions[Duration]->setText(tr("Duration"));
    m_captions[SourceRows]->setToolTip(tr("Records the source would write, after the mapping's skips"));
    m_captions[New]->setToolTip(tr("Found by this check, not open after the check before"));
    m_captions[StillOpen]->setToolTip(tr("Open after the check before, found again"));
    m_captions[Fixed]->setToolTip(tr("Open after the check before, not found again"));
    // No title: its height is the plot's, and the value labels need room (Qt Charts elides them
    // to "…" when the ticks are close); the legend and the tooltip say what it shows.
    m_chart->setToolTip(tr("Discrepancies per check, by kind, for the last %n stored check(s)", nullptr, TrendChecks));
    m_chartEmpty->setText(tr("The trend of discrepancies appears here after the first check."));
    refresh();
    updateChart();
}

} // namespace concord

#include "consistency/checkprogress.h"

#include "formatting.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>

namespace concord {

CheckProgress::CheckProgress(QWidget *parent) : QWidget(parent), m_text(new QLabel), m_bar(new QProgressBar)
{
    setObjectName(QStringLiteral("consistencyProgress"));
    m_bar->setMinimumWidth(200);
    m_bar->setMaximumWidth(320);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    hide();
}

CheckProgress::~CheckProgress() = default;

void CheckProgress::start(const QString &pipeline, bool repairing)
{
    m_pipeline = pipeline;
    m_repairing = repairing;
    m_started = false;
    m_last = ConsistencyProgress();
    refresh();
    show();
}

void CheckProgress::setStarted()
{
    m_started = true;
    refresh();
}

void CheckProgress::setProgress(const ConsistencyProgress &progress)
{
    if (progress.pipeline != m_pipeline)
        return;
    m_started = true;
    m_last = progress;
    refresh();
}

void CheckProgress::finish()
{
    m_pipeline.clear();
    hide();
}

QString CheckProgress::text() const
{
    return m_text->text();
}

void CheckProgress::refresh()
{
    const QString &what = m_last.phase;
    QString phase;
    if (!m_started)
        phase = tr("Waiting for the engine…");
    else if (what == QLatin1String("counting"))
        phase = tr("Counting records…");
    else if (what == QLatin1String("comparing"))
        phase = tr("Comparing…");
    else if (what == QLatin1String("fetching"))
        phase = tr("Reading differing records…");
    else if (what == QLatin1String("storing"))
        phase = tr("Storing discrepancies…");
    else if (what == QLatin1String("repairing") || m_repairing)
        phase = tr("Repairing…");
    else
        phase = tr("Checking…");
    m_text->setText(tr("%1: %2").arg(m_pipeline, phase));
    if (m_last.total < 0) {
        m_bar->setRange(0, 0); // unknown total: a busy bar
        return;
    }
    // QProgressBar counts in int: large totals are scaled down.
    const double scale = m_last.total > 1000000 ? double(m_last.total) / 1000000.0 : 1.0;
    m_bar->setRange(0, int(double(m_last.total) / scale));
    m_bar->setValue(int(double(std::min(m_last.done, m_last.total)) / scale));
    m_bar->setFormat(tr("%1 / %2").arg(fmt::count(m_last.done), fmt::count(m_last.total)));
}

void CheckProgress::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace concord

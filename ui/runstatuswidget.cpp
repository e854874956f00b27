#include "runstatuswidget.h"

#include "formatting.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>
#include <limits>

namespace concord {

RunStatusWidget::RunStatusWidget(QWidget *parent)
    : QWidget(parent), m_label(new QLabel), m_bar(new QProgressBar), m_cancel(new QToolButton)
{
    setObjectName(QStringLiteral("runStatus"));
    m_bar->setObjectName(QStringLiteral("runProgress"));
    m_bar->setFixedWidth(220);
    m_bar->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("runCancelButton"));
    m_cancel->setIcon(fmt::icon("cancel"));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancelling = true;
        m_cancel->setEnabled(false);
        retranslate();
        Q_EMIT cancelRequested();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
    retranslate();
}

RunStatusWidget::~RunStatusWidget() = default;

void RunStatusWidget::startRun(const QString &pipeline, bool dryRun)
{
    m_pipeline = pipeline;
    m_dryRun = dryRun;
    m_cancelling = false;
    m_cancel->setEnabled(true);
    m_bar->setRange(0, 0); // busy until the engine knows the total
    m_bar->setValue(0);
    retranslate();
    show();
}

void RunStatusWidget::setProgress(const RunProgress &progress)
{
    if (progress.total < 0) {
        m_bar->setRange(0, 0);
        m_bar->setFormat(fmt::count(progress.done));
        return;
    }
    // QProgressBar counts in int; scale down sources beyond two billion rows.
    const qint64 limit = std::numeric_limits<int>::max();
    const qint64 scale = std::max<qint64>(1, progress.total / limit + 1);
    m_bar->setRange(0, int(progress.total / scale));
    m_bar->setValue(int(std::min(progress.done, progress.total) / scale));
    m_bar->setFormat(tr("%1 / %2").arg(fmt::count(progress.done), fmt::count(progress.total)));
}

void RunStatusWidget::finishRun()
{
    hide();
    m_pipeline.clear();
}

void RunStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RunStatusWidget::retranslate()
{
    if (m_cancelling)
        m_label->setText(tr("Cancelling %1…").arg(m_pipeline));
    else if (m_dryRun)
        m_label->setText(tr("Dry-running %1…").arg(m_pipeline));
    else
        m_label->setText(tr("Running %1…").arg(m_pipeline));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the run at the next batch boundary (Esc)"));
}

} // namespace concord

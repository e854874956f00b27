#include "logpane.h"

#include "formatting.h"
#include "logfilterproxy.h"
#include "logmodel.h"
#include "tablecopy.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace concord {

namespace {

// Item data of the two special pipeline choices; real pipelines carry their name.
const QString FollowSelection = QStringLiteral("@selected");
const QString AllPipelines = QStringLiteral("@all");

} // namespace

LogPane::LogPane(QWidget *parent)
    : QDockWidget(parent), m_model(new LogTableModel(20000, this)), m_proxy(new LogFilterProxy(this)), m_view(new QTableView),
      m_pipelineCombo(new QComboBox), m_levelCombo(new QComboBox), m_textFilter(new QLineEdit), m_clearButton(new QToolButton)
{
    setObjectName(QStringLiteral("logDock"));
    m_proxy->setSourceModel(m_model);

    m_pipelineCombo->setObjectName(QStringLiteral("logPipelineFilter"));
    m_pipelineCombo->addItem(QString(), FollowSelection);
    m_pipelineCombo->addItem(QString(), AllPipelines);
    m_pipelineCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelineCombo->setMinimumContentsLength(18);
    connect(m_pipelineCombo, &QComboBox::currentIndexChanged, this, &LogPane::applyPipelineFilter);

    m_levelCombo->setObjectName(QStringLiteral("logLevelFilter"));
    for (int severity : {1, 2, 3})
        m_levelCombo->addItem(QString(), severity);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setMinimumSeverity(m_levelCombo->currentData().toInt()); });

    m_textFilter->setObjectName(QStringLiteral("logTextFilter"));
    m_textFilter->setClearButtonEnabled(true);
    // Re-filtering 20,000 lines on every keystroke would stutter; wait for a pause in typing.
    m_textDebounce.setSingleShot(true);
    m_textDebounce.setInterval(150);
    connect(m_textFilter, &QLineEdit::textChanged, &m_textDebounce, qOverload<>(&QTimer::start));
    connect(&m_textDebounce, &QTimer::timeout, this, [this] { m_proxy->setText(m_textFilter->text()); });

    m_clearButton->setIcon(fmt::icon("clear"));
    m_clearButton->setAutoRaise(true);
    connect(m_clearButton, &QToolButton::clicked, m_model, &LogTableModel::clear);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_pipelineCombo);
    filters->addWidget(m_levelCombo);
    filters->addWidget(m_textFilter, 1);
    filters->addWidget(m_clearButton);

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_proxy);
    addTsvCopy(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep scrolling through thousands of lines cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LogTableModel::MessageColumn, QHeaderView::Stretch);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(LogTableModel::TimeColumn, digit * 14);
    header->resizeSection(LogTableModel::LevelColumn, digit * 10);
    header->resizeSection(LogTableModel::PipelineColumn, digit * 28);
    header->resizeSection(LogTableModel::RecordColumn, digit * 10);
    header->resizeSection(LogTableModel::ErrorCodeColumn, digit * 20);
    header->resizeSection(LogTableModel::TraceColumn, digit * 18);

    // Follow live output only while the user has not scrolled away from the bottom.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_following = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_following)
            bar->setValue(max);
    });

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setWidget(content);

    m_levelCombo->setCurrentIndex(0);
    retranslate();
}

LogPane::~LogPane() = default;

void LogPane::append(const LogEntry &entry)
{
    m_model->append(entry);
}

void LogPane::setPipelines(const QStringList &pipelines)
{
    const QString current = m_pipelineCombo->currentData().toString();
    const QSignalBlocker block(m_pipelineCombo);
    while (m_pipelineCombo->count() > 2)
        m_pipelineCombo->removeItem(2);
    for (const QString &p : pipelines)
        m_pipelineCombo->addItem(fmt::icon("pipeline"), p, p);
    const int keep = m_pipelineCombo->findData(current);
    m_pipelineCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    applyPipelineFilter();
}

void LogPane::setSelectedPipeline(const QString &pipeline)
{
    m_selectedPipeline = pipeline;
    retranslate(); // the "Selected" item names the pipeline
    applyPipelineFilter();
}

void LogPane::showAllPipelines()
{
    m_pipelineCombo->setCurrentIndex(m_pipelineCombo->findData(AllPipelines));
}

void LogPane::applyPipelineFilter()
{
    const QString choice = m_pipelineCombo->currentData().toString();
    if (choice == FollowSelection)
        m_proxy->setPipeline(m_selectedPipeline);
    else if (choice == AllPipelines)
        m_proxy->setPipeline(QString());
    else
        m_proxy->setPipeline(choice);
}

void LogPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void LogPane::retranslate()
{
    setWindowTitle(tr("Log"));
    m_pipelineCombo->setItemText(0, m_selectedPipeline.isEmpty() ? tr("Selected pipeline") : tr("Selected: %1").arg(m_selectedPipeline));
    m_pipelineCombo->setItemText(1, tr("All pipelines"));
    m_pipelineCombo->setToolTip(tr("Show the lines of one pipeline; \"Selected\" follows the pipeline chosen in the navigator or table"));
    m_levelCombo->setItemText(0, tr("All levels"));
    m_levelCombo->setItemText(1, tr("Warnings and errors"));
    m_levelCombo->setItemText(2, tr("Errors only"));
    m_textFilter->setPlaceholderText(tr("Filter by message, record, error code or trace id"));
    m_clearButton->setToolTip(tr("Clear the log"));
    m_model->retranslate();
}

} // namespace concord

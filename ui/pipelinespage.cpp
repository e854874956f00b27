#include "pipelinespage.h"

#include "dashboard/chartspanel.h"
#include "pipelinetablemodel.h"
#include "recentrunsmodel.h"
#include "tablecopy.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace concord {

namespace {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    // Few rows: sizing to contents is cheap and keeps numbers and Chinese headers untruncated.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

PipelinesPage::PipelinesPage(PipelineTableModel *model, RecentRunsModel *runs, ChartsPanel *charts, QWidget *parent)
    : QWidget(parent), m_model(model), m_runsModel(runs), m_proxy(new QSortFilterProxyModel(this)), m_title(new QLabel), m_path(new QLabel),
      m_filter(new QLineEdit), m_tableStack(new QStackedWidget), m_table(new QTableView), m_empty(new QLabel),
      m_runsTitle(new QLabel), m_runs(new QTableView), m_charts(charts), m_lowerTabs(new QTabWidget), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("pipelinesPage"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(PipelineTableModel::ValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setForegroundRole(QPalette::PlaceholderText);

    m_filter->setObjectName(QStringLiteral("pipelineFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(220);
    m_filter->setMaximumWidth(320);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });

    m_table->setObjectName(QStringLiteral("pipelineTable"));
    m_table->setModel(m_proxy);
    setUpTable(m_table);
    addTsvCopy(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PipelineTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setIconSize(QSize(16, 16));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Numbers are right-aligned; a stretched last column would push them to the far edge.
    m_table->horizontalHeader()->setStretchLastSection(false);
    // The route is the longest text; it takes the remaining width and elides (full text in the
    // tooltip) so the counters on the right stay visible without scrolling.
    m_table->horizontalHeader()->setSectionResizeMode(PipelineTableModel::RouteColumn, QHeaderView::Stretch);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Mode and the last status's text are a right-click away on the header: the state column's
    // mark already says how the last run ended, and the route needs the width.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            if (c == PipelineTableModel::NameColumn)
                continue;
            QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_table->isColumnHidden(c));
            connect(a, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
        }
        menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
    });
    m_table->setColumnHidden(PipelineTableModel::ModeColumn, true);
    m_table->setColumnHidden(PipelineTableModel::LastStatusColumn, true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_selectedName = current.data(PipelineTableModel::PipelineNameRole).toString();
        updateRunsTitle();
        if (!m_selecting)
            Q_EMIT pipelineSelected(m_selectedName);
    });

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);
    connect(model, &QAbstractItemModel::modelReset, this, &PipelinesPage::updateEmptyState);

    m_runs->setObjectName(QStringLiteral("recentRunsTable"));
    m_runs->setModel(runs);
    setUpTable(m_runs);
    addTsvCopy(m_runs);
    m_runs->setSelectionMode(QAbstractItemView::NoSelection);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_path);
    header->addLayout(titles, 1);
    header->addWidget(m_filter, 0, Qt::AlignBottom);

    auto *runsBox = new QWidget;
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->setContentsMargins(0, 4, 0, 0);
    runsLayout->addWidget(m_runsTitle);
    runsLayout->addWidget(m_runs, 1);

    m_lowerTabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_lowerTabs->setDocumentMode(true);
    if (m_charts)
        m_lowerTabs->addTab(m_charts, QString());
    m_lowerTabs->addTab(runsBox, QString());

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("pipelinesSplitter"));
    splitter->addWidget(m_tableStack);
    splitter->addWidget(m_lowerTabs);
    // A few pipelines fit in a short table; the charts get the rest of the height.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    // Relative times ("3 min ago") age while nobody looks; refresh them twice a minute.
    m_clock->setInterval(30 * 1000);
    connect(m_clock, &QTimer::timeout, model, &PipelineTableModel::refreshRelativeTimes);
    connect(m_clock, &QTimer::timeout, runs, [runs] { runs->retranslate(); });
    m_clock->start();

    retranslate();
    updateEmptyState();
}

PipelinesPage::~PipelinesPage() = default;

void PipelinesPage::setWorkspaceInfo(const QString &name, const QString &dir)
{
    m_title->setText(name);
    m_dir = dir;
    m_path->setText(QDir::toNativeSeparators(dir));
}

void PipelinesPage::selectPipeline(const QString &name)
{
    if (name == m_selectedName)
        return;
    m_selecting = true;
    const int sourceRow = m_model->rowOf(name);
    const QModelIndex index = sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->selectionModel()->clear();
        m_selectedName.clear();
    }
    updateRunsTitle();
    m_selecting = false;
}

QString PipelinesPage::currentPipeline() const
{
    return m_selectedName;
}

void PipelinesPage::setContextActions(const QList<QAction *> &actions)
{
    m_table->addActions(actions);
}

void PipelinesPage::updateEmptyState()
{
    m_selectedName.clear();
    updateRunsTitle();
    m_tableStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
}

void PipelinesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PipelinesPage::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter pipelines (Ctrl+F)"));
    if (m_charts)
        m_lowerTabs->setTabText(0, tr("Charts"));
    m_lowerTabs->setTabText(m_lowerTabs->count() - 1, tr("Recent runs"));
    m_empty->setText(tr("This workspace has no pipelines yet.\nDeclare one under \"pipelines:\" in workspace.yaml "
                        "(a source dataset, a target dataset and a mapping), then open the workspace again."));
    updateRunsTitle();
    m_model->retranslate();
    m_runsModel->retranslate();
}

void PipelinesPage::updateRunsTitle()
{
    m_runsTitle->setText(m_selectedName.isEmpty() ? tr("Select a pipeline to see its recent runs.")
                                                  : tr("Recent runs of %1").arg(m_selectedName));
}

} // namespace concord

#include "alerts/alertspane.h"

#include "alerts/alertmodel.h"
#include "formatting.h"
#include "tablecopy.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace concord {

AlertsPane::AlertsPane(QWidget *parent)
    : QDockWidget(parent), m_model(new AlertModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView),
      m_stack(new QStackedWidget), m_empty(new QLabel), m_showResolved(new QCheckBox), m_acknowledge(new QAction(this))
{
    setObjectName(QStringLiteral("alertsDock"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(AlertModel::ActiveRole);
    m_proxy->setFilterKeyColumn(AlertModel::StateColumn);
    m_proxy->setFilterFixedString(QStringLiteral("true"));

    m_acknowledge->setObjectName(QStringLiteral("actionAcknowledgeAlert"));
    m_acknowledge->setIcon(fmt::icon("acknowledge"));
    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_acknowledge, &QAction::triggered, this, [this] {
        for (qint64 id : selectedPending())
            Q_EMIT acknowledgeRequested(id);
    });
    auto *ackButton = new QToolButton;
    ackButton->setDefaultAction(m_acknowledge);
    ackButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    ackButton->setAutoRaise(true);
    m_showResolved->setObjectName(QStringLiteral("alertsShowResolved"));
    connect(m_showResolved, &QCheckBox::toggled, this, &AlertsPane::setShowResolved);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(ackButton);
    bar->addStretch(1);
    bar->addWidget(m_showResolved);

    m_view->setObjectName(QStringLiteral("alertsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AlertModel::MessageColumn, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_acknowledge);
    addTsvCopy(m_view);
    addAction(m_acknowledge);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPane::updateState);
    connect(m_view, &QTableView::doubleClicked, m_acknowledge, &QAction::trigger);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setWidget(box);
    retranslate();
    updateState();
}

AlertsPane::~AlertsPane() = default;

void AlertsPane::setAlerts(const QList<AlertRecord> &alerts)
{
    m_model->setAlerts(alerts);
    updateState();
}

void AlertsPane::setShowResolved(bool show)
{
    if (m_showResolved->isChecked() != show)
        m_showResolved->setChecked(show); // toggled() comes back here
    m_proxy->setFilterFixedString(show ? QString() : QStringLiteral("true"));
    updateState();
}

void AlertsPane::setActionsAvailable(bool available)
{
    m_available = available;
    updateState();
}

void AlertsPane::selectAlert(qint64 id)
{
    const int row = m_model->rowOfId(id);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QList<qint64> AlertsPane::selectedPending() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        if (i.data(AlertModel::PendingRole).toBool())
            ids.append(i.data(AlertModel::IdRole).toLongLong());
    return ids;
}

void AlertsPane::updateState()
{
    m_acknowledge->setEnabled(m_available && !selectedPending().isEmpty());
    const bool any = m_proxy->rowCount() > 0;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_view) : m_empty);
    int pending = 0;
    for (const AlertRecord &a : m_model->alerts())
        pending += a.isActive() && !a.acknowledgedAt.isValid() ? 1 : 0;
    setWindowTitle(pending > 0 ? tr("Alerts (%1)").arg(pending) : tr("Alerts"));
}

void AlertsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void AlertsPane::retranslate()
{
    m_acknowledge->setText(tr("&Acknowledge"));
    m_acknowledge->setToolTip(tr("Say you have seen the selected alerts: they stop counting in the navigator (Ctrl+K)"));
    m_showResolved->setText(tr("Show resolved"));
    m_empty->setText(tr("No active alerts.\nThe rules under \"alerts:\" in workspace.yaml raise them, for example when "
                        "a pipeline's success rate drops or dead letters pile up."));
    m_model->retranslate();
    updateState();
}

} // namespace concord

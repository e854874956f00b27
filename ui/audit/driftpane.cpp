#include "audit/driftpane.h"

#include "audit/governanceclient.h"
#include "consolesession.h"
#include "formatting.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace concord {

DriftPane::DriftPane(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent)
    : QDockWidget(parent), m_session(session), m_client(new GovernanceClient(host, control, this))
{
    setObjectName(QStringLiteral("driftPane"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_acknowledge = toolbar->addAction(fmt::icon("acknowledge"), QString(), this, &DriftPane::acknowledgeSelected);
    m_acknowledge->setObjectName(QStringLiteral("actionAcknowledgeDrift"));
    m_check = toolbar->addAction(fmt::icon("refresh"), QString(), this, &DriftPane::checkNow);
    m_check->setObjectName(QStringLiteral("actionCheckDrift"));
    m_showAcknowledged = new QCheckBox;
    toolbar->addWidget(m_showAcknowledged);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(QStringLiteral("driftTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(toolbar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    setWidget(body);

    connect(m_client, &GovernanceClient::driftReady, this, &DriftPane::show);
    connect(m_client, &GovernanceClient::driftFailed, this, [this](const Error &e) {
        m_status->setText(tr("Not everything could be looked at: %1").arg(e.message));
    });
    connect(m_showAcknowledged, &QCheckBox::toggled, this, &DriftPane::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_acknowledge->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    if (m_session)
        connect(m_session, &ConsoleSession::runFinished, this, &DriftPane::reload);
    if (m_session)
        connect(m_session, &ConsoleSession::workspaceOpened, this, &DriftPane::reload);
    m_acknowledge->setEnabled(false);
    retranslate();
}

DriftPane::~DriftPane() = default;

int DriftPane::openCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const DriftItem &d) { return d.status == QLatin1String("open"); }));
}

void DriftPane::reload()
{
    m_client->requestDrift(m_showAcknowledged->isChecked());
}

void DriftPane::checkNow()
{
    m_status->setText(tr("Looking at every pipeline's tables…"));
    m_client->checkDrift(m_showAcknowledged->isChecked());
}

void DriftPane::acknowledgeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        if (i.row() < m_items.size() && m_items[i.row()].status == QLatin1String("open"))
            ids.append(m_items[i.row()].id);
    if (!ids.isEmpty())
        m_client->acknowledgeDrift(ids, consoleUser(), m_showAcknowledged->isChecked());
}

QString DriftPane::changeText(const DriftItem &d) const
{
    if (d.kind == QLatin1String("added"))
        return tr("added (%1)").arg(d.after);
    if (d.kind == QLatin1String("removed"))
        return tr("removed (was %1)").arg(d.before);
    return tr("retyped: %1 → %2").arg(d.before, d.after);
}

void DriftPane::show(const QList<DriftItem> &items)
{
    m_items = items;
    m_table->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const DriftItem &d = items[r];
        const QStringList cells = {d.dataset + QLatin1Char('.') + d.column, changeText(d),
                                   d.touches.isEmpty() ? tr("nothing Concord uses") : d.touches.join(QLatin1Char('\n')),
                                   d.firstSeen.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   d.status == QLatin1String("open")       ? tr("open")
                                   : d.status == QLatin1String("resolved") ? tr("resolved: the table is as before")
                                                                           : tr("acknowledged by %1").arg(d.acknowledgedBy)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (d.status == QLatin1String("open") && d.kind != QLatin1String("added"))
                item->setForeground(QColor(0xa3, 0x26, 0x1b));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    const int open = openCount();
    m_status->setText(open == 0 ? tr("No open schema drift: the tables look as they did.")
                                : tr("%n change(s) to the tables wait for a steward. A removed or retyped column that a "
                                     "pipeline reads or writes pauses it until acknowledged and resumed.",
                                     nullptr, open));
    setWindowTitle(open == 0 ? tr("Schema Drift") : tr("Schema Drift (%1)").arg(open));
    Q_EMIT openCountChanged(open);
}

void DriftPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void DriftPane::retranslate()
{
    m_acknowledge->setText(tr("Acknowledge"));
    m_acknowledge->setToolTip(tr("Mark the selected changes as seen (audited); a paused pipeline is resumed separately"));
    m_check->setText(tr("Check Now"));
    m_check->setToolTip(tr("Read every pipeline's tables now and compare them with what was seen before"));
    m_showAcknowledged->setText(tr("Show acknowledged"));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Change"), tr("Touches"), tr("Seen"), tr("Status")});
    const int open = openCount();
    setWindowTitle(open == 0 ? tr("Schema Drift") : tr("Schema Drift (%1)").arg(open));
}

} // namespace concord

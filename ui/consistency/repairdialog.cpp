#include "consistency/repairdialog.h"

#include "formatting.h"
#include "tablecopy.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

namespace {

// A dry run's counts, from its actions: the engine counts only what a run wrote (or flagged and
// skipped), so a plan's inserts, updates and deletes are its actions.
RepairResult withCounts(RepairResult r)
{
    if (!r.dryRun || r.actions.isEmpty())
        return r;
    r.inserted = r.updated = r.deleted = r.flagged = r.skipped = 0;
    for (const RepairAction &a : std::as_const(r.actions)) {
        if (a.action == QLatin1String("insert"))
            ++r.inserted;
        else if (a.action == QLatin1String("update"))
            ++r.updated;
        else if (a.action == QLatin1String("delete"))
            ++r.deleted;
        else if (a.action == QLatin1String("flag"))
            ++r.flagged;
        else if (a.action == QLatin1String("skip"))
            ++r.skipped;
    }
    return r;
}

} // namespace

RepairDialog::RepairDialog(const RepairResult &plan, QWidget *parent)
    : QDialog(parent), m_plan(withCounts(plan)), m_summary(new QLabel), m_table(new QTableWidget),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("repairDialog"));
    setWindowTitle(tr("Repair Discrepancies of %1").arg(plan.pipeline));
    for (const RepairAction &a : plan.actions)
        m_ids.append(a.discrepancy);
    auto *intro = new QLabel(tr("A dry run planned these writes for %n discrepancy(ies). Nothing has been written yet; "
                                "Confirm writes them to the target and checks again.",
                                nullptr, int(m_ids.size())));
    intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("repairSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_summary->setText(summary(plan));

    m_table->setObjectName(QStringLiteral("repairPlan"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Record key"), tr("Fields written"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setRowCount(int(plan.actions.size()));
    for (int i = 0; i < plan.actions.size(); ++i) {
        const RepairAction &a = plan.actions[i];
        auto *action = new QTableWidgetItem(actionText(a.action));
        action->setData(Qt::UserRole, a.action);
        if (a.action == QLatin1String("skip") || a.action == QLatin1String("flag"))
            action->setForeground(palette().color(QPalette::PlaceholderText));
        m_table->setItem(i, 0, action);
        m_table->setItem(i, 1, new QTableWidgetItem(a.key));
        auto *fields = new QTableWidgetItem(a.fields.join(QStringLiteral(", ")));
        fields->setToolTip(a.fields.join(QLatin1Char('\n')));
        m_table->setItem(i, 2, fields);
        auto *reason = new QTableWidgetItem(a.reason);
        reason->setToolTip(a.reason);
        m_table->setItem(i, 3, reason);
    }
    m_table->resizeColumnsToContents();
    // An insert writes every field: the list is in the tooltip, and the reasons stay in view.
    m_table->setColumnWidth(2, std::min(m_table->columnWidth(2), 280));
    addTsvCopy(m_table);

    QPushButton *confirm = m_buttons->button(QDialogButtonBox::Ok);
    confirm->setObjectName(QStringLiteral("repairConfirm"));
    confirm->setText(tr("&Confirm Repair"));
    confirm->setEnabled(canConfirm());
    if (!canConfirm())
        confirm->setToolTip(tr("Nothing to write: every discrepancy would be skipped or only flagged."));
    // Writing needs a deliberate click: Enter cancels.
    confirm->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canConfirm())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(820, 480);
}

RepairDialog::~RepairDialog() = default;

bool RepairDialog::canConfirm() const
{
    return m_plan.errorCode.isEmpty() && (m_plan.inserted + m_plan.updated + m_plan.deleted) > 0;
}

QString RepairDialog::summaryText() const
{
    return m_summary->text();
}

QString RepairDialog::actionText(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("Insert into target");
    if (action == QLatin1String("update"))
        return tr("Update target");
    if (action == QLatin1String("delete"))
        return tr("Delete from target");
    if (action == QLatin1String("flag"))
        return tr("Flag only");
    if (action == QLatin1String("skip"))
        return tr("Skip");
    return action;
}

QString RepairDialog::summary(const RepairResult &result)
{
    const RepairResult r = withCounts(result);
    if (!r.errorCode.isEmpty())
        return r.error.isEmpty() ? r.errorCode : r.error;
    QStringList parts;
    const auto add = [&parts](qint64 n, const QString &text) {
        if (n > 0)
            parts << text.arg(fmt::count(n));
    };
    const bool dry = r.dryRun;
    add(r.inserted, dry ? tr("%1 to insert") : tr("%1 inserted"));
    add(r.updated, dry ? tr("%1 to update") : tr("%1 updated"));
    add(r.deleted, dry ? tr("%1 to delete") : tr("%1 deleted"));
    add(r.flagged, tr("%1 flagged, left in the target"));
    add(r.skipped, tr("%1 skipped"));
    add(r.failed, tr("%1 failed"));
    //: Separates the counts of a repair summary ("1 to insert, 2 to update").
    return parts.isEmpty() ? tr("Nothing to repair") : parts.join(tr(", "));
}

} // namespace concord

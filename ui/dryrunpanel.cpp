#include "dryrunpanel.h"

#include "formatting.h"

#include <QColor>
#include <QEvent>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concord {

DryRunPanel::DryRunPanel(QWidget *parent) : QDockWidget(parent), m_summary(new QLabel), m_table(new QTableWidget)
{
    setObjectName(QStringLiteral("dryRunDock"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("dryRunTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setWidget(content);
    retranslate();
}

DryRunPanel::~DryRunPanel() = default;

void DryRunPanel::showResult(const RunResult &result)
{
    m_result = result;
    m_hasResult = true;

    // Planned writes may name different target fields; show the union, in first-seen order.
    QStringList fields;
    for (const PlannedWrite &w : result.planned)
        for (const QString &f : w.fields)
            if (!fields.contains(f))
                fields.append(f);

    m_table->clear();
    m_table->setColumnCount(2 + int(fields.size()));
    m_table->setRowCount(int(result.planned.size()));
    for (int row = 0; row < result.planned.size(); ++row) {
        const PlannedWrite &w = result.planned.at(row);
        const QString op = w.op == QLatin1String("update")   ? tr("update")
                         : w.op == QLatin1String("delete") ? tr("delete")
                                                           : tr("insert");
        m_table->setItem(row, 0, new QTableWidgetItem(op));
        m_table->setItem(row, 1, new QTableWidgetItem(w.key));
        for (int i = 0; i < w.fields.size() && i < w.values.size(); ++i) {
            const bool hidden = w.isWithheld(i) && w.isNull(i);
            auto *item = new QTableWidgetItem(hidden ? tr("(hidden)") : w.isNull(i) ? QStringLiteral("NULL") : w.values.at(i));
            if (w.isWithheld(i)) // masked or hidden for the role the console shows data as
                item->setToolTip(tr("Withheld for the role you view as; the target receives what its own clearance allows"));
            if (w.isNull(i)) { // told apart from the text "NULL"
                QFont italic = item->font();
                italic.setItalic(true);
                item->setFont(italic);
                item->setForeground(QColor(0x75, 0x75, 0x75));
            }
            m_table->setItem(row, 2 + int(fields.indexOf(w.fields.at(i))), item);
        }
    }
    m_table->setHorizontalHeaderLabels(QStringList{QString(), QString()} + fields);
    retranslate();
    m_table->resizeColumnsToContents();
}

void DryRunPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void DryRunPanel::retranslate()
{
    setWindowTitle(tr("Dry run result"));
    if (!m_hasResult) {
        m_summary->setText(tr("Pipeline → Dry run (Ctrl+Shift+R) shows here what a run would write, without writing anything."));
        return;
    }
    m_table->setHorizontalHeaderItem(0, new QTableWidgetItem(tr("Operation")));
    m_table->setHorizontalHeaderItem(1, new QTableWidgetItem(tr("Key")));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem *op = m_table->item(row, 0))
            op->setText(m_result.planned.at(row).op == QLatin1String("update") ? tr("update") : tr("insert"));
    }
    const RunResult &r = m_result;
    QString text;
    if (r.status == QLatin1String("failed")) {
        text = tr("Dry run of %1 failed: %2").arg(r.pipeline, r.error.message);
    } else {
        text = tr("Dry run of %1: %2 rows read; a run would insert %3 and update %4 rows; %5 records would fail. "
                  "Nothing was written. (%6)")
                   .arg(r.pipeline, fmt::count(r.read), fmt::count(r.inserted), fmt::count(r.updated), fmt::count(r.failed),
                        fmt::duration(r.durationMs));
        if (!r.planned.isEmpty())
            text += QLatin1Char(' ') + tr("The first %n planned write(s):", nullptr, int(r.planned.size()));
    }
    m_summary->setText(text);
}

} // namespace concord

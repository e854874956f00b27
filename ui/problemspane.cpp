#include "problemspane.h"

#include "formatting.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord {

namespace {

enum Column { LocationColumn, CodeColumn, MessageColumn, ColumnCount };

} // namespace

ProblemsPane::ProblemsPane(QWidget *parent) : QDockWidget(parent), m_summary(new QLabel), m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("problemsDock"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list->setObjectName(QStringLiteral("problemsList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(m_list);
    copy->setObjectName(QStringLiteral("copyProblems"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &ProblemsPane::copyAll);
    m_list->addAction(copy);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setWidget(content);
    retranslate();
}

ProblemsPane::~ProblemsPane() = default;

void ProblemsPane::showErrors(const QString &dir, const ErrorList &errors)
{
    m_dir = dir;
    m_errors = true;
    fill(errors, true);
}

void ProblemsPane::showWarnings(const QString &dir, const ErrorList &warnings)
{
    m_dir = dir;
    m_errors = false;
    fill(warnings, false);
}

void ProblemsPane::clearProblems()
{
    m_dir.clear();
    m_errors = false;
    m_list->clear();
    retranslate();
}

int ProblemsPane::problemCount() const
{
    return m_list->topLevelItemCount();
}

void ProblemsPane::fill(const ErrorList &problems, bool errors)
{
    m_list->clear();
    const QDir base(m_dir);
    for (const Error &e : problems) {
        auto *item = new QTreeWidgetItem(m_list);
        SourceLocation where = e.location;
        // Paths relative to the workspace read better and match what the steward edits.
        if (where.isValid() && QDir::isAbsolutePath(where.file))
            where.file = base.relativeFilePath(where.file);
        item->setText(LocationColumn, where.isValid() ? where.toString() : QString());
        item->setText(CodeColumn, e.code);
        item->setText(MessageColumn, e.message);
        item->setToolTip(MessageColumn, e.message);
        item->setIcon(LocationColumn, fmt::icon(errors ? "problem-error" : "problem-warning"));
        item->setData(LocationColumn, Qt::UserRole, where.isValid() ? QString(where.toString() + QStringLiteral(": ") + e.message) : e.toString());
    }
    m_list->resizeColumnToContents(LocationColumn);
    m_list->resizeColumnToContents(CodeColumn);
    retranslate();
}

void ProblemsPane::copyAll() const
{
    QStringList lines;
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (!selected.isEmpty()) {
        for (const QTreeWidgetItem *item : selected)
            lines.append(item->data(LocationColumn, Qt::UserRole).toString());
    } else {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            lines.append(m_list->topLevelItem(i)->data(LocationColumn, Qt::UserRole).toString());
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void ProblemsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void ProblemsPane::retranslate()
{
    const int n = problemCount();
    setWindowTitle(n > 0 ? tr("Problems (%1)").arg(n) : tr("Problems"));
    m_list->setHeaderLabels({tr("Location"), tr("Code"), tr("Message")});
    if (n == 0)
        m_summary->setText(tr("No problems. Errors in workspace.yaml or a mapping file show up here with their line and column."));
    else if (m_errors)
        m_summary->setText(tr("The workspace in %1 could not be opened. Fix these in the files named below, then open it again.")
                               .arg(QDir::toNativeSeparators(m_dir)));
    else
        m_summary->setText(tr("The workspace opened, but has %n warning(s).", nullptr, n));
    const QList<QAction *> actions = m_list->actions();
    if (!actions.isEmpty())
        actions.constFirst()->setText(tr("Copy"));
}

} // namespace concord

#include "tablecopy.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMap>
#include <QTableView>

#include <algorithm>

namespace concord {

namespace {

QString cellText(const QModelIndex &index)
{
    QString text = index.data(Qt::DisplayRole).toString();
    // A tab or line break inside a cell would split it in the spreadsheet.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QString selectionAsTsv(const QAbstractItemView *view)
{
    if (!view->selectionModel())
        return {};
    const auto *table = qobject_cast<const QTableView *>(view);
    QModelIndexList cells = view->selectionModel()->selectedIndexes();
    cells.erase(std::remove_if(cells.begin(), cells.end(),
                               [table](const QModelIndex &i) { return table && table->isColumnHidden(i.column()); }),
                cells.end());
    // Rows and columns in the order the view shows them (sorting, moved sections).
    const auto visualRow = [table](const QModelIndex &i) { return table ? table->verticalHeader()->visualIndex(i.row()) : i.row(); };
    const auto visualColumn = [table](const QModelIndex &i) {
        return table ? table->horizontalHeader()->visualIndex(i.column()) : i.column();
    };
    QMap<int, QMap<int, QString>> rows;
    for (const QModelIndex &i : std::as_const(cells))
        rows[visualRow(i)][visualColumn(i)] = cellText(i);
    QStringList lines;
    for (const QMap<int, QString> &row : std::as_const(rows))
        lines.append(QStringList(row.values()).join(QLatin1Char('\t')));
    return lines.join(QLatin1Char('\n'));
}

void addTsvCopy(QAbstractItemView *view)
{
    // An event filter rather than a QShortcut: the view claims the Copy keys for itself (it would
    // copy only the current cell), so they never reach a shortcut.
    class CopyFilter final : public QObject
    {
    public:
        using QObject::QObject;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
                const QString text = selectionAsTsv(static_cast<QAbstractItemView *>(watched));
                if (!text.isEmpty())
                    QApplication::clipboard()->setText(text);
                return true;
            }
            return QObject::eventFilter(watched, event);
        }
    };
    view->installEventFilter(new CopyFilter(view));
}

} // namespace concord

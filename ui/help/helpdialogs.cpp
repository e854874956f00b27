#include "helpdialogs.h"

#include "formatting.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace concord {

namespace {

// The language the interface is shown in: the translator's own answer ("zh_CN" in the zh_CN
// catalogue, "en" otherwise), so the guide matches the menus around it.
QString interfaceLanguage()
{
    return QCoreApplication::translate("concord::UserGuideDialog", "en", "the guide's language code: zh_CN or en") == QLatin1String("zh_CN")
        ? QStringLiteral("zh_CN")
        : QStringLiteral("en");
}

QString withoutAccelerator(QString text)
{
    // "&Run Now" -> "Run Now", "运行(&R)" -> "运行"; "&&" stays one '&'.
    static const QRegularExpression cjkAccelerator(QStringLiteral("\\(&\\w\\)"));
    text.remove(cjkAccelerator);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}

void addRow(QTableWidget *table, const QIcon &icon, const QString &command, const QString &keys, const QString &where)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(icon, command));
    table->setItem(row, 1, new QTableWidgetItem(keys));
    table->setItem(row, 2, new QTableWidgetItem(where));
}

QString keys(std::initializer_list<QKeySequence> sequences)
{
    QStringList shown;
    for (const QKeySequence &k : sequences)
        if (!k.isEmpty())
            shown.append(k.toString(QKeySequence::NativeText));
    return shown.join(QStringLiteral(", "));
}

void collect(const QMenu *menu, const QString &path, QTableWidget *table, QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString title = withoutAccelerator(action->text());
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" › ") + title, table, seen);
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        QStringList shown;
        for (const QKeySequence &k : keys)
            shown.append(k.toString(QKeySequence::NativeText));
        addRow(table, action->icon(), title, shown.join(QStringLiteral(", ")), path);
        table->item(table->rowCount() - 1, 0)->setToolTip(action->toolTip());
    }
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setWindowIcon(fmt::icon("concord"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(860, 720);
    reload();
}

UserGuideDialog::~UserGuideDialog() = default;

QString UserGuideDialog::guideMarkdown(const QString &language)
{
    fmt::ensureResources();
    QFile file(QStringLiteral(":/guide/user-guide.%1.md").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        file.setFileName(QStringLiteral(":/guide/user-guide.en.md"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
    }
    return QString::fromUtf8(file.readAll());
}

void UserGuideDialog::reload()
{
    m_language = interfaceLanguage();
    setWindowTitle(tr("Concord User Guide"));
    m_browser->setMarkdown(guideMarkdown(m_language));
}

void UserGuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();
    QDialog::changeEvent(event);
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, const QList<QPair<QString, QWidget *>> &areas, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 3))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut"), tr("Menu")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    QSet<const QAction *> seen;
    for (QAction *top : menus->actions())
        if (top->menu())
            collect(top->menu(), withoutAccelerator(top->text()), m_table, seen);
    // The pages' and panes' own commands (toolbars, context menus).
    for (const auto &[title, area] : areas) {
        if (!area)
            continue;
        for (const QAction *action : area->findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty() || action->text().isEmpty() || seen.contains(action))
                continue;
            seen.insert(action);
            QStringList shown;
            for (const QKeySequence &k : action->shortcuts())
                shown.append(k.toString(QKeySequence::NativeText));
            addRow(m_table, action->icon(), withoutAccelerator(action->text()), shown.join(QStringLiteral(", ")), withoutAccelerator(title));
        }
    }
    // Keys handled by the tables themselves, and the mapping editor's window (ui/mapping/mappingeditor.cpp).
    addRow(m_table, {}, tr("Find in the page's table"), keys({QKeySequence::Find}), tr("Pages with a filter"));
    addRow(m_table, {}, tr("Copy the selected rows"), keys({QKeySequence::Copy}), tr("Tables"));
    const QString editor = tr("Mapping editor");
    addRow(m_table, {}, tr("Save the mapping"), keys({QKeySequence::Save}), editor);
    addRow(m_table, {}, tr("Undo"), keys({QKeySequence::Undo}), editor);
    addRow(m_table, {}, tr("Redo"), keys({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}), editor);
    addRow(m_table, {}, tr("Auto-map"), keys({QKeySequence(Qt::CTRL | Qt::Key_M)}), editor);
    addRow(m_table, {}, tr("Show the undo history"), keys({QKeySequence(Qt::CTRL | Qt::Key_H)}), editor);
    addRow(m_table, {}, tr("Close the editor"), keys({QKeySequence::Close}), editor);

    auto *filter = new QLineEdit;
    filter->setObjectName(QStringLiteral("shortcutsFilter"));
    filter->setPlaceholderText(tr("Filter commands or keys"));
    filter->setClearButtonEnabled(true);
    connect(filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            bool match = text.isEmpty();
            for (int col = 0; col < m_table->columnCount() && !match; ++col)
                match = m_table->item(row, col)->text().contains(text, Qt::CaseInsensitive);
            m_table->setRowHidden(row, !match);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace concord

#pragma once
// Help → User Guide (F1): docs/guide/user-guide.<language>.md, compiled into the console and shown
// in the interface's language (it follows a language switch). Help → Keyboard Shortcuts: every
// command that has a shortcut, read from the menus and from the pages' own actions so the list
// cannot go stale, plus the mapping editor's (a window of its own).

#include <QDialog>
#include <QList>
#include <QPair>

class QMenuBar;
class QTableWidget;
class QTextBrowser;

namespace concord {

class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    ~UserGuideDialog() override;

    // The guide's Markdown for a language ("zh_CN", "en"); English when there is none.
    static QString guideMarkdown(const QString &language);
    QTextBrowser *browser() const { return m_browser; }
    QString language() const { return m_language; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();

    QTextBrowser *m_browser;
    QString m_language;
};

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // areas: a page or pane with its title; its actions with shortcuts are listed under it.
    ShortcutsDialog(const QMenuBar *menus, const QList<QPair<QString, QWidget *>> &areas = {}, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace concord

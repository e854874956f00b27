#pragma once
// The right side of the conflict page: one conflict, three ways. Above the fields, what it is
// (record, kind, both sides' modification times, when it was detected) and why it waits; for a
// record deleted on one side, Keep record / Delete record. The fields (ConflictMergeModel, sortable,
// Ctrl+C copies as TSV): click a Base / source / target cell or press 1 / 2 / 3 on a row to take it,
// F2 or a double-click on Result types a value, 0 sets NULL. Below: the comment for the audit
// trail, "Apply the same choices to N similar conflicts" and Resolve (the page's action).

#include "conflict/conflicttypes.h"

#include <QWidget>

class QAbstractButton;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace concord {

class ConflictDraft;
class ConflictMergeModel;

class ConflictDetail : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictDetail(ConflictDraft *draft, QWidget *parent = nullptr);
    ~ConflictDetail() override;

    // id 0: nothing selected. `viewer`: who values are masked for, as a label. `stale`: a
    // resolution was refused because the records changed since they were shown.
    void showConflict(const ConflictView &conflict, const QString &viewer, bool stale);
    // How many open conflicts are like the shown one (same pipeline, kind, fields in conflict).
    void setSimilarCount(int count);
    int similarCount() const { return m_similar; }
    bool applyToSimilar() const;
    void setApplyToSimilar(bool on);
    QString comment() const;
    void setResolveAction(QAction *resolve);

    // Takes base / source / target (or sets NULL) for the current row of the fields table.
    bool pickOnCurrentRow(int key);
    void selectField(const QString &field);

    ConflictMergeModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QCheckBox *similarBox() const { return m_similarBox; }
    QLineEdit *commentEdit() const { return m_comment; }
    QRadioButton *keepButton() const { return m_keep; }
    QRadioButton *deleteButton() const { return m_delete; }
    QString titleText() const;
    QString infoText() const;
    QString reasonText() const;
    QString staleText() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshKeep();
    void showMenu(const QPoint &pos);
    int currentSourceRow() const;

    ConflictDraft *m_draft;
    ConflictMergeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLabel *m_info;
    QLabel *m_reason;
    QLabel *m_stale;
    QWidget *m_keepRow;
    QLabel *m_keepLabel;
    QRadioButton *m_keep;
    QRadioButton *m_delete;
    QTableView *m_table;
    QLabel *m_hint;
    QLabel *m_commentLabel;
    QLineEdit *m_comment;
    QCheckBox *m_similarBox;
    QToolButton *m_resolveButton;
    QWidget *m_body;
    QString m_viewer;
    bool m_isStale = false;
    int m_similar = 0;
};

} // namespace concord

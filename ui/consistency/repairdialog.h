#pragma once
// Repair selected… / Repair all… (UX.md: consistency review): the dry run's plan — what a repair
// would write for each discrepancy (insert, update of the listed fields, delete, flag an extra
// record and leave it, or skip and why) — with a count per action. Confirm applies exactly that
// selection of discrepancies; nothing is written while the dialog is open.

#include "consistency/consistencytypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace concord {

class RepairDialog : public QDialog
{
    Q_OBJECT

public:
    // plan: the dry run's answer.
    explicit RepairDialog(const RepairResult &plan, QWidget *parent = nullptr);
    ~RepairDialog() override;

    const RepairResult &plan() const { return m_plan; }
    // The discrepancies planned: what Confirm repairs.
    QList<qint64> ids() const { return m_ids; }
    // Whether Confirm would write anything (not every action a skip or a flag).
    bool canConfirm() const;
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;

    // insert | update | delete | flag | skip, translated.
    static QString actionText(const QString &action);
    // "2 inserts, 1 update, 1 skipped", translated; empty counts left out.
    static QString summary(const RepairResult &result);

private:
    RepairResult m_plan;
    QList<qint64> m_ids;
    QLabel *m_summary;
    QTableWidget *m_table;
    QDialogButtonBox *m_buttons;
};

} // namespace concord

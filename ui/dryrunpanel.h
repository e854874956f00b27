#pragma once
// Shows what a dry run would have written: counts of planned inserts, updates and failures, and
// the first planned rows (RunResult::planned). A dock, not a dialog, so the steward can keep it
// open beside the table while adjusting a mapping and dry-running again.

#include "sync/runtypes.h"

#include <QDockWidget>

class QLabel;
class QTableWidget;

namespace concord {

class DryRunPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit DryRunPanel(QWidget *parent = nullptr);
    ~DryRunPanel() override;

    void showResult(const RunResult &result);
    bool hasResult() const { return m_hasResult; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_summary;
    QTableWidget *m_table;
    RunResult m_result;
    bool m_hasResult = false;
};

} // namespace concord

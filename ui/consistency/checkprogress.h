#pragma once
// The consistency page's progress line while a check or repair runs: the pipeline and phase
// (waiting for the engine, counting, comparing, reading differing records, storing, repairing)
// and a bar with done / total, or a busy bar when the total is not known.

#include "consistency/consistencytypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace concord {

class CheckProgress : public QWidget
{
    Q_OBJECT

public:
    explicit CheckProgress(QWidget *parent = nullptr);
    ~CheckProgress() override;

    // A check or repair of `pipeline` was asked for (or the scheduler's began): shown, waiting.
    void start(const QString &pipeline, bool repairing);
    // The engine began it.
    void setStarted();
    // Progress of the shown pipeline's job; others are ignored.
    void setProgress(const ConsistencyProgress &progress);
    void finish();

    QProgressBar *bar() const { return m_bar; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QLabel *m_text;
    QProgressBar *m_bar;
    QString m_pipeline;
    bool m_repairing = false;
    bool m_started = false;
    ConsistencyProgress m_last;
};

} // namespace concord

#pragma once
// The status bar's run indicator: what is running, a progress bar (done / total, or a busy
// bar while the total is unknown) and a Cancel button. Hidden when nothing runs.

#include "sync/runtypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace concord {

class RunStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RunStatusWidget(QWidget *parent = nullptr);
    ~RunStatusWidget() override;

    void startRun(const QString &pipeline, bool dryRun);
    void setProgress(const RunProgress &progress);
    void finishRun();

    QProgressBar *progressBar() const { return m_bar; }

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QString m_pipeline;
    bool m_dryRun = false;
    bool m_cancelling = false;
};

} // namespace concord

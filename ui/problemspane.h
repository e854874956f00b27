#pragma once
// The "Problems" dock: every error or warning the workspace loader reported, one row each as
// file:line:col, code and message, instead of a storm of message boxes. Copy puts them on the
// clipboard in the same "file:line:col: message" form concordctl validate prints.

#include "core/error.h"

#include <QDockWidget>

class QLabel;
class QTreeWidget;

namespace concord {

class ProblemsPane : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProblemsPane(QWidget *parent = nullptr);
    ~ProblemsPane() override;

    // errors: the workspace could not be opened; warnings: it opened, but look at these.
    void showErrors(const QString &dir, const ErrorList &errors);
    void showWarnings(const QString &dir, const ErrorList &warnings);
    void clearProblems();
    int problemCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill(const ErrorList &problems, bool errors);
    void retranslate();
    void copyAll() const;

    QLabel *m_summary;
    QTreeWidget *m_list;
    QString m_dir;
    bool m_errors = false;
};

} // namespace concord

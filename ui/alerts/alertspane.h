#pragma once
// The alerts dock (UX.md: the shell — "Alerts (N)" in the navigator): what the alert rules raised,
// active ones first, with Acknowledge. Resolved alerts are shown on request. Tabbed with the log.

#include "store/opstypes.h"

#include <QDockWidget>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace concord {

class AlertModel;

class AlertsPane : public QDockWidget
{
    Q_OBJECT

public:
    explicit AlertsPane(QWidget *parent = nullptr);
    ~AlertsPane() override;

    void setAlerts(const QList<AlertRecord> &alerts);
    void setShowResolved(bool show);
    // Acknowledge needs an open workspace (and the alert must still be unacknowledged).
    void setActionsAvailable(bool available);

    AlertModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    void selectAlert(qint64 id);

Q_SIGNALS:
    void acknowledgeRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    QList<qint64> selectedPending() const;

    AlertModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QCheckBox *m_showResolved;
    QAction *m_acknowledge;
    bool m_available = false;
};

} // namespace concord

#pragma once
// The schema-drift inbox (docs/lineage.md §6), a dock tabbed with the log: columns added, removed
// or retyped under the pipelines' tables, each with what it touches (pipelines, mappings,
// policies). Acknowledge marks the selected items seen (audited); Check Now looks at every
// pipeline's tables at once. Read and done off the GUI thread through GovernanceClient.

#include "governance/schemadrift.h"

#include <QDockWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTableWidget;

namespace concord {

class ConsoleSession;
class ControlHost;
class EngineHost;
class GovernanceClient;

class DriftPane : public QDockWidget
{
    Q_OBJECT

public:
    DriftPane(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent = nullptr);
    ~DriftPane() override;

    QTableWidget *table() const { return m_table; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *checkAction() const { return m_check; }
    const QList<DriftItem> &items() const { return m_items; }
    int openCount() const;

public Q_SLOTS:
    void reload();
    void checkNow();
    void acknowledgeSelected();

Q_SIGNALS:
    void openCountChanged(int open);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void show(const QList<DriftItem> &items);
    QString changeText(const DriftItem &d) const;

    ConsoleSession *m_session;
    GovernanceClient *m_client;
    QTableWidget *m_table;
    QLabel *m_status;
    QCheckBox *m_showAcknowledged;
    QAction *m_acknowledge;
    QAction *m_check;
    QList<DriftItem> m_items;
};

} // namespace concord

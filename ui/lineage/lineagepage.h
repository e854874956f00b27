#pragma once
// The lineage page (docs/lineage.md): "Where did this come from?" for one record — pick a dataset
// and a key (or arrive from a discrepancy, a conflict or a dead letter) and see, hop by hop, the
// source record, pipeline, write, run, time and mapping version that produced it, and where it was
// written onwards; double-click a hop to follow that record. Beside it the dataset graph of the
// workspace's pipelines (systems' datasets as boxes, pipelines as arrows); selecting a pipeline
// shows its fields, target from source, with what the policy masks or drops. Record lineage is read
// off the GUI thread through GovernanceClient; the graph is derived from the workspace.

#include "governance/datasetlineage.h"
#include "governance/lineage.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace concord {

class ConsoleSession;
class ControlHost;
class EngineHost;
class GovernanceClient;

class LineagePage : public QWidget
{
    Q_OBJECT

public:
    LineagePage(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent = nullptr);
    ~LineagePage() override;

    // Traces `key` of `dataset` (as the state store keeps it) both ways.
    void showRecord(const QString &dataset, const QString &key);
    // Selects a pipeline in the graph and lists its fields.
    void showPipeline(const QString &pipeline);

    QTreeWidget *recordTree() const { return m_tree; }
    QTableWidget *fieldTable() const { return m_fields; }
    QGraphicsScene *graphScene() const { return m_scene; }
    const DatasetLineageGraph &graph() const { return m_graph; }
    QString statusText() const;
    int tracesShown() const { return m_traces; }

Q_SIGNALS:
    void message(const QString &text, int ms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildGraph();
    void trace();
    void onLineage(quint64 requestId, const LineageReport &report);
    void addHops(QTreeWidgetItem *parent, const QList<LineageHop> &hops, bool upstream);
    void fillFields(const PipelineLineage &p);

    ConsoleSession *m_session;
    GovernanceClient *m_client;
    DatasetLineageGraph m_graph;
    QLabel *m_datasetLabel;
    QComboBox *m_dataset;
    QLabel *m_keyLabel;
    QLineEdit *m_key;
    QPushButton *m_trace;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QLabel *m_graphTitle;
    QGraphicsScene *m_scene;
    QGraphicsView *m_view;
    QLabel *m_fieldsTitle;
    QTableWidget *m_fields;
    QString m_selectedPipeline;
    LineageReport m_report;
    quint64 m_request = 0;
    int m_traces = 0;
};

} // namespace concord

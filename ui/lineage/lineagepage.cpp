#include "lineage/lineagepage.h"

#include "audit/governanceclient.h"
#include "consolesession.h"
#include "formatting.h"

#include <QComboBox>
#include <QEvent>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace concord {

namespace {

constexpr int kBoxWidth = 210;
constexpr int kBoxHeight = 52;
constexpr int kLayerGap = 260;
constexpr int kRowGap = 34;
constexpr int kPipelineRole = Qt::UserRole + 1;
constexpr int kDatasetRole = Qt::UserRole + 2;
constexpr int kKeyRole = Qt::UserRole + 3;

// A soft colour per system, the same each time for the same name.
QColor systemColour(const QString &system)
{
    static const QColor palette[] = {QColor(0xe3, 0xf1, 0xe6), QColor(0xe8, 0xee, 0xf9), QColor(0xfd, 0xf0, 0xdc),
                                     QColor(0xf3, 0xe8, 0xf7), QColor(0xe5, 0xf4, 0xf6), QColor(0xfb, 0xe9, 0xe7)};
    return palette[qHash(system) % (sizeof(palette) / sizeof(palette[0]))];
}

// Each dataset's column: the longest chain of pipelines leading to it (cycles cut after N rounds).
QHash<QString, int> layersOf(const DatasetLineageGraph &g)
{
    QHash<QString, int> layer;
    for (const QString &d : g.datasets)
        layer.insert(d, 0);
    for (int round = 0; round < g.datasets.size(); ++round) {
        bool changed = false;
        for (const PipelineLineage &p : g.pipelines) {
            if (p.direction == QLatin1String("two-way") && layer.value(p.target) > layer.value(p.source))
                continue;
            if (layer.value(p.target) < layer.value(p.source) + 1) {
                layer[p.target] = layer.value(p.source) + 1;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return layer;
}

} // namespace

LineagePage::LineagePage(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent)
    : QWidget(parent), m_session(session), m_client(new GovernanceClient(host, control, this))
{
    setObjectName(QStringLiteral("lineagePage"));
    m_datasetLabel = new QLabel;
    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("lineageDataset"));
    m_dataset->setMinimumContentsLength(24);
    m_keyLabel = new QLabel;
    m_key = new QLineEdit;
    m_key->setObjectName(QStringLiteral("lineageKey"));
    m_key->setClearButtonEnabled(true);
    m_trace = new QPushButton(fmt::icon("lineage"), QString());
    m_trace->setObjectName(QStringLiteral("lineageTrace"));
    m_trace->setDefault(true);
    auto *ask = new QHBoxLayout;
    ask->addWidget(m_datasetLabel);
    ask->addWidget(m_dataset);
    ask->addWidget(m_keyLabel);
    ask->addWidget(m_key, 1);
    ask->addWidget(m_trace);
    m_status = new QLabel;
    m_status->setWordWrap(true);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("lineageTree"));
    m_tree->setColumnCount(6);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);

    m_graphTitle = new QLabel;
    m_scene = new QGraphicsScene(this);
    m_view = new QGraphicsView(m_scene);
    m_view->setObjectName(QStringLiteral("lineageGraph"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_fieldsTitle = new QLabel;
    m_fields = new QTableWidget(0, 4);
    m_fields->setObjectName(QStringLiteral("lineageFields"));
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *recordSide = new QWidget;
    auto *recordLayout = new QVBoxLayout(recordSide);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->addLayout(ask);
    recordLayout->addWidget(m_status);
    recordLayout->addWidget(m_tree, 1);
    auto *graphSide = new QWidget;
    auto *graphLayout = new QVBoxLayout(graphSide);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->addWidget(m_graphTitle);
    auto *graphSplit = new QSplitter(Qt::Vertical);
    graphSplit->addWidget(m_view);
    auto *fieldsBox = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_fieldsTitle);
    fieldsLayout->addWidget(m_fields, 1);
    graphSplit->addWidget(fieldsBox);
    graphLayout->addWidget(graphSplit, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(recordSide);
    split->addWidget(graphSide);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_trace, &QPushButton::clicked, this, &LineagePage::trace);
    connect(m_key, &QLineEdit::returnPressed, this, &LineagePage::trace);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString dataset = item->data(0, kDatasetRole).toString();
        if (!dataset.isEmpty())
            showRecord(dataset, item->data(0, kKeyRole).toString());
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        if (!selected.isEmpty())
            showPipeline(selected.front()->data(0).toString());
    });
    connect(m_client, &GovernanceClient::lineageReady, this, &LineagePage::onLineage);
    connect(m_client, &GovernanceClient::lineageFailed, this, [this](quint64 id, const Error &e) {
        if (id == m_request)
            m_status->setText(tr("Cannot read the lineage: %1").arg(e.message));
    });
    if (m_session)
        connect(m_session, &ConsoleSession::workspaceOpened, this, &LineagePage::rebuildGraph);
    retranslate();
    rebuildGraph();
}

LineagePage::~LineagePage() = default;

QString LineagePage::statusText() const
{
    return m_status->text();
}

void LineagePage::rebuildGraph()
{
    const auto ws = m_session ? m_session->workspace() : nullptr;
    const QString current = m_dataset->currentText();
    m_dataset->clear();
    m_scene->clear();
    m_graph = ws ? datasetLineage(*ws) : DatasetLineageGraph();
    if (ws)
        m_dataset->addItems(ws->datasets.keys());
    if (const int i = m_dataset->findText(current); i >= 0)
        m_dataset->setCurrentIndex(i);

    const QHash<QString, int> layer = layersOf(m_graph);
    // Rows: the first column in name order; each later dataset level with the first dataset that
    // feeds it where that row is free, so that arrows run straight and do not cross.
    QHash<QString, int> rowOf;
    int columns = 0;
    for (const int l : layer)
        columns = std::max(columns, l + 1);
    for (int column = 0; column < columns; ++column) {
        QList<QPair<int, QString>> wanted;
        for (const QString &d : std::as_const(m_graph.datasets)) {
            if (layer.value(d) != column)
                continue;
            int desired = column == 0 ? int(wanted.size()) : 1 << 20;
            for (const PipelineLineage &p : std::as_const(m_graph.pipelines))
                if (p.target == d && rowOf.contains(p.source))
                    desired = std::min(desired, rowOf.value(p.source));
            wanted.append({desired == 1 << 20 ? 0 : desired, d});
        }
        std::stable_sort(wanted.begin(), wanted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        int next = 0;
        for (const auto &[desired, d] : wanted) {
            next = std::max(next, desired);
            rowOf.insert(d, next++);
        }
    }
    QHash<QString, QRectF> boxes;
    for (const QString &d : std::as_const(m_graph.datasets)) {
        const int column = layer.value(d);
        const int row = rowOf.value(d);
        const QRectF box(column * (kBoxWidth + kLayerGap), row * (kBoxHeight + kRowGap), kBoxWidth, kBoxHeight);
        boxes.insert(d, box);
        const DatasetDef *def = ws ? ws->dataset(d) : nullptr;
        const QString system = def ? def->system : d.section(QLatin1Char('.'), 0, 0);
        auto *rect = m_scene->addRect(box, QPen(QColor(0x6b, 0x7a, 0x90), 1.2), systemColour(system));
        rect->setToolTip(d);
        auto *title = m_scene->addSimpleText(d);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setPos(box.left() + 8, box.top() + 6);
        auto *sub = m_scene->addSimpleText(def && !def->table.isEmpty() ? system + QStringLiteral(" · ") + def->table : system);
        sub->setBrush(QColor(0x55, 0x5f, 0x6d));
        sub->setPos(box.left() + 8, box.top() + 28);
    }
    for (const PipelineLineage &p : std::as_const(m_graph.pipelines)) {
        const QRectF from = boxes.value(p.source);
        const QRectF to = boxes.value(p.target);
        QPointF a(from.right(), from.center().y());
        QPointF b(to.left(), to.center().y());
        if (to.left() <= from.left()) { // same column or backwards (two-way): from below
            a = QPointF(from.center().x(), from.bottom());
            b = QPointF(to.center().x() + 20, to.bottom());
        }
        QPainterPath path(a);
        const qreal dx = std::max<qreal>(40, std::abs(b.x() - a.x()) / 2);
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        const auto masked = std::count_if(p.fields.cbegin(), p.fields.cend(),
                                          [](const FieldLineage &f) { return f.policy != QLatin1String("pass"); });
        QPen pen(p.enabled ? QColor(0x2f, 0x5f, 0xa8) : QColor(0x99, 0x99, 0x99), 2);
        if (p.direction == QLatin1String("two-way"))
            pen.setStyle(Qt::DashLine);
        auto *edge = m_scene->addPath(path, pen);
        edge->setData(0, p.pipeline);
        edge->setFlag(QGraphicsItem::ItemIsSelectable);
        edge->setToolTip(p.pipeline);
        QPolygonF head;
        head << b << b + QPointF(-9, -5) << b + QPointF(-9, 5);
        m_scene->addPolygon(head, pen, pen.color());
        auto *label = m_scene->addSimpleText(p.pipeline + (p.direction == QLatin1String("two-way") ? QStringLiteral(" ⇄") : QString())
                                             + (masked ? QStringLiteral(" · ") + tr("%n masked", nullptr, int(masked)) : QString()));
        label->setBrush(pen.color());
        label->setPos(path.pointAtPercent(0.5) + QPointF(-label->boundingRect().width() / 2, -18));
        label->setData(0, p.pipeline);
        label->setFlag(QGraphicsItem::ItemIsSelectable);
        label->setToolTip(masked ? tr("Some fields are masked or dropped on the way") : p.pipeline);
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    if (!m_selectedPipeline.isEmpty())
        showPipeline(m_selectedPipeline);
    else
        m_fields->setRowCount(0);
}

void LineagePage::showPipeline(const QString &pipeline)
{
    for (const PipelineLineage &p : std::as_const(m_graph.pipelines)) {
        if (p.pipeline != pipeline)
            continue;
        m_selectedPipeline = pipeline;
        fillFields(p);
        for (QGraphicsItem *item : m_scene->items())
            if (item->data(0).toString() == pipeline) {
                m_view->ensureVisible(item, 40, 40);
                break;
            }
        return;
    }
}

void LineagePage::fillFields(const PipelineLineage &p)
{
    m_fieldsTitle->setText(tr("Fields of %1: %2 → %3 (mapping %4)").arg(p.pipeline, p.source, p.target, p.mappingVersion)
                           + (p.problem.isEmpty() ? QString() : QStringLiteral(" — ") + p.problem));
    m_fields->setRowCount(int(p.fields.size()));
    for (int r = 0; r < p.fields.size(); ++r) {
        const FieldLineage &f = p.fields[r];
        QString policy;
        if (f.policy == QLatin1String("mask"))
            policy = tr("masked: %1").arg(f.mask);
        else if (f.policy == QLatin1String("drop"))
            policy = tr("dropped");
        const QStringList cells = {f.target, f.sources.isEmpty() ? tr("(none)") : f.sources.join(QStringLiteral(", ")),
                                   f.how, policy};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!policy.isEmpty())
                item->setForeground(QColor(0xa3, 0x5a, 0x00));
            m_fields->setItem(r, c, item);
        }
    }
    m_fields->resizeColumnsToContents();
}

void LineagePage::showRecord(const QString &dataset, const QString &key)
{
    const int i = m_dataset->findText(dataset);
    if (i >= 0)
        m_dataset->setCurrentIndex(i);
    m_key->setText(key);
    trace();
}

void LineagePage::trace()
{
    const QString dataset = m_dataset->currentText();
    const QString key = m_key->text().trimmed();
    if (dataset.isEmpty() || key.isEmpty()) {
        m_status->setText(tr("Choose a dataset and type a record's key."));
        return;
    }
    LineageQuery q;
    q.dataset = dataset;
    q.key = key;
    m_request = m_client->requestLineage(q);
    m_status->setText(tr("Tracing %1 %2…").arg(dataset, key));
}

void LineagePage::onLineage(quint64 requestId, const LineageReport &report)
{
    if (requestId != m_request)
        return;
    m_report = report;
    ++m_traces;
    m_tree->clear();
    auto *root = new QTreeWidgetItem(m_tree, {report.dataset + QLatin1Char(' ') + report.key});
    QFont bold = root->font(0);
    bold.setBold(true);
    root->setFont(0, bold);
    auto *up = new QTreeWidgetItem(root, {tr("Came from")});
    if (report.upstream.isEmpty())
        new QTreeWidgetItem(up, {tr("nothing Concord wrote: entered in this system, or older than the kept lineage")});
    addHops(up, report.upstream, true);
    auto *down = new QTreeWidgetItem(root, {tr("Went to")});
    if (report.downstream.isEmpty())
        new QTreeWidgetItem(down, {tr("no pipeline has written it onwards")});
    addHops(down, report.downstream, false);
    m_tree->expandAll();
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    m_status->setText(tr("%1 %2: %n hop(s) upstream, ", nullptr, int(report.upstream.size())).arg(report.dataset, report.key)
                      + tr("%n downstream. Double-click a record to follow it.", nullptr, int(report.downstream.size())));
    if (!report.upstream.isEmpty())
        showPipeline(report.upstream.front().pipeline);
    else if (!report.downstream.isEmpty())
        showPipeline(report.downstream.front().pipeline);
}

void LineagePage::addHops(QTreeWidgetItem *parent, const QList<LineageHop> &hops, bool upstream)
{
    // Depth first: each hop under the one it continues.
    QList<QTreeWidgetItem *> atDepth = {parent};
    for (const LineageHop &h : hops) {
        while (atDepth.size() > h.depth)
            atDepth.removeLast();
        QTreeWidgetItem *under = atDepth.isEmpty() ? parent : atDepth.back();
        const QString dataset = upstream ? h.sourceDataset : h.targetDataset;
        const QString key = upstream ? h.sourceKey : h.targetKey;
        const QString op = h.op == QLatin1String("inserted") ? tr("inserted")
            : h.op == QLatin1String("updated")               ? tr("updated")
            : h.op == QLatin1String("deleted")               ? tr("deleted")
                                                             : tr("rewritten unchanged");
        auto *item = new QTreeWidgetItem(under, {(upstream ? QStringLiteral("← ") : QStringLiteral("→ ")) + dataset + QLatin1Char(' ') + key,
                                                 h.pipeline, op, tr("run %1").arg(h.runId),
                                                 h.writtenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                 h.mappingVersion});
        item->setData(0, kDatasetRole, dataset);
        item->setData(0, kKeyRole, key);
        item->setData(1, kPipelineRole, h.pipeline);
        item->setToolTip(0, tr("by %1, trace %2").arg(h.actor, h.traceId));
        atDepth.append(item);
    }
}

void LineagePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LineagePage::retranslate()
{
    m_datasetLabel->setText(tr("Dataset:"));
    m_keyLabel->setText(tr("Key:"));
    m_key->setPlaceholderText(tr("the record's key; a composite key as a JSON array"));
    m_trace->setText(tr("Where Did This Come From?"));
    m_tree->setHeaderLabels({tr("Record"), tr("Pipeline"), tr("Write"), tr("Run"), tr("Time"), tr("Mapping version")});
    m_graphTitle->setText(tr("Dataset lineage: every pipeline of the workspace. Select an arrow to see its fields."));
    m_fields->setHorizontalHeaderLabels({tr("Target field"), tr("From"), tr("How"), tr("Policy")});
    if (m_fieldsTitle->text().isEmpty() || m_selectedPipeline.isEmpty())
        m_fieldsTitle->setText(tr("Fields: select a pipeline"));
    else
        showPipeline(m_selectedPipeline);
}

} // namespace concord

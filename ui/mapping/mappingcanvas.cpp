#include "mapping/mappingcanvas.h"

#include "mapping/expression.h"

#include <QApplication>
#include <QEvent>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace concord {

namespace {

constexpr qreal RowHeight = 30;
constexpr qreal ColumnWidth = 330;
constexpr qreal Gap = 170;
constexpr qreal HeaderHeight = 34;

QColor sensitivityColor(Sensitivity s)
{
    switch (s) {
    case Sensitivity::L1: return QColor(0x8a, 0x8f, 0x98);
    case Sensitivity::L3: return QColor(0xc6, 0x28, 0x28);
    case Sensitivity::L2:
    case Sensitivity::Unset: break;
    }
    return QColor(0xd9, 0x8a, 0x00);
}

const QColor kAccent(0x1f, 0x6f, 0xd1);
const QColor kWarning(0xc6, 0x28, 0x28);

// Source fields an expression reads (none if it does not compile).
QStringList fieldsRead(const QString &text, const Schema &source, const MappingRules &rules)
{
    if (text.trimmed().isEmpty())
        return {};
    ExpressionContext ctx;
    ctx.resolveField = [&source](const QString &name) { return source.indexOf(name); };
    ctx.lookupTables = rules.lookupTables;
    auto compiled = Expression::compile(text, ctx);
    return compiled.ok() ? compiled.value().referencedFields() : QStringList();
}

} // namespace

QString displaySample(const Value &value, const Field &field)
{
    Q_UNUSED(field)
    if (value.isNull())
        return QStringLiteral("null");
    QString text = value.toString().simplified();
    if (text.size() > 18)
        text = text.left(17) + QChar(0x2026);
    return text;
}

// One field row. Source rows show name, type, sensitivity badge and a sample value; target rows
// show name, type and what the rule does (key, required, cases, expression, constant) or ⚠.
class FieldItem final : public QGraphicsItem
{
public:
    FieldItem(bool source, const Field &field) : m_source(source), m_field(field)
    {
        setAcceptHoverEvents(true);
        setToolTip(QStringLiteral("%1 (%2)").arg(field.name, field.type.toString()));
    }

    bool isSource() const { return m_source; }
    const Field &field() const { return m_field; }
    QPointF anchor() const { return mapToScene(m_source ? QPointF(ColumnWidth, RowHeight / 2) : QPointF(0, RowHeight / 2)); }

    void setSample(const QString &sample) { m_sample = sample; update(); }
    void setRuleMark(const QString &mark) { m_mark = mark; update(); }
    void setProblem(const QString &problem)
    {
        m_problem = problem;
        setToolTip(problem.isEmpty() ? QStringLiteral("%1 (%2)").arg(m_field.name, m_field.type.toString())
                                     : QStringLiteral("%1: %2").arg(m_field.name, problem));
        update();
    }
    bool hasProblem() const { return !m_problem.isEmpty(); }
    void setSelectedRow(bool on) { m_selected = on; update(); }
    void setHighlighted(bool on) { m_highlighted = on; update(); }

    QRectF boundingRect() const override { return QRectF(0, 0, ColumnWidth, RowHeight); }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *widget) override
    {
        const QPalette pal = widget ? widget->palette() : QApplication::palette();
        const QRectF r = boundingRect().adjusted(0.5, 0.5, -0.5, -0.5);
        QColor bg = pal.color(QPalette::Base);
        if (m_selected)
            bg = pal.color(QPalette::Highlight).lighter(170);
        else if (m_highlighted)
            bg = pal.color(QPalette::AlternateBase);
        p->setPen(QPen(hasProblem() ? kWarning : pal.color(QPalette::Mid), hasProblem() ? 1.5 : 1));
        p->setBrush(bg);
        p->drawRect(r);

        QFont f = p->font();
        f.setBold(m_field.key);
        p->setFont(f);
        p->setPen(pal.color(QPalette::Text));
        qreal x = 8;
        if (!m_source && hasProblem()) {
            p->setPen(kWarning);
            p->drawText(QRectF(x, 0, 16, RowHeight), Qt::AlignVCenter, QStringLiteral("\u26a0"));
            x += 18;
            p->setPen(pal.color(QPalette::Text));
        }
        const QFontMetricsF fm(f);
        const QString name = fm.elidedText(m_field.name, Qt::ElideRight, 130);
        p->drawText(QRectF(x, 0, 140, RowHeight), Qt::AlignVCenter, name);
        x += std::min<qreal>(fm.horizontalAdvance(name), 130) + 8;
        f.setBold(false);
        p->setFont(f);

        if (m_source) {
            // [L3] badge
            const QString badge = sensitivityName(m_field.effectiveSensitivity());
            const QRectF b(x, RowHeight / 2 - 8, 24, 16);
            p->setPen(Qt::NoPen);
            p->setBrush(sensitivityColor(m_field.effectiveSensitivity()));
            p->drawRoundedRect(b, 3, 3);
            QFont small = f;
            small.setPointSizeF(f.pointSizeF() * 0.8);
            p->setFont(small);
            p->setPen(Qt::white);
            p->drawText(b, Qt::AlignCenter, badge);
            p->setFont(f);
            x += 30;
        }
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(QRectF(x, 0, 110, RowHeight), Qt::AlignVCenter, m_field.type.toString());
        const QString right = m_source ? m_sample : m_mark;
        if (!right.isEmpty()) {
            QFont it = f;
            it.setItalic(m_source);
            p->setFont(it);
            p->setPen(!m_source && hasProblem() ? kWarning : pal.color(QPalette::PlaceholderText));
            p->drawText(QRectF(ColumnWidth - 128, 0, 120, RowHeight), Qt::AlignVCenter | Qt::AlignRight,
                        QFontMetricsF(it).elidedText(right, Qt::ElideRight, 120));
        }
        // The connector dot links start from or end at.
        p->setPen(Qt::NoPen);
        p->setBrush(kAccent);
        p->drawEllipse(m_source ? QPointF(ColumnWidth, RowHeight / 2) : QPointF(0, RowHeight / 2), 3.5, 3.5);
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override { setHighlighted(true); }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override { setHighlighted(false); }

private:
    bool m_source;
    Field m_field;
    QString m_sample;
    QString m_mark;
    QString m_problem;
    bool m_selected = false;
    bool m_highlighted = false;
};

// A curve from a source field to a target field. Solid: the rule takes the field (`from`);
// dashed: an expression of the rule reads it.
class LinkItem final : public QGraphicsPathItem
{
public:
    LinkItem(FieldItem *from, FieldItem *to, bool direct) : m_from(from), m_to(to), m_direct(direct)
    {
        setFlag(ItemIsSelectable);
        setAcceptHoverEvents(true);
        setZValue(-1);
        const QPointF a = from->anchor();
        const QPointF b = to->anchor();
        QPainterPath path(a);
        const qreal dx = (b.x() - a.x()) / 2;
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        setPath(path);
        setToolTip(QStringLiteral("%1 \u2192 %2").arg(from->field().name, to->field().name));
        restyle();
    }

    FieldItem *from() const { return m_from; }
    FieldItem *to() const { return m_to; }

    QPainterPath shape() const override
    {
        QPainterPathStroker stroker;
        stroker.setWidth(10); // easy to click
        return stroker.createStroke(path());
    }

    void restyle()
    {
        const bool strong = isSelected() || m_hover;
        QPen pen(strong ? kAccent.darker(130) : kAccent, strong ? 3 : 1.6);
        if (!m_direct)
            pen.setStyle(Qt::DashLine);
        setPen(pen);
        m_from->setHighlighted(m_hover);
        m_to->setHighlighted(m_hover);
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemSelectedHasChanged)
            restyle();
        return QGraphicsPathItem::itemChange(change, value);
    }
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override { m_hover = true; restyle(); }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override { m_hover = false; restyle(); }

private:
    FieldItem *m_from;
    FieldItem *m_to;
    bool m_direct;
    bool m_hover = false;
};

MappingCanvas::MappingCanvas(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("mappingCanvas"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumWidth(420);
}

MappingCanvas::~MappingCanvas() = default;

void MappingCanvas::setMapping(const DatasetDef &source, const DatasetDef &target, const MappingRules &rules,
                               const QHash<QString, QString> &fieldErrors)
{
    m_source = source;
    m_target = target;
    m_rules = rules;
    m_fieldErrors = fieldErrors;
    rebuild();
}

void MappingCanvas::setSample(const Record &sample, const QList<bool> &hidden)
{
    m_sample = sample;
    m_sampleHidden = hidden;
    for (int i = 0; i < m_source.schema.fields.size(); ++i) {
        const Field &f = m_source.schema.fields.at(i);
        if (FieldItem *item = m_sourceItems.value(f.name))
            item->setSample(hidden.value(i, false)      ? tr("hidden")
                            : i < int(m_sample.size()) ? displaySample(m_sample[size_t(i)], f)
                                                       : QString());
    }
}

void MappingCanvas::rebuild()
{
    m_dragFrom = nullptr;
    m_rubber = nullptr;
    m_links.clear();
    m_sourceItems.clear();
    m_targetItems.clear();
    m_marked.clear();
    m_scene->clear();

    QFont titleFont = font();
    titleFont.setBold(true);
    auto *sourceTitle = m_scene->addSimpleText(tr("Source: %1").arg(m_source.id), titleFont);
    sourceTitle->setPos(0, 6);
    auto *targetTitle = m_scene->addSimpleText(tr("Target: %1").arg(m_target.id), titleFont);
    targetTitle->setPos(ColumnWidth + Gap, 6);

    for (int i = 0; i < m_source.schema.fields.size(); ++i) {
        auto *item = new FieldItem(true, m_source.schema.fields.at(i));
        item->setPos(0, HeaderHeight + i * RowHeight);
        m_scene->addItem(item);
        m_sourceItems.insert(item->field().name, item);
    }
    const QSet<QString> required(m_rules.required.cbegin(), m_rules.required.cend());
    for (int i = 0; i < m_target.schema.fields.size(); ++i) {
        const Field &f = m_target.schema.fields.at(i);
        auto *item = new FieldItem(false, f);
        item->setPos(ColumnWidth + Gap, HeaderHeight + i * RowHeight);
        m_scene->addItem(item);
        m_targetItems.insert(f.name, item);

        const FieldRule *rule = m_rules.rule(f.name);
        QStringList marks;
        if (f.key)
            marks << tr("key");
        if (required.contains(f.name))
            marks << tr("required");
        if (rule) {
            if (!rule->cases.isEmpty())
                marks << tr("\u0192 cases");
            else if (!rule->expr.isEmpty())
                marks << tr("\u0192 expr");
            else if (rule->constant)
                marks << QStringLiteral("= %1").arg(rule->constant->toString());
            if (rule->lookup)
                marks << tr("lookup");
        }
        QString problem = m_fieldErrors.value(f.name);
        if (!rule && (f.key || required.contains(f.name))) {
            problem = tr("required but not mapped");
            marks = QStringList{tr("(unmapped)")};
        }
        item->setRuleMark(marks.join(QStringLiteral(" \u00b7 ")));
        item->setProblem(problem);
        if (!problem.isEmpty())
            m_marked.insert(f.name, problem);
        item->setSelectedRow(f.name == m_selectedTarget);

        if (!rule)
            continue;
        QStringList direct, read;
        if (!rule->from.isEmpty())
            direct << rule->from;
        read << fieldsRead(rule->expr, m_source.schema, m_rules);
        for (const CaseRule &c : rule->cases)
            read << fieldsRead(c.when, m_source.schema, m_rules) << fieldsRead(c.thenExpr, m_source.schema, m_rules);
        read << fieldsRead(rule->elseExpr, m_source.schema, m_rules);
        read.removeDuplicates();
        for (const QString &s : std::as_const(direct))
            if (FieldItem *from = m_sourceItems.value(s)) {
                auto *link = new LinkItem(from, item, true);
                m_scene->addItem(link);
                m_links.append(link);
            }
        for (const QString &s : std::as_const(read))
            if (!direct.contains(s))
                if (FieldItem *from = m_sourceItems.value(s)) {
                    auto *link = new LinkItem(from, item, false);
                    m_scene->addItem(link);
                    m_links.append(link);
                }
    }
    const int rows = int(std::max(m_source.schema.fields.size(), m_target.schema.fields.size()));
    m_scene->setSceneRect(-8, 0, 2 * ColumnWidth + Gap + 16, HeaderHeight + rows * RowHeight + 8);
    setSample(m_sample, m_sampleHidden);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MappingCanvas::updateHighlight, Qt::UniqueConnection);
}

void MappingCanvas::selectTarget(const QString &target)
{
    if (m_selectedTarget == target)
        return;
    m_selectedTarget = target;
    for (FieldItem *item : std::as_const(m_targetItems))
        item->setSelectedRow(item->field().name == target);
    if (FieldItem *item = m_targetItems.value(target))
        ensureVisible(item);
    Q_EMIT targetSelected(target);
}

void MappingCanvas::updateHighlight()
{
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem *i : selected)
        if (auto *link = dynamic_cast<LinkItem *>(i)) {
            selectTarget(link->to()->field().name);
            break;
        }
}

QRect MappingCanvas::fieldRect(bool sourceSide, const QString &name) const
{
    const FieldItem *item = (sourceSide ? m_sourceItems : m_targetItems).value(name);
    return item ? mapFromScene(item->sceneBoundingRect()).boundingRect() : QRect();
}

QHash<QString, QStringList> MappingCanvas::links() const
{
    QHash<QString, QStringList> out;
    for (const LinkItem *l : m_links)
        out[l->to()->field().name].append(l->from()->field().name);
    return out;
}

QStringList MappingCanvas::markedUnmapped() const
{
    QStringList out;
    for (const Field &f : m_target.schema.fields)
        if (FieldItem *item = m_targetItems.value(f.name); item && item->hasProblem() && !m_rules.rule(f.name))
            out << f.name;
    return out;
}

FieldItem *MappingCanvas::fieldAt(const QPoint &viewPos) const
{
    const auto found = items(viewPos);
    for (QGraphicsItem *i : found)
        if (auto *f = dynamic_cast<FieldItem *>(i))
            return f;
    return nullptr;
}

void MappingCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    FieldItem *field = event->button() == Qt::LeftButton ? fieldAt(event->position().toPoint()) : nullptr;
    if (field && field->isSource()) {
        m_dragFrom = field;
        m_rubber = m_scene->addPath(QPainterPath(), QPen(kAccent, 2, Qt::DashLine));
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
    if (field)
        selectTarget(field->field().name);
}

void MappingCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom && m_rubber) {
        const QPointF a = m_dragFrom->anchor();
        const QPointF b = mapToScene(event->position().toPoint());
        QPainterPath path(a);
        const qreal dx = (b.x() - a.x()) / 2;
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        m_rubber->setPath(path);
        FieldItem *over = fieldAt(event->position().toPoint());
        for (FieldItem *t : std::as_const(m_targetItems))
            t->setHighlighted(t == over);
        viewport()->setCursor(over && !over->isSource() ? Qt::DragLinkCursor : Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void MappingCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragFrom) {
        FieldItem *from = m_dragFrom;
        m_dragFrom = nullptr;
        delete m_rubber;
        m_rubber = nullptr;
        viewport()->unsetCursor();
        for (FieldItem *t : std::as_const(m_targetItems))
            t->setHighlighted(false);
        FieldItem *to = fieldAt(event->position().toPoint());
        event->accept();
        if (to && !to->isSource()) {
            const QString source = from->field().name;
            const QString target = to->field().name;
            selectTarget(target);
            Q_EMIT linkRequested(source, target); // may rebuild the scene: nothing used after this
        }
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void MappingCanvas::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && !m_selectedTarget.isEmpty()
        && m_rules.rule(m_selectedTarget)) {
        Q_EMIT unlinkRequested(m_selectedTarget);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void MappingCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QGraphicsView::changeEvent(event);
}

} // namespace concord

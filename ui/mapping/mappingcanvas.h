#pragma once
// The visual half of the mapping editor: the source dataset's fields on the left, the target's on
// the right, and a curve for every link between them (dashed when the value is computed by an
// expression that reads the field). Drag from a source field onto a target field to link them;
// select a link (or a target field) and press Delete to remove the rule. Unmapped required target
// fields and fields whose rule has an error are marked. The canvas only draws and reports gestures;
// the editor turns them into undoable document edits.

#include "mapping/mappingrules.h"
#include "model/record.h"
#include "workspace/workspace.h"

#include <QGraphicsView>
#include <QHash>
#include <QSet>

class QGraphicsPathItem;

namespace concord {

class FieldItem;
class LinkItem;

class MappingCanvas final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MappingCanvas(QWidget *parent = nullptr);
    ~MappingCanvas() override;

    // Redraws everything for these datasets and rules. `sample`: the first sample record (source
    // field order) for the sample column, may be empty. `fieldErrors`: target fields whose rule
    // has a problem, with the first message.
    void setMapping(const DatasetDef &source, const DatasetDef &target, const MappingRules &rules,
                    const QHash<QString, QString> &fieldErrors);
    // `hidden`: per source field, whether the viewer may not see it (shown as "hidden", not "null").
    void setSample(const Record &sample, const QList<bool> &hidden = {});

    QString selectedTarget() const { return m_selectedTarget; }
    void selectTarget(const QString &target);
    // Where a field's row is, in viewport coordinates (tests and tooltips); null rect if none.
    QRect fieldRect(bool sourceSide, const QString &name) const;
    // The links drawn: target -> source fields it reads.
    QHash<QString, QStringList> links() const;
    QStringList markedUnmapped() const;
    // Target fields marked with a problem (unmapped required, or their rule has an error), with why.
    QHash<QString, QString> markedProblems() const { return m_marked; }

Q_SIGNALS:
    void linkRequested(const QString &source, const QString &target);
    void unlinkRequested(const QString &target);
    void targetSelected(const QString &target);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    FieldItem *fieldAt(const QPoint &viewPos) const;
    void updateHighlight();

    QGraphicsScene *m_scene;
    DatasetDef m_source;
    DatasetDef m_target;
    MappingRules m_rules;
    QHash<QString, QString> m_fieldErrors;
    QHash<QString, QString> m_marked;
    Record m_sample;
    QList<bool> m_sampleHidden;
    QHash<QString, FieldItem *> m_sourceItems;
    QHash<QString, FieldItem *> m_targetItems;
    QList<LinkItem *> m_links;
    QString m_selectedTarget;
    // Dragging a new link.
    FieldItem *m_dragFrom = nullptr;
    QGraphicsPathItem *m_rubber = nullptr;
};

// How a sample value is shown next to a field: simplified and shortened. Masking is not done here:
// the values come from a preview the policy already masked for the viewer (policy/viewpolicy.h).
QString displaySample(const Value &value, const Field &field);

} // namespace concord

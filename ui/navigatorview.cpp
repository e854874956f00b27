#include "navigatorview.h"

#include "navigatormodel.h"

#include <QHeaderView>
#include <QPainter>

namespace concord {

NavigatorView::NavigatorView(NavigatorModel *model, QWidget *parent) : QTreeView(parent), m_model(model)
{
    setObjectName(QStringLiteral("navigatorView"));
    setModel(model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAnimated(false);
    // Long pipeline names keep their end, where the conflict counts are: "crm-contacts…service (9)".
    setTextElideMode(Qt::ElideMiddle);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(model, &QAbstractItemModel::modelReset, this, &NavigatorView::expandDefaults);
    // A to-do node opens its page even when it is already the current item.
    connect(this, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const auto kind = NavigatorModel::Kind(index.data(NavigatorModel::KindRole).toInt());
        if (kind == NavigatorModel::Kind::DeadLetters)
            Q_EMIT deadLettersRequested();
        else if (kind == NavigatorModel::Kind::Alerts)
            Q_EMIT alertsRequested();
        else if (kind == NavigatorModel::Kind::Conflicts || kind == NavigatorModel::Kind::ConflictPipeline)
            Q_EMIT conflictsRequested(index.data(NavigatorModel::NameRole).toString());
    });
}

NavigatorView::~NavigatorView() = default;

void NavigatorView::selectPipeline(const QString &name)
{
    const QModelIndex index = m_model->pipelineIndex(name);
    if (index == currentIndex())
        return;
    m_selecting = true;
    if (index.isValid())
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        selectionModel()->clearSelection();
    m_selecting = false;
}

void NavigatorView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_model->rowCount() > 0)
        return;
    // An empty tree says nothing; say what would fill it.
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Systems, datasets and pipelines of the open workspace appear here."));
}

void NavigatorView::onCurrentChanged(const QModelIndex &current)
{
    if (m_selecting)
        return;
    const auto kind = NavigatorModel::Kind(current.data(NavigatorModel::KindRole).toInt());
    if (current.isValid() && kind == NavigatorModel::Kind::Pipeline)
        Q_EMIT pipelineSelected(current.data(NavigatorModel::NameRole).toString());
    else if (current.isValid() && kind == NavigatorModel::Kind::DeadLetters)
        Q_EMIT deadLettersRequested();
    else if (current.isValid() && kind == NavigatorModel::Kind::Alerts)
        Q_EMIT alertsRequested();
    else if (current.isValid() && (kind == NavigatorModel::Kind::Conflicts || kind == NavigatorModel::Kind::ConflictPipeline))
        Q_EMIT conflictsRequested(current.data(NavigatorModel::NameRole).toString());
    else if (current.isValid() && kind == NavigatorModel::Kind::Dataset)
        Q_EMIT datasetSelected(current.data(NavigatorModel::NameRole).toString());
}

void NavigatorView::expandDefaults()
{
    // Pipelines are what an operator opens the console for, and the conflicts waiting in them;
    // systems and datasets stay folded.
    for (const auto group : {NavigatorModel::PipelinesGroup, NavigatorModel::ConflictsNode})
        if (const QModelIndex index = m_model->groupIndex(group); index.isValid())
            expand(index);
}

} // namespace concord

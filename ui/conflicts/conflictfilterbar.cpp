#include "conflicts/conflictfilterbar.h"

#include "conflicts/conflictqueuemodel.h"
#include "formatting.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace concord {

namespace {

constexpr qint64 Ages[] = {0, 3600, 86400, 7 * 86400};

} // namespace

ConflictFilterBar::ConflictFilterBar(ConflictQueueModel *model, ConflictQueueFilter *proxy, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(proxy), m_pipelineLabel(new QLabel), m_pipeline(new QComboBox),
      m_datasetLabel(new QLabel), m_dataset(new QComboBox), m_fieldLabel(new QLabel), m_field(new QComboBox),
      m_ageLabel(new QLabel), m_age(new QComboBox), m_search(new QLineEdit), m_count(new QLabel)
{
    const struct
    {
        QLabel *label;
        QComboBox *combo;
        const char *name;
    } combos[] = {{m_pipelineLabel, m_pipeline, "conflictPipelineFilter"},
                  {m_datasetLabel, m_dataset, "conflictDatasetFilter"},
                  {m_fieldLabel, m_field, "conflictFieldFilter"},
                  {m_ageLabel, m_age, "conflictAgeFilter"}};
    for (const auto &c : combos) {
        c.combo->setObjectName(QLatin1String(c.name));
        c.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        c.label->setBuddy(c.combo);
        if (c.combo != m_age)
            c.combo->addItem(QString(), QString());
    }
    for (const qint64 secs : Ages)
        m_age->addItem(QString(), secs);
    for (QComboBox *combo : {m_pipeline, m_dataset, m_field, m_age})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConflictFilterBar::apply);
    m_search->setObjectName(QStringLiteral("conflictSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] { m_proxy->setSearch(m_search->text()); });
    m_count->setObjectName(QStringLiteral("conflictCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConflictFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ConflictFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ConflictFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConflictFilterBar::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictFilterBar::updateFields);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConflictFilterBar::updateFields);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &c : combos) {
        layout->addWidget(c.label);
        layout->addWidget(c.combo);
        layout->addSpacing(6);
    }
    layout->addWidget(m_search, 1);
    layout->addWidget(m_count);
    retranslate();
}

ConflictFilterBar::~ConflictFilterBar() = default;

void ConflictFilterBar::fill(QComboBox *combo, const QStringList &values)
{
    QStringList offered;
    for (int i = 1; i < combo->count(); ++i)
        offered.append(combo->itemData(i).toString());
    if (offered == values)
        return;
    const QString chosen = combo->currentData().toString();
    {
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
    apply(); // the chosen one may be gone: then all are shown
}

void ConflictFilterBar::apply()
{
    m_proxy->setPipeline(m_pipeline->currentData().toString());
    m_proxy->setDataset(m_dataset->currentData().toString());
    m_proxy->setField(m_field->currentData().toString());
    m_proxy->setOlderThan(m_age->currentData().toLongLong());
}

void ConflictFilterBar::choose(QComboBox *combo, const QString &value)
{
    if (!value.isEmpty() && combo->findData(value) < 0)
        combo->addItem(value, value); // chosen before rows that have it arrived
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

void ConflictFilterBar::setChoices(const QStringList &pipelines, const QStringList &datasets)
{
    fill(m_pipeline, pipelines);
    fill(m_dataset, datasets);
}

void ConflictFilterBar::setPipeline(const QString &pipeline)
{
    choose(m_pipeline, pipeline);
}

void ConflictFilterBar::setDataset(const QString &dataset)
{
    choose(m_dataset, dataset);
}

void ConflictFilterBar::setField(const QString &field)
{
    choose(m_field, field);
}

void ConflictFilterBar::setOlderThan(qint64 secs)
{
    m_age->setCurrentIndex(std::max(0, m_age->findData(secs)));
}

void ConflictFilterBar::setSearch(const QString &text)
{
    m_search->setText(text);
    m_searchDebounce.stop();
    m_proxy->setSearch(text);
}

void ConflictFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QString ConflictFilterBar::countText() const
{
    return m_count->text();
}

void ConflictFilterBar::updateFields()
{
    // The fields offered are those in conflict somewhere, plus the chosen one.
    QStringList fields = m_model->conflictingFields();
    const QString chosen = m_field->currentData().toString();
    if (!chosen.isEmpty() && !fields.contains(chosen))
        fields.append(chosen);
    std::sort(fields.begin(), fields.end());
    fill(m_field, fields);
}

void ConflictFilterBar::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n conflict(s)", nullptr, total)
                                    : tr("Showing %1 of %n conflict(s)", nullptr, total).arg(fmt::count(shown)));
    Q_EMIT filtered();
}

void ConflictFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConflictFilterBar::retranslate()
{
    m_pipelineLabel->setText(tr("Pipe&line:"));
    m_datasetLabel->setText(tr("&Dataset:"));
    m_fieldLabel->setText(tr("F&ield:"));
    m_ageLabel->setText(tr("A&ge:"));
    m_pipeline->setItemText(0, tr("All pipelines"));
    m_dataset->setItemText(0, tr("All datasets"));
    m_dataset->setToolTip(tr("Conflicts whose source or target is this dataset"));
    m_field->setItemText(0, tr("All fields"));
    m_field->setToolTip(tr("Only conflicts on this field"));
    m_age->setItemText(0, tr("Any age"));
    m_age->setItemText(1, tr("Older than 1 hour"));
    m_age->setItemText(2, tr("Older than 1 day"));
    m_age->setItemText(3, tr("Older than 7 days"));
    m_age->setToolTip(tr("Only conflicts detected at least this long ago"));
    m_search->setPlaceholderText(tr("Search key or value (Ctrl+F)"));
    updateCount();
}

} // namespace concord

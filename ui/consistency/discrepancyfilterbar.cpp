#include "consistency/discrepancyfilterbar.h"

#include "consistency/consistencystyle.h"
#include "consistency/discrepancymodel.h"
#include "formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace concord {

DiscrepancyFilterBar::DiscrepancyFilterBar(DiscrepancyModel *model, DiscrepancyFilter *proxy, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(proxy), m_kindLabel(new QLabel), m_kind(new QComboBox), m_fieldLabel(new QLabel),
      m_field(new QComboBox), m_includeClosed(new QCheckBox), m_search(new QLineEdit), m_count(new QLabel)
{
    m_kind->setObjectName(QStringLiteral("consistencyKind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const char *kind : {"", "missing", "extra", "mismatch"})
        m_kind->addItem(QString(), QLatin1String(kind));
    for (int i = 1; i < m_kind->count(); ++i) {
        DiscrepancyKind kind;
        if (discrepancyKindFromName(m_kind->itemData(i).toString(), &kind))
            m_kind->setItemIcon(i, consistencystyle::kindIcon(kind));
    }
    m_kindLabel->setBuddy(m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setKind(m_kind->currentData().toString()); });
    m_field->setObjectName(QStringLiteral("consistencyField"));
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_field->addItem(QString(), QString());
    m_fieldLabel->setBuddy(m_field);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setField(m_field->currentData().toString()); });
    m_includeClosed->setObjectName(QStringLiteral("consistencyIncludeClosed"));
    connect(m_includeClosed, &QCheckBox::toggled, this, &DiscrepancyFilterBar::includeClosedChanged);
    m_search->setObjectName(QStringLiteral("consistencySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(150);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] { m_proxy->setSearch(m_search->text()); });
    m_count->setObjectName(QStringLiteral("consistencyCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DiscrepancyFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DiscrepancyFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DiscrepancyFilterBar::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DiscrepancyFilterBar::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DiscrepancyFilterBar::updateFields);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DiscrepancyFilterBar::updateFields);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_kind);
    layout->addSpacing(6);
    layout->addWidget(m_fieldLabel);
    layout->addWidget(m_field);
    layout->addSpacing(6);
    layout->addWidget(m_includeClosed);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_count);
    retranslate();
}

DiscrepancyFilterBar::~DiscrepancyFilterBar() = default;

void DiscrepancyFilterBar::setKind(const QString &kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void DiscrepancyFilterBar::setField(const QString &field)
{
    if (m_field->findData(field) < 0)
        m_field->addItem(field, field); // chosen before rows that have it arrived
    m_field->setCurrentIndex(m_field->findData(field));
}

void DiscrepancyFilterBar::setSearch(const QString &text)
{
    m_search->setText(text);
    m_searchDebounce.stop();
    m_proxy->setSearch(text);
}

void DiscrepancyFilterBar::setIncludeClosed(bool on)
{
    m_includeClosed->setChecked(on);
}

bool DiscrepancyFilterBar::includeClosed() const
{
    return m_includeClosed->isChecked();
}

void DiscrepancyFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QString DiscrepancyFilterBar::countText() const
{
    return m_count->text();
}

void DiscrepancyFilterBar::updateFields()
{
    // The fields offered are those that differ somewhere, plus the chosen one.
    const QString chosen = m_field->currentData().toString();
    QStringList fields = m_model->differingFields();
    if (!chosen.isEmpty() && !fields.contains(chosen))
        fields.append(chosen);
    std::sort(fields.begin(), fields.end());
    QStringList offered;
    for (int i = 1; i < m_field->count(); ++i)
        offered.append(m_field->itemData(i).toString());
    if (offered == fields)
        return;
    const QSignalBlocker block(m_field);
    while (m_field->count() > 1)
        m_field->removeItem(1);
    for (const QString &f : std::as_const(fields))
        m_field->addItem(f, f);
    m_field->setCurrentIndex(std::max(0, m_field->findData(chosen)));
}

void DiscrepancyFilterBar::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n discrepancy(ies)", nullptr, total)
                                    : tr("Showing %1 of %n discrepancy(ies)", nullptr, total).arg(fmt::count(shown)));
    Q_EMIT filtered();
}

void DiscrepancyFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DiscrepancyFilterBar::retranslate()
{
    m_kindLabel->setText(tr("&Kind:"));
    m_fieldLabel->setText(tr("F&ield:"));
    m_kind->setItemText(0, tr("All kinds"));
    m_kind->setItemText(1, DiscrepancyModel::kindText(DiscrepancyKind::Missing));
    m_kind->setItemText(2, DiscrepancyModel::kindText(DiscrepancyKind::Extra));
    m_kind->setItemText(3, DiscrepancyModel::kindText(DiscrepancyKind::Mismatch));
    m_field->setItemText(0, tr("All fields"));
    m_field->setToolTip(tr("Only records whose value of this field differs"));
    m_includeClosed->setText(tr("Include fi&xed"));
    m_includeClosed->setToolTip(tr("Also list discrepancies that a later check no longer found, or that a repair wrote"));
    m_search->setPlaceholderText(tr("Search key or value (Ctrl+F)"));
    updateCount();
}

} // namespace concord

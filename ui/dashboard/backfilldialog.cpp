#include "dashboard/backfilldialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace concord {

BackfillDialog::BackfillDialog(const QString &pipeline, const QString &source, const QString &versionColumn, QWidget *parent)
    : QDialog(parent), m_fromChoice(new QRadioButton), m_fullChoice(new QRadioButton), m_fromEdit(new QDateTimeEdit),
      m_fromHelp(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("backfillDialog"));
    setWindowTitle(tr("Backfill %1").arg(pipeline));

    auto *intro = new QLabel(tr("A backfill reads %1 again and writes what it finds to the target, by key: rows already "
                                "there are overwritten with the source's values, so doing it twice does no harm. "
                                "Afterwards the pipeline carries on from where the backfill ended.")
                                 .arg(source));
    intro->setWordWrap(true);

    m_fromChoice->setObjectName(QStringLiteral("backfillFromChoice"));
    m_fromChoice->setText(tr("Re-read changes &from:"));
    m_fromEdit->setObjectName(QStringLiteral("backfillFrom"));
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_fromEdit->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_fromEdit->setDateTime(QDateTime::currentDateTime().addDays(-1));
    m_fromHelp->setWordWrap(true);
    m_fromHelp->setForegroundRole(QPalette::PlaceholderText);
    m_fromHelp->setText(versionColumn.isEmpty()
                            ? tr("%1 has no version column, so it cannot be read from a point in time.").arg(source)
                            : tr("Every row whose %1 is at or after this time, in your time zone.").arg(versionColumn));

    m_fullChoice->setObjectName(QStringLiteral("backfillFullChoice"));
    m_fullChoice->setText(tr("F&ull re-snapshot: read the whole source again"));
    auto *fullHelp = new QLabel(tr("Takes about as long as the first run did. Use it after the target was restored "
                                   "from a backup or rows were deleted there by hand."));
    fullHelp->setWordWrap(true);
    fullHelp->setForegroundRole(QPalette::PlaceholderText);

    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, 20);
    grid->addWidget(m_fromChoice, 0, 0, 1, 2);
    grid->addWidget(m_fromEdit, 1, 1);
    grid->addWidget(m_fromHelp, 2, 1);
    grid->addWidget(m_fullChoice, 3, 0, 1, 2);
    grid->addWidget(fullHelp, 4, 1);
    grid->setVerticalSpacing(6);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Backfill"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    const bool canFrom = !versionColumn.isEmpty();
    m_fromChoice->setEnabled(canFrom);
    (canFrom ? m_fromChoice : m_fullChoice)->setChecked(true);
    connect(m_fromChoice, &QRadioButton::toggled, this, &BackfillDialog::updateState);
    connect(m_fullChoice, &QRadioButton::toggled, this, &BackfillDialog::updateState);
    updateState();
    resize(520, sizeHint().height());
}

BackfillDialog::~BackfillDialog() = default;

bool BackfillDialog::isFull() const
{
    return m_fullChoice->isChecked();
}

QDateTime BackfillDialog::from() const
{
    return isFull() ? QDateTime() : m_fromEdit->dateTime().toUTC();
}

void BackfillDialog::setFull(bool full)
{
    (full ? m_fullChoice : m_fromChoice)->setChecked(true);
}

void BackfillDialog::setFrom(const QDateTime &from)
{
    m_fromEdit->setDateTime(from.toLocalTime());
    m_fromChoice->setChecked(true);
}

void BackfillDialog::updateState()
{
    m_fromEdit->setEnabled(m_fromChoice->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_fromChoice->isChecked() || m_fullChoice->isChecked());
}

} // namespace concord

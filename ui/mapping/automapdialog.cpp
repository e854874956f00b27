#include "mapping/automapdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concord {

QString AutoMapDialog::matchText(LinkProposal::Match match)
{
    switch (match) {
    case LinkProposal::Match::Exact: return tr("same name");
    case LinkProposal::Match::Normalized: return tr("same name, ignoring case and separators");
    case LinkProposal::Match::Synonym: return tr("synonym");
    case LinkProposal::Match::Similar: return tr("similar spelling");
    }
    return {};
}

AutoMapDialog::AutoMapDialog(const QList<LinkProposal> &proposals, QWidget *parent)
    : QDialog(parent)
    , m_proposals(proposals)
    , m_table(new QTableWidget(int(proposals.size()), 4, this))
{
    setObjectName(QStringLiteral("autoMapDialog"));
    setWindowTitle(tr("Auto-map"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(proposals.isEmpty()
                                 ? tr("No unmapped target field has a source field with a matching name.")
                                 : tr("Links proposed for unmapped target fields. Uncheck the ones you do not want; "
                                      "you can undo the rest in one step."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setHorizontalHeaderLabels({tr("Source field"), tr("Target field"), tr("Why"), tr("Note")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < proposals.size(); ++i) {
        const LinkProposal &p = proposals.at(i);
        auto *source = new QTableWidgetItem(p.source);
        source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        // Name-only guesses are offered unchecked: the steward opts in.
        source->setCheckState(p.match == LinkProposal::Match::Similar ? Qt::Unchecked : Qt::Checked);
        m_table->setItem(i, 0, source);
        m_table->setItem(i, 1, new QTableWidgetItem(p.target));
        m_table->setItem(i, 2, new QTableWidgetItem(matchText(p.match)));
        m_table->setItem(i, 3, new QTableWidgetItem(p.typesDiffer ? tr("types differ: the value is converted") : QString()));
    }
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link checked"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!proposals.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

QList<LinkProposal> AutoMapDialog::accepted() const
{
    QList<LinkProposal> out;
    for (int i = 0; i < m_proposals.size(); ++i)
        if (m_table->item(i, 0)->checkState() == Qt::Checked)
            out << m_proposals.at(i);
    return out;
}

} // namespace concord

#pragma once
// Auto-map's review step: the proposed links (source → target, why they match, whether the types
// differ), each with a check box. Nothing is linked until the steward accepts; rejected ones are
// left alone.

#include "mapping/automap.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace concord {

class AutoMapDialog final : public QDialog
{
    Q_OBJECT

public:
    AutoMapDialog(const QList<LinkProposal> &proposals, QWidget *parent = nullptr);

    // The proposals still checked.
    QList<LinkProposal> accepted() const;
    QTableWidget *table() const { return m_table; }

    static QString matchText(LinkProposal::Match match);

private:
    QList<LinkProposal> m_proposals;
    QTableWidget *m_table;
};

} // namespace concord

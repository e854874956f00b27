#pragma once
// Backfill… (UX.md: pipelines dashboard): re-read a pipeline's source from a point in time (its
// version column), or all of it, and write what is found. Explains what that does before the
// steward confirms; a source without a version column can only be re-read in full.

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace concord {

class BackfillDialog : public QDialog
{
    Q_OBJECT

public:
    // versionColumn: the source's change-tracking column ("" when it has none).
    BackfillDialog(const QString &pipeline, const QString &source, const QString &versionColumn, QWidget *parent = nullptr);
    ~BackfillDialog() override;

    bool isFull() const;
    // UTC; invalid with isFull().
    QDateTime from() const;
    void setFull(bool full);
    void setFrom(const QDateTime &from);

private:
    void updateState();

    QRadioButton *m_fromChoice;
    QRadioButton *m_fullChoice;
    QDateTimeEdit *m_fromEdit;
    QLabel *m_fromHelp;
    QDialogButtonBox *m_buttons;
};

} // namespace concord

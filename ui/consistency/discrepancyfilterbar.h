#pragma once
// The filter row above the discrepancy table: kind, field (the fields that differ somewhere, as
// loaded), "include fixed", free text (Ctrl+F in the page) and "Showing N of M". Kind, field and
// text narrow the loaded rows at once through DiscrepancyFilter; "include fixed" changes what is
// loaded, so the page asks the engine again.

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace concord {

class DiscrepancyFilter;
class DiscrepancyModel;

class DiscrepancyFilterBar : public QWidget
{
    Q_OBJECT

public:
    DiscrepancyFilterBar(DiscrepancyModel *model, DiscrepancyFilter *proxy, QWidget *parent = nullptr);
    ~DiscrepancyFilterBar() override;

    void setKind(const QString &kind);   // "" | missing | extra | mismatch
    void setField(const QString &field); // "" for every field
    void setSearch(const QString &text); // applied at once (typing waits for a pause)
    void setIncludeClosed(bool on);
    bool includeClosed() const;
    void focusSearch();
    QString countText() const;

Q_SIGNALS:
    void includeClosedChanged(bool on);
    // The rows shown changed (a filter, or new rows): the page updates its empty state.
    void filtered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFields();
    void updateCount();

    DiscrepancyModel *m_model;
    DiscrepancyFilter *m_proxy;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_fieldLabel;
    QComboBox *m_field;
    QCheckBox *m_includeClosed;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer m_searchDebounce;
};

} // namespace concord

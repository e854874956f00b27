#pragma once
// The filter row above the conflict queue: pipeline, dataset (either side), field in conflict, age
// (older than an hour, a day, a week), free text (Ctrl+F in the page) and "Showing N of M". Each
// narrows the loaded queue at once through ConflictQueueFilter.

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace concord {

class ConflictQueueFilter;
class ConflictQueueModel;

class ConflictFilterBar : public QWidget
{
    Q_OBJECT

public:
    ConflictFilterBar(ConflictQueueModel *model, ConflictQueueFilter *proxy, QWidget *parent = nullptr);
    ~ConflictFilterBar() override;

    // The two-way pipelines of the workspace and their datasets: the choices offered.
    void setChoices(const QStringList &pipelines, const QStringList &datasets);
    void setPipeline(const QString &pipeline); // "" for every pipeline
    void setDataset(const QString &dataset);
    void setField(const QString &field);
    void setOlderThan(qint64 secs);            // 0, 3600, 86400 or 604800
    void setSearch(const QString &text);       // applied at once (typing waits for a pause)
    void focusSearch();
    QString countText() const;

Q_SIGNALS:
    // The rows shown changed (a filter, or new rows): the page updates its empty state.
    void filtered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateFields();
    void updateCount();
    void fill(QComboBox *combo, const QStringList &values);
    void apply();
    static void choose(QComboBox *combo, const QString &value);

    ConflictQueueModel *m_model;
    ConflictQueueFilter *m_proxy;
    QLabel *m_pipelineLabel;
    QComboBox *m_pipeline;
    QLabel *m_datasetLabel;
    QComboBox *m_dataset;
    QLabel *m_fieldLabel;
    QComboBox *m_field;
    QLabel *m_ageLabel;
    QComboBox *m_age;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer m_searchDebounce;
};

} // namespace concord

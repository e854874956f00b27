#pragma once
// The dead-letter page (UX.md: dead letters): the letters the filter matches (pipeline, status,
// error code, free text in the key or message; Ctrl+F), and for the current one a detail pane —
// error code and message, replay attempts, status and resolution, and the record that failed,
// masked as the session's viewer may see it. Edit field… changes one field (not a masked one),
// Replay selected / Replay all write the records again through the current mapping, Discard…
// closes letters with a reason. Everything is read and done off the GUI thread through
// ConsoleSession; answers to older requests are dropped.

#include "governance/operations.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace concord {

class ReloadThrottle;

class ConsoleSession;
class DeadLetterModel;
class DiscardDialog;
class EditFieldDialog;

class DeadLetterPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeadLetterPage(ConsoleSession *session, QWidget *parent = nullptr);
    ~DeadLetterPage() override;

    // A (re)opened workspace: the pipelines offered in the filter.
    void setPipelines(const QStringList &pipelines);
    // Shows the open letters of one pipeline ("" = all).
    void showPipeline(const QString &pipeline);
    DeadLetterFilter filter() const;
    void setStatusFilter(const QString &status);
    void setTextFilter(const QString &text);

    DeadLetterModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QTableWidget *payloadTable() const { return m_payload; }
    // The letter in the detail pane (id 0: none).
    const DeadLetterView &shownView() const { return m_view; }
    QList<qint64> selectedIds() const;
    void selectLetter(qint64 id);

    QAction *replaySelectedAction() const { return m_replaySelected; }
    QAction *replayAllAction() const { return m_replayAll; }
    QAction *editAction() const { return m_edit; }
    QAction *discardAction() const { return m_discard; }
    EditFieldDialog *editDialog() const;
    DiscardDialog *discardDialog() const;
    // The last replay's summary on the page ("3 replayed, 1 failed again").
    QString resultText() const;
    int loadsShown() const { return m_loads; }

public Q_SLOTS:
    void reload();
    void replaySelected();
    void replayAll();
    void editField();
    void discardSelected();

Q_SIGNALS:
    // "Where did this come from?" for the current letter's source record: SYSTEM.DATASET and key.
    void lineageRequested(const QString &dataset, const QString &key);
    void message(const QString &text, int timeoutMs);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void requestLineage();
    void markStale();
    void onLetters(quint64 requestId, const QList<DeadLetterRecord> &letters);
    void onView(const DeadLetterView &view);
    void onViewFailed(qint64 id, const Error &error);
    void onCurrentChanged();
    void showDetail();
    void updateActions();
    void updateEmptyState();
    void updateCodes();
    qint64 currentId() const;

    ConsoleSession *m_session;
    DeadLetterModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_pipelineCombo;
    QComboBox *m_statusCombo;
    QComboBox *m_codeCombo;
    QLineEdit *m_text;
    QLabel *m_pipelineLabel;
    QLabel *m_statusLabel;
    QLabel *m_codeLabel;
    QStackedWidget *m_tableStack;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_detailTitle;
    QLabel *m_detailInfo;
    QLabel *m_detailError;
    QLabel *m_payloadTitle;
    QTableWidget *m_payload;
    QLabel *m_result;
    QAction *m_replaySelected;
    QAction *m_replayAll;
    QAction *m_edit;
    QAction *m_discard;
    QAction *m_refresh;
    QAction *m_lineage = nullptr; // "Where did this come from?"
    QPointer<EditFieldDialog> m_editDialog;
    QPointer<DiscardDialog> m_discardDialog;
    QTimer m_textDebounce;
    ReloadThrottle *m_reload = nullptr;
    DeadLetterView m_view;
    qint64 m_viewRequested = 0;
    QString m_viewError;
    quint64 m_request = 0;
    int m_loads = 0;
};

} // namespace concord

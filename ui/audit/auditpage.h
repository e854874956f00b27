#pragma once
// The audit page (docs/lineage.md): the audit trail's entries, newest first, filtered by actor,
// action (or a family: every mapping change, every run …), object text and time range; for the
// selected entry its detail — who, when, from which host, the trace id, the hashes, and for a rule
// change the unified diff of the YAML, coloured. Above them, the chain's status (intact, or where
// it is broken), checked when the page opens and on Verify. Export… writes what the filter shows
// to .xlsx or .csv (audited). Everything is read off the GUI thread through GovernanceClient;
// answers to older requests are dropped.

#include "store/auditchain.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace concord {

class AuditModel;
class ConsoleSession;
class ControlHost;
class EngineHost;
class GovernanceClient;

class AuditPage : public QWidget
{
    Q_OBJECT

public:
    AuditPage(ConsoleSession *session, EngineHost *host, ControlHost *control, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditQuery query() const;
    void setActorFilter(const QString &actor);
    void setActionFilter(const QString &action);
    void setObjectFilter(const QString &text);

    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *chainStatus() const { return m_chain; }
    QAction *verifyAction() const { return m_verify; }
    QAction *exportAction() const { return m_export; }
    // Writes the filtered entries to `file` (the Export… dialog's answer).
    void exportTo(const QString &file);
    int loadsShown() const { return m_loads; }

    // The detail pane's HTML for an entry (exposed for tests).
    static QString detailHtml(const AuditRecord &entry);

public Q_SLOTS:
    void reload();
    void verify();

Q_SIGNALS:
    void message(const QString &text, int ms);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void onEntries(quint64 requestId, const QList<AuditRecord> &entries);
    void onVerified(const AuditChainReport &report);
    void showCurrent();
    void chooseExportFile();

    ConsoleSession *m_session;
    GovernanceClient *m_client;
    AuditModel *m_model;
    QLabel *m_chain;
    QLabel *m_actorLabel;
    QLineEdit *m_actor;
    QLabel *m_actionLabel;
    QComboBox *m_action;
    QLabel *m_objectLabel;
    QLineEdit *m_object;
    QCheckBox *m_useSince;
    QDateTimeEdit *m_since;
    QCheckBox *m_useUntil;
    QDateTimeEdit *m_until;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QLabel *m_count;
    QAction *m_refresh;
    QAction *m_verify;
    QAction *m_export;
    QTimer m_debounce;
    quint64 m_request = 0;
    int m_loads = 0;
};

} // namespace concord

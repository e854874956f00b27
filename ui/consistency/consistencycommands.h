#pragma once
// The consistency page's two commands that take more than a click. Repair: a dry run first, its
// plan shown in RepairDialog, and only Confirm writes — exactly the discrepancies planned, so
// none found meanwhile is written unseen. Export: a file chosen (the XLSX default name in the
// remembered folder; a test may replace the dialog), then written by ControlHost with the page's
// filters and viewer; the row count in the status bar, a message box when it fails.

#include "consistency/consistencytypes.h"
#include "core/error.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMessageBox;
class QWidget;

namespace concord {

class ConsistencyClient;
class ConsoleSession;
class RepairDialog;

class ConsistencyCommands : public QObject
{
    Q_OBJECT

public:
    using SaveFileChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    // page: the dialogs' parent.
    ConsistencyCommands(ConsistencyClient *client, ConsoleSession *session, QWidget *page);
    ~ConsistencyCommands() override;

    // ids empty: every open discrepancy of `pipeline`.
    void planRepair(const QString &pipeline, const QList<qint64> &ids);
    bool isPlanning() const { return m_awaitingPlan; }
    RepairDialog *repairDialog() const;

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooser = std::move(chooser); }
    static QString defaultExportName(const QString &pipeline, const QDateTime &now);
    // Asks for the file, then exportTo().
    void chooseAndExport(const DiscrepancyQuery &query);
    void exportTo(const QString &file, const DiscrepancyQuery &query);
    bool isExporting() const { return !m_exportFile.isEmpty(); }
    QMessageBox *errorBox() const;

Q_SIGNALS:
    // A line for the page and the status bar; timeoutMs 0: until the next message.
    void message(const QString &text, int timeoutMs);
    // Whether the commands are available changed (a dialog opened or closed, an export ended).
    void stateChanged();
    // A repair of `pipeline` wrote (or failed): its checks and discrepancies changed.
    void repaired(const QString &pipeline);

private:
    void onRepairFinished(const RepairResult &result);
    void onExportFinished(const QString &file, qint64 rows);
    void onExportFailed(const QString &file, const Error &error);

    ConsistencyClient *m_client;
    ConsoleSession *m_session;
    QWidget *m_page;
    SaveFileChooser m_chooser;
    QPointer<RepairDialog> m_repairDialog;
    QPointer<QMessageBox> m_errorBox;
    QString m_repairPipeline;
    bool m_awaitingPlan = false;
    bool m_awaitingRepair = false;
    QString m_exportFile;
};

} // namespace concord

#include "consistency/consistencycommands.h"

#include "consistency/consistencyclient.h"
#include "consistency/repairdialog.h"
#include "consolesession.h"
#include "exportfile.h"
#include "preference.h"

#include <QDir>
#include <QLocale>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

#include <algorithm>
#include <climits>

namespace concord {

namespace {

const Preference<QString> exportFolder{"consistency/exportFolder", QString()};
constexpr int MessageMs = 15000;

} // namespace

ConsistencyCommands::ConsistencyCommands(ConsistencyClient *client, ConsoleSession *session, QWidget *page)
    : QObject(page), m_client(client), m_session(session), m_page(page)
{
    connect(client, &ConsistencyClient::repairFinished, this, &ConsistencyCommands::onRepairFinished);
    connect(client, &ConsistencyClient::exportFinished, this, &ConsistencyCommands::onExportFinished);
    connect(client, &ConsistencyClient::exportFailed, this, &ConsistencyCommands::onExportFailed);
}

ConsistencyCommands::~ConsistencyCommands() = default;

RepairDialog *ConsistencyCommands::repairDialog() const
{
    return m_repairDialog;
}

QMessageBox *ConsistencyCommands::errorBox() const
{
    return m_errorBox;
}

void ConsistencyCommands::planRepair(const QString &pipeline, const QList<qint64> &ids)
{
    if (m_client->isBusy() || m_session->isBusy() || m_repairDialog || pipeline.isEmpty())
        return;
    m_repairPipeline = pipeline;
    m_awaitingPlan = true;
    Q_EMIT message(tr("Planning the repair of %1 (a dry run: nothing is written)…").arg(pipeline), 0);
    m_client->repair(pipeline, ids, true);
    Q_EMIT stateChanged();
}

void ConsistencyCommands::onRepairFinished(const RepairResult &result)
{
    if (result.pipeline != m_repairPipeline || (!m_awaitingPlan && !m_awaitingRepair))
        return; // not asked for here
    if (!result.errorCode.isEmpty()) {
        m_awaitingPlan = m_awaitingRepair = false;
        Q_EMIT message(tr("The repair of %1 failed: %2").arg(result.pipeline, RepairDialog::summary(result)), 0);
        Q_EMIT repaired(result.pipeline);
        Q_EMIT stateChanged();
        return;
    }
    if (result.dryRun && m_awaitingPlan) {
        m_awaitingPlan = false;
        Q_EMIT message(tr("Repair plan for %1: %2. Confirm to write it.").arg(result.pipeline, RepairDialog::summary(result)), 0);
        auto *dialog = new RepairDialog(result, m_page);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_repairDialog = dialog;
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_awaitingRepair = true;
            Q_EMIT message(tr("Repairing %1…").arg(m_repairPipeline), 0);
            m_client->repair(m_repairPipeline, dialog->ids(), false);
        });
        // After the dialog is gone (deleted on close), so that the commands count as available again.
        connect(dialog, &QDialog::finished, this, &ConsistencyCommands::stateChanged, Qt::QueuedConnection);
        dialog->open();
        Q_EMIT stateChanged();
        return;
    }
    if (!result.dryRun && m_awaitingRepair) {
        m_awaitingRepair = false;
        Q_EMIT message(tr("Repair of %1: %2.").arg(result.pipeline, RepairDialog::summary(result)), MessageMs);
        Q_EMIT repaired(result.pipeline);
        Q_EMIT stateChanged();
    }
}

QString ConsistencyCommands::defaultExportName(const QString &pipeline, const QDateTime &now)
{
    return QStringLiteral("%1-discrepancies-%2.xlsx").arg(pipeline, now.toString(QStringLiteral("yyyyMMdd-HHmm")));
}

void ConsistencyCommands::chooseAndExport(const DiscrepancyQuery &query)
{
    if (isExporting() || query.pipeline.isEmpty())
        return;
    const QString name = defaultExportName(query.pipeline, QDateTime::currentDateTime());
    QString file;
    if (m_chooser) {
        QString folder = exportFolder.value();
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        file = m_chooser(m_page, QDir(folder).filePath(name));
        if (!file.isEmpty())
            exportFolder.setValue(QFileInfo(file).absolutePath());
    } else {
        file = askExportFile(m_page, tr("Export Discrepancies"), name, exportFolder);
    }
    if (file.isEmpty())
        return;
    exportTo(file, query);
}

void ConsistencyCommands::exportTo(const QString &file, const DiscrepancyQuery &query)
{
    if (file.isEmpty() || query.pipeline.isEmpty() || isExporting())
        return;
    m_exportFile = QFileInfo(file).absoluteFilePath();
    Q_EMIT message(tr("Exporting to %1…").arg(QDir::toNativeSeparators(m_exportFile)), 0);
    // The file's headers in the console's language (LanguageManager sets the default locale).
    DiscrepancyQuery inLanguage = query;
    inLanguage.language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    m_client->exportTo(m_exportFile, inLanguage, m_session->viewer());
    Q_EMIT stateChanged();
}

void ConsistencyCommands::onExportFinished(const QString &file, qint64 rows)
{
    if (file != m_exportFile)
        return;
    m_exportFile.clear();
    Q_EMIT message(tr("Exported %n line(s) to %1.", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                       .arg(QDir::toNativeSeparators(file)),
                   MessageMs);
    Q_EMIT stateChanged();
}

void ConsistencyCommands::onExportFailed(const QString &file, const Error &error)
{
    if (file != m_exportFile)
        return;
    m_exportFile.clear();
    Q_EMIT message(tr("The export failed: %1").arg(error.message), 0);
    if (m_errorBox)
        m_errorBox->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"),
                                tr("The discrepancies could not be written to %1.").arg(QDir::toNativeSeparators(file)),
                                QMessageBox::Ok, m_page);
    box->setInformativeText(error.message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox = box;
    box->open(); // window-modal, without a nested event loop
    Q_EMIT stateChanged();
}

} // namespace concord

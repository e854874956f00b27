#include "exportfile.h"

#include "settings/consolesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace concord {

QString askExportFile(QWidget *parent, const QString &title, const QString &fileName, const Preference<QString> &folder)
{
    // The page's last export folder, else the default export folder (Settings), else Documents.
    QString start = folder.value();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = settings::exportFolder().value();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString xlsx = QCoreApplication::translate("concord::ExportFile", "Excel workbook (*.xlsx)");
    const QString csv = QCoreApplication::translate("concord::ExportFile", "CSV, UTF-8 (*.csv)");
    QString selected = xlsx;
    QString file = QFileDialog::getSaveFileName(parent, title, QDir(start).filePath(fileName), xlsx + QStringLiteral(";;") + csv,
                                                &selected);
    if (file.isEmpty())
        return {};
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        file += selected == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    folder.setValue(QFileInfo(file).absolutePath());
    return file;
}

} // namespace concord

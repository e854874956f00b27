#pragma once
// Where to export a table (the discrepancies, the audit trail, the logs): the save dialog offering
// an Excel workbook or a UTF-8 CSV, opened in the folder used last time (else Documents) on
// `fileName`; the chosen type's suffix is added to a name without one, and the folder remembered.
// Empty when the steward cancels.

#include "preference.h"

#include <QString>

class QWidget;

namespace concord {

QString askExportFile(QWidget *parent, const QString &title, const QString &fileName, const Preference<QString> &folder);

} // namespace concord

#include "core/error.h"

namespace concord {

QString SourceLocation::toString() const
{
    if (file.isEmpty())
        return {};
    QString s = file;
    if (line > 0) {
        s += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            s += QLatin1Char(':') + QString::number(column);
    }
    return s;
}

QString Error::toString() const
{
    if (location.isValid())
        return location.toString() + QLatin1String(": ") + message;
    if (code.isEmpty())
        return message;
    return code + QLatin1String(": ") + message;
}

} // namespace concord

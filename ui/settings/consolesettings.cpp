#include "consolesettings.h"

#include "log/log.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QtGlobal>

namespace concord::settings {

namespace {

// The style and palette the platform gave the application, so "system" can go back to them.
struct Original
{
    QString style;
    QPalette palette;
    bool saved = false;
};

Original &original()
{
    static Original o;
    return o;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x2f, 0x31, 0x35));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4e));
    return p;
}

} // namespace

namespace {

// One key per folder however it was reached (a symlink, ./demo, C:/ws and c:/ws).
QString folderKey(const QString &workspaceDir)
{
    const QString canonical = QFileInfo(workspaceDir).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(workspaceDir) : canonical;
}

} // namespace

QString viewRole(const QString &workspaceDir)
{
    return viewRoles().value().value(folderKey(workspaceDir)).toString();
}

void setViewRole(const QString &workspaceDir, const QString &role)
{
    QVariantMap roles = viewRoles().value();
    if (role.isEmpty())
        roles.remove(folderKey(workspaceDir));
    else
        roles.insert(folderKey(workspaceDir), role);
    viewRoles().setValue(roles);
}

QStringList themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

QStringList logLevels()
{
    return {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")};
}

QtMsgType logLevelType(const QString &level)
{
    if (level == QLatin1String("debug"))
        return QtDebugMsg;
    if (level == QLatin1String("warning"))
        return QtWarningMsg;
    if (level == QLatin1String("error"))
        return QtCriticalMsg;
    return QtInfoMsg;
}

void applyTheme(const QString &theme)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    Original &o = original();
    if (!o.saved) {
        o.style = app->style()->name();
        o.palette = app->palette();
        o.saved = true;
    }
    if (theme == QLatin1String("light") || theme == QLatin1String("dark")) {
        const bool dark = theme == QLatin1String("dark");
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QGuiApplication::styleHints()->setColorScheme(dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
#endif
        if (app->style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            app->setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        app->setPalette(dark ? darkPalette() : app->style()->standardPalette());
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QGuiApplication::styleHints()->unsetColorScheme();
#endif
    if (app->style()->name().compare(o.style, Qt::CaseInsensitive) != 0)
        app->setStyle(QStyleFactory::create(o.style));
    app->setPalette(o.palette);
}

void applyLogLevel(const QString &level)
{
    log::setRecordLevel(logLevelType(level));
}

} // namespace concord::settings

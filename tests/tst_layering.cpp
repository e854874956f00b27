// The engine must not depend on Qt Gui or Widgets (DESIGN.md §2): it runs headless on servers.
// This test fails if any file under engine/ includes a GUI header.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineHasNoGuiIncludes();
};

void TestLayering::engineHasNoGuiIncludes()
{
    static const QRegularExpression guiInclude(
        QStringLiteral("^\\s*#\\s*include\\s*[<\"](Qt(Widgets|Gui|Charts|Quick|Qml)/|Q(Widget|Dialog|MessageBox|"
                       "Application|MainWindow|Painter|Pixmap|Image|Icon|GuiApplication|Window|Action|Menu|"
                       "FileDialog|Color|Font)\\b)"),
        QRegularExpression::MultilineOption);
    QDirIterator it(QStringLiteral(CONCORD_SOURCE_DIR "/engine"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    QStringList offenders;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto m = guiInclude.match(QString::fromUtf8(f.readAll()));
        if (m.hasMatch())
            offenders.append(path + QStringLiteral(": ") + m.captured(0).trimmed());
        ++files;
    }
    QVERIFY2(files > 20, "engine sources not found");
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"

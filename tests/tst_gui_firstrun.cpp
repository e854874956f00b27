// First run and everyday behaviour of the console: the New Workspace wizard against a real
// SQLite database (folder, connection, table, fields with their suggestions, the YAML, Finish,
// and the workspace opened in the window), its refusals (a folder that is a workspace already,
// a missing database file), the Settings dialog (theme, log level, export folder, language, the
// role a workspace is viewed as — stored, applied and read back), Help → User Guide in both
// languages, the shortcut reference, and dropping a workspace folder or a mapping file onto
// the window. CONCORD_TEST_SHOTS=DIR saves each wizard page and dialog as a PNG to look at.

#include "guitestsupport.h"

#include "conflicts/conflictpage.h"
#include "consistency/consistencypage.h"
#include "consoleactions.h"
#include "consolesession.h"
#include "demo/demoworkspace.h"
#include "help/helpdialogs.h"
#include "log/log.h"
#include "mainwindow.h"
#include "mapping/mappingeditor.h"
#include "newworkspace/newworkspacewizard.h"
#include "settings/consolesettings.h"
#include "settings/settingsdialog.h"
#include "testsupport.h"
#include "welcomepage.h"
#include "workspace/workspaceloader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

using namespace concord;

namespace {

void shoot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("CONCORD_TEST_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}

int rowOf(const QTableWidget *table, const QString &column)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == column)
            return row;
    return -1;
}

QComboBox *cellBox(QTableWidget *table, int row, int column)
{
    return qobject_cast<QComboBox *>(table->cellWidget(row, column));
}

} // namespace

class TstGuiFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void wizardCreatesWorkspace();
    void wizardRefusesExistingWorkspaceAndMissingFile();
    void newWorkspaceFromTheStartPageOpensIt();
    void settingsPersistAndApply();
    void viewRoleRemembered();
    void userGuideInBothLanguages();
    void shortcutReferenceListsTheMenus();
    void dropOpensWorkspaceOrMapping();

private:
    // Fills the wizard up to the fields page for data/crm.sqlite's opportunities.
    void fillToFields(NewWorkspaceWizard &wizard, const QString &folder);

    QTemporaryDir m_tmp;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
    QString m_crm;
    QString m_demo;
};

void TstGuiFirstRun::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_language = guitest::setUpConsole(m_tmp, "tst_gui_firstrun");
    QVERIFY(m_language);
    QDir().mkpath(m_tmp.filePath(QStringLiteral("data")));
    m_crm = m_tmp.filePath(QStringLiteral("data/crm.sqlite"));
    {
        testsupport::Db db(m_crm);
        db.exec(QStringLiteral("CREATE TABLE opportunities (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, phone TEXT, "
                               "amount NUMERIC(18,2), is_deleted BOOLEAN, updated_at TIMESTAMP, \"Order Date\" TEXT)"));
        db.exec(QStringLiteral("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)"));
    }
    m_demo = m_tmp.filePath(QStringLiteral("demo"));
    const Result<void> created = createDemoWorkspace(m_demo);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    m_engine = std::make_unique<EngineThread>();
    m_window = std::make_unique<MainWindow>(m_engine->host(), m_language.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TstGuiFirstRun::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
    settings::applyTheme(QStringLiteral("system"));
    log::setRecordLevel(QtInfoMsg);
}

void TstGuiFirstRun::cleanup()
{
    // A failed test does not leave the next one in another language.
    if (m_language->current() != QLatin1String("en"))
        m_language->setChoice(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

void TstGuiFirstRun::fillToFields(NewWorkspaceWizard &wizard, const QString &folder)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *next = wizard.button(QWizard::NextButton);
    QVERIFY(!next->isEnabled()); // no folder yet
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceFolder"))->setText(folder);
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceName"))->setText(QStringLiteral("销售同步"));
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceDepartment"))->setText(QStringLiteral("sales"));
    QVERIFY(next->isEnabled());
    shoot(&wizard, "wizard-1-folder");
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewWorkspaceWizard::SystemPage));

    auto *system = wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceSystem"));
    system->setText(QStringLiteral("1crm"));
    QVERIFY(!next->isEnabled()); // not a name
    system->setText(QStringLiteral("crm"));
    QVERIFY(!next->isEnabled()); // no file yet
    auto *kind = wizard.findChild<QComboBox *>(QStringLiteral("newWorkspaceKind"));
    QCOMPARE(kind->currentData().toString(), QStringLiteral("sqlite"));
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceSqliteFile"))->setText(QDir::toNativeSeparators(m_crm));
    QVERIFY(next->isEnabled());
    shoot(&wizard, "wizard-2-system");
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewWorkspaceWizard::TablePage));

    auto *tables = wizard.findChild<QListWidget *>(QStringLiteral("newWorkspaceTables"));
    QTRY_COMPARE(tables->count(), 2);
    QCOMPARE(tables->item(0)->text(), QStringLiteral("accounts"));
    tables->setCurrentRow(1);
    QVERIFY(next->isEnabled());
    shoot(&wizard, "wizard-3-table");
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewWorkspaceWizard::FieldsPage));
    auto *fields = wizard.findChild<QTableWidget *>(QStringLiteral("newWorkspaceFields"));
    QTRY_COMPARE(fields->rowCount(), 7);
    QTRY_VERIFY(next->isEnabled());
}

void TstGuiFirstRun::wizardCreatesWorkspace()
{
    const QString folder = m_tmp.filePath(QStringLiteral("ws-wizard"));
    NewWorkspaceWizard wizard;
    fillToFields(wizard, folder);
    auto *fields = wizard.findChild<QTableWidget *>(QStringLiteral("newWorkspaceFields"));
    // The suggestions: types from the SQL types, the primary key, what tracks changes and deletions.
    const int id = rowOf(fields, QStringLiteral("id"));
    QCOMPARE(fields->item(id, 3)->checkState(), Qt::Checked);
    QCOMPARE(cellBox(fields, id, 2)->currentText(), QStringLiteral("int"));
    QCOMPARE(cellBox(fields, rowOf(fields, QStringLiteral("amount")), 2)->currentText(), QStringLiteral("decimal(18,2)"));
    QCOMPARE(cellBox(fields, rowOf(fields, QStringLiteral("is_deleted")), 2)->currentText(), QStringLiteral("bool"));
    QCOMPARE(cellBox(fields, rowOf(fields, QStringLiteral("updated_at")), 2)->currentText(), QStringLiteral("timestamp"));
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("newWorkspaceVersion"))->currentData().toString(), QStringLiteral("updated_at"));
    QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("newWorkspaceSoftDelete"))->currentData().toString(), QStringLiteral("is_deleted"));
    // A column whose name cannot be a field is left out and cannot be taken in.
    const int orderDate = rowOf(fields, QStringLiteral("Order Date"));
    QCOMPARE(fields->item(orderDate, 0)->checkState(), Qt::Unchecked);
    QVERIFY(!(fields->item(orderDate, 0)->flags() & Qt::ItemIsEnabled));
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceDataset"))->text(), QStringLiteral("opportunities"));

    // Without a key the page cannot be left.
    auto *next = wizard.button(QWizard::NextButton);
    fields->item(id, 3)->setCheckState(Qt::Unchecked);
    QVERIFY(!next->isEnabled());
    fields->item(id, 3)->setCheckState(Qt::Checked);
    QVERIFY(next->isEnabled());
    // A type that is not one is refused, with the reason.
    cellBox(fields, id, 2)->setCurrentText(QStringLiteral("integerish"));
    QVERIFY(!next->isEnabled());
    cellBox(fields, id, 2)->setCurrentText(QStringLiteral("int"));
    QVERIFY(next->isEnabled());
    // A key narrower or other than the table's primary key is allowed, with a warning.
    const auto visibleText = [&wizard](const QString &part) {
        const auto labels = wizard.currentPage()->findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [&part](QLabel *l) { return l->isVisible() && l->text().contains(part); });
    };
    QVERIFY(!visibleText(QStringLiteral("primary key is (id)")));
    fields->item(id, 3)->setCheckState(Qt::Unchecked);
    fields->item(rowOf(fields, QStringLiteral("phone")), 3)->setCheckState(Qt::Checked);
    QVERIFY(next->isEnabled());
    QVERIFY(visibleText(QStringLiteral("primary key is (id)")));
    fields->item(rowOf(fields, QStringLiteral("phone")), 3)->setCheckState(Qt::Unchecked);
    fields->item(id, 3)->setCheckState(Qt::Checked);
    QVERIFY(!visibleText(QStringLiteral("primary key is (id)")));
    // Every column starts at L2, keys too.
    QCOMPARE(cellBox(fields, id, 4)->currentData().toString(), QString());
    // The steward tags the phone L3 and leaves the customer out.
    auto *phoneLevel = cellBox(fields, rowOf(fields, QStringLiteral("phone")), 4);
    phoneLevel->setCurrentIndex(phoneLevel->findData(QStringLiteral("L3")));
    fields->item(rowOf(fields, QStringLiteral("customer")), 0)->setCheckState(Qt::Unchecked);
    shoot(&wizard, "wizard-4-fields");
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewWorkspaceWizard::SummaryPage));
    const QString yaml = wizard.findChild<QPlainTextEdit *>(QStringLiteral("newWorkspaceYaml"))->toPlainText();
    // Outside the workspace folder the file keeps its absolute path (inside, it would be relative).
    QVERIFY2(yaml.contains(QStringLiteral("path: '%1'").arg(QDir::cleanPath(m_crm))), qPrintable(yaml));
    QVERIFY2(yaml.contains(QStringLiteral("version: updated_at")), qPrintable(yaml));
    QVERIFY2(!yaml.contains(QStringLiteral("customer")), qPrintable(yaml));
    shoot(&wizard, "wizard-5-summary");

    wizard.accept();
    QTRY_COMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.createdDirectory(), QDir::cleanPath(folder));
    const WorkspaceLoad load = WorkspaceLoader::load(folder);
    QVERIFY2(load.ok(), load.ok() ? "" : qPrintable(load.errors.front().toString()));
    QCOMPARE(load.workspace->name, QStringLiteral("销售同步"));
    const DatasetDef *ds = load.workspace->dataset(QStringLiteral("crm.opportunities"));
    QVERIFY(ds);
    QCOMPARE(ds->schema.key, QStringList{QStringLiteral("id")});
    QCOMPARE(ds->schema.softDelete, QStringLiteral("is_deleted"));
    QCOMPARE(ds->schema.fields.at(ds->schema.indexOf(QStringLiteral("phone"))).sensitivity, Sensitivity::L3);
    QCOMPARE(ds->schema.indexOf(QStringLiteral("customer")), -1);
}

void TstGuiFirstRun::wizardRefusesExistingWorkspaceAndMissingFile()
{
    NewWorkspaceWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceFolder"))->setText(m_demo);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    const auto labels = wizard.currentPage()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->isVisible() && l->text().contains(QLatin1String("already holds a workspace"));
    }));

    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceFolder"))->setText(m_tmp.filePath(QStringLiteral("ws-missing")));
    wizard.next();
    // A typed password needs the keychain, which the tests switch off: the page says what to do instead.
    auto *kind = wizard.findChild<QComboBox *>(QStringLiteral("newWorkspaceKind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("postgres")));
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceSystem"))->setText(QStringLiteral("erp"));
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceDatabase"))->setText(QStringLiteral("erp"));
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspacePasswordReference"))->text(), QStringLiteral("keychain:ws-missing/erp"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspacePassword"))->setText(QStringLiteral("secret"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    const auto systemLabels = wizard.currentPage()->findChildren<QLabel *>();
    QVERIFY(std::any_of(systemLabels.begin(), systemLabels.end(), [](QLabel *l) {
        return l->isVisible() && l->text().contains(QLatin1String("CONCORD_KEYCHAIN=off"));
    }));
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspacePasswordReference"))->setText(QStringLiteral("env:ERP_PASSWORD"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // the typed password is not used for env:
    kind->setCurrentIndex(kind->findData(QStringLiteral("sqlite")));
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceSystem"))->setText(QStringLiteral("crm"));
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceSqliteFile"))->setText(m_tmp.filePath(QStringLiteral("data/absent.sqlite")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(NewWorkspaceWizard::TablePage));
    auto *retry = wizard.currentPage()->findChild<QPushButton *>();
    QTRY_VERIFY(retry && retry->isVisible());
    const auto pageLabels = wizard.currentPage()->findChildren<QLabel *>();
    QVERIFY(std::any_of(pageLabels.begin(), pageLabels.end(), [](QLabel *l) {
        return l->isVisible() && l->text().contains(QLatin1String("no SQLite file"));
    }));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("data/absent.sqlite"))));
    // Back, fix the file, and the list comes.
    wizard.back();
    wizard.findChild<QLineEdit *>(QStringLiteral("newWorkspaceSqliteFile"))->setText(m_crm);
    wizard.next();
    QTRY_COMPARE(wizard.findChild<QListWidget *>(QStringLiteral("newWorkspaceTables"))->count(), 2);
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("ws-missing/workspace.yaml"))));
}

void TstGuiFirstRun::newWorkspaceFromTheStartPageOpensIt()
{
    const QString folder = m_tmp.filePath(QStringLiteral("ws-from-start"));
    bool driven = false;
    // The wizard is modal: drive it from the event loop once it is up (and never leave it hanging).
    QTimer::singleShot(60000, this, [] {
        if (auto *wizard = qobject_cast<NewWorkspaceWizard *>(QApplication::activeModalWidget()))
            static_cast<QDialog *>(wizard)->done(QDialog::Rejected); // past reject(), which waits for Finish
    });
    QTimer::singleShot(0, this, [this, folder, &driven] {
        auto *wizard = qobject_cast<NewWorkspaceWizard *>(QApplication::activeModalWidget());
        QVERIFY(wizard);
        fillToFields(*wizard, folder);
        wizard->next();
        wizard->accept();
        driven = true;
    });
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("welcomeNewButton"));
    QVERIFY(button && button->isVisible());
    button->click(); // returns when the wizard closed
    QVERIFY(driven);
    QTRY_VERIFY(m_window->session()->workspace());
    QCOMPARE(QDir::cleanPath(m_window->session()->workspace()->dir), QDir::cleanPath(folder));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Concord — 销售同步"));
}

void TstGuiFirstRun::settingsPersistAndApply()
{
    const QString exports = m_tmp.filePath(QStringLiteral("exports"));
    QDir().mkpath(exports);
    {
        SettingsDialog dialog(m_language.get(), m_window->session(), m_window.get());
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(dialog.logLevelBox()->currentData().toString(), QStringLiteral("info"));
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.logLevelBox()->setCurrentIndex(dialog.logLevelBox()->findData(QStringLiteral("warning")));
        dialog.exportFolderEdit()->setText(exports);
        dialog.show();
        shoot(&dialog, "settings");
        dialog.accept();
    }
    QCOMPARE(settings::theme().value(), QStringLiteral("dark"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(settings::logLevel().value(), QStringLiteral("warning"));
    QCOMPARE(settings::exportFolder().value(), QDir::cleanPath(exports));
    // Applied: a dark window, and info lines no longer recorded.
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 100);
    QCOMPARE(log::recordLevel(), QtWarningMsg);
    shoot(m_window.get(), "window-dark");
    {
        SettingsDialog again(m_language.get(), m_window->session());
        QCOMPARE(again.themeBox()->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(again.logLevelBox()->currentData().toString(), QStringLiteral("warning"));
        QCOMPARE(QDir::fromNativeSeparators(again.exportFolderEdit()->text()), QDir::cleanPath(exports));
        // The language switches the open window at once, and is remembered.
        again.languageBox()->setCurrentIndex(again.languageBox()->findData(QStringLiteral("zh_CN")));
        again.accept();
    }
    QCOMPARE(m_language->current(), QStringLiteral("zh_CN"));
    QCOMPARE(m_language->choice(), QStringLiteral("zh_CN"));
    // Qt posts LanguageChange to the windows.
    QTRY_COMPARE(m_window->findChild<QMenu *>(QStringLiteral("menuFile"))->title(), QStringLiteral("文件(&F)"));
    {
        SettingsDialog back(m_language.get(), m_window->session());
        QCOMPARE(back.windowTitle(), QStringLiteral("设置"));
        back.languageBox()->setCurrentIndex(back.languageBox()->findData(QStringLiteral("en")));
        // Restore Defaults puts everything back but the language chosen after it.
        back.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(back.themeBox()->currentData().toString(), QStringLiteral("system"));
        back.languageBox()->setCurrentIndex(back.languageBox()->findData(QStringLiteral("en")));
        back.accept();
    }
    QCOMPARE(m_language->current(), QStringLiteral("en"));
    QCOMPARE(settings::theme().value(), QStringLiteral("system"));
    QCOMPARE(log::recordLevel(), QtInfoMsg);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    QTRY_COMPARE(m_window->findChild<QMenu *>(QStringLiteral("menuFile"))->title(), QStringLiteral("&File"));
}

void TstGuiFirstRun::viewRoleRemembered()
{
    m_window->openWorkspace(m_demo);
    QTRY_VERIFY(m_window->session()->workspace() && QDir::cleanPath(m_window->session()->workspace()->dir) == QDir::cleanPath(m_demo));
    const QStringList roles = m_window->session()->viewableRoles();
    if (roles.size() < 2)
        QSKIP("the signed-in user may view the demo as no other role");
    const QString narrower = roles.last();
    {
        SettingsDialog dialog(m_language.get(), m_window->session());
        QVERIFY(dialog.roleBox()->isEnabled());
        dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(narrower));
        dialog.accept();
    }
    QCOMPARE(m_window->session()->viewer().name, narrower);
    QCOMPARE(settings::viewRole(m_demo), narrower);
    // Another workspace and back: the demo opens as that role again.
    m_window->openWorkspace(m_tmp.filePath(QStringLiteral("ws-wizard")));
    QTRY_VERIFY(m_window->session()->workspace() && m_window->session()->workspace()->dir.endsWith(QLatin1String("ws-wizard")));
    m_window->openWorkspace(m_demo);
    QTRY_VERIFY(m_window->session()->workspace() && QDir::cleanPath(m_window->session()->workspace()->dir) == QDir::cleanPath(m_demo));
    QTRY_COMPARE(m_window->session()->viewer().name, narrower);
    settings::setViewRole(m_demo, QString());
}

void TstGuiFirstRun::userGuideInBothLanguages()
{
    QVERIFY(UserGuideDialog::guideMarkdown(QStringLiteral("en")).contains(QLatin1String("# Concord user guide")));
    QVERIFY(UserGuideDialog::guideMarkdown(QStringLiteral("zh_CN")).contains(QStringLiteral("数据管理员使用指南")));
    m_window->actions()->userGuide->trigger();
    auto *guide = m_window->findChild<UserGuideDialog *>();
    QVERIFY(guide && guide->isVisible());
    QCOMPARE(guide->language(), QStringLiteral("en"));
    QVERIFY(guide->browser()->toPlainText().contains(QLatin1String("Concord user guide for data stewards")));
    shoot(guide, "guide-en");
    m_language->setChoice(QStringLiteral("zh_CN"));
    QTRY_COMPARE(guide->language(), QStringLiteral("zh_CN"));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("数据管理员使用指南")));
    shoot(guide, "guide-zh_CN");
    m_language->setChoice(QStringLiteral("en"));
    QTRY_COMPARE(guide->language(), QStringLiteral("en"));
    guide->close();
}

void TstGuiFirstRun::shortcutReferenceListsTheMenus()
{
    // The real dialog comes up (modal) from the menu: seen, then closed from the event loop.
    bool seenModal = false;
    QTimer::singleShot(0, this, [&seenModal] {
        if (auto *open = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget())) {
            seenModal = open->table()->rowCount() > 20;
            open->accept();
        }
    });
    m_window->actions()->shortcuts->trigger();
    QVERIFY(seenModal);
    ShortcutsDialog dialog(m_window->menuBar(), {{QStringLiteral("Consistency"), m_window->consistencyPage()},
                                                 {QStringLiteral("Conflicts"), m_window->conflictPage()}});
    QTableWidget *table = dialog.table();
    const auto keysOf = [table](const QString &command) {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == command)
                return table->item(row, 1)->text();
        return QString();
    };
    QCOMPARE(keysOf(QStringLiteral("Run Now")), QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
    QCOMPARE(keysOf(QStringLiteral("New Workspace")), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    QCOMPARE(keysOf(QStringLiteral("Settings")), QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText));
    QCOMPARE(keysOf(QStringLiteral("Logs")), QKeySequence(Qt::CTRL | Qt::Key_9).toString(QKeySequence::NativeText));
    QCOMPARE(keysOf(QStringLiteral("User Guide")), QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
    QVERIFY(!keysOf(QStringLiteral("Auto-map")).isEmpty()); // the mapping editor's own keys are listed too
    QCOMPARE(keysOf(QStringLiteral("Run Check")), QStringLiteral("F9")); // and the pages' own
    // Every menu command with a shortcut is there, once, with its keys.
    for (QAction *top : m_window->menuBar()->actions())
        for (QAction *a : top->menu()->actions()) {
            if (a->isSeparator() || a->menu() || a->shortcut().isEmpty())
                continue;
            const QString title = a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
            int rows = 0;
            for (int row = 0; row < table->rowCount(); ++row)
                rows += table->item(row, 0)->text() == title ? 1 : 0; // once, also when in two menus
            QVERIFY2(rows == 1, qPrintable(title));
            QCOMPARE(keysOf(title), a->shortcut().toString(QKeySequence::NativeText));
        }
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"));
    filter->setText(QStringLiteral("dry"));
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        shown += table->isRowHidden(row) ? 0 : 1;
    QCOMPARE(shown, 1);
    filter->clear();
    dialog.show();
    shoot(&dialog, "shortcuts");
}

void TstGuiFirstRun::dropOpensWorkspaceOrMapping()
{
    const auto mime = [](const QString &path) {
        auto *data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(path)});
        return std::unique_ptr<QMimeData>(data);
    };
    const auto ws = m_tmp.filePath(QStringLiteral("ws-wizard"));
    QCOMPARE(MainWindow::dropTarget(mime(ws).get()).first, QDir::cleanPath(ws));
    QCOMPARE(MainWindow::dropTarget(mime(ws + QStringLiteral("/workspace.yaml")).get()).first, QDir::cleanPath(ws));
    QCOMPARE(MainWindow::dropTarget(mime(m_tmp.filePath(QStringLiteral("data"))).get()).first, QString()); // no workspace
    QCOMPARE(MainWindow::dropTarget(mime(m_crm).get()).first, QString());                                 // not YAML
    const auto demoWs = WorkspaceLoader::load(m_demo);
    QVERIFY(demoWs.ok());
    const PipelineDef pipeline = demoWs.workspace->pipelines.first();
    const QString mapping = QDir(m_demo).absoluteFilePath(pipeline.mapping);
    const auto target = MainWindow::dropTarget(mime(mapping).get());
    QCOMPARE(target.first, QDir::cleanPath(m_demo));
    QCOMPARE(target.second, QDir::cleanPath(mapping));

    // Dropped on the window: the folder opens; then the mapping opens in its editor.
    m_window->openWorkspace(m_tmp.filePath(QStringLiteral("ws-from-start")));
    QTRY_VERIFY(m_window->session()->workspace() && m_window->session()->workspace()->dir.endsWith(QLatin1String("ws-from-start")));
    auto data = mime(m_demo);
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(m_window->session()->workspace() && QDir::cleanPath(m_window->session()->workspace()->dir) == QDir::cleanPath(m_demo));

    m_window->openWorkspace(m_tmp.filePath(QStringLiteral("ws-from-start")));
    QTRY_VERIFY(m_window->session()->workspace() && m_window->session()->workspace()->dir.endsWith(QLatin1String("ws-from-start")));
    auto mappingData = mime(mapping);
    QDragEnterEvent enterMapping(QPoint(100, 100), Qt::CopyAction, mappingData.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enterMapping);
    QVERIFY(enterMapping.isAccepted());
    QDropEvent dropMapping(QPointF(100, 100), Qt::CopyAction, mappingData.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &dropMapping);
    QTRY_VERIFY(m_window->session()->workspace() && QDir::cleanPath(m_window->session()->workspace()->dir) == QDir::cleanPath(m_demo));
    QTRY_COMPARE(m_window->selectedPipeline(), demoWs.workspace->pipelines.firstKey());
    MappingEditor *editor = nullptr;
    QTRY_VERIFY((editor = m_window->findChild<MappingEditor *>()) && editor->isVisible());
    editor->close();

    // Something else is refused without a sound.
    auto other = mime(m_crm);
    QDragEnterEvent refuse(QPoint(100, 100), Qt::CopyAction, other.get(), Qt::LeftButton, Qt::NoModifier);
    refuse.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &refuse);
    QVERIFY(!refuse.isAccepted());
}

QTEST_MAIN(TstGuiFirstRun)
#include "tst_gui_firstrun.moc"

#include "newworkspacewizard.h"

#include "newworkspace/fieldssteps.h"
#include "newworkspace/sourcesteps.h"
#include "policy/secrets.h"
#include "runthen.h"

#include <QMessageBox>
#include <QPushButton>

namespace concord {

NewWorkspaceWizard::NewWorkspaceWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("newWorkspaceWizard"));
    setWindowTitle(tr("New Workspace"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    auto *folder = new FolderStep;
    auto *system = new SystemStep(folder);
    auto *table = new TableStep(folder, system);
    setPage(FolderPage, folder);
    setPage(SystemPage, system);
    setPage(TablePage, table);
    setPage(FieldsPage, new FieldsStep(folder, system, table));
    setPage(SummaryPage, new SummaryStep(this));
    resize(760, 620);
}

NewWorkspaceWizard::~NewWorkspaceWizard() = default;

QString NewWorkspaceWizard::directory() const
{
    return static_cast<const FolderStep *>(page(FolderPage))->directory();
}

NewWorkspace NewWorkspaceWizard::spec() const
{
    const auto *folder = static_cast<const FolderStep *>(page(FolderPage));
    const auto *fields = static_cast<const FieldsStep *>(page(FieldsPage));
    NewWorkspace spec;
    spec.name = folder->name();
    spec.department = folder->department();
    static_cast<const SystemStep *>(page(SystemPage))->fill(spec);
    spec.table = static_cast<const TableStep *>(page(TablePage))->table();
    spec.dataset = fields->dataset();
    spec.fields = fields->fields();
    spec.version = fields->version();
    spec.softDelete = fields->softDelete();
    return spec;
}

void NewWorkspaceWizard::accept()
{
    if (m_writing)
        return;
    const auto *system = static_cast<const SystemStep *>(page(SystemPage));
    finish(system->keychainName(), system->password().toUtf8(), false);
}

void NewWorkspaceWizard::reject()
{
    // What Finish started is not abandoned half-way.
    if (!m_writing)
        QWizard::reject();
}

namespace {

struct Finished
{
    Result<QString> written = makeError(ErrorCode::Cancelled, QString());
    bool askReplace = false;
};

} // namespace

void NewWorkspaceWizard::finish(const QString &keychainName, const QByteArray &password, bool replace)
{
    m_writing = true;
    for (const auto which : {QWizard::FinishButton, QWizard::BackButton, QWizard::CancelButton})
        button(which)->setEnabled(false);
    const QString dir = directory();
    const NewWorkspace spec = this->spec();
    runThen(
        this,
        [dir, spec, keychainName, password, replace] {
            Finished f;
            if (!password.isEmpty()) {
                // Keychain names are shared by every workspace of this login: never replace one silently.
                const auto existing = readSecret(QStringLiteral("keychain:") + keychainName);
                if (!replace && existing.ok() && *existing != password) {
                    f.askReplace = true;
                    return f;
                }
                if (!existing.ok() || *existing != password)
                    if (auto r = writeKeychainSecret(keychainName, password); !r.ok()) {
                        f.written = r.error();
                        return f;
                    }
            }
            f.written = createNewWorkspace(dir, spec);
            return f;
        },
        [this, dir, keychainName, password](const Finished &f) {
            m_writing = false;
            for (const auto which : {QWizard::FinishButton, QWizard::BackButton, QWizard::CancelButton})
                button(which)->setEnabled(true);
            auto *summary = static_cast<SummaryStep *>(page(SummaryPage));
            if (f.askReplace) {
                const auto answer = QMessageBox::question(
                    this, tr("Replace the Stored Password?"),
                    tr("The OS keychain already holds a different password under %1, and other workspaces may use "
                       "it. Replace it with the one typed here?")
                        .arg(keychainName));
                if (answer == QMessageBox::Yes)
                    finish(keychainName, password, true);
                else
                    summary->setError(tr("Nothing was written. Go back and choose another keychain name for the "
                                         "password reference, or leave the password empty to use the stored one."));
                return;
            }
            if (!f.written.ok()) {
                summary->setError(f.written.error().message);
                return;
            }
            m_created = dir;
            QWizard::accept();
        });
}

} // namespace concord

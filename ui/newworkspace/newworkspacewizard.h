#pragma once
// File → New Workspace…: creates a workspace folder with its first workspace.yaml — one system
// and one dataset whose fields are read from the table (engine/connectors/introspect.h). The
// steward names the folder, describes the connection, picks a table, reviews the suggested
// types, key, change-tracking column and sensitivity, and sees the YAML before it is written.
// Connecting, listing and describing run on the thread pool; the wizard stays responsive and a
// late answer from a page the steward has left is dropped.

#include "workspace/newworkspace.h"

#include <QWizard>

namespace concord {

class NewWorkspaceWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FolderPage, SystemPage, TablePage, FieldsPage, SummaryPage };

    explicit NewWorkspaceWizard(QWidget *parent = nullptr);
    ~NewWorkspaceWizard() override;

    // The spec as the pages have it now (what the summary shows and Finish writes).
    NewWorkspace spec() const;
    QString directory() const;
    // The workspace folder written by Finish ("" until then).
    QString createdDirectory() const { return m_created; }

    // Finish: stores a typed password in the keychain (asking before replacing a different one),
    // writes and checks the workspace, off the GUI thread. Cancel waits while that runs.
    void accept() override;
    void reject() override;

private:
    void finish(const QString &keychainName, const QByteArray &password, bool replace);

    QString m_created;
    bool m_writing = false;
};

} // namespace concord

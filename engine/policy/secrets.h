#pragma once
// Secrets Concord keeps out of YAML, the state store and logs: credentials and the workspace
// secret that masks and encrypted payloads are keyed with. A reference is `keychain:NAME` (the
// OS keychain through QtKeychain, service "Concord") or `env:VAR` (servers, CI).
//
// The workspace secret comes from workspace.yaml's `secret:` reference when there is one.
// Otherwise from the keychain entry "workspace/<name>", created with 32 random bytes the first
// time. Where no keychain answers (a headless server), from a file
// <config dir>/Concord/secrets/<hash of the name>.key (or $CONCORD_SECRETS_DIR/…), mode 0600,
// outside the workspace: created
// the first time, with a warning, and refused if others may read it.

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace concord {

struct Workspace;

// CONCORD_KEYCHAIN=off in the environment keeps Concord away from the OS keychain (tests, servers
// with a desktop keyring they should not touch): the workspace secret then comes from `secret:`
// or the file.
bool keychainAllowed();

struct SecretOptions
{
    bool useKeychain = keychainAllowed();
    QString fallbackDir;          // empty: $CONCORD_SECRETS_DIR, else <config dir>/Concord/secrets
    int keychainTimeoutMs = 10000;
};

// Reads `keychain:NAME` or `env:VAR`. A missing entry or variable is a CONFIG_INVALID error that
// names it; a keychain that cannot be reached is a CONNECTION_REFUSED error.
Result<QByteArray> readSecret(const QString &reference, const SecretOptions &options = {});

// Stores `value` under keychain:NAME.
Result<void> writeKeychainSecret(const QString &name, const QByteArray &value, const SecretOptions &options = {});

struct WorkspaceSecret
{
    QByteArray bytes;
    QString source;   // "env:CONCORD_SECRET", "keychain:workspace/ACME", "file:/home/…/ab12….key"
    QString warning;  // set when this call created a file secret
};

Result<WorkspaceSecret> loadWorkspaceSecret(const Workspace &ws, const SecretOptions &options = {});

// loadWorkspaceSecret once per process and workspace (its name and `secret:` reference): runs do not
// ask the keychain each time. The warning of a newly created file secret is logged here, once.
Result<QByteArray> cachedWorkspaceSecret(const Workspace &ws);

} // namespace concord

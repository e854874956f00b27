// concordctl unmask: turns `token` mask values back into what they stand for, for key holders.
#include "ctlcommands.h"
#include "ctlsupport.h"

#include "policy/crypto.h"
#include "policy/masking.h"
#include "policy/policy.h"
#include "policy/secrets.h"
#include "store/statestore.h"
#include "workspace/workspaceloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace concord::ctl {

int unmask(const Globals &g, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the result as one JSON document."));
    p.addOption(json);
    if (const int rc = parseCommand(p, args,
                                    QStringLiteral("Turns token-masked values (tok1:...) back into what they stand for. "
                                                   "Only for key holders: the workspace secret must be at hand (keychain, "
                                                   "env: or the secret file) and your role (workspace.yaml stewards:) "
                                                   "must have clearance L3. Every use is an audit entry with the "
                                                   "tokens' SHA-256 digests, never the values. TOKEN '-' reads tokens "
                                                   "from stdin, one per line. Exit 2 if a token does not open."),
                                    QStringLiteral("TOKEN... Values as a target received them (tok1:...)."));
        rc >= 0)
        return rc;
    QStringList tokens = p.positionalArguments();
    if (tokens == QStringList{QStringLiteral("-")}) {
        tokens.clear();
        QTextStream in(stdin);
        while (!in.atEnd()) {
            const QString line = in.readLine().trimmed();
            if (!line.isEmpty())
                tokens.append(line);
        }
    }
    if (tokens.isEmpty()) {
        err() << QStringLiteral("concordctl unmask: name at least one token (see concordctl unmask --help)\n");
        return BadInput;
    }
    const WorkspaceLoad load = WorkspaceLoader::load(g.workspace);
    if (!load.ok()) {
        for (const Error &e : load.errors)
            err() << QStringLiteral("error: ") << e.toString() << Qt::endl;
        return BadInput;
    }
    const Workspace &ws = *load.workspace;
    const QString user = currentUser();
    const Holder self = stewardHolder(ws, user);
    if (self.clearance != Sensitivity::L3) {
        err() << QStringLiteral("concordctl unmask: %1: you (%2, %3) do not hold clearance L3; only key holders may "
                                "unmask (workspace.yaml stewards:)\n")
                     .arg(ErrorCode::PolicyDenied, user.isEmpty() ? QStringLiteral("unknown user") : user, self.label());
        return BadInput;
    }
    const auto secret = cachedWorkspaceSecret(ws);
    if (!secret.ok()) {
        err() << QStringLiteral("concordctl unmask: %1: %2\n").arg(secret.error().code, secret.error().message);
        return exitFor(secret.error());
    }
    const MaskKeys keys = MaskKeys::fromSecret(*secret);

    QJsonArray results;
    QJsonArray digests;
    int failed = 0;
    for (const QString &token : std::as_const(tokens)) {
        const auto value = unmaskToken(token, keys);
        digests.append(crypto::sha256Hex(token.toUtf8()));
        QJsonObject o{{QStringLiteral("token"), token}};
        if (value.ok()) {
            o.insert(QStringLiteral("value"), *value);
            if (!p.isSet(json))
                out() << *value << '\n';
        } else {
            ++failed;
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), value.error().code},
                                                          {QStringLiteral("message"), value.error().message}});
            if (!p.isSet(json))
                err() << QStringLiteral("concordctl unmask: %1: %2\n").arg(token.left(24) + QStringLiteral("…"),
                                                                           value.error().message);
        }
        results.append(o);
    }
    // Audited before anything is shown as done: who, as which role, which tokens (digests).
    StateStore store;
    if (auto r = store.open(ws.stateStorePath()); !r.ok()) {
        err() << QStringLiteral("concordctl unmask: %1\n").arg(r.error().message);
        return Environment;
    }
    const QJsonObject detail{{QStringLiteral("tokens"), int(tokens.size())},
                             {QStringLiteral("failed"), failed},
                             {QStringLiteral("token_sha256"), digests}};
    if (auto r = store.appendAudit(AuditInput{user + QStringLiteral(" (concordctl)"), self.name, QStringLiteral("unmask"),
                                              QStringLiteral("tokens"),
                                              QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)),
                                              QUuid::createUuid().toString(QUuid::WithoutBraces)});
        !r.ok()) {
        err() << QStringLiteral("concordctl unmask: cannot write the audit entry: %1\n").arg(r.error().message);
        return Environment;
    }
    out().flush();
    if (p.isSet(json))
        printJson(QJsonObject{{QStringLiteral("results"), results}, {QStringLiteral("failed"), failed}});
    return failed > 0 ? BadInput : Success;
}

} // namespace concord::ctl

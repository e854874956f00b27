#pragma once
// A two-way workspace for conflict tests: the CRM's customers (crm.customers: id, name, email,
// phone L3, status, updated_at, deleted as soft delete) and the service desk's clients
// (desk.clients: client_id, full_name, email, phone, status, modified_at), kept in step by the
// two-way pipeline `customers` with a mapping each way. The desk's clearance is L2, so it receives
// the phone masked. `conflict` is the pipeline's conflict: block (YAML lines, indented 4).

#include "conflict/twowayrunner.h"
#include "pairfixture.h"
#include "sync/pipelinerunner.h"

#include <QTest>

class TwoWayFixture : public PairFixture
{
public:
    explicit TwoWayFixture(const QByteArray &conflict = {}, bool deskSoftDelete = false)
        : PairFixture(QStringLiteral("crm.sqlite"), QStringLiteral("desk.sqlite")), m_deskSoftDelete(deskSoftDelete)
    {
        source().exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT, "
                                     "phone TEXT, status TEXT, updated_at TEXT, deleted INTEGER NOT NULL DEFAULT 0)"));
        target().exec(QStringLiteral("CREATE TABLE clients (client_id INTEGER PRIMARY KEY, full_name TEXT, email TEXT, "
                                     "phone TEXT, status TEXT, modified_at TEXT%1)")
                          .arg(deskSoftDelete ? QStringLiteral(", removed INTEGER NOT NULL DEFAULT 0") : QString()));
        testsupport::writeFile(dir.filePath(QStringLiteral("mappings/crm_to_desk.yaml")),
                               "source: crm.customers\ntarget: desk.clients\nfields:\n"
                               "  client_id: { from: id }\n  full_name: { from: name }\n  email: { from: email }\n"
                               "  phone: { from: phone }\n  status: { from: status }\n"
                               "  modified_at: { from: updated_at }\n");
        testsupport::writeFile(dir.filePath(QStringLiteral("mappings/desk_to_crm.yaml")),
                               "source: desk.clients\ntarget: crm.customers\nfields:\n"
                               "  id: { from: client_id }\n  name: { from: full_name }\n  email: { from: email }\n"
                               "  phone: { from: phone }\n  status: { from: status }\n"
                               "  updated_at: { from: modified_at }\n");
        setConflict(conflict);
    }

    void setConflict(const QByteArray &conflict)
    {
        testsupport::writeFile(
            dir.filePath(QStringLiteral("workspace.yaml")),
            "name: two-way test\n"
            "roles:\n"
            "  steward: { department: ops, clearance: L3 }\n"
            "  clerk: { department: ops, clearance: L2 }\n"
            "stewards:\n"
            "  '*': steward\n"
            "systems:\n"
            "  crm: { kind: sqlite, path: crm.sqlite, department: ops, clearance: L3 }\n"
            "  desk: { kind: sqlite, path: desk.sqlite, department: ops, clearance: L2 }\n"
            "datasets:\n"
            "  crm.customers:\n"
            "    key: [id]\n"
            "    version: updated_at\n"
            "    soft_delete: deleted\n"
            "    fields:\n"
            "      id: int\n"
            "      name: string\n"
            "      email: string\n"
            "      phone: { type: string, sensitivity: L3, mask: 'partial(3,4)' }\n"
            "      status: string\n"
            "      updated_at: timestamp\n"
            "      deleted: int\n"
            "  desk.clients:\n"
            "    key: [client_id]\n"
            "    version: modified_at\n"
            + QByteArray(m_deskSoftDelete ? "    soft_delete: removed\n" : "")
            + "    fields:\n"
              "      client_id: int\n"
              "      full_name: string\n"
              "      email: string\n"
              "      phone: string\n"
              "      status: string\n"
              "      modified_at: timestamp\n"
            + QByteArray(m_deskSoftDelete ? "      removed: int\n" : "")
            + "pipelines:\n"
              "  customers:\n"
              "    source: crm.customers\n"
              "    target: desk.clients\n"
              "    direction: two-way\n"
              "    mapping: mappings/crm_to_desk.yaml\n"
              "    reverse_mapping: mappings/desk_to_crm.yaml\n"
            + (conflict.isEmpty() ? QByteArray() : "    conflict:\n" + conflict));
        reload();
    }

    // A CRM customer; `at` its modification time of day ("10:05:00").
    void crmRow(int id, const QString &name, const QString &email, const QString &status, const QString &at,
                const QString &phone = QStringLiteral("13800001111"))
    {
        source().exec(QStringLiteral("INSERT INTO customers (id, name, email, phone, status, updated_at) VALUES "
                                     "(?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                     "email = excluded.email, phone = excluded.phone, status = excluded.status, "
                                     "updated_at = excluded.updated_at"),
                      {id, name, email, phone, status, stamp(at)});
    }
    void crmSet(int id, const QString &field, const QVariant &value, const QString &at)
    {
        source().exec(QStringLiteral("UPDATE customers SET %1 = ?, updated_at = ? WHERE id = ?").arg(field),
                      {value, stamp(at), id});
    }
    void deskSet(int id, const QString &field, const QVariant &value, const QString &at)
    {
        target().exec(QStringLiteral("UPDATE clients SET %1 = ?, modified_at = ? WHERE client_id = ?").arg(field),
                      {value, stamp(at), id});
    }
    void deskRow(int id, const QString &name, const QString &email, const QString &status, const QString &at)
    {
        target().exec(QStringLiteral("INSERT INTO clients (client_id, full_name, email, phone, status, modified_at) "
                                     "VALUES (?, ?, ?, NULL, ?, ?)"),
                      {id, name, email, status, stamp(at)});
    }
    static QString stamp(const QString &at) { return QStringLiteral("2026-11-02 ") + at; }

    QString crm(int id, const QString &field)
    {
        return source().rows(QStringLiteral("SELECT %1 FROM customers WHERE id = %2").arg(field).arg(id)).value(0).value(0);
    }
    QString desk(int id, const QString &field)
    {
        return target().rows(QStringLiteral("SELECT %1 FROM clients WHERE client_id = %2").arg(field).arg(id)).value(0).value(0);
    }

    concord::RunResult run(bool dryRun = false)
    {
        concord::PipelineRunner runner(workspace, store.get());
        std::atomic<bool> cancel{false};
        concord::RunOptions options;
        options.dryRun = dryRun;
        options.actor = QStringLiteral("tester");
        return runner.run(QStringLiteral("customers"), options, cancel);
    }

    QList<concord::ConflictView> conflicts(bool includeClosed = false)
    {
        concord::ConflictQuery q;
        q.includeClosed = includeClosed;
        concord::RoleDef steward;
        steward.name = QStringLiteral("steward");
        steward.department = QStringLiteral("ops");
        steward.clearance = concord::Sensitivity::L3;
        const auto v = concord::viewConflicts(*workspace, *store, q, concord::Holder::ofRole(steward));
        if (!v.ok())
            qFatal("viewConflicts: %s", qPrintable(v.error().toString()));
        return *v;
    }

    concord::ConflictResolveResult resolve(const QList<qint64> &ids, const QMap<QString, QString> &takes,
                                           bool keep = true, const QString &strategy = QString())
    {
        concord::ConflictResolution r;
        for (auto it = takes.cbegin(); it != takes.cend(); ++it) {
            concord::FieldChoice c;
            if (!concord::FieldChoice::takeFromName(it.value(), &c.take)) {
                c.take = concord::FieldChoice::Take::Custom;
                c.custom = it.value();
            }
            r.fields.insert(it.key(), c);
        }
        r.keepRecord = keep;
        r.actor = QStringLiteral("tester");
        r.comment = QStringLiteral("checked with the customer");
        concord::TwoWayRunner runner(workspace, store.get());
        return runner.resolve(ids, r, strategy);
    }

    // Both sides' live records in the desk's terms, sorted by id: id|name|email|status.
    QList<QStringList> crmView()
    {
        return source().rows(QStringLiteral("SELECT id, name, email, status FROM customers WHERE deleted = 0 ORDER BY id"));
    }
    QList<QStringList> deskView()
    {
        return target().rows(QStringLiteral("SELECT client_id, full_name, email, status FROM clients %1 ORDER BY client_id")
                                 .arg(m_deskSoftDelete ? QStringLiteral("WHERE removed = 0") : QString()));
    }

private:
    bool m_deskSoftDelete;
};

#pragma once
// A two-system workspace for consistency tests: src.people (id, name, phone L3, amount, seen_at,
// city) and, per Mapping, a target that copies it (dst.people), maps it into orders with a
// transform, cases and a decimal (dst.orders), rewrites the key ("SO-" + id), or keys text codes
// with a case-insensitive collation. Checks use small segments (256) and leaves (16), so that a
// few thousand rows exercise bisection.

#include "consistency/consistencycheck.h"
#include "pairfixture.h"
#include "store/statestore.h"
#include "sync/pipelinerunner.h"
#include "testsupport.h"
#include "workspace/workspaceloader.h"

#include <QTemporaryDir>
#include <QTest>

class ConsistencyFixture : public PairFixture
{
public:
    enum class Mapping { Identity, Orders, OrderNumbers, TextKeys };

    explicit ConsistencyFixture(Mapping mapping = Mapping::Identity, const QByteArray &consistency = {})
        : PairFixture(QStringLiteral("src.sqlite"), QStringLiteral("dst.sqlite")), m_mapping(mapping)
    {
        const QString d = dir.path();
        source().exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, amount TEXT, "
                                     "seen_at TEXT, city TEXT)"));
        source().exec(QStringLiteral("CREATE TABLE codes (code TEXT PRIMARY KEY, label TEXT)"));
        QByteArray fields;
        switch (mapping) {
        case Mapping::Identity:
            target().exec(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, amount TEXT, "
                                         "seen_at TEXT, city TEXT)"));
            fields = "  id: { from: id }\n  name: { from: name }\n  phone: { from: phone }\n  amount: { from: amount }\n"
                     "  seen_at: { from: seen_at }\n  city: { from: city }\n";
            break;
        case Mapping::Orders:
            target().exec(QStringLiteral("CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer TEXT, status TEXT, "
                                         "total TEXT)"));
            fields = "  order_id: { from: id }\n"
                     "  customer: { from: name, transform: [trim, upper] }\n"
                     "  status:\n"
                     "    from: city\n"
                     "    cases:\n"
                     "      - when: \"value == '上海'\"\n"
                     "        then: local\n"
                     "    else: remote\n"
                     "  total: { from: amount, type: 'decimal(12,2)' }\n";
            break;
        case Mapping::OrderNumbers:
            target().exec(QStringLiteral("CREATE TABLE orders (order_no TEXT PRIMARY KEY, customer TEXT, total TEXT)"));
            fields = "  order_no: { expr: \"concat('SO-', id)\" }\n"
                     "  customer: { from: name }\n"
                     "  total: { from: amount, type: 'decimal(12,2)' }\n";
            break;
        case Mapping::TextKeys:
            target().exec(QStringLiteral("CREATE TABLE codes (code TEXT COLLATE NOCASE PRIMARY KEY, label TEXT)"));
            fields = "  code: { from: code }\n  label: { from: label }\n";
            break;
        }
        const bool codes = mapping == Mapping::TextKeys;
        const QByteArray source = codes ? "src.codes" : "src.people";
        const QByteArray target = codes ? "dst.codes" : (mapping == Mapping::Identity ? "dst.people" : "dst.orders");
        testsupport::writeFile(d + QStringLiteral("/mappings/people.yaml"),
                               "source: " + source + "\ntarget: " + target + "\nfields:\n" + fields);
        m_consistency = consistency;
        writeWorkspace();
        reload();
    }

    // Replaces what follows the fixed segment settings in the pipeline's consistency: block.
    void setConsistency(const QByteArray &extra)
    {
        m_consistency = extra;
        writeWorkspace();
        reload();
    }

    // `rows` people with even ids 2..2*rows in the source and, for the identity mapping, the same
    // rows in the target.
    void populate(int rows)
    {
        static const QStringList cities = {QStringLiteral("上海"), QStringLiteral("北京"), QStringLiteral("Shanghai"),
                                           QStringLiteral("深圳")};
        const bool copy = m_mapping == Mapping::Identity;
        source().exec(QStringLiteral("BEGIN"));
        if (copy)
            target().exec(QStringLiteral("BEGIN"));
        for (int i = 1; i <= rows; ++i) {
            const int id = 2 * i;
            const QVariantList values = {id,
                                         QStringLiteral("name %1").arg(id),
                                         QStringLiteral("1380000%1").arg(id, 4, 10, QLatin1Char('0')),
                                         QStringLiteral("%1.%2").arg(id % 1000).arg(id % 100, 2, 10, QLatin1Char('0')),
                                         QStringLiteral("2026-11-01 08:%1:%2")
                                             .arg(id / 60 % 60, 2, 10, QLatin1Char('0'))
                                             .arg(id % 60, 2, 10, QLatin1Char('0')),
                                         cities[i % cities.size()]};
            const QString sql = QStringLiteral("INSERT INTO people (id, name, phone, amount, seen_at, city) VALUES "
                                               "(?, ?, ?, ?, ?, ?)");
            source().exec(sql, values);
            if (copy)
                target().exec(sql, values);
        }
        source().exec(QStringLiteral("COMMIT"));
        if (copy)
            target().exec(QStringLiteral("COMMIT"));
    }

    concord::ConsistencyRun check()
    {
        std::atomic<bool> cancel{false};
        return concord::ConsistencyCheck(workspace, store.get())
            .run(QStringLiteral("people"), QStringLiteral("tester"), QStringLiteral("manual"), cancel);
    }

    concord::RunResult sync()
    {
        concord::PipelineRunner runner(workspace, store.get());
        std::atomic<bool> cancel{false};
        concord::RunOptions options;
        options.full = true;
        return runner.run(QStringLiteral("people"), options, cancel);
    }


private:
    void writeWorkspace()
    {
        const bool codes = m_mapping == Mapping::TextKeys;
        QByteArray targetDataset;
        switch (m_mapping) {
        case Mapping::Identity:
            targetDataset = "  dst.people:\n    key: [id]\n    fields:\n      id: int\n      name: string\n"
                            "      phone: { type: string, sensitivity: L3, mask: 'partial(3,4)' }\n"
                            "      amount: { type: 'decimal(12,2)' }\n      seen_at: timestamp\n      city: string\n";
            break;
        case Mapping::Orders:
            targetDataset = "  dst.orders:\n    key: [order_id]\n    fields:\n      order_id: int\n      customer: string\n"
                            "      status: string\n      total: { type: 'decimal(12,2)' }\n";
            break;
        case Mapping::OrderNumbers:
            targetDataset = "  dst.orders:\n    key: [order_no]\n    fields:\n      order_no: string\n"
                            "      customer: string\n      total: { type: 'decimal(12,2)' }\n";
            break;
        case Mapping::TextKeys:
            targetDataset = "  dst.codes:\n    key: [code]\n    fields:\n      code: string\n      label: string\n";
            break;
        }
        testsupport::writeFile(
            dir.filePath(QStringLiteral("workspace.yaml")),
            "name: consistency test\n"
            "roles:\n"
            "  steward: { department: ops, clearance: L3 }\n"
            "  clerk: { department: ops, clearance: L2 }\n"
            "stewards:\n"
            "  '*': steward\n"
            "systems:\n"
            "  src: { kind: sqlite, path: src.sqlite, department: ops, clearance: L3 }\n"
            "  dst: { kind: sqlite, path: dst.sqlite, department: ops, clearance: L3 }\n"
            "datasets:\n"
            "  src.people:\n"
            "    key: [id]\n"
            "    fields:\n"
            "      id: int\n"
            "      name: string\n"
            "      phone: { type: string, sensitivity: L3, mask: 'partial(3,4)' }\n"
            "      amount: { type: 'decimal(12,2)' }\n"
            "      seen_at: timestamp\n"
            "      city: string\n"
            "  src.codes:\n"
            "    key: [code]\n"
            "    fields:\n"
            "      code: string\n"
            "      label: string\n"
                + targetDataset
                + "pipelines:\n"
                  "  people:\n"
                  "    source: "
                + (codes ? "src.codes" : "src.people")
                + "\n"
                  "    target: "
                + (codes ? "dst.codes" : (m_mapping == Mapping::Identity ? "dst.people" : "dst.orders"))
                + "\n"
                  "    mapping: mappings/people.yaml\n"
                  "    consistency:\n"
                  "      segment_rows: 256\n"
                  "      leaf_rows: 16\n"
                + m_consistency);
    }

    Mapping m_mapping;
    QByteArray m_consistency;
};

#pragma once
// The demo workspace: five department systems (SQLite files) with realistic Chinese data, their
// datasets, roles and three pipelines with mappings. Used by `concordctl init-demo DIR` and by the
// console's launch page; what it contains is described in docs/demo.md.

#include "core/error.h"

#include <QString>
#include <QtGlobal>

namespace concord {

struct DemoOptions
{
    int customers = 2000;
    int opportunities = 3000;
    int invoices = 2500;
    quint32 seed = 20241101;
};

// Creates DIR (if needed) with workspace.yaml, mappings/*.yaml and data/*.sqlite.
// Fails with CONFIG_INVALID if DIR already contains a workspace.yaml (or any of the files it would
// write), and removes what it wrote if it fails half-way. Deterministic: the same options give
// byte-identical YAML and identical table contents on every platform.
Result<void> createDemoWorkspace(const QString &dir, const DemoOptions &options = {});

} // namespace concord

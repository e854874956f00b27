#pragma once
// The YAML of the demo workspace: workspace.yaml and the three mapping files, as UTF-8 bytes.
// Written by hand to read well for a steward (comments in Chinese and English); the loader in
// engine/workspace/ must accept them unchanged, and tst_demo checks they are deterministic.

#include "demo/demoworkspace.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace concord::demo {

struct DemoFile
{
    QString path; // relative to the workspace directory
    QByteArray contents; // UTF-8
};

QByteArray workspaceYaml(const DemoOptions &options);
QList<DemoFile> mappingFiles();

} // namespace concord::demo

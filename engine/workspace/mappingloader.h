#pragma once
// Reads one mappings/*.yaml file into MappingRules, reporting every problem with its location.

#include "mapping/mappingrules.h"
#include "workspace/yamlreader.h"

namespace concord {

class MappingLoader
{
public:
    // `relativePath` is how pipelines refer to the file; `filePath` is what errors name.
    static std::optional<MappingRules> load(const QString &relativePath, const QString &filePath, ErrorList *errors);
    // The same for YAML text in memory (an editor buffer, a fuzzer's input); errors name
    // `relativePath`. Malformed input gives errors, never an exception.
    static std::optional<MappingRules> loadText(const QString &relativePath, const QByteArray &yaml,
                                                ErrorList *errors);
};

} // namespace concord

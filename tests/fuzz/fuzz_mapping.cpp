// libFuzzer target for the mapping loader and compiler: bytes -> mapping YAML -> MappingLoader;
// what loads is compiled against the fixture datasets (DESIGN.md §5), and what compiles maps the
// fixture records. Malformed input must come back as error values: a crash, a sanitizer report,
// a leak, an exception escaping or a failure without an error is a bug.

#include "fuzzfixtures.h"

#include "mapping/mapper.h"
#include "workspace/mappingloader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_mapping: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    concord::ErrorList errors;
    const auto rules = concord::MappingLoader::loadText(QStringLiteral("mappings/fuzz.yaml"), yaml, &errors);
    for (const concord::Error &e : std::as_const(errors))
        check(!e.message.isEmpty() && !e.code.isEmpty(), "an error without a code or a message");
    if (!rules) {
        check(!errors.isEmpty(), "the mapping was rejected without an error");
        return 0;
    }
    // The workspace loader compiles every mapping it could read, even one with errors: so does this.
    concord::ErrorList compileErrors;
    const concord::CompiledMapping mapping = concord::CompiledMapping::compile(
        *rules, fuzzfixtures::source(), fuzzfixtures::target(rules->target), &compileErrors);
    if (!mapping.isValid()) {
        check(!compileErrors.isEmpty(), "the mapping did not compile, without an error");
        return 0;
    }
    check(mapping.targetFields().size() == rules->fields.size(), "a compiled mapping lost a field");
    for (const concord::Record &fixture : fuzzfixtures::records()) {
        concord::Record source = fixture; // map() converts source values in place
        concord::Record out;
        const concord::MapOutcome outcome = mapping.map(source, out);
        if (outcome.kind == concord::MapOutcome::Kind::Failed)
            check(!outcome.error.message.isEmpty(), "a record failed without an error message");
        else if (outcome.kind == concord::MapOutcome::Kind::Mapped)
            check(out.size() == std::size_t(mapping.targetFields().size()), "the output record has the wrong size");
    }
    return 0;
}

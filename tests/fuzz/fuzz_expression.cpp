// libFuzzer target for the expression language: bytes -> expression text -> compile against a
// fixed context; whatever compiles is evaluated (and tested as a condition) against the fixture
// records with several `value`s. Any crash, sanitizer report, leak or escaping exception is a bug;
// so is a compile error without a message or a position (DESIGN.md §5: "file, line, column and
// what was expected").

#include "fuzzfixtures.h"

#include "mapping/expression.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what, const QString &text)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz_expression: %s for expression: %s\n", what, text.toUtf8().constData());
    std::abort();
}

const concord::ExpressionContext &context()
{
    static const concord::ExpressionContext c = [] {
        concord::ExpressionContext ctx;
        ctx.resolveField = [](const QString &name) { return fuzzfixtures::source().schema.indexOf(name); };
        ctx.lookupTables.insert(QStringLiteral("stage"),
                                {{QStringLiteral("Closed Won"), concord::Value::fromString(QStringLiteral("confirmed"))},
                                 {QStringLiteral("Lost"), concord::Value::fromString(QStringLiteral("cancelled"))},
                                 {QStringLiteral("1001"), concord::Value::fromInt(7)}});
        ctx.lookupTables.insert(QStringLiteral("empty"), {});
        return ctx;
    }();
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // A start inside a file, as for an expression in a mapping: exercises the position arithmetic.
    const concord::SourceLocation start{QStringLiteral("mappings/fuzz.yaml"), 12, 17};
    const auto compiled = concord::Expression::compile(text, context(), start);
    if (!compiled.ok()) {
        const concord::Error &e = compiled.error();
        check(!e.message.isEmpty(), "compile error without a message", text);
        check(e.location.line >= 1 && e.location.column >= 1, "compile error without a position", text);
        return 0;
    }
    check(compiled->isValid(), "compile succeeded but the expression is not valid", text);
    const std::vector<concord::Record> &records = fuzzfixtures::records();
    // `value` as a string, a decimal, a timestamp and null: the usual mapped source fields.
    const int valueFields[] = {fuzzfixtures::source().schema.indexOf(QStringLiteral("customer_name")),
                               fuzzfixtures::source().schema.indexOf(QStringLiteral("amount")),
                               fuzzfixtures::source().schema.indexOf(QStringLiteral("created_at")), -1};
    const concord::Value null;
    for (const concord::Record &record : records) {
        for (const int vf : valueFields) {
            const concord::EvalScope scope{&record, vf >= 0 ? &record.values[std::size_t(vf)] : &null};
            const auto value = compiled->evaluate(scope);
            const auto condition = compiled->test(scope);
            if (!value.ok())
                check(!value.error().message.isEmpty(), "evaluation error without a message", text);
            // Evaluation is pure: the same scope gives the same answer.
            const auto again = compiled->evaluate(scope);
            check(value.ok() == again.ok(), "evaluation is not deterministic", text);
            if (value.ok())
                check(*value == *again, "evaluation is not deterministic", text);
            // A condition is tested on its own path (true/false/unknown without building values);
            // it must agree with evaluating the expression: a bool is its answer, null is false,
            // any other value is an error, and an evaluation error is the same error.
            if (!value.ok()) {
                check(!condition.ok() && condition.error().message == value.error().message
                          && condition.error().location == value.error().location,
                      "test() and evaluate() fail differently", text);
            } else if (value->type() == concord::Value::Type::Bool) {
                check(condition.ok() && *condition == value->boolValue(), "test() disagrees with evaluate()", text);
            } else if (value->isNull()) {
                check(condition.ok() && !*condition, "test() of null is not false", text);
            } else {
                check(!condition.ok() && condition.error().code == concord::ErrorCode::TypeMismatch,
                      "test() of a non-condition did not fail", text);
            }
        }
    }
    return 0;
}

// Tests for the mapping expression language (engine/mapping/expression.h): literals, exact
// arithmetic, precedence, null rules, in/not in, every library function, compile errors with
// exact locations and run-time errors. Limits and robustness: tst_expressionlimits.cpp.

#include "expressionfixture.h"
#include "mapping/expression.h"

#include <QTest>


using namespace concord;
using namespace exprtest;


class TestExpression : public QObject
{
    Q_OBJECT

private:
    Record m_record = makeRecord();
    Value m_value = str("Lost");

    EvalScope scope() const { return EvalScope { &m_record, &m_value }; }

    static void addEval(const char *text, const char *type, const QString &expected)
    {
        QTest::addRow("%s", text) << u(text) << QString::fromLatin1(type) << expected;
    }

    static void addError(const char *tag, const QString &text, int startLine, int startColumn,
        int line, int column, const QString &message)
    {
        QTest::addRow("%s", tag) << text << startLine << startColumn << line << column << message;
    }

private slots:
    void evaluate_data();
    void evaluate();
    void condition_data();
    void condition();
    void conditionNotBool();
    void compileErrors_data();
    void compileErrors();
    void compileErrorPrefixes_data();
    void compileErrorPrefixes();
    void compileErrorKeepsFile();
    void runtimeErrors_data();
    void runtimeErrors();
    void runtimeErrorLocation();
    void unknownField();
    void valueDisallowed();
    void referencedFields();
    void functionsSorted();
    void constantsNeedNoRecord();
    void missingRecord();
    void uncompiled();
    void copiesShareTheTree();
};

void TestExpression::evaluate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("expected");

    // literals
    addEval("42", "int", u("42"));
    addEval("-42", "int", u("-42"));
    addEval("12.50", "decimal", u("12.50"));
    addEval("1.5e3", "decimal", u("1500"));
    addEval("2.5E-2", "decimal", u("0.025"));
    addEval(".5", "decimal", u("0.5"));
    addEval("12345678901234567890", "decimal", u("12345678901234567890"));
    addEval("'it\\'s'", "string", u("it's"));
    addEval("\"say \\\"hi\\\"\"", "string", u("say \"hi\""));
    addEval("'a\\\\b\\nc'", "string", u("a\\b\nc"));
    addEval("'\\d+'", "string", u("\\d+"));
    addEval("'张三'", "string", u("张三"));
    addEval("true", "bool", u("true"));
    addEval("false", "bool", u("false"));
    addEval("null", "null", QString());

    // exact arithmetic
    addEval("0.1 + 0.2", "decimal", u("0.3"));
    addEval("0.1 + 0.2 == 0.3", "bool", u("true"));
    addEval("12.50 * 3", "decimal", u("37.50"));
    addEval("7 / 2", "decimal", u("3.500000"));
    addEval("8 / 2", "int", u("4"));
    addEval("2 / 3", "decimal", u("0.666667"));
    addEval("10.00 / 4", "decimal", u("2.500000"));
    addEval("1.1234567 / 1", "decimal", u("1.1234567"));
    addEval("7 % 3", "int", u("1"));
    addEval("-7 % 3", "int", u("-1"));
    addEval("7.5 % 2", "decimal", u("1.5"));
    addEval("amount * qty", "decimal", u("37.50"));
    addEval("amount + 1", "decimal", u("13.50"));
    addEval("id - 10", "int", u("-3"));
    addEval("'ab' + 'cd'", "string", u("abcd"));
    addEval("stage + '!'", "string", u("Closed Won!"));
    addEval("- amount", "decimal", u("-12.50"));
    addEval("-(1 + 2)", "int", u("-3"));

    // precedence
    addEval("1 + 2 * 3", "int", u("7"));
    addEval("(1 + 2) * 3", "int", u("9"));
    addEval("10 - 4 - 3", "int", u("3"));
    addEval("100 / 10 / 5", "int", u("2"));
    addEval("2 * 3 % 4", "int", u("2"));
    addEval("-2 * 3", "int", u("-6"));
    addEval("1 + 2 == 3", "bool", u("true"));
    addEval("not 1 == 2", "bool", u("true"));
    addEval("true or false and false", "bool", u("true"));
    addEval("(true or false) and false", "bool", u("false"));
    addEval("not true or true", "bool", u("true"));
    addEval("! false && true", "bool", u("true"));
    addEval("false || true", "bool", u("true"));
    addEval("qty < 2 or qty < 4 and id == 7", "bool", u("true"));
    addEval("id == 7 and stage == 'Closed Won'", "bool", u("true"));
    addEval("active and qty > 2", "bool", u("true"));

    // null rules
    addEval("note", "null", QString());
    addEval("note + 1", "null", QString());
    addEval("note * amount", "null", QString());
    addEval("-note", "null", QString());
    addEval("note == null", "bool", u("true"));
    addEval("null == null", "bool", u("true"));
    addEval("note != null", "bool", u("false"));
    addEval("note == 'x'", "bool", u("false"));
    addEval("note < 5", "null", QString());
    addEval("note >= 5", "null", QString());
    addEval("not note", "null", QString());
    addEval("note and false", "bool", u("false"));
    addEval("note and true", "null", QString());
    addEval("note or true", "bool", u("true"));
    addEval("note or false", "null", QString());
    addEval("trim(note)", "null", QString());
    addEval("upper(note)", "null", QString());
    addEval("substr(note, 1, 2)", "null", QString());
    addEval("round(note, 2)", "null", QString());
    addEval("to_string(note)", "null", QString());
    addEval("lookup('status', note)", "null", QString());
    addEval("concat('a', note, 'b')", "string", u("ab"));
    addEval("coalesce(note, 'fallback')", "string", u("fallback"));
    addEval("coalesce(note, null)", "null", QString());

    // comparisons and coercions
    addEval("code == 42", "bool", u("true"));
    addEval("code > 41.5", "bool", u("true"));
    addEval("'abc' == 42", "bool", u("false"));
    addEval("amount == 12.5", "bool", u("true"));
    addEval("qty == 3.0", "bool", u("true"));
    addEval("'a' < 'b'", "bool", u("true"));
    addEval("stage != 'Closed Won'", "bool", u("false"));
    addEval("true > false", "bool", u("true"));
    addEval("created_at > '2024-05-20'", "bool", u("true"));
    addEval("created_at == '2024-05-20T02:30:00Z'", "bool", u("true"));
    addEval("birthday == '1990-12-10'", "bool", u("true"));
    addEval("birthday < created_at", "bool", u("true"));
    addEval("birthday <= '2000-01-01 00:00:00'", "bool", u("true"));
    addEval("naive_ts >= '2024-05-20 23:59:58'", "bool", u("true"));

    // in / not in
    addEval("value in ['Lost', 'Cancelled']", "bool", u("true"));
    addEval("value not in ['Lost', 'Cancelled']", "bool", u("false"));
    addEval("stage in ['Lost']", "bool", u("false"));
    addEval("qty in [1, 2, 3]", "bool", u("true"));
    addEval("code in [41, 42]", "bool", u("true"));
    addEval("note in [null]", "bool", u("true"));
    addEval("note in ['a']", "bool", u("false"));
    addEval("note not in ['a']", "bool", u("true"));
    addEval("id in []", "bool", u("false"));
    addEval("3 in [id, qty]", "bool", u("true"));
    addEval("not qty in [1, 2]", "bool", u("true"));

    // field references
    addEval("value", "string", u("Lost"));
    addEval("`value`", "string", u("field-value"));
    addEval("`order id`", "string", u("A-1"));
    addEval("客户", "string", u("张三"));

    // text functions
    addEval("trim(name)", "string", u("Ada Lovelace"));
    addEval("upper(trim(name))", "string", u("ADA LOVELACE"));
    addEval("lower('ÄBC')", "string", u("äbc"));
    addEval("trim(42)", "string", u("42"));
    addEval("length(name)", "int", u("15"));
    addEval("length('张三')", "int", u("2"));
    addEval("length(emoji)", "int", u("3"));
    addEval("length(12345)", "int", u("5"));
    addEval("substr('abcdef', 2, 3)", "string", u("bcd"));
    addEval("substr('abcdef', 3)", "string", u("cdef"));
    addEval("substr('abcdef', 0, 3)", "string", u("ab"));
    addEval("substr('abcdef', -1, 3)", "string", u("a"));
    addEval("substr('abcdef', 10)", "string", QString());
    addEval("substr('abcdef', 2, 0)", "string", QString());
    addEval("substr(emoji, 2, 1)", "string", u("\xF0\x9F\x98\x80"));
    addEval("substr(emoji, 3)", "string", u("b"));
    addEval("substr('张三丰', 2)", "string", u("三丰"));
    addEval("concat('a', 1, 2.50, true)", "string", u("a12.50true"));
    addEval("concat(stage, ' / ', `order id`)", "string", u("Closed Won / A-1"));
    addEval("concat(note)", "string", QString());
    addEval("coalesce(note, stage)", "string", u("Closed Won"));
    addEval("coalesce(stage, 1 / (qty - 3))", "string",
        u("Closed Won")); // later arguments are not evaluated
    addEval("replace('a-b-c', '-', '+')", "string", u("a+b+c"));
    addEval("replace('abc', '', 'x')", "string", u("abc"));
    addEval("replace(phone, '1234', '****')", "string", u("138****5678"));
    addEval(
        "regex_replace(phone, '(\\d{3})\\d{4}(\\d{4})', '\\1****\\2')", "string", u("138****5678"));
    addEval("regex_replace('a1b22c333', '\\d+', '#')", "string", u("a#b#c#"));
    addEval("regex_replace('abc', 'x', 'y')", "string", u("abc"));
    addEval("regex_replace('2024-05-20', '(\\d+)-(\\d+)-(\\d+)', '\\3/\\2/\\1')", "string",
        u("20/05/2024"));
    addEval("regex_replace(stage, '\\s+', concat('_', qty))", "string", u("Closed_3Won"));

    // dates
    addEval("format_date(created_at, 'yyyy-MM-dd')", "string", u("2024-05-20"));
    addEval("format_date(created_at, 'yyyy-MM-dd HH:mm:ss')", "string", u("2024-05-20 10:30:00"));
    addEval("format_date(naive_ts, 'yyyy/MM/dd HH:mm')", "string", u("2024/05/20 23:59"));
    addEval("format_date(birthday, 'dd.MM.yyyy')", "string", u("10.12.1990"));
    addEval("format_date('2024-01-02T03:04:05-05:00', 'HH:mm')", "string", u("03:04"));
    addEval("format_date(created_at, 'yyyy年M月d日')", "string", u("2024年5月20日"));
    addEval("format_date(created_at, \"yyyy-MM-dd'T'HH:mm\")", "string", u("2024-05-20T10:30"));
    addEval("parse_date('20/05/2024', 'dd/MM/yyyy')", "date", u("2024-05-20"));
    addEval("parse_date('day 20/05/2024', \"'day' dd/MM/yyyy\")", "date", u("2024-05-20"));
    addEval("parse_date('2024-05-20T08:15', \"yyyy-MM-dd'T'HH:mm\")", "timestamp",
        u("2024-05-20 08:15:00"));
    addEval("parse_date('2024-05-20 08:15:00', 'yyyy-MM-dd HH:mm:ss')", "timestamp",
        u("2024-05-20 08:15:00"));
    addEval("parse_date(ymd, 'yyyyMMdd')", "date", u("2024-05-20"));
    addEval("parse_date(blank, 'yyyyMMdd')", "null", QString());
    addEval("parse_date(birthday, 'yyyy-MM-dd')", "date", u("1990-12-10"));
    addEval("format_date(parse_date('05/20/2024', 'MM/dd/yyyy'), 'yyyy-MM-dd')", "string",
        u("2024-05-20"));

    // numbers
    addEval("round(2.345, 2)", "decimal", u("2.35"));
    addEval("round(-2.345, 2)", "decimal", u("-2.35"));
    addEval("round(2.5)", "decimal", u("3"));
    addEval("round(12.5, 3)", "decimal", u("12.500"));
    addEval("round(1234, -2)", "int", u("1200"));
    addEval("round(1250, -2)", "int", u("1300"));
    addEval("round(-1250, -2)", "int", u("-1300"));
    addEval("round(1250.4, -2)", "decimal", u("1300"));
    addEval("round(7, 2)", "int", u("7"));
    addEval("round(amount * 1.075, 2)", "decimal", u("13.44"));
    addEval("to_int('42')", "int", u("42"));
    addEval("to_int(' 17 ')", "int", u("17"));
    addEval("to_int(12.00)", "int", u("12"));
    addEval("to_int(true)", "int", u("1"));
    addEval("to_int(blank)", "null", QString());
    addEval("to_decimal('12.345')", "decimal", u("12.345"));
    addEval("to_decimal('12.345', 2)", "decimal", u("12.35"));
    addEval("to_decimal(7)", "decimal", u("7"));
    addEval("to_decimal(amount, 4)", "decimal", u("12.5000"));
    addEval("to_decimal(code) + 0.5", "decimal", u("42.5"));
    addEval("to_string(amount)", "string", u("12.50"));
    addEval("to_string(birthday)", "string", u("1990-12-10"));
    addEval("to_string(true)", "string", u("true"));
    addEval("to_string(qty) + 'x'", "string", u("3x"));

    // lookup
    addEval("lookup('status', '1')", "string", u("open"));
    addEval("lookup('status', 1)", "string", u("open"));
    addEval("lookup('status', value)", "string", u("cancelled"));
    addEval("lookup('status', 'missing')", "null", QString());
    addEval("coalesce(lookup('region', 'SH'), 'unknown')", "string", u("unknown"));

    // layout: blanks and line breaks anywhere between tokens
    QTest::newRow("blanks and line breaks") << u("  qty\n  *\t2  ") << u("int") << u("6");
}

void TestExpression::evaluate()
{
    QFETCH(QString, text);
    QFETCH(QString, type);
    QFETCH(QString, expected);

    const auto compiled = Expression::compile(text, makeContext());
    QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
    const auto result = compiled->evaluate(scope());
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(Value::typeName(result->type()), type);
    QCOMPARE(result->toString(), expected);
}

void TestExpression::condition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("true") << u("value == 'Lost'") << true;
    QTest::newRow("false") << u("qty > 5") << false;
    QTest::newRow("null comparison is false") << u("note > 1") << false;
    QTest::newRow("null is false") << u("note") << false;
    QTest::newRow("bool field") << u("active") << true;
    QTest::newRow("in") << u("value in ['Lost', 'Cancelled']") << true;
    QTest::newRow("validation rule") << u("amount >= 0") << true;
    // Logic over conditions (evaluated as true/false/unknown without building values).
    QTest::newRow("not comparison") << u("not (qty > 5)") << true;
    QTest::newRow("not unknown") << u("not (note > 1)") << false;
    QTest::newRow("unknown or true") << u("note > 1 or active") << true;
    QTest::newRow("unknown and true") << u("note > 1 and active") << false;
    QTest::newRow("false and unknown") << u("qty > 5 and note > 1") << false;
    QTest::newRow("short-circuit skips an error") << u("qty < 0 and stage > 5") << false;
    QTest::newRow("in with field items") << u("qty in [id, 3]") << true;
    QTest::newRow("not in") << u("value not in ['x', 'y']") << true;
    QTest::newRow("in null subject") << u("note in ['a', 'b']") << false;
    QTest::newRow("comparison chain in or") << u("qty == 1 or qty == 3 or qty == 7") << true;
}

void TestExpression::condition()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);

    const auto compiled = Expression::compile(text, makeContext());
    QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
    const auto result = compiled->test(scope());
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(*result, expected);
}

void TestExpression::conditionNotBool()
{
    const auto compiled = Expression::compile(u("qty"), makeContext());
    QVERIFY(compiled.ok());
    const auto result = compiled->test(scope());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::TypeMismatch);
    QCOMPARE(result.error().message, u("condition must be true or false, got int"));
}

void TestExpression::compileErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("startLine");
    QTest::addColumn<int>("startColumn");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    // Start at line 10, column 5 unless said otherwise: the column advances by the token's offset.
    addError("empty", QString(), 10, 5, 10, 5, u("empty expression, expected a value"));
    addError("blank", u("   "), 10, 5, 10, 5, u("empty expression, expected a value"));
    addError("unclosed call", u("concat(stage, qty"), 10, 5, 10, 22,
        u("unexpected end of expression, expected ')' to close the call to concat"));
    addError("call missing comma", u("concat(stage qty)"), 10, 5, 10, 18,
        u("expected ')' to close the call to concat, found 'qty'"));
    addError("call at end", u("trim("), 10, 5, 10, 10,
        u("unexpected end of expression, expected ')' to close the call to trim"));
    addError("missing operand", u("value == "), 10, 5, 10, 13,
        u("unexpected end of expression, expected a value after '=='"));
    addError("operator operand", u("qty +* 2"), 10, 5, 10, 10,
        u("expected a value after '+', found '*'"));
    addError("unknown function", u("uper(name)"), 10, 5, 10, 5,
        u("unknown function 'uper' (did you mean 'upper'?); known functions: ")
            + expressionFunctions().join(QLatin1String(", ")));
    addError("unknown function no hint", u("qty + frobnicate(1)"), 10, 5, 10, 11,
        u("unknown function 'frobnicate'; known functions: ")
            + expressionFunctions().join(QLatin1String(", ")));
    addError("too many arguments", u("upper(name, 1)"), 10, 5, 10, 5,
        u("upper expects 1 argument, got 2"));
    addError("too few arguments", u("substr(name)"), 10, 5, 10, 5,
        u("substr expects 2 or 3 arguments, got 1"));
    addError(
        "variadic", u("concat()"), 10, 5, 10, 5, u("concat expects at least 1 argument, got 0"));
    addError("unknown field", u("qty + missing"), 10, 5, 10, 11, u("unknown field 'missing'"));
    addError("upper-case keyword", u("qty > 1 AND qty < 5"), 10, 5, 10, 13,
        u("expected an operator or the end of the expression, found 'AND' ('and' is written in "
          "lower case)"));
    addError("upper-case keyword as operand", u("qty == NULL"), 10, 5, 10, 12,
        u("unknown field 'NULL' ('null' is written in lower case)"));
    addError("single =", u("qty = 3"), 10, 5, 10, 9, u("unexpected '=', did you mean '=='?"));
    addError("sql not-equal", u("qty <> 3"), 10, 5, 10, 9,
        u("'<>' is not an operator, did you mean '!='?"));
    addError("unterminated string", u("'abc"), 10, 5, 10, 5,
        u("unterminated string: expected a closing '"));
    addError("unclosed paren", u("(qty + 1"), 10, 5, 10, 13,
        u("unexpected end of expression, expected ')' to close '('"));
    addError("unmatched paren", u("qty + 1)"), 10, 5, 10, 12, u("unmatched ')'"));
    addError("two values", u("qty 1"), 10, 5, 10, 9,
        u("expected an operator or the end of the expression, found '1'"));
    addError("chained comparison", u("1 < qty < 3"), 10, 5, 10, 13,
        u("comparisons cannot be chained; combine them with 'and'"));
    addError("in without list", u("qty in (1, 2)"), 10, 5, 10, 12,
        u("expected '[' after 'in', found '('"));
    addError(
        "not without in", u("qty not 3"), 10, 5, 10, 13, u("expected 'in' after 'not', found '3'"));
    addError("unclosed list", u("qty in [1, 2"), 10, 5, 10, 17,
        u("unexpected end of expression, expected ',' or ']' to close the list"));
    addError("trailing comma", u("qty in [1, ]"), 10, 5, 10, 16,
        u("expected a value after ',', found ']'"));
    addError("pattern not literal", u("regex_replace(name, stage, 'x')"), 10, 5, 10, 25,
        u("the pattern of regex_replace must be a string in quotes"));
    addError("missing group", u("regex_replace(name, '(a)', '\\2')"), 10, 5, 10, 32,
        u("the replacement of regex_replace refers to group \\2, but the pattern has 1 group(s)"));
    addError("unknown table", u("lookup('nope', 1)"), 10, 5, 10, 12,
        u("unknown lookup table 'nope' (known tables: region, status)"));
    addError("table not literal", u("lookup(stage, 1)"), 10, 5, 10, 12,
        u("the first argument of lookup must be a table name in quotes"));
    addError("constant division by zero", u("1 / 0"), 10, 5, 10, 7, u("division by zero in '/'"));
    addError("constant type error", u("'a' * 2"), 10, 5, 10, 9,
        u("cannot apply '*' to string and int (use to_decimal() to read a number from text)"));
    addError("stray character", u("qty # 2"), 10, 5, 10, 9, u("unexpected character '#'"));
    addError("full-width comma", u("concat(stage，qty)"), 10, 5, 10, 17,
        u("unexpected full-width '，', did you mean ','?"));
    addError("dangling point", u("1."), 10, 5, 10, 6, u("expected a digit after '.' in a number"));
    addError(
        "letter after number", u("3abc"), 10, 5, 10, 6, u("unexpected 'a' right after a number"));
    addError("empty backticks", u("``"), 10, 5, 10, 5, u("empty field name between '`'"));
    addError("unclosed backticks", u("`order id"), 10, 5, 10, 5,
        u("unterminated field name: expected a closing '`'"));
    addError("too many digits", u("1234567890123456789012345678901234567890"), 10, 5, 10, 5,
        u("number '1234567890123456789012345678901234567890' does not fit an exact decimal (at "
          "most 38 digits)"));

    // Multi-line text: the line advances and the column counts from that line's start.
    addError("second line", u("qty > 1\n  and nme == 'x'"), 10, 5, 11, 7, u("unknown field 'nme'"));
    addError("end on third line", u("concat(\n  stage,\n  qty\n"), 3, 9, 5, 6,
        u("unexpected end of expression, expected ')' to close the call to concat"));
    // Unknown start (0:0): columns are 1-based within the expression.
    addError("no start", u("qty +"), 0, 0, 1, 6,
        u("unexpected end of expression, expected a value after '+'"));
    addError("start column only", u("qty +"), 4, 1, 4, 6,
        u("unexpected end of expression, expected a value after '+'"));
}

void TestExpression::compileErrors()
{
    QFETCH(QString, text);
    QFETCH(int, startLine);
    QFETCH(int, startColumn);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    SourceLocation start;
    start.line = startLine;
    start.column = startColumn;
    const auto compiled = Expression::compile(text, makeContext(), start);
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().code, ErrorCode::MappingError);
    QCOMPARE(compiled.error().message, message);
    QCOMPARE(compiled.error().location.line, line);
    QCOMPARE(compiled.error().location.column, column);
}

void TestExpression::compileErrorPrefixes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("prefix");

    // The rest of these messages comes from PCRE2, whose wording is not ours to pin down.
    QTest::newRow("invalid regex") << u("regex_replace(name, '(', 'x')") << 21
                                   << u("invalid regular expression in regex_replace: ");
}

void TestExpression::compileErrorPrefixes()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, prefix);

    const auto compiled = Expression::compile(text, makeContext());
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().code, ErrorCode::MappingError);
    QVERIFY2(compiled.error().message.startsWith(prefix), qPrintable(compiled.error().message));
    QCOMPARE(compiled.error().location.column, column);
}

void TestExpression::compileErrorKeepsFile()
{
    const SourceLocation start { QStringLiteral("mappings/orders.yaml"), 12, 20 };
    const auto compiled = Expression::compile(u("trim(nope)"), makeContext(), start);
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().location.file, u("mappings/orders.yaml"));
    QCOMPARE(compiled.error().toString(), u("mappings/orders.yaml:12:25: unknown field 'nope'"));
}

void TestExpression::runtimeErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const QString mapping = ErrorCode::MappingError;
    const QString type = ErrorCode::TypeMismatch;
    QTest::newRow("int division by zero")
        << u("qty / (id - 7)") << mapping << 5 << u("division by zero in '/'");
    QTest::newRow("decimal division by zero")
        << u("amount / (qty - 3)") << mapping << 8 << u("division by zero in '/'");
    QTest::newRow("modulo by zero")
        << u("qty % (qty - 3)") << mapping << 5 << u("division by zero in '%'");
    QTest::newRow("integer overflow")
        << u("big + 1") << mapping << 5 << u("integer overflow in '+'");
    QTest::newRow("integer overflow *")
        << u("big * 2") << mapping << 5 << u("integer overflow in '*'");
    QTest::newRow("string plus int") << u("stage + 1") << type << 7
                                     << u("cannot apply '+' to string and int (use concat() to "
                                          "join text, to_decimal() to read a number)");
    QTest::newRow("string vs number")
        << u("stage > 5") << type << 7
        << u("cannot compare string with int using '>': the string is not a number");
    QTest::newRow("date vs string") << u("birthday > stage") << type << 10
                                    << u("cannot compare date with string using '>': the string is "
                                         "not an ISO date or timestamp");
    QTest::newRow("bool vs int") << u("active < 5") << type << 8
                                 << u("cannot compare bool with int using '<'");
    QTest::newRow("and needs bool")
        << u("stage and true") << type << 1 << u("'and' needs true or false, got string");
    QTest::newRow("not needs bool")
        << u("not stage") << type << 1 << u("'not' needs true or false, got string");
    QTest::newRow("negate string")
        << u("-stage") << type << 1 << u("cannot apply unary '-' to string");
    QTest::newRow("to_int text") << u("to_int(stage)") << type << 1
                                 << u("to_int: the string is not an integer");
    QTest::newRow("to_int fraction")
        << u("to_int(amount)") << type << 1
        << u("to_int: the decimal has a fractional part (round it first with round(x))");
    QTest::newRow("to_int range") << u("to_int(concat(big, '0'))") << mapping << 1
                                  << u("to_int: the number is out of the integer range");
    QTest::newRow("to_decimal text")
        << u("to_decimal(stage)") << type << 1 << u("to_decimal: the string is not a number");
    QTest::newRow("substr start") << u("substr(stage, name)") << type << 1
                                  << u("substr: the start position must be an integer, got string");
    QTest::newRow("substr length") << u("substr(stage, 1, qty - 4)") << mapping << 1
                                   << u("substr: the length must not be negative");
    QTest::newRow("format_date text")
        << u("format_date(stage, 'yyyy')") << type << 1
        << u("format_date: the string is not an ISO date or timestamp");
    QTest::newRow("format_date number")
        << u("format_date(qty, 'yyyy')") << type << 1
        << u("format_date: needs a date, timestamp or ISO string, got int");
    QTest::newRow("parse_date mismatch")
        << u("parse_date(stage, 'yyyy-MM-dd')") << type << 1
        << u("parse_date: the text does not match the format 'yyyy-MM-dd'");
    QTest::newRow("round text")
        << u("round(stage, 2)") << type << 1
        << u("round: needs a number, got string (use to_decimal() to read text)");
    QTest::newRow("round digits") << u("round(amount, qty * 20)") << mapping << 1
                                  << u("round: the number of digits must be between -18 and 38");
    QTest::newRow("string limit +") << u("huge + huge") << mapping << 6
                                    << u("'+' would build a string longer than 1048576 characters");
    QTest::newRow("string limit concat")
        << u("concat(huge, '-', huge)") << mapping << 1
        << u("concat: the result would be longer than 1048576 characters");
    QTest::newRow("string limit replace")
        << u("replace(huge, 'x', 'xy')") << mapping << 1
        << u("replace: the result would be longer than 1048576 characters");
    QTest::newRow("string limit regex")
        << u("regex_replace(huge, 'x', 'xy')") << mapping << 1
        << u("regex_replace: the result would be longer than 1048576 characters");
}

void TestExpression::runtimeErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(int, column);
    QFETCH(QString, message);

    const auto compiled = Expression::compile(text, makeContext());
    QVERIFY2(compiled.ok(), qPrintable(compiled.error().message));
    const auto result = compiled->evaluate(scope());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().message, message);
    QCOMPARE(result.error().location.line, 1);
    QCOMPARE(result.error().location.column, column);

    // As a condition the same error comes back, at the same column.
    const auto tested = compiled->test(scope());
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().code, code);
    QCOMPARE(tested.error().message, message);
    QCOMPARE(tested.error().location.column, column);
}

void TestExpression::runtimeErrorLocation()
{
    const SourceLocation start { QStringLiteral("mappings/orders.yaml"), 3, 10 };
    const auto compiled = Expression::compile(u("qty +\n  qty / (id - 7)"), makeContext(), start);
    QVERIFY(compiled.ok());
    const auto result = compiled->evaluate(scope());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(), u("mappings/orders.yaml:4:7: division by zero in '/'"));
}

void TestExpression::unknownField()
{
    const auto compiled = Expression::compile(u("upper(custmer_name)"), makeContext());
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().code, ErrorCode::MappingError);
    QCOMPARE(compiled.error().message, u("unknown field 'custmer_name'"));
    QCOMPARE(compiled.error().location.column, 7);

    // No resolver at all: every name is unknown, and nothing crashes.
    const auto bare = Expression::compile(u("x"), ExpressionContext {});
    QVERIFY(!bare.ok());
    QCOMPARE(bare.error().message, u("unknown field 'x'"));
}

void TestExpression::valueDisallowed()
{
    const auto compiled = Expression::compile(u("qty > 1 and value == 'x'"), makeContext(false));
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().code, ErrorCode::MappingError);
    QVERIFY(compiled.error().message.startsWith(u("'value' cannot be used here")));
    QCOMPARE(compiled.error().location.column, 13);

    // A field that happens to be called value is still reachable in backticks.
    const auto field = Expression::compile(u("`value`"), makeContext(false));
    QVERIFY(field.ok());
    QCOMPARE(field->evaluate(scope())->toString(), u("field-value"));
}

void TestExpression::referencedFields()
{
    const auto compiled = Expression::compile(
        u("concat(stage, qty, stage, `order id`) == value or lookup('status', code) == 'x'"),
        makeContext());
    QVERIFY(compiled.ok());
    QCOMPARE(compiled->referencedFields(),
        (QStringList { u("stage"), u("qty"), u("order id"), u("code") }));
    QCOMPARE(compiled->text(),
        u("concat(stage, qty, stage, `order id`) == value or lookup('status', code) == 'x'"));
}

void TestExpression::functionsSorted()
{
    const QStringList expected = { u("coalesce"), u("concat"), u("format_date"), u("length"),
        u("lookup"), u("lower"), u("parse_date"), u("regex_replace"), u("replace"), u("round"),
        u("substr"), u("to_decimal"), u("to_int"), u("to_string"), u("trim"), u("upper") };
    QCOMPARE(expressionFunctions(), expected);
}

void TestExpression::constantsNeedNoRecord()
{
    // Literal-only parts are folded when compiling, so no record is needed to evaluate them.
    const auto compiled = Expression::compile(
        u("upper('abc') + lookup('status', '2') + to_string(round(2.345, 2))"), makeContext());
    QVERIFY(compiled.ok());
    const auto result = compiled->evaluate(EvalScope {});
    QVERIFY(result.ok());
    QCOMPARE(result->toString(), u("ABCclosed2.35"));
}

void TestExpression::missingRecord()
{
    const auto compiled = Expression::compile(u("qty + 1"), makeContext());
    QVERIFY(compiled.ok());
    const auto noRecord = compiled->evaluate(EvalScope {});
    QVERIFY(!noRecord.ok());
    QCOMPARE(noRecord.error().message, u("the record has no field 'qty'"));

    const auto value = Expression::compile(u("value"), makeContext());
    QVERIFY(value.ok());
    QCOMPARE(value->evaluate(EvalScope { &m_record, nullptr }).error().message,
        u("'value' is not set for this evaluation"));
}

void TestExpression::uncompiled()
{
    const Expression e;
    QVERIFY(!e.isValid());
    QVERIFY(!e.evaluate(scope()).ok());
    QVERIFY(!e.test(scope()).ok());
}

void TestExpression::copiesShareTheTree()
{
    Expression copy;
    {
        const auto compiled = Expression::compile(u("qty * 2"), makeContext());
        QVERIFY(compiled.ok());
        copy = *compiled;
    }
    QVERIFY(copy.isValid());
    QCOMPARE(copy.evaluate(scope())->toString(), u("6"));
}

QTEST_GUILESS_MAIN(TestExpression)
#include "tst_expression.moc"

// Limits and robustness of the expression language: nesting depth, text length, decimals at
// the 38-digit edge, regular expressions that would backtrack without end (inputs found by
// tests/fuzz), and the cost of evaluation.

#include "expressionfixture.h"
#include "mapping/expression.h"

#include <QElapsedTimer>
#include <QTest>

using namespace concord;
using namespace exprtest;

class TestExpressionLimits : public QObject
{
    Q_OBJECT

private:
    Record m_record = makeRecord();
    Value m_value = str("Lost");

    EvalScope scope() const { return EvalScope { &m_record, &m_value }; }

private slots:
    void depthLimit_data();
    void depthLimit();
    void textLimit();
    void fuzzDecimalEdges_data();
    void fuzzDecimalEdges();
    void fuzzRegexBacktracking();
    void evaluateSpeed();
};

void TestExpressionLimits::depthLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("column");

    const auto parens = [](int n) -> QString {
        return QString(n, QLatin1Char('(')) + QStringLiteral("qty") + QString(n, QLatin1Char(')'));
    };
    const auto calls = [](int n) -> QString {
        QString s = QStringLiteral("stage");
        for (int i = 0; i < n; ++i)
            s = QStringLiteral("upper(") + s + QLatin1Char(')');
        return s;
    };
    QTest::newRow("64 parentheses") << parens(64) << true << 0;
    QTest::newRow("65 parentheses") << parens(65) << false << 65;
    QTest::newRow("64 calls") << calls(64) << true << 0;
    QTest::newRow("65 calls") << calls(65) << false << 1 + 64 * 6;
    QTest::newRow("65 minus signs")
        << (QString(65, QLatin1Char('-')) + QStringLiteral("qty")) << false << 65;
    QTest::newRow("65 nots") << (QString(65, QLatin1Char('!')) + QStringLiteral("active")) << false
                             << 65;
    // A long flat chain is not nesting: it is evaluated in a loop.
    QString chain = QStringLiteral("qty");
    for (int i = 0; i < 1000; ++i)
        chain += QStringLiteral(" + qty");
    QTest::newRow("long chain") << chain << true << 0;
}

void TestExpressionLimits::depthLimit()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, column);

    const auto compiled = Expression::compile(text, makeContext());
    QCOMPARE(compiled.ok(), ok);
    if (ok) {
        QVERIFY(compiled->evaluate(scope()).ok());
    } else {
        QCOMPARE(
            compiled.error().message, u("expression is nested too deeply (more than 64 levels)"));
        QCOMPARE(compiled.error().location.column, column);
    }
}

void TestExpressionLimits::textLimit()
{
    const QString atLimit = QStringLiteral("1") + QString(9999, QLatin1Char(' '));
    QVERIFY(Expression::compile(atLimit, makeContext()).ok());
    const auto tooLong = Expression::compile(atLimit + QLatin1Char(' '), makeContext());
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().message,
        u("expression is too long: 10001 characters (the limit is 10000)"));
}

// Inputs tests/fuzz found at the edge of the 38-digit decimals. Both were signed 128-bit overflows
// (undefined behaviour, reported by the asan preset); without a sanitizer the rounding one gave 0.
void TestExpressionLimits::fuzzDecimalEdges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // the value's text, or the error message

    const QString nines = QString(38, QLatin1Char('9'));
    const QString fraction = QStringLiteral("0.") + nines;
    // divRound: twice a remainder near 10^38 does not fit 128 bits.
    QTest::newRow("round 38 fraction digits up") << (QStringLiteral("round(") + fraction + QLatin1Char(')')) << u("1");
    QTest::newRow("round negative 38 fraction digits")
        << (QStringLiteral("round(-") + fraction + QLatin1Char(')')) << u("-1");
    QTest::newRow("rescale 38 fraction digits")
        << (QStringLiteral("to_decimal(") + fraction + QStringLiteral(", 1)")) << u("1.0");
    QTest::newRow("just below half stays down")
        << (QStringLiteral("round(0.49999999999999999999999999999999999999)")) << u("0");
    // Decimal::add: two 38-digit coefficients sum past 128 bits.
    QTest::newRow("sum of two 38-digit decimals")
        << (nines + QStringLiteral(" + ") + nines) << u("decimal overflow in '+'");
    QTest::newRow("difference of two 38-digit decimals")
        << (QLatin1Char('-') + nines + QStringLiteral(" - ") + nines) << u("decimal overflow in '-'");
    QTest::newRow("38-digit sum that fits")
        << (nines + QStringLiteral(" + -") + nines) << u("0");
}

void TestExpressionLimits::fuzzDecimalEdges()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    // Constant text is folded when compiled, so an overflow is a compile error here.
    const auto compiled = Expression::compile(text, makeContext());
    if (!compiled.ok()) {
        QCOMPARE(compiled.error().message, expected);
        return;
    }
    const auto result = compiled->evaluate(scope());
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->toString(), expected);
}

// Found with tests/fuzz: a pattern that backtracks exponentially cost ~0.1 s per record and then
// came back as "no match", the value unchanged. Now the work is capped and running out is an error.
void TestExpressionLimits::fuzzRegexBacktracking()
{
    QElapsedTimer timer;
    timer.start();
    const auto runaway
        = Expression::compile(u("regex_replace(concat(substr(huge, 1, 40), '!'), '(x+)+$', 'y')"), makeContext());
    QVERIFY2(runaway.ok(), qPrintable(runaway.error().message));
    const auto failed = runaway->evaluate(scope());
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::MappingError);
    QVERIFY2(failed.error().message.startsWith(u("regex_replace: the pattern backtracks too much on this value")),
             qPrintable(failed.error().message));
    QVERIFY2(timer.elapsed() < 2000, "the backtracking limit did not stop the match");

    // Ordinary patterns on a 600 KiB value stay well inside the limit.
    const auto ordinary = Expression::compile(
        u("concat(length(regex_replace(huge, 'x{1000}', 'y')), ' ', length(regex_replace(huge, '\\d{3}|y+$', '')))"),
        makeContext());
    QVERIFY2(ordinary.ok(), qPrintable(ordinary.error().message));
    const auto lengths = ordinary->evaluate(scope());
    QVERIFY2(lengths.ok(), qPrintable(lengths.error().message));
    QCOMPARE(lengths->toString(), u("1014 614400"));

    // The limit is set in front of the steward's pattern; error offsets still count from theirs.
    const auto invalid = Expression::compile(u("regex_replace(name, 'ab(', 'x')"), makeContext());
    QVERIFY(!invalid.ok());
    QVERIFY2(invalid.error().message.endsWith(u("(at character 4 of the pattern)")),
             qPrintable(invalid.error().message));
}

void TestExpressionLimits::evaluateSpeed()
{
    // A typical case rule plus a transform, evaluated per record.
    const auto condition
        = Expression::compile(u("value in ['Lost', 'Cancelled'] and amount >= 0"), makeContext());
    const auto transform = Expression::compile(u("upper(trim(name))"), makeContext());
    QVERIFY(condition.ok() && transform.ok());
    const EvalScope s = scope();
    QBENCHMARK
    {
        const auto c = condition->test(s);
        const auto t = transform->evaluate(s);
        QVERIFY(c.ok() && t.ok());
    }
}

QTEST_GUILESS_MAIN(TestExpressionLimits)
#include "tst_expressionlimits.moc"

#include "mapping/exprlexer.h"

namespace concord::expr {

namespace {

bool isIdentStart(QChar c)
{
    return c == QLatin1Char('_') || c.isLetter();
}

bool isIdentPart(QChar c)
{
    return c == QLatin1Char('_') || c.isLetterOrNumber();
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

Tok keyword(QStringView word)
{
    struct Entry
    {
        const char *word;
        Tok kind;
    };
    static constexpr Entry keywords[] = {
        { "and", Tok::KwAnd },
        { "or", Tok::KwOr },
        { "not", Tok::KwNot },
        { "in", Tok::KwIn },
        { "true", Tok::KwTrue },
        { "false", Tok::KwFalse },
        { "null", Tok::KwNull },
    };
    for (const Entry &e : keywords) {
        if (word == QLatin1String(e.word))
            return e.kind;
    }
    return Tok::Ident;
}

// Punctuation a Chinese input method produces in place of the ASCII one; pointed out by name
// because the two are hard to tell apart on screen.
QChar asciiFor(QChar c)
{
    switch (c.unicode()) {
    case 0xFF08:
        return QLatin1Char('(');
    case 0xFF09:
        return QLatin1Char(')');
    case 0xFF0C:
        return QLatin1Char(',');
    case 0x3001:
        return QLatin1Char(',');
    case 0xFF3B:
        return QLatin1Char('[');
    case 0xFF3D:
        return QLatin1Char(']');
    case 0x2018:
    case 0x2019:
        return QLatin1Char('\'');
    case 0x201C:
    case 0x201D:
        return QLatin1Char('"');
    case 0xFF1D:
        return QLatin1Char('=');
    default:
        return QChar();
    }
}

class Lexer
{
public:
    Lexer(const QString &text, std::vector<Token> &tokens, LexError &error)
        : m_text(text)
        , m_n(int(text.size()))
        , m_tokens(tokens)
        , m_error(error)
    {
    }

    bool run()
    {
        while (true) {
            while (m_i < m_n && m_text[m_i].isSpace())
                ++m_i;
            if (m_i >= m_n)
                break;
            if (!next())
                return false;
        }
        // The end sits right after the last token, so "unexpected end" points there and not past
        // trailing blanks or line breaks.
        push(Tok::End, m_tokens.empty() ? 0 : m_tokens.back().pos + m_tokens.back().len, 0);
        return true;
    }

private:
    QChar at(int i) const { return i < m_n ? m_text[i] : QChar(); }

    void push(Tok kind, int pos, int len, QString text = {}, Value number = {})
    {
        m_tokens.push_back(Token { kind, pos, len, std::move(text), std::move(number) });
    }

    bool fail(int pos, const QString &message)
    {
        m_error = LexError { message, pos };
        return false;
    }

    bool next()
    {
        const QChar c = m_text[m_i];
        if (isDigit(c) || (c == QLatin1Char('.') && isDigit(at(m_i + 1))))
            return number();
        if (isIdentStart(c))
            return identifier();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            return string(c);
        if (c == QLatin1Char('`'))
            return quotedIdentifier();
        return punctuation(c);
    }

    bool number()
    {
        const int start = m_i;
        bool exact = true; // no fraction, no exponent: an Int literal
        while (isDigit(at(m_i)))
            ++m_i;
        if (at(m_i) == QLatin1Char('.')) {
            if (!isDigit(at(m_i + 1)))
                return fail(m_i, QStringLiteral("expected a digit after '.' in a number"));
            exact = false;
            ++m_i;
            while (isDigit(at(m_i)))
                ++m_i;
        }
        if (at(m_i) == QLatin1Char('e') || at(m_i) == QLatin1Char('E')) {
            int j = m_i + 1;
            if (at(j) == QLatin1Char('+') || at(j) == QLatin1Char('-'))
                ++j;
            if (!isDigit(at(j)))
                return fail(m_i, QStringLiteral("expected digits in the exponent of a number"));
            exact = false;
            m_i = j;
            while (isDigit(at(m_i)))
                ++m_i;
        }
        if (isIdentPart(at(m_i)))
            return fail(m_i, QStringLiteral("unexpected '%1' right after a number").arg(at(m_i)));
        const QStringView digits = QStringView(m_text).mid(start, m_i - start);
        Value value;
        bool ok = false;
        if (exact) {
            const qint64 i = digits.toLongLong(&ok);
            if (ok)
                value = Value::fromInt(i);
        }
        if (!ok) {
            // Fractions, exponents and integers beyond 64 bits are exact decimals, never doubles.
            const auto d = Decimal::parse(digits);
            if (!d)
                return fail(start,
                    QStringLiteral("number '%1' does not fit an exact decimal (at most 38 digits)")
                        .arg(digits.left(60)));
            value = Value::fromDecimal(*d);
        }
        push(Tok::Number, start, m_i - start, {}, std::move(value));
        return true;
    }

    bool identifier()
    {
        const int start = m_i;
        while (m_i < m_n && isIdentPart(m_text[m_i]))
            ++m_i;
        const QStringView word = QStringView(m_text).mid(start, m_i - start);
        const Tok kind = keyword(word);
        push(kind, start, m_i - start, kind == Tok::Ident ? word.toString() : QString());
        return true;
    }

    bool quotedIdentifier()
    {
        const int start = m_i;
        const int close = int(m_text.indexOf(QLatin1Char('`'), start + 1));
        if (close < 0)
            return fail(start, QStringLiteral("unterminated field name: expected a closing '`'"));
        if (close == start + 1)
            return fail(start, QStringLiteral("empty field name between '`'"));
        m_i = close + 1;
        push(Tok::QuotedIdent, start, m_i - start, m_text.mid(start + 1, close - start - 1));
        return true;
    }

    // Escapes: \' \" \\ \n \t \r. A backslash before anything else stays as written, so regular
    // expressions such as '\d+' need no doubling.
    bool string(QChar quote)
    {
        const int start = m_i++;
        QString out;
        while (true) {
            if (m_i >= m_n)
                return fail(
                    start, QStringLiteral("unterminated string: expected a closing %1").arg(quote));
            const QChar c = m_text[m_i++];
            if (c == quote)
                break;
            if (c != QLatin1Char('\\') || m_i >= m_n) {
                out += c;
                continue;
            }
            const QChar e = m_text[m_i];
            switch (e.unicode()) {
            case '\'':
            case '"':
            case '\\':
                out += e;
                ++m_i;
                break;
            case 'n':
                out += QLatin1Char('\n');
                ++m_i;
                break;
            case 't':
                out += QLatin1Char('\t');
                ++m_i;
                break;
            case 'r':
                out += QLatin1Char('\r');
                ++m_i;
                break;
            default:
                out += c;
                break; // keep the backslash; `e` is read next round
            }
        }
        push(Tok::String, start, m_i - start, std::move(out));
        return true;
    }

    bool punctuation(QChar c)
    {
        const int start = m_i;
        const QChar d = at(m_i + 1);
        const auto one = [&](Tok kind) {
            ++m_i;
            push(kind, start, 1);
            return true;
        };
        const auto two = [&](Tok kind) {
            m_i += 2;
            push(kind, start, 2);
            return true;
        };
        switch (c.unicode()) {
        case '(':
            return one(Tok::LParen);
        case ')':
            return one(Tok::RParen);
        case '[':
            return one(Tok::LBracket);
        case ']':
            return one(Tok::RBracket);
        case ',':
            return one(Tok::Comma);
        case '+':
            return one(Tok::Plus);
        case '-':
            return one(Tok::Minus);
        case '*':
            return one(Tok::Star);
        case '/':
            return one(Tok::Slash);
        case '%':
            return one(Tok::Percent);
        case '=':
            if (d == QLatin1Char('='))
                return two(Tok::Eq);
            return fail(start, QStringLiteral("unexpected '=', did you mean '=='?"));
        case '!':
            return d == QLatin1Char('=') ? two(Tok::Ne) : one(Tok::Bang);
        case '<':
            if (d == QLatin1Char('>'))
                return fail(start, QStringLiteral("'<>' is not an operator, did you mean '!='?"));
            return d == QLatin1Char('=') ? two(Tok::Le) : one(Tok::Lt);
        case '>':
            return d == QLatin1Char('=') ? two(Tok::Ge) : one(Tok::Gt);
        case '&':
            if (d == QLatin1Char('&'))
                return two(Tok::AndAnd);
            return fail(start, QStringLiteral("unexpected '&', did you mean '&&' or 'and'?"));
        case '|':
            if (d == QLatin1Char('|'))
                return two(Tok::OrOr);
            return fail(start, QStringLiteral("unexpected '|', did you mean '||' or 'or'?"));
        default:
            break;
        }
        if (const QChar ascii = asciiFor(c); !ascii.isNull())
            return fail(start,
                QStringLiteral("unexpected full-width '%1', did you mean '%2'?")
                    .arg(QString(c), QString(ascii)));
        // A character outside the BMP is a surrogate pair; show it whole.
        const QStringView shown
            = QStringView(m_text).mid(start, c.isHighSurrogate() && start + 1 < m_n ? 2 : 1);
        return fail(start, QStringLiteral("unexpected character '%1'").arg(shown));
    }

    const QString &m_text;
    const int m_n;
    int m_i = 0;
    std::vector<Token> &m_tokens;
    LexError &m_error;
};

} // namespace

bool tokenize(const QString &text, std::vector<Token> &tokens, LexError &error)
{
    tokens.clear();
    return Lexer(text, tokens, error).run();
}

} // namespace concord::expr

#pragma once
// Splits expression text into tokens, once, before parsing. Literals are decoded here: strings
// with their escapes resolved, numbers as exact Int or Decimal values.

#include "model/value.h"

#include <QString>

#include <vector>

namespace concord::expr {

enum class Tok {
    End,
    Ident, // name
    QuotedIdent, // `field name`
    String,
    Number, // Int or Decimal literal, in Token::number
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Bang,
    AndAnd,
    OrOr,
    KwAnd,
    KwOr,
    KwNot,
    KwIn,
    KwTrue,
    KwFalse,
    KwNull,
};

struct Token
{
    Tok kind = Tok::End;
    int pos = 0; // offset in the text
    int len = 0;
    QString text; // identifier name or decoded string
    Value number;
};

struct LexError
{
    QString message;
    int pos = 0;
};

// Tokenizes `text`; the last token is always End. False with `error` set on a malformed token.
bool tokenize(const QString &text, std::vector<Token> &tokens, LexError &error);

} // namespace concord::expr

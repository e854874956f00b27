#pragma once
// Recursive-descent parser: tokens in, node tree out. Resolves field names through the context,
// checks function calls against the library, enforces the nesting limit, and folds every subtree
// whose inputs are all literals into a single literal.

#include "mapping/exprlexer.h"
#include "mapping/exprnode.h"

#include <QStringList>

namespace concord::expr {

class Parser
{
public:
    static constexpr int MaxDepth = 64;

    Parser(const QString &text, const ExpressionContext &context);

    // The tree, or nullptr with errorMessage()/errorOffset() set.
    NodePtr parse();

    const QString &errorMessage() const { return m_errorMessage; }
    int errorOffset() const { return m_errorOffset; }
    // Field names the expression reads, in order of first use.
    const QStringList &fields() const { return m_fields; }

private:
    const Token &cur() const { return m_tokens[m_i]; }
    const Token &peek() const { return m_tokens[std::min(m_i + 1, m_tokens.size() - 1)]; }
    bool at(Tok kind) const { return cur().kind == kind; }
    QString tokenText(const Token &t) const;

    // Reports `expectation` at the current token: "unexpected end of expression, expected X" at
    // the end, "expected X, found 'y'" elsewhere; `hint` is appended.
    NodePtr expected(const QString &expectation, const QString &hint = {});
    NodePtr failAt(int offset, const QString &message);
    bool enter(int offset);
    void leave() { --m_depth; }

    NodePtr parseOr();
    NodePtr parseAnd();
    NodePtr parseNot();
    NodePtr parseComparison();
    NodePtr parseAdditive();
    NodePtr parseMultiplicative();
    NodePtr parseUnary();
    NodePtr parsePrimary();
    NodePtr parseIdentifier();
    NodePtr parseCall();
    NodePtr parseField(const QString &name, int pos);
    bool parseList(NodeList &items, bool &allConstant);
    NodePtr valueExpected();

    // Replaces a node whose inputs are all literals by the literal it evaluates to.
    NodePtr fold(NodePtr node);

    const QString &m_text;
    const ExpressionContext &m_context;
    std::vector<Token> m_tokens;
    std::size_t m_i = 0;
    int m_depth = 0;
    QString m_errorMessage;
    int m_errorOffset = 0;
    bool m_failed = false;
    QStringList m_fields;
};

} // namespace concord::expr

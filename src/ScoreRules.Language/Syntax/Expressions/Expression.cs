using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>Base of expression nodes: values, names, operators, calls and aggregations.</summary>
/// <param name="Span">Where the expression is.</param>
public abstract record Expression(TextSpan Span) : SyntaxNode(Span);

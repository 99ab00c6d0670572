using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>A function call, e.g. <c>work_minutes(created, responded, office)</c> or <c>mean(csat)</c>.</summary>
/// <param name="Function">The function name.</param>
/// <param name="Arguments">The arguments in order.</param>
/// <param name="Span">Where it is, name to closing parenthesis.</param>
public sealed record CallExpression(Name Function, SyntaxList<Expression> Arguments, TextSpan Span) : Expression(Span);

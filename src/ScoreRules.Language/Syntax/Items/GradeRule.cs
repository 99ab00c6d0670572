using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>One grade: <c>A &gt;= 90 "卓越"</c> or <c>D else "待改進"</c>.</summary>
/// <param name="Grade">The grade's name.</param>
/// <param name="Minimum">The lowest total (points, 0..100 plus bonus) that earns it, or null for <c>else</c>.</param>
/// <param name="Label">An optional label.</param>
/// <param name="Span">Where it is.</param>
public sealed record GradeRule(Name Grade, NumberExpression? Minimum, StringLiteral? Label, TextSpan Span) : SyntaxNode(Span);

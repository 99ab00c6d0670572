using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// The values a numeric field may hold, both ends included: <c>in 1 .. 5</c> after a field's column.
/// A value outside it is a data error in its row. For a field with a value map, the mapped value is checked.
/// </summary>
/// <param name="Min">The lowest allowed value (may be negative or a percent, <c>0%</c> = 0).</param>
/// <param name="Max">The highest allowed value.</param>
/// <param name="Span">Where it is, from <c>in</c> to the highest value.</param>
public sealed record ValueRange(NumberExpression Min, NumberExpression Max, TextSpan Span) : SyntaxNode(Span);

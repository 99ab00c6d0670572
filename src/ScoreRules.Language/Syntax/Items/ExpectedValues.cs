using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// The values a text field is expected to hold: <c>expect ["New", "Active", "Closed"]</c> at the end of a
/// field. A value not listed is not an error: the row is used as it is, and the rows with unlisted values
/// are counted in one data warning per field (SD105). For a field with a value map, the mapped value is checked.
/// </summary>
/// <param name="Values">The expected values as written, at least one.</param>
/// <param name="Span">Where it is, from <c>expect</c> to the closing bracket.</param>
public sealed record ExpectedValues(SyntaxList<StringLiteral> Values, TextSpan Span) : SyntaxNode(Span);

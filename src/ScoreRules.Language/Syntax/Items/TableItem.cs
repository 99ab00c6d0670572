using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>An inline data table for one source inside a test: <c>tickets { | id | … | }</c>.</summary>
/// <param name="Source">The source the rows belong to.</param>
/// <param name="Rows">The header row first, then data rows.</param>
/// <param name="Span">Where it is.</param>
public sealed record TableItem(Name Source, SyntaxList<TableRow> Rows, TextSpan Span) : Item(Span);

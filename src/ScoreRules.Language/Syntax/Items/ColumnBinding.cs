using ScoreRules.Language.Text;

namespace ScoreRules.Language.Syntax;

/// <summary>
/// <c>key id = ticket_id</c>, <c>person = assignee</c> or <c>at = created_at</c>: the key, the person
/// and the period-defining time of a source's rows.
/// </summary>
/// <param name="Keyword"><c>key</c>, <c>person</c> or <c>at</c>.</param>
/// <param name="Field">For <c>key</c>, the field name the key gets; otherwise null.</param>
/// <param name="Column">The column (or a field of the source) it comes from.</param>
/// <param name="Span">Where it is.</param>
public sealed record ColumnBinding(string Keyword, Name? Field, Name Column, TextSpan Span) : Item(Span);

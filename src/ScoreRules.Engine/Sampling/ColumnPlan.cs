using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>One column of a generated file.</summary>
/// <param name="Column">The header text.</param>
/// <param name="Field">The field that reads it (type, format, map); the first one when several sources read it.</param>
/// <param name="Required">True when some source needs a value in every row (a field without <c>?</c>, a key or a person column).</param>
/// <param name="Role">Where its values come from.</param>
/// <param name="Attribute">The record value it shows, for <see cref="ColumnRole.Attribute"/>.</param>
/// <param name="Words">Text values the rules compare this column with (e.g. "innovation"); empty when none.</param>
internal sealed record ColumnPlan(string Column, FieldModel Field, bool Required, ColumnRole Role, string? Attribute, IReadOnlyList<string> Words);

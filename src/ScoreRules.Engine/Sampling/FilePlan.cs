using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>One data file to generate: every source the policy reads from it, and the union of their columns.</summary>
/// <param name="Path">The file, relative to the data folder.</param>
/// <param name="Kind">What it records.</param>
/// <param name="Sources">The sources that read it, in the order first met.</param>
/// <param name="Columns">Its columns, in the order the sources declare them.</param>
/// <param name="NoAnswer">What the file writes for a skipped survey answer: a missing marker every source knows, else empty.</param>
internal sealed record FilePlan(string Path, FactKind Kind, IReadOnlyList<SourceModel> Sources, IReadOnlyList<ColumnPlan> Columns, string NoAnswer)
{
    /// <summary>The first source (its format, encoding and delimiter are the file's).</summary>
    public SourceModel Source => Sources[0];

    /// <summary>The column of <paramref name="field"/> of <paramref name="source"/>, or null.</summary>
    public ColumnPlan? ColumnOf(SourceModel source, string field) =>
        source.Field(field) is { } f ? Columns.FirstOrDefault(c => c.Column == f.Column) : null;
}

namespace ScoreRules.Language.Model;

/// <summary>Where a rule came from, for traces and reports: file, 1-based line and column, and length in characters.</summary>
/// <param name="Path">The rule file as the user named it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Length">Length of the rule text in UTF-16 code units.</param>
public sealed record RuleLocation(string Path, int Line, int Column, int Length)
{
    /// <summary>No location (built-in defaults).</summary>
    public static RuleLocation None { get; } = new("", 0, 0, 0);

    /// <inheritdoc/>
    public override string ToString() => $"{Path}:{Line}:{Column}";
}

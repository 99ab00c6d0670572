namespace ScoreRules.Testing.Coverage;

/// <summary>The coverage of one rule file.</summary>
/// <param name="Path">The rule file as the user named it.</param>
/// <param name="Items">Its rules, by line then name.</param>
public sealed record FileCoverage(string Path, IReadOnlyList<CoverageItem> Items)
{
    /// <summary>Rules that tests exercised.</summary>
    public int Exercised => Items.Count(i => i.Exercised);

    /// <summary>Exercised rules as a percentage of all, 0..100; 100 for a file with no rules to exercise.</summary>
    public decimal Percent => CoverageReport.PercentOf(Exercised, Items.Count);
}

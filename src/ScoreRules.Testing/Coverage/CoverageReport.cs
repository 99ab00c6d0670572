namespace ScoreRules.Testing.Coverage;

/// <summary>
/// Which rules of one policy folder its tests exercised, per rule file. The items are what results
/// depend on: every scorecard, the metrics they weigh (and those improve rules watch), each band of
/// their <c>bands</c> rules, rated items, the cap of each bonus a scorecard adds, improve rules and
/// alerts. Library definitions the policy does not use are not counted. Versions share the items of
/// shared files, so a test of any version can exercise them.
/// </summary>
/// <param name="Files">Per rule file, ordered by path.</param>
public sealed record CoverageReport(IReadOnlyList<FileCoverage> Files)
{
    /// <summary>A report with no items (100 %).</summary>
    public static CoverageReport Empty { get; } = new([]);

    /// <summary>Every item of every file.</summary>
    public IEnumerable<CoverageItem> Items => Files.SelectMany(f => f.Items);

    /// <summary>Items exercised, all files together.</summary>
    public int Exercised => Items.Count(i => i.Exercised);

    /// <summary>Items, all files together.</summary>
    public int Total => Items.Count();

    /// <summary>Exercised items as a percentage of all items, 0..100 (100 when there are none).</summary>
    public decimal Percent => PercentOf(Exercised, Total);

    /// <summary><paramref name="part"/> of <paramref name="whole"/> in percent; 100 when <paramref name="whole"/> is 0.</summary>
    public static decimal PercentOf(int part, int whole) => whole == 0 ? 100m : part * 100m / whole;
}

namespace ScoreRules.Engine.Sampling;

/// <summary>A generated sample: its files, the edge cases they hold, and the sources that could not be generated.</summary>
/// <param name="Files">The files, the people file first, then by path.</param>
/// <param name="Notes">The edge cases the data holds, one sentence each, for a README or the console.</param>
/// <param name="Skipped">Sources that were not generated and why (e.g. an Excel source), for the console.</param>
public sealed record SampleDataSet(IReadOnlyList<SampleFile> Files, IReadOnlyList<string> Notes, IReadOnlyList<string> Skipped);

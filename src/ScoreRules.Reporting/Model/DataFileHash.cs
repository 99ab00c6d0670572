namespace ScoreRules.Reporting.Model;

/// <summary>A data file a report was computed from.</summary>
/// <param name="Path">The file's path as the policy's source names it, relative to the data folder (e.g. tickets.csv).</param>
/// <param name="Sha256">SHA-256 of the file's bytes, hex, lower case; "missing" when the file could not be read.</param>
public sealed record DataFileHash(string Path, string Sha256);

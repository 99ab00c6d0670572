using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Sampling;

/// <summary>A generated data file, as text cells, ready to be written.</summary>
/// <param name="Path">The file, relative to the data folder (the sources' path).</param>
/// <param name="Format">Its format (CSV, JSON or JSON Lines).</param>
/// <param name="Encoding">The text encoding name of its first source, e.g. utf-8 or gb18030.</param>
/// <param name="Delimiter">The CSV delimiter.</param>
/// <param name="Sources">The ids of the sources that read it.</param>
/// <param name="Columns">The header.</param>
/// <param name="Rows">The rows, each with one cell per column; an empty cell is an empty value.</param>
public sealed record SampleFile(string Path, SourceFormat Format, string Encoding, string Delimiter, IReadOnlyList<string> Sources,
    IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

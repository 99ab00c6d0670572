namespace ScoreRules.Language.Model;

/// <summary>A data file and how its columns map onto typed fields.</summary>
/// <param name="Id">The source's name.</param>
/// <param name="Path">The file, relative to the data folder.</param>
/// <param name="Format">The file format (from <c>format</c>, else from the file extension).</param>
/// <param name="Encoding">The text encoding name, e.g. utf-8 or gb18030.</param>
/// <param name="Delimiter">The CSV delimiter.</param>
/// <param name="Sheet">The Excel sheet, or null for the first.</param>
/// <param name="MissingMarkers">Cell texts that mean "no value".</param>
/// <param name="SkipBadRows">True for <c>on error skip</c>: bad rows are counted and left out; false: the first bad value stops the run.</param>
/// <param name="KeyField">The field holding the row key, or null.</param>
/// <param name="Keep">One row per key, or null for all rows.</param>
/// <param name="PersonField">The field naming whose row it is.</param>
/// <param name="AtField">The datetime (or date) field that places a row in a period.</param>
/// <param name="Fields">All fields, including the key, person and at fields.</param>
/// <param name="Location">Where it is declared.</param>
public sealed record SourceModel(string Id, string Path, SourceFormat Format, string Encoding, string Delimiter, string? Sheet,
    IReadOnlyList<string> MissingMarkers, bool SkipBadRows, string? KeyField, KeepRule? Keep, string PersonField, string? AtField,
    IReadOnlyList<FieldModel> Fields, RuleLocation Location)
{
    /// <summary>The field called <paramref name="name"/>, or null.</summary>
    public FieldModel? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}

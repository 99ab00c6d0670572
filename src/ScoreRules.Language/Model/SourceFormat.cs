namespace ScoreRules.Language.Model;

/// <summary>The file format of a data source.</summary>
public enum SourceFormat
{
    /// <summary>Delimited text (comma by default), UTF-8 or GB18030.</summary>
    Csv,
    /// <summary>A JSON array of objects.</summary>
    Json,
    /// <summary>JSON Lines: one object per line.</summary>
    JsonLines,
    /// <summary>An Excel workbook (.xlsx), first sheet unless a sheet is named.</summary>
    Xlsx,
}

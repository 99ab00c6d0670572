using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>Picks the reader of a source's file format.</summary>
public static class SourceReaderFactory
{
    private static readonly ISourceReader Csv = new CsvSourceReader();
    private static readonly ISourceReader Json = new JsonSourceReader();
    private static readonly ISourceReader JsonLines = new JsonLinesSourceReader();
    private static readonly ISourceReader Xlsx = new XlsxSourceReader();

    /// <summary>The reader for <paramref name="format"/> (readers keep no state between reads and may be shared).</summary>
    /// <exception cref="ArgumentOutOfRangeException">For a value that is not a <see cref="SourceFormat"/> member.</exception>
    public static ISourceReader For(SourceFormat format) => format switch
    {
        SourceFormat.Csv => Csv,
        SourceFormat.Json => Json,
        SourceFormat.JsonLines => JsonLines,
        SourceFormat.Xlsx => Xlsx,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown source format"),
    };
}

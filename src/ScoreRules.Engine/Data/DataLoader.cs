using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Reads a source's file from the data folder: picks the reader by <c>SourceModel.Format</c>, then
/// applies the source's key (<c>keep last/first by …</c>, or a check that keys are unique).
/// </summary>
public static class DataLoader
{
    /// <summary>
    /// The records of <paramref name="source"/>, read from <c>dataFolder/source.Path</c> as the caller
    /// enumerates (nothing is read before). Without a <c>keep</c> rule records stream in file order;
    /// with one, they come once the file is read, one per key, in the order each key first appears.
    /// Problems go to <paramref name="context"/>: a missing file is SD005 (naming the full path tried)
    /// and gives no records. After enumeration, <see cref="ReadContext.HasErrors"/> true means the load
    /// failed and the records must not be used for results.
    /// </summary>
    /// <param name="source">The bound source.</param>
    /// <param name="dataFolder">The folder given for the data (e.g. <c>--data data/</c>); the source's path is relative to it.</param>
    /// <param name="context">The time zone, display path and where diagnostics and counts go.</param>
    public static IEnumerable<DataRecord> Load(SourceModel source, string dataFolder, ReadContext context)
    {
        var full = Path.GetFullPath(Path.Combine(dataFolder, source.Path));
        var path = context.PathFor(source.Path);
        if (!File.Exists(full))
        {
            context.Report(new DataDiagnostic(path, 0, 0, DataCodes.FileNotFound, true,
                $"the data file of source {source.Id} is not there: {full}"));
            yield break;
        }
        using var stream = Open(full, path, context);
        if (stream is null) yield break;
        foreach (var record in Read(source, stream, context)) yield return record;
    }

    /// <summary>
    /// The records of <paramref name="source"/> read from <paramref name="stream"/> in the source's
    /// format, with the key rule applied (as <see cref="Load"/> does, without opening a file).
    /// </summary>
    /// <param name="source">The bound source.</param>
    /// <param name="stream">The file's bytes; it must stay open while enumerating.</param>
    /// <param name="context">The time zone, display path and where diagnostics and counts go.</param>
    public static IEnumerable<DataRecord> Read(SourceModel source, Stream stream, ReadContext context)
    {
        var records = ExpectedValueCheck.Apply(source, SourceReaderFactory.For(source.Format).Read(source, stream, context), context);
        Func<double>? fractionRead = stream.CanSeek && stream.Length > 0 ? () => (double)stream.Position / stream.Length : null;
        foreach (var record in KeyFilter.Apply(source, records, context, fractionRead))
            yield return record;
    }

    private static FileStream? Open(string full, string path, ReadContext context)
    {
        try
        {
            return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Report(new DataDiagnostic(path, 0, 0, DataCodes.UnreadableFile, true, $"the file cannot be opened: {e.Message}"));
            return null;
        }
    }
}

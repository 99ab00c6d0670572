using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Data;

/// <summary>
/// Reads the rows of one data file in one format (CSV, JSON, JSON Lines, Excel) as typed records of a
/// source. Readers stream: records are produced one at a time as the caller enumerates, and memory
/// does not grow with the number of rows. They never throw for bad data: every problem becomes a
/// <see cref="DataDiagnostic"/> in the <see cref="ReadContext"/> (see <see cref="DataCodes"/>).
/// Keys and <c>keep</c> rules are applied by <see cref="DataLoader"/>, not here.
/// </summary>
public interface ISourceReader
{
    /// <summary>
    /// The readable rows of <paramref name="stream"/> in file order, each with values indexed like
    /// <c>source.Fields</c>. Rows that cannot be read are left out and reported (with
    /// <c>on error fail</c> as errors, so <see cref="ReadContext.HasErrors"/> tells that the read failed).
    /// The stream must stay open until enumeration ends; the reader does not dispose it.
    /// </summary>
    /// <param name="source">The bound source: columns, types, formats, maps, missing markers, encoding, delimiter, sheet.</param>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="context">The time zone for local times, the display path, and where diagnostics and counts go.</param>
    IEnumerable<DataRecord> Read(SourceModel source, Stream stream, ReadContext context);
}

using NodaTime;

namespace ScoreRules.Engine.Sampling;

/// <summary>Everything that happened at the sample desk in the sample window, before it is written to files.</summary>
internal sealed class SampleWorld
{
    /// <summary>The people, in the order of the people file.</summary>
    public List<SamplePerson> People { get; } = [];

    /// <summary>Records by kind.</summary>
    public Dictionary<FactKind, List<SampleRecord>> Records { get; } = [];

    /// <summary>Certificates earned in the year before the window: counted in month-end figures, not written.</summary>
    public List<SampleRecord> CertificateHistory { get; } = [];

    /// <summary>Generic rows by file path, for files of no known kind.</summary>
    public Dictionary<string, List<SampleRecord>> GenericRecords { get; } = new(StringComparer.Ordinal);

    /// <summary>The edge cases the data holds, described for the people who use it.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>The records of <paramref name="kind"/> (an empty list to add to when none yet).</summary>
    public List<SampleRecord> Of(FactKind kind)
    {
        if (!Records.TryGetValue(kind, out var list)) Records[kind] = list = [];
        return list;
    }

    /// <summary>The people who handle tickets in <paramref name="month"/>.</summary>
    public IReadOnlyList<SamplePerson> Workers(YearMonth month) => People.Where(p => p.WorksTickets(month)).ToList();
}

using NodaTime;
using ScoreRules.Engine.Data;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.Loading;

/// <summary>
/// Loads the data a policy version needs from a data folder: every source that a metric, rated item,
/// bonus or scorecard reads, plus the people source (<see cref="PolicyModel.PeopleSource"/>). Each source's problems are
/// reported with its file, row and column; a source with errors makes the whole load fail.
/// </summary>
public static class DataSetLoader
{
    /// <summary>The outcome of a load.</summary>
    /// <param name="Tables">The loaded sources by id (only those without errors).</param>
    /// <param name="Diagnostics">Every data diagnostic, errors and warnings, in source order.</param>
    /// <param name="SkippedRows">Per source id, rows left out by <c>on error skip</c>, by reason.</param>
    /// <param name="Failed">True when any source had errors: results must not be computed.</param>
    public sealed record Result(IReadOnlyDictionary<string, SourceTable> Tables, IReadOnlyList<DataDiagnostic> Diagnostics,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> SkippedRows, bool Failed)
    {
        /// <summary>Errors found but not in <see cref="Diagnostics"/>: each file lists at most <see cref="ReadContext.MaxDiagnostics"/> diagnostics and counts the rest.</summary>
        public int ErrorsNotListed { get; init; }

        /// <summary>Warnings found but not in <see cref="Diagnostics"/>, counted like <see cref="ErrorsNotListed"/>.</summary>
        public int WarningsNotListed { get; init; }
    }

    /// <summary>
    /// Loads the sources <paramref name="policy"/> uses from <paramref name="dataFolder"/>. Sources are
    /// read side by side (the largest file first) when the machine has more than one processor; the
    /// result, its diagnostics included, is the same as reading them one after another in
    /// <see cref="SourcesUsed"/> order.
    /// </summary>
    /// <param name="policy">The policy version.</param>
    /// <param name="dataFolder">The folder the sources' paths are relative to.</param>
    /// <param name="zone">The policy's time zone, for naive date-times.</param>
    /// <param name="allowCSharp">True when C# formulas will run (<see cref="Evaluation.EvaluationOptions.AllowCSharp"/>): the sources they read are loaded too.</param>
    /// <param name="onlyFieldsUsed">True to keep only the values of the fields the policy reads (<see cref="FieldsUsed"/>), for
    /// an evaluation of a large export; every field is still read and checked. False keeps every field, for callers that look at rows themselves.</param>
    public static Result Load(PolicyModel policy, string dataFolder, DateTimeZone zone, bool allowCSharp = false, bool onlyFieldsUsed = false)
    {
        var tables = new Dictionary<string, SourceTable>(StringComparer.Ordinal);
        var diagnostics = new List<DataDiagnostic>();
        var skipped = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        var failed = false;
        int errorsNotListed = 0, warningsNotListed = 0;
        var sources = SourcesUsed(policy, allowCSharp)
            .Select(id => policy.Sources.TryGetValue(id, out var source) ? source : null)
            .OfType<SourceModel>()
            .ToList();
        var rules = onlyFieldsUsed ? RulesUsed.Of(policy) : null;
        Func<SourceModel, IReadOnlySet<string>?> kept = rules is not null ? source => FieldsUsed.Of(policy, rules, source, allowCSharp) : _ => null;
        foreach (var (source, context, table) in ReadAll(sources, dataFolder, zone, kept))
        {
            diagnostics.AddRange(context.Diagnostics);
            errorsNotListed += context.ErrorCount - context.Diagnostics.Count(d => d.IsError);
            warningsNotListed += context.WarningCount - context.Diagnostics.Count(d => !d.IsError);
            skipped[source.Id] = context.SkippedRows;
            if (table is null) failed = true;
            else tables[source.Id] = table;
        }
        if (policy.PeopleSource is { } peopleId && tables.TryGetValue(peopleId, out var people))
            diagnostics.AddRange(PeopleChecks.Check(people, tables.Values.Where(t => t.Source.Id != peopleId)));
        return new Result(tables, diagnostics, skipped, failed) { ErrorsNotListed = errorsNotListed, WarningsNotListed = warningsNotListed };
    }

    /// <summary>
    /// Reads and indexes every source, in parallel when it pays; the reads come back in the order of
    /// <paramref name="sources"/>, each with its table, or a null table when the read had errors.
    /// </summary>
    private static IEnumerable<(SourceModel Source, ReadContext Context, SourceTable? Table)> ReadAll(
        IReadOnlyList<SourceModel> sources, string dataFolder, DateTimeZone zone, Func<SourceModel, IReadOnlySet<string>?> keptFields)
    {
        (SourceModel, ReadContext, SourceTable?) Read(SourceModel source)
        {
            var context = new ReadContext(zone, DisplayPath(dataFolder, source.Path));
            // The table takes the rows as they are read, so that they are never all held as records; it is dropped if the read had errors.
            var table = new SourceTable(source, context.PathFor(source.Path), DataLoader.Load(source, dataFolder, context), context.SkippedRecords,
                keptFields(source));
            return (source, context, context.HasErrors ? null : table);
        }

        if (sources.Count < 2 || Environment.ProcessorCount < 2)
        {
            foreach (var source in sources) yield return Read(source);
            yield break;
        }
        // Each read has its own context and converters, so reads share nothing but immutable settings.
        var reads = new Task<(SourceModel, ReadContext, SourceTable?)>[sources.Count];
        foreach (var i in Enumerable.Range(0, sources.Count).OrderByDescending(i => FileSize(dataFolder, sources[i].Path)).ThenBy(i => i))
        {
            var source = sources[i];
            reads[i] = Task.Run(() => Read(source));
        }
        foreach (var read in reads) yield return read.GetAwaiter().GetResult();
    }

    private static long FileSize(string dataFolder, string path)
    {
        try
        {
            var file = new FileInfo(Path.Combine(dataFolder, path));
            return file.Exists ? file.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>
    /// The ids of the sources the policy's results read, in a stable order (people first): those of the
    /// metrics, rated items and bonuses its scorecards weigh or add, of the metrics its PDCA and alert
    /// rules look at, and of every metric those refer to. A library metric nobody uses is not read.
    /// With <paramref name="includeCSharp"/>, also the sources those metrics' C# value formulas name; without it, those
    /// are left out, so a missing file that only a C# formula reads does not stop an evaluation that will not run C#.
    /// </summary>
    public static IReadOnlyList<string> SourcesUsed(PolicyModel policy, bool includeCSharp = false)
    {
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        void Walk(Expr? e)
        {
            if (e is null) return;
            if (e is AggregateExpr a) sources.Add(a.Source);
            foreach (var x in e.Children()) Walk(x);
        }
        var used = RulesUsed.Of(policy);
        foreach (var m in used.Metrics)
        {
            Walk(m.Value);
            if (includeCSharp && m.CSharpValue is { } code)
                foreach (var id in CSharp.FormulaSyntax.NamesUsed(code, [.. policy.Sources.Keys])) sources.Add(id);
        }
        foreach (var b in used.Bonuses) Walk(b.Value);
        foreach (var r in used.RatedItems)
        {
            sources.Add(r.Source);
            Walk(r.Where);
        }
        var ordered = new List<string>();
        var people = policy.PeopleSource;
        if (people is not null && policy.Sources.ContainsKey(people)) ordered.Add(people);
        ordered.AddRange(sources.Where(id => id != people));
        return ordered;
    }

    private static string DisplayPath(string dataFolder, string path) => Path.Combine(dataFolder, path).Replace('\\', '/');
}

using System.Globalization;
using NodaTime;
using ScoreRules.Language.Model;

namespace ScoreRules.Engine.CSharp;

/// <summary>
/// The compiled C# formulas of one policy: one assembly, shared by every evaluation of the same formulas (see
/// <see cref="CSharpFormulaCompiler"/>). A formula with a problem (<see cref="Problems"/>) was left out of the
/// assembly and is never run; calling it gives an error naming the problem. Each call runs on the calling thread
/// under a time limit and gives a <see cref="CSharpFormulaOutcome"/>; it never throws.
/// </summary>
public sealed class CSharpFormulaProgram
{
    private readonly IReadOnlyDictionary<string, Entry> _entries;
    private readonly Action<long>? _begin;
    private readonly Func<bool>? _end;

    internal CSharpFormulaProgram(string key, string generatedSource, IReadOnlyList<CSharpFormulaProblem> problems,
        IReadOnlyDictionary<string, Entry> entries, Action<long>? begin, Func<bool>? end)
    {
        Key = key;
        GeneratedSource = generatedSource;
        Problems = problems;
        _entries = entries;
        _begin = begin;
        _end = end;
    }

    /// <summary>SHA-256 (hex, lower case) of <see cref="GeneratedSource"/>: the cache key.</summary>
    public string Key { get; }

    /// <summary>The C# file the formulas were compiled from (for reading when a formula misbehaves).</summary>
    public string GeneratedSource { get; }

    /// <summary>Every problem found, in formula order then position; empty when all formulas can run.</summary>
    public IReadOnlyList<CSharpFormulaProblem> Problems { get; }

    /// <summary>How many formulas the program holds (those with problems included).</summary>
    public int FormulaCount => _entries.Count;

    /// <summary>
    /// The sources a metric's value formula reads, in the order <see cref="RunValue"/> wants their rows: the sources
    /// of the policy whose names the formula uses. Empty for an unknown metric.
    /// </summary>
    public IReadOnlyList<string> SourcesOf(string metricId) =>
        _entries.TryGetValue(ValueKey(metricId), out var e) ? e.Formula.Sources : [];

    /// <summary>Runs the score formula of <paramref name="ownerId"/> (a metric or rated item) for <paramref name="value"/>.</summary>
    /// <param name="ownerId">The metric or rated item.</param>
    /// <param name="value">The metric's value (ratios for percents), or the rated item's level.</param>
    /// <param name="timeLimit">The longest the call may run.</param>
    public CSharpFormulaOutcome RunScore(string ownerId, decimal value, TimeSpan timeLimit)
    {
        if (!_entries.TryGetValue(ScoreKey(ownerId), out var entry)) return new(null, $"`{ownerId}` has no C# score formula");
        return entry.Score is { } score ? Run(entry, timeLimit, () => score(value)) : NotRunnable(entry);
    }

    /// <summary>Runs the value formula of metric <paramref name="metricId"/>.</summary>
    /// <param name="metricId">The metric.</param>
    /// <param name="rows">
    /// For each source of <see cref="SourcesOf"/>, in that order, the person's rows of the period: each row's values
    /// indexed like the source's fields, as the engine holds them (see <c>DataRecord</c>).
    /// </param>
    /// <param name="zone">The policy's time zone: date-times are given to the formula as local times there.</param>
    /// <param name="timeLimit">The longest the call may run.</param>
    public CSharpFormulaOutcome RunValue(string metricId, IReadOnlyList<IReadOnlyList<object?[]>> rows, DateTimeZone zone, TimeSpan timeLimit)
    {
        if (!_entries.TryGetValue(ValueKey(metricId), out var entry)) return new(null, $"metric `{metricId}` has no C# value formula");
        if (entry.Value is not { } run) return NotRunnable(entry);
        object?[][][] converted;
        try
        {
            converted = [.. entry.Formula.Sources.Select((_, k) => k < rows.Count
                ? rows[k].Select(r => RowValues.Convert(r, entry.Fields[k], zone)).ToArray()
                : [])];
        }
        catch (OverflowException e)
        {
            return new(null, $"{entry.Formula.CodeLocation}: {entry.Formula.Description} cannot be given its rows: {e.Message}");
        }
        return Run(entry, timeLimit, () => run(converted));
    }

    internal static string ScoreKey(string ownerId) => "Score_" + ownerId;

    internal static string ValueKey(string metricId) => "Value_" + metricId;

    private static CSharpFormulaOutcome NotRunnable(Entry entry) =>
        new(null, entry.Problems.Count > 0
            ? $"{entry.Formula.Description} cannot run: {entry.Problems[0]}"
            : $"{entry.Formula.CodeLocation}: {entry.Formula.Description} cannot run");

    private CSharpFormulaOutcome Run(Entry entry, TimeSpan timeLimit, Func<decimal?> call)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        var limit = Math.Max(1L, (long)Math.Ceiling(timeLimit.TotalMilliseconds));
        decimal? value = null;
        Exception? failure = null;
        var expired = false;
        try
        {
            // Text and numbers read the same on every machine.
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            _begin!(Environment.TickCount64 + limit);
            value = call();
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            expired = _end!();
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
        var where = $"{entry.Formula.CodeLocation}: {entry.Formula.Description}";
        // A formula that caught the time-limit exception and returned anyway still ran out of time.
        if (expired) return new(null, $"{where} was stopped after its time limit of {limit} ms (does a loop never end?)");
        return failure switch
        {
            null => new(value, null),
            InsufficientExecutionStackException => new(null, $"{where} was stopped: it calls itself too deeply"),
            _ => new(null, $"{where} failed: {failure.Message}"),
        };
    }

    /// <summary>One formula with its compiled method (null when it has problems).</summary>
    /// <param name="Formula">The formula.</param>
    /// <param name="Problems">Its problems.</param>
    /// <param name="Score">The score method, for score formulas that can run.</param>
    /// <param name="Value">The value method, for value formulas that can run.</param>
    /// <param name="Fields">For value formulas, the fields of each of its sources.</param>
    internal sealed record Entry(CSharpFormula Formula, IReadOnlyList<CSharpFormulaProblem> Problems,
        Func<decimal, decimal?>? Score, Func<object?[][][], decimal?>? Value, IReadOnlyList<IReadOnlyList<FieldModel>> Fields);
}

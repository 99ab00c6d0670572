using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.CSharp;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Periods;
using ScoreRules.Language.Model;
using NodaTime;

namespace ScoreRules.Engine.Evaluation;

/// <summary>Everything an evaluation reads: the policy version, its data and calendars, and the period.</summary>
public sealed class EvaluationInput
{
    /// <summary>Prepares the input; calendars are built from the policy (an unknown zone falls back to UTC).</summary>
    /// <param name="policy">The policy version in force.</param>
    /// <param name="tables">Loaded sources by id.</param>
    /// <param name="period">The appraisal period.</param>
    /// <param name="options">How to evaluate, or null for <see cref="EvaluationOptions.Default"/> (C# formulas off).</param>
    public EvaluationInput(PolicyModel policy, IReadOnlyDictionary<string, SourceTable> tables, AppraisalPeriod period, EvaluationOptions? options = null)
    {
        Policy = policy;
        Tables = tables;
        Period = period;
        Options = options ?? EvaluationOptions.Default;
        _csharp = new Lazy<CSharpFormulaProgram?>(() => Options.AllowCSharp && CSharpFormulaCompiler.HasFormulas(policy) ? CSharpFormulaCompiler.Compile(policy) : null);
        Zone = Timestamps.IsKnownTimeZone(policy.TimeZone) ? Timestamps.FindZone(policy.TimeZone) : DateTimeZone.Utc;
        Calendars = policy.Calendars.ToDictionary(c => c.Key, c => CalendarFactory.Build(c.Value), StringComparer.Ordinal);
    }

    private readonly Lazy<CSharpFormulaProgram?> _csharp;

    /// <summary>How to evaluate (C# formulas allowed or not, their time limit).</summary>
    public EvaluationOptions Options { get; }

    /// <summary>
    /// The policy's compiled C# formulas, compiled on first use (and shared through the compiler's cache); null when
    /// C# is not allowed or the policy has no C# formula.
    /// </summary>
    internal CSharpFormulaProgram? CSharp => _csharp.Value;

    /// <summary>The policy version.</summary>
    public PolicyModel Policy { get; }

    /// <summary>Loaded sources by id.</summary>
    public IReadOnlyDictionary<string, SourceTable> Tables { get; }

    /// <summary>The period evaluated.</summary>
    public AppraisalPeriod Period { get; }

    /// <summary>The policy's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The texts of the policy's <c>improve</c> rules, parsed on first use and shared by everyone evaluated.</summary>
    internal PdcaTemplates PdcaTemplates { get; } = new();

    /// <summary>The per-row expressions of the policy's aggregations, compiled on first use and shared by everyone evaluated.</summary>
    internal RowExpressions RowExpressions { get; } = new();

    /// <summary>Business calendars by id.</summary>
    public IReadOnlyDictionary<string, BusinessCalendar> Calendars { get; }
}

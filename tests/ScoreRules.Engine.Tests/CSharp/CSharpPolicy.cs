using NodaTime;
using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.CSharp;
using ScoreRules.Engine.Data;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Results;
using ScoreRules.Language.Checking;
using ScoreRules.Language.Diagnostics;
using ScoreRules.Language.Model;
using ScoreRules.Language.Text;

namespace ScoreRules.Engine.Tests.CSharp;

/// <summary>A policy held in memory, checked (C# formulas included), bound, and evaluated over rows given in the test.</summary>
internal sealed class CSharpPolicy
{
    private CSharpPolicy(SourceText source, CheckResult check, PolicyModel? model, IReadOnlyList<Diagnostic> csharpDiagnostics)
    {
        Source = source;
        Check = check;
        Model = model;
        CSharpDiagnostics = csharpDiagnostics;
    }

    public SourceText Source { get; }

    public CheckResult Check { get; }

    public PolicyModel? Model { get; }

    /// <summary>What the C# formula checker reports (SR2024, SR2026).</summary>
    public IReadOnlyList<Diagnostic> CSharpDiagnostics { get; }

    public static CSharpPolicy From(string path, string text)
    {
        var source = new SourceText(path, text);
        var check = PolicyChecker.Check([source]);
        var model = check.HasErrors ? null : PolicyBinder.Bind(check.PolicySets.Single().Versions.Single().Files);
        return new CSharpPolicy(source, check, model, CSharpFormulaChecker.Check(check));
    }

    /// <summary>The policy, asserting that the language checker found no error.</summary>
    public PolicyModel Policy
    {
        get
        {
            Check.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(DiagnosticFormatter.RenderAll(Check.Diagnostics));
            return Model!;
        }
    }

    /// <summary>The 1-based line and column of the first occurrence of <paramref name="text"/> in the rule file.</summary>
    public LinePosition PositionOf(string text)
    {
        var at = Source.Text.IndexOf(text, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"`{text}` is not in the rule file");
        return Source.GetPosition(at);
    }

    /// <summary>Evaluates March 2026 over <paramref name="rows"/> per source, each row given by field name (missing fields are empty).</summary>
    public EvaluationResult Evaluate(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> rows, EvaluationOptions? options = null) =>
        PolicyEvaluator.Evaluate(Input(rows, options));

    /// <summary>The evaluation input for March 2026 over <paramref name="rows"/>.</summary>
    public EvaluationInput Input(IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, object?>>> rows, EvaluationOptions? options = null)
    {
        var tables = rows.ToDictionary(r => r.Key, r =>
        {
            var source = Policy.Sources[r.Key];
            return new SourceTable(source, r.Key + ".csv", r.Value.Select((row, i) =>
                new DataRecord(i + 2, [.. source.Fields.Select(f => row.GetValueOrDefault(f.Name))])));
        });
        return new EvaluationInput(Policy, tables, AppraisalPeriod.Parse("2026-03"), options);
    }

    /// <summary>The value of one metric of one person, whether or not a scorecard weighs it.</summary>
    public static MetricValue Metric(EvaluationInput input, string person, string metric) =>
        new PersonContext(input, person, input.Period, _ => throw new InvalidOperationException("no other period"), new DataWarnings()).Metric(metric);

    // Tests that are not about the time limit give formulas a generous one, so that a busy test machine
    // cannot stop a formula that would finish; TimeLimitTests pass their own.
    public static EvaluationOptions Allowed(int milliseconds = 5000) =>
        new() { AllowCSharp = true, CSharpTimeLimit = TimeSpan.FromMilliseconds(milliseconds) };

    /// <summary>An instant from a local time in Asia/Shanghai (the zone of the test policies).</summary>
    public static Instant Shanghai(int month, int day, int hour, int minute = 0) =>
        Timestamps.FromLocal(new LocalDateTime(2026, month, day, hour, minute), "Asia/Shanghai");
}

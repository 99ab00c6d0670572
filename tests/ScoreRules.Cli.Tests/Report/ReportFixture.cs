using ScoreRules.Engine.Calendars;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Periods;
using ScoreRules.Engine.Results;

namespace ScoreRules.Cli.Tests.Report;

/// <summary>
/// Runs <c>report</c> once per shipped example (PDF into two folders, to compare the bytes) and evaluates the
/// same inputs through the engine directly, the second path the tests compare the PDFs with.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    public ReportFixture()
    {
        Root = RepoRoot();
        Bank = Run("bank-service-desk", Out1.Path);
        BankAgain = Run("bank-service-desk", Out2.Path);
        Acme = Run("acme-helpdesk", Out3.Path);
    }

    public TempFolder Out1 { get; } = new();
    public TempFolder Out2 { get; } = new();
    public TempFolder Out3 { get; } = new();

    public string Root { get; }

    public CliRun Bank { get; }
    public CliRun BankAgain { get; }
    public CliRun Acme { get; }

    public string BankFolder => Path.Combine(Out1.Path, "2026-03");
    public string BankAgainFolder => Path.Combine(Out2.Path, "2026-03");
    public string AcmeFolder => Path.Combine(Out3.Path, "2026-03");

    public string Rules(string name) => Path.Combine(Root, "rules", name);
    public string Data(string name) => Path.Combine(Root, "examples", name, "data");

    /// <summary>The engine's result for 2026-03, computed without the report command.</summary>
    public EvaluationResult Evaluate(string name)
    {
        var loaded = PolicyLoader.Load(Rules(name));
        AppraisalPeriod.TryParse("2026-03", out var period).ShouldBeTrue();
        PolicyLoader.TrySelect(loaded.Versions, period, out var policy, out _).ShouldBeTrue();
        var data = DataSetLoader.Load(policy!, Data(name), Timestamps.FindZone(policy!.TimeZone));
        data.Failed.ShouldBeFalse();
        return PolicyEvaluator.Evaluate(new EvaluationInput(policy, data.Tables, period));
    }

    private CliRun Run(string name, string output) =>
        CliRun.Of("report", Rules(name), "--data", Data(name), "--period", "2026-03", "--out", output);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ScoreRules.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no folder above the test binaries holds ScoreRules.sln");
    }

    public void Dispose()
    {
        Out1.Dispose();
        Out2.Dispose();
        Out3.Dispose();
    }
}

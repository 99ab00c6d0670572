using ScoreRules.Cli.Commands;
using ScoreRules.Cli.Output;
using ScoreRules.Engine.Evaluation;
using ScoreRules.Engine.Periods;
using ScoreRules.Reporting.Model;
using ScoreRules.Reporting.Pdf;
using ScoreRules.Reporting.Templates;

namespace ScoreRules.Cli.Tests.Report;

/// <summary>The report job on the bank example, run in parallel and one file at a time.</summary>
public sealed class ReportJobTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Theory]
    [InlineData("pdf")]
    [InlineData("md")]
    public void Files_rendered_on_every_core_equal_the_files_rendered_one_at_a_time(string format)
    {
        using var sequential = new TempFolder();
        using var parallel = new TempFolder();
        var one = Write(format, sequential.Path, parallelism: 1);
        var all = Write(format, parallel.Path, parallelism: 4);

        // 10 people (examples/bank-service-desk/data/people.csv), two files each, and the packet.
        one.Count.ShouldBe(21);
        all.Select(Path.GetFileName).ShouldBe(one.Select(Path.GetFileName));
        for (var i = 0; i < one.Count; i++) File.ReadAllBytes(all[i]).ShouldBe(File.ReadAllBytes(one[i]), Path.GetFileName(one[i]));
        Directory.GetFiles(parallel.Path).Length.ShouldBe(21); // no temporary file left
    }

    [Fact]
    public void Earlier_periods_evaluated_together_equal_each_period_evaluated_alone()
    {
        var run = Evaluate();
        var data = fixture.Data("bank-service-desk");

        var history = ReportSourcesLoader.History(run, data);

        // The policy's only version is in force from 2026-01-01 (rules/bank-service-desk/policy.score), so of the six
        // periods before 2026-03 the trend has two.
        history.Select(h => h.Period).ShouldBe(["2026-01", "2026-02"]);
        foreach (var result in history)
        {
            AppraisalPeriod.TryParse(result.Period, out var period).ShouldBeTrue();
            var alone = PolicyEvaluator.Evaluate(new EvaluationInput(run.Policy, run.Input.Tables, period));
            result.People.Select(p => (p.Person, p.Total, p.Grade)).ShouldBe(alone.People.Select(p => (p.Person, p.Total, p.Grade)), result.Period);
        }
        history.Single(h => h.Period == "2026-02").People.ShouldContain(p => p.Total != null);
    }

    private EvaluationRun Evaluate()
    {
        var request = new EvaluationRequest(fixture.Rules("bank-service-desk"), fixture.Data("bank-service-desk"), "2026-03", null, false);
        return EvaluationPipeline.Run(request, TextWriter.Null, out _).ShouldNotBeNull();
    }

    private List<string> Write(string format, string folder, int parallelism)
    {
        var run = Evaluate();
        var rules = fixture.Rules("bank-service-desk");
        var sources = ReportSourcesLoader.Load(run, rules, fixture.Data("bank-service-desk"));
        var labels = ReportLabels.For(run.Policy.Title);
        var job = new ReportJob(sources, labels, new ReportTemplates(ReportCommand.TemplateFolders(rules)),
            new ReportFormat(format, new PdfOptions { PageNumberFormat = labels["page_number"] }, ReportLabels.LanguageTag(run.Policy.Title)));
        using var staged = new StagedFiles(folder);
        var steps = 0;
        var outcome = job.Run(run.Result.People, packet: true, staged, () => Interlocked.Increment(ref steps), parallelism);
        outcome.TemplateProblems.ShouldBeEmpty();
        outcome.RenderError.ShouldBeNull();
        steps.ShouldBe(run.Result.People.Count + 1);
        var written = new List<string>();
        staged.Commit(outcome.Files, written.Add, TextWriter.Null).ShouldBeTrue();
        return written;
    }
}

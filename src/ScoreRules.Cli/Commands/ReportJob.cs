using System.Collections.Concurrent;
using ScoreRules.Engine.Results;
using ScoreRules.Reporting.Markdown;
using ScoreRules.Reporting.Model;
using ScoreRules.Reporting.Templates;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// Renders the reports of one period: each person's appraisal and improvement plan in parallel, then the
/// packet. Files come back in a fixed order (people in the data's order, packet last) whatever order the
/// work finished in.
/// </summary>
internal sealed class ReportJob(ReportSources sources, IReadOnlyDictionary<string, string> labels, ReportTemplates templates, ReportFormat format)
{
    private readonly Lock _stepLock = new();

    /// <summary>What came out: the files to write, or the template problems / the render error that stopped it.</summary>
    /// <param name="Files">File name in the period folder and bytes, in writing order.</param>
    /// <param name="TemplateProblems">Template problems, each <c>path:line:col: error: message</c>, without duplicates.</param>
    /// <param name="RenderError">The first render error (people's order), or null.</param>
    public sealed record Outcome(IReadOnlyList<(string Name, byte[] Bytes)> Files, IReadOnlyList<string> TemplateProblems, string? RenderError);

    private sealed record Rendered(string AppraisalTitle, string AppraisalMarkdown, byte[] Appraisal, byte[] Pdca);

    /// <summary>Renders the reports of <paramref name="people"/>; <paramref name="step"/> is called after each person and after the packet.</summary>
    public Outcome Run(IReadOnlyList<PersonResult> people, bool packet, Action step)
    {
        var rendered = new Rendered?[people.Count];
        var errors = new string?[people.Count];
        var problems = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, people.Count, parallel, i =>
        {
            try
            {
                rendered[i] = RenderPerson(people[i]);
            }
            catch (TemplateException e)
            {
                foreach (var problem in e.Problems) problems.TryAdd(problem, 0);
            }
            catch (ReportRenderException e)
            {
                errors[i] = e.Message;
            }
            lock (_stepLock) step();
        });
        var templateProblems = problems.Keys.Order(StringComparer.Ordinal).ToList();
        var renderError = errors.FirstOrDefault(e => e is not null);
        if (templateProblems.Count > 0 || renderError is not null) return new Outcome([], templateProblems, renderError);

        var files = new List<(string, byte[])>();
        for (var i = 0; i < people.Count; i++)
        {
            var name = ReportCommand.FileName(people[i].Person);
            files.Add(($"{name}.{format.Extension}", rendered[i]!.Appraisal));
            files.Add(($"{name}.pdca.{format.Extension}", rendered[i]!.Pdca));
        }
        if (packet && people.Count > 0)
        {
            try
            {
                var summary = ReportModelBuilder.Team(sources, people);
                var cover = templates.Render(ReportCommand.CoverTemplate, Globals("team", summary));
                var coverTitle = labels["packet_title"];
                List<(string, string)> documents = [(coverTitle, cover), .. rendered.Select(r => (r!.AppraisalTitle, r.AppraisalMarkdown))];
                files.Add(($"packet.{format.Extension}", format.RenderPacket(documents, $"{coverTitle}{labels["colon"]}{sources.Result.Period}",
                    sources.Result.Period, Footer())));
            }
            catch (TemplateException e)
            {
                return new Outcome([], e.Problems, null);
            }
            catch (ReportRenderException e)
            {
                return new Outcome([], [], e.Message);
            }
            step();
        }
        return new Outcome(files, [], null);
    }

    private Rendered RenderPerson(PersonResult person)
    {
        var report = ReportModelBuilder.Person(sources, person);
        var globals = Globals("report", report);
        var appraisal = templates.Render(ReportCommand.AppraisalTemplate, globals);
        var pdca = templates.Render(ReportCommand.PdcaTemplate, globals);
        var title = ReportCommand.Named(person);
        var appraisalTitle = $"{labels["report_title"]}{labels["colon"]}{title}";
        var pdcaTitle = $"{labels["pdca_title"]}{labels["colon"]}{title}";
        return new Rendered(title, appraisal,
            format.Render(appraisal, appraisalTitle, report.Period, Footer()),
            format.Render(pdca, pdcaTitle, report.Period, Footer()));
    }

    private Dictionary<string, object?> Globals(string name, object model) => new(StringComparer.Ordinal)
    {
        [name] = model,
        ["labels"] = labels,
    };

    private string Footer() =>
        $"{sources.Policy.Title} {sources.Policy.Version}{labels["separator"]}{sources.Policy.ContentHash[..Math.Min(12, sources.Policy.ContentHash.Length)]}";
}

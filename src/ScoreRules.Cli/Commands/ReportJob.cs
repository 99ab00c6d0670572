using System.Collections.Concurrent;
using ScoreRules.Cli.Output;
using ScoreRules.Engine.Results;
using ScoreRules.Reporting.Markdown;
using ScoreRules.Reporting.Model;
using ScoreRules.Reporting.Templates;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// Renders the reports of one period. First every person's Markdown (and the packet's cover) comes from the templates,
/// so a template problem stops the job before any file is rendered; then the files are rendered on every core, the
/// packet (the longest piece of work) alongside the people, and each file is staged in the output folder as soon as
/// it is ready, so no rendered file stays in memory. The staged files are named in a fixed order (people in the
/// data's order, packet last) whatever order the work finished in.
/// </summary>
internal sealed class ReportJob(ReportSources sources, IReadOnlyDictionary<string, string> labels, ReportTemplates templates, ReportFormat format)
{
    private readonly Lock _stepLock = new();

    /// <summary>What came out: the files staged, or the template problems / the render error / the write error that stopped it.</summary>
    /// <param name="Files">The keys the files were staged under (see <see cref="StagedFiles.Stage(string, string, byte[])"/>), in writing order; empty when the job stopped.</param>
    /// <param name="TemplateProblems">Template problems, each <c>path:line:col: error: message</c>, without duplicates.</param>
    /// <param name="RenderError">The first render error (people's order, then the packet's), or null.</param>
    /// <param name="WriteError">The first staging error, <c>error: PATH: cannot write this file: …</c>, or null.</param>
    public sealed record Outcome(IReadOnlyList<string> Files, IReadOnlyList<string> TemplateProblems, string? RenderError, string? WriteError = null);

    private sealed class Texts(string title, string appraisal, string pdca)
    {
        public string Title { get; } = title;
        public string? Appraisal { get; set; } = appraisal;
        public string? Pdca { get; set; } = pdca;
    }

    /// <summary>
    /// Renders the reports of <paramref name="people"/> and stages them in <paramref name="output"/>;
    /// <paramref name="step"/> is called after each person and after the packet. Runs on up to
    /// <paramref name="parallelism"/> threads (all cores when null); the files are the same for any number.
    /// </summary>
    public Outcome Run(IReadOnlyList<PersonResult> people, bool packet, StagedFiles output, Action step, int? parallelism = null)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount };
        var texts = new Texts?[people.Count];
        var problems = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        Parallel.For(0, people.Count, parallel, i =>
        {
            try
            {
                texts[i] = Markdown(people[i]);
            }
            catch (TemplateException e)
            {
                foreach (var problem in e.Problems) problems.TryAdd(problem, 0);
            }
        });
        if (!problems.IsEmpty) return new Outcome([], problems.Keys.Order(StringComparer.Ordinal).ToList(), null);

        packet = packet && people.Count > 0;
        string? cover = null;
        if (packet)
        {
            try
            {
                cover = templates.Render(ReportCommand.CoverTemplate, Globals("team", ReportModelBuilder.Team(sources, people)));
            }
            catch (TemplateException e)
            {
                return new Outcome([], e.Problems, null);
            }
        }

        var errors = new string?[people.Count];
        string? packetError = null;
        var offset = packet ? 1 : 0;
        // Index 0 is the packet, so it starts first and the people share the other core(s) meanwhile.
        Parallel.For(0, people.Count + offset, parallel, i =>
        {
            if (i < offset)
            {
                packetError = RenderPacket(texts, cover!, output);
            }
            else
            {
                errors[i - offset] = RenderPerson(people[i - offset], texts, i - offset, packet, output);
            }
            lock (_stepLock) step();
        });

        if ((errors.FirstOrDefault(e => e is not null) ?? packetError) is { } renderError)
        {
            output.Discard();
            return new Outcome([], [], renderError);
        }
        if (output.Error is { } writeError)
        {
            output.Discard();
            return new Outcome([], [], null, writeError);
        }
        var files = new List<string>();
        for (var i = 0; i < people.Count; i++)
        {
            files.Add(AppraisalKey(i));
            files.Add(PdcaKey(i));
        }
        if (packet) files.Add(PacketKey);
        return new Outcome(files, [], null);
    }

    // Two people's ids can make the same file name; both are staged, and the later one in the data is written last.
    private const string PacketKey = "packet";

    private static string AppraisalKey(int index) => $"{index}.appraisal";

    private static string PdcaKey(int index) => $"{index}.pdca";

    private Texts Markdown(PersonResult person)
    {
        var report = ReportModelBuilder.Person(sources, person);
        var globals = Globals("report", report);
        return new Texts(ReportCommand.Named(person), templates.Render(ReportCommand.AppraisalTemplate, globals),
            templates.Render(ReportCommand.PdcaTemplate, globals));
    }

    // Returns the render error, or null.
    private string? RenderPerson(PersonResult person, Texts?[] texts, int index, bool packet, StagedFiles output)
    {
        var text = texts[index]!;
        var name = ReportCommand.FileName(person.Person);
        var period = sources.Result.Period;
        try
        {
            output.Stage(AppraisalKey(index), $"{name}.{format.Extension}",
                format.Render(text.Appraisal!, $"{labels["report_title"]}{labels["colon"]}{text.Title}", period, Footer()));
            if (!packet) text.Appraisal = null;
            output.Stage(PdcaKey(index), $"{name}.pdca.{format.Extension}",
                format.Render(text.Pdca!, $"{labels["pdca_title"]}{labels["colon"]}{text.Title}", period, Footer()));
            text.Pdca = null;
            return null;
        }
        catch (ReportRenderException e)
        {
            return e.Message;
        }
    }

    private string? RenderPacket(Texts?[] texts, string cover, StagedFiles output)
    {
        var coverTitle = labels["packet_title"];
        List<(string, string)> documents = [(coverTitle, cover), .. texts.Select(t => (t!.Title, t.Appraisal!))];
        try
        {
            output.Stage(PacketKey, $"packet.{format.Extension}", format.RenderPacket(documents,
                $"{coverTitle}{labels["colon"]}{sources.Result.Period}", sources.Result.Period, Footer()));
            return null;
        }
        catch (ReportRenderException e)
        {
            return e.Message;
        }
    }

    private Dictionary<string, object?> Globals(string name, object model) => new(StringComparer.Ordinal)
    {
        [name] = model,
        ["labels"] = labels,
    };

    private string Footer() =>
        $"{sources.Policy.Title} {sources.Policy.Version}{labels["separator"]}{sources.Policy.ContentHash[..Math.Min(12, sources.Policy.ContentHash.Length)]}";
}

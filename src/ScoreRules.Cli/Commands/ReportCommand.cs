using System.CommandLine;
using ScoreRules.Cli.Output;
using ScoreRules.Engine.Results;
using ScoreRules.Reporting.Markdown;
using ScoreRules.Reporting.Model;
using ScoreRules.Reporting.Pdf;
using ScoreRules.Reporting.Templates;
using Spectre.Console;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// <c>scorerules report RULES --data DIR --period P --out DIR [--person ID] [--format pdf|html|md] [--no-packet]
/// [--page-size a4|letter] [--font PATH] [--timestamp]</c>: writes each person's appraisal and improvement plan,
/// and a team packet, to <c>OUT/PERIOD/</c>.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The template of one person's appraisal.</summary>
    public const string AppraisalTemplate = "appraisal.md.sbn";

    /// <summary>The template of one person's improvement plan.</summary>
    public const string PdcaTemplate = "pdca.md.sbn";

    /// <summary>The template of a team packet's cover.</summary>
    public const string CoverTemplate = "packet-cover.md.sbn";

    /// <summary>Builds the <c>report</c> command.</summary>
    public static Command Create()
    {
        var options = new EvaluationOptions(personRequired: false, "Write only this person's reports (the id in the data, e.g. the employee id).");
        var output = new Option<string>("--out")
        {
            Description = "The folder to write to; reports go to OUT/PERIOD/. Other files there are left alone.",
            Required = true,
            HelpName = "DIR",
        };
        OutOption.RequireName(output, "a folder name");
        var format = new Option<string>("--format") { Description = "pdf, html (for screens and browsers) or md (the Markdown the templates produce).", DefaultValueFactory = _ => "pdf" };
        format.AcceptOnlyFromAmong("pdf", "html", "md");
        var noPacket = new Option<bool>("--no-packet") { Description = "Do not write packet.pdf, the team's reports in one file with a cover." };
        var pageSize = new Option<string>("--page-size") { Description = "a4 or letter.", DefaultValueFactory = _ => "a4" };
        pageSize.AcceptOnlyFromAmong("a4", "letter");
        var font = new Option<string?>("--font") { Description = "A TrueType font file (.ttf, .ttc) tried first for every character.", HelpName = "PATH" };
        var timestamp = new Option<bool>("--timestamp") { Description = "Write the current time into PDFs as their creation date (the bytes then differ between runs)." };

        var command = new Command("report", "Write appraisal reports (PDF, HTML or Markdown): one per person, an improvement plan per person, and a team packet.");
        options.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(format);
        command.Options.Add(noPacket);
        command.Options.Add(pageSize);
        command.Options.Add(font);
        command.Options.Add(timestamp);
        command.SetAction(parseResult =>
        {
            var pdf = new PdfOptions
            {
                PageSize = parseResult.GetValue(pageSize) == "letter" ? PageSize.Letter : PageSize.A4,
                FontPath = parseResult.GetValue(font),
                Timestamp = parseResult.GetValue(timestamp) ? DateTimeOffset.UtcNow : null,
            };
            return Run(options.Read(parseResult), parseResult.GetValue(output) ?? "", parseResult.GetValue(format) ?? "pdf",
                !parseResult.GetValue(noPacket), pdf, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>
    /// Evaluates and writes the reports. Returns 0 when all were written, 1 when the rules have errors, a result
    /// could not be computed, or a template has an error; 2 on a wrong command line, a bad input, a report that
    /// cannot be rendered (e.g. a missing glyph) or a file that cannot be written.
    /// </summary>
    private static int Run(EvaluationRequest request, string outFolder, string format, bool packet, PdfOptions pdf, TextWriter stdout, TextWriter stderr)
    {
        if (File.Exists(outFolder))
        {
            stderr.Write($"error: --out must be a folder; {outFolder} is a file\n");
            return ExitCodes.UsageError;
        }
        // Everyone is evaluated even for --person: the team context needs the whole group.
        if (EvaluationPipeline.Run(request with { Person = null }, stderr, out var exitCode) is not { } run) return exitCode;
        var everyone = run.Result.People;
        if (request.Person is { } only && everyone.All(p => p.Person != only))
        {
            stderr.Write(EvaluationPipeline.UnknownPerson(only, run.Input.Period, everyone.Select(p => p.Person).ToList()) + "\n");
            return ExitCodes.UsageError;
        }
        var people = request.Person is { } one ? everyone.Where(p => p.Person == one).ToList() : everyone.ToList();

        var sources = ReportSourcesLoader.Load(run, request.Rules, request.Data);
        var labels = ReportLabels.For(run.Policy.Title);
        var templates = new ReportTemplates(TemplateFolders(request.Rules));
        var reportFormat = new ReportFormat(format, pdf with
        {
            PageNumberFormat = labels["page_number"],
            Author = run.Policy.Title,
            Subject = $"{run.Policy.Title} {run.Policy.Version}, {run.Result.Period}",
        },
            ReportLabels.LanguageTag(run.Policy.Title));
        var folder = Path.Combine(outFolder, run.Result.Period);
        if (File.Exists(folder))
        {
            stderr.Write($"error: {folder} is a file; the reports of {run.Result.Period} go to a folder of that name, so move or rename the file\n");
            return ExitCodes.UsageError;
        }
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.Write($"error: {folder}: cannot create this folder: {e.Message}\n");
            return ExitCodes.UsageError;
        }

        var job = new ReportJob(sources, labels, templates, reportFormat);
        var console = EvalCommand.IsTerminal(stdout) ? ResultTableWriter.TerminalConsole(stdout) : null;
        using var staged = new StagedFiles(folder);
        using var interrupted = staged.DiscardOnInterrupt();
        ReportJob.Outcome outcome;
        if (console is null)
        {
            outcome = job.Run(people, packet, staged, () => { });
        }
        else
        {
            outcome = null!;
            console.Progress().Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape($"{run.Result.Period}: {people.Count} people"), maxValue: people.Count + (packet ? 1 : 0));
                outcome = job.Run(people, packet, staged, () => task.Increment(1));
            });
        }

        if (outcome.TemplateProblems.Count > 0)
        {
            foreach (var problem in outcome.TemplateProblems) stderr.Write(problem + "\n");
            return ExitCodes.Problems;
        }
        if (outcome.RenderError is { } renderError)
        {
            stderr.Write($"error: {renderError}\n");
            return ExitCodes.UsageError;
        }
        if (outcome.WriteError is { } writeError)
        {
            stderr.Write(writeError + "\n");
            return ExitCodes.UsageError;
        }
        if (!staged.Commit(outcome.Files, path =>
            {
                if (console is null) stdout.Write($"wrote {path}\n");
            }, stderr))
            return ExitCodes.UsageError;
        if (console is not null) console.MarkupLine(Markup.Escape($"wrote {outcome.Files.Count} files to {folder}"));
        return run.HasEvaluationErrors ? ExitCodes.Problems : ExitCodes.Ok;
    }

    /// <summary>Where templates are looked for: the policy folder's <c>templates/</c>, then the defaults next to the program.</summary>
    public static IReadOnlyList<string> TemplateFolders(string rules)
    {
        var policyFolder = Directory.Exists(rules) ? rules : Path.GetDirectoryName(Path.GetFullPath(rules)) ?? ".";
        return [Path.Combine(policyFolder, "templates"), Path.Combine(AppContext.BaseDirectory, "templates")];
    }

    /// <summary>A file name made from a person id: characters not allowed in file names become <c>_</c>.</summary>
    public static string FileName(string person)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var name = new string(person.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        return name is "" or "." or ".." || name == "packet" ? "_" + name : name;
    }

    /// <summary>"name (id)", or the id alone.</summary>
    public static string Named(PersonResult person) => ResultText.Named(person.Person, person.Name);
}

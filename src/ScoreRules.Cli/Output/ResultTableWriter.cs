using ScoreRules.Cli.Commands;
using ScoreRules.Engine.Display;
using ScoreRules.Engine.Results;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ScoreRules.Cli.Output;

/// <summary>
/// The <c>--format table</c> output of <c>scorerules eval</c>: a line naming the policy, version and
/// period, then one wide table, one row per person, with
/// name, role, scorecard, each metric and rated item as "value → score", bonus points, total and grade,
/// followed by a line that counts people, rule warnings, data warnings and evaluation errors. Values
/// are shown with <see cref="ValueFormatter"/>, as everywhere else. Spectre.Console lays the table out
/// (Chinese characters count as two columns).
/// </summary>
internal static class ResultTableWriter
{
    /// <summary>Widest line of a table written to a file or a pipe, where no terminal limits it.</summary>
    public const int PlainWidth = 1000;

    /// <summary>
    /// A console that writes plain text to <paramref name="writer"/>: no colours, no ANSI escape codes,
    /// Unicode box lines, and <see cref="PlainWidth"/> columns so that cells wrap only where they must.
    /// </summary>
    public static IAnsiConsole PlainConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = PlainWidth;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }

    /// <summary>A console on the terminal, with colours and width as the terminal supports.</summary>
    public static IAnsiConsole TerminalConsole(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Detect,
        ColorSystem = ColorSystemSupport.Detect,
        Out = new AnsiConsoleOutput(writer),
    });

    /// <summary>Writes the table and the summary line of <paramref name="run"/> to <paramref name="console"/>.</summary>
    public static void Write(EvaluationRun run, IAnsiConsole console)
    {
        var result = run.Result;
        var metrics = result.People.SelectMany(p => p.Metrics).DistinctBy(m => m.Id).Select(m => (m.Id, m.Name)).ToList();
        var rated = result.People.SelectMany(p => p.Rated).DistinctBy(r => r.Id).Select(r => (r.Id, r.Name)).ToList();
        var hasBonus = result.People.Any(p => p.Bonuses.Count > 0);

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "Person", "Name", "Role", "Scorecard" })
            table.AddColumn(new TableColumn(new Text(header)));
        foreach (var (id, name) in metrics.Concat(rated))
            table.AddColumn(new TableColumn(new Text(name)).RightAligned());
        if (hasBonus) table.AddColumn(new TableColumn(new Text("Bonus")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Total")).RightAligned());
        table.AddColumn(new TableColumn(new Text("Grade")));

        foreach (var p in result.People)
        {
            var cells = new List<IRenderable>
            {
                new Text(p.Person), new Text(p.Name ?? "—"), new Text(p.Role ?? "—"), new Text(p.Scorecard ?? "—"),
            };
            foreach (var (id, _) in metrics)
                cells.Add(new Text(p.Metrics.FirstOrDefault(m => m.Id == id) is { } m ? MetricCell(m) : ""));
            foreach (var (id, _) in rated)
                cells.Add(new Text(p.Rated.FirstOrDefault(r => r.Id == id) is { } r ? RatedCell(r) : ""));
            if (hasBonus) cells.Add(new Text(p.Bonuses.Count > 0 ? ValueFormatter.Points(p.Bonus) : "—"));
            cells.Add(new Text(p.Error is not null ? "error" : ValueFormatter.Points(p.Total)));
            cells.Add(new Text(ResultText.Grade(run.Policy, p.Grade)));
            table.AddRow(cells);
        }

        console.Write(new Text($"{result.Policy} {result.Version} · period {result.Period}\n"));
        console.Write(table);
        console.Write(new Text(Summary(run) + "\n"));
    }

    /// <summary>"4.25 /5 → 75": the value and its score; "no data" or "error" without a value.</summary>
    public static string MetricCell(MetricResult m) => m.Status switch
    {
        ValueStatus.Ok => m.Score is { } s ? $"{ValueFormatter.Format(m.Value, m.Unit)} → {ValueFormatter.Points(s)}" : ValueFormatter.Format(m.Value, m.Unit),
        ValueStatus.NoData => "no data",
        _ => "error",
    };

    /// <summary>"3.4 → 60": the weighted level and its score; "no data" without enough raters.</summary>
    public static string RatedCell(RatedResult r) => r.Level is { } level
        ? $"{ValueFormatter.Number(level, 2)} → {ValueFormatter.Points(r.Score)}"
        : ResultText.Status(r.Status);

    /// <summary>"2 people · no rule warnings · 1 data warning · no evaluation errors".</summary>
    public static string Summary(EvaluationRun run)
    {
        string Count(int n, string noun) => n == 0 ? $"no {noun}s" : Plural.Of(n, noun);
        var errors = run.Result.Errors.Count + run.Result.People.Count(p => p.Error is not null);
        var warnings = run.DataDiagnostics.Count(d => !d.IsError) + run.DataWarningsNotListed;
        var people = run.Result.People.Count == 1 ? "1 person" : $"{run.Result.People.Count} people";
        return $"{people} · "
            + $"{Count(run.RuleWarningCount, "rule warning")} · {Count(warnings, "data warning")} · {Count(errors, "evaluation error")}";
    }
}

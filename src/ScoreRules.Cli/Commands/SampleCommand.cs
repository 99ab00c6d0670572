using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ScoreRules.Cli.Output;
using ScoreRules.Engine.Loading;
using ScoreRules.Engine.Sampling;
using Wcwidth;

namespace ScoreRules.Cli.Commands;

/// <summary>
/// <c>scorerules sample --out DIR [--rules RULES] [--people N] [--tickets M] [--months K] [--seed S] [--start 2026-01]</c>:
/// writes realistic sample data for a policy (or for the built-in standard desk) with <see cref="SampleGenerator"/>,
/// and lists the files, their row counts and the edge cases the data holds.
/// </summary>
internal static class SampleCommand
{
    /// <summary>Builds the <c>sample</c> command.</summary>
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "The folder to write the data files into (created when missing; files of the same name are replaced, nothing else is touched).",
            Required = true,
        };
        OutOption.RequireName(output, "a folder name");
        var rules = new Option<string?>("--rules")
        {
            Description = "The policy folder (or .score file) to generate data for; without it, a built-in standard desk.",
        };
        var people = new Option<int>("--people")
        {
            CustomParser = WholeNumberParser.For<int>("--people", 1, SampleOptions.MaxPeople),
            Description = "Number of people on the desk, managers included.",
            DefaultValueFactory = _ => 10,
        };
        var tickets = new Option<int>("--tickets")
        {
            CustomParser = WholeNumberParser.For<int>("--tickets", 0, SampleOptions.MaxTicketsPerMonth),
            Description = "Tickets the whole desk receives each month.",
            DefaultValueFactory = _ => 150,
        };
        var months = new Option<int>("--months")
        {
            CustomParser = WholeNumberParser.For<int>("--months", 1, SampleOptions.MaxMonths),
            Description = "Number of months, from --start.",
            DefaultValueFactory = _ => 3,
        };
        var seed = new Option<ulong>("--seed")
        {
            CustomParser = WholeNumberParser.For<ulong>("--seed", ulong.MinValue, ulong.MaxValue),
            Description = "The seed: the same seed and options give the same files, byte for byte.",
            DefaultValueFactory = _ => 1UL,
        };
        var start = new Option<string>("--start")
        {
            Description = "The first month, written as 2026-01.",
            DefaultValueFactory = _ => "2026-01",
        };

        var command = new Command("sample", "Write realistic sample data files for a policy, the same for the same seed.")
        {
            output, rules, people, tickets, months, seed, start,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(output)!,
            parseResult.GetValue(rules),
            parseResult.GetValue(start) ?? "2026-01",
            new SampleOptions
            {
                People = parseResult.GetValue(people),
                TicketsPerMonth = parseResult.GetValue(tickets),
                Months = parseResult.GetValue(months),
                Seed = parseResult.GetValue(seed),
            },
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    // From this many tickets on, a note says the run takes a while (100,000 tickets take a few seconds).
    private const long LargeSample = 100_000;

    /// <summary>
    /// Generates and writes the data. Returns 2 for a command-line mistake, missing rules or a file that
    /// cannot be written, 1 when the rules have errors (shown as <c>check</c> shows them), else 0.
    /// </summary>
    private static int Run(string output, string? rules, string start, SampleOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (File.Exists(output))
        {
            stderr.Write($"error: --out: {output} is a file; give a folder for the sample data (it is created when missing)\n");
            return ExitCodes.UsageError;
        }
        var month = YearMonthPattern.Iso.Parse(start);
        if (!month.Success)
        {
            stderr.Write($"error: --start must be a month written as 2026-01, not '{start}'\n");
            return ExitCodes.UsageError;
        }
        options = options with { Start = month.Value };
        var problems = options.Problems();
        foreach (var problem in problems) stderr.Write($"error: {problem}\n");
        if (problems.Count > 0) return ExitCodes.UsageError;

        var total = (long)options.TicketsPerMonth * options.Months;
        if (total >= LargeSample)
            stderr.Write($"Generating {total} tickets; this takes about a minute per million tickets and nothing is shown until the files are written.\n");
        SampleDataSet data;
        string title;
        if (rules is not null)
        {
            if (!File.Exists(rules) && !Directory.Exists(rules))
            {
                stderr.Write($"error: {rules}: no such file or folder\n");
                return ExitCodes.UsageError;
            }
            var policy = PolicyLoader.Load(rules);
            if (policy.Check.HasErrors)
            {
                TextReportWriter.Write(policy.Check, stdout, stderr);
                return ExitCodes.Problems;
            }
            if (policy.Versions.Count == 0)
            {
                stderr.Write($"error: {rules} has no policy header, so it is a library, not a policy; give the folder of a policy\n");
                return ExitCodes.UsageError;
            }
            data = SampleGenerator.Generate(policy.Versions, options);
            var versions = string.Join(", ", policy.Versions.Select(v => v.Version));
            title = $"\"{policy.Versions[0].Title}\" ({versions})";
        }
        else
        {
            data = SampleGenerator.Generate(options);
            title = "the built-in standard desk";
        }

        var existing = data.Files.Select(f => File.Exists(Path.Combine(output, f.Path))).ToList();
        if (!TryWrite(data, output, stderr)) return ExitCodes.UsageError;

        var last = options.Start.OnDayOfMonth(1).PlusMonths(options.Months - 1).ToYearMonth();
        stdout.Write($"Sample data for {title}, {Month(options.Start)} .. {Month(last)}, seed {options.Seed.ToString(CultureInfo.InvariantCulture)}:\n");
        var names = data.Files.Select(f => Path.Join(output, f.Path)).ToList();
        var width = names.Max(Columns);
        for (var i = 0; i < data.Files.Count; i++)
            stdout.Write($"  {(existing[i] ? "replaced" : "wrote   ")} {names[i]}{new string(' ', width - Columns(names[i]))}  {Plural.Of(data.Files[i].Rows.Count, "row")}\n");
        foreach (var skipped in data.Skipped) stderr.Write($"warning: not written: {skipped}\n");
        if (data.Notes.Count > 0)
        {
            stdout.Write("Edge cases in this data:\n");
            foreach (var note in data.Notes) stdout.Write($"  - {note}\n");
        }
        return ExitCodes.Ok;
    }

    // Every file is staged first and then all are put in place at once (see StagedFiles): a failure or a Ctrl-C leaves
    // the folder as it was, a link is followed, a pipe or a device is written into, a read-only file is refused.
    private static bool TryWrite(SampleDataSet data, string output, TextWriter stderr)
    {
        try
        {
            var root = Path.GetFullPath(output);
            Directory.CreateDirectory(root);
            using var staged = new StagedFiles(root);
            using var interrupted = staged.DiscardOnInterrupt();
            var keys = new List<string>();
            foreach (var file in data.Files)
            {
                var target = SampleWriter.TargetPath(root, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var key = keys.Count.ToString(CultureInfo.InvariantCulture);
                if (!staged.Stage(key, Path.GetRelativePath(root, target), stream => SampleWriter.WriteFile(file, stream)))
                {
                    // No error after a Ctrl-C, which ends the process.
                    if (staged.Error is { } error) stderr.Write(error + "\n");
                    return false;
                }
                keys.Add(key);
            }
            return staged.Commit(keys, _ => { }, stderr);
        }
        catch (SampleWriteException e)
        {
            stderr.Write($"error: {e.Message}\n");
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.Write($"error: {output}: cannot create this folder: {e.Message}\n");
            return false;
        }
    }

    // Terminal columns: a Chinese file name takes two per character.
    private static int Columns(string text) => text.EnumerateRunes().Sum(r => Math.Max(1, UnicodeCalculator.GetWidth(r)));

    private static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);
}
